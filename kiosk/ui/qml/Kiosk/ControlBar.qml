import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// The controls a visitor always has, in the lower part of the screen within reach:
// home, back, language (by name, never by flag) and text size. On a narrow (portrait) screen
// the language buttons get a row of their own.
Rectangle {
    id: bar
    objectName: "controlBar"
    color: Theme.surface
    readonly property bool stacked: navigation.width + languages.width + textSize.width + 2 * Theme.margin + 3 * Theme.gap > width
    implicitHeight: stacked ? 2 * Theme.touch + 3 * Theme.gap : Theme.touch + 2 * Theme.gap

    Row {
        id: navigation
        x: Theme.margin
        y: Theme.gap
        spacing: Theme.gap
        KButton {
            objectName: "homeButton"
            text: qsTr("Home")
            enabled: Visit.screen !== "home"
            onClicked: Visit.goHome()
        }
        KButton {
            objectName: "backButton"
            text: qsTr("Back")
            enabled: Visit.screen === "section"
            onClicked: Visit.back()
        }
    }

    KButton {
        id: textSize
        objectName: "textSizeButton"
        x: bar.width - Theme.margin - width
        y: Theme.gap
        text: qsTr("Text size") + "  " + ["A", "A+", "A++"][Visit.textScaleStep]
        onClicked: Visit.cycleTextSize()
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
}
