<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="199" />
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="199" />
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="200" />
        <source>Play the slides</source>
        <translation>Phát tiếp trình chiếu</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="200" />
        <source>Pause the slides</source>
        <translation>Tạm dừng trình chiếu</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="35" />
        <source>Home</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="41" />
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="48" />
        <source>Audio description</source>
        <translation>Mô tả bằng âm thanh</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="79" />
        <source>Display: text size, contrast and motion</source>
        <translation>Hiển thị: cỡ chữ, độ tương phản và chuyển động</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="85" />
        <source>Display</source>
        <translation>Hiển thị</translation>
    </message>
</context>
<context>
    <name>DisplaySheet</name>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="64" />
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="79" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="87" />
        <source>Contrast</source>
        <translation>Độ tương phản</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="98" />
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="104" />
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="111" />
        <source>Motion</source>
        <translation>Chuyển động</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="122" />
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="128" />
        <source>Reduced motion</source>
        <translation>Giảm chuyển động</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="21" />
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="137" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>GalleryPanel</name>
    <message>
        <location filename="../qml/Kiosk/GalleryPanel.qml" line="66" />
        <source>Picture %1 of %2</source>
        <translation>Ảnh %1 / %2</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message numerus="yes">
        <location filename="../qml/Kiosk/HomeScreen.qml" line="178" />
        <source>%n panels</source>
        <translation>
            <numerusform>%n bảng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="38" />
        <source>Are you still there?</source>
        <translation>Bạn vẫn đang xem chứ?</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="50" />
        <source>The exhibit will start over in %1 seconds.</source>
        <translation>Chương trình sẽ bắt đầu lại sau %1 giây.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="17" />
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="63" />
        <source>Continue</source>
        <translation>Tiếp tục xem</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="72" />
        <source>Start over</source>
        <translation>Bắt đầu lại</translation>
    </message>
</context>
<context>
    <name>KeysSheet</name>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="15" />
        <source>Next panel</source>
        <translation>Bảng tiếp theo</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="15" />
        <source>Previous panel</source>
        <translation>Bảng trước</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="16" />
        <source>Next control, or scroll down</source>
        <translation>Nút tiếp theo, hoặc cuộn xuống</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="16" />
        <source>Previous control, or scroll up</source>
        <translation>Nút trước, hoặc cuộn lên</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="17" />
        <source>Press the control with the frame</source>
        <translation>Bấm nút đang có khung</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="17" />
        <source>Close, or go back</source>
        <translation>Đóng, hoặc quay lại</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="18" />
        <source>The sections</source>
        <translation>Các phần</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="18" />
        <source>These keys</source>
        <translation>Các phím này</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="19" />
        <source>Louder</source>
        <translation>To hơn</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="19" />
        <source>Quieter</source>
        <translation>Nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="19" />
        <source>Audio description on or off</source>
        <translation>Bật hoặc tắt mô tả bằng âm thanh</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="39" />
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="48" />
        <source>Tab moves the frame to the next control, Shift and Tab to the one before.</source>
        <translation>Phím Tab đưa khung sang nút tiếp theo, Shift và Tab về nút trước.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="90" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="364" />
        <source>Zoom in to see every place.</source>
        <translation>Phóng to để thấy mọi địa điểm.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="436" />
        <source>Close the map</source>
        <translation>Đóng bản đồ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="449" />
        <location filename="../qml/Kiosk/MapPanel.qml" line="667" />
        <source>Show the map</source>
        <translation>Xem bản đồ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="489" />
        <source>At the start</source>
        <translation>Ban đầu</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="504" />
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="504" />
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="515" />
        <source>Earlier</source>
        <translation>Sớm hơn</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="532" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="541" />
        <source>Later</source>
        <translation>Muộn hơn</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="636" />
        <source>Move to a point with Tab or the Up and Down keys, then press Enter</source>
        <translation>Dùng phím Tab hoặc phím lên, xuống để đến một điểm, rồi nhấn Enter</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="637" />
        <source>Touch a point or a name on the map</source>
        <translation>Chạm vào một điểm hoặc một tên trên bản đồ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="674" />
        <source>Previous place</source>
        <translation>Địa điểm trước</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="681" />
        <source>Next place</source>
        <translation>Địa điểm tiếp theo</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="699" />
        <source>More</source>
        <translation>Xem thêm</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="53" />
        <source>Held</source>
        <translation>Còn giữ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="53" />
        <source>Under attack</source>
        <translation>Bị tấn công</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="53" />
        <location filename="../qml/Kiosk/MapPanel.qml" line="673" />
        <location filename="../qml/Kiosk/MapPanel.qml" line="680" />
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="54" />
        <source>Fallen</source>
        <translation>Thất thủ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="54" />
        <source>Abandoned</source>
        <translation>Bị bỏ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="651" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>MapZoomButtons</name>
    <message>
        <location filename="../qml/Kiosk/MapZoomButtons.qml" line="18" />
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapZoomButtons.qml" line="28" />
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../qml/Kiosk/MediaPanel.qml" line="53" />
        <source>Transcript</source>
        <translation>Lời thuyết minh</translation>
    </message>
