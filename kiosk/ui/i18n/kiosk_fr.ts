<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="199" />
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="199" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="200" />
        <source>Play the slides</source>
        <translation>Reprendre le diaporama</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="200" />
        <source>Pause the slides</source>
        <translation>Mettre le diaporama en pause</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="35" />
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="41" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="48" />
        <source>Audio description</source>
        <translation>Audiodescription</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="79" />
        <source>Display: text size, contrast and motion</source>
        <translation>Affichage : taille du texte, contraste et mouvement</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ControlBar.qml" line="85" />
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
</context>
<context>
    <name>DisplaySheet</name>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="64" />
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="79" />
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="87" />
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="98" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="104" />
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="111" />
        <source>Motion</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="122" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="128" />
        <source>Reduced motion</source>
        <translation>Mouvement réduit</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="21" />
        <location filename="../qml/Kiosk/DisplaySheet.qml" line="137" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>GalleryPanel</name>
    <message>
        <location filename="../qml/Kiosk/GalleryPanel.qml" line="66" />
        <source>Picture %1 of %2</source>
        <translation>Image %1 sur %2</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message numerus="yes">
        <location filename="../qml/Kiosk/HomeScreen.qml" line="178" />
        <source>%n panels</source>
        <translation>
            <numerusform>%n panneau</numerusform>
            <numerusform>%n panneaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="38" />
        <source>Are you still there?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="50" />
        <source>The exhibit will start over in %1 seconds.</source>
        <translation>L'exposition recommencera dans %1 secondes.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="17" />
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="63" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="72" />
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>KeysSheet</name>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="15" />
        <source>Next panel</source>
        <translation>Panneau suivant</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="15" />
        <source>Previous panel</source>
        <translation>Panneau précédent</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="16" />
        <source>Next control, or scroll down</source>
        <translation>Commande suivante, ou défiler vers le bas</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="16" />
        <source>Previous control, or scroll up</source>
        <translation>Commande précédente, ou défiler vers le haut</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="17" />
        <source>Press the control with the frame</source>
        <translation>Appuyer sur la commande encadrée</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="17" />
        <source>Close, or go back</source>
        <translation>Fermer, ou revenir en arrière</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="18" />
        <source>The sections</source>
        <translation>Les parties</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="18" />
        <source>These keys</source>
        <translation>Ces touches</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="19" />
        <source>Louder</source>
        <translation>Plus fort</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="19" />
        <source>Quieter</source>
        <translation>Moins fort</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="19" />
        <source>Audio description on or off</source>
        <translation>Audiodescription activée ou désactivée</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="39" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="48" />
        <source>Tab moves the frame to the next control, Shift and Tab to the one before.</source>
        <translation>La touche Tab déplace le cadre vers la commande suivante, Maj et Tab vers la précédente.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeysSheet.qml" line="90" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="364" />
        <source>Zoom in to see every place.</source>
        <translation>Agrandissez pour voir tous les lieux.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="436" />
        <source>Close the map</source>
        <translation>Fermer la carte</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="449" />
        <location filename="../qml/Kiosk/MapPanel.qml" line="667" />
        <source>Show the map</source>
        <translation>Afficher la carte</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="489" />
        <source>At the start</source>
        <translation>Au départ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="504" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="504" />
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="515" />
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="532" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="541" />
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="636" />
        <source>Move to a point with Tab or the Up and Down keys, then press Enter</source>
        <translation>Allez à un point avec Tab ou les flèches haut et bas, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="637" />
        <source>Touch a point or a name on the map</source>
        <translation>Touchez un point ou un nom sur la carte</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="674" />
        <source>Previous place</source>
        <translation>Lieu précédent</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="681" />
        <source>Next place</source>
        <translation>Lieu suivant</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="699" />
        <source>More</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="53" />
        <source>Held</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="53" />
        <source>Under attack</source>
        <translation>Attaqué</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="53" />
        <location filename="../qml/Kiosk/MapPanel.qml" line="673" />
        <location filename="../qml/Kiosk/MapPanel.qml" line="680" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="54" />
        <source>Fallen</source>
        <translation>Tombé</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="54" />
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPanel.qml" line="651" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MapZoomButtons</name>
    <message>
        <location filename="../qml/Kiosk/MapZoomButtons.qml" line="18" />
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapZoomButtons.qml" line="28" />
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../qml/Kiosk/MediaPanel.qml" line="53" />
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
</context>
<context>
    <name>MediaPlayerView</name>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="169" />
        <source>The captions appear here as it plays.</source>
        <translation>Les sous-titres s'affichent ici pendant la lecture.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="145" />
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="223" />
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="227" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="145" />
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="223" />
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="227" />
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="240" />
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="249" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="287" />
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="306" />
        <source>This recording cannot be played here. Every word is in the transcript.</source>
        <translation>Cet enregistrement ne peut pas être lu ici. Chaque mot figure dans la transcription.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MediaPlayerView.qml" line="307" />
        <source>This screen has no sound. The captions show every word.</source>
        <translation>Cet écran n'a pas de son. Les sous-titres reprennent tout le texte.</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <location filename="../qml/Kiosk/MoreBelow.qml" line="35" />
        <source>More below: scroll</source>
        <translation>Suite plus bas : faites défiler</translation>
    </message>
