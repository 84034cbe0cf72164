import QtQuick
import Kiosk

// Reading text in the exhibit's small safe markup (already converted to StyledText by Python).
Text {
    color: Theme.text
    font.family: Theme.sans
    font.pixelSize: Theme.body
    lineHeight: 1.3
    wrapMode: Text.WordWrap
    textFormat: Text.StyledText
}
