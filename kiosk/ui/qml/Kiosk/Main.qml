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
        Keys.onEscapePressed: {
            if (sources.visible) sources.close()
            else Backend.back()
        }
        Keys.onLeftPressed: Backend.previousPanel()
        Keys.onRightPressed: Backend.nextPanel()
        Keys.onReturnPressed: if (Backend.screen === "attract") Backend.start()
        Keys.onEnterPressed: if (Backend.screen === "attract") Backend.start()

        Loader {
            id: screenLoader
            objectName: "screenLoader"
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: Backend.screen === "attract" || !Backend.ready ? parent.bottom : controls.top
            sourceComponent: !Backend.ready ? unavailable
                           : Backend.screen === "attract" ? attract
                           : Backend.screen === "home" ? home : section
        }

        ControlBar {
            id: controls
            objectName: "controlBar"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: implicitHeight
            visible: Backend.ready && Backend.screen !== "attract"
        }
    }

    SourcesSheet {
        id: sources
        objectName: "sourcesSheet"
        anchors.fill: parent
    }

    IdleOverlay {
        objectName: "idleOverlay"
        anchors.fill: parent
        visible: Backend.idleState === "warning"
    }

    Component { id: unavailable; UnavailableScreen {} }
    Component { id: attract; AttractScreen {} }
    Component { id: home; HomeScreen {} }
    Component {
        id: section
        SectionScreen { onSourcesRequested: sources.open() }
    }
}
