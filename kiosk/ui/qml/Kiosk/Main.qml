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
    title: Content.exhibitTitle || "Kiosk"

    //: The smallest touch target on this screen in device pixels (10 mm; set by kiosk.ui.app).
    property real touchTarget: 0
    //: The smallest text (9 pt) and the highest point in reach, in pixels (kiosk.ui.window).
    property real textFloor: 0
    property real reachTop: 0
    Binding { target: Theme; property: "touchTarget"; value: root.touchTarget }
    Binding { target: Theme; property: "textFloor"; value: root.textFloor }
    Binding { target: Theme; property: "reachTop"; value: root.reachTop }
    Binding { target: Theme; property: "unit"; value: Math.min(root.width, root.height) / 1080 }
    Binding { target: Theme; property: "portrait"; value: root.height > root.width }

    Item {
        id: stage
        anchors.fill: parent
        focus: true

        // Keyboard for labs and accessibility: arrows move between panels, Escape goes back.
        Keys.onEscapePressed: Visit.back()
        Keys.onLeftPressed: Visit.previousPanel()
        Keys.onRightPressed: Visit.nextPanel()
        Keys.onReturnPressed: if (Visit.screen === "attract") Visit.start()
        Keys.onEnterPressed: if (Visit.screen === "attract") Visit.start()

        // Screens load by URL, so only the first one is compiled before the first frame.
        Loader {
            id: screenLoader
            objectName: "screenLoader"
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: controls.active ? controls.top : parent.bottom
            source: !Content.ready ? "UnavailableScreen.qml"
                  : Visit.screen === "attract" ? "AttractScreen.qml"
                  : Visit.screen === "home" ? "HomeScreen.qml" : "SectionScreen.qml"
        }

        // Made when the visit begins, not before the attract loop's first frame.
        Loader {
            id: controls
            objectName: "controlBarLoader"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: item ? (item as Item).implicitHeight : 0
            active: Content.ready && Visit.screen !== "attract"
            source: "ControlBar.qml"
        }

        // Over the screen, not the controls: Back, Home and the languages stay in reach.
        Loader {
            anchors.fill: screenLoader
            active: Visit.sourcesOpen
            source: "SourcesSheet.qml"
        }
        // Text size, contrast and motion: over the screen, just above the button that opens it.
        Loader {
            objectName: "displayLoader"
            anchors.fill: screenLoader
            active: Visit.displayOpen && controls.active
            source: "DisplaySheet.qml"
        }
    }


    // Audio description (Player.describing): each screen described aloud as it opens.
    Loader {
        objectName: "describerLoader"
        active: Player.describing && Content.ready && Visit.screen !== "attract"
        source: "Describer.qml"
    }

    Loader {
        anchors.fill: parent
        active: Idle.state === "warning"
        source: "IdleOverlay.qml"
    }

    // The operator's way in: five taps on the top-left corner (or Ctrl+Shift+O), then the PIN.
    MouseArea {
        objectName: "operatorCorner"
        width: Theme.touch
        height: Theme.touch
        onClicked: Operator.cornerTap()
    }
    Shortcut {
        sequence: "Ctrl+Shift+O"
        onActivated: Operator.request()
    }
    Loader {
        anchors.fill: parent
        active: Operator.pinOpen
        source: "PinPad.qml"
    }
    Loader {
        anchors.fill: parent
        active: Operator.panelOpen
        source: "OperatorPanel.qml"
    }
}
