<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ControlBar</name>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="23"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="29"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="40"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="31"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="42"/>
        <source>The exhibit will start over in %1 seconds.</source>
        <translation>The exhibit will start over in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="54"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="63"/>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Touch a point or a name on the map</source>
        <translation>Touch a point or a name on the map</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="104"/>
        <source>Zoom in to see every place.</source>
        <translation>Zoom in to see every place.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="130"/>
        <source>At the start</source>
        <translation>At the start</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="146"/>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="156"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="164"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="172"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="172"/>
        <source>Under attack</source>
        <translation>Under attack</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="173"/>
        <source>Fallen</source>
        <translation>Fallen</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="173"/>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="212"/>
        <source>Touch a point on the map</source>
        <translation>Touch a point on the map</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="224"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../qml/Kiosk/MediaPanel.qml" line="48"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
</context>
<context>
    <name>MediaPlayerView</name>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="162"/>
        <source>The captions appear here as it plays.</source>
        <translation>The captions appear here as it plays.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="211"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="211"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="245"/>
        <source>Captions</source>
        <translation>Captions</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="260"/>
        <source>This recording cannot be played here. Every word is in the transcript.</source>
        <translation>This recording cannot be played here. Every word is in the transcript.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="261"/>
        <source>This screen has no sound. The captions show every word.</source>
        <translation>This screen has no sound. The captions show every word.</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Visitor statistics are switched off.</source>
        <translation>Visitor statistics are switched off.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Visitor statistics are starting.</source>
        <translation>Visitor statistics are starting.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Visits today: %1</source>
        <translation>Visits today: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>median visit: %1 s</source>
        <translation>median visit: %1 s</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Content release: %1</source>
        <translation>Content release: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Visitor statistics are paused: the disk is full. The kiosk carries on; free some space.</source>
        <translation>Visitor statistics are paused: the disk is full. The kiosk carries on; free some space.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Visitor statistics are paused: the log cannot be written (see the log below).</source>
        <translation>Visitor statistics are paused: the log cannot be written (see the log below).</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="22"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="60"/>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="61"/>
        <source>Problems: %1</source>
        <translation>Problems: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="81"/>
        <source>Recent log</source>
        <translation>Recent log</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="110"/>
        <source>Tap again to exit</source>
        <translation>Tap again to exit</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="110"/>
        <source>Exit kiosk</source>
        <translation>Exit kiosk</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="120"/>
        <source>Back to visitors</source>
        <translation>Back to visitors</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="27"/>
        <source>Too many tries. Wait a minute.</source>
        <translation>Too many tries. Wait a minute.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="28"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="29"/>
        <source>Operator PIN</source>
        <translation>Operator PIN</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="71"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="62"/>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="127"/>
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="127"/>
        <source>See my score</source>
        <translation>See my score</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="139"/>
        <source>You answered %1 of %2 questions correctly.</source>
        <translation>You answered %1 of %2 questions correctly.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="148"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../qml/Kiosk/QuotePanel.qml" line="56"/>
        <source>Original (%1): %2</source>
        <translation>Original (%1): %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuotePanel.qml" line="81"/>
        <source>Did they say it?</source>
        <translation>Did they say it?</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="114"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="133"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="162"/>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="171"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="181"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>SourcesSheet</name>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="29"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="42"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="28"/>
        <source>Touch an event to read more; slide the line to see the others.</source>
        <translation>Touch an event to read more; slide the line to see the others.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="159"/>
        <source>Back to the timeline</source>
        <translation>Back to the timeline</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <location filename="../qml/Kiosk/ZoomView.qml" line="65"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ZoomView.qml" line="74"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
</context>
</TS>
