import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// A map: drag to pan, pinch or + / − to zoom, tap a point or its name to read about it, and (with
// dated layers) a date slider that replays events, by hand or as a one-minute animation: each
// point takes the state it had at the chosen date, shown by shape, colour and word. The kiosk
// draws every point and name itself (kiosk.maplayout decides which have room and where names go).
Item {
    id: mapPanel
    objectName: "mapPanel"
    property var view: ({})
    readonly property var hotspots: view.hotspots || []
    readonly property var layers: view.layers || []
    property int step: -1
    property int selected: -1
    property bool moreOpen: false
    property bool playing: false
    // The panel in view (PanelView): only then do its controls take the keyboard's focus.
    property bool inView: true
    // Escape (Main.back): an open place closes, the focus back on its point.
    function closeInner(): bool {
        if (mapPanel.mapOpen) {
            mapPanel.shutMap(true)
            return true
        }
        if (mapPanel.selected < 0)
            return false
        mapPanel.close()
        return true
    }
    function close() {
        const spot = spotRepeater.itemAt(mapPanel.selected)
        const refocus = side.activeFocusInside()
        mapPanel.selected = -1
        if (refocus && spot)
            spot.forceActiveFocus(Qt.OtherFocusReason)
    }
    // About a minute for the whole sequence, but no date for less than 1.5 s or more than 8 s.
    property int stepMs: Math.round(Math.max(1500, Math.min(8000, 60000 / Math.max(1, layers.length))))
    onSelectedChanged: {
        mapPanel.moreOpen = false
        if (mapPanel.selected >= 0) {
            mapPanel.mapOpen = false  // a point chosen on the opened map: its words are in the column
            Analytics.opened("hotspot", mapPanel.hotspots[mapPanel.selected].hotspotId || "", mapPanel.selected)
        }
    }
    readonly property var zoneStates: step >= 0 && step < layers.length ? layers[step].states : (view.initialStates || [])
    readonly property var stateColours: Theme.mapStates
    readonly property var stateNames: ({
        info: qsTr("Place"), held: qsTr("Held"), attacked: qsTr("Under attack"),
        fallen: qsTr("Fallen"), abandoned: qsTr("Abandoned")
    })
    readonly property var pictureSize: {
        const v = (view.image && view.image.variants) || []
        const last = v.length > 0 ? v[v.length - 1] : null
        return last && last.w > 0 && last.h > 0 ? [last.w, last.h] : [4, 3]
    }
    readonly property real ring: 22 * Theme.unit  // the drawn marker's radius; its target is Theme.touch
    readonly property real labelPad: 8 * Theme.unit

    function labelText(i) {
        const spot = hotspots[i]
        const state = zoneStates[i] || "info"
        const name = spot.label || spot.title
        return layers.length > 0 && state !== "info" ? name + " · " + stateNames[state] : name
    }
    FontMetrics {
        id: labelMetrics
        font.family: Theme.sans
        font.pixelSize: Theme.small
        font.bold: true
    }
    readonly property var labelSizes: hotspots.map(
        (h, i) => [labelMetrics.advanceWidth(labelText(i)) + 2 * labelPad, labelMetrics.height + labelPad])
    readonly property var placed: Content.mapLayout({
        box: [mapBox.width, mapBox.height], picture: pictureSize, points: hotspots.map(h => [h.x, h.y]),
        zoom: mapBox.zoom, sizes: labelSizes, ring: ring, touch: Theme.touch, gap: Theme.gap, keep: selected
    })
    readonly property var spots: placed.spots || []
    readonly property bool crowded: spots.some(s => !s.shown)

    // What a tap at (x, y) on the picture opens: the nearest drawn point whose target holds it,
    // else the point whose name holds it.
    function hit(x, y) {
        let best = -1, bestD = Infinity
        for (let i = 0; i < hotspots.length; i++) {
            if (!spots[i] || !spots[i].shown)
                continue
            const dx = Math.abs(hotspots[i].x * mapBox.canvas.width - x), dy = Math.abs(hotspots[i].y * mapBox.canvas.height - y)
            if (dx <= Theme.touch / 2 && dy <= Theme.touch / 2 && Math.hypot(dx, dy) < bestD) {
                best = i
                bestD = Math.hypot(dx, dy)
            }
        }
        if (best >= 0)
            return best
        for (let i = 0; i < hotspots.length; i++) {
            const s = spots[i]
            if (s && s.shown && s.labelled && x >= s.lx && x <= s.lx + labelSizes[i][0] && y >= s.ly && y <= s.ly + labelSizes[i][1])
                return i
        }
        return -1
    }
    // The place before or after the open one (from the first, with none open), round the map.
    function stepPlace(d) {
        const n = hotspots.length
        if (n > 0)
            selected = selected < 0 ? (d > 0 ? 0 : n - 1) : (selected + d + n) % n
    }
    function play() {
        if (mapPanel.playing) {
            mapPanel.playing = false
            return
        }
        mapPanel.selected = -1
        if (mapPanel.step >= mapPanel.layers.length - 1)
            mapPanel.step = -1
        mapPanel.playing = true
    }
    Timer {
        interval: mapPanel.stepMs
        repeat: true
        running: mapPanel.playing
        onTriggered: {
            if (mapPanel.step < mapPanel.layers.length - 1)
                mapPanel.step += 1
            if (mapPanel.step >= mapPanel.layers.length - 1)
                mapPanel.playing = false
        }
    }

    PanelTitle {
        id: title
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: mapPanel.view.title
        lead: mapPanel.view.lead || ""
    }

    // Where the stage leaves the map too little room to be read or touched (the largest text on a
    // wall screen, or on a pedestal once the title, the lead and the column under it are placed),
    // it is not drawn as a stamp: "Show the map" opens it over the whole panel instead.
    property bool mapOpen: false
    function openMap(keys: bool) {
        mapPanel.mapOpen = true
        if (keys)  // the focus goes with the visitor: to the opened map's Close
            closeMap.forceActiveFocus(Qt.OtherFocusReason)
    }
    function shutMap(keys: bool) {
        mapPanel.mapOpen = false
        if (!keys)
            return
        if (side.low)
            showMapLow.forceActiveFocus(Qt.OtherFocusReason)
        else
            showMap.forceActiveFocus(Qt.OtherFocusReason)
    }
    readonly property bool mapFits: mapBox.fitted >= Math.max(2 * Theme.touch, 0.2 * height)
    onInViewChanged: if (!inView) mapOpen = false
    Rectangle {  // under the opened map: nothing of the panel shows through round the picture
        anchors.fill: parent
        visible: mapPanel.mapOpen
        z: 9
        color: Theme.background
        MouseArea { anchors.fill: parent }  // what lies under it takes no tap
    }

    MapCanvas {
        id: mapBox
        objectName: "mapZoom"
        anchors.left: parent.left
        anchors.top: mapPanel.mapOpen ? parent.top : title.bottom
        anchors.topMargin: mapPanel.mapOpen ? 0 : Theme.gap
        z: mapPanel.mapOpen ? 10 : 0
        // The box takes the picture's shape within limits, so the picture fills it: as tall as the
        // stage allows beside the text (landscape), or as wide as the stage above it (portrait).
        readonly property real aspect: mapPanel.pictureSize[0] / mapPanel.pictureSize[1]
        readonly property real room: parent.height - title.height - Theme.gap - under.height - Theme.gap / 2
        readonly property real fittedWidth: Theme.portrait ? parent.width : Math.max(parent.width * 0.45, Math.min(parent.width * 0.62, room * aspect))
        // On a pedestal an opened place's words go under the map: the map gives up some height for
        // them, and never the room the column under it needs (at 200 % the places' buttons were
        // drawn over the credit and the hint).
        readonly property real roomAbove: parent.height - title.height - Theme.gap - under.height - Theme.gap / 2 - Theme.gap - side.need
        readonly property real fitted: Theme.portrait ? Math.min(roomAbove, Math.max(parent.height * 0.35, Math.min(parent.height * (mapPanel.selected >= 0 ? 0.42 : 0.6), fittedWidth / aspect)))
                                                      : room
        width: mapPanel.mapOpen ? parent.width : fittedWidth
        height: mapPanel.mapOpen ? parent.height - Theme.gap / 2 - Theme.touch : fitted
        visible: mapPanel.mapOpen || mapPanel.mapFits
        baseWidth: mapPanel.pictureSize[0] * (mapPanel.placed.scale || 0)
        baseHeight: mapPanel.pictureSize[1] * (mapPanel.placed.scale || 0)
        maxZoom: mapPanel.placed.maxZoom || 4
        onTapped: (x, y) => {
            const i = mapPanel.hit(x, y)
            if (i >= 0)
                mapPanel.selected = i
        }

        MediaImage {
            id: picture
            anchors.fill: parent
            media: mapPanel.view.image || ({})
            showCredit: false
        }
        Repeater {
            id: spotRepeater
            model: mapPanel.hotspots
            Item {
                id: spot
                required property var modelData
                required property int index
                objectName: "hotspot_" + modelData.hotspotId
                readonly property string state_: mapPanel.zoneStates[index] || "info"
                readonly property color colour: mapPanel.stateColours[state_]
                readonly property bool open: mapPanel.selected === index
                visible: mapPanel.spots[index] ? mapPanel.spots[index].shown === true : false
                x: modelData.x * mapBox.canvas.width - width / 2
                y: modelData.y * mapBox.canvas.height - height / 2
                width: 2 * mapPanel.ring
                height: width
                scale: open ? 1.25 : 1
                Accessible.role: Accessible.Button
                Accessible.name: modelData.title
                Accessible.description: mapPanel.layers.length > 0 ? mapPanel.stateNames[spot.state_] : ""
                Accessible.onPressAction: mapPanel.selected = spot.index
                activeFocusOnTab: mapPanel.inView
                Keys.onReturnPressed: mapPanel.selected = spot.index
                Keys.onEnterPressed: mapPanel.selected = spot.index
                Keys.onSpacePressed: mapPanel.selected = spot.index
                onActiveFocusChanged: if (activeFocus) mapBox.reveal(x + width / 2, y + height / 2)
                FocusRing { cornerRadius: spot.width / 2; outside: Theme.focusWidth * 1.5 }

                Rectangle {  // the chip every mark sits on, so its colour is measured on one ground
                    anchors.centerIn: parent
                    width: parent.width
                    height: width
                    radius: width / 2
                    color: Theme.mapChip
                }
                // The shape says the state, the colour repeats it: ○ place, ■ held, ◆ under attack,
                // ✕ fallen, □ abandoned (and the name's chip says it in words).
                Rectangle {
                    id: shape
                    anchors.centerIn: parent
                    visible: spot.state_ !== "fallen"
                    width: spot.state_ === "attacked" ? parent.width * 0.52 : spot.state_ === "info" ? parent.width * 0.7 : parent.width * 0.58
                    height: width
                    rotation: spot.state_ === "attacked" ? 45 : 0
                    radius: spot.state_ === "info" ? width / 2 : 2 * Theme.unit
                    color: spot.state_ === "held" || spot.state_ === "attacked" ? spot.colour : "transparent"
                    border.width: spot.state_ === "info" || spot.state_ === "abandoned" ? 5 * Theme.unit : 0
                    border.color: spot.colour
                }
                Rectangle {  // the dot of a plain place
                    anchors.centerIn: parent
                    visible: spot.state_ === "info"
                    width: parent.width * 0.24
                    height: width
                    radius: width / 2
                    color: spot.open ? Theme.accent : spot.colour
                }
                Repeater {  // the cross of a fallen point
                    model: spot.state_ === "fallen" ? [45, -45] : []
                    Rectangle {
                        required property int modelData
                        anchors.centerIn: parent
                        width: spot.width * 0.72
                        height: 7 * Theme.unit
                        radius: height / 2
                        rotation: modelData
                        color: spot.colour
                    }
                }
                Rectangle {  // the open point's outline
                    anchors.centerIn: parent
                    visible: spot.open
                    width: parent.width * 1.15
                    height: width
                    radius: width / 2
                    color: "transparent"
                    border.width: 3 * Theme.unit
                    border.color: Theme.accent
                }
            }
        }
        Repeater {
            model: mapPanel.hotspots
            Rectangle {
                id: nameChip
                required property var modelData
                required property int index
                readonly property var at: mapPanel.spots[index] || ({})
                objectName: "mapLabel_" + modelData.hotspotId
                visible: at.shown === true && at.labelled === true
                x: at.lx || 0
                y: at.ly || 0
                width: mapPanel.labelSizes[index][0]
                height: mapPanel.labelSizes[index][1]
                radius: 6 * Theme.unit
                color: Theme.mapChip
                Text {
                    textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                    anchors.centerIn: parent
                    text: mapPanel.labelText(nameChip.index)
                    color: mapPanel.selected === nameChip.index ? Theme.accent : Theme.mapText
                    font: labelMetrics.font
                }
            }
        }
        Repeater {  // "+N": points too close to this one for a finger, shown when zoomed in
            model: mapPanel.hotspots
            Rectangle {
                id: badge
                required property var modelData
                required property int index
                readonly property var at: mapPanel.spots[index] || ({})
                objectName: "mapHidden_" + modelData.hotspotId
                visible: at.shown === true && (at.hidden || 0) > 0
                x: modelData.x * mapBox.canvas.width + mapPanel.ring * 0.4
                y: Math.max(0, modelData.y * mapBox.canvas.height - mapPanel.ring * 1.6)
                width: Math.max(height, count.implicitWidth + 10 * Theme.unit)
                height: 26 * Theme.unit
                radius: height / 2
                color: Theme.accent
                Text {
                    id: count
                    textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                    anchors.centerIn: parent
                    text: "+" + (badge.at.hidden || 0)
                    color: Theme.inkOnAccent
                    font.family: Theme.sans
                    font.pixelSize: Theme.px(18)
                    font.bold: true
                }
            }
        }
    }

    // Under the map, never on it: the credit, the hint, and the zoom buttons.
    Item {
        id: under
        // As wide as the map beside the text, open or not: its height (the credit's lines) then
        // never depends on whether the map is open, nor does the room the map is fitted to.
        anchors.left: mapBox.left
        width: mapBox.fittedWidth
        anchors.top: mapBox.bottom
        anchors.topMargin: Theme.gap / 2
        height: Math.max(Theme.touch, underText.implicitHeight)
        visible: mapBox.visible && !mapPanel.mapOpen  // the opened map has its own row
        Column {
            id: underText
            anchors.left: parent.left
            anchors.right: zoomButtons.left
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                objectName: "mapHint"
                width: parent.width
                visible: mapPanel.crowded
                text: qsTr("Zoom in to see every place.")
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.small
                wrapMode: Text.WordWrap
            }
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                id: credit
                width: parent.width
                text: mapPanel.view.image ? mapPanel.view.image.credit + " · " + mapPanel.view.image.licence : ""
                color: Theme.muted
                font.family: Theme.sans
                font.pixelSize: Theme.px(18)
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
        }
        MapZoomButtons {
            id: zoomButtons
            canvas: mapBox
            inView: mapPanel.inView
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.gap
            // Its width follows its own condition, never `visible`: that is false too while the map
            // is hidden for want of room, and a zoom row of no width let the credit wrap to fewer
            // lines, which gave the map its room back, which showed the row... (at 200 % in
            // Vietnamese the screen froze in that loop).
            readonly property bool wanted: !(Theme.portrait && Theme.reachTop > 0)  // else at the foot, by the places
            visible: wanted && !mapPanel.mapOpen  // the opened map has its own, by its Close
            width: wanted ? 2 * Theme.touch + spacing : 0
        }
    }

    // The opened map's own row, at the foot of the panel (in reach): its credit, zoom, and back to
    // the panel.
    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        objectName: "openMapCredit"
        anchors.left: parent.left
        anchors.right: openMapButtons.left
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: openMapButtons.verticalCenter
        visible: mapPanel.mapOpen
        z: 11
        text: credit.text
        color: Theme.muted
        font.family: Theme.sans
        font.pixelSize: Theme.px(18)
        wrapMode: Text.WordWrap
        maximumLineCount: 3
        elide: Text.ElideRight
    }
    Row {
        id: openMapButtons
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        spacing: Theme.gap
        visible: mapPanel.mapOpen
        z: 11
        MapZoomButtons {
            canvas: mapBox
            inView: mapPanel.inView
            suffix: "Open"
        }
        KButton {
            id: closeMap
            objectName: "closeMap"
            activeFocusOnTab: mapPanel.inView  // (not while hidden: Tab passes over it)
            primary: true
            text: qsTr("Close the map")
            onClicked: mapPanel.shutMap(activeFocus)
        }
    }

    KButton {
        id: showMap
        objectName: "showMap"
        anchors.left: parent.left
        anchors.top: title.bottom
        anchors.topMargin: Theme.gap
        visible: !mapPanel.mapFits && !mapPanel.mapOpen && !side.low  // else at the foot, in reach
        activeFocusOnTab: mapPanel.inView
        text: qsTr("Show the map")
        onClicked: mapPanel.openMap(activeFocus)
    }

    Item {
        id: side
        // Whether the focus is on a control of the open place (Close, More), which go as it closes.
        function activeFocusInside(): bool {
            return closeSpot.activeFocus || moreButton.activeFocus
        }
        anchors.left: Theme.portrait || !mapPanel.mapFits ? parent.left : mapBox.right
        anchors.leftMargin: Theme.portrait || !mapPanel.mapFits ? 0 : Theme.margin / 2
        anchors.right: parent.right
        anchors.top: !mapPanel.mapFits ? (showMap.visible ? showMap.bottom : title.bottom) : Theme.portrait ? under.bottom : title.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: parent.bottom

        // On a wall screen (Theme.reachTop) the date controls and the legend go to the foot of the
        // column, in reach, and what a point says above them.
        readonly property bool low: Theme.reachTop > 0
        // What the column needs on a pedestal, below the map: the date controls, what a point says
        // (its title, and two lines of its words when it has any), and the places' buttons. None of
        // it depends on the map's height.
        readonly property real need: (timeControls.visible ? layerDate.implicitHeight + dateRow.implicitHeight + legend.implicitHeight
                                                             + 2 * timeControls.spacing + Theme.gap : 0)
                                     + infoTitle.implicitHeight + Theme.gap / 2
                                     + (mapInfoBody.text !== "" ? 2.5 * Theme.body : 0)
                                     + (places.visible ? Theme.touch + Theme.gap / 2 : 0)
        Column {
            id: timeControls
            width: parent.width
            y: side.low ? side.height - height : 0
            spacing: Theme.gap / 2
            visible: mapPanel.layers.length > 0
            height: visible ? implicitHeight : 0
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                id: layerDate
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
                id: dateRow
                width: parent.width
                spacing: Theme.gap
                KButton {
                    id: playButton
                    objectName: "layerPlay"
                    activeFocusOnTab: mapPanel.inView
                    text: mapPanel.playing ? qsTr("Pause") : qsTr("Play")
                    primary: !mapPanel.playing
                    onClicked: mapPanel.play()
                }
                KButton {
                    objectName: "layerBack"
                    activeFocusOnTab: mapPanel.inView
                    text: "‹"
                    width: Theme.touch
                    fontSize: 46 * Theme.unit  // a sign, not reading text: it keeps its size so it fits its button
                    enabled: mapPanel.step > -1
                    Accessible.name: qsTr("Earlier")
                    onClicked: {
                        mapPanel.playing = false
                        mapPanel.step -= 1
                    }
                }
                StepSlider {
                    objectName: "layerSlider"
                    activeFocusOnTab: mapPanel.inView
                    width: parent.width - playButton.width - 2 * Theme.touch - 3 * Theme.gap
                    from: -1
                    to: mapPanel.layers.length - 1
                    value: mapPanel.step
                    onMoved: (value) => {
                        mapPanel.playing = false
                        mapPanel.step = value
                    }
                    Accessible.name: qsTr("Date")
                }
                KButton {
                    objectName: "layerForward"
                    activeFocusOnTab: mapPanel.inView
                    text: "›"
                    width: Theme.touch
                    fontSize: 46 * Theme.unit  // a sign, not reading text: it keeps its size so it fits its button
                    enabled: mapPanel.step < mapPanel.layers.length - 1
                    Accessible.name: qsTr("Later")
                    onClicked: {
                        mapPanel.playing = false
                        mapPanel.step += 1
                    }
                }
            }
            Flow {
                id: legend
                objectName: "mapLegend"
                width: parent.width
                // The key to a map that is drawn (the opened map covers it). Folded, not hidden, so
                // its own height stays known: the room the map is fitted to counts it either way,
                // or fitting and folding would decide each other.
                height: mapPanel.mapFits ? implicitHeight : 0
                clip: true
                spacing: Theme.gap
                Repeater {
                    model: ["info", "held", "attacked", "fallen", "abandoned"]
                    Row {
                        id: legendItem
                        required property string modelData
                        spacing: 8 * Theme.unit
                        Rectangle {  // the mark as the map draws it, on its chip
                            id: keyChip
                            anchors.verticalCenter: parent.verticalCenter
                            width: 36 * Theme.unit
                            height: width
                            radius: width / 2
                            color: Theme.mapChip
                            readonly property string state_: legendItem.modelData
                            readonly property color colour: mapPanel.stateColours[state_]
                            Rectangle {
                                anchors.centerIn: parent
                                visible: keyChip.state_ !== "fallen"
                                width: keyChip.state_ === "attacked" ? parent.width * 0.52 : keyChip.state_ === "info" ? parent.width * 0.7 : parent.width * 0.58
                                height: width
                                rotation: keyChip.state_ === "attacked" ? 45 : 0
                                radius: keyChip.state_ === "info" ? width / 2 : 2 * Theme.unit
                                color: keyChip.state_ === "held" || keyChip.state_ === "attacked" ? keyChip.colour : "transparent"
                                border.width: keyChip.state_ === "info" || keyChip.state_ === "abandoned" ? 4 * Theme.unit : 0
                                border.color: keyChip.colour
                            }
                            Rectangle {
                                anchors.centerIn: parent
                                visible: keyChip.state_ === "info"
                                width: parent.width * 0.24
                                height: width
                                radius: width / 2
                                color: keyChip.colour
                            }
                            Repeater {
                                model: keyChip.state_ === "fallen" ? [45, -45] : []
                                Rectangle {
                                    required property int modelData
                                    anchors.centerIn: parent
                                    width: keyChip.width * 0.72
                                    height: 5 * Theme.unit
                                    radius: height / 2
                                    rotation: modelData
                                    color: keyChip.colour
                                }
                            }
                        }
                        Text {
                            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                            text: mapPanel.stateNames[legendItem.modelData]
                            color: Theme.text
                            font.family: Theme.sans
                            font.pixelSize: Theme.small
                        }
                    }
                }
            }
        }

        Item {
            anchors.top: side.low ? parent.top : timeControls.bottom
            anchors.topMargin: side.low ? 0 : Theme.gap
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: side.low && timeControls.visible ? timeControls.top : parent.bottom
            anchors.bottomMargin: side.low && timeControls.visible ? Theme.gap : 0
            readonly property bool showSpot: mapPanel.selected >= 0
            readonly property var spot: showSpot ? mapPanel.hotspots[mapPanel.selected] : ({})
            readonly property var era: mapPanel.step >= 0 ? mapPanel.layers[mapPanel.step] : ({})

            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                id: infoTitle
                objectName: "mapInfoTitle"
                anchors.left: parent.left
                anchors.right: closeSpot.visible && !side.low ? closeSpot.left : parent.right
                anchors.rightMargin: closeSpot.visible && !side.low ? Theme.gap : 0
                anchors.verticalCenter: closeSpot.visible && !side.low && closeSpot.height > implicitHeight ? closeSpot.verticalCenter : undefined
                text: (parent.showSpot ? parent.spot.title : parent.era.title) || (Keypad.active ? qsTr("Move to a point with Tab or the Up and Down keys, then press Enter")
                                                                                                : qsTr("Touch a point or a name on the map"))
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.lead
                font.bold: true
                wrapMode: Text.WordWrap
            }
            KButton {
                id: closeSpot
                objectName: "closeHotspot"
                activeFocusOnTab: mapPanel.inView
                anchors.right: parent.right
                anchors.bottom: side.low ? parent.bottom : undefined  // at the foot, in reach
                visible: parent.showSpot
                text: qsTr("Close")
                onClicked: mapPanel.close()
            }
            // On a wall screen, every place within reach as well as on the map: the one before and
            // the one after (a place the map hides for room is shown once chosen).
            Row {
                id: places
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                spacing: Theme.gap
                visible: side.low && (mapPanel.hotspots.length > 0 || !mapPanel.mapFits)
                KButton {
                    id: showMapLow
                    objectName: "showMap"
                    activeFocusOnTab: mapPanel.inView
                    visible: !mapPanel.mapFits
                    text: qsTr("Show the map")
                    onClicked: mapPanel.openMap(activeFocus)
                }
                KButton {
                    objectName: "previousPlace"
                    activeFocusOnTab: mapPanel.inView
                    text: "‹  " + qsTr("Place")
                    Accessible.name: qsTr("Previous place")
                    onClicked: mapPanel.stepPlace(-1)
                }
                KButton {
                    objectName: "nextPlace"
                    activeFocusOnTab: mapPanel.inView
                    text: qsTr("Place") + "  ›"
                    Accessible.name: qsTr("Next place")
                    onClicked: mapPanel.stepPlace(1)
                }
                MapZoomButtons {  // on a tall wall screen the zoom comes down here from under the map
                    canvas: mapBox
                    inView: mapPanel.inView
                    suffix: "Low"
                    visible: Theme.portrait && mapPanel.mapFits
                }
            }
            KButton {
                id: moreButton
                objectName: "hotspotMore"
                activeFocusOnTab: mapPanel.inView
                anchors.left: places.visible ? places.right : parent.left
                anchors.leftMargin: places.visible ? Theme.gap : 0
                anchors.bottom: parent.bottom
                visible: parent.showSpot && (parent.spot.more || "") !== "" && !mapPanel.moreOpen
                text: qsTr("More")
                onClicked: {
                    if (activeFocus)  // the button goes as the text opens: the focus to Close
                        closeSpot.forceActiveFocus(Qt.OtherFocusReason)
                    mapPanel.moreOpen = true
                }
            }
            ScrollText {
                id: mapInfoBody
                inView: mapPanel.inView
                objectName: "mapInfoBody"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: closeSpot.visible && !side.low && closeSpot.height > infoTitle.height ? closeSpot.bottom : infoTitle.bottom
                anchors.topMargin: Theme.gap / 2
                readonly property bool footed: moreButton.visible || places.visible || (side.low && closeSpot.visible)
                anchors.bottom: footed ? (places.visible ? places.top : moreButton.visible ? moreButton.top : closeSpot.top) : parent.bottom
                anchors.bottomMargin: footed ? Theme.gap / 2 : 0
                text: parent.showSpot
                      ? (parent.spot.body || "") + (mapPanel.moreOpen && parent.spot.more ? "<br><br>" + parent.spot.more : "")
                      : (parent.era.body || "")
            }
        }
    }
}
