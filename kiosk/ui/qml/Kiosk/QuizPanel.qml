import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// One question at a time; every answer gets its own feedback; the score comes at the end.
Item {
    id: quizPanel
    property var view: ({})
    readonly property var questions: view.questions || []
    property int question: 0
    property int chosen: -1
    onChosenChanged: if (quizPanel.chosen >= 0) Analytics.answered(quizPanel.question, quizPanel.current.choices[quizPanel.chosen].correct === true)
    property int score: 0
    readonly property bool finished: question >= questions.length
    readonly property var current: finished ? ({}) : questions[question]

    function choose(i) {
        if (chosen >= 0)
            return
        chosen = i
        if (current.choices[i].correct)
            score += 1
    }
    function next() {
        chosen = -1
        question += 1
    }
    function restart() {
        chosen = -1
        score = 0
        question = 0
    }

    PanelTitle {
        id: title
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: quizPanel.view.title
    }

    Flickable {
        id: scroller
        anchors.top: title.bottom
        anchors.topMargin: Theme.gap
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        contentHeight: column.implicitHeight
        interactive: contentHeight > height + 1
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Column {
            id: column
            width: parent.width
            spacing: Theme.gap
            visible: !quizPanel.finished

            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                objectName: "quizProgress"
                text: qsTr("Question %1 of %2").arg(quizPanel.question + 1).arg(quizPanel.questions.length)
                color: Theme.muted
                font.family: Theme.sans
                font.pixelSize: Theme.small
            }
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                objectName: "quizPrompt"
                width: parent.width
                text: quizPanel.current.prompt || ""
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.lead
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: quizPanel.finished ? [] : quizPanel.current.choices
                Rectangle {
                    id: choice
                    required property var modelData
                    required property int index
                    objectName: "choice_" + index
                    readonly property bool answered: quizPanel.chosen >= 0
                    readonly property bool picked: quizPanel.chosen === index
                    width: column.width
                    height: Math.max(Theme.touch, choiceText.implicitHeight + 2 * Theme.gap)
                    radius: Theme.radius
                    color: area.pressed ? Theme.pressed
                         : answered && modelData.correct ? Qt.darker(Theme.good, 2.2)
                         : picked ? Qt.darker(Theme.bad, 2.2) : Theme.raised
                    border.width: answered && (picked || modelData.correct) ? 4 * Theme.unit : 0
                    border.color: modelData.correct ? Theme.good : Theme.bad
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData.text
                    Text {
                        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                        id: choiceText
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.margins: Theme.gap
                        text: (choice.answered && choice.modelData.correct ? "✓  " : choice.picked ? "✗  " : "")
                              + choice.modelData.text
                        color: Theme.text
                        font.family: Theme.sans
                        font.pixelSize: Theme.body
                        wrapMode: Text.WordWrap
                    }
                    MouseArea {
                        id: area
                        anchors.fill: parent
                        enabled: !choice.answered
                        onClicked: quizPanel.choose(choice.index)
                    }
                }
            }
            BodyText {
                objectName: "quizFeedback"
                width: parent.width
                visible: quizPanel.chosen >= 0
                text: quizPanel.chosen >= 0 ? quizPanel.current.choices[quizPanel.chosen].feedback : ""
            }
            KButton {
                objectName: "quizNext"
                visible: quizPanel.chosen >= 0
                primary: true
                text: quizPanel.question + 1 < quizPanel.questions.length ? qsTr("Next question") : qsTr("See my score")
                onClicked: quizPanel.next()
            }
        }

        Column {
            width: parent.width
            spacing: Theme.margin / 2
            visible: quizPanel.finished
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                objectName: "quizScore"
                width: parent.width
                text: qsTr("You answered %1 of %2 questions correctly.").arg(quizPanel.score).arg(quizPanel.questions.length)
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.heading
                font.bold: true
                wrapMode: Text.WordWrap
            }
            KButton {
                objectName: "quizRestart"
                text: qsTr("Try again")
                primary: true
                onClicked: quizPanel.restart()
            }
        }
    }

    MoreBelow { flickable: scroller }
}
