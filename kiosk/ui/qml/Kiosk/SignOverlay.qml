import QtQuick
import QtMultimedia
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// A signer's video in a corner over the panel (sign language on, Player.signLanguage): it plays
// as the panel opens, and a tap pauses it or plays it again (anything moving for more than 5 s can
// be paused). It has no sound of its own. A file that cannot be played says so in a line for the
// operator, and the corner shows a short note.
Rectangle {
    id: sign
    objectName: "signOverlay"

    property var video: ({})
    readonly property bool playing: player.playbackState === MediaPlayer.PlayingState
    readonly property bool failed: player.error !== MediaPlayer.NoError
    property bool autoPlay: true
    onVideoChanged: {
        autoPlay = true
        if (player.mediaStatus === MediaPlayer.LoadedMedia)
            start()
    }
    function start() {
        autoPlay = false
        player.play()
    }

    color: "black"
    radius: Theme.radius
    border.width: 3 * Theme.unit
    border.color: Theme.accent
    Accessible.role: Accessible.Animation
    Accessible.name: qsTr("Sign language video")

    MediaPlayer {
        id: player
        objectName: "signPlayer"
        source: sign.video.url || ""
        videoOutput: screenOut
        onMediaStatusChanged: {
            if (mediaStatus === MediaPlayer.LoadedMedia && sign.autoPlay)
                sign.start()
        }
        onErrorOccurred: (error, message) => Player.reportProblem(sign.video.url || "", message)
    }
    Connections {
        target: Player
        function onStopAll() { player.stop() }
    }

    VideoOutput {
        id: screenOut
        anchors.fill: parent
        anchors.margins: sign.border.width
        fillMode: VideoOutput.PreserveAspectFit
    }
    MouseArea {
        objectName: "signArea"
        anchors.fill: parent
        onClicked: sign.playing ? player.pause() : player.play()
    }
    Rectangle {
        objectName: "signPaused"
        visible: !sign.playing
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        width: pausedText.implicitWidth + Theme.gap
        height: pausedText.implicitHeight + Theme.gap / 2
        radius: Theme.radius / 2
        color: "#e6000000"
        Text {
            id: pausedText
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: sign.failed ? qsTr("This video cannot be played here.") : "▶  " + qsTr("Tap to play")
            color: "white"
            font.family: Theme.sans
            font.pixelSize: Theme.small
        }
    }
}
