import QtQuick
import KioskBackend
import Kiosk

// A panel's deeper layer, opened by "More": the panel stays in view beside (or above) it, Back
// or "Close" closes it. Scrolls with a finger, or with the arrow and page keys.
Rectangle {
    id: sheet
    objectName: "moreSheet"
    property string title: ""
    property string text: ""
    readonly property bool low: Theme.reachTop > 0
    color: Theme.surface
    radius: Theme.radius
    border.width: Theme.outlineWidth
    border.color: Theme.outline
    MouseArea { anchors.fill: parent }  // taps on the sheet stay on it
    FocusRing { target: scroller; outside: Theme.gap / 2 }

    Text {
        textFormat: Text.PlainText
        id: heading
        anchors.left: parent.left
        anchors.right: sheet.low ? parent.right : closeButton.left
        anchors.top: parent.top
        anchors.margins: Theme.margin / 2
        text: qsTr("More") + " · " + sheet.title
        color: Theme.accent
        font.family: Theme.sans
        font.pixelSize: Theme.lead
        font.bold: true
        wrapMode: Text.WordWrap  // whole at any text size: the text below moves down instead
    }
    KButton {
        id: closeButton
        objectName: "closeMore"
        anchors.right: parent.right
        // beside the heading; at the foot on a wall screen, within reach (Theme.reachTop)
        anchors.top: sheet.low ? undefined : parent.top
        anchors.bottom: sheet.low ? parent.bottom : undefined
        anchors.margins: Theme.margin / 2
        text: qsTr("Close")
        onClicked: Visit.closeDetail()
    }
    Flickable {
        id: scroller
        objectName: "moreText"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: sheet.low || heading.height > closeButton.height ? heading.bottom : closeButton.bottom
        anchors.bottom: sheet.low ? closeButton.top : parent.bottom
        anchors.margins: Theme.margin / 2
        contentHeight: body.implicitHeight
        interactive: contentHeight > height + 1
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        clip: true
        // The focus is here as the sheet opens; Up and Down scroll, and at the end move the focus on.
        focus: true
        activeFocusOnTab: true
        Accessible.role: Accessible.Pane
        Accessible.name: heading.text
        Keys.onUpPressed: (event) => {
            event.accepted = !atYBeginning
            contentY = Math.max(0, contentY - Theme.body * 2)
        }
        Keys.onDownPressed: (event) => {
            event.accepted = !atYEnd
            contentY = Math.max(0, Math.min(contentHeight - height, contentY + Theme.body * 2))
        }
        Keys.onPressed: (event) => {
            if (event.key === Qt.Key_PageDown || event.key === Qt.Key_PageUp) {
                const step = (event.key === Qt.Key_PageDown ? 1 : -1) * height * 0.9
                contentY = Math.max(0, Math.min(contentHeight - height, contentY + step))
                event.accepted = true
            }
        }
        BodyText {
            id: body
            objectName: "moreBody"
            width: Math.min(scroller.width, Theme.measure(font.pixelSize))
            text: sheet.text
        }
    }
    MoreBelow { flickable: scroller; fill: Theme.surface }
}
