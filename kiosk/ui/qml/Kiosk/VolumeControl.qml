import QtQuick
import KioskBackend
import Kiosk

// Quieter and louder, within the operator's range (settings volume_min .. volume_max), and the
// level in between. The volume is the visitor's for the whole visit (Player.volume); the idle
// reset brings back the operator's level.
Row {
    id: volumeControl
    objectName: "volumeControl"
    spacing: Theme.gap / 2
    //: False while its panel is off screen (built ahead): then Tab passes it by.
    property bool inView: true

    KButton {
        objectName: "quieterButton"
        activeFocusOnTab: volumeControl.inView
        anchors.verticalCenter: parent.verticalCenter
        text: "−"
        Accessible.name: qsTr("Quieter")
        enabled: Player.canQuieter
        onClicked: Player.volumeDown()
    }
    Text {
        id: levelLabel
        textFormat: Text.PlainText
        objectName: "volumeLabel"
        anchors.verticalCenter: parent.verticalCenter
        width: levelMetrics.advanceWidth
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("%1%").arg(Player.volumeLevel)
        color: Theme.muted
        font.family: Theme.sans
        font.pixelSize: Theme.small
        Accessible.name: qsTr("Volume %1%").arg(Player.volumeLevel)
        TextMetrics {
            id: levelMetrics
            font: levelLabel.font
            text: qsTr("%1%").arg(100)
        }
    }
    KButton {
        objectName: "louderButton"
        activeFocusOnTab: volumeControl.inView
        anchors.verticalCenter: parent.verticalCenter
        text: "+"
        Accessible.name: qsTr("Louder")
        enabled: Player.canLouder
        onClicked: Player.volumeUp()
    }
}
