import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// A section: its panels side by side. Swipe (with flick velocity) or use the big previous and
// next buttons; the header (exhibit › section number and title) and the dots and "3 / 8" say
// where you are. Under the panel: its sources in one line (the sheet has the rest) and "More".
// The last panel offers the next section; the last section's, the way back to the start.
Rectangle {
    id: sectionScreen
    objectName: "sectionScreen"
    color: Theme.background
    NumberAnimation on opacity { from: 0; to: 1; duration: Theme.fade }

    // Narration for what is on screen (the panel's own, else the section's), opened by "Listen".
    readonly property bool hasNarration: (Content.narration.url || "") !== ""
    property bool listening: false
    onHasNarrationChanged: if (!hasNarration) listening = false

    readonly property bool lastPanel: Visit.panelIndex >= Visit.panelCount - 1
    // Escape closes what the panel in view opened inside it (Main.back).
    function closeInner(): bool {
        return (panels.currentItem as PanelView)?.closeInner() ?? false
    }
    readonly property var panel: Content.currentPanel
    // The signer's video for this panel in the visitor's language, if it has one.
    readonly property var sign: panel.signLanguage || ({})
    readonly property bool hasSign: (sign.url || "") !== ""

    Text {
        textFormat: Text.PlainText
        id: breadcrumb
        objectName: "breadcrumb"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.gap
        // Where the visitor is; without the exhibit's title where the line would not hold it.
        readonly property string place: qsTr("Section %1 of %2").arg(Visit.sectionIndex + 1).arg(Content.sectionCount)
        text: whole.width <= width ? whole.text : place
        color: Theme.muted
        font.family: Theme.sans
        font.pixelSize: Theme.small
        elide: Text.ElideRight
        TextMetrics {
            id: whole
            font: breadcrumb.font
            text: Content.exhibitTitle + "  ›  " + breadcrumb.place
        }
    }
    Rectangle {
        id: sectionNumber
        objectName: "sectionNumber"
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: sectionTitle.verticalCenter
        width: numberLabel.implicitHeight * 1.25
        height: width
        radius: width / 2
        color: Theme.accent
        Text {
            textFormat: Text.PlainText
            id: numberLabel
            anchors.centerIn: parent
            text: Visit.sectionIndex + 1
            color: Theme.inkOnAccent
            font.family: Theme.sans
            font.pixelSize: Theme.lead * 0.8
            font.bold: true
        }
    }
    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        id: sectionTitle
        objectName: "sectionTitle"
        anchors.left: sectionNumber.right
        anchors.leftMargin: Theme.gap
        anchors.right: progressLabel.left
        anchors.rightMargin: Theme.gap
        anchors.top: breadcrumb.bottom
        anchors.topMargin: Theme.gap / 2
        text: Content.sectionTitle
        color: Theme.accent
        font.family: Theme.sans
        font.pixelSize: Theme.lead
        font.bold: true
        wrapMode: Text.Wrap  // whole at any text size: the panels start lower instead
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
        anchors.bottom: footer.top
        anchors.topMargin: Theme.gap
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: Theme.slide
        boundsBehavior: Flickable.StopAtBounds
        interactive: !((currentItem as PanelView)?.holdsDrag ?? false)
        // The panels either side are built ahead, asynchronously while the visitor reads, so a
        // slide never waits for the panel it brings in (and only those two are kept).
        cacheBuffer: Math.max(1, width)
        clip: true
        model: Content.panels
        keyNavigationEnabled: false  // Left and Right turn the page through Visit (Main.qml)
        currentIndex: 0
        onCurrentIndexChanged: Visit.goToPanel(currentIndex)

        delegate: PanelView {
            width: panels.width
            height: panels.height
        }

        Connections {
            target: Visit
            // Before the screen or its section goes: let go of the panels while their model is
            // whole, so any panel still being built ahead is cancelled cleanly (see
            // Visit.leavingSection); the next section's panels are taken up once they are there.
            function onLeavingSection() { panels.model = null }
            function onPlaceChanged() {
                if (panels.model === null && Visit.screen === "section")
                    panels.model = Content.panels
                // A control of the panel left behind keeps no focus: it goes to Next.
                if (panels.activeFocus)
                    nextButton.forceActiveFocus(Qt.OtherFocusReason)
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

    // The panel's sources in one line (a tap opens the sheet) and, if it has one, its More layer.
    Item {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: narrationBar.active ? narrationBar.top : navigation.top
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        height: Theme.touch + Theme.gap
        KButton {
            id: sourcesButton
            objectName: "sourcesButton"
            anchors.left: parent.left
            anchors.bottom: parent.bottom
            width: Math.min(implicitWidth, parent.width - (moreButton.visible ? moreButton.width + Theme.gap : 0)
                                           - (signButton.visible ? signButton.width + Theme.gap : 0))
            flat: true
            shortened: true
            fontSize: Theme.small
            // The first sources by name where two lines hold them (large text may not): else the
            // word alone, and the sheet has them all.
            readonly property string fullLine: qsTr("Sources: %1").arg(sectionScreen.panel.sourceLine || "") + "  ›"
            text: sourcesFit.lineCount <= 2 ? fullLine : qsTr("Sources") + "  ›"
            onClicked: Visit.openSources()
        }
        Text {  // measures the whole line, never shown
            id: sourcesFit
            visible: false
            width: parent.width - (moreButton.visible ? moreButton.width + Theme.gap : 0) - Theme.gap
            text: sourcesButton.fullLine
            font.family: Theme.sans
            font.pixelSize: Theme.small
            wrapMode: Text.WordWrap
        }
        KButton {
            id: signButton
            objectName: "signButton"
            anchors.right: moreButton.visible ? moreButton.left : parent.right
            anchors.rightMargin: moreButton.visible ? Theme.gap : 0
            anchors.bottom: parent.bottom
            visible: sectionScreen.hasSign
            selected: Player.signLanguage
            text: qsTr("Sign language")
            onClicked: Player.toggleSignLanguage()
        }
        KButton {
            id: moreButton
            objectName: "moreButton"
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            visible: (sectionScreen.panel.more || "") !== ""
            selected: Visit.detail === "more"
            text: Visit.detail === "more" ? qsTr("Less") : qsTr("More") + "  ›"
            onClicked: Visit.detail === "more" ? Visit.closeDetail() : Visit.openDetail("more")
        }
    }

    // The deeper layer: beside the panel on a wall screen, over its lower part on a pedestal.
    Loader {
        id: moreSheet
        objectName: "moreLoader"
        active: Visit.detail === "more" && (sectionScreen.panel.more || "") !== ""
        x: Theme.portrait ? 0 : parent.width / 2
        y: Theme.portrait ? panels.y + panels.height * 0.35 : panels.y
        width: Theme.portrait ? parent.width : parent.width / 2
        height: panels.y + panels.height - y
        property Item opener: null
        onLoaded: { opener = sectionScreen.Window.activeFocusItem; forceActiveFocus(Qt.OtherFocusReason) }
        onActiveChanged: if (!active && opener && opener.visible) opener.forceActiveFocus(Qt.OtherFocusReason)
        sourceComponent: MoreSheet {
            title: sectionScreen.panel.title || ""
            text: sectionScreen.panel.more || ""
        }
    }

    // The signer, in the lower corner over the panel (and over its More layer).
    Loader {
        id: signLoader
        objectName: "signLoader"
        active: Player.signLanguage && sectionScreen.hasSign
        z: 2
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.bottom: panels.bottom
        anchors.bottomMargin: Theme.gap
        width: Math.min(panels.width * (Theme.portrait ? 0.45 : 0.3), 640 * Theme.unit)
        height: width * 0.75
        source: "SignOverlay.qml"
        onLoaded: item.video = Qt.binding(() => sectionScreen.sign)
    }

    Rectangle {
        id: narrationBar
        objectName: "narrationBar"
        readonly property bool active: sectionScreen.listening && sectionScreen.hasNarration
        visible: active
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: navigation.top
        // Room for four caption lines over the player's controls (one row of them, or two).
        height: active ? ((narrationPlayer.item as MediaPlayerView)?.controlsHeight ?? Theme.touch) + 4 * Theme.lead + 3 * Theme.gap : 0
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
            onClicked: {
                if (activeFocus)
                    listenButton.forceActiveFocus(Qt.OtherFocusReason)
                sectionScreen.listening = false
            }
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
            visible: Visit.panelIndex > 0  // hidden, not greyed out, where it does not apply
            onClicked: Visit.previousPanel()
        }
        Row {
            id: dots
            anchors.centerIn: parent
            spacing: 14 * Theme.unit
            // Only where they fit between the buttons.
            visible: width + 2 * Theme.gap < 2 * Math.min(parent.width / 2 - previousButton.x - previousButton.width,
                                                          (listenButton.visible ? listenButton.x : nextButton.x) - parent.width / 2)
            Repeater {
                model: Visit.panelCount
                Rectangle {  // this panel's dot is filled and larger; the others are rings (Theme.line)
                    required property int index
                    readonly property bool here: index === Visit.panelIndex
                    anchors.verticalCenter: parent.verticalCenter
                    width: (here ? 22 : 16) * Theme.unit
                    height: width
                    radius: width / 2
                    color: here ? Theme.accent : "transparent"
                    border.width: here ? 0 : Math.max(2, 3 * Theme.unit)
                    border.color: Theme.line
                }
            }
        }
        KButton {
            id: listenButton
            objectName: "listenButton"
            anchors.right: nextButton.left
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            visible: sectionScreen.hasNarration && !sectionScreen.listening
            text: qsTr("Listen")
            onClicked: {
                sectionScreen.listening = true
                if (activeFocus)  // the button goes while the bar plays: the focus to its Close
                    closeNarration.forceActiveFocus(Qt.OtherFocusReason)
            }
        }
        KButton {
            id: nextButton
            objectName: "nextButton"
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(Math.max(implicitWidth, 240 * Theme.unit), parent.width * 0.45)
            // The end of a section is no dead end: the next section, or after the last, the start.
            text: !sectionScreen.lastPanel ? qsTr("Next") + "  ›"
                : Content.nextSectionTitle !== "" ? qsTr("Next: %1").arg(Content.nextSectionTitle) + "  ›"
                : qsTr("Back to the start")
            primary: true
            focus: true  // where the keyboard's focus is as the section opens
            onClicked: {
                if (!sectionScreen.lastPanel)
                    Visit.nextPanel()
                else if (Content.nextSectionTitle !== "")
                    Visit.openSection(Visit.sectionIndex + 1)
                else
                    Visit.goHome()
            }
        }
    }
}
