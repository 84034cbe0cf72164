import QtQuick
import QtMultimedia
import KioskBackend
import Kiosk

// Audio description: with it on, each screen is described aloud as it opens (where the visitor
// is, its words, what its pictures show), from the files `kiosk assets build` spoke
// (Content.description); a card reached by focus is described in its place (Player.describe).
// Loaded only while description is on; Player.stop() or another voice stops or pauses it.
Item {
    id: describer
    objectName: "describer"

    readonly property string owner: "describer"
    readonly property string screenUrl: Content.description.url || ""
    //: What is being said (the screen's description, or the one focus asked for).
    property string url: screenUrl
    readonly property bool playing: player.playbackState === MediaPlayer.PlayingState
    property bool pending: true

    onScreenUrlChanged: say(screenUrl)
    function say(to: string) {
        player.stop()
        describer.pending = true
        describer.url = to
        if (player.mediaStatus === MediaPlayer.LoadedMedia)
            start()
    }
    function start() {
        describer.pending = false
        if (describer.url !== "")
            player.play()
    }

    MediaPlayer {
        id: player
        objectName: "describerPlayer"
        source: describer.url
        audioOutput: AudioOutput { volume: Player.volume }
        onPlaybackStateChanged: Player.setPlaying(describer.owner, playbackState === MediaPlayer.PlayingState)
        onErrorOccurred: (error, message) => Player.reportProblem(describer.url, message)
        onMediaStatusChanged: {
            if (mediaStatus === MediaPlayer.LoadedMedia && describer.pending)
                describer.start()
        }
    }
    Component.onDestruction: Player.setPlaying(describer.owner, false)

    Connections {
        target: Player
        function onStopAll() { player.stop() }
        function onStarted(owner: string) {
            if (owner !== describer.owner && describer.playing)
                player.pause()
        }
        function onDescribeRequested(url: string) { describer.say(url) }
    }
}
