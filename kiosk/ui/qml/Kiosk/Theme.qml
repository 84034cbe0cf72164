pragma Singleton
import QtQuick
import KioskBackend

// Colours from the exhibit, sizes from the screen: `unit` is 1 at 1080 px on the short side,
// and no touch target is ever smaller than 10 mm on the physical screen (`touchTarget`, in
// device pixels, set by kiosk.ui.app from the screen's density).
QtObject {
    // The palette, in two themes, here and nowhere else (tests/ui/test_contrast.py measures every
    // pair of it). Standard: the exhibit's colours (its theme:) and those made from them.
    // High contrast, the visitor's choice (Visit.highContrast): text at least 7:1 and every mark
    // at least 4.5:1 on what it lies on, and every control outlined.
    readonly property bool highContrast: Visit.highContrast
    readonly property var colours: Content.theme
    readonly property color background: highContrast ? "#000000" : colours.background
    readonly property color surface: highContrast ? "#000000" : colours.surface
    readonly property color text: highContrast ? "#ffffff" : colours.text
    readonly property color muted: highContrast ? "#dcdcdc" : colours.muted
    readonly property color accent: highContrast ? "#ffd84a" : colours.accent
    readonly property color inkOnAccent: highContrast ? "#000000" : "#14120f"
    readonly property color raised: highContrast ? "#1a1a1a" : Qt.lighter(surface, 1.35)
    readonly property color chosen: highContrast ? "#333333" : Qt.lighter(raised, 1.3)  // a quiz answer picked
    // A button while a finger is down: dark enough for its label in Theme.text.
    readonly property color pressed: highContrast ? "#5c4a00" : Qt.darker(accent, 2.1)
    // Lines and marks that are not text (a slider's track, the page dots): 3:1 at least.
    readonly property color line: highContrast ? "#ffffff" : muted
    // Every control's edge in high contrast (its fill may be near the page's); none in standard,
    // where a control is known by its label.
    readonly property color outline: highContrast ? "#ffffff" : "transparent"
    readonly property real outlineWidth: highContrast ? Math.max(2, 3 * unit) : 0
    readonly property color good: highContrast ? "#8fe38f" : "#7fbf7f"
    readonly property color bad: highContrast ? "#ff9a85" : "#e58c7a"
    readonly property color goodFill: highContrast ? "#003d00" : Qt.darker(good, 2.2)
    readonly property color badFill: highContrast ? "#4a0f00" : Qt.darker(bad, 2.2)
    // On a map, over any picture: names on chips, and each point's state by shape, colour and word.
    readonly property color mapChip: highContrast ? "#000000" : "#14120f"
    readonly property color mapText: highContrast ? "#ffffff" : "#f3ede2"
    readonly property var mapStates: highContrast
        ? ({ info: "#ffffff", held: "#8cc8ff", attacked: "#ffb000", fallen: "#ff7a66", abandoned: "#c8c8c8" })
        : ({ info: mapText, held: "#6fa8dc", attacked: "#f0a030", fallen: "#e8574a", abandoned: "#a39d93" })

    property real unit: 1
    property real touchTarget: 0
    property bool portrait: false
    // The smallest text on this screen in pixels (9 pt on the glass; set by kiosk.ui.window).
    property real textFloor: 0
    // The highest point a visitor reaches, in pixels from the top (0: all of the screen; set by
    // kiosk.ui.window from the mounting, kiosk.reach): controls stay below it.
    property real reachTop: 0

    readonly property real touch: Math.max(touchTarget, 80 * unit)
    readonly property real gap: Math.max(touchTarget / 5, 16 * unit)
    readonly property real margin: 48 * unit
    readonly property real radius: 14 * unit

    readonly property real scale: Visit.textScale
    readonly property real small: px(24 * scale)
    readonly property real body: px(30 * scale)
    readonly property real lead: px(36 * scale)
    readonly property real heading: px(46 * scale)
    readonly property real display: px(72 * scale)
    readonly property real control: px(28)
    // A text size of `n` pixels at 1080, on this screen, never under the floor.
    function px(n) { return Math.max(textFloor, n * unit) }

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
    // What animates: nothing when the visitor (or the operator's reduce_motion) chose less motion.
    readonly property bool moving: motion && !Visit.reduceMotion
    readonly property int fade: moving ? 250 : 0
    readonly property int slide: moving ? 300 : 0
    readonly property int press: moving ? 80 : 0

    // -- the focus ring (FocusRing.qml) ----------------------------------------------------------
    // A white band round a black one: on any colour one of them stands out at least 4.5:1, so
    // the ring is seen on a gold button, a card, a map or a photograph (tests/ui/test_keyboard.py).
    readonly property color focusLight: "#ffffff"
    readonly property color focusDark: "#000000"
    readonly property real focusWidth: Math.max(2, Math.round(4 * unit))
}
