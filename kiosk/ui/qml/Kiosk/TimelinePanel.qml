import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// Dated events on a line spaced by date (kiosk.timescale: long gaps compressed, with a break
// mark); cards alternate above and below it; eras are bands whose names stay in sight while the
// line slides. A touched event opens beside the line (at the right on a wide screen, below it on
// a tall one); the line stays, so the visitor keeps their place in time.
Item {
    id: timelinePanel
    property var view: ({})
    readonly property var events: view.events || []
    readonly property var eras: view.eras || []
    readonly property var ticks: view.ticks || []
    property int opened: -1
    property bool moreOpen: false
    // The panel in view (PanelView): only then do its controls take the keyboard's focus.
    property bool inView: true
    // Escape (Main.back): an open event closes, the focus back on its card.
    function closeInner(): bool {
        if (timelinePanel.opened < 0)
            return false
        timelinePanel.close()
        return true
    }
    function close() {
        const card = eventRepeater.itemAt(timelinePanel.opened)
        const refocus = buttons.activeFocusInside()
        timelinePanel.opened = -1
        if (refocus && card)
            card.forceActiveFocus(Qt.OtherFocusReason)
    }
    // True while a finger is on the line: the section's panel list then leaves the drag to it
    // (PanelView, SectionScreen), so sliding the line never turns the page, at its ends neither.
    readonly property bool holdsDrag: finger.active
    onOpenedChanged: {
        timelinePanel.moreOpen = false
        if (timelinePanel.opened >= 0) {
            Analytics.opened("event", "", timelinePanel.opened)
            revealSoon.restart()
        }
    }
    // Once the detail has taken its place (the line is narrower then): a timer, not
    // Qt.callLater, so that nothing is called on a panel that went in the meantime.
    Timer {
        id: revealSoon
        interval: 0
        onTriggered: if (timelinePanel.opened >= 0) timelinePanel.reveal(timelinePanel.opened)
    }
    readonly property var event: opened >= 0 && opened < events.length ? events[opened] : ({})

    // One card width is the line's unit (kiosk.timescale); it grows with the text size, so a
    // card's words wrap the same at every size.
    // Wide enough for the longest title in two lines (its width on one line, halved, with room
    // for where the words break): a third line would push the line of cards past the stage.
    property var titleWidths: ({})
    readonly property real longestTitle: Math.max(0, ...Object.values(titleWidths))
    readonly property real cardWidth: Math.max((wide ? 440 : 360) * Theme.unit * Theme.scale, Theme.touch * 3,
                                               Math.min(longestTitle * 0.6 + 3 * Theme.gap, stage.width / 2))
    readonly property real lineLength: Math.max(1, view.span || 1) * cardWidth
    readonly property real eraHeight: Math.ceil(Theme.small * 1.45) + Theme.gap
    readonly property real stem: 24 * Theme.unit
    // The cards are as tall as the tallest one needs, or as its place allows (never less than
    // date and title need); a card whose summary would not fit then shows date and title only.
    property var needs: ({})
    function report(i: int, full: real, bare: real) {
        const n = Object.assign({}, timelinePanel.needs)
        n[i] = [full, bare]
        timelinePanel.needs = n
    }
    function noteTitle(i: int, w: real) {
        const t = Object.assign({}, timelinePanel.titleWidths)
        t[i] = w
        timelinePanel.titleWidths = t
    }
    readonly property real fullCard: Math.max(Theme.touch, ...Object.values(needs).map(v => v[0]))
    readonly property real bareCard: Math.max(Theme.touch, ...Object.values(needs).map(v => v[1]))
    function lineHeight(card: real): real {
        return eraHeight + Theme.gap + 2 * (card + stem) + 4 * Theme.unit + Theme.gap
    }
    readonly property bool wide: stage.width > stage.height
    readonly property bool low: !wide && Theme.reachTop > 0  // a tall wall screen: the line at the foot
    // Where the line may go: all of the stage beside an open event, or its upper part on a tall screen.
    readonly property real roomForLine: wide ? stage.height - stepRow : stage.height * 0.62
    // On a tall wall screen the line is at the foot and the upper row's cards must have their
    // middle under Theme.reachTop: no taller than that leaves (the middle of the upper row is
    // 1.5 cards, two stems and a gap above the foot of the line).
    readonly property real reachCard: {
        if (!low)
            return Infinity
        void [stage.y, stage.height, timelinePanel.height]  // measured again when the layout moves
        const foot = stage.mapToItem(null, 0, stage.height).y
        return (foot - Theme.reachTop - 2 * stem - 4 * Theme.unit - Theme.gap - 2 * Theme.unit) / 1.5
    }
    // On a wide wall screen the line is at the top: the upper row's middle comes under
    // Theme.reachTop only if the cards are at least this tall (they are, where the stage has room).
    readonly property real reachMin: {
        if (!wide || Theme.reachTop <= 0)
            return 0
        void [stage.y, timelinePanel.height]  // measured again when the layout moves
        return 2 * (Theme.reachTop - stage.mapToItem(null, 0, 0).y - eraHeight - Theme.gap) + 4 * Theme.unit
    }
    readonly property bool reachFits: reachMin <= (stage.height - lineHeight(0)) / 2 + 0.5
    readonly property real cardHeight: Math.max(bareCard, reachFits ? reachMin : 0,
                                                Math.min(fullCard, reachCard, (roomForLine - lineHeight(0)) / 2))
    // When even so the upper row's middle is out of reach (the largest text; a landscape wall, whose
    // line is at the top), an "Event ›" button at the foot opens the first event in view, and the
    // open event's ‹ › (within reach) step through the rest. The row stays while an event is
    // open, so the line does not move as it opens.
    readonly property bool stepsLow: Theme.reachTop > 0 && (low ? bareCard > reachCard + 0.5 : !reachFits)
    readonly property real stepRow: stepsLow ? Theme.touch + Theme.gap : 0
    function openFirstInView() {
        for (let i = 0; i < events.length; ++i) {
            if (events[i].x * lineLength + cardWidth / 2 >= strip.contentX) {
                opened = i
                return
            }
        }
        opened = 0
    }

    function reveal(i: int) {
        if (i < 0 || i >= events.length)
            return
        const x = events[i].x * lineLength
        if (x < strip.contentX || x + cardWidth > strip.contentX + strip.width)
            strip.contentX = Math.max(0, Math.min(x - (strip.width - cardWidth) / 2, strip.contentWidth - strip.width))
    }

    PanelTitle {
        id: title
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: timelinePanel.view.title
    }

    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        id: lead
        objectName: "timelineLead"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: title.bottom
        visible: text !== ""
        height: visible ? implicitHeight : 0
        text: timelinePanel.view.lead || ""
        color: Theme.text
        font.family: Theme.sans
        font.pixelSize: Theme.body
        wrapMode: Text.WordWrap
    }

    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        id: hint
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: lead.bottom
        anchors.topMargin: lead.visible ? 6 * Theme.unit : 0
        // Said for the hands the visitor is using (Keypad.active: keys, not touch).
        text: Keypad.active ? qsTr("Move to an event with Tab or the Up and Down keys, and press Enter to read more.")
                            : qsTr("Touch an event to read more; slide the line to see the others.")
        color: Theme.muted
        font.family: Theme.sans
        font.pixelSize: Theme.small
        wrapMode: Text.WordWrap
    }

    Item {
        id: stage
        anchors.top: hint.bottom
        anchors.topMargin: Theme.gap
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap / 2  // cards and buttons keep apart from the controls below
    }

    // Where a finger on the line is noticed (holdsDrag): a passive point handler, which takes
    // nothing from the cards and the line beneath it.
    Item {
        x: frame.x
        y: frame.y
        width: frame.width
        height: frame.height
        z: 1
        PointHandler {
            id: finger
        }
    }

    // The line, in a frame that scrolls up and down only when the largest text makes it taller than its place.
    Flickable {
        id: frame
        x: stage.x
        // On a tall wall screen whose top is out of reach, the line goes to the foot (the event
        // opens above it); else at the top.
        y: timelinePanel.low ? stage.y + stage.height - height - (timelinePanel.opened >= 0 || timelinePanel.stepsLow ? Theme.touch + Theme.gap : 0) : stage.y
        width: timelinePanel.wide && timelinePanel.opened >= 0 ? stage.width * 0.58 : stage.width
        height: timelinePanel.wide ? stage.height - timelinePanel.stepRow
                                   : Math.min(stage.height - timelinePanel.stepRow, timelinePanel.lineHeight(timelinePanel.cardHeight))
        contentHeight: timelinePanel.lineHeight(timelinePanel.cardHeight)
        flickableDirection: Flickable.VerticalFlick
        interactive: contentHeight > height + 1
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Flickable {
            id: strip
            objectName: "timelineStrip"
            width: frame.width
            height: frame.contentHeight
            contentWidth: timelinePanel.lineLength
            contentHeight: height
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            readonly property real axisY: timelinePanel.eraHeight + Theme.gap + timelinePanel.cardHeight + timelinePanel.stem

            Repeater {  // era bands: a tint behind the cards, the name at the top, kept in sight
                model: timelinePanel.eras
                Rectangle {
                    id: era
                    required property var modelData
                    required property int index
                    objectName: "era_" + index
                    x: modelData.start * timelinePanel.lineLength
                    width: Math.max(1, (modelData.end - modelData.start) * timelinePanel.lineLength - 2 * Theme.unit)
                    height: strip.height
                    color: index % 2 ? Qt.rgba(1, 1, 1, 0.045) : "transparent"
                    Rectangle {
                        width: parent.width
                        height: timelinePanel.eraHeight
                        radius: Theme.radius
                        color: era.index % 2 ? Theme.raised : Theme.surface
                    }
                    Text {
                        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                        id: eraLabel
                        objectName: "eraLabel_" + era.index
                        readonly property real room: era.width - 2 * Theme.gap
                        width: Math.min(implicitWidth, room)
                        // follows the left edge of the view while the band's start is scrolled away
                        x: Math.max(Theme.gap, Math.min(strip.contentX - era.x + Theme.gap, era.width - width - Theme.gap))
                        y: (timelinePanel.eraHeight - height) / 2
                        text: era.modelData.title
                        color: Theme.accent
                        font.family: Theme.sans
                        font.pixelSize: Theme.small
                        font.bold: true
                        elide: Text.ElideRight
                    }
                }
            }

            Rectangle {  // the time line itself
                objectName: "timeAxis"
                y: strip.axisY
                width: strip.contentWidth
                height: 4 * Theme.unit
                color: Theme.muted
            }

            Repeater {  // the first day of each year, where the line is not broken: a year on the line
                model: timelinePanel.ticks
                Rectangle {
                    id: tick
                    required property var modelData
                    objectName: "yearTick"
                    x: modelData.x * timelinePanel.lineLength + 21 * Theme.unit - width / 2  // where a card's point is
                    y: strip.axisY + 2 * Theme.unit - height / 2
                    width: year.implicitWidth + 12 * Theme.unit
                    height: year.implicitHeight
                    radius: height / 2
                    color: Theme.background
                    border.width: 2 * Theme.unit
                    border.color: Theme.muted
                    Text {
                        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                        id: year
                        anchors.centerIn: parent
                        text: tick.modelData.label
                        color: Theme.muted
                        font.family: Theme.sans
                        font.pixelSize: Theme.px(20 * Theme.scale)
                    }
                }
            }

            Repeater {
                id: eventRepeater
                model: timelinePanel.events
                Item {
                    id: event
                    required property var modelData
                    required property int index
                    objectName: "timelineEvent_" + index
                    readonly property bool isOpen: timelinePanel.opened === index
                    readonly property bool above: modelData.lane === 0
                    readonly property bool hasPicture: (modelData.image.url || "") !== ""
                    x: modelData.x * timelinePanel.lineLength
                    y: above ? timelinePanel.eraHeight + Theme.gap : strip.axisY + 4 * Theme.unit + timelinePanel.stem
                    width: timelinePanel.cardWidth - Theme.gap
                    height: timelinePanel.cardHeight
                    // The keyboard reaches each event in order of date; one taking the focus slides into view.
                    activeFocusOnTab: timelinePanel.inView
                    Keys.onReturnPressed: (key) => timelinePanel.opened = event.index  // `event` is the card's id
                    Keys.onEnterPressed: (key) => timelinePanel.opened = event.index  // `event` is the card's id
                    Keys.onSpacePressed: (key) => timelinePanel.opened = event.index  // `event` is the card's id
                    onActiveFocusChanged: if (activeFocus) timelinePanel.reveal(event.index)
                    Accessible.role: Accessible.Button
                    Accessible.name: event.modelData.date + " · " + event.modelData.title
                    Accessible.description: event.modelData.summary || ""
                    Accessible.onPressAction: timelinePanel.opened = event.index
                    FocusRing { cornerRadius: Theme.radius; outside: Theme.focusWidth * 1.5 }

                    // the break in the line before an event after a compressed gap
                    Item {
                        id: mark
                        objectName: "timelineBreak_" + event.index
                        visible: event.modelData.gapBefore && event.index > 0
                        readonly property real previous: event.index > 0 ? timelinePanel.events[event.index - 1].x * timelinePanel.lineLength : 0
                        x: (previous - event.x) / 2 + Theme.gap / 2 - width / 2
                        y: strip.axisY - event.y - height / 2 + 2 * Theme.unit
                        width: 36 * Theme.unit
                        height: 40 * Theme.unit
                        Rectangle { anchors.centerIn: parent; width: 20 * Theme.unit; height: 10 * Theme.unit; color: Theme.background }
                        Repeater {
                            model: 2
                            Rectangle {
                                required property int index
                                x: 6 * Theme.unit + index * 14 * Theme.unit
                                width: 4 * Theme.unit
                                height: mark.height
                                rotation: 25
                                color: Theme.muted
                            }
                        }
                    }
                    Rectangle {  // from the card to its point on the line
                        x: 20 * Theme.unit
                        y: event.above ? event.height : -timelinePanel.stem
                        width: 3 * Theme.unit
                        height: timelinePanel.stem
                        color: event.isOpen ? Theme.text : Theme.accent
                    }
                    Rectangle {  // the point on the line
                        x: 21 * Theme.unit - width / 2
                        y: strip.axisY - event.y + 2 * Theme.unit - height / 2
                        width: 28 * Theme.unit
                        height: width
                        radius: width / 2
                        color: event.isOpen ? Theme.text : Theme.accent
                    }
                    Rectangle {
                        id: card
                        anchors.fill: parent
                        radius: Theme.radius
                        color: tap.pressed ? Theme.raised : event.isOpen ? Theme.raised : Theme.surface
                        border.width: event.isOpen ? 4 * Theme.unit : 0
                        border.color: Theme.accent
                        clip: true
                        Column {
                            id: words
                            x: Theme.gap
                            y: Theme.gap
                            width: card.width - 2 * Theme.gap
                            spacing: 6 * Theme.unit
                            Text {
                                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                                width: parent.width
                                text: event.modelData.date
                                color: Theme.accent
                                font.family: Theme.sans
                                font.pixelSize: Theme.small
                                font.bold: true
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                                objectName: "eventCardTitle"
                                width: parent.width
                                text: event.modelData.title
                                color: Theme.text
                                font.family: Theme.sans
                                font.pixelSize: Theme.body
                                font.bold: true
                                wrapMode: Text.WordWrap
                            }
                        }
                        Text {
                            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                            id: summary
                            objectName: "eventSummary"
                            x: Theme.gap
                            y: words.y + words.height + 6 * Theme.unit
                            width: words.width
                            visible: !event.hasPicture && text !== "" && event.needFull <= timelinePanel.cardHeight + 0.5
                            text: event.modelData.summary
                            color: Theme.muted
                            font.family: Theme.sans
                            font.pixelSize: Theme.small
                            wrapMode: Text.WordWrap
                        }
                        MediaImage {
                            objectName: "eventPicture"
                            x: Theme.gap
                            y: words.y + words.height + 6 * Theme.unit
                            width: words.width
                            height: Math.max(0, card.height - y - Theme.gap)
                            visible: event.hasPicture && height >= 48 * Theme.unit
                            media: event.modelData.image
                            showCredit: false
                        }
                        MouseArea {
                            id: tap
                            objectName: "eventCardArea"
                            anchors.fill: parent
                            onClicked: timelinePanel.opened = event.index
                        }
                    }
                    TextMetrics {
                        id: titleMetrics
                        font.family: Theme.sans
                        font.pixelSize: Theme.body
                        font.bold: true
                        text: event.modelData.title
                    }
                    readonly property real titleWidth: titleMetrics.advanceWidth
                    onTitleWidthChanged: timelinePanel.noteTitle(index, titleWidth)
                    readonly property real needFull: words.height + 2 * Theme.gap
                                                     + (hasPicture ? 6 * Theme.unit + 120 * Theme.unit
                                                        : summary.text !== "" ? 6 * Theme.unit + summary.implicitHeight : 0)
                    readonly property real needBare: words.height + 2 * Theme.gap
                    onNeedFullChanged: timelinePanel.report(index, needFull, needBare)
                    onNeedBareChanged: timelinePanel.report(index, needFull, needBare)
                    Component.onCompleted: {
                        timelinePanel.report(index, needFull, needBare)
                        timelinePanel.noteTitle(index, titleWidth)
                    }
                }
            }
        }
    }
    MoreBelow { flickable: frame }

    // The opened event, beside the line: at the right on a wide screen, below it on a tall one.
    Rectangle {
        id: detail
        objectName: "timelineDetail"
        visible: timelinePanel.opened >= 0
        x: timelinePanel.wide ? frame.x + frame.width + Theme.gap : stage.x
        y: timelinePanel.wide || timelinePanel.low ? stage.y : frame.y + frame.height + Theme.gap
        width: timelinePanel.wide ? stage.width - frame.width - Theme.gap : stage.width
        height: timelinePanel.wide ? stage.height
              : timelinePanel.low ? frame.y - Theme.gap - stage.y : stage.y + stage.height - y
        radius: Theme.radius
        color: Theme.surface

        Flickable {
            id: reading
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.bottom: timelinePanel.low ? parent.bottom : buttons.top
            anchors.margins: Theme.gap
            contentHeight: readingColumn.implicitHeight
            interactive: contentHeight > height + 1
            boundsBehavior: Flickable.StopAtBounds
            flickableDirection: Flickable.VerticalFlick
            clip: true
            Column {
                id: readingColumn
                width: reading.width
                spacing: Theme.gap
                Text {
                    textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                    objectName: "eventDate"
                    width: parent.width
                    text: timelinePanel.event.date || ""
                    color: Theme.accent
                    font.family: Theme.sans
                    font.pixelSize: Theme.body
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Text {
                    textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                    objectName: "eventTitle"
                    width: parent.width
                    text: timelinePanel.event.title || ""
                    color: Theme.text
                    font.family: Theme.serif
                    font.pixelSize: Theme.lead
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                MediaImage {
                    objectName: "eventImage"
                    width: parent.width
                    height: visible ? Math.min(width * 0.62, reading.height * 0.55) : 0
                    visible: ((timelinePanel.event.image || {}).url || "") !== ""
                    media: timelinePanel.event.image || ({})
                }
                BodyText {
                    objectName: "eventBody"
                    width: parent.width
                    visible: text !== ""
                    text: timelinePanel.event.body || ""
                }
                KButton {
                    id: eventMore
                    objectName: "eventMore"
                    activeFocusOnTab: timelinePanel.inView
                    visible: (timelinePanel.event.more || "") !== ""
                    text: timelinePanel.moreOpen ? qsTr("Less") : qsTr("More")
                    selected: timelinePanel.moreOpen
                    onClicked: timelinePanel.moreOpen = !timelinePanel.moreOpen
                }
                BodyText {
                    objectName: "eventMoreText"
                    width: parent.width
                    visible: timelinePanel.moreOpen && text !== ""
                    text: timelinePanel.event.more || ""
                }
            }
        }
        MoreBelow { flickable: reading }

        // Within reach at the foot of the event: the ones beside it, and closing it.
        // On a tall wall screen (low) they sit under the line, at the foot of the panel.
        Row {
            id: buttons
            objectName: "eventButtons"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: Theme.gap
            y: timelinePanel.low ? frame.y + frame.height + Theme.gap - detail.y : detail.height - height - Theme.gap
            spacing: Theme.gap
            layoutDirection: Qt.LeftToRight
            // Whether the focus is on a control of the open event, which go as it closes.
            function activeFocusInside(): bool {
                return detail.visible && (closeEvent.activeFocus || previousEvent.activeFocus || nextEvent.activeFocus || eventMore.activeFocus)
            }
            KButton {
                id: previousEvent
                objectName: "previousEvent"
                activeFocusOnTab: timelinePanel.inView
                text: "‹"
                fontSize: 46 * Theme.unit  // a sign, not reading text: it keeps its size so it fits its button
                enabled: timelinePanel.opened > 0
                Accessible.name: qsTr("Previous event")
                onClicked: timelinePanel.opened -= 1
            }
            KButton {
                id: nextEvent
                objectName: "nextEvent"
                activeFocusOnTab: timelinePanel.inView
                text: "›"
                fontSize: 46 * Theme.unit  // a sign, not reading text: it keeps its size so it fits its button
                enabled: timelinePanel.opened + 1 < timelinePanel.events.length
                Accessible.name: qsTr("Next event")
                onClicked: timelinePanel.opened += 1
            }
            KButton {
                id: closeEvent
                objectName: "closeEvent"
                activeFocusOnTab: timelinePanel.inView
                width: Math.max(implicitWidth, buttons.width - 2 * (Theme.touch + Theme.gap))
                text: qsTr("Close")
                onClicked: timelinePanel.close()
            }
        }
    }

    KButton {
        objectName: "stepEvents"
        visible: timelinePanel.stepsLow && timelinePanel.opened < 0
        activeFocusOnTab: timelinePanel.inView && visible
        x: stage.x
        y: stage.y + stage.height - height
        text: qsTr("Event") + "  ›"
        Accessible.name: qsTr("Open the first event in view")
        onClicked: timelinePanel.openFirstInView()
    }

    // On a tall screen the space below the line says what it is for until an event opens.
    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        objectName: "timelinePrompt"
        visible: !timelinePanel.wide && timelinePanel.opened < 0
        x: stage.x
        y: timelinePanel.low ? stage.y + Theme.margin : frame.y + frame.height + Theme.margin
        width: stage.width
        text: qsTr("The event you choose opens here.")
        color: Theme.muted
        font.family: Theme.sans
        font.pixelSize: Theme.body
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
}
