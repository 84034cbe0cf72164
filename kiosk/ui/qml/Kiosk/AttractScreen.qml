import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// The attract loop: slides cycle and "touch to begin" speaks every language in turn. A pulsing
// button and a hand-sized target say plainly that this is a screen to touch, not a film to watch.
Rectangle {
    id: attractScreen
    objectName: "attractScreen"
    color: Theme.background

    property int slide: 0
    property int greeting: 0
    readonly property var slides: Content.attractSlides
    readonly property var current: slides.length > 0 ? slides[slide % slides.length] : ({})

    Timer {
        interval: Math.max(3, attractScreen.current.seconds || 8) * 1000
        running: attractScreen.slides.length > 1
        repeat: true
        onTriggered: attractScreen.slide = (attractScreen.slide + 1) % attractScreen.slides.length
    }
    Timer {
        interval: 2500
        running: true
        repeat: true
        onTriggered: attractScreen.greeting = (attractScreen.greeting + 1) % Content.touchToBegin.length
    }

    Image {
        id: backdrop
        anchors.fill: parent
        source: Theme.pick(attractScreen.current.image, width * Screen.devicePixelRatio,
                           height * Screen.devicePixelRatio, false)
        sourceSize.width: width
        sourceSize.height: height
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        Accessible.role: Accessible.Graphic
        Accessible.name: attractScreen.current.image ? attractScreen.current.image.alt : ""
    }
    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: "#33000000" }
            GradientStop { position: 0.55; color: "#66000000" }
            GradientStop { position: 1.0; color: "#e6000000" }
        }
    }

    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 2 * Theme.margin
        spacing: Theme.margin / 2

        Text {
            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
            objectName: "attractTitle"
            width: parent.width
            text: Content.exhibitTitle
            color: Theme.text
            font.family: Theme.serif
            font.pixelSize: Theme.display
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Text {
            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
            width: parent.width
            text: attractScreen.current.text || ""
            color: Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.lead
            wrapMode: Text.WordWrap
        }
        Rectangle {
            id: beginButton
            objectName: "beginButton"
            width: Math.max(560 * Theme.unit, beginLabel.implicitWidth + 2 * Theme.margin)
            height: Theme.touch * 1.4
            radius: height / 2
            color: Theme.accent
            SequentialAnimation on scale {
                running: Theme.motion
                loops: Animation.Infinite
                NumberAnimation { from: 1; to: 1.06; duration: 900; easing.type: Easing.InOutQuad }
                NumberAnimation { from: 1.06; to: 1; duration: 900; easing.type: Easing.InOutQuad }
            }
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                id: beginLabel
                anchors.centerIn: parent
                text: Content.touchToBegin[attractScreen.greeting % Content.touchToBegin.length]
                color: Theme.inkOnAccent
                font.family: Theme.sans
                font.pixelSize: Theme.heading
                font.bold: true
            }
        }
    }

    MouseArea {
        objectName: "attractTouchArea"
        anchors.fill: parent
        onClicked: Visit.start()
    }
}
