import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// Shown instead of an error when no exhibit could be loaded: calm, in every language.
// The operator finds the reasons in the log.
Rectangle {
    color: Theme.background
    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.margin / 2
        Repeater {
            model: Content.unavailableText
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                required property string modelData
                objectName: "unavailableText"
                width: parent.width
                text: modelData
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.heading
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }
    }
}
