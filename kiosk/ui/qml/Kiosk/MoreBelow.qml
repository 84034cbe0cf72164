import QtQuick
import Kiosk

// A fade at the foot of a scrolling area that says "there is more below" until it is read.
Rectangle {
    required property Flickable flickable
    visible: flickable.interactive && !flickable.atYEnd
    anchors.bottom: flickable.bottom
    anchors.left: flickable.left
    anchors.right: flickable.right
    height: 56 * Theme.unit
    gradient: Gradient {
        GradientStop { position: 0; color: "transparent" }
        GradientStop { position: 1; color: Theme.background }
    }
}
