import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// Dated events on a line that scrolls sideways; eras as bands above; tap an event to read it.
Item {
    id: timelinePanel
    property var view: ({})
    readonly property var events: view.events || []
    readonly property var eras: view.eras || []
    property int opened: -1
    onOpenedChanged: if (timelinePanel.opened >= 0) Analytics.opened("event", "", timelinePanel.opened)
    readonly property real cardWidth: Math.max(360 * Theme.unit, Theme.touch * 3)

    PanelTitle {
        id: title
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: timelinePanel.view.title
    }

    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        id: hint
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: title.bottom
        text: qsTr("Touch an event to read more; slide the line to see the others.")
        color: Theme.muted
        font.family: Theme.sans
        font.pixelSize: Theme.small
        wrapMode: Text.WordWrap
    }

    Flickable {
        id: strip
        objectName: "timelineStrip"
        anchors.top: hint.bottom
        anchors.topMargin: Theme.gap
        anchors.left: parent.left
        anchors.right: parent.right
        height: Math.min(parent.height - title.height - hint.height - Theme.gap, 520 * Theme.unit)
        contentWidth: timelinePanel.events.length * timelinePanel.cardWidth
        contentHeight: height
        flickableDirection: Flickable.HorizontalFlick
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Repeater {
            model: timelinePanel.eras
            Rectangle {
                id: era
                required property var modelData
                required property int index
                x: modelData.first * timelinePanel.cardWidth + 4 * Theme.unit
                width: modelData.count * timelinePanel.cardWidth - 8 * Theme.unit
                height: eraLabel.implicitHeight + Theme.gap
                radius: Theme.radius
                color: index % 2 ? Theme.raised : Theme.surface
                Text {
                    textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                    id: eraLabel
                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
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
            y: 140 * Theme.unit
            width: strip.contentWidth
            height: 4 * Theme.unit
            color: Theme.muted
        }
        Repeater {
            model: timelinePanel.events
            Item {
                id: event
                required property var modelData
                required property int index
                objectName: "timelineEvent_" + index
                x: index * timelinePanel.cardWidth
                y: 120 * Theme.unit
                width: timelinePanel.cardWidth
                height: strip.height - y
                Rectangle {
                    x: Theme.gap
                    width: 44 * Theme.unit
                    height: width
                    radius: width / 2
                    color: timelinePanel.opened === event.index ? Theme.text : Theme.accent
                }
                Rectangle {
                    anchors.fill: parent
                    anchors.topMargin: 64 * Theme.unit
                    anchors.rightMargin: Theme.gap
                    radius: Theme.radius
                    color: tap.pressed ? Theme.raised : Theme.surface
                    Column {
                        anchors.fill: parent
                        anchors.margins: Theme.gap
                        spacing: 6 * Theme.unit
                        Text {
                            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                            width: parent.width
                            text: event.modelData.date
                            color: Theme.accent
                            font.family: Theme.sans
                            font.pixelSize: Theme.body
                            font.bold: true
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                            width: parent.width
                            text: event.modelData.title
                            color: Theme.text
                            font.family: Theme.sans
                            font.pixelSize: Theme.body
                            wrapMode: Text.WordWrap
                        }
                    }
                    MouseArea {
                        id: tap
                        anchors.fill: parent
                        onClicked: timelinePanel.opened = event.index
                    }
                }
            }
        }
    }

    Rectangle {  // the opened event
        objectName: "timelineDetail"
        anchors.fill: parent
        visible: timelinePanel.opened >= 0
        color: Theme.background
        readonly property var event: timelinePanel.opened >= 0 ? timelinePanel.events[timelinePanel.opened] : ({})
        MouseArea { anchors.fill: parent }
        Text {
            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
            id: detailDate
            anchors.left: parent.left
            anchors.right: closeEvent.left
            anchors.top: parent.top
            text: parent.event.date || ""
            color: Theme.accent
            font.family: Theme.sans
            font.pixelSize: Theme.lead
            font.bold: true
            wrapMode: Text.WordWrap
        }
        KButton {
            id: closeEvent
            objectName: "closeEvent"
            anchors.right: parent.right
            anchors.top: parent.top
            text: qsTr("Back to the timeline")
            onClicked: timelinePanel.opened = -1
        }
        PanelTitle {
            id: detailTitle
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: closeEvent.bottom
            anchors.topMargin: Theme.gap
            text: parent.event.title || ""
        }
        ScrollText {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: detailTitle.bottom
            anchors.topMargin: Theme.gap
            anchors.bottom: parent.bottom
            text: parent.event.body || ""
        }
    }
}
