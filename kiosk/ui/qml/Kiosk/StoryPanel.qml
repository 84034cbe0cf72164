import QtQuick
import Kiosk

// Text with an optional picture: the picture beside the text on a wall screen, above it on a
// pedestal. The text keeps a reading measure (Theme.measure). Without a picture, on a wall screen,
// a panel with a lead is set as a label is: the title and the lead in a column of their own on the
// left, the body beside them, so the text fills the stage rather than its left half.
Item {
    id: storyPanel
    property var view: ({})
    // The panel in view (PanelView): only then does its scrolling text take the keyboard's focus.
    property bool inView: true
    // A picture the build has not made yet still takes its place, as its alt text.
    readonly property bool hasImage: (view.image && (view.image.url || view.image.alt)) ? true : false
    readonly property string leadText: view.lead || ""
    // Two columns only while the body's column keeps about 45 characters a line (Theme.measure is
    // about 66) and the title and lead fit theirs; larger text goes back to one column, which scrolls.
    readonly property bool columns: !hasImage && !Theme.portrait && leadText !== "" && Theme.scale < 1.6
                                    && width * 0.62 - 2 * Theme.margin >= Theme.measure(bodySize) * 45 / 66
    readonly property real bodySize: hasImage && !Theme.portrait ? Theme.body : Theme.lead * 0.92
    readonly property real textWidth: Math.min(Theme.measure(hasImage && !Theme.portrait ? Theme.body : Theme.lead * 0.92),
                                               Theme.portrait || !hasImage ? width : width * 0.5 - Theme.margin / 2)
    readonly property real headWidth: columns ? Math.round(width * 0.38) : textWidth
    readonly property real bodyX: columns ? headWidth + 2 * Theme.margin : 0
    readonly property real bodyWidth: columns ? Math.min(Theme.measure(bodySize), width - bodyX) : textWidth

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
        width: storyPanel.headWidth
        text: storyPanel.view.title
        lead: storyPanel.leadText
        leadColour: storyPanel.columns ? Theme.accent : Theme.text
    }
    // The rule between the two columns, the height of the body it goes with.
    Rectangle {
        visible: storyPanel.columns
        x: storyPanel.bodyX - Theme.margin - width / 2
        y: Theme.gap / 2
        width: Math.max(2, 3 * Theme.unit)
        height: Math.min(body.contentHeight, storyPanel.height) - Theme.gap
        color: Theme.raised
    }
    ScrollText {
        id: body
        inView: storyPanel.inView
        objectName: "storyBody"
        x: storyPanel.bodyX
        width: storyPanel.bodyWidth
        anchors.top: storyPanel.columns ? parent.top : title.bottom
        anchors.topMargin: storyPanel.columns ? Theme.gap / 2 : Theme.gap * 1.5
        anchors.bottom: parent.bottom
        text: storyPanel.view.body
        // Beside a picture the column is half the stage: the body's own size keeps it in view.
        font.pixelSize: storyPanel.bodySize
    }
}
