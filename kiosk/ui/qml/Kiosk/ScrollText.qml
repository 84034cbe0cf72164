import QtQuick
import Kiosk

// Body text that scrolls only when a larger text size makes it taller than its place.
Flickable {
    id: scroller
    property alias text: body.text
    property alias font: body.font
    contentHeight: body.implicitHeight
    interactive: contentHeight > height + 1
    boundsBehavior: Flickable.StopAtBounds
    flickableDirection: Flickable.VerticalFlick
    clip: true
    BodyText {
        id: body
        width: scroller.width
    }
    Rectangle {  // a hint that there is more below
        visible: scroller.interactive && !scroller.atYEnd
        anchors.bottom: parent.bottom
        width: parent.width
        height: 40 * Theme.unit
        gradient: Gradient {
            GradientStop { position: 0; color: "transparent" }
            GradientStop { position: 1; color: Theme.background }
        }
    }
}
