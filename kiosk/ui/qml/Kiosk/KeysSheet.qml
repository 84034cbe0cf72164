import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// The keys and what they do (the keypad's help key, or F1): the profile the kiosk was set up with
// (kiosk.keypad), each action with its keys. Any key that is not the help key closes it: Escape.
Rectangle {
    id: sheet
    objectName: "keysSheet"
    color: "#e6000000"
    Keys.onEscapePressed: Keypad.closeHelp()
    readonly property var names: ({
        next: qsTr("Next panel"), previous: qsTr("Previous panel"),
        down: qsTr("Next control, or scroll down"), up: qsTr("Previous control, or scroll up"),
        select: qsTr("Press the control with the frame"), back: qsTr("Close, or go back"),
        home: qsTr("The sections"), help: qsTr("These keys"),
        volume_up: qsTr("Louder"), volume_down: qsTr("Quieter"), audio: qsTr("Audio description on or off")
    })
    MouseArea { anchors.fill: parent; onClicked: Keypad.closeHelp() }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1400 * Theme.unit)
        height: Math.min(parent.height - 2 * Theme.margin, box.implicitHeight + 2 * Theme.margin)
        radius: Theme.radius
        color: Theme.surface
        MouseArea { anchors.fill: parent }  // taps on the card do not close it

        Column {
            id: box
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.gap / 2
            Text {
                textFormat: Text.PlainText
                width: parent.width - closeButton.width - Theme.gap
                text: qsTr("Keys")
                color: Theme.accent
                font.family: Theme.sans
                font.pixelSize: Theme.heading
                font.bold: true
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width - closeButton.width - Theme.gap  // clear of Close beside it
                text: qsTr("Tab moves the frame to the next control, Shift and Tab to the one before.")
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.body
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: Keypad.profile
                Row {
                    id: line
                    required property var modelData
                    objectName: "keysLine"
                    spacing: Theme.gap
                    Text {
                        textFormat: Text.PlainText
                        width: box.width * 0.45
                        text: line.modelData.keys
                        color: Theme.accent
                        font.family: Theme.sans
                        font.pixelSize: Theme.body
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        textFormat: Text.PlainText
                        width: box.width * 0.55 - Theme.gap
                        text: sheet.names[line.modelData.action] || line.modelData.action
                        color: Theme.text
                        font.family: Theme.sans
                        font.pixelSize: Theme.body
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
        KButton {
            id: closeButton
            objectName: "closeKeys"
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.margin
            focus: true
            text: qsTr("Close")
            onClicked: Keypad.closeHelp()
        }
    }
}
