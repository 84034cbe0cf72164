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

    Text {
        id: sectionTitle
        objectName: "sectionTitle"
        anchors.left: parent.left
        anchors.right: progressLabel.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        anchors.topMargin: Theme.margin / 2
        text: Backend.sectionTitle
        color: Theme.accent
        font.family: Theme.sans
        font.pixelSize: Theme.lead
        font.bold: true
        elide: Text.ElideRight
    }
    Text {
        id: progressLabel
        objectName: "progressLabel"
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: sectionTitle.verticalCenter
        text: (Backend.panelIndex + 1) + " / " + Backend.panelCount
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
        anchors.bottom: navigation.top
        anchors.topMargin: Theme.gap
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: Theme.slide
        boundsBehavior: Flickable.StopAtBounds
        cacheBuffer: 0
        clip: true
        model: Backend.panels
        currentIndex: 0
        onCurrentIndexChanged: Backend.goToPanel(currentIndex)

        delegate: PanelView {
            width: panels.width
            height: panels.height
        }

        Connections {
            target: Backend
            function onPlaceChanged() {
                if (panels.currentIndex !== Backend.panelIndex)
                    panels.currentIndex = Backend.panelIndex
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
            objectName: "previousButton"
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            width: Math.max(implicitWidth, 240 * Theme.unit)
            text: "‹  " + qsTr("Previous")
            enabled: Backend.panelIndex > 0
            onClicked: Backend.previousPanel()
        }
        Row {
            id: dots
            anchors.centerIn: parent
            spacing: 14 * Theme.unit
            visible: !Theme.portrait || Backend.panelCount <= 8
            Repeater {
                model: Backend.panelCount
                Rectangle {
                    required property int index
                    width: 16 * Theme.unit
                    height: width
                    radius: width / 2
                    color: index === Backend.panelIndex ? Theme.accent : Theme.raised
                }
            }
        }
        KButton {
            objectName: "sourcesButton"
            anchors.right: nextButton.left
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Sources")
            onClicked: Backend.openSources()
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
            enabled: Backend.panelIndex < Backend.panelCount - 1
            onClicked: Backend.nextPanel()
        }
    }
}
