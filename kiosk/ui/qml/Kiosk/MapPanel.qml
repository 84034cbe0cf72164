import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// A map: pinch to zoom, tap a point to read about it, and (with dated layers) a date slider
// that replays events: each point takes the state it had at the chosen date.
Item {
    id: mapPanel
    property var view: ({})
    readonly property var hotspots: view.hotspots || []
    readonly property var layers: view.layers || []
    property int step: -1
    property int selected: -1
    onSelectedChanged: if (mapPanel.selected >= 0) Analytics.opened("hotspot", mapPanel.hotspots[mapPanel.selected].hotspotId || "", mapPanel.selected)
    readonly property var zoneStates: step >= 0 && step < layers.length ? layers[step].states : (view.initialStates || [])
    // Which hotspots have room for a full touch target at the current zoom: in the curator's
    // order, a point is shown only if it is a target and a gap away from every point already
    // shown. The rest appear as the visitor zooms in.
    readonly property var shown: {
        const room = Theme.touch + Theme.gap
        const placed = []
        const result = []
        for (let i = 0; i < hotspots.length; i++) {
            const x = hotspots[i].x * picture.paintedWidth, y = hotspots[i].y * picture.paintedHeight
            const fits = placed.every(p => Math.hypot(p[0] - x, p[1] - y) >= room)
            result.push(fits || i === selected)
            if (fits)
                placed.push([x, y])
        }
        return result
    }
    readonly property bool crowded: shown.indexOf(false) >= 0
    readonly property var stateColours: ({
        info: Theme.accent, held: "#6fa8dc", attacked: "#f0a030", fallen: "#d9483b", abandoned: "#9a948a"
    })

    PanelTitle {
        id: title
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: mapPanel.view.title
    }

    ZoomView {
        id: zoom
        objectName: "mapZoom"
        anchors.left: parent.left
        anchors.top: title.bottom
        anchors.topMargin: Theme.gap
        width: Theme.portrait ? parent.width : parent.width * 0.6
        height: Theme.portrait ? parent.height * 0.55 : parent.height - title.height - Theme.gap - credit.height

        MediaImage {
            id: picture
            anchors.fill: parent
            media: mapPanel.view.image || ({})
            showCredit: false
        }
        Repeater {
            model: mapPanel.hotspots
            Rectangle {
                id: spot
                required property var modelData
                required property int index
                objectName: "hotspot_" + modelData.hotspotId
                visible: mapPanel.shown[index] === true
                readonly property string state_: mapPanel.zoneStates[index] || "info"
                readonly property real originX: (zoom.canvas.width - picture.paintedWidth) / 2
                readonly property real originY: (zoom.canvas.height - picture.paintedHeight) / 2
                x: originX + modelData.x * picture.paintedWidth - width / 2
                y: originY + modelData.y * picture.paintedHeight - height / 2
                width: Theme.touch * 0.5  // drawn small so the map's labels stay readable;
                height: width             // the touch area below is a full target
                radius: width / 2
                color: "transparent"
                border.width: 5 * Theme.unit
                border.color: mapPanel.stateColours[state_]
                scale: spotArea.pressed ? 0.9 : 1
                Accessible.role: Accessible.Button
                Accessible.name: modelData.title
                Rectangle {
                    anchors.centerIn: parent
                    width: parent.width * 0.4
                    height: width
                    radius: width / 2
                    color: mapPanel.selected === spot.index ? Theme.text : mapPanel.stateColours[spot.state_]
                }
                MouseArea {  // the target is larger than the ring: a full touch size
                    id: spotArea
                    anchors.centerIn: parent
                    width: Theme.touch
                    height: Theme.touch
                    onClicked: mapPanel.selected = spot.index
                }
            }
        }
    }
    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        id: credit
        anchors.left: zoom.left
        anchors.top: zoom.bottom
        width: zoom.width
        text: (mapPanel.crowded ? qsTr("Zoom in to see every place.") + "  " : "")
              + (mapPanel.view.image ? mapPanel.view.image.credit + " · " + mapPanel.view.image.licence : "")
        color: Theme.muted
        font.family: Theme.sans
        font.pixelSize: 18 * Theme.unit
        wrapMode: Text.WordWrap
    }

    Item {
        id: side
        anchors.left: Theme.portrait ? parent.left : zoom.right
        anchors.leftMargin: Theme.portrait ? 0 : Theme.margin / 2
        anchors.right: parent.right
        anchors.top: Theme.portrait ? credit.bottom : title.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: parent.bottom

        Column {
            id: timeControls
            width: parent.width
            spacing: Theme.gap / 2
            visible: mapPanel.layers.length > 0
            height: visible ? implicitHeight : 0
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                objectName: "layerDate"
                width: parent.width
                text: mapPanel.step >= 0 ? mapPanel.layers[mapPanel.step].date : qsTr("At the start")
                color: Theme.accent
                font.family: Theme.sans
                font.pixelSize: Theme.lead
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Row {
                width: parent.width
                spacing: Theme.gap
                KButton {
                    objectName: "layerBack"
                    text: "‹"
                    width: Theme.touch
                    fontSize: Theme.heading
                    enabled: mapPanel.step > -1
                    Accessible.name: qsTr("Earlier")
                    onClicked: mapPanel.step -= 1
                }
                StepSlider {
                    objectName: "layerSlider"
                    width: parent.width - 2 * (Theme.touch + Theme.gap)
                    from: -1
                    to: mapPanel.layers.length - 1
                    value: mapPanel.step
                    onMoved: (value) => mapPanel.step = value
                    Accessible.name: qsTr("Date")
                }
                KButton {
                    objectName: "layerForward"
                    text: "›"
                    width: Theme.touch
                    fontSize: Theme.heading
                    enabled: mapPanel.step < mapPanel.layers.length - 1
                    Accessible.name: qsTr("Later")
                    onClicked: mapPanel.step += 1
                }
            }
            Flow {
                width: parent.width
                spacing: Theme.gap
                Repeater {
                    model: [["held", qsTr("Held")], ["attacked", qsTr("Under attack")],
                            ["fallen", qsTr("Fallen")], ["abandoned", qsTr("Abandoned")]]
                    Row {
                        id: legendItem
                        required property var modelData
                        spacing: 6 * Theme.unit
                        Rectangle {
                            anchors.verticalCenter: parent.verticalCenter
                            width: 22 * Theme.unit
                            height: width
                            radius: width / 2
                            color: mapPanel.stateColours[legendItem.modelData[0]]
                        }
                        Text {
                            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                            text: legendItem.modelData[1]
                            color: Theme.muted
                            font.family: Theme.sans
                            font.pixelSize: 20 * Theme.unit
                        }
                    }
                }
            }
        }

        Item {
            anchors.top: timeControls.bottom
            anchors.topMargin: Theme.gap
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            readonly property bool showSpot: mapPanel.selected >= 0
            readonly property var spot: showSpot ? mapPanel.hotspots[mapPanel.selected] : ({})
            readonly property var era: mapPanel.step >= 0 ? mapPanel.layers[mapPanel.step] : ({})

            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                id: infoTitle
                objectName: "mapInfoTitle"
                anchors.left: parent.left
                anchors.right: closeSpot.visible ? closeSpot.left : parent.right
                anchors.rightMargin: closeSpot.visible ? Theme.gap : 0
                text: (parent.showSpot ? parent.spot.title : parent.era.title) || qsTr("Touch a point on the map")
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.lead
                font.bold: true
                wrapMode: Text.WordWrap
            }
            KButton {
                id: closeSpot
                objectName: "closeHotspot"
                anchors.right: parent.right
                visible: parent.showSpot
                text: qsTr("Close")
                onClicked: mapPanel.selected = -1
            }
            ScrollText {
                objectName: "mapInfoBody"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: closeSpot.visible && closeSpot.height > infoTitle.height ? closeSpot.bottom : infoTitle.bottom
                anchors.topMargin: Theme.gap / 2
                anchors.bottom: parent.bottom
                text: (parent.showSpot ? parent.spot.body : parent.era.body) || ""
            }
        }
    }
}