</context>
<context>
    <name>MoreSheet</name>
    <message>
        <location filename="../qml/Kiosk/MoreSheet.qml" line="27" />
        <source>More</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MoreSheet.qml" line="42" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="66" />
        <source>Visitor statistics are switched off.</source>
        <translation>Les statistiques de visite sont désactivées.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="67" />
        <source>Visitor statistics are starting.</source>
        <translation>Les statistiques de visite démarrent.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="68" />
        <source>Visits today: %1</source>
        <translation>Visites aujourd'hui : %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="69" />
        <source>median visit: %1 s</source>
        <translation>durée médiane de visite : %1 s</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="79" />
        <source>Content release: %1</source>
        <translation>Version du contenu : %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="91" />
        <source>Visitor statistics are paused: the disk is full. The kiosk carries on; free some space.</source>
        <translation>Les statistiques de visite sont en pause : le disque est plein. La borne continue ; libérez de la place.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="92" />
        <source>Visitor statistics are paused: the log cannot be written (see the log below).</source>
        <translation>Les statistiques de visite sont en pause : le journal ne peut pas être écrit (voir le journal ci-dessous).</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="24" />
        <source>Operator</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="103" />
        <source>No problems found.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="104" />
        <source>Problems: %1</source>
        <translation>Problèmes : %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="148" />
        <source>Recent log</source>
        <translation>Journal récent</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="212" />
        <source>Tap again to exit</source>
        <translation>Touchez encore pour quitter</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="212" />
        <source>Exit kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="222" />
        <source>Back to visitors</source>
        <translation>Retour aux visiteurs</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="181" />
        <source>Update from USB</source>
        <translation>Mise à jour par USB</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="190" />
        <source>Looking for an update on the USB stick…</source>
        <translation>Recherche d'une mise à jour sur la clé USB…</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="191" />
        <source>No update found. Put kiosk-update.bundle or a kiosk-content folder at the top of the USB stick.</source>
        <translation>Aucune mise à jour trouvée. Placez kiosk-update.bundle ou un dossier kiosk-content à la racine de la clé USB.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="192" />
        <source>Checking and building the update…</source>
        <translation>Vérification et préparation de la mise à jour…</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="193" />
        <source>The update is ready: visitors see it from the next attract loop.</source>
        <translation>La mise à jour est prête : les visiteurs la verront dès la prochaine boucle d'accueil.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="194" />
        <source>The USB stick has the content already shown.</source>
        <translation>La clé USB contient le contenu déjà affiché.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/OperatorPanel.qml" line="195" />
        <source>The update was not applied: see the problems above.</source>
        <translation>La mise à jour n'a pas été appliquée : voir les problèmes ci-dessus.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="47" />
        <source>Too many tries. Wait a minute.</source>
        <translation>Trop d'essais. Attendez une minute.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="48" />
        <source>Wrong PIN. Try again.</source>
        <translation>Code PIN erroné. Réessayez.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="49" />
        <source>Operator PIN</source>
        <translation>Code PIN d'exploitation</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="79" />
        <source>Delete a digit</source>
        <translation>Effacer un chiffre</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="87" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="131" />
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="216" />
        <source>Right answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="216" />
        <source>Wrong answer</source>
        <translation>Mauvaise réponse</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="161" />
        <location filename="../qml/Kiosk/QuizPanel.qml" line="165" />
        <source>You can still change your answer. Confirm it to see if it is right.</source>
        <translation>Vous pouvez encore changer de réponse. Confirmez-la pour savoir si elle est juste.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="166" />
        <source>Move to an answer with Tab or the Up and Down keys, press Enter, then confirm it.</source>
        <translation>Allez à une réponse avec Tab ou les flèches haut et bas, appuyez sur Entrée, puis confirmez-la.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="167" />
        <source>Touch an answer, then confirm it.</source>
        <translation>Touchez une réponse, puis confirmez-la.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="259" />
        <source>Confirm my answer</source>
        <translation>Confirmer ma réponse</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="276" />
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="276" />
        <source>See my score</source>
        <translation>Voir mon score</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/QuizPanel.qml" line="292" />
        <source>You answered %n of %1 questions correctly.</source>
        <translation>
            <numerusform>Vous avez trouvé %n bonne réponse sur %1.</numerusform>
            <numerusform>Vous avez trouvé %n bonnes réponses sur %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="352" />
        <source>Your answer: %1</source>
        <translation>Votre réponse : %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="353" />
        <source>Your answer: %1 · Right answer: %2</source>
        <translation>Votre réponse : %1 · Bonne réponse : %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="382" />
        <source>Choose another section</source>
        <translation>Choisir une autre partie</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="382" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuizPanel.qml" line="389" />
        <source>Try again</source>
        <translation>Recommencer le quiz</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../qml/Kiosk/QuotePanel.qml" line="63" />
        <source>Original (%1): %2</source>
        <translation>Texte original (%1) : %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/QuotePanel.qml" line="88" />
        <source>Did they say it?</source>
        <translation>Ces mots sont-ils avérés ?</translation>
    </message>
