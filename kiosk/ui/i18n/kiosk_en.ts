<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="199" />
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="199" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="200" />
        <source>Play the slides</source>
        <translation>Play the slides</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="200" />
        <source>Pause the slides</source>
        <translation>Pause the slides</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="35" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="41" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="48" />
        <source>Audio description</source>
        <translation>Audio description</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="79" />
        <source>Display: text size, contrast and motion</source>
        <translation>Display: text size, contrast and motion</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="85" />
        <source>Display</source>
        <translation>Display</translation>
    </message>
</context>
<context>
    <name>DisplaySheet</name>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="64" />
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="79" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="87" />
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="98" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="104" />
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="111" />
        <source>Motion</source>
        <translation>Motion</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="122" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="128" />
        <source>Reduced motion</source>
        <translation>Reduced motion</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="21" />
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="137" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>GalleryPanel</name>
    <message>
        <location filename="../qml/Kiosk/GalleryPanel.qml" line="66" />
        <source>Picture %1 of %2</source>
        <translation>Picture %1 of %2</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message numerus="yes">
        <location filename="../qml/Kiosk/HomeScreen.qml" line="178" />
        <source>%n panels</source>
        <translation>
            <numerusform>%n panel</numerusform>
            <numerusform>%n panels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="38" />
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="50" />
        <source>The exhibit will start over in %1 seconds.</source>
        <translation>The exhibit will start over in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="17" />
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="63" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="72" />
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
</context>
<context>
    <name>KeysSheet</name>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="15" />
        <source>Next panel</source>
        <translation>Next panel</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="15" />
        <source>Previous panel</source>
        <translation>Previous panel</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="16" />
        <source>Next control, or scroll down</source>
        <translation>Next control, or scroll down</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="16" />
        <source>Previous control, or scroll up</source>
        <translation>Previous control, or scroll up</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="17" />
        <source>Press the control with the frame</source>
        <translation>Press the control with the frame</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="17" />
        <source>Close, or go back</source>
        <translation>Close, or go back</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="18" />
        <source>The sections</source>
        <translation>The sections</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="18" />
        <source>These keys</source>
        <translation>These keys</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="19" />
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="19" />
        <source>Quieter</source>
        <translation>Quieter</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="19" />
        <source>Audio description on or off</source>
        <translation>Audio description on or off</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="39" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="48" />
        <source>Tab moves the frame to the next control, Shift and Tab to the one before.</source>
        <translation>Tab moves the frame to the next control, Shift and Tab to the one before.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="90" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="364" />
        <source>Zoom in to see every place.</source>
        <translation>Zoom in to see every place.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="436" />
        <source>Close the map</source>
        <translation>Close the map</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="449" />
        <location filename="../qml/Kiosk/MapPanel.qml" line="667" />
        <source>Show the map</source>
        <translation>Show the map</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="489" />
        <source>At the start</source>
        <translation>At the start</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="504" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="504" />
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="515" />
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="532" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="541" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="636" />
        <source>Move to a point with Tab or the Up and Down keys, then press Enter</source>
        <translation>Move to a point with Tab or the Up and Down keys, then press Enter</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="637" />
        <source>Touch a point or a name on the map</source>
        <translation>Touch a point or a name on the map</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="674" />
        <source>Previous place</source>
        <translation>Previous place</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="681" />
        <source>Next place</source>
        <translation>Next place</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="699" />
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="53" />
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="53" />
        <source>Under attack</source>
        <translation>Under attack</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="53" />
        <location filename="../qml/Kiosk/MapPanel.qml" line="673" />
        <location filename="../qml/Kiosk/MapPanel.qml" line="680" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="54" />
        <source>Fallen</source>
        <translation>Fallen</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="54" />
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="651" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MapZoomButtons</name>
    <message>
        <location filename="../qml/Kiosk/MapZoomButtons.qml" line="18" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapZoomButtons.qml" line="28" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../qml/Kiosk/MediaPanel.qml" line="53" />
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
</context>
<context>
    <name>MediaPlayerView</name>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="169" />
        <source>The captions appear here as it plays.</source>
        <translation>The captions appear here as it plays.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="145" />
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="223" />
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="227" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="145" />
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="223" />
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="227" />
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="240" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="249" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="287" />
        <source>Captions</source>
        <translation>Captions</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="306" />
        <source>This recording cannot be played here. Every word is in the transcript.</source>
        <translation>This recording cannot be played here. Every word is in the transcript.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="307" />
        <source>This screen has no sound. The captions show every word.</source>
        <translation>This screen has no sound. The captions show every word.</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <location filename="../qml/Kiosk/MoreBelow.qml" line="35" />
        <source>More below: scroll</source>
        <translation>More below: scroll</translation>
    </message>
