import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

Window {
    id: root
    objectName: "kioskWindow"
    width: 1280
    height: 800
    color: Theme.background
    title: Backend.exhibitTitle || "Kiosk"

    Binding { target: Theme; property: "unit"; value: Math.min(root.width, root.height) / 1080 }
    Binding { target: Theme; property: "portrait"; value: root.height > root.width }

    Item {
        id: stage
        anchors.fill: parent
        focus: true

        // Keyboard for labs and accessibility: arrows move between panels, Escape goes back.
        Keys.onEscapePressed: Backend.back()
        Keys.onLeftPressed: Backend.previousPanel()
        Keys.onRightPressed: Backend.nextPanel()
        Keys.onReturnPressed: if (Backend.screen === "attract") Backend.start()
        Keys.onEnterPressed: if (Backend.screen === "attract") Backend.start()

        // Screens load by URL, so only the first one is compiled before the first frame.
        Loader {
            id: screenLoader
            objectName: "screenLoader"
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: controls.active ? controls.top : parent.bottom
            source: !Backend.ready ? "UnavailableScreen.qml"
                  : Backend.screen === "attract" ? "AttractScreen.qml"
                  : Backend.screen === "home" ? "HomeScreen.qml" : "SectionScreen.qml"
        }

        // Made when the visit begins, not before the attract loop's first frame.
        Loader {
            id: controls
            objectName: "controlBarLoader"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: item ? item.implicitHeight : 0
            active: Backend.ready && Backend.screen !== "attract"
            source: "ControlBar.qml"
        }
    }

    Loader {
        anchors.fill: parent
        active: Backend.sourcesOpen
        source: "SourcesSheet.qml"
    }

    Loader {
        anchors.fill: parent
        active: Backend.idleState === "warning"
        source: "IdleOverlay.qml"
    }

    // The operator's way in: five taps on the top-left corner (or Ctrl+Shift+O), then the PIN.
    MouseArea {
        objectName: "operatorCorner"
        width: Theme.touch
        height: Theme.touch
        onClicked: Backend.cornerTap()
    }
    Shortcut {
        sequence: "Ctrl+Shift+O"
        onActivated: Backend.requestOperator()
    }
    Loader {
        anchors.fill: parent
        active: Backend.pinOpen
        source: "PinPad.qml"
    }
    Loader {
        anchors.fill: parent
        active: Backend.operatorOpen
        source: "OperatorPanel.qml"
    }
}
