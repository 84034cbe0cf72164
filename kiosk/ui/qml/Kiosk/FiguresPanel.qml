import QtQuick
import Kiosk

pragma ComponentBehavior: Bound

// Big numbers (ranges where sources differ), each with its source; optional bars drawn from the data.
Item {
    id: figuresPanel
    property var view: ({})
    // The panel in view (PanelView): only then does its scrolling text take the keyboard's focus.
    property bool inView: true
    readonly property var items: view.items || []
    readonly property var bars: view.chart ? view.chart.bars : []
    // On a wall screen the numbers and the bars stand side by side, so the chart is never
    // below the fold; on a pedestal they stack.
    readonly property bool sideBySide: bars.length > 0 && !Theme.portrait
    // A pedestal's stage is about twice as tall as the numbers need: there they are drawn larger
    // (less so as the visitor's own text size grows, which already fills it), as large as fits
    // above the fold, and the whole sits a third of the way down what is left, not at the top of
    // an empty screen. The size is searched afresh from the wanted one whenever the room changes,
    // laying the content out at each step before measuring it, so a step taken while the panel
    // was still being built (a stage not yet its full height) is never kept.
    readonly property real growWanted: !Theme.portrait ? 1 : Theme.scale < 1.2 ? 1.4 : Theme.scale < 1.6 ? 1.2 : 1
    property real grow: growWanted
    onGrowWantedChanged: refit.restart()
    onViewChanged: refit.restart()
    // Once the event loop comes round, after the layout settles; a child timer, so it dies with
    // the panel (a Qt.callLater could still call fit() on a panel being destroyed).
    Timer {
        id: refit
        interval: 0
        onTriggered: figuresPanel.fit()
    }
    function layOut(item: Item) {  // children first, so each positioner sees its children's sizes
        for (let i = 0; i < item.children.length; ++i)
            layOut(item.children[i])
        if (item instanceof Grid)
            (item as Grid).forceLayout()
        else if (item instanceof Column)
            (item as Column).forceLayout()
        else if (item instanceof Row)
            (item as Row).forceLayout()
    }
    function fit() {
        let g = growWanted
        grow = g
        if (g <= 1 || scroller.height <= 0)
            return
        layOut(column)
        while (g > 1 && column.implicitHeight > scroller.height + 0.5) {
            g = Math.max(1, Math.round((g - 0.1) * 10) / 10)
            grow = g
            layOut(column)
        }
    }

    // All bars share one scale: each leaves room for the widest value label, not its own.
    TextMetrics {
        id: widest
        font.family: Theme.sans
        font.pixelSize: Theme.body * figuresPanel.grow
        font.bold: true
        text: figuresPanel.view.chart ? figuresPanel.view.chart.widest : ""
    }

    // A bar's label takes a third of the chart's width beside its bar; where the longest word of
    // any label would not fit there ("Nord-Africains," at 200 %), every label goes above its bar.
    TextMetrics {
        id: longestWord
        font.family: Theme.sans
        font.pixelSize: Theme.body * figuresPanel.grow
        text: figuresPanel.view.chart ? figuresPanel.view.chart.longestWord : ""
    }
    readonly property bool labelsAbove: longestWord.advanceWidth > chartBox.width * 0.32

    // The longest number at the smallest size a figure's value may shrink to (HorizontalFit).
    TextMetrics {
        id: longestValue
        font.family: Theme.sans
        font.pixelSize: Theme.heading * 0.8 * figuresPanel.grow
        font.bold: true
        text: figuresPanel.items.reduce((a, f) => (f.value || "").length > a.length ? f.value : a, "")
    }

    PanelTitle {
        id: title
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: figuresPanel.view.title
        lead: figuresPanel.view.lead || ""
    }
    ScrollArea {  // the keys scroll it too
        id: scroller
        inView: figuresPanel.inView
        anchors.top: title.bottom
        anchors.topMargin: Theme.gap
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        contentHeight: column.implicitHeight
        onHeightChanged: refit.restart()
        onWidthChanged: refit.restart()
        interactive: contentHeight > height + 1
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        Grid {
            id: column
            width: parent.width
            y: Math.max(0, (scroller.height - implicitHeight) / 3)
            columns: figuresPanel.sideBySide ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin / 2 * figuresPanel.grow
            // Beside a chart the numbers take three fifths, in three columns when there are more
            // than four of them, so that five or six stay above the fold on a wall screen.
            readonly property real share: width - (figuresPanel.sideBySide ? columnSpacing : 0)
            readonly property bool many: figuresPanel.items.length > 4
            Grid {
                id: grid
                width: figuresPanel.sideBySide ? column.share * (column.many ? 0.62 : 0.5) : column.width
                // As many columns as the layout wants, but no more than the longest number fits at
                // its smallest (at 200 % a range such as 230,000–260,000 needs a wider column).
                readonly property int fitting: Math.max(1, Math.floor((width + columnSpacing)
                                                                      / (longestValue.advanceWidth + columnSpacing)))
                columns: Math.max(1, Math.min(figuresPanel.items.length, fitting,
                                              Theme.portrait ? 2 : figuresPanel.sideBySide && !column.many ? 2 : 3))
                columnSpacing: Theme.margin / 2
                rowSpacing: Theme.gap * figuresPanel.grow
                Repeater {
                    model: figuresPanel.items
                    Column {
                        id: figure
                        required property var modelData
                        width: (grid.width - (grid.columns - 1) * grid.columnSpacing) / grid.columns
                        spacing: 4 * Theme.unit
                        // A symbol such as "%" sits beside its number ("78 %"), not alone on a line below it.
                        readonly property string unit: figure.modelData.unit || ""
                        // (when the number, at the smallest it may shrink to, leaves it room on the line)
                        readonly property bool unitBeside: unit !== "" && unit.length <= 3 && unit.indexOf(" ") < 0
                                                           && smallest.advanceWidth + unitWidth.advanceWidth + Theme.gap / 2 + 4 <= width
                        TextMetrics {
                            id: smallest
                            text: figure.modelData.value
                            font.family: Theme.sans
                            font.pixelSize: Theme.heading * 0.8 * figuresPanel.grow
                            font.bold: true
                        }
                        TextMetrics {
                            id: unitWidth
                            text: figure.unit
                            font.family: Theme.sans
                            font.pixelSize: Theme.heading * figuresPanel.grow
                            font.bold: true
                        }
                        TextMetrics {
                            id: natural
                            text: figure.modelData.value
                            font.family: Theme.sans
                            font.pixelSize: Theme.display * 0.8 * figuresPanel.grow
                            font.bold: true
                        }
                        Row {
                            width: parent.width
                            spacing: figure.unitBeside ? Theme.gap / 2 : 0
                            Text {
                                id: number
                                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                                objectName: "figureValue"
                                // As wide as its digits, so the symbol follows them; narrower (and smaller) only when they do not fit.
                                width: Math.min(natural.advanceWidth + 2, parent.width - (figure.unitBeside ? symbol.width + parent.spacing : 0))
                                text: figure.modelData.value
                                color: Theme.accent
                                font.family: Theme.sans
                                font.pixelSize: Theme.display * 0.8 * figuresPanel.grow
                                font.bold: true
                                fontSizeMode: Text.HorizontalFit
                                minimumPixelSize: Theme.heading * 0.8 * figuresPanel.grow
                            }
                            Text {
                                id: symbol
                                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                                objectName: "figureUnitBeside"
                                visible: figure.unitBeside
                                anchors.baseline: number.baseline
                                text: figure.unitBeside ? figure.unit : ""
                                color: Theme.accent
                                font.family: Theme.sans
                                font.pixelSize: Theme.heading * figuresPanel.grow
                                font.bold: true
                            }
                        }
                        Text {
                            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                            objectName: "figureUnit"
                            width: parent.width
                            visible: text !== ""
                            text: figure.unitBeside ? "" : figure.unit
                            color: Theme.text
                            font.family: Theme.sans
                            font.pixelSize: Theme.body * figuresPanel.grow
                            font.bold: true
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                            width: parent.width
                            text: figure.modelData.label
                            color: Theme.text
                            font.family: Theme.sans
                            font.pixelSize: Theme.body * figuresPanel.grow
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                            width: parent.width
                            text: figure.modelData.source
                            color: Theme.muted
                            font.family: Theme.sans
                            font.pixelSize: Theme.px(20)
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
            Column {
                id: chartBox
                width: figuresPanel.sideBySide ? column.share - grid.width : column.width
                spacing: Theme.margin / 2 * figuresPanel.grow
                visible: figuresPanel.bars.length > 0
                Text {
                    textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                    width: parent.width
                    visible: figuresPanel.bars.length > 0 && text !== ""
                    text: figuresPanel.view.chart ? figuresPanel.view.chart.unit : ""
                    color: Theme.muted
                    font.family: Theme.sans
                    font.pixelSize: Theme.small
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: figuresPanel.bars
                    Item {
                        id: bar
                        objectName: "chartBar"
                        required property var modelData
                        width: chartBox.width
                        height: figuresPanel.labelsAbove ? barLabel.implicitHeight + Theme.gap / 2 + track.height
                                                         : Math.max(barLabel.implicitHeight, track.height)
                        Text {
                            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                            id: barLabel
                            objectName: "barLabel"
                            width: figuresPanel.labelsAbove ? parent.width : parent.width * 0.32
                            text: bar.modelData.label + (bar.modelData.note ? " " + bar.modelData.note : "")
                            color: Theme.text
                            font.family: Theme.sans
                            font.pixelSize: Theme.body * figuresPanel.grow
                            wrapMode: Text.WordWrap
                        }
                        Rectangle {
                            id: track
                            objectName: "barTrack"
                            x: figuresPanel.labelsAbove ? 0 : barLabel.width + Theme.gap
                            y: figuresPanel.labelsAbove ? barLabel.implicitHeight + Theme.gap / 2 : 0
                            width: parent.width - x
                            height: 48 * Theme.unit * figuresPanel.grow
                            radius: 6 * Theme.unit
                            color: Theme.surface
                            readonly property real room: width - widest.advanceWidth - Theme.gap
                            Rectangle {  // the certain part
                                objectName: "barFill"
                                height: parent.height
                                radius: parent.radius
                                width: Math.max(4, track.room * bar.modelData.start)
                                color: Theme.accent
                            }
                            Rectangle {  // the range where sources differ
                                x: track.room * bar.modelData.start
                                height: parent.height
                                width: track.room * (bar.modelData.end - bar.modelData.start)
                                color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.45)
                            }
                            Text {
                                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                                id: valueText
                                x: track.room * bar.modelData.end + Theme.gap / 2
                                anchors.verticalCenter: parent.verticalCenter
                                text: bar.modelData.value
                                color: Theme.text
                                font.family: Theme.sans
                                font.pixelSize: Theme.body * figuresPanel.grow
                                font.bold: true
                            }
                        }
                    }
                }
                Repeater {
                    model: figuresPanel.view.chart ? figuresPanel.view.chart.sources : []
                    Text {
                        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                        required property string modelData
                        width: chartBox.width
                        text: modelData
                        color: Theme.muted
                        font.family: Theme.sans
                        font.pixelSize: Theme.px(20)
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }

    MoreBelow { flickable: scroller }
}
