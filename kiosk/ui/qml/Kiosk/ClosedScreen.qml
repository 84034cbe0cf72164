pragma ComponentBehavior: Bound
import QtQuick

// The screen while the museum is closed (kiosk.ui.hours): black, over everything, and it takes
// every press, so the touch that wakes the kiosk is never a tap on what lies beneath.
Rectangle {
    id: closedScreen
    objectName: "closedScreen"
    color: "black"
    z: 10000
    visible: false

    signal touched

    MouseArea {
        objectName: "closedTouchArea"
        anchors.fill: parent
        enabled: closedScreen.visible
        onPressed: closedScreen.touched()
    }
}
