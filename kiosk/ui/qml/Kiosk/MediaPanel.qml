import QtQuick
import Kiosk

// Audio and video panels. Until playback lands (issue "Multimedia"), the panel shows the poster
// and the full transcript, so nobody misses what would be said.
Item {
    id: mediaPanel
    property var view: ({})
    readonly property bool hasPoster: (view.poster && view.poster.url) ? true : false

    PanelTitle {
        id: title
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: mediaPanel.view.title
    }
    MediaImage {
        id: poster
        visible: mediaPanel.hasPoster
        anchors.left: parent.left
        anchors.top: title.bottom
        anchors.topMargin: Theme.gap
        width: mediaPanel.hasPoster ? (Theme.portrait ? parent.width : parent.width * 0.45) : 0
        height: mediaPanel.hasPoster ? (Theme.portrait ? parent.height * 0.4 : parent.height - title.height - 2 * Theme.gap) : 0
        media: mediaPanel.view.poster || ({})
    }
    Text {
        id: label
        anchors.left: Theme.portrait || !mediaPanel.hasPoster ? parent.left : poster.right
        anchors.leftMargin: Theme.portrait || !mediaPanel.hasPoster ? 0 : Theme.margin
        anchors.right: parent.right
        anchors.top: Theme.portrait && mediaPanel.hasPoster ? poster.bottom : title.bottom
        anchors.topMargin: Theme.gap
        text: qsTr("Transcript")
        color: Theme.accent
        font.family: Theme.sans
        font.pixelSize: Theme.body
        font.bold: true
    }
    ScrollText {
        objectName: "transcript"
        anchors.left: label.left
        anchors.right: parent.right
        anchors.top: label.bottom
        anchors.topMargin: Theme.gap / 2
        anchors.bottom: parent.bottom
        text: mediaPanel.view.track ? mediaPanel.view.track.transcript : ""
    }
}
