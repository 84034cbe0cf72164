import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// The controls a visitor always has, in the lower part of the screen within reach:
// home, back, language (by name, never by flag) and text size. Home shows where it leads
// somewhere else, Back only while something is opened on a panel (one level up; from a panel
// itself Back would be Home). Where they do not fit in one row (a narrow pedestal, a fourth
// language) the text size button says only "A+", then the languages take a row of their own.
Rectangle {
    id: bar
    objectName: "controlBar"
    color: Theme.surface
    readonly property real room: width - 2 * Theme.margin - 3 * Theme.gap - navigation.width - languages.width
    readonly property bool compact: fullSize.implicitWidth > room
    readonly property bool stacked: textSize.width > room
    implicitHeight: stacked ? 2 * Theme.touch + 3 * Theme.gap : Theme.touch + 2 * Theme.gap

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
    }

    Row {
        id: languages
        x: bar.stacked ? (bar.width - width) / 2 : textSize.x - Theme.gap - width
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
    // After the languages in the file: Tab goes left to right, Home, Back, languages, text size.
    KButton {
        id: textSize
        objectName: "textSizeButton"
        x: bar.width - Theme.margin - width
        y: Theme.gap
        readonly property string step: ["A", "A+", "A++"][Visit.textScaleStep]
        text: bar.compact ? step : fullSize.text
        Accessible.name: qsTr("Text size") + " " + step
        onClicked: Visit.cycleTextSize()
    }
    KButton {  // measures the full label, never shown
        id: fullSize
        visible: false
        text: qsTr("Text size") + "  " + textSize.step
    }
}
