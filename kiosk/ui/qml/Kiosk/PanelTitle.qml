import QtQuick
import Kiosk

Text {
    textFormat: Text.PlainText  // content and log text: never HTML (no <img> can load)
    color: Theme.text
    font.family: Theme.serif
    font.pixelSize: Theme.heading
    font.bold: true
    wrapMode: Text.WordWrap
}
