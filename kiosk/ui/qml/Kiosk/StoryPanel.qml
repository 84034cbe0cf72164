import QtQuick
import Kiosk

// Text with an optional picture: the picture beside the text on a wall screen, above it on a
// pedestal. The text keeps a reading measure (Theme.measure); without a picture it stands alone.
Item {
    id: storyPanel
    property var view: ({})
    // The panel in view (PanelView): only then does its scrolling text take the keyboard's focus.
    property bool inView: true
    // A picture the build has not made yet still takes its place, as its alt text.
    readonly property bool hasImage: (view.image && (view.image.url || view.image.alt)) ? true : false
    readonly property real textWidth: Math.min(Theme.measure(hasImage && !Theme.portrait ? Theme.body : Theme.lead * 0.92),
                                               Theme.portrait || !hasImage ? width : width * 0.5 - Theme.margin / 2)

    MediaImage {
        id: picture
        visible: storyPanel.hasImage
        media: storyPanel.view.image || ({})
        // Beside the text (landscape: the right half, full height), or above it (portrait).
        x: Theme.portrait ? 0 : storyPanel.width - width
        y: 0
        width: !storyPanel.hasImage ? 0 : Theme.portrait ? storyPanel.width : storyPanel.width - storyPanel.textWidth - Theme.margin
        height: !storyPanel.hasImage ? 0 : Theme.portrait ? storyPanel.height * 0.38 : storyPanel.height - Theme.gap
    }
    PanelTitle {
        id: title
        anchors.left: parent.left
        anchors.top: Theme.portrait && storyPanel.hasImage ? picture.bottom : parent.top
        anchors.topMargin: Theme.portrait && storyPanel.hasImage ? Theme.gap : 0
        width: storyPanel.textWidth
        text: storyPanel.view.title
        lead: storyPanel.view.lead || ""
    }
    ScrollText {
        inView: storyPanel.inView
        objectName: "storyBody"
        anchors.left: parent.left
        width: storyPanel.textWidth
        anchors.top: title.bottom
        anchors.topMargin: Theme.gap * 1.5
        anchors.bottom: parent.bottom
        text: storyPanel.view.body
        // Beside a picture the column is half the stage: the body's own size keeps it in view.
        font.pixelSize: storyPanel.hasImage && !Theme.portrait ? Theme.body : Theme.lead * 0.92
    }
}
