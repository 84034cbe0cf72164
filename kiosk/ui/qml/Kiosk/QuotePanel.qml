import QtQuick
import Kiosk

// Somebody's words: the words in the visitor's language, the original beneath, who said them,
// when, and how sure we are that they said them.
Item {
    id: quotePanel
    property var view: ({})
    // The panel in view (PanelView): only then does its scrolling text take the keyboard's focus.
    property bool inView: true

    PanelTitle {
        id: title
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: quotePanel.view.title
        lead: quotePanel.view.lead || ""
    }
    ScrollArea {  // the keys scroll it too
        id: scroller
        inView: quotePanel.inView
        anchors.top: title.bottom
        anchors.topMargin: Theme.gap
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        contentHeight: column.implicitHeight
        interactive: contentHeight > height + 1
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        Column {
            id: column
            width: parent.width
            spacing: Theme.gap
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                objectName: "quoteText"
                width: parent.width
                text: quotePanel.view.quote
                color: Theme.text
                font.family: Theme.serif
                font.italic: true
                font.pixelSize: Theme.lead
                lineHeight: 1.25
                wrapMode: Text.WordWrap
            }
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                width: parent.width
                text: "— " + quotePanel.view.speaker + (quotePanel.view.role ? ", " + quotePanel.view.role : "")
                      + (quotePanel.view.date ? " (" + quotePanel.view.date + ")" : "")
                color: Theme.accent
                font.family: Theme.sans
                font.pixelSize: Theme.body
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                width: parent.width
                visible: quotePanel.view.original !== ""
                text: qsTr("Original (%1): %2").arg(quotePanel.view.originalLanguage).arg(quotePanel.view.original)
                color: Theme.muted
                font.family: Theme.serif
                font.pixelSize: Theme.small
                wrapMode: Text.WordWrap
            }
            BodyText {
                width: parent.width
                visible: text !== ""
                text: quotePanel.view.context
            }
            Rectangle {
                width: parent.width
                visible: quotePanel.view.verification !== ""
                height: verification.implicitHeight + 2 * Theme.gap
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.accent
                border.width: 2 * Theme.unit
                BodyText {
                    id: verification
                    objectName: "quoteVerification"
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    font.pixelSize: Theme.small
                    text: "<b>" + qsTr("Did they say it?") + "</b> " + quotePanel.view.verification
                }
            }
        }
    }

    MoreBelow { flickable: scroller }
}
