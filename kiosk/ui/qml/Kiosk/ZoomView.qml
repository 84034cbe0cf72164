import QtQuick
import Kiosk

// Pinch to zoom and drag to pan (touch), or the + / − buttons (mouse). At zoom 1 it lets
// horizontal swipes through to the panel list, so a visitor can always swipe on.
Item {
    id: zoomView

    property real zoom: 1
    property real maxZoom: 4
    property bool inView: true  // only then do its buttons take the keyboard's focus
    default property alias content: canvas.data
    readonly property alias canvas: canvas

    function setZoom(value, px, py) {
        const z = Math.max(1, Math.min(maxZoom, value))
        const cx = (flick.contentX + px) / zoom
        const cy = (flick.contentY + py) / zoom
        zoom = z
        flick.contentX = Math.max(0, Math.min(canvas.width - flick.width, cx * z - px))
        flick.contentY = Math.max(0, Math.min(canvas.height - flick.height, cy * z - py))
    }
    function reset() {
        zoom = 1
        flick.contentX = 0
        flick.contentY = 0
    }

    clip: true

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: canvas.width
        contentHeight: canvas.height
        interactive: zoomView.zoom > 1.01
        boundsBehavior: Flickable.StopAtBounds
        Item {
            id: canvas
            width: flick.width * zoomView.zoom
            height: flick.height * zoomView.zoom
        }
    }

    PinchHandler {
        id: pinch
        property real startZoom: 1
        target: null
        onActiveChanged: if (active) startZoom = zoomView.zoom
        onActiveScaleChanged: {
            if (active)
                zoomView.setZoom(startZoom * activeScale, centroid.position.x, centroid.position.y)
        }
    }

    Column {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        spacing: Theme.gap
        KButton {
            objectName: "zoomIn"
            activeFocusOnTab: zoomView.inView
            text: "+"
            fontSize: 46 * Theme.unit  // a sign, not reading text: it keeps its size so it fits its button
            width: Theme.touch
            Accessible.name: qsTr("Zoom in")
            onClicked: zoomView.setZoom(zoomView.zoom * 1.5, zoomView.width / 2, zoomView.height / 2)
        }
        KButton {
            objectName: "zoomOut"
            activeFocusOnTab: zoomView.inView
            text: "−"
            fontSize: 46 * Theme.unit  // a sign, not reading text: it keeps its size so it fits its button
            width: Theme.touch
            enabled: zoomView.zoom > 1.01
            Accessible.name: qsTr("Zoom out")
            onClicked: zoomView.setZoom(zoomView.zoom / 1.5, zoomView.width / 2, zoomView.height / 2)
        }
    }
}
