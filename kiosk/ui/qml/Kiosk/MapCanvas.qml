import QtQuick
import Kiosk

// A map's picture: one finger pans it at any zoom (a drag on a map never turns the page), two
// fingers or zoomBy() zoom it, and a tap reports where it fell on the picture so the panel can
// open what is drawn there. The picture's size at zoom 1 (baseWidth × baseHeight) comes from
// kiosk.maplayout: it covers the box when every point stays in view, else it fits.
Item {
    id: mapCanvas

    property real zoom: 1
    property real maxZoom: 4
    property real baseWidth: width
    property real baseHeight: height
    default property alias content: canvas.data
    readonly property alias canvas: canvas
    signal tapped(real x, real y)

    function clampPan() {
        flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width, flick.contentX))
        flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, flick.contentY))
    }
    function centre() {
        flick.contentX = Math.max(0, (canvas.width - flick.width) / 2)
        flick.contentY = Math.max(0, (canvas.height - flick.height) / 2)
    }
    // Zoom to `value`, keeping the picture's point under (px, py) of the view where it is.
    function setZoom(value, px, py) {
        const z = Math.max(1, Math.min(maxZoom, value))
        const cx = (flick.contentX + px - canvas.x) / zoom
        const cy = (flick.contentY + py - canvas.y) / zoom
        zoom = z
        flick.contentX = cx * z - px + canvas.x
        flick.contentY = cy * z - py + canvas.y
        clampPan()
    }
    function zoomBy(factor) {
        setZoom(zoom * factor, width / 2, height / 2)
    }
    function reset() {
        zoom = 1
        centre()
    }
    // A point of the picture (x, y on the canvas) brought into view, as a point taking the focus is.
    function reveal(x: real, y: real) {
        const vx = x + canvas.x - flick.contentX, vy = y + canvas.y - flick.contentY
        if (vx < 0 || vx > flick.width)
            flick.contentX = x + canvas.x - flick.width / 2
        if (vy < 0 || vy > flick.height)
            flick.contentY = y + canvas.y - flick.height / 2
        clampPan()
    }

    clip: true
    // At zoom 1 the picture sits centred (bindings settle first, then it is placed).
    function recentre() {
        if (zoom <= 1.001)
            centre()
    }
    // A timer, not Qt.callLater: it dies with the map, so a map being destroyed (the visitor
    // left the section) is never called after its functions are gone.
    Timer {
        id: recentreSoon
        interval: 0
        onTriggered: mapCanvas.recentre()
    }
    onWidthChanged: recentreSoon.restart()
    onHeightChanged: recentreSoon.restart()

    Flickable {
        id: flick
        anchors.fill: parent
        interactive: false  // the pan area below moves it, and keeps the drag from the panel list
        contentWidth: Math.max(width, canvas.width)
        contentHeight: Math.max(height, canvas.height)
        Item {
            id: canvas
            x: Math.max(0, (flick.width - width) / 2)
            y: Math.max(0, (flick.height - height) / 2)
            width: mapCanvas.baseWidth * mapCanvas.zoom
            height: mapCanvas.baseHeight * mapCanvas.zoom
            onWidthChanged: recentreSoon.restart()
            onHeightChanged: recentreSoon.restart()
        }
    }

    // One finger pans, two zoom, a touch that does not move is a tap. The gesture is grabbed, so
    // the panel list never takes a drag that started on the map (a swipe elsewhere still turns).
    MultiPointTouchArea {
        id: pan
        objectName: "mapPanArea"
        anchors.fill: parent
        mouseEnabled: true
        maximumTouchPoints: 2
        touchPoints: [
            TouchPoint { id: first },
            TouchPoint { id: second }
        ]
        property bool moved: false
        property real lastX: 0
        property real lastY: 0
        property real pinchGap: 0
        property real pinchZoom: 1

        function startPan(p) {
            lastX = p.x
            lastY = p.y
        }
        function startPinch() {
            pinchGap = Math.max(1, Math.hypot(first.x - second.x, first.y - second.y))
            pinchZoom = mapCanvas.zoom
            moved = true
        }
        onGestureStarted: (gesture) => gesture.grab()
        onPressed: {
            if (first.pressed && second.pressed)
                startPinch()
            else {
                moved = false
                startPan(first.pressed ? first : second)
            }
        }
        onUpdated: {
            if (first.pressed && second.pressed) {
                const gap = Math.hypot(first.x - second.x, first.y - second.y)
                mapCanvas.setZoom(pinchZoom * gap / pinchGap, (first.x + second.x) / 2, (first.y + second.y) / 2)
                return
            }
            const p = first.pressed ? first : second
            if (!moved && Math.hypot(p.x - p.startX, p.y - p.startY) < Theme.gap)
                return
            moved = true
            flick.contentX -= p.x - lastX
            flick.contentY -= p.y - lastY
            mapCanvas.clampPan()
            startPan(p)
        }
        onReleased: (points) => {
            if (first.pressed || second.pressed) {
                startPan(first.pressed ? first : second)  // one finger left of a pinch pans on
                return
            }
            if (!moved && points.length > 0) {
                const q = mapToItem(canvas, points[0].x, points[0].y)
                mapCanvas.tapped(q.x, q.y)
            }
            moved = false
        }
        onCanceled: moved = false
    }
}
