import QtQuick
import Kiosk

pragma ComponentBehavior: Bound

// Two columns side by side (stacked on a pedestal): what was expected and what happened.
Item {
    id: comparePanel
    property var view: ({})
    // The panel in view (PanelView): only then does its scrolling text take the keyboard's focus.
    property bool inView: true

    PanelTitle {
        id: title
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: comparePanel.view.title
        lead: comparePanel.view.lead || ""
    }
    Grid {
        id: grid
        anchors.top: title.bottom
        anchors.topMargin: Theme.gap
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap
        columns: Theme.portrait ? 1 : 2
        spacing: Theme.gap
        readonly property real cellWidth: Theme.portrait ? width : (width - spacing) / 2
        readonly property real cellHeight: Theme.portrait ? (height - spacing) / 2 : height
        Repeater {
            model: [comparePanel.view.left, comparePanel.view.right]
            Rectangle {
                id: column
                required property var modelData
                required property int index
                width: grid.cellWidth
                height: grid.cellHeight
                radius: Theme.radius
                color: Theme.surface
                border.width: index === 1 ? 3 * Theme.unit : 0
                border.color: Theme.accent
                Text {
                    textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                    id: heading
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.gap * 1.5
                    text: column.modelData.heading
                    color: column.index === 1 ? Theme.accent : Theme.muted
                    font.family: Theme.sans
                    font.pixelSize: Theme.lead
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                ScrollText {
                    inView: comparePanel.inView
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: heading.bottom
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.gap * 1.5
                    text: column.modelData.body
                }
            }
        }
    }
}
