import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// The controls a visitor always has, in the lower part of the screen within reach:
// home, back, language (by name, never by flag) and "Display" (text size, contrast and motion,
// in a sheet: DisplaySheet). Home shows where it leads somewhere else, Back only while something
// is opened on a panel (one level up; from a panel itself Back would be Home). Where they do not
// fit in one row (a narrow pedestal, a fourth language) the Display button says only "Aa", then
// the languages take a row of their own: never more than two rows.
Rectangle {
    id: bar
    objectName: "controlBar"
    color: Theme.surface
    readonly property real room: width - 2 * Theme.margin - 3 * Theme.gap - navigation.width - languages.width
    readonly property bool compact: fullSize.implicitWidth > room
    readonly property bool stacked: display.width > room
    implicitHeight: stacked ? 2 * Theme.touch + 3 * Theme.gap : Theme.touch + 2 * Theme.gap
    Rectangle {  // the bar's edge in high contrast
        width: parent.width
        height: Theme.outlineWidth
        visible: height > 0
        color: Theme.outline
    }

    Row {
        id: navigation
        x: Theme.margin
        y: Theme.gap
        spacing: Theme.gap
        KButton {
            objectName: "homeButton"
            text: qsTr("Home")
            visible: Visit.screen !== "home"
            onClicked: Visit.goHome()
        }
        KButton {
            objectName: "backButton"
            text: "‹  " + qsTr("Back")
            visible: Visit.detail !== ""
            onClicked: Visit.back()
        }
        // Audio description on or off (also: three fingers held for 2 s, or the keypad).
        KButton {
            objectName: "describeButton"
            text: qsTr("Audio description")
            selected: Player.describing
            onClicked: Player.toggleDescription()
        }
    }

    Row {
        id: languages
        x: bar.stacked ? (bar.width - width) / 2 : display.x - Theme.gap - width
        y: bar.stacked ? 2 * Theme.gap + Theme.touch : Theme.gap
        spacing: Theme.gap
        Repeater {
            model: Content.languages
            KButton {
                required property var modelData
                objectName: "lang_" + modelData.code
                text: modelData.name
                selected: Visit.language === modelData.code
                onClicked: Visit.setLanguage(modelData.code)
            }
        }
    }
    // After the languages in the file: Tab goes left to right, Home, Back, audio description,
    // languages, Display.
    KButton {
        id: display
        objectName: "displayButton"
        x: bar.width - Theme.margin - width
        y: Theme.gap
        text: bar.compact ? "Aa" : fullSize.text
        selected: Visit.displayOpen
        Accessible.name: qsTr("Display: text size, contrast and motion")
        onClicked: Visit.displayOpen ? Visit.closeDisplay() : Visit.openDisplay()
    }
    KButton {  // measures the full label, never shown
        id: fullSize
        visible: false
        text: "Aa  " + qsTr("Display")
    }
}