</context>
<context>
    <name>MoreSheet</name>
    <message>
        <location filename="../qml/Kiosk/MoreSheet.qml" line="27" />
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MoreSheet.qml" line="42" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="66" />
        <source>Visitor statistics are switched off.</source>
        <translation>Visitor statistics are switched off.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="67" />
        <source>Visitor statistics are starting.</source>
        <translation>Visitor statistics are starting.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="68" />
        <source>Visits today: %1</source>
        <translation>Visits today: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="69" />
        <source>median visit: %1 s</source>
        <translation>median visit: %1 s</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="79" />
        <source>Content release: %1</source>
        <translation>Content release: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="91" />
        <source>Visitor statistics are paused: the disk is full. The kiosk carries on; free some space.</source>
        <translation>Visitor statistics are paused: the disk is full. The kiosk carries on; free some space.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="92" />
        <source>Visitor statistics are paused: the log cannot be written (see the log below).</source>
        <translation>Visitor statistics are paused: the log cannot be written (see the log below).</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="24" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="103" />
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="104" />
        <source>Problems: %1</source>
        <translation>Problems: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="148" />
        <source>Recent log</source>
        <translation>Recent log</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="212" />
        <source>Tap again to exit</source>
        <translation>Tap again to exit</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="212" />
        <source>Exit kiosk</source>
        <translation>Exit kiosk</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="222" />
        <source>Back to visitors</source>
        <translation>Back to visitors</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="181" />
        <source>Update from USB</source>
        <translation>Update from USB</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="190" />
        <source>Looking for an update on the USB stick…</source>
        <translation>Looking for an update on the USB stick…</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="191" />
        <source>No update found. Put kiosk-update.bundle or a kiosk-content folder at the top of the USB stick.</source>
        <translation>No update found. Put kiosk-update.bundle or a kiosk-content folder at the top of the USB stick.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="192" />
        <source>Checking and building the update…</source>
        <translation>Checking and building the update…</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="193" />
        <source>The update is ready: visitors see it from the next attract loop.</source>
        <translation>The update is ready: visitors see it from the next attract loop.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="194" />
        <source>The USB stick has the content already shown.</source>
        <translation>The USB stick has the content already shown.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="195" />
        <source>The update was not applied: see the problems above.</source>
        <translation>The update was not applied: see the problems above.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="47" />
        <source>Too many tries. Wait a minute.</source>
        <translation>Too many tries. Wait a minute.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="48" />
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="49" />
        <source>Operator PIN</source>
        <translation>Operator PIN</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="79" />
        <source>Delete a digit</source>
        <translation>Delete a digit</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="87" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="131" />
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="216" />
        <source>Right answer</source>
        <translation>Right answer</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="216" />
        <source>Wrong answer</source>
        <translation>Wrong answer</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="161" />
        <location filename="../qml/Kiosk/QuizPanel.qml" line="165" />
        <source>You can still change your answer. Confirm it to see if it is right.</source>
        <translation>You can still change your answer. Confirm it to see if it is right.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="166" />
        <source>Move to an answer with Tab or the Up and Down keys, press Enter, then confirm it.</source>
        <translation>Move to an answer with Tab or the Up and Down keys, press Enter, then confirm it.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="167" />
        <source>Touch an answer, then confirm it.</source>
        <translation>Touch an answer, then confirm it.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="259" />
        <source>Confirm my answer</source>
        <translation>Confirm my answer</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="276" />
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="276" />
        <source>See my score</source>
        <translation>See my score</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/QuizPanel.qml" line="292" />
        <source>You answered %n of %1 questions correctly.</source>
        <translation>
            <numerusform>You answered %n of %1 questions correctly.</numerusform>
            <numerusform>You answered %n of %1 questions correctly.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="352" />
        <source>Your answer: %1</source>
        <translation>Your answer: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="353" />
        <source>Your answer: %1 · Right answer: %2</source>
        <translation>Your answer: %1 · Right answer: %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="382" />
        <source>Choose another section</source>
        <translation>Choose another section</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="382" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="389" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../qml/Kiosk/QuotePanel.qml" line="63" />
        <source>Original (%1): %2</source>
        <translation>Original (%1): %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuotePanel.qml" line="88" />
        <source>Did they say it?</source>
        <translation>Did they say it?</translation>
    </message>
</context>
<context>
    <name>ScrollArea</name>
    <message>
        <location filename="../qml/Kiosk/ScrollArea.qml" line="11" />
        <source>Text that scrolls</source>
        <translation>Text that scrolls</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="43" />
        <source>Section %1 of %2</source>
        <translation>Section %1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="182" />
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="183" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="203" />
        <source>Sign language</source>
        <translation>Sign language</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="213" />
        <source>Less</source>
        <translation>Less</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="213" />
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="287" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="310" />
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="343" />
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="359" />
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="360" />
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="358" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>SignOverlay</name>
    <message>
        <location filename="../qml/Kiosk/SignOverlay.qml" line="35" />
        <source>Sign language video</source>
        <translation>Sign language video</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SignOverlay.qml" line="78" />
        <source>This video cannot be played here.</source>
        <translation>This video cannot be played here.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SignOverlay.qml" line="78" />
        <source>Tap to play</source>
        <translation>Tap to play</translation>
    </message>
</context>
<context>
    <name>SourcesSheet</name>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="37" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="17" />
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="52" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="86" />
        <source>How this panel uses its sources</source>
        <translation>How this panel uses its sources</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="94" />
        <source>Works cited</source>
        <translation>Works cited</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="164" />
        <source>Move to an event with Tab or the Up and Down keys, and press Enter to read more.</source>
        <translation>Move to an event with Tab or the Up and Down keys, and press Enter to read more.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="165" />
        <source>Touch an event to read more; slide the line to see the others.</source>
        <translation>Touch an event to read more; slide the line to see the others.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="519" />
        <source>Less</source>
        <translation>Less</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="519" />
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="555" />
        <source>Previous event</source>
        <translation>Previous event</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="565" />
        <source>Next event</source>
        <translation>Next event</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="573" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="585" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="586" />
        <source>Open the first event in view</source>
        <translation>Open the first event in view</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="598" />
        <source>The event you choose opens here.</source>
        <translation>The event you choose opens here.</translation>
    </message>
</context>
<context>
    <name>VolumeControl</name>
    <message>
        <location filename="../qml/Kiosk/VolumeControl.qml" line="20" />
        <source>Quieter</source>
        <translation>Quieter</translation>
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
        <translation>Volume %1%</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/VolumeControl.qml" line="47" />
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <location filename="../qml/Kiosk/ZoomView.qml" line="67" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ZoomView.qml" line="77" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
</context>
</TS>
