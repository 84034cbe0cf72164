import QtQuick
import Kiosk

// A touch target: at least Theme.touch on each side, visible press feedback, works with touch,
// mouse and keyboard (Tab to it, Enter or Space to press; a FocusRing while it has the focus). Nothing relies on hover.
Rectangle {
    id: button

    property string text: ""
    property bool primary: false
    property bool selected: false
    property bool flat: false  // a quiet button: a line of muted text with no fill until pressed
    property bool shortened: false  // a long label (a list of sources) keeps to two lines, elided
    property real fontSize: Theme.control
    signal clicked()

    implicitWidth: Math.max(Theme.touch, label.implicitWidth + (flat ? Theme.gap : 2 * Theme.gap + 16 * Theme.unit))
    implicitHeight: Theme.touch
    radius: Theme.radius
    opacity: enabled ? 1 : 0.35
    color: area.pressed ? (flat ? Theme.raised : Theme.pressed)
         : flat ? "transparent"
         : (primary || selected) ? Theme.accent : Theme.raised
    scale: area.pressed ? 0.96 : 1
    Behavior on scale { NumberAnimation { duration: Theme.press } }

    Rectangle {  // the control's edge in high contrast (Theme.outline; none in the standard theme)
        anchors.fill: parent
        visible: Theme.outlineWidth > 0 && !button.flat
        radius: button.radius
        color: "transparent"
        border.width: Theme.outlineWidth
        border.color: Theme.outline
    }

    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: text.replace(/[‹›]/g, "").trim()  // a screen reader says the word, not the arrow
    Accessible.onPressAction: button.clicked()
    Keys.onReturnPressed: button.clicked()
    Keys.onEnterPressed: button.clicked()
    Keys.onSpacePressed: button.clicked()
    FocusRing { cornerRadius: button.radius }

    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        id: label
        // A quiet button's words line up with the text around it; others sit in the middle.
        x: button.flat ? 0 : (button.width - width) / 2
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(implicitWidth, button.width - (button.flat ? Theme.gap : 2 * Theme.gap))
        text: button.text
        color: button.flat ? Theme.muted
             : (button.primary || button.selected) && !area.pressed ? Theme.inkOnAccent : Theme.text
        font.family: Theme.sans
        font.pixelSize: button.fontSize
        font.bold: button.primary || button.selected
        horizontalAlignment: button.flat ? Text.AlignLeft : Text.AlignHCenter
        wrapMode: Text.WordWrap
        maximumLineCount: button.shortened ? 2 : 1000
        elide: button.shortened ? Text.ElideRight : Text.ElideNone
    }

    MouseArea {
        id: area
        objectName: (button.objectName || button.text) + "Area"
        anchors.fill: parent
        onClicked: button.clicked()
    }
}
