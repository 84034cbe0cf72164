import QtQuick
import Kiosk

Text {
    color: Theme.text
    font.family: Theme.serif
    font.pixelSize: Theme.heading
    font.bold: true
    wrapMode: Text.WordWrap
}
