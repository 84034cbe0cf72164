import QtQuick
import QtMultimedia
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// Plays one track: audio, or video with a poster and its duration before play. Big play/pause,
// stop (back to the start), a seek bar, the time, the visitor's volume, and captions on by default
// (two short lines, light on dark).
// Loaded only when a media panel or narration is shown, so Qt Multimedia never slows start-up.
// With no sound device the player keeps time silently, so the captions still follow; a file that
// cannot be played shows a short message here and a line in the operator's log.
Item {
    id: view
    objectName: "mediaPlayer"

    property var track: ({})
    property var poster: ({})
    property bool video: false
    property bool autoPlay: false
    property bool captionsOn: true
    property bool inView: true  // only then do its controls take the keyboard's focus

    // One token per player, so the backend knows when *nothing* plays (idle is paused meanwhile).
    readonly property string owner: "player-" + Math.random().toString(36).slice(2)
    readonly property bool playing: player.playbackState === MediaPlayer.PlayingState
    readonly property bool failed: player.error !== MediaPlayer.NoError || (view.track.url || "") === ""
    readonly property bool hasSound: devices.audioOutputs.length > 0
    readonly property int position: player.position
    readonly property int duration: player.duration
    // The caption showing and the span of time it stays for; Python is asked again only when the
    // position leaves the span (Content.caption).
    property var cue: ({ text: "", start: 0, end: 0 })
    readonly property string caption: captionsOn && (playing || player.position > 0) ? cue.text : ""
    onTrackChanged: cue = { text: "", start: 0, end: 0 }
    readonly property real controlsHeight: controls.height

    function play() {
        if (!view.failed)
            player.play()
    }
    function pause() { player.pause() }
    function stop() { player.stop() }
    function toggle() {
        if (view.playing)
            player.pause()
        else
            view.play()
    }
    function seekTo(ms) { player.setPosition(Math.max(0, Math.min(ms, player.duration))) }

    function clock(ms) {
        const s = Math.max(0, Math.round(ms / 1000))
        return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0")
    }

    MediaDevices { id: devices }

    MediaPlayer {
        id: player
        source: view.track.url || ""
        audioOutput: AudioOutput { volume: Player.volume }
        videoOutput: view.video ? screenOut : null
        // Read the state itself: view.playing may not be re-evaluated yet inside this handler.
        onPlaybackStateChanged: {
            Player.setPlaying(view.owner, playbackState === MediaPlayer.PlayingState)
            Analytics.playing(view.owner, view.track.file || "", view.video, playbackState === MediaPlayer.PlayingState, player.duration)
        }
        onErrorOccurred: (error, message) => Player.reportProblem(view.track.file || "", message)
        onPositionChanged: {
            if (player.position < view.cue.start || player.position >= view.cue.end)
                view.cue = Content.caption(view.track.url || "", player.position)
        }
        onMediaStatusChanged: {
            if (mediaStatus === MediaPlayer.LoadedMedia && view.autoPlay) {
                view.autoPlay = false
                view.play()
            }
        }
    }
    Component.onDestruction: {
        Player.setPlaying(view.owner, false)
        Analytics.playing(view.owner, "", view.video, false, 0)
    }

    Connections {
        target: Player
        function onStopAll() { player.stop() }
        function onStarted(owner) {
            if (owner !== view.owner && view.playing)
                player.pause()
        }
    }

    // -- the picture (video only) ------------------------------------------------------------
    Rectangle {
        id: screen
        visible: view.video
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: controls.top
        anchors.bottomMargin: Theme.gap
        color: "black"
        radius: Theme.radius

        VideoOutput {
            id: screenOut
            objectName: "videoOutput"
            anchors.fill: parent
            fillMode: VideoOutput.PreserveAspectFit
        }
        MediaImage {
            objectName: "videoPoster"
            anchors.fill: parent
            visible: player.position === 0 && !view.playing && (view.poster.url || "") !== ""
            media: view.poster
            showCredit: false
        }
        Rectangle {
            objectName: "durationBadge"
            visible: player.duration > 0 && !view.playing && player.position === 0
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.gap
            width: durationText.implicitWidth + Theme.gap
            height: durationText.implicitHeight + Theme.gap / 2
            radius: Theme.radius / 2
            color: "#e6000000"
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                id: durationText
                anchors.centerIn: parent
                text: view.clock(player.duration)
                color: "white"
                font.family: Theme.sans
                font.pixelSize: Theme.small
            }
        }
        MouseArea {
            objectName: "videoArea"
            anchors.fill: parent
            Accessible.role: Accessible.Button
            Accessible.name: view.playing ? qsTr("Pause") : qsTr("Play")
            Accessible.onPressAction: view.toggle()
            onClicked: view.toggle()
        }
    }

    // -- captions: over the picture for video; for sound, on a stage of their own ---------------
    Rectangle {
        id: stage
        objectName: "captionStage"
        visible: !view.video
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: controls.top
        anchors.bottomMargin: Theme.gap / 2
        radius: Theme.radius
        color: "black"
        Text {
            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
            anchors.fill: parent
            anchors.margins: Theme.gap
            visible: !captionBand.visible
            text: view.captionsOn && (view.track.cues || []).length > 0
                  ? qsTr("The captions appear here as it plays.") : ""
            color: Theme.muted
            font.family: Theme.sans
            font.pixelSize: Theme.small
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.WordWrap
        }
    }
    Rectangle {
        id: captionBand
        objectName: "captionBand"
        visible: view.captionsOn && captionText.text !== ""
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: view.video ? screen.bottom : undefined
        anchors.verticalCenter: view.video ? undefined : stage.verticalCenter
        anchors.bottomMargin: Theme.gap
        width: Math.min(parent.width - 2 * Theme.gap, captionText.implicitWidth + 2 * Theme.gap)
        height: captionText.height + Theme.gap
        radius: Theme.radius / 2
        color: "#eb000000"
        Text {
            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
            id: captionText
            objectName: "captionText"
            anchors.centerIn: parent
            width: Math.min(implicitWidth, captionBand.parent.width - 4 * Theme.gap)
            text: view.caption
            color: "white"
            font.family: Theme.sans
            font.pixelSize: Theme.lead
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }

    // -- controls ----------------------------------------------------------------------------
    Item {
        id: controls
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: message.visible ? message.top : parent.bottom
        anchors.bottomMargin: message.visible ? Theme.gap / 2 : 0
        // One row where the seek bar keeps room to be dragged; else the volume and the captions
        // go to a second row beneath.
        readonly property real fixed: playButton.width + stopButton.width + timeLabel.implicitWidth
                                      + volume.width + captionsButton.width + 6 * Theme.gap
        readonly property bool twoRows: width - fixed < 400 * Theme.unit
        height: twoRows ? 2 * Theme.touch + Theme.gap : Theme.touch

        KButton {
            id: playButton
            objectName: "playButton"
            activeFocusOnTab: view.inView
            Accessible.name: view.playing ? qsTr("Pause") : qsTr("Play")
            anchors.left: parent.left
            anchors.top: parent.top
            width: Math.max(implicitWidth, 200 * Theme.unit)
            text: view.playing ? "❚❚  " + qsTr("Pause") : "▶  " + qsTr("Play")
            primary: !view.playing
            enabled: !view.failed
            onClicked: view.toggle()
        }
        KButton {
            id: stopButton
            objectName: "stopButton"
            activeFocusOnTab: view.inView
            anchors.left: playButton.right
            anchors.leftMargin: Theme.gap
            anchors.top: parent.top
            text: "■"
            Accessible.name: qsTr("Stop")
            enabled: !view.failed && (view.playing || player.position > 0)
            onClicked: view.stop()
        }
        StepSlider {
            id: seek
            objectName: "seekSlider"
            activeFocusOnTab: view.inView
            keyStep: 50  // a twentieth of the recording a key press
            Accessible.name: qsTr("Position")
            anchors.left: stopButton.right
            anchors.leftMargin: Theme.gap
            anchors.right: timeLabel.left
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: playButton.verticalCenter
            from: 0
            to: 1000
            enabled: player.duration > 0 && !view.failed
            value: player.duration > 0 ? Math.round(player.position / player.duration * 1000) : 0
            onMoved: (v) => view.seekTo(v / 1000 * player.duration)
        }
        Text {
            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
            id: timeLabel
            objectName: "timeLabel"
            anchors.right: controls.twoRows ? parent.right : volume.left
            anchors.rightMargin: controls.twoRows ? 0 : Theme.gap
            anchors.verticalCenter: playButton.verticalCenter
            text: view.clock(player.position) + " / " + (player.duration > 0 ? view.clock(player.duration) : "–:––")
            color: Theme.muted
            font.family: Theme.sans
            font.pixelSize: Theme.small
        }
        VolumeControl {
            id: volume
            inView: view.inView
            anchors.left: controls.twoRows ? parent.left : undefined
            anchors.right: controls.twoRows ? undefined : captionsButton.left
            anchors.rightMargin: captionsButton.visible ? Theme.gap : 0
            anchors.bottom: parent.bottom
        }
        KButton {
            id: captionsButton
            objectName: "captionsButton"
            activeFocusOnTab: view.inView
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            text: qsTr("Captions")
            selected: view.captionsOn
            visible: (view.track.cues || []).length > 0
            width: visible ? implicitWidth : 0
            onClicked: {
                view.captionsOn = !view.captionsOn
                Analytics.feature("captions", view.captionsOn ? 1 : 0)
            }
        }
    }

    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        id: message
        objectName: "mediaMessage"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: text !== ""
        text: view.failed ? qsTr("This recording cannot be played here. Every word is in the transcript.")
            : !view.hasSound ? qsTr("This screen has no sound. The captions show every word.")
            : ""
        color: Theme.muted
        font.family: Theme.sans
        font.pixelSize: Theme.small
        wrapMode: Text.WordWrap
    }
}
