import QtQuick
import Kiosk

// Text with an optional picture: side by side on a wall screen, stacked on a pedestal.
Item {
    id: storyPanel
    property var view: ({})
    // A picture the build has not made yet still takes its place, as its alt text.
    readonly property bool hasImage: (view.image && (view.image.url || view.image.alt)) ? true : false

    PanelTitle {
        id: title
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: storyPanel.view.title
    }
    MediaImage {
        id: picture
        visible: storyPanel.hasImage
        media: storyPanel.view.image || ({})
        anchors.left: parent.left
        anchors.top: title.bottom
        anchors.topMargin: Theme.gap
        width: !storyPanel.hasImage ? 0 : Theme.portrait ? parent.width : parent.width * 0.45
        height: !storyPanel.hasImage ? 0 : Theme.portrait ? parent.height * 0.4 : parent.height - title.height - 2 * Theme.gap
    }
    ScrollText {
        objectName: "storyBody"
        anchors.left: Theme.portrait || !storyPanel.hasImage ? parent.left : picture.right
        anchors.leftMargin: Theme.portrait || !storyPanel.hasImage ? 0 : Theme.margin
        anchors.right: parent.right
        anchors.top: Theme.portrait && storyPanel.hasImage ? picture.bottom : title.bottom
        anchors.topMargin: Theme.gap * 1.5
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap
        text: storyPanel.view.body
        font.pixelSize: Theme.lead * 0.92
    }
}
