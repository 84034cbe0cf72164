import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// Where a panel's words come from: its source note and the full citations.
Rectangle {
    id: sheet
    objectName: "sourcesSheet"
    color: "#e6000000"

    MouseArea {
        anchors.fill: parent
        onClicked: Visit.closeSources()
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Close")
        Accessible.onPressAction: Visit.closeSources()
    }

    Rectangle {
        id: card
        anchors.fill: parent
        anchors.margins: Theme.margin
        radius: Theme.radius
        color: Theme.surface
        MouseArea { anchors.fill: parent }  // taps on the card do not close it
        FocusRing { target: scroller; outside: Theme.gap / 2 }

        Text {
            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
            id: heading
            anchors.left: parent.left
            anchors.right: Theme.reachTop > 0 ? parent.right : closeButton.left
            anchors.top: parent.top
            anchors.margins: Theme.margin
            text: qsTr("Sources") + " · " + Content.currentSources.title
            color: Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.heading
            font.bold: true
            wrapMode: Text.WordWrap
        }
        KButton {
            id: closeButton
            objectName: "closeSources"
            anchors.right: parent.right
            // at the top beside the heading; at the foot on a wall screen, within reach
            anchors.top: Theme.reachTop > 0 ? undefined : parent.top
            anchors.bottom: Theme.reachTop > 0 ? parent.bottom : undefined
            anchors.margins: Theme.margin
            text: qsTr("Close")
            onClicked: Visit.closeSources()
        }
        Flickable {
            id: scroller
            objectName: "sourcesText"
            // The focus is here as the sheet opens; Up and Down scroll, and at the end move the focus on.
            focus: true
            activeFocusOnTab: true
            Accessible.role: Accessible.Pane
            Accessible.name: heading.text
            interactive: contentHeight > height + 1
            Keys.onUpPressed: (event) => {
                event.accepted = !atYBeginning
                contentY = Math.max(0, contentY - Theme.body * 2)
            }
            Keys.onDownPressed: (event) => {
                event.accepted = !atYEnd
                contentY = Math.max(0, Math.min(contentHeight - height, contentY + Theme.body * 2))
            }
            anchors.top: heading.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: Theme.reachTop > 0 ? closeButton.top : parent.bottom
            anchors.margins: Theme.margin
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Column {
                id: column
                width: parent.width
                spacing: Theme.gap
                SheetHeading {
                    visible: Content.currentSources.note !== ""
                    text: qsTr("How this panel uses its sources")
                }
                BodyText {
                    width: Math.min(parent.width, Theme.measure(font.pixelSize))
                    visible: text !== ""
                    text: Content.currentSources.note
                }
                SheetHeading {
                    text: qsTr("Works cited")
                }
                Repeater {
                    model: Content.currentSources.entries
                    Column {
                        required property var modelData
                        width: column.width
                        spacing: 4 * Theme.unit
                        Text {
                            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                            width: Math.min(parent.width, Theme.measure(font.pixelSize))
                            text: "• " + parent.modelData.citation
                            color: Theme.text
                            font.family: Theme.serif
                            font.pixelSize: Theme.small
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                            width: Math.min(parent.width, Theme.measure(font.pixelSize))
                            visible: text !== ""
                            text: parent.modelData.note
                            color: Theme.muted
                            font.family: Theme.sans
                            font.pixelSize: Theme.small
                            wrapMode: Text.WordWrap
                            leftPadding: Theme.gap
                        }
                    }
                }
            }
        }
        MoreBelow { flickable: scroller; fill: Theme.surface }
    }

    component SheetHeading: Text {
        textFormat: Text.PlainText
        width: column.width
        color: Theme.accent
        font.family: Theme.sans
        font.pixelSize: Theme.body
        font.bold: true
        topPadding: Theme.gap / 2
    }
}
