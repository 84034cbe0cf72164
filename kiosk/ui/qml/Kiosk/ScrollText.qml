import QtQuick
import Kiosk

// Body text that scrolls only when a larger text size makes it taller than its place (by finger
// or, with the focus, the keys: ScrollArea).
Item {
    property alias text: body.text
    property alias font: body.font
    //: The text's full height, scrolled or not.
    readonly property real contentHeight: body.implicitHeight
    property alias inView: scroller.inView

    ScrollArea {
        id: scroller
        anchors.fill: parent
        contentHeight: body.implicitHeight
        BodyText {
            id: body
            width: scroller.width
        }
    }
    MoreBelow { flickable: scroller }
}