</context>
<context>
    <name>ScrollArea</name>
    <message>
        <location filename="../qml/Kiosk/ScrollArea.qml" line="11" />
        <source>Text that scrolls</source>
        <translation>Texte qui défile</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="43" />
        <source>Section %1 of %2</source>
        <translation>Partie %1 sur %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="182" />
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="183" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="203" />
        <source>Sign language</source>
        <translation>Langue des signes</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="213" />
        <source>Less</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="213" />
        <source>More</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="287" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="310" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="343" />
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="359" />
        <source>Next: %1</source>
        <translation>Suite : %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="360" />
        <source>Back to the start</source>
        <translation>Retour au début</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="358" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>SignOverlay</name>
    <message>
        <location filename="../qml/Kiosk/SignOverlay.qml" line="35" />
        <source>Sign language video</source>
        <translation>Vidéo en langue des signes</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SignOverlay.qml" line="78" />
        <source>This video cannot be played here.</source>
        <translation>Cette vidéo ne peut pas être lue ici.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SignOverlay.qml" line="78" />
        <source>Tap to play</source>
        <translation>Touchez pour lire</translation>
    </message>
</context>
<context>
    <name>SourcesSheet</name>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="37" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="17" />
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="52" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="86" />
        <source>How this panel uses its sources</source>
        <translation>Comment ce panneau utilise ses sources</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SourcesSheet.qml" line="94" />
        <source>Works cited</source>
        <translation>Ouvrages cités</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="164" />
        <source>Move to an event with Tab or the Up and Down keys, and press Enter to read more.</source>
        <translation>Allez à un événement avec Tab ou les flèches haut et bas, puis appuyez sur Entrée pour en lire plus.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="165" />
        <source>Touch an event to read more; slide the line to see the others.</source>
        <translation>Touchez un événement pour en savoir plus ; faites glisser la frise pour voir les autres.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="519" />
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="519" />
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="555" />
        <source>Previous event</source>
        <translation>Événement précédent</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="565" />
        <source>Next event</source>
        <translation>Événement suivant</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="573" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="585" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="586" />
        <source>Open the first event in view</source>
        <translation>Ouvrir le premier événement visible</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/TimelinePanel.qml" line="598" />
        <source>The event you choose opens here.</source>
        <translation>L'événement que vous choisissez s'ouvre ici.</translation>
    </message>
</context>
<context>
    <name>VolumeControl</name>
    <message>
        <location filename="../qml/Kiosk/VolumeControl.qml" line="20" />
        <source>Quieter</source>
        <translation>Moins fort</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/VolumeControl.qml" line="31" />
        <location filename="../qml/Kiosk/VolumeControl.qml" line="39" />
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/VolumeControl.qml" line="35" />
        <source>Volume %1%</source>
        <translation>Volume %1 %</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/VolumeControl.qml" line="47" />
        <source>Louder</source>
        <translation>Plus fort</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <location filename="../qml/Kiosk/ZoomView.qml" line="67" />
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ZoomView.qml" line="77" />
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
</context>
</TS>
