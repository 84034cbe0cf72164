import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// One question at a time. A touched answer is only a choice: the visitor may change it until they
// confirm it; then it is marked right or wrong, with its feedback. The end recaps every answer
// and offers a way on. The answers live in this panel, so a new visit (a new section screen)
// starts clean.
Item {
    id: quizPanel
    property var view: ({})
    readonly property var questions: view.questions || []
    property int question: 0
    property int chosen: -1
    property bool confirmed: false
    property var picks: []  // the confirmed answer of each question so far
    property int score: 0
    readonly property bool finished: question >= questions.length
    readonly property var current: finished ? ({}) : questions[question]
    readonly property bool wide: width > 1.2 * height
    // The panel in view (PanelView): only then do its controls take the keyboard's focus.
    property bool inView: true
    // Where the keyboard's focus goes when what had it goes (a confirmed answer's button, a
    // question replaced by the next): set by the step, taken once the new controls stand.
    property string focusNext: ""
    Timer {
        id: refocus
        interval: 0
        onTriggered: {
            const to = quizPanel.focusNext === "first" ? choiceList.itemAt(0)
                     : quizPanel.focusNext === "next" ? nextQuestion
                     : quizPanel.focusNext === "wayOn" ? wayOn : null
            quizPanel.focusNext = ""
            if (to)
                to.forceActiveFocus(Qt.OtherFocusReason)
        }
    }
    function refocusOn(what: string) {
        if (quizPanel.inView && scroller.activeFocusInside()) {
            quizPanel.focusNext = what
            refocus.restart()
        }
    }

    function choose(i: int) {
        if (!confirmed)
            chosen = i
    }
    function confirm() {
        if (confirmed || chosen < 0)
            return
        refocusOn("next")
        confirmed = true
        const right = current.choices[chosen].correct === true
        picks = picks.concat([chosen])
        if (right)
            score += 1
        Analytics.answered(question, right)
    }
    function next() {
        refocusOn(question + 1 < questions.length ? "first" : "wayOn")
        confirmed = false
        chosen = -1
        question += 1
        scroller.contentY = 0
    }
    function restart() {
        if (restartButton.activeFocus) {
            quizPanel.focusNext = "first"
            refocus.restart()
        }
        confirmed = false
        chosen = -1
        picks = []
        score = 0
        question = 0
        scroller.contentY = 0
    }

    PanelTitle {
        id: title
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: quizPanel.view.title
        lead: quizPanel.view.lead || ""
    }

    Flickable {
        id: scroller
        anchors.top: title.bottom
        anchors.topMargin: Theme.gap
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: quizPanel.finished ? endButtons.top : parent.bottom
        anchors.bottomMargin: quizPanel.finished ? Theme.gap : 0
        contentHeight: quizPanel.finished ? recap.implicitHeight : column.implicitHeight
        interactive: contentHeight > height + 1
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        function activeFocusInside(): bool {
            const f = quizPanel.Window.activeFocusItem
            for (let p = f; p; p = p.parent) {
                if (p === scroller)
                    return true
            }
            return false
        }
        // The control taking the focus is scrolled into view.
        function reveal(item: Item) {
            const y = item.mapToItem(column, 0, 0).y
            if (y < contentY)
                contentY = y
            else if (y + item.height > contentY + height)
                contentY = Math.min(contentHeight - height, y + item.height - height)
        }

        Column {
            id: column
            width: parent.width
            // On a wall screen the question and its answers sit at the foot of the panel, in reach.
            y: Theme.reachTop > 0 ? Math.max(0, scroller.height - implicitHeight) : 0
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
            // What to do, before the answers: below them it pushed the first answer above the
            // reach line on a pedestal. It keeps the height of its longest wording, so the answers
            // do not move under the finger as a tap changes it.
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                objectName: "quizChangeHint"
                width: parent.width
                height: Math.max(implicitHeight, hintRoom.implicitHeight)
                visible: !quizPanel.confirmed
                Text {
                    textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                    id: hintRoom
                    visible: false
                    width: parent.width
                    text: qsTr("You can still change your answer. Confirm it to see if it is right.")
                    font: parent.font
                    wrapMode: Text.WordWrap
                }
                text: quizPanel.chosen >= 0 ? qsTr("You can still change your answer. Confirm it to see if it is right.")
                      : Keypad.active ? qsTr("Move to an answer with Tab or the Up and Down keys, press Enter, then confirm it.")
                                      : qsTr("Touch an answer, then confirm it.")
                color: Theme.muted
                font.family: Theme.sans
                font.pixelSize: Theme.small
                wrapMode: Text.WordWrap
            }
            // The answers; on a screen whose top is out of reach, two a row, so the question and
            // all its answers fit in the lower part: always on a wide wall screen, and on a pedestal
            // when every answer fits half the width on one line (at 200 % three dates one under the
            // other put the first above the reach line).
            TextMetrics {
                id: longestChoice
                font.family: Theme.sans
                font.pixelSize: Theme.body
                font.bold: true  // as wide as a picked answer can be
                text: "✓  " + (quizPanel.finished ? "" : (quizPanel.current.choices || []).reduce(
                    (a, c) => (c.text || "").length > a.length ? c.text : a, ""))
            }
            Flow {
                id: choices
                width: parent.width
                spacing: Theme.gap
                readonly property bool paired: Theme.reachTop > 0
                    && (quizPanel.wide || longestChoice.advanceWidth + 2 * Theme.gap + 8 <= (column.width - Theme.gap) / 2)
            Repeater {
                id: choiceList
                model: quizPanel.finished ? [] : quizPanel.current.choices
                Rectangle {
                    id: choice
                    required property var modelData
                    required property int index
                    objectName: "choice_" + index
                    readonly property bool answered: quizPanel.confirmed
                    readonly property bool picked: quizPanel.chosen === index
                    property bool isPicked: picked  // read by tests: the visitor's current choice
                    width: choices.paired ? (column.width - Theme.gap) / 2 : column.width
                    height: Math.max(Theme.touch, choiceText.implicitHeight + (Theme.reachTop > 0 ? 1 : 2) * Theme.gap)  // closer where reach is short
                    radius: Theme.radius
                    color: area.pressed ? Theme.pressed
                         : answered && modelData.correct ? Theme.goodFill
                         : answered && picked ? Theme.badFill
                         : picked ? Theme.chosen : Theme.raised
                    border.width: picked || (answered && modelData.correct) ? 4 * Theme.unit : Theme.outlineWidth
                    border.color: !picked && !(answered && modelData.correct) ? Theme.outline
                                : !answered ? Theme.accent : modelData.correct ? Theme.good : Theme.bad
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: modelData.text
                    Accessible.checkable: true
                    Accessible.checked: picked
                    Accessible.description: answered ? (modelData.correct ? qsTr("Right answer") : picked ? qsTr("Wrong answer") : "") : ""
                    Accessible.onPressAction: quizPanel.choose(index)
                    activeFocusOnTab: quizPanel.inView && !answered
                    Keys.onReturnPressed: quizPanel.choose(index)
                    Keys.onEnterPressed: quizPanel.choose(index)
                    Keys.onSpacePressed: quizPanel.choose(index)
                    onActiveFocusChanged: if (activeFocus) scroller.reveal(choice)
                    FocusRing { cornerRadius: choice.radius; outside: 0 }
                    Text {
                        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                        id: choiceText
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.margins: Theme.gap
                        text: (choice.answered && choice.modelData.correct ? "✓  "
                               : choice.answered && choice.picked ? "✗  "
                               : choice.picked ? "●  " : "")
                              + choice.modelData.text
                        color: Theme.text
                        font.family: Theme.sans
                        font.pixelSize: Theme.body
                        font.bold: choice.picked
                        wrapMode: Text.WordWrap
                    }
                    MouseArea {
                        id: area
                        objectName: "choiceArea_" + choice.index
                        anchors.fill: parent
                        enabled: !choice.answered
                        onClicked: quizPanel.choose(choice.index)
                    }
                }
            }
            }
            KButton {
                id: confirmButton
                objectName: "quizConfirm"
                activeFocusOnTab: quizPanel.inView
                onActiveFocusChanged: if (activeFocus) scroller.reveal(confirmButton)
                visible: !quizPanel.confirmed
                enabled: quizPanel.chosen >= 0
                primary: true
                text: qsTr("Confirm my answer")
                onClicked: quizPanel.confirm()
            }
            BodyText {
                objectName: "quizFeedback"
                width: parent.width
                visible: quizPanel.confirmed
                text: quizPanel.confirmed && quizPanel.chosen >= 0 && !quizPanel.finished
                      ? quizPanel.current.choices[quizPanel.chosen].feedback : ""
            }
            KButton {
                id: nextQuestion
                objectName: "quizNext"
                activeFocusOnTab: quizPanel.inView
                onActiveFocusChanged: if (activeFocus) scroller.reveal(nextQuestion)
                visible: quizPanel.confirmed
                primary: true
                text: quizPanel.question + 1 < quizPanel.questions.length ? qsTr("Next question") : qsTr("See my score")
                onClicked: quizPanel.next()
            }
        }

        // The end: the score, then every question with the visitor's answer and the right one.
        Column {
            id: recap
            objectName: "quizRecap"
            width: parent.width
            spacing: Theme.gap
            visible: quizPanel.finished
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                objectName: "quizScore"
                width: parent.width
                text: qsTr("You answered %n of %1 questions correctly.", "", quizPanel.score).arg(quizPanel.questions.length)
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.heading
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Grid {
                id: answers
                width: parent.width
                columns: quizPanel.wide ? 2 : 1
                columnSpacing: Theme.margin
                rowSpacing: Theme.gap
                readonly property real cell: (width - (columns - 1) * columnSpacing) / columns
                Repeater {
                    model: quizPanel.finished ? quizPanel.questions : []
                    Row {
                        id: line
                        required property var modelData
                        required property int index
                        objectName: "recap_" + index
                        readonly property int pick: index < quizPanel.picks.length ? quizPanel.picks[index] : -1
                        readonly property bool isRight: pick >= 0 && modelData.choices[pick].correct === true
                        width: answers.cell
                        spacing: Theme.gap
                        Rectangle {
                            width: Theme.lead * 1.3
                            height: width
                            radius: width / 2
                            color: line.isRight ? Theme.goodFill : Theme.badFill
                            border.width: 3 * Theme.unit
                            border.color: line.isRight ? Theme.good : Theme.bad
                            Text {
                                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                                anchors.centerIn: parent
                                text: line.isRight ? "✓" : "✗"
                                color: Theme.text
                                font.family: Theme.sans
                                font.pixelSize: Theme.body
                                font.bold: true
                            }
                        }
                        Column {
                            width: line.width - Theme.lead * 1.3 - Theme.gap
                            spacing: 4 * Theme.unit
                            Text {
                                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                                width: parent.width
                                text: line.modelData.prompt
                                color: Theme.text
                                font.family: Theme.sans
                                font.pixelSize: Theme.body
                                font.bold: true
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                                objectName: "recapAnswer"
                                width: parent.width
                                text: line.pick < 0 ? ""
                                      : line.isRight ? qsTr("Your answer: %1").arg(line.modelData.choices[line.pick].text)
                                      : qsTr("Your answer: %1 · Right answer: %2").arg(line.modelData.choices[line.pick].text)
                                                                                .arg(line.modelData.choices[line.modelData.answer].text)
                                color: Theme.muted
                                font.family: Theme.sans
                                font.pixelSize: Theme.small
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }
        }
    }

    MoreBelow { flickable: scroller }

    // A way on, within reach at the foot of the panel: the next panel, or the other sections.
    Row {
        id: endButtons
        visible: quizPanel.finished
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        spacing: Theme.gap
        readonly property bool lastPanel: Visit.panelIndex + 1 >= Visit.panelCount
        KButton {
            id: wayOn
            objectName: "quizWayOn"
            activeFocusOnTab: quizPanel.inView
            primary: true
            text: endButtons.lastPanel ? qsTr("Choose another section") : qsTr("Continue")
            onClicked: endButtons.lastPanel ? Visit.goHome() : Visit.nextPanel()
        }
        KButton {
            id: restartButton
            objectName: "quizRestart"
            activeFocusOnTab: quizPanel.inView
            text: qsTr("Try again")
            onClicked: quizPanel.restart()
        }
    }
}
