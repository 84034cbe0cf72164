import QtQuick
import Kiosk

// A text that scrolls up and down, by finger or by key: Tab reaches it while it scrolls (and its
// panel is the one in view, `inView`); then Up and Down scroll a few lines, Page Up and Page Down
// most of a screen, and at either end Up and Down move the focus on as elsewhere.
Flickable {
    id: area
    objectName: "scrollArea"
    property bool inView: true
    property string name: qsTr("Text that scrolls")

    function scrollBy(dy: real): bool {
        const to = Math.max(0, Math.min(contentHeight - height, contentY + dy))
        if (Math.abs(to - contentY) < 0.5)
            return false
        contentY = to
        return true
    }

    flickableDirection: Flickable.VerticalFlick
    boundsBehavior: Flickable.StopAtBounds
    interactive: contentHeight > height + 1
    clip: true
    activeFocusOnTab: inView && interactive && height > 0
    Accessible.role: Accessible.Pane
    Accessible.name: area.name
    Keys.onUpPressed: (key) => key.accepted = area.scrollBy(-2 * Theme.body)
    Keys.onDownPressed: (key) => key.accepted = area.scrollBy(2 * Theme.body)
    Keys.onPressed: (key) => {
        if (key.key === Qt.Key_PageDown || key.key === Qt.Key_PageUp)
            key.accepted = area.scrollBy((key.key === Qt.Key_PageDown ? 0.9 : -0.9) * area.height)
    }
    // On the area itself, not its content (which scrolls), and inside its edge (it clips).
    FocusRing { parent: area; outside: 0; cornerRadius: Theme.radius / 2 }
}
