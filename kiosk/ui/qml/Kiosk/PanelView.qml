import QtQuick
import Kiosk

pragma ComponentBehavior: Bound

// One panel in the section's list: picks the renderer for the panel's kind.
Item {
    id: panelView
    required property var view
    required property string kind
    required property int index
    objectName: "panel_" + index

    Loader {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        sourceComponent: ({
            story: story, quote: quote, figures: figures, timeline: timeline, map: map,
            gallery: gallery, compare: compare, quiz: quiz, audio: media, video: media
        })[panelView.kind]
    }

    Component { id: story; StoryPanel { view: panelView.view } }
    Component { id: quote; QuotePanel { view: panelView.view } }
    Component { id: figures; FiguresPanel { view: panelView.view } }
    Component { id: timeline; TimelinePanel { view: panelView.view } }
    Component { id: map; MapPanel { view: panelView.view } }
    Component { id: gallery; GalleryPanel { view: panelView.view } }
    Component { id: compare; ComparePanel { view: panelView.view } }
    Component { id: quiz; QuizPanel { view: panelView.view } }
    Component { id: media; MediaPanel { view: panelView.view } }
}
