import QtQuick
import Kiosk

// At the foot of a scrolling area while there is more below: a fade and a "more below" mark,
// so a visitor sees the text goes on (the arrow keys and a finger scroll it).
Rectangle {
    id: hint
    required property Flickable flickable
    property color fill: Theme.background
    // Never taller than its area: an area squeezed to a line or less (the largest text on a small
    // stage) drew its mark above itself, over the controls there.
    visible: flickable.interactive && !flickable.atYEnd && flickable.height >= 72 * Theme.unit
    anchors.bottom: flickable.bottom
    anchors.left: flickable.left
    anchors.right: flickable.right
    height: 72 * Theme.unit
    gradient: Gradient {
        GradientStop { position: 0; color: "transparent" }
        GradientStop { position: 0.6; color: hint.fill }
    }
    // On a pill of the background's colour: what scrolls beneath the mark is hidden by it, never
    // printed through it (a chart's label under the words read as one garbled line at 200 %).
    Rectangle {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        width: mark.implicitWidth + 2 * Theme.gap
        height: mark.implicitHeight + Theme.gap / 2
        radius: height / 2
        color: hint.fill
        Text {
            id: mark
            textFormat: Text.PlainText
            objectName: "moreBelow"
            anchors.centerIn: parent
            text: qsTr("More below: scroll")
            color: Theme.accent
            font.family: Theme.sans
            font.pixelSize: Theme.small
            font.bold: true
        }
    }
}