</context>
<context>
    <name>MediaPlayerView</name>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="169" />
        <source>The captions appear here as it plays.</source>
        <translation>Phụ đề sẽ hiện ở đây khi phát.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="145" />
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="223" />
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="227" />
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="145" />
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="223" />
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="227" />
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="240" />
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="249" />
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="287" />
        <source>Captions</source>
        <translation>Phụ đề</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="306" />
        <source>This recording cannot be played here. Every word is in the transcript.</source>
        <translation>Không phát được bản ghi này ở đây. Toàn bộ lời nói có trong phần Lời thuyết minh.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="307" />
        <source>This screen has no sound. The captions show every word.</source>
        <translation>Màn hình này không có âm thanh. Phụ đề hiện đầy đủ lời nói.</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <location filename="../qml/Kiosk/MoreBelow.qml" line="35" />
        <source>More below: scroll</source>
        <translation>Còn tiếp bên dưới: hãy cuộn</translation>
    </message>
</context>
<context>
    <name>MoreSheet</name>
    <message>
        <location filename="../qml/Kiosk/MoreSheet.qml" line="27" />
        <source>More</source>
        <translation>Xem thêm</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MoreSheet.qml" line="42" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="66" />
        <source>Visitor statistics are switched off.</source>
        <translation>Thống kê khách tham quan đang tắt.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="67" />
        <source>Visitor statistics are starting.</source>
        <translation>Thống kê khách tham quan đang khởi động.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="68" />
        <source>Visits today: %1</source>
        <translation>Lượt tham quan hôm nay: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="69" />
        <source>median visit: %1 s</source>
        <translation>thời gian trung vị: %1 giây</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="79" />
        <source>Content release: %1</source>
        <translation>Phiên bản nội dung: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="91" />
        <source>Visitor statistics are paused: the disk is full. The kiosk carries on; free some space.</source>
        <translation>Thống kê khách tham quan tạm dừng: ổ đĩa đã đầy. Kiosk vẫn chạy; hãy giải phóng dung lượng.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="92" />
        <source>Visitor statistics are paused: the log cannot be written (see the log below).</source>
        <translation>Thống kê khách tham quan tạm dừng: không ghi được nhật ký (xem nhật ký bên dưới).</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="24" />
        <source>Operator</source>
        <translation>Vận hành</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="103" />
        <source>No problems found.</source>
        <translation>Không có lỗi nào.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="104" />
        <source>Problems: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="148" />
        <source>Recent log</source>
        <translation>Nhật ký gần đây</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="212" />
        <source>Tap again to exit</source>
        <translation>Chạm lần nữa để thoát</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="212" />
        <source>Exit kiosk</source>
        <translation>Thoát ứng dụng</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="222" />
        <source>Back to visitors</source>
        <translation>Trở lại cho khách</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="181" />
        <source>Update from USB</source>
        <translation>Cập nhật từ USB</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="190" />
        <source>Looking for an update on the USB stick…</source>
        <translation>Đang tìm bản cập nhật trên USB…</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="191" />
        <source>No update found. Put kiosk-update.bundle or a kiosk-content folder at the top of the USB stick.</source>
        <translation>Không tìm thấy bản cập nhật. Hãy đặt tệp kiosk-update.bundle hoặc thư mục kiosk-content ở thư mục gốc của USB.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="192" />
        <source>Checking and building the update…</source>
        <translation>Đang kiểm tra và chuẩn bị bản cập nhật…</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="193" />
        <source>The update is ready: visitors see it from the next attract loop.</source>
        <translation>Bản cập nhật đã sẵn sàng: khách tham quan sẽ thấy nó từ lượt màn hình chờ tiếp theo.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="194" />
        <source>The USB stick has the content already shown.</source>
        <translation>USB chứa đúng nội dung đang hiển thị.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="195" />
        <source>The update was not applied: see the problems above.</source>
        <translation>Bản cập nhật không được áp dụng: xem các lỗi ở trên.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="47" />
        <source>Too many tries. Wait a minute.</source>
        <translation>Thử sai quá nhiều lần. Hãy chờ một phút.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="48" />
        <source>Wrong PIN. Try again.</source>
        <translation>Sai mã PIN. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="49" />
        <source>Operator PIN</source>
        <translation>Mã PIN vận hành</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="79" />
        <source>Delete a digit</source>
        <translation>Xóa một chữ số</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="87" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="131" />
        <source>Question %1 of %2</source>
        <translation>Câu %1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="216" />
        <source>Right answer</source>
        <translation>Câu trả lời đúng</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="216" />
        <source>Wrong answer</source>
        <translation>Câu trả lời sai</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="161" />
        <location filename="../qml/Kiosk/QuizPanel.qml" line="165" />
        <source>You can still change your answer. Confirm it to see if it is right.</source>
        <translation>Bạn vẫn có thể đổi câu trả lời. Hãy xác nhận để biết đúng hay sai.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="166" />
        <source>Move to an answer with Tab or the Up and Down keys, press Enter, then confirm it.</source>
        <translation>Dùng phím Tab hoặc phím lên, xuống để đến một câu trả lời, nhấn Enter, rồi xác nhận.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="167" />
        <source>Touch an answer, then confirm it.</source>
        <translation>Chạm vào một câu trả lời, rồi xác nhận.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="259" />
        <source>Confirm my answer</source>
        <translation>Xác nhận câu trả lời</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="276" />
        <source>Next question</source>
        <translation>Câu tiếp theo</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="276" />
        <source>See my score</source>
        <translation>Xem kết quả</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/QuizPanel.qml" line="292" />
        <source>You answered %n of %1 questions correctly.</source>
        <translation>
            <numerusform>Bạn trả lời đúng %n trên %1 câu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="352" />
        <source>Your answer: %1</source>
        <translation>Bạn trả lời: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="353" />
        <source>Your answer: %1 · Right answer: %2</source>
        <translation>Bạn trả lời: %1 · Đáp án đúng: %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="382" />
        <source>Choose another section</source>
        <translation>Chọn phần khác</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="382" />
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="389" />
        <source>Try again</source>
        <translation>Làm lại</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../qml/Kiosk/QuotePanel.qml" line="63" />
        <source>Original (%1): %2</source>
        <translation>Nguyên văn (%1): %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuotePanel.qml" line="88" />
        <source>Did they say it?</source>
        <translation>Có thật là lời của họ?</translation>
    </message>
