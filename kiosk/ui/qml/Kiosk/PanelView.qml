import QtQuick
import Kiosk

pragma ComponentBehavior: Bound

// One panel in the section's list: loads the file that shows the panel's kind. The file is
// named by the view (kiosk.views.BY_KIND), so a new kind needs no line here.
Item {
    id: panelView
    required property var view
    required property string qml
    required property int index
    objectName: "panel_" + index
    // A panel that slides within itself (the timeline's line) declares `holdsDrag`, true while a
    // finger is on what slides; the section's list then leaves the drag to it (SectionScreen).
    // Panels are loaded by file name, so PanelView knows them only as Items, and qmllint cannot
    // see the property: the one read here that it is told to let pass.
    readonly property bool holdsDrag: shown.item?.holdsDrag === true // qmllint disable missing-property
    // Only the panel in view takes the keyboard: a panel with controls declares `inView` and
    // makes them reachable by Tab only while it is true (the neighbours built beside it are not).
    readonly property bool inView: ListView.isCurrentItem
    property bool takesView: false  // the loaded panel declares inView (read once, as it loads)
    // Escape's first stop: a panel that opens something inside it (a place, an event) declares
    // `closeInner()`, which closes it and says whether there was one.
    function closeInner(): bool {
        return shown.item?.closeInner?.() === true // qmllint disable missing-property
    }

    Loader {
        id: shown
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        // The view is given at creation, so the panel's first bindings already see it.
        Component.onCompleted: shown.setSource(panelView.qml, { view: panelView.view })
        onLoaded: panelView.takesView = "inView" in shown.item
    }
    // ...and kept current after: a language switch brings the same row in another language.
    Binding {
        target: shown.item
        property: "view"
        value: panelView.view
        when: shown.status === Loader.Ready
    }
    Binding {
        target: shown.item
        property: "inView"
        value: panelView.inView
        when: panelView.takesView
    }
}
