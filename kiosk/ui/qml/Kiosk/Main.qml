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

    // Where the focus goes back to when what an opener opened closes (a sheet, the PIN pad...).
    function restore(item: Item) {
        if (item && item.visible)
            item.forceActiveFocus(Qt.OtherFocusReason)
    }
    // Up and Down (or the keypad's) move the focus once a scrolling text has had them.
    function moveFocus(forward: bool) {
        const from = root.activeFocusItem ?? stage
        const to = from.nextItemInFocusChain(forward)
        if (to)
            to.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
    }
    // Escape (or the keypad's back) closes the topmost thing opened: the keys sheet, the Display
    // sheet, a sheet on the panel, a place or an event opened in it; with nothing open it goes back.
    function back() {
        if (Keypad.helpOpen)
            Keypad.closeHelp()
        else if (Visit.displayOpen || Visit.detail !== ""
                 || !((screenLoader.item as SectionScreen)?.closeInner() ?? false))
            Visit.back()
    }

    // Everything on screen, overlays too: Up and Down move the focus wherever it is.
    FocusScope {
        id: everything
        anchors.fill: parent
        focus: true
        Keys.onDownPressed: root.moveFocus(true)
        Keys.onUpPressed: root.moveFocus(false)

        FocusScope {
            id: stage
            anchors.fill: parent
            focus: true

            // The keys (kiosk.keypad: a keypad's own keys arrive here as these): Left and Right turn
            // the page, Escape goes back (Up and Down: `everything`). Tab and Return are the controls'.
            Keys.onEscapePressed: root.back()
            Keys.onLeftPressed: Visit.previousPanel()
            Keys.onRightPressed: Visit.nextPanel()

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
                // The focus moves into each screen as it opens (to the control it names with focus).
                focus: true
                onLoaded: screenLoader.forceActiveFocus(Qt.OtherFocusReason)
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
                id: sourcesLoader
                anchors.fill: screenLoader
                active: Visit.sourcesOpen
                source: "SourcesSheet.qml"
                property Item opener: null
                onLoaded: { opener = root.activeFocusItem; forceActiveFocus(Qt.OtherFocusReason) }
                onActiveChanged: if (!active) root.restore(opener)
            }
            // Text size, contrast and motion: over the screen, just above the button that opens it.
            Loader {
                id: displayLoader
                objectName: "displayLoader"
                anchors.fill: screenLoader
                active: Visit.displayOpen && controls.active
                source: "DisplaySheet.qml"
                property Item opener: null
                onLoaded: { opener = root.activeFocusItem; forceActiveFocus(Qt.OtherFocusReason) }
                onActiveChanged: if (!active) root.restore(opener)
            }
        }

        // Audio description (Player.describing): each screen described aloud as it opens.
        Loader {
            objectName: "describerLoader"
            active: Player.describing && Content.ready && Visit.screen !== "attract"
            source: "Describer.qml"
        }


        Loader {
            id: idleLoader
            anchors.fill: parent
            active: Idle.state === "warning"
            source: "IdleOverlay.qml"
            property Item opener: null
            onLoaded: { opener = root.activeFocusItem; forceActiveFocus(Qt.OtherFocusReason) }
            onActiveChanged: if (!active) root.restore(opener)
        }
        Loader {
            id: keysLoader
            anchors.fill: parent
            active: Keypad.helpOpen
            source: "KeysSheet.qml"
            property Item opener: null
            onLoaded: { opener = root.activeFocusItem; forceActiveFocus(Qt.OtherFocusReason) }
            onActiveChanged: if (!active) root.restore(opener)
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
            id: pinLoader
            anchors.fill: parent
            active: Operator.pinOpen
            source: "PinPad.qml"
            property Item opener: null
            onLoaded: { opener = root.activeFocusItem; forceActiveFocus(Qt.OtherFocusReason) }
            onActiveChanged: if (!active && !Operator.panelOpen) root.restore(opener)
        }
        Loader {
            id: operatorLoader
            anchors.fill: parent
            active: Operator.panelOpen
            source: "OperatorPanel.qml"
            onLoaded: forceActiveFocus(Qt.OtherFocusReason)
            onActiveChanged: if (!active) screenLoader.forceActiveFocus(Qt.OtherFocusReason)
        }
    }
}
