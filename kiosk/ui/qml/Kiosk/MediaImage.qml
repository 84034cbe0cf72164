import QtQuick
import KioskBackend
import Kiosk

// A content picture: the built version that covers the box (zoomed boxes pick a larger one),
// decoded at display size (sourceSize), with the alt text as its accessible name, and a calm
// placeholder showing the alt text if no version was built or the file is broken.
Item {
    id: frame

    property var media: ({})
    property bool showCredit: true
    property bool fill: false  // cover the box edge to edge (cropping), rather than fit inside it
    readonly property alias status: picture.status
    readonly property real paintedWidth: picture.paintedWidth
    readonly property real paintedHeight: picture.paintedHeight

    Accessible.role: Accessible.Graphic
    Accessible.name: media.alt || ""

    Image {
        id: picture
        objectName: "picture"
        anchors.fill: parent
        anchors.bottomMargin: creditLine.visible ? creditLine.height + 6 * Theme.unit : 0
        source: Theme.pick(frame.media, width * Screen.devicePixelRatio, height * Screen.devicePixelRatio, !frame.fill)
        sourceSize.width: Math.max(1, Math.ceil(width))
        sourceSize.height: Math.max(1, Math.ceil(height))
        fillMode: frame.fill ? Image.PreserveAspectCrop : Image.PreserveAspectFit
        clip: frame.fill
        asynchronous: true
        // Not kept in Qt's picture cache once off screen: a panel coming back decodes again
        // (a few ms, off the GUI thread) rather than every picture of a visit staying in memory.
        cache: false
        smooth: true
    }

    Rectangle {
        objectName: "picturePlaceholder"
        anchors.fill: picture
        visible: picture.status === Image.Error || picture.source.toString() === ""
        color: Theme.surface
        radius: Theme.radius
        Text {
            textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
            objectName: "pictureAlt"
            anchors.fill: parent
            anchors.margins: Theme.gap
            text: frame.media.alt || ""
            color: Theme.muted
            font.family: Theme.sans
            font.pixelSize: Theme.small
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }

    Text {
        textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
        id: creditLine
        visible: frame.showCredit && (frame.media.credit || "") !== ""
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width
        text: (frame.media.credit || "") + (frame.media.licence ? " · " + frame.media.licence : "")
        color: Theme.muted
        font.family: Theme.sans
        font.pixelSize: Theme.px(18)
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
    }
}
