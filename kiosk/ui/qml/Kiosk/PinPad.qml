import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// The operator's PIN: a keypad of big keys, the digits shown as dots, Cancel to go back.
// Nothing here tells a visitor what lies behind it.
Rectangle {
    id: pad
    objectName: "pinPad"
    color: "#f0000000"
    property string entered: ""

    Connections {
        target: Operator
        function onPinChanged() { pad.entered = "" }
    }
    MouseArea { anchors.fill: parent }  // nothing underneath takes a touch while the pad is open
    // With a keyboard: the digits type, Escape cancels (Enter presses the key with the focus).
    function type(key: string) {
        if (key === "⌫")
            pad.entered = pad.entered.slice(0, -1)
        else if (key === "OK")
            Operator.submitPin(pad.entered)
        else if (pad.entered.length < 8)
            pad.entered += key
    }
    Keys.onEscapePressed: Operator.closePin()
    Keys.onPressed: (event) => {
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            pad.type(event.text)
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {  // a digit, as on the pad's ⌫
            pad.type("⌫")
            event.accepted = true
        }
    }

    Column {
        anchors.centerIn: parent
        spacing: Theme.gap

        Text {
            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
            anchors.horizontalCenter: parent.horizontalCenter
            text: Operator.pinMessage === "locked" ? qsTr("Too many tries. Wait a minute.")
                : Operator.pinMessage === "wrong" ? qsTr("Wrong PIN. Try again.")
                : qsTr("Operator PIN")
            color: Operator.pinMessage ? Theme.bad : Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.lead
        }
        Text {
            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
            objectName: "pinDots"
            anchors.horizontalCenter: parent.horizontalCenter
            height: Theme.lead * 1.5
            text: "●".repeat(pad.entered.length)
            color: Theme.accent
            font.family: Theme.sans
            font.pixelSize: Theme.lead
        }
        Grid {
            anchors.horizontalCenter: parent.horizontalCenter
            columns: 3
            spacing: Theme.gap
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
                KButton {
                    required property string modelData
                    objectName: "pinKey_" + (modelData === "⌫" ? "back" : modelData)
                    width: Theme.touch * 1.4
                    height: Theme.touch * 1.2
                    text: modelData
                    fontSize: Theme.lead
                    primary: modelData === "OK"
                    focus: modelData === "1"  // the keyboard's focus is here as the pad opens
                    Accessible.name: modelData === "⌫" ? qsTr("Delete a digit") : modelData
                    onClicked: pad.type(modelData)
                }
            }
        }
        KButton {
            objectName: "pinCancel"
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Cancel")
            onClicked: Operator.closePin()
        }
    }
}
