import QtQuick
import Kiosk

pragma ComponentBehavior: Bound

// Audio and video panels: the player (loaded by URL, so Qt Multimedia loads only when a visitor
// reaches one) and the full transcript beside it (landscape) or below it (portrait), so nobody
// misses what is said, with or without sound.
Item {
    id: mediaPanel
    property var view: ({})
    // The panel in view (PanelView): only then do the player's controls take the keyboard's focus.
    property bool inView: true
    readonly property bool isVideo: view.kind === "video"
    readonly property real playerHeight: isVideo
        ? (Theme.portrait ? parent.height * 0.45 : parent.height - title.height - Theme.gap)
        : Theme.touch * 2 + 4 * Theme.lead + 2 * Theme.gap

    PanelTitle {
        id: title
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: mediaPanel.view.title
        lead: mediaPanel.view.lead || ""
    }

    Loader {
        id: player
        objectName: "playerLoader"
        anchors.left: parent.left
        anchors.top: title.bottom
        anchors.topMargin: Theme.gap
        width: Theme.portrait || !mediaPanel.isVideo ? parent.width : parent.width * 0.6
        height: mediaPanel.playerHeight
        source: "MediaPlayerView.qml"
        onLoaded: {
            item.video = Qt.binding(() => mediaPanel.isVideo)
            item.track = Qt.binding(() => mediaPanel.view.track || ({}))
            item.poster = Qt.binding(() => mediaPanel.view.poster || ({}))
            item.inView = Qt.binding(() => mediaPanel.inView)
        }
    }

    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        id: label
        anchors.left: Theme.portrait || !mediaPanel.isVideo ? parent.left : player.right
        anchors.leftMargin: Theme.portrait || !mediaPanel.isVideo ? 0 : Theme.margin
        anchors.right: parent.right
        anchors.top: Theme.portrait || !mediaPanel.isVideo ? player.bottom : title.bottom
        anchors.topMargin: Theme.gap
        text: qsTr("Transcript")
        color: Theme.accent
        font.family: Theme.sans
        font.pixelSize: Theme.body
        font.bold: true
    }
    ScrollText {
        inView: mediaPanel.inView
        objectName: "transcript"
        anchors.left: label.left
        anchors.right: parent.right
        anchors.top: label.bottom
        anchors.topMargin: Theme.gap / 2
        anchors.bottom: credit.top
        anchors.bottomMargin: Theme.gap / 2
        text: mediaPanel.view.track ? mediaPanel.view.track.transcript : ""
    }
    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        id: credit
        anchors.left: label.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        text: mediaPanel.view.track && mediaPanel.view.track.credit
              ? mediaPanel.view.track.credit + " · " + mediaPanel.view.track.licence : ""
        color: Theme.muted
        font.family: Theme.sans
        font.pixelSize: Theme.px(18)
        wrapMode: Text.WordWrap
    }
}
