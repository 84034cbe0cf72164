pragma Singleton
import QtQuick
import KioskBackend

// Colours from the exhibit, sizes from the screen: `unit` is 1 at 1080 px on the short side,
// and no touch target is ever smaller than 10 mm on the physical screen (`touchTarget`, in
// device pixels, set by kiosk.ui.app from the screen's density).
QtObject {
    readonly property var colours: Content.theme
    readonly property color background: colours.background
    readonly property color surface: colours.surface
    readonly property color text: colours.text
    readonly property color muted: colours.muted
    readonly property color accent: colours.accent
    readonly property color inkOnAccent: "#14120f"
    readonly property color raised: Qt.lighter(surface, 1.35)
    readonly property color pressed: Qt.darker(accent, 1.35)
    readonly property color good: "#7fbf7f"
    readonly property color bad: "#e58c7a"

    property real unit: 1
    property real touchTarget: 0
    property bool portrait: false

    readonly property real touch: Math.max(touchTarget, 80 * unit)
    readonly property real gap: Math.max(touchTarget / 5, 16 * unit)
    readonly property real margin: 48 * unit
    readonly property real radius: 14 * unit

    readonly property real scale: Visit.textScale
    readonly property real small: 24 * unit * scale
    readonly property real body: 30 * unit * scale
    readonly property real lead: 36 * unit * scale
    readonly property real heading: 46 * unit * scale
    readonly property real display: 72 * unit * scale
    readonly property real control: 28 * unit

    // The width of a comfortable line of reading text in a font of `px` pixels: about 66
    // characters (half an em each in Noto Sans), inside the 45 to 75 a line that labels aim for.
    function measure(px) { return 33 * px }

    readonly property string sans: "Noto Sans"
    readonly property string serif: "Noto Serif"
    // The built version of a picture to decode for a box of w × h device pixels: the smallest
    // that covers it (shown whole when `fit`, else filling the box), or the largest there is.
    // The build's rule (kiosk.media.derivatives.preference), kept in JavaScript: a Python call
    // here waits for the interpreter while the content loads behind the first screen (+20 ms to
    // it). tests/ui/test_pictures.py checks the two agree.
    function pick(media, w, h, fit) {
        const vs = (media && media.variants) || []
        if (vs.length === 0)
            return ""
        const big = vs[vs.length - 1]
        let nw = w, nh = h
        if (fit && nw > 0 && nh > 0) {
            if (nw * big.h > nh * big.w)
                nw = 0
            else
                nh = 0
        }
        for (let i = 0; i < vs.length; ++i) {
            if (vs[i].w + 1 >= nw && vs[i].h + 1 >= nh)
                return vs[i].url
        }
        return big.url
    }

    // Off for proofs and tests: screens are judged as they finally stand, not mid-animation.
    property bool motion: true
    // What animates: nothing when the operator set reduce_motion (kiosk.settings).
    readonly property bool moving: motion && !Visit.reduceMotion
    readonly property int fade: moving ? 250 : 0
    readonly property int slide: moving ? 300 : 0

    // -- the focus ring (FocusRing.qml) ----------------------------------------------------------
    // A white band round a black one: on any colour one of them stands out at least 4.5:1, so
    // the ring is seen on a gold button, a card, a map or a photograph (tests/ui/test_keyboard.py).
    readonly property color focusLight: "#ffffff"
    readonly property color focusDark: "#000000"
    readonly property real focusWidth: Math.max(2, Math.round(4 * unit))
}
