import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// A section: its panels side by side. Swipe (with flick velocity) or use the big previous and
// next buttons; the dots and "3 / 8" say where you are.
Rectangle {
    id: sectionScreen
    objectName: "sectionScreen"
    color: Theme.background
    NumberAnimation on opacity { from: 0; to: 1; duration: Theme.fade }

    // Narration for what is on screen (the panel's own, else the section's), opened by "Listen".
    readonly property bool hasNarration: (Content.narration.url || "") !== ""
    property bool listening: false
    onHasNarrationChanged: if (!hasNarration) listening = false

    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        id: sectionTitle
        objectName: "sectionTitle"
        anchors.left: parent.left
        anchors.right: progressLabel.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        anchors.topMargin: Theme.margin / 2
        text: Content.sectionTitle
        color: Theme.accent
        font.family: Theme.sans
        font.pixelSize: Theme.lead
        font.bold: true
        elide: Text.ElideRight
    }
    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        id: progressLabel
        objectName: "progressLabel"
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: sectionTitle.verticalCenter
        text: (Visit.panelIndex + 1) + " / " + Visit.panelCount
        color: Theme.muted
        font.family: Theme.sans
        font.pixelSize: Theme.lead
    }

    ListView {
        id: panels
        objectName: "panelList"
        anchors.top: sectionTitle.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: narrationBar.active ? narrationBar.top : navigation.top
        anchors.topMargin: Theme.gap
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: Theme.slide
        boundsBehavior: Flickable.StopAtBounds
        // The panels either side are built ahead, asynchronously while the visitor reads, so a
        // slide never waits for the panel it brings in (and only those two are kept).
        cacheBuffer: Math.max(1, width)
        clip: true
        model: Content.panels
        currentIndex: 0
        onCurrentIndexChanged: Visit.goToPanel(currentIndex)

        delegate: PanelView {
            width: panels.width
            height: panels.height
        }

        Connections {
            target: Visit
            // Before the screen goes: let go of the panels while their model is whole, so any
            // panel still being built ahead is cancelled cleanly (see Visit.leavingSection).
            function onLeavingSection() { panels.model = null }
            function onPlaceChanged() {
                const to = Visit.panelIndex
                if (panels.currentIndex === to)
                    return
                if (Math.abs(panels.currentIndex - to) > 1) {
                    // A jump, not a visitor's step: no long scroll that builds every panel between.
                    panels.highlightMoveDuration = 0
                    panels.currentIndex = to
                    panels.highlightMoveDuration = Qt.binding(() => Theme.slide)
                } else {
                    panels.currentIndex = to
                }
            }
        }
    }

    Rectangle {
        id: narrationBar
        objectName: "narrationBar"
        readonly property bool active: sectionScreen.listening && sectionScreen.hasNarration
        visible: active
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: navigation.top
        height: active ? Theme.touch + 4 * Theme.lead + 3 * Theme.gap : 0
        color: Theme.surface

        Loader {
            id: narrationPlayer
            objectName: "narrationLoader"
            anchors.left: parent.left
            anchors.right: closeNarration.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.margins: Theme.gap
            anchors.leftMargin: Theme.margin
            active: narrationBar.active
            source: "MediaPlayerView.qml"
            onLoaded: {
                item.track = Qt.binding(() => Content.narration)
                item.autoPlay = true
            }
        }
        KButton {
            id: closeNarration
            objectName: "closeNarrationButton"
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.gap
            text: qsTr("Close")
            onClicked: sectionScreen.listening = false
        }
    }

    Item {
        id: navigation
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.touch + 2 * Theme.gap

        KButton {
            id: previousButton
            objectName: "previousButton"
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            width: Math.max(implicitWidth, 240 * Theme.unit)
            text: "‹  " + qsTr("Previous")
            enabled: Visit.panelIndex > 0
            onClicked: Visit.previousPanel()
        }
        Row {
            id: dots
            anchors.centerIn: parent
            spacing: 14 * Theme.unit
            // Only where they fit between the buttons.
            visible: width + 2 * Theme.gap < 2 * Math.min(parent.width / 2 - previousButton.x - previousButton.width,
                                                          (listenButton.visible ? listenButton.x : sourcesButton.x) - parent.width / 2)
            Repeater {
                model: Visit.panelCount
                Rectangle {
                    required property int index
                    width: 16 * Theme.unit
                    height: width
                    radius: width / 2
                    color: index === Visit.panelIndex ? Theme.accent : Theme.raised
                }
            }
        }
        KButton {
            id: listenButton
            objectName: "listenButton"
            anchors.right: sourcesButton.left
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            visible: sectionScreen.hasNarration && !sectionScreen.listening
            text: qsTr("Listen")
            onClicked: sectionScreen.listening = true
        }
        KButton {
            id: sourcesButton
            objectName: "sourcesButton"
            anchors.right: nextButton.left
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Sources")
            onClicked: Visit.openSources()
        }
        KButton {
            id: nextButton
            objectName: "nextButton"
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            width: Math.max(implicitWidth, 240 * Theme.unit)
            text: qsTr("Next") + "  ›"
            primary: true
            enabled: Visit.panelIndex < Visit.panelCount - 1
            onClicked: Visit.nextPanel()
        }
    }
}
