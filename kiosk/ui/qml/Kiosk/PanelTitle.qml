import QtQuick
import Kiosk

// A panel's title and, when it has one, its lead: the one sentence a visitor reads first.
Column {
    id: heading
    property alias text: title.text
    property string lead: ""
    property color leadColour: Theme.text
    spacing: Theme.gap / 2

    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        id: title
        objectName: "panelTitle"
        width: heading.width
        color: Theme.text
        font.family: Theme.serif
        font.pixelSize: Theme.heading
        font.bold: true
        wrapMode: Text.Wrap  // at word boundaries; within a word only if it is wider than the line
    }
    Text {
        textFormat: Text.PlainText
        objectName: "panelLead"
        visible: heading.lead !== ""
        width: Math.min(heading.width, Theme.measure(font.pixelSize))
        text: heading.lead
        color: heading.leadColour
        font.family: Theme.serif
        font.pixelSize: Theme.lead
        lineHeight: 1.2
        wrapMode: Text.WordWrap
    }
}
