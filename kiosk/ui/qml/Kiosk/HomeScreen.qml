import QtQuick
import KioskBackend
import Kiosk

pragma ComponentBehavior: Bound

// The exhibit's sections as large cards: two columns on a wall screen, one on a pedestal.
Rectangle {
    id: homeScreen
    objectName: "homeScreen"
    color: Theme.background
    NumberAnimation on opacity { from: 0; to: 1; duration: Theme.fade }

    Column {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: 8 * Theme.unit
        Text {
            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
            objectName: "homeTitle"
            width: parent.width
            text: Content.exhibitTitle
            color: Theme.text
            font.family: Theme.serif
            font.pixelSize: Theme.display * 0.8
            font.bold: true
            wrapMode: Text.Wrap  // a word wider than the screen (200 %, joined by a no-break space) breaks
        }
        Text {
            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
            width: parent.width
            visible: text !== ""
            text: Content.exhibitSubtitle
            color: Theme.muted
            font.family: Theme.sans
            font.pixelSize: Theme.lead
            wrapMode: Text.WordWrap
        }
    }

    // Cards share the height below the header; one whose words need more grows (a larger text
    // size), and the cards then scroll rather than cut their titles.
    Flickable {
        id: grid
        objectName: "sectionGrid"
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin - Theme.gap / 2
        // On a wall screen whose top is out of reach (Theme.reachTop), the cards start just above
        // the line, so the middle of every card is within reach.
        anchors.topMargin: Math.max(Theme.margin / 2, Theme.reachTop - Theme.touch - header.y - header.height)
        readonly property int columns: Theme.portrait ? 1 : 2
        readonly property int rows: Math.max(1, Math.ceil(cards.count / columns))
        readonly property real share: Math.max(height / rows, 220 * Theme.unit)
        contentHeight: cardGrid.implicitHeight
        interactive: contentHeight > height + 1
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        clip: true
        function reveal(cell: Item) {
            if (cell.y < contentY)
                contentY = cell.y
            else if (cell.y + cell.height > contentY + height)
                contentY = Math.min(contentHeight - height, cell.y + cell.height - height)
        }

        Grid {
            id: cardGrid
            width: grid.width
            columns: grid.columns
            Repeater {
                id: cards
                model: Content.sections
                delegate: Item {
                    id: cell
                    required property int index
                    required property string title
                    required property string summary
                    required property var cover
                    required property int panelCount
                    width: grid.width / grid.columns
                    height: Math.max(grid.share, words.implicitHeight + 2 * Theme.gap + Theme.gap * 3)

                    FocusRing { target: card; outside: Theme.gap / 2 - 1; cornerRadius: card.radius }
                    Rectangle {
                        id: card
                        objectName: "sectionCard_" + cell.index
                        anchors.fill: parent
                        anchors.margins: Theme.gap / 2
                        radius: Theme.radius
                        color: area.pressed ? Theme.raised : Theme.surface
                        border.width: Theme.outlineWidth
                        border.color: Theme.outline
                        scale: area.pressed ? 0.98 : 1
                        Behavior on scale { NumberAnimation { duration: Theme.press } }
                        clip: true
                        Accessible.role: Accessible.Button
                        Accessible.name: cell.title
                        Accessible.description: cell.summary
                        Accessible.onPressAction: Visit.openSection(cell.index)
                        // The keyboard's way in: the first card has the focus as the screen opens.
                        activeFocusOnTab: true
                        focus: cell.index === 0
                        Keys.onReturnPressed: Visit.openSection(cell.index)
                        Keys.onEnterPressed: Visit.openSection(cell.index)
                        Keys.onSpacePressed: Visit.openSection(cell.index)
                        // A card scrolled out of the grid comes into it when it takes the focus.
                        onActiveFocusChanged: if (activeFocus) grid.reveal(cell)

                        // The picture fills its side of the card, edge to edge.
                        MediaImage {
                            id: coverImage
                            anchors.left: parent.left
                            anchors.top: parent.top
                            anchors.bottom: parent.bottom
                            width: parent.width * 0.4
                            media: cell.cover
                            showCredit: false
                            fill: true
                        }
                        Rectangle {
                            objectName: "sectionBadge"
                            anchors.left: parent.left
                            anchors.top: parent.top
                            anchors.margins: Theme.gap
                            width: badge.implicitHeight * 1.3
                            height: width
                            radius: width / 2
                            color: Theme.accent
                            Text {
                                id: badge
                                textFormat: Text.PlainText
                                anchors.centerIn: parent
                                text: cell.index + 1
                                color: Theme.inkOnAccent
                                font.family: Theme.sans
                                font.pixelSize: Theme.lead * 0.8
                                font.bold: true
                            }
                        }
                        Column {
                            id: words
                            anchors.left: coverImage.right
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            anchors.margins: Theme.gap * 1.5
                            spacing: Theme.gap / 2
                            Text {
                                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                                width: parent.width
                                text: cell.title
                                color: Theme.accent
                                font.family: Theme.serif
                                font.pixelSize: Theme.heading * 0.85
                                font.bold: true
                                wrapMode: Text.Wrap
                            }
                            Text {
                                textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
                                width: parent.width
                                text: cell.summary
                                color: Theme.text
                                font.family: Theme.sans
                                font.pixelSize: Theme.small
                                lineHeight: 1.2
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                textFormat: Text.PlainText
                                objectName: "sectionHolds"
                                width: parent.width
                                // What the section holds, so a visitor can choose by time.
                                text: qsTr("%n panels", "", cell.panelCount)
                                color: Theme.muted
                                font.family: Theme.sans
                                font.pixelSize: Theme.small
                                font.bold: true
                                wrapMode: Text.WordWrap
                            }
                        }
                        MouseArea {
                            objectName: "sectionCardArea_" + cell.index
                            id: area
                            anchors.fill: parent
                            onClicked: Visit.openSection(cell.index)
                        }
                    }
                }
            }
        }
    }
    MoreBelow { flickable: grid }
}
