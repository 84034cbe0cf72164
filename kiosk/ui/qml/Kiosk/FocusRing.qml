import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// The focus indicator of every control the keyboard or a keypad reaches: a black band round the
// control and a white band round that, drawn outside its edge (`outside`; 0 where a clipping
// parent would cut it), so one band stands out on the control and the other on what lies around.
// It shows only while the control (`target`: its parent, or a sibling where the control clips
// what it holds) has the focus and the visitor uses keys (Keypad.active): a touch hides it.
//
// Made only while it shows: every control has one, and a visitor who only touches never needs any.
Loader {
    id: ring
    objectName: "focusRing"
    property Item target: parent
    property real cornerRadius: Theme.radius
    property real outside: 2 * Theme.focusWidth
    readonly property color light: Theme.focusLight
    readonly property color dark: Theme.focusDark
    active: target.activeFocus && Keypad.active
    visible: active
    anchors.fill: target
    anchors.margins: -outside
    z: 1000
    sourceComponent: Rectangle {
        radius: ring.cornerRadius + ring.outside
        color: "transparent"
        border.width: Theme.focusWidth
        border.color: ring.light
        Rectangle {
            anchors.fill: parent
            anchors.margins: Theme.focusWidth
            radius: Math.max(0, parent.radius - Theme.focusWidth)
            color: "transparent"
            border.width: Theme.focusWidth
            border.color: ring.dark
        }
    }
}
