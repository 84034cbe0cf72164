import QtQuick
import QtQml.Models
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// The attract loop: slides cross-fade and drift, "touch to begin" speaks every language in turn,
// and a button per language starts the visit in it.
//
// A kiosk shows this most of the day, often on a PC with no GPU, where every frame is a
// full-screen software repaint (about 30 ms of CPU at 1080p with Mesa's llvmpipe, 45 ms with two
// pictures blended). So nothing here animates continuously: the incoming slide fades in and
// settles (zoom and pan) in `stepsPerSecond` steps for `transitionMs`, then the screen holds
// still until the next slide; the greeting changes in a single frame, twice a slide, once with
// the slide. bench/attract.py measures it. With reduce_motion (or Theme.motion off for proofs and
// tests) slides cut and nothing moves.
Rectangle {
    id: attractScreen
    objectName: "attractScreen"
    // Sized as it is made (the Loader sizes it only afterwards): its first picture is asked for
    // once, for this size, and nothing is laid out twice.
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    color: Theme.background
    // Any key begins the visit, but Tab and Shift+Tab, which go to the language buttons.
    focus: true
    Keys.onPressed: (event) => {
        event.accepted = Keypad.begins(event.key)
        if (event.accepted)
            Visit.start()
    }

    readonly property var slides: Content.attractSlides
    readonly property int count: slides.length
    property int slide: 0
    property int greeting: 0
    // The visitor may stop the slides and the greeting (WCAG 2.2.2: anything moving for more
    // than 5 s can be paused); a new attract loop, after the idle reset, moves again.
    property bool paused: false
    readonly property bool moves: count > 1 || Content.touchToBegin.length > 1
    readonly property var current: count > 0 ? slides[slide % count] : ({})

    // The transition: the slide on top fades in and settles (zoom and pan) over `transitionMs`,
    // redrawn `stepsPerSecond` times a second, then holds still (the CPU budget: see above).
    readonly property int stepsPerSecond: 8
    readonly property int transitionMs: 1000
    property int front: 0  // which of the two layers is on top
    property int shownBy0: 0  // the slide each layer shows
    property int shownBy1: 1
    property real progress: 1  // 0 → 1 through the transition; 1: settled, nothing to draw
    // The layer beneath decodes its slide only once the first is in: the first screen waits for
    // one picture, not two (the image reader decodes one at a time, the last asked for first).
    property bool primed: false
    property double startedAt: 0
    readonly property real travel: 1 - Math.pow(1 - progress, 3)  // eased out: it settles

    // One beat: the greeting changes on every beat, the slide on every other one, so that each
    // language is read for half a slide and the slide's change and a greeting's share frames.
    property int beat: 0
    function onBeat() {
        beat = beat + 1
        if (Content.touchToBegin.length > 1)
            greeting = (greeting + 1) % Content.touchToBegin.length
        if (beat % 2 === 0)
            advance()
    }
    function advance() {
        if (count < 2)
            return
        const next = (slide + 1) % count
        show(1 - front, next)  // already decoded while hidden (preload)
        slide = next
        front = 1 - front
        if (Theme.moving) {
            progress = 0
            startedAt = Date.now()
            stepper.start()
        } else {
            progress = 1
            preload()
        }
    }
    // The hidden layer decodes the next slide while this one holds still.
    function preload() {
        if (count > 1)
            show(1 - front, (slide + 1) % count)
    }
    function show(layer: int, index: int) {
        if (layer === 0)
            shownBy0 = index
        else
            shownBy1 = index
    }
    onProgressChanged: if (progress >= 1) preload()
    onCountChanged: {
        stepper.stop()
        slide = 0
        front = 0
        progress = 1
        shownBy0 = 0
        shownBy1 = 1
    }

    Timer {
        objectName: "beatTimer"
        interval: Math.max(3, attractScreen.current.seconds || 8) * 500
        running: attractScreen.moves && !attractScreen.paused
        repeat: true
        onTriggered: attractScreen.onBeat()
    }
    Timer {
        id: stepper
        objectName: "motionTimer"
        interval: Math.round(1000 / attractScreen.stepsPerSecond)
        repeat: true
        onTriggered: {
            const p = Math.min(1, (Date.now() - attractScreen.startedAt) / attractScreen.transitionMs)
            attractScreen.progress = p
            if (p >= 1)
                stop()
        }
    }

    // Two layers: the slide on top and, during a transition, the one it replaces beneath it.
    Repeater {
        id: layers
        model: 2
        Image {
            id: layer
            required property int index
            readonly property int shows: index === 0 ? attractScreen.shownBy0 : attractScreen.shownBy1
            readonly property var slideData: attractScreen.count > 0 ? attractScreen.slides[shows % attractScreen.count] : ({})
            readonly property bool onTop: attractScreen.front === index
            // Each slide drifts the other way; the one beneath stays where it settled.
            readonly property real t: onTop ? attractScreen.travel : 1
            readonly property real direction: shows % 2 === 0 ? 1 : -1
            objectName: onTop ? "attractBackdrop" : "attractBackdropBeneath"
            width: attractScreen.width
            height: attractScreen.height
            z: onTop ? 1 : 0
            visible: onTop || attractScreen.progress < 1
            opacity: onTop ? attractScreen.progress : 1
            // Decoded for the screen (the build's nearest size): the few per cent of zoom
            // cost a little sharpness, a bigger picture would cost decoding time each slide.
            scale: 1.03 + 0.04 * (1 - t)
            transform: Translate { x: layer.direction * 0.015 * layer.width * (1 - layer.t) }
            // Asked for once the size to decode for is known (each change of it decodes again).
            source: (onTop || attractScreen.primed) && width > 0 && height > 0
                    ? Theme.pick(slideData.image, width * Screen.devicePixelRatio, height * Screen.devicePixelRatio, false) : ""
            onStatusChanged: if (onTop && status !== Image.Loading && status !== Image.Null) attractScreen.primed = true
            sourceSize.width: width
            sourceSize.height: height
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            smooth: true
            Accessible.role: Accessible.Graphic
            Accessible.name: slideData.image ? slideData.image.alt : ""
        }
    }
    // Dark where the words are; clear above them (every blended pixel costs on every frame).
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: parent.height * 0.7
        z: 2
        gradient: Gradient {
            GradientStop { position: 0.0; color: "#00000000" }
            GradientStop { position: 0.35; color: "#66000000" }
            GradientStop { position: 1.0; color: "#e6000000" }
        }
    }

    // A touch anywhere begins the visit in the default language; the language buttons above it.
    MouseArea {
        objectName: "attractTouchArea"
        anchors.fill: parent
        z: 3
        onClicked: Visit.start()
        Accessible.role: Accessible.Button
        Accessible.name: beginLabel.text
        Accessible.onPressAction: Visit.start()
    }

    // In the top corner; at the foot on a wall screen whose top is out of reach (Theme.reachTop),
    // where the words beside it leave it room.
    readonly property bool low: Theme.reachTop > 0
    KButton {
        id: pauseButton
        objectName: "attractPauseButton"
        z: 4
        anchors.right: parent.right
        anchors.top: attractScreen.low ? undefined : parent.top
        anchors.bottom: attractScreen.low ? parent.bottom : undefined
        anchors.margins: attractScreen.low ? 2 * Theme.margin : Theme.margin
        anchors.bottomMargin: 2 * Theme.margin + (Theme.touch * 1.4 - height) / 2  // level with the languages
        visible: attractScreen.moves
        text: attractScreen.paused ? "▶  " + qsTr("Play") : "❚❚  " + qsTr("Pause")
        Accessible.name: attractScreen.paused ? qsTr("Play the slides") : qsTr("Pause the slides")
        onClicked: attractScreen.paused = !attractScreen.paused
    }

    // The call to action is as wide as its widest language, so it never changes width.
    Instantiator {
        id: greetings
        model: Content.touchToBegin
        delegate: TextMetrics {
            required property string modelData
            text: modelData
            font: beginLabel.font
        }
    }
    readonly property real greetingWidth: {
        let widest = 0
        for (let i = 0; i < greetings.count; ++i) {
            const metrics = greetings.objectAt(i) as TextMetrics
            if (metrics)
                widest = Math.max(widest, metrics.advanceWidth)
        }
        return widest
    }

    Column {
        z: 4
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 2 * Theme.margin
        anchors.rightMargin: 2 * Theme.margin + (attractScreen.low && pauseButton.visible ? pauseButton.width + 2 * Theme.gap : 0)
        spacing: Theme.margin / 2

        Text {
            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
            objectName: "attractTitle"
            width: parent.width
            text: Content.exhibitTitle  // its last words are bound (kiosk.typeset): no lone word
            color: Theme.text
            font.family: Theme.serif
            font.pixelSize: Theme.display
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
            objectName: "attractTagline"
            width: parent.width
            text: attractScreen.current.text || ""
            opacity: Math.min(1, 2 * attractScreen.progress)
            color: Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.lead
            wrapMode: Text.WordWrap
        }
        Flow {
            width: parent.width
            spacing: 2 * Theme.gap

            Rectangle {
                id: beginButton
                objectName: "beginButton"
                width: Math.min(parent.width, Math.max(560 * Theme.unit, attractScreen.greetingWidth + 2 * Theme.margin))
                height: Theme.touch * 1.4
                radius: height / 2
                color: Theme.accent
                Accessible.role: Accessible.Button
                Accessible.name: beginLabel.text
                Accessible.onPressAction: Visit.start()
                Text {
                    textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                    id: beginLabel
                    objectName: "beginLabel"
                    anchors.centerIn: parent
                    text: Content.touchToBegin[attractScreen.greeting % Content.touchToBegin.length] || ""
                    color: Theme.inkOnAccent
                    font.family: Theme.sans
                    font.pixelSize: Theme.heading
                    font.bold: true
                }
            }
            Row {
                objectName: "attractLanguages"
                visible: Content.languages.length > 1
                spacing: Theme.gap
                height: beginButton.height
                Repeater {
                    model: Content.languages
                    KButton {
                        required property var modelData
                        objectName: "attractLanguage_" + modelData.code
                        anchors.verticalCenter: parent.verticalCenter
                        height: beginButton.height
                        radius: height / 2
                        text: modelData.name
                        fontSize: Theme.lead
                        onClicked: Visit.startIn(modelData.code)
                    }
                }
            }
        }
    }
}
