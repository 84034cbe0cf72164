import QtQuick
import Kiosk

pragma ComponentBehavior: Bound

// Pictures with captions, one at a time; pinch (or + / −) to look closer.
Item {
    id: galleryPanel
    property var view: ({})
    readonly property var images: view.images || []
    property int current: 0
    // The panel in view (PanelView): only then do its controls take the keyboard's focus.
    property bool inView: true
    readonly property var image: images.length > 0 ? images[current] : ({})

    PanelTitle {
        id: title
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: galleryPanel.view.title
        lead: galleryPanel.view.lead || ""
    }
    ZoomView {
        id: zoom
        objectName: "galleryZoom"
        inView: galleryPanel.inView
        anchors.top: title.bottom
        anchors.topMargin: Theme.gap
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: caption.top
        anchors.bottomMargin: Theme.gap
        MediaImage {
            anchors.fill: parent
            media: galleryPanel.image
            showCredit: false
        }
    }
    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        id: caption
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: picker.top
        anchors.bottomMargin: Theme.gap / 2
        text: (galleryPanel.image.caption || "") + "\n" + (galleryPanel.image.credit || "") + " · " + (galleryPanel.image.licence || "")
        color: Theme.text
        font.family: Theme.sans
        font.pixelSize: Theme.small
        wrapMode: Text.WordWrap
    }
    Row {
        id: picker
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        spacing: Theme.gap
        visible: galleryPanel.images.length > 1
        height: visible ? Theme.touch : 0
        Repeater {
            model: galleryPanel.images.length
            KButton {
                required property int index
                text: String(index + 1)
                activeFocusOnTab: galleryPanel.inView
                Accessible.name: qsTr("Picture %1 of %2").arg(index + 1).arg(galleryPanel.images.length)
                selected: index === galleryPanel.current
                onClicked: { galleryPanel.current = index; zoom.reset() }
            }
        }
    }
}
