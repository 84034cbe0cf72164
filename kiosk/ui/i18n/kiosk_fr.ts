<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ControlBar</name>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="23"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="29"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="40"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="31"/>
        <source>Are you still there?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="42"/>
        <source>The exhibit will start over in %1 seconds.</source>
        <translation>L’exposition recommencera dans %1 secondes.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="54"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="63"/>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>More</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="1"/>
        <source>Touch a point or a name on the map</source>
        <translation>Touchez un point ou un nom sur la carte</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="104"/>
        <source>Zoom in to see every place.</source>
        <translation>Agrandissez pour voir tous les lieux.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="130"/>
        <source>At the start</source>
        <translation>Au départ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="146"/>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="156"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="164"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="172"/>
        <source>Held</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="172"/>
        <source>Under attack</source>
        <translation>Attaqué</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="173"/>
        <source>Fallen</source>
        <translation>Tombé</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="173"/>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="212"/>
        <source>Touch a point on the map</source>
        <translation>Touchez un point sur la carte</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="224"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../qml/Kiosk/MediaPanel.qml" line="48"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
</context>
<context>
    <name>MediaPlayerView</name>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="162"/>
        <source>The captions appear here as it plays.</source>
        <translation>Les sous-titres s’affichent ici pendant la lecture.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="211"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="211"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="245"/>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="260"/>
        <source>This recording cannot be played here. Every word is in the transcript.</source>
        <translation>Cet enregistrement ne peut pas être lu ici. Chaque mot figure dans la transcription.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="261"/>
        <source>This screen has no sound. The captions show every word.</source>
        <translation>Cet écran n’a pas de son. Les sous-titres donnent chaque mot.</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Visitor statistics are switched off.</source>
        <translation>Les statistiques de visite sont désactivées.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Visitor statistics are starting.</source>
        <translation>Les statistiques de visite démarrent.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Visits today: %1</source>
        <translation>Visites aujourd’hui : %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>median visit: %1 s</source>
        <translation>visite médiane : %1 s</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Content release: %1</source>
        <translation>Version du contenu : %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Visitor statistics are paused: the disk is full. The kiosk carries on; free some space.</source>
        <translation>Les statistiques de visite sont en pause : le disque est plein. La borne continue ; libérez de la place.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="48"/>
        <source>Visitor statistics are paused: the log cannot be written (see the log below).</source>
        <translation>Les statistiques de visite sont en pause : le journal ne peut pas être écrit (voir le journal ci-dessous).</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="22"/>
        <source>Operator</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="60"/>
        <source>No problems found.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="61"/>
        <source>Problems: %1</source>
        <translation>Problèmes : %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="81"/>
        <source>Recent log</source>
        <translation>Journal récent</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="110"/>
        <source>Tap again to exit</source>
        <translation>Touchez encore pour quitter</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="110"/>
        <source>Exit kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="120"/>
        <source>Back to visitors</source>
        <translation>Retour aux visiteurs</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="27"/>
        <source>Too many tries. Wait a minute.</source>
        <translation>Trop d’essais. Attendez une minute.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="28"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Code PIN erroné. Réessayez.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="29"/>
        <source>Operator PIN</source>
        <translation>Code PIN d’exploitation</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="71"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="62"/>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="127"/>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="127"/>
        <source>See my score</source>
        <translation>Voir mon score</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="139"/>
        <source>You answered %1 of %2 questions correctly.</source>
        <translation>Vous avez trouvé %1 bonnes réponses sur %2.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="148"/>
        <source>Try again</source>
        <translation>Recommencer le quiz</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../qml/Kiosk/QuotePanel.qml" line="56"/>
        <source>Original (%1): %2</source>
        <translation>Texte original (%1) : %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuotePanel.qml" line="81"/>
        <source>Did they say it?</source>
        <translation>Ces mots sont-ils avérés ?</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="114"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="133"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="162"/>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="171"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="181"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>SourcesSheet</name>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="29"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="42"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="28"/>
        <source>Touch an event to read more; slide the line to see the others.</source>
        <translation>Touchez un événement pour en savoir plus ; faites glisser la frise pour voir les autres.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="159"/>
        <source>Back to the timeline</source>
        <translation>Retour à la frise</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <location filename="../qml/Kiosk/ZoomView.qml" line="65"/>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ZoomView.qml" line="74"/>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
</context>
</TS>
