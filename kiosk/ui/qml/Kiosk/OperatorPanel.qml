import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// What the operator needs without a keyboard: what is running, what is wrong with the content
// or media, the latest log lines, and a safe way out (two taps, so it cannot happen by chance).
Rectangle {
    id: operator
    objectName: "operatorPanel"
    color: Theme.background
    property bool confirmExit: false
    Keys.onEscapePressed: Operator.closePanel()

    MouseArea { anchors.fill: parent }

    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        id: heading
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        text: qsTr("Operator")
        color: Theme.accent
        font.family: Theme.sans
        font.pixelSize: Theme.heading
        font.bold: true
    }

    Flickable {
        id: body
        anchors.top: heading.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: usbRow.top
        anchors.margins: Theme.margin
        contentHeight: details.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: details
            width: body.width
            spacing: Theme.gap / 2

            Repeater {
                model: Object.keys(Operator.info)
                Text {
                    textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                    required property string modelData
                    width: details.width
                    text: modelData + ": " + Operator.info[modelData]
                    color: Theme.text
                    font.family: Theme.sans
                    font.pixelSize: Theme.small
                    wrapMode: Text.WrapAnywhere
                }
            }
            // Today's figures from the anonymous event log (docs/analytics.md).
            Text {
                textFormat: Text.PlainText
                objectName: "operatorVisits"
                topPadding: Theme.gap
                width: details.width
                text: Operator.figures.state === "off" ? qsTr("Visitor statistics are switched off.")
                    : Operator.figures.state === "starting" ? qsTr("Visitor statistics are starting.")
                    : qsTr("Visits today: %1").arg(Operator.figures.visits)
                      + (Operator.figures.median !== "" ? "  ·  " + qsTr("median visit: %1 s").arg(Operator.figures.median) : "")
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
            }
            Text {
                textFormat: Text.PlainText
                objectName: "operatorRelease"
                width: details.width
                text: qsTr("Content release: %1").arg(Operator.figures.release || "—")
                color: Theme.text
                font.family: Theme.sans
                font.pixelSize: Theme.small
                wrapMode: Text.WrapAnywhere
            }
            Text {
                textFormat: Text.PlainText
                objectName: "operatorAnalyticsPaused"
                visible: Operator.figures.state === "full" || Operator.figures.state === "paused"
                width: details.width
                text: Operator.figures.state === "full"
                    ? qsTr("Visitor statistics are paused: the disk is full. The kiosk carries on; free some space.")
                    : qsTr("Visitor statistics are paused: the log cannot be written (see the log below).")
                color: Theme.bad
                font.family: Theme.sans
                font.pixelSize: Theme.body
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                objectName: "operatorProblemsTitle"
                topPadding: Theme.gap
                text: Operator.problems.length === 0 ? qsTr("No problems found.")
                    : qsTr("Problems: %1").arg(Operator.problems.length)
                color: Operator.problems.length === 0 ? Theme.good : Theme.bad
                font.family: Theme.sans
                font.pixelSize: Theme.body
                font.bold: true
            }
            // Each problem as the loader found it: where, what (with its code), and what to do.
            Repeater {
                model: Operator.problems
                Column {
                    id: problemRow
                    objectName: "operatorProblem"
                    required property var modelData
                    width: details.width
                    Text {
                        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                        objectName: "operatorProblemText"
                        width: parent.width
                        text: (problemRow.modelData.where ? problemRow.modelData.where + ": " : "")
                              + problemRow.modelData.severity
                              + (problemRow.modelData.code ? " [" + problemRow.modelData.code + "]" : "")
                              + ": " + problemRow.modelData.message
                        color: Theme.text
                        font.family: "monospace"
                        font.pixelSize: Theme.small
                        wrapMode: Text.WrapAnywhere
                    }
                    Text {
                        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                        objectName: "operatorProblemHint"
                        visible: problemRow.modelData.hint !== ""
                        width: parent.width
                        leftPadding: Theme.gap
                        text: "→ " + problemRow.modelData.hint
                        color: Theme.muted
                        font.family: "monospace"
                        font.pixelSize: Theme.small
                        wrapMode: Text.Wrap
                    }
                }
            }
            Text {
                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                topPadding: Theme.gap
                text: qsTr("Recent log")
                color: Theme.accent
                font.family: Theme.sans
                font.pixelSize: Theme.body
                font.bold: true
            }
            Repeater {
                model: Operator.logLines
                Text {
                    textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                    required property string modelData
                    width: details.width
                    text: modelData
                    color: Theme.muted
                    font.family: "monospace"
                    font.pixelSize: Theme.px(20)
                    wrapMode: Text.WrapAnywhere
                }
            }
        }
    }

    // An update from a USB stick (kiosk.ui.updates): the button, and what became of it.
    Row {
        id: usbRow
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: buttons.top
        anchors.margins: Theme.margin
        spacing: Theme.gap
        KButton {
            id: usbButton
            objectName: "usbUpdateButton"
            text: qsTr("Update from USB")
            enabled: Operator.updateState !== "looking" && Operator.updateState !== "making"
            onClicked: Operator.updateFromUsb()
        }
        Text {
            objectName: "usbUpdateState"
            textFormat: Text.PlainText
            width: usbRow.width - usbButton.width - usbRow.spacing
            anchors.verticalCenter: usbButton.verticalCenter
            text: Operator.updateState === "looking" ? qsTr("Looking for an update on the USB stick…")
                : Operator.updateState === "none" ? qsTr("No update found. Put kiosk-update.bundle or a kiosk-content folder at the top of the USB stick.")
                : Operator.updateState === "making" ? qsTr("Checking and building the update…")
                : Operator.updateState === "ready" ? qsTr("The update is ready: visitors see it from the next attract loop.")
                : Operator.updateState === "same" ? qsTr("The USB stick has the content already shown.")
                : Operator.updateState === "failed" ? qsTr("The update was not applied: see the problems above.")
                : ""
            color: Operator.updateState === "failed" ? Theme.bad : Theme.text
            font.family: Theme.sans
            font.pixelSize: Theme.body
            wrapMode: Text.Wrap
        }
    }

    Row {
        id: buttons
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: Theme.gap
        KButton {
            objectName: "exitKioskButton"
            text: operator.confirmExit ? qsTr("Tap again to exit") : qsTr("Exit kiosk")
            onClicked: {
                if (operator.confirmExit)
                    Operator.exitKiosk()
                else
                    operator.confirmExit = true
            }
        }
        KButton {
            objectName: "closeOperatorButton"
            text: qsTr("Back to visitors")
            primary: true
            focus: true  // the keyboard's focus is here as the panel opens
            onClicked: Operator.closePanel()
        }
    }
}
