import QtQuick
import Kiosk

// Body text that scrolls only when a larger text size makes it taller than its place.
Item {
    property alias text: body.text
    property alias font: body.font
    //: The text's full height, scrolled or not.
    readonly property real contentHeight: body.implicitHeight

    Flickable {
        id: scroller
        anchors.fill: parent
        contentHeight: body.implicitHeight
        interactive: contentHeight > height + 1
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        clip: true
        BodyText {
            id: body
            width: scroller.width
        }
    }
    MoreBelow { flickable: scroller }
}
