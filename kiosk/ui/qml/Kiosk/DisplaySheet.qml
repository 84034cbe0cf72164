import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// The visitor's Display sheet, opened by "Display" in the control bar: text size (up to 200 %),
// contrast (standard or high) and motion (normal or reduced), for this visit only (the idle reset
// brings back the operator's). Low on the screen, just above the button that opened it, within
// reach; a tap beside it, Close, Back or Escape closes it. The choice shows by fill, bold and a ✓.
Rectangle {
    id: sheet
    objectName: "displaySheet"
    color: "#cc000000"

    MouseArea {  // a tap beside the sheet closes it
        objectName: "displayScrim"
        anchors.fill: parent
        onClicked: Visit.closeDisplay()
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Close")
        Accessible.onPressAction: Visit.closeDisplay()
    }

    Rectangle {
        id: card
        objectName: "displayCard"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: Theme.portrait ? Theme.gap : Theme.margin
        anchors.bottomMargin: Theme.gap
        width: Math.min(parent.width - 2 * anchors.rightMargin, rows.widest + 2 * Theme.margin)
        height: Math.min(parent.height - 2 * Theme.gap, rows.implicitHeight + 2 * Theme.gap)
        radius: Theme.radius
        color: Theme.surface
        border.width: Math.max(Theme.outlineWidth, 2 * Theme.unit)
        border.color: Theme.highContrast ? Theme.outline : Theme.raised

        MouseArea {  // a tap on the sheet itself stays on it
            objectName: "displayCardBody"
            anchors.fill: parent
        }

        Flickable {
            id: scroller
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            anchors.topMargin: Theme.gap
            anchors.bottomMargin: Theme.gap
            contentHeight: rows.implicitHeight
            interactive: contentHeight > height
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            Column {
                id: rows
                width: scroller.width
                spacing: Theme.gap / 2
                readonly property real widest: Math.max(sizes.implicitWidth, contrast.implicitWidth, motion.implicitWidth)

                Text {
                    textFormat: Text.PlainText
                    text: qsTr("Text size")
                    color: Theme.text
                    font.family: Theme.sans
                    font.pixelSize: Theme.control
                    font.bold: true
                }
                Row {
                    id: sizes
                    spacing: Theme.gap
                    Repeater {
                        model: Visit.textScaleCount
                        KButton {
                            required property int index
                            objectName: "textSize_" + index
                            readonly property bool chosen: Visit.textScaleStep === index
                            text: (chosen ? "✓ " : "") + qsTr("%1%").arg([100, 140, 170, 200][index])
                            selected: chosen
                            onClicked: Visit.setTextScaleStep(index)
                        }
                    }
                }
                Text {
                    textFormat: Text.PlainText
                    text: qsTr("Contrast")
                    color: Theme.text
                    font.family: Theme.sans
                    font.pixelSize: Theme.control
                    font.bold: true
                }
                Row {
                    id: contrast
                    spacing: Theme.gap
                    KButton {
                        objectName: "contrastStandard"
                        text: (!Visit.highContrast ? "✓ " : "") + qsTr("Standard")
                        selected: !Visit.highContrast
                        onClicked: Visit.setHighContrast(false)
                    }
                    KButton {
                        objectName: "contrastHigh"
                        text: (Visit.highContrast ? "✓ " : "") + qsTr("High contrast")
                        selected: Visit.highContrast
                        onClicked: Visit.setHighContrast(true)
                    }
                }
                Text {
                    textFormat: Text.PlainText
                    text: qsTr("Motion")
                    color: Theme.text
                    font.family: Theme.sans
                    font.pixelSize: Theme.control
                    font.bold: true
                }
                Row {
                    id: motion
                    spacing: Theme.gap
                    KButton {
                        objectName: "motionNormal"
                        text: (!Visit.reduceMotion ? "✓ " : "") + qsTr("Normal")
                        selected: !Visit.reduceMotion
                        onClicked: Visit.setReduceMotion(false)
                    }
                    KButton {
                        objectName: "motionReduced"
                        text: (Visit.reduceMotion ? "✓ " : "") + qsTr("Reduced motion")
                        selected: Visit.reduceMotion
                        onClicked: Visit.setReduceMotion(true)
                    }
                }
                Item { width: 1; height: Theme.gap / 2 }
                KButton {
                    objectName: "closeDisplay"
                    anchors.right: parent.right
                    text: qsTr("Close")
                    onClicked: Visit.closeDisplay()
                }
            }
        }
    }
}
