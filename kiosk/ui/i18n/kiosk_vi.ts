<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ControlBar</name>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="23"/>
        <source>Home</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="29"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="40"/>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="31"/>
        <source>Are you still there?</source>
        <translation>Bạn vẫn đang xem chứ?</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="42"/>
        <source>The exhibit will start over in %1 seconds.</source>
        <translation>Trưng bày sẽ bắt đầu lại sau %1 giây.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="54"/>
        <source>Continue</source>
        <translation>Tiếp tục xem</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="63"/>
        <source>Start over</source>
        <translation>Bắt đầu lại</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>More</source>
        <translation>Xem thêm</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Touch a point or a name on the map</source>
        <translation>Chạm vào một điểm hoặc một tên trên bản đồ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="104"/>
        <source>Zoom in to see every place.</source>
        <translation>Phóng to để thấy mọi địa điểm.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="130"/>
        <source>At the start</source>
        <translation>Ban đầu</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="146"/>
        <source>Earlier</source>
        <translation>Sớm hơn</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="156"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="164"/>
        <source>Later</source>
        <translation>Muộn hơn</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="172"/>
        <source>Held</source>
        <translation>Còn giữ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="172"/>
        <source>Under attack</source>
        <translation>Bị tấn công</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="173"/>
        <source>Fallen</source>
        <translation>Thất thủ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="173"/>
        <source>Abandoned</source>
        <translation>Bị bỏ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="212"/>
        <source>Touch a point on the map</source>
        <translation>Chạm vào một điểm trên bản đồ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="224"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../qml/Kiosk/MediaPanel.qml" line="48"/>
        <source>Transcript</source>
        <translation>Lời thuyết minh</translation>
    </message>
</context>
<context>
    <name>MediaPlayerView</name>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="162"/>
        <source>The captions appear here as it plays.</source>
        <translation>Phụ đề sẽ hiện ở đây khi phát.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="211"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="211"/>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="245"/>
        <source>Captions</source>
        <translation>Phụ đề</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="260"/>
        <source>This recording cannot be played here. Every word is in the transcript.</source>
        <translation>Không phát được bản ghi này ở đây. Toàn bộ lời nói có trong bản chép lời.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="261"/>
        <source>This screen has no sound. The captions show every word.</source>
        <translation>Màn hình này không có âm thanh. Phụ đề hiện đầy đủ lời nói.</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Visitor statistics are switched off.</source>
        <translation>Thống kê khách tham quan đang tắt.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Visitor statistics are starting.</source>
        <translation>Thống kê khách tham quan đang khởi động.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Visits today: %1</source>
        <translation>Lượt tham quan hôm nay: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>median visit: %1 s</source>
        <translation>thời gian trung vị: %1 giây</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Content release: %1</source>
        <translation>Phiên bản nội dung: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Visitor statistics are paused: the disk is full. The kiosk carries on; free some space.</source>
        <translation>Thống kê khách tham quan tạm dừng: ổ đĩa đã đầy. Kiosk vẫn chạy; hãy giải phóng dung lượng.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Visitor statistics are paused: the log cannot be written (see the log below).</source>
        <translation>Thống kê khách tham quan tạm dừng: không ghi được nhật ký (xem nhật ký bên dưới).</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="22"/>
        <source>Operator</source>
        <translation>Vận hành</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="60"/>
        <source>No problems found.</source>
        <translation>Không có lỗi nào.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="61"/>
        <source>Problems: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="81"/>
        <source>Recent log</source>
        <translation>Nhật ký gần đây</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="110"/>
        <source>Tap again to exit</source>
        <translation>Chạm lần nữa để thoát</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="110"/>
        <source>Exit kiosk</source>
        <translation>Thoát ứng dụng</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="120"/>
        <source>Back to visitors</source>
        <translation>Trở lại cho khách</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="27"/>
        <source>Too many tries. Wait a minute.</source>
        <translation>Thử sai quá nhiều lần. Hãy chờ một phút.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="28"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Sai mã PIN. Hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="29"/>
        <source>Operator PIN</source>
        <translation>Mã PIN vận hành</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="71"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="62"/>
        <source>Question %1 of %2</source>
        <translation>Câu %1 trên %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="127"/>
        <source>Next question</source>
        <translation>Câu tiếp theo</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="127"/>
        <source>See my score</source>
        <translation>Xem kết quả</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="139"/>
        <source>You answered %1 of %2 questions correctly.</source>
        <translation>Bạn trả lời đúng %1 trên %2 câu.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="148"/>
        <source>Try again</source>
        <translation>Làm lại</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../qml/Kiosk/QuotePanel.qml" line="56"/>
        <source>Original (%1): %2</source>
        <translation>Nguyên văn (%1): %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuotePanel.qml" line="81"/>
        <source>Did they say it?</source>
        <translation>Có thật là lời của họ?</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="114"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="133"/>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="162"/>
        <source>Listen</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="171"/>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="181"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
</context>
<context>
    <name>SourcesSheet</name>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="29"/>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="42"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="28"/>
        <source>Touch an event to read more; slide the line to see the others.</source>
        <translation>Chạm vào một sự kiện để đọc thêm; kéo dòng thời gian để xem tiếp.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="159"/>
        <source>Back to the timeline</source>
        <translation>Về dòng thời gian</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <location filename="../qml/Kiosk/ZoomView.qml" line="65"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ZoomView.qml" line="74"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
</context>
</TS>