</context>
<context>
    <name>ScrollArea</name>
    <message>
        <location filename="../qml/Kiosk/ScrollArea.qml" line="11" />
        <source>Text that scrolls</source>
        <translation>Đoạn chữ cuộn được</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="43" />
        <source>Section %1 of %2</source>
        <translation>Phần %1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="182" />
        <source>Sources: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="183" />
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="203" />
        <source>Sign language</source>
        <translation>Ngôn ngữ ký hiệu</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="213" />
        <source>Less</source>
        <translation>Thu gọn</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="213" />
        <source>More</source>
        <translation>Xem thêm</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="287" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="310" />
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="343" />
        <source>Listen</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="359" />
        <source>Next: %1</source>
        <translation>Tiếp: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="360" />
        <source>Back to the start</source>
        <translation>Về trang đầu</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="358" />
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
</context>
<context>
    <name>SignOverlay</name>
    <message>
        <location filename="../qml/Kiosk/SignOverlay.qml" line="35" />
        <source>Sign language video</source>
        <translation>Video ngôn ngữ ký hiệu</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SignOverlay.qml" line="78" />
        <source>This video cannot be played here.</source>
        <translation>Không thể phát video này tại đây.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SignOverlay.qml" line="78" />
        <source>Tap to play</source>
        <translation>Chạm để phát</translation>
    </message>
</context>
<context>
    <name>SourcesSheet</name>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="37" />
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="17" />
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="52" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="86" />
        <source>How this panel uses its sources</source>
        <translation>Bảng này dùng tài liệu ra sao</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="94" />
        <source>Works cited</source>
        <translation>Tài liệu trích dẫn</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="164" />
        <source>Move to an event with Tab or the Up and Down keys, and press Enter to read more.</source>
        <translation>Dùng phím Tab hoặc phím lên, xuống để đến một sự kiện, rồi nhấn Enter để đọc thêm.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="165" />
        <source>Touch an event to read more; slide the line to see the others.</source>
        <translation>Chạm vào một sự kiện để đọc thêm; kéo dòng thời gian để xem tiếp.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="519" />
        <source>Less</source>
        <translation>Bớt</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="519" />
        <source>More</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="555" />
        <source>Previous event</source>
        <translation>Sự kiện trước</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="565" />
        <source>Next event</source>
        <translation>Sự kiện sau</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="573" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="585" />
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="586" />
        <source>Open the first event in view</source>
        <translation>Mở sự kiện đầu tiên đang thấy</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="598" />
        <source>The event you choose opens here.</source>
        <translation>Sự kiện bạn chọn sẽ mở ra ở đây.</translation>
    </message>
</context>
<context>
    <name>VolumeControl</name>
    <message>
        <location filename="../qml/Kiosk/VolumeControl.qml" line="20" />
        <source>Quieter</source>
        <translation>Nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/VolumeControl.qml" line="31" />
        <location filename="../qml/Kiosk/VolumeControl.qml" line="39" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/VolumeControl.qml" line="35" />
        <source>Volume %1%</source>
        <translation>Âm lượng %1%</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/VolumeControl.qml" line="47" />
        <source>Louder</source>
        <translation>To hơn</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <location filename="../qml/Kiosk/ZoomView.qml" line="67" />
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ZoomView.qml" line="77" />
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
</context>
</TS>
