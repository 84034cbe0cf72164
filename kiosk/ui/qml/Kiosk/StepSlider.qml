import QtQuick
import Kiosk

// A slider over whole steps `from`..`to`: drag the handle or tap the track, or with the focus
// Left and Right (`keyStep` a press). It keeps the drag from the panel list, so moving through
// dates never swipes to another panel.
Item {
    id: slider
    property int from: 0
    property int to: 0
    property int value: from
    property int keyStep: 1
    signal moved(int value)

    function stepBy(n: int) {
        const v = Math.max(from, Math.min(to, value + n))
        if (v !== value)
            moved(v)
    }

    implicitHeight: Theme.touch
    activeFocusOnTab: true
    Accessible.role: Accessible.Slider
    Accessible.onIncreaseAction: slider.stepBy(slider.keyStep)
    Accessible.onDecreaseAction: slider.stepBy(-slider.keyStep)
    Keys.onLeftPressed: slider.stepBy(-slider.keyStep)
    Keys.onRightPressed: slider.stepBy(slider.keyStep)
    FocusRing { cornerRadius: slider.height / 2 }

    function valueAt(x) {
        const span = Math.max(1, track.width - handle.width)
        const f = Math.max(0, Math.min(1, (x - handle.width / 2) / span))
        return from + Math.round(f * (to - from))
    }

    Rectangle {
        id: track
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width
        height: 10 * Theme.unit
        radius: height / 2
        color: Theme.line  // a mark, not a fill: 3:1 at least on the page (4.5:1 in high contrast)
    }
    Rectangle {
        id: handle
        objectName: "sliderHandle"
        width: Theme.touch
        height: Theme.touch
        radius: width / 2
        anchors.verticalCenter: parent.verticalCenter
        x: slider.to > slider.from ? (slider.value - slider.from) / (slider.to - slider.from) * (track.width - width) : 0
        color: area.pressed ? Theme.pressed : Theme.accent
        border.width: Math.max(2, 3 * Theme.unit)  // the handle stands apart from the track under it
        border.color: Theme.background
    }
    MouseArea {
        id: area
        objectName: "sliderArea"
        anchors.fill: parent
        preventStealing: true
        function update(x) {
            const v = slider.valueAt(x)
            if (v !== slider.value)
                slider.moved(v)
        }
        onPressed: (mouse) => update(mouse.x)
        onPositionChanged: (mouse) => update(mouse.x)
    }
}
