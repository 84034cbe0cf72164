import QtQuick
import KioskBackend
import Kiosk

// "Are you still there?": after the idle timeout, a countdown with one big button to carry on.
// A touch anywhere but "Start over" also carries on (WCAG 2.2.1: one simple action).
Rectangle {
    id: overlay
    objectName: "idleOverlay"
    color: "#d9000000"
    Keys.onEscapePressed: Idle.continueVisit()  // as a touch anywhere but Start over

    MouseArea {
        anchors.fill: parent
        onClicked: Idle.continueVisit()
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Continue")
        Accessible.onPressAction: Idle.continueVisit()
    }

    Rectangle {
        // In the middle; at the foot on a wall screen whose top is out of reach (Theme.reachTop).
        x: (parent.width - width) / 2
        y: Theme.reachTop > 0 ? parent.height - height - 2 * Theme.margin : (parent.height - height) / 2
        width: Math.min(parent.width - 2 * Theme.margin, 1100 * Theme.unit)
        height: box.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface

        Column {
            id: box
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.margin / 2
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                width: parent.width
                text: qsTr("Are you still there?")
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.heading
                font.bold: true
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                objectName: "idleCountdown"
                width: parent.width
                text: qsTr("The exhibit will start over in %1 seconds.").arg(Idle.remaining)
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.lead
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            Row {
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: 2 * Theme.gap
                KButton {
                    objectName: "continueButton"
                    focus: true  // the keyboard's focus is here as the warning opens
                    text: qsTr("Continue")
                    primary: true
                    fontSize: Theme.lead
                    width: Math.max(implicitWidth, 360 * Theme.unit)
                    height: Theme.touch * 1.3
                    onClicked: Idle.continueVisit()
                }
                KButton {
                    objectName: "startOverButton"
                    text: qsTr("Start over")
                    fontSize: Theme.lead
                    width: Math.max(implicitWidth, 360 * Theme.unit)
                    height: Theme.touch * 1.3
                    onClicked: Idle.startOver()
                }
            }
        }
    }
}
