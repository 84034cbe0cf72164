import QtQuick
import Kiosk

// A map's − and +: under the map, at the foot of a pedestal's column, and on the opened map.
Row {
    id: zoom
    required property MapCanvas canvas
    property bool inView: true
    property string suffix: ""  // names the pair for tests and the proof: zoomOut, zoomOutLow, ...
    spacing: Theme.gap
    KButton {
        objectName: "zoomOut" + zoom.suffix
        activeFocusOnTab: zoom.inView
        text: "−"
        fontSize: 46 * Theme.unit  // a sign, not reading text: it keeps its size so it fits its button
        width: Theme.touch
        enabled: zoom.canvas.zoom > 1.01
        Accessible.name: qsTr("Zoom out")
        onClicked: zoom.canvas.zoomBy(1 / 1.5)
    }
    KButton {
        objectName: "zoomIn" + zoom.suffix
        activeFocusOnTab: zoom.inView
        text: "+"
        fontSize: 46 * Theme.unit  // a sign, not reading text: it keeps its size so it fits its button
        width: Theme.touch
        enabled: zoom.canvas.zoom < zoom.canvas.maxZoom - 0.01
        Accessible.name: qsTr("Zoom in")
        onClicked: zoom.canvas.zoomBy(1.5)
    }
}
