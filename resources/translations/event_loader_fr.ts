<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="118"/>
        <source>Add a %1 account</source>
        <translation>Ajouter un compte %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="122"/>
        <source>Event Loader checks these details with %1 before saving them. They are kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Event Loader vérifie ces informations auprès de %1 avant de les enregistrer. Elles sont conservées dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="132"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="133"/>
        <source>For example: Marketing portal</source>
        <translation>Par exemple&#xa0;: Portail marketing</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="134"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="142"/>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="143"/>
        <source>Refresh token</source>
        <translation>Jeton d’actualisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="145"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="146"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="147"/>
        <source>Developer API key</source>
        <translation>Clé d’API de développeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="148"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="152"/>
        <source>I have a &amp;refresh token and the app&apos;s client ID and secret</source>
        <translation>J’ai un jeton d’act&amp;ualisation, ainsi que l’ID client et le secret client de l’application</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="165"/>
        <source>Re&amp;fresh token:</source>
        <translation>Jeton d’actuali&amp;sation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="166"/>
        <source>&amp;Client ID:</source>
        <translation>I&amp;D client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="170"/>
        <source>The client ID and secret are on the Auth tab of your app in the developer account.</source>
        <translation>L’ID client et le secret client se trouvent dans l’onglet Authentification de votre application, dans le compte de développeur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="176"/>
        <source>&amp;Developer API key:</source>
        <translation>Clé d’API de dé&amp;veloppeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="181"/>
        <source>Optional: lets Event Loader list your event templates. Find it in your developer account under Apps, then Get HubSpot API key.</source>
        <translation>Facultatif&#xa0;: permet à Event Loader de lister vos modèles d’événement. Vous la trouverez dans votre compte de développeur, sous Applications, puis Obtenir la clé d’API HubSpot.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="189"/>
        <source>API &amp;key:</source>
        <translation>Clé d’A&amp;PI&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="192"/>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Options avancées</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="196"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="162"/>
        <source>Access t&amp;oken:</source>
        <translation>Jeton d’a&amp;ccès&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="167"/>
        <source>Cl&amp;ient secret:</source>
        <translation>Secret c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="198"/>
        <source>Server addr&amp;ess:</source>
        <translation>Adresse du se&amp;rveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="204"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="205"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="208"/>
        <source>Not tested yet.</source>
        <translation>Pas encore testé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="210"/>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="218"/>
        <source>&amp;Save account</source>
        <translation>&amp;Enregistrer le compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="269"/>
        <source>%1 app %2</source>
        <translation>Application %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="277"/>
        <source>Enter the app ID.</source>
        <translation>Saisissez l’ID d’application.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="279"/>
        <source>Paste the API key.</source>
        <translation>Collez la clé d’API.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="281"/>
        <source>Paste the access token.</source>
        <translation>Collez le jeton d’accès.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="282"/>
        <source>Paste the refresh token, the client ID and the client secret.</source>
        <translation>Collez le jeton d’actualisation, l’ID client et le secret client.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="335"/>
        <source>The details changed: test the connection again.</source>
        <translation>Les informations ont changé&#xa0;: testez de nouveau la connexion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="351"/>
        <source>Checking with %1…</source>
        <translation>Vérification auprès de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/account_dialog.py" line="370"/>
        <source>Connected to %1. %n event templates found.</source>
        <translation>
            <numerusform>Connecté à %1. %n modèle d’événement trouvé.</numerusform>
            <numerusform>Connecté à %1. %n modèles d’événement trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="373"/>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="211"/>
        <source>Batch {n} · rows {rows}</source>
        <translation>Lot {n} · lignes {rows}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="224"/>
        <source>Batches {first}–{last}</source>
        <translation>Lots {first} à {last}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="251"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="252"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="253"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="254"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="255"/>
        <location filename="../../app/ui/models/batch_model.py" line="327"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="256"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="257"/>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="258"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="259"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/batch_model.py" line="287"/>
        <source>%n rows: {rows}</source>
        <translation>
            <numerusform>%n ligne&#xa0;: {rows}</numerusform>
            <numerusform>%n lignes&#xa0;: {rows}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="319"/>
        <source>Waiting to retry</source>
        <translation>En attente d’un nouvel essai</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/batch_model.py" line="321"/>
        <location filename="../../app/ui/views/upload_panels.py" line="257"/>
        <source>Retry in %n s</source>
        <translation>
            <numerusform>Réessai dans %n&#xa0;s</numerusform>
            <numerusform>Réessai dans %n&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="323"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="324"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="325"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="326"/>
        <source>Partly failed</source>
        <translation>Envoyé en partie</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="328"/>
        <source>Not sent (stopped)</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="372"/>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="374"/>
        <source>Batch {n} of {total}</source>
        <translation>Lot {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="377"/>
        <source>{done} of {total} rows</source>
        <translation>{done} lignes sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="384"/>
        <source>{rate} rows/s</source>
        <translation>{rate} lignes/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="391"/>
        <source>about {time} left</source>
        <translation>encore environ {time}</translation>
    </message>
</context>
<context>
    <name>DestinationStep</name>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="64"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="65"/>
        <source>companies</source>
        <translation>entreprises</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="66"/>
        <source>deals</source>
        <translation>transactions</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="67"/>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="204"/>
        <source>Where should the events go?</source>
        <translation>Où envoyer les événements&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="103"/>
        <location filename="../../app/ui/views/destination_step.py" line="105"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="108"/>
        <source>A&amp;dd account…</source>
        <translation>A&amp;jouter un compte…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="109"/>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="111"/>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="112"/>
        <location filename="../../app/ui/views/destination_step.py" line="436"/>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="114"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="115"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="123"/>
        <source>Account status</source>
        <translation>État du compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="132"/>
        <location filename="../../app/ui/views/destination_step.py" line="136"/>
        <source>Event template</source>
        <translation>Modèle d’événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="138"/>
        <source>T&amp;emplate:</source>
        <translation>Modèl&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="140"/>
        <source>&amp;Refresh list</source>
        <translation>Actualiser la &amp;liste</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="141"/>
        <source>Refresh the list of templates</source>
        <translation>Actualiser la liste des modèles d’événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="144"/>
        <source>Enter a template by hand</source>
        <translation>Saisir un modèle d’événement à la main</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="151"/>
        <source>Template status</source>
        <translation>État du modèle d’événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="153"/>
        <source>Tokens of the template</source>
        <translation>Jetons d’événement du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="155"/>
        <source>Token</source>
        <translation>Jeton d’événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/catalogue_page.py" line="101"/>
        <source>Rel&amp;oad list</source>
        <translation>Act&amp;ualiser les événements</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="155"/>
        <source>Name in HubSpot</source>
        <translation>Nom dans HubSpot</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="155"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="155"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/catalogue_page.py" line="220"/>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="170"/>
        <source>Pipeless app</source>
        <translation>Application Pipeless</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="172"/>
        <source>App ID</source>
        <translation>ID d’application</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="174"/>
        <source>Wait until Pipeless has processed each batch (&amp;synchronous)</source>
        <translation>Attendre que Pipeless ait traité chaque lot (s&amp;ynchrone)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="178"/>
        <source>Slower, but a refused event is reported at once instead of being dropped later.</source>
        <translation>Plus lent, mais un événement refusé est signalé aussitôt au lieu d’être écarté plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="183"/>
        <source>App ID:</source>
        <translation>ID d’application&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="212"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="215"/>
        <source>Choose the service, the account and the kind of event each row becomes.</source>
        <translation>Choisissez le service, le compte et le type d’événement que devient chaque ligne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="339"/>
        <source>%1 · app %2 · %3</source>
        <translation>%1 · application %2 · %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="339"/>
        <source>%1 · account %2 · %3</source>
        <translation>%1 · compte %2 · %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="365"/>
        <source>Connected to %1 (account %2).</source>
        <translation>Connecté à %1 (compte %2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="367"/>
        <source>Connected to %1 (app %2).</source>
        <translation>Connecté à %1 (application %2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="414"/>
        <source>Connected. This is an account of the demo sandbox: it is kept only until Event Loader closes.</source>
        <translation>Connecté. C’est un compte du bac à sable de démonstration&#xa0;: il est gardé seulement jusqu’à la fermeture d’Event Loader.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="422"/>
        <source>Connected. This computer has no keychain Event Loader can use, so the account is kept only until Event Loader closes; you will enter it again next time.</source>
        <translation>Connecté. Cet ordinateur n’a pas de trousseau utilisable par Event Loader&#xa0;: le compte est conservé seulement jusqu’à la fermeture d’Event Loader, et vous devrez le saisir de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="437"/>
        <source>Remove %1 from this computer? Nothing changes in %2.</source>
        <translation>Supprimer %1 de cet ordinateur&#xa0;? Rien ne change dans %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="459"/>
        <source>Checking with %1…</source>
        <translation>Vérification auprès de %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="514"/>
        <source>Listing the event templates…</source>
        <translation>Récupération des modèles d’événement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="537"/>
        <source>The event templates could not be listed. Test the connection again, or enter the template by hand.</source>
        <translation>Les modèles d’événement n’ont pas pu être listés. Testez à nouveau la connexion, ou saisissez le modèle à la main.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="620"/>
        <source>Template %1</source>
        <translation>Modèle %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/destination_step.py" line="639"/>
        <source>%1 · %2 · %n tokens</source>
        <translation>
            <numerusform>%1 · %2 · %n jeton d’événement</numerusform>
            <numerusform>%1 · %2 · %n jetons d’événement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/catalogue_page.py" line="94"/>
        <location filename="../../app/ui/views/destination_step.py" line="135"/>
        <source>Choose from the list…</source>
        <translation>Choisissez dans la liste…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/catalogue_page.py" line="217"/>
        <location filename="../../app/ui/views/destination_step.py" line="668"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/catalogue_page.py" line="218"/>
        <location filename="../../app/ui/views/destination_step.py" line="669"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/catalogue_page.py" line="219"/>
        <location filename="../../app/ui/views/destination_step.py" line="670"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/catalogue_page.py" line="221"/>
        <location filename="../../app/ui/views/destination_step.py" line="671"/>
        <source>list of options</source>
        <translation>liste d’options</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="708"/>
        <source>No %1 account on this computer yet. Add one with the token of your %1 app: the dialog says where to find each value.</source>
        <translation>Aucun compte %1 sur cet ordinateur pour l’instant. Ajoutez-en un avec le jeton d’accès ou la clé de votre application %1&#xa0;: la fenêtre indique où trouver chaque valeur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/catalogue_page.py" line="183"/>
        <location filename="../../app/ui/views/destination_step.py" line="728"/>
        <source>Add or choose an account first.</source>
        <translation>Ajoutez ou choisissez d’abord un compte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="545"/>
        <source>No event templates were found in this app. Create one in HubSpot, or enter it by hand.</source>
        <translation>Aucun modèle d’événement n’a été trouvé dans cette application. Créez-en un dans HubSpot ou saisissez-le à la main.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="736"/>
        <source>Add a developer API key to the account to list its templates, or enter the template by hand.</source>
        <translation>Ajoutez une clé d’API de développeur au compte pour lister ses modèles d’événement, ou saisissez le modèle à la main.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="742"/>
        <source>Choose the template the events will use.</source>
        <translation>Choisissez le modèle d’événement à utiliser.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="748"/>
        <source>(choose an account)</source>
        <translation>(choisissez un compte)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="755"/>
        <source>Add a %1 account to go on.</source>
        <translation>Ajoutez un compte %1 pour continuer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="757"/>
        <source>Test the connection to go on.</source>
        <translation>Testez la connexion pour continuer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="767"/>
        <source>Choose an event template to go on.</source>
        <translation>Choisissez un modèle d’événement pour continuer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="771"/>
        <source>Events will go to the template %1 of app %2.</source>
        <translation>Les événements utiliseront le modèle %1 de l’application %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="777"/>
        <source>Events will go to Pipeless app %1.</source>
        <translation>Les événements iront dans l’application Pipeless %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="143"/>
        <source>Enter b&amp;y hand…</source>
        <translation>Saisir à la mai&amp;n…</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <location filename="../../app/core/destinations/base.py" line="142"/>
        <source>&amp;App ID:</source>
        <translation>ID d’&amp;application&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/base.py" line="143"/>
        <source>App ID</source>
        <translation>ID d’application</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/base.py" line="145"/>
        <source>I have an access to&amp;ken</source>
        <translation>J’ai un &amp;jeton d’accès</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="163"/>
        <source>The contact&apos;s email address; HubSpot finds the contact by it.</source>
        <translation>L’adresse e-mail du contact&#xa0;; HubSpot retrouve le contact grâce à elle.</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="169"/>
        <source>The HubSpot record ID (digits only).</source>
        <translation>L’ID de la fiche d’informations HubSpot (chiffres uniquement).</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="174"/>
        <source>The HubSpot tracking cookie value of a contact.</source>
        <translation>La valeur du cookie de suivi HubSpot d’un contact.</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="179"/>
        <source>When it happened; sets the event&apos;s place on the timeline. Empty means now.</source>
        <translation>Moment où l’événement a eu lieu&#xa0;; il fixe sa place dans la chronologie. Vide&#xa0;: maintenant.</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="185"/>
        <source>Event property {name} ({type}).</source>
        <translation>Propriété d’événement «&#xa0;{name}&#xa0;» ({type}).</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="210"/>
        <source>HubSpot &amp;custom events: for every Marketing Hub or Content Hub Enterprise account</source>
        <translation>Événements personnalisés Hu&amp;bSpot&#xa0;: pour tout compte Marketing Hub ou Content Hub Entreprise</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="214"/>
        <source>HubSpot custom event {name}</source>
        <translation>Événement personnalisé HubSpot {name}</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="215"/>
        <source>&amp;Portal ID:</source>
        <translation>ID de &amp;portail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="216"/>
        <source>Portal ID</source>
        <translation>ID de portail</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="217"/>
        <source>The portal ID is the number in the address of your HubSpot account (app.hubspot.com/…/4040404). Custom events need Marketing Hub or Content Hub Enterprise.</source>
        <translation>L’ID de portail est le nombre dans l’adresse de votre compte HubSpot (app.hubspot.com/…/4040404). Les événements personnalisés demandent Marketing Hub ou Content Hub Entreprise.</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="222"/>
        <source>I have a private app access to&amp;ken</source>
        <translation>J’ai un &amp;jeton d’accès d’application privée</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="223"/>
        <source>In HubSpot, open Settings, Integrations, Private apps, then your app&apos;s Auth tab. The app needs the analytics.behavioral_events.send scope.</source>
        <translation>Dans HubSpot, ouvrez Paramètres, Intégrations, Applications privées, puis l’onglet Authentification de votre application. L’application doit avoir la portée analytics.behavioral_events.send.</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="229"/>
        <source>Custom event</source>
        <translation>Événement personnalisé</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="230"/>
        <source>E&amp;vent:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="231"/>
        <source>Refresh the list of custom events</source>
        <translation>Actualiser la liste des événements personnalisés</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="232"/>
        <source>Listing the custom events…</source>
        <translation>Liste des événements personnalisés en cours…</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="233"/>
        <source>No custom events were found in this account. Create one in HubSpot (Data Management, Custom events), then refresh the list.</source>
        <translation>Aucun événement personnalisé dans ce compte. Créez-en un dans HubSpot (Gestion des données, Événements personnalisés), puis actualisez la liste.</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="238"/>
        <source>Choose the custom event the rows will send.</source>
        <translation>Choisissez l’événement personnalisé que les lignes enverront.</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="239"/>
        <source>Choose a custom event to go on.</source>
        <translation>Choisissez un événement personnalisé pour continuer.</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="240"/>
        <source>Events will go to the custom event %1 of account %2.</source>
        <translation>Les événements iront vers l’événement personnalisé %1 du compte %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="243"/>
        <source>Custom event status</source>
        <translation>État de l’événement personnalisé</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="244"/>
        <source>Properties of the custom event</source>
        <translation>Propriétés de l’événement personnalisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/destinations/hubspot_events.py" line="245"/>
        <source>%1 · %2 · %3 · %n properties</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n propriété</numerusform>
            <numerusform>%1 · %2 · %3 · %n propriétés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="247"/>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="248"/>
        <source>Name in HubSpot</source>
        <translation>Nom dans HubSpot</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="249"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_events.py" line="250"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_timeline.py" line="172"/>
        <source>H&amp;ubSpot: timeline events on contacts, companies or deals</source>
        <translation>&amp;HubSpot&#xa0;: événements de chronologie sur des contacts, entreprises ou transactions</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_timeline.py" line="175"/>
        <source>HubSpot timeline, app {app}</source>
        <translation>Chronologie HubSpot, application {app}</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_timeline.py" line="176"/>
        <source>The app ID is shown on your app&apos;s page in your HubSpot developer account, under App info.</source>
        <translation>L’ID d’application figure sur la page de votre application, dans votre compte de développeur HubSpot, sous Infos sur l’application.</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/hubspot_timeline.py" line="180"/>
        <source>You get it when the app is connected to your HubSpot account (OAuth). It lasts 30 minutes; for long uploads use a refresh token instead.</source>
        <translation>Vous l’obtenez quand l’application est connectée à votre compte HubSpot (OAuth). Il est valable 30&#xa0;minutes&#xa0;; pour les envois longs, utilisez plutôt un jeton d’actualisation.</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/pipeless.py" line="132"/>
        <source>&amp;Pipeless: activity events between objects</source>
        <translation>P&amp;ipeless&#xa0;: événements d’activité entre objets</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/pipeless.py" line="133"/>
        <source>Pipeless, app {app}</source>
        <translation>Pipeless, application {app}</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/pipeless.py" line="134"/>
        <source>The app ID is in the address of your app in Pipeless (app/77 → 77).</source>
        <translation>L’ID d’application figure dans l’adresse de votre application dans Pipeless (app/77 → 77).</translation>
    </message>
    <message>
        <location filename="../../app/core/destinations/pipeless.py" line="137"/>
        <source>In Pipeless, open your app, then Settings, then API keys.</source>
        <translation>Dans Pipeless, ouvrez votre application, puis Settings, puis API keys.</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../app/ui/views/start_page.py" line="134"/>
        <source>Drop area</source>
        <translation>Zone de dépôt</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/start_page.py" line="144"/>
        <source>Drop a spreadsheet here</source>
        <translation>Déposez une feuille de calcul ici</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/start_page.py" line="149"/>
        <source>&amp;Open a spreadsheet…</source>
        <translation>&amp;Ouvrir une feuille de calcul…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/start_page.py" line="151"/>
        <source>Open a spreadsheet</source>
        <translation>Ouvrir une feuille de calcul</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/start_page.py" line="153"/>
        <source>Try with &amp;sample data</source>
        <translation>Essayer avec des &amp;données d’exemple</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/start_page.py" line="157"/>
        <source>Open a sample spreadsheet and send it to the built-in sandbox, which imitates HubSpot and Pipeless: nothing leaves this computer</source>
        <translation>Ouvre une feuille de calcul d’exemple et l’envoie au bac à sable intégré, qui imite HubSpot et Pipeless&#xa0;: rien ne quitte cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/start_page.py" line="165"/>
        <source>Excel (.xlsx, .xlsm, .xls, .xlsb), OpenDocument (.ods), or CSV and text (.csv, .tsv, .txt). The first row with names is used as the column headers.</source>
        <translation>Excel (.xlsx, .xlsm, .xls, .xlsb), OpenDocument (.ods), ou CSV et texte (.csv, .tsv, .txt). La première ligne contenant des noms sert d’en-têtes de colonne.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/error_dialog.py" line="49"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/error_dialog.py" line="58"/>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/error_dialog.py" line="63"/>
        <source>Error message</source>
        <translation>Message d’erreur</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/error_dialog.py" line="66"/>
        <source>Nothing you did caused this. The details were saved to the log file; if it happens again, copy them and send them to your support contact.</source>
        <translation>Vous n’y êtes pour rien. Les détails ont été enregistrés dans le fichier journal&#xa0;; si cela se reproduit, copiez-les et envoyez-les à votre contact d’assistance.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/error_dialog.py" line="80"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/error_dialog.py" line="81"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/error_dialog.py" line="100"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>EventIdPanel</name>
    <message>
        <location filename="../../app/ui/views/mapping_event_id.py" line="39"/>
        <source>What makes a row unique</source>
        <translation>Ce qui rend une ligne unique</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_event_id.py" line="45"/>
        <source>Rows that give the same event are sent once. By default two rows are the same event when all their mapped values are equal; choose columns to say it yourself (for example the email and the course).</source>
        <translation>Les lignes qui donnent le même événement ne sont envoyées qu’une fois. Par défaut, deux lignes sont le même événement quand toutes leurs valeurs mappées sont égales&#x202f;; choisissez des colonnes pour le décider vous-même (par exemple l’e-mail et la formation).</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_event_id.py" line="51"/>
        <source>All ma&amp;pped values (recommended)</source>
        <translation>Toutes les valeurs mapp&amp;ées (recommandé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_event_id.py" line="52"/>
        <source>These c&amp;olumns:</source>
        <translation>Ces co&amp;lonnes&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_event_id.py" line="59"/>
        <source>Columns that make a row unique</source>
        <translation>Colonnes qui rendent une ligne unique</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_event_id.py" line="66"/>
        <source>Note on the unique-row columns</source>
        <translation>Remarque sur les colonnes qui rendent une ligne unique</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_event_id.py" line="113"/>
        <source>This file has no column %1: rows are now told apart by all their mapped values. Open the section above to choose columns of this file instead.</source>
        <translation>Ce fichier n’a pas de colonne %1&#x202f;: les lignes sont désormais distinguées par toutes leurs valeurs mappées. Ouvrez la section ci-dessus pour choisir plutôt des colonnes de ce fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_event_id.py" line="130"/>
        <source>all mapped values</source>
        <translation>toutes les valeurs mappées</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_event_id.py" line="131"/>
        <source>What makes a row unique: %1</source>
        <translation>Ce qui rend une ligne unique&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="121"/>
        <source>Problem with the file</source>
        <translation>Problème avec le fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="139"/>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="142"/>
        <source>Choose another file</source>
        <translation>Choisir un autre fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="149"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="151"/>
        <source>&amp;Sheet:</source>
        <translation>Feui&amp;lle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="154"/>
        <source>Find the header row &amp;automatically</source>
        <translation>Trouver la ligne d’en-tête a&amp;utomatiquement</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="159"/>
        <source>Header is on row </source>
        <translation>En-tête à la ligne </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="160"/>
        <source>Header row</source>
        <translation>Ligne d’en-tête</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="141"/>
        <source>Ch&amp;oose another file…</source>
        <translation>Choisir un autre f&amp;ichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="163"/>
        <source>Hea&amp;ders:</source>
        <translation>En-&amp;têtes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="178"/>
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="180"/>
        <source>How the letters of the file are stored. Change it if accents look wrong.</source>
        <translation>La façon dont les caractères du fichier sont enregistrés. Changez-le si les accents s’affichent mal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="184"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="188"/>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="189"/>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule (&#xa0;; )</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="190"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="191"/>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="194"/>
        <source>Column separator</source>
        <translation>Séparateur de colonnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="196"/>
        <source>Se&amp;parator:</source>
        <translation>Sépa&amp;rateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="224"/>
        <source>Rows and columns</source>
        <translation>Lignes et colonnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="228"/>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="237"/>
        <source>What was adjusted while reading</source>
        <translation>Ce qui a été ajusté pendant la lecture</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="242"/>
        <source>First rows of the sheet</source>
        <translation>Premières lignes de la feuille</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="271"/>
        <source>Which spreadsheet holds the events?</source>
        <translation>Quelle feuille de calcul contient les événements&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="278"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="281"/>
        <source>One row per event, with the column names in the first row.</source>
        <translation>Une ligne par événement, avec les noms des colonnes sur la première ligne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="311"/>
        <source>%1 is not a spreadsheet Event Loader can read. Save it as .xlsx or .csv and open it again.</source>
        <translation>%1 n’est pas une feuille de calcul qu’Event Loader sait lire. Enregistrez-la au format .xlsx ou .csv, puis ouvrez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="338"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="344"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="352"/>
        <source>Showing the first rows while the rest loads…</source>
        <translation>Affichage des premières lignes pendant le chargement du reste…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/file_step.py" line="365"/>
        <source>Reading… %Ln rows so far</source>
        <translation>
            <numerusform>Lecture… %Ln ligne pour l’instant</numerusform>
            <numerusform>Lecture… %Ln lignes pour l’instant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="421"/>
        <source>%1
The previous file, %2, is still loaded.</source>
        <translation>%1
Le fichier précédent, %2, reste chargé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/file_step.py" line="521"/>
        <location filename="../../app/ui/views/file_step.py" line="539"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/file_step.py" line="522"/>
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln colonne</numerusform>
            <numerusform>%Ln colonnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="523"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="534"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="541"/>
        <source>Open a spreadsheet to start.</source>
        <translation>Ouvrez une feuille de calcul pour commencer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="556"/>
        <source>%1 is no longer there. It was removed from the recent files.</source>
        <translation>%1 n’existe plus. Il a été retiré des fichiers récents.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="567"/>
        <source>The sample cannot be tried: the built-in sandbox did not start. The log file has the details.</source>
        <translation>L’exemple ne peut pas être essayé&#xa0;: le bac à sable intégré n’a pas démarré. Le fichier journal donne les détails.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="73"/>
        <source>{file} is no longer where it was, so the report holds what Event Loader recorded: row numbers, status, reasons and event ids, without the file&apos;s columns.</source>
        <translation>{file} n’est plus à son emplacement&#xa0;: le rapport contient ce qu’Event Loader a enregistré (numéros de ligne, état, raisons et ID d’événement), sans les colonnes du fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="79"/>
        <source>{file} was changed after this upload, so the report holds what Event Loader recorded: row numbers, status, reasons and event ids, without the file&apos;s columns.</source>
        <translation>{file} a été modifié après cet envoi&#xa0;: le rapport contient ce qu’Event Loader a enregistré (numéros de ligne, état, raisons et ID d’événement), sans les colonnes du fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="85"/>
        <source>The rows of {file} no longer match this upload, so the report holds what Event Loader recorded: row numbers, status, reasons and event ids, without the file&apos;s columns.</source>
        <translation>Les lignes de {file} ne correspondent plus à cet envoi&#xa0;: le rapport contient ce qu’Event Loader a enregistré (numéros de ligne, état, raisons et ID d’événement), sans les colonnes du fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="110"/>
        <source>Upload history</source>
        <translation>Historique des envois</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="123"/>
        <source>Past uploads</source>
        <translation>Envois précédents</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="138"/>
        <source>No uploads yet.</source>
        <translation>Aucun envoi pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="143"/>
        <source>Reading past uploads…</source>
        <translation>Lecture des envois précédents…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="163"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="166"/>
        <source>Every row of the selected upload with its status and reason</source>
        <translation>Chaque ligne de l’envoi sélectionné, avec son état et sa raison</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="171"/>
        <source>Show file in &amp;folder</source>
        <translation>Afficher le fichier dans le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="174"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="177"/>
        <source>Send the rows of the selected upload that were not sent yet</source>
        <translation>Envoyer les lignes de l’envoi sélectionné qui ne sont pas encore parties</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="181"/>
        <source>&amp;Open report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="263"/>
        <source>Past uploads cannot be shown: {message}</source>
        <translation>Impossible d’afficher les envois précédents&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="314"/>
        <source>{file} in {folder}</source>
        <translation>{file} dans {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="319"/>
        <source>Started {start}, last activity {end} ({took})</source>
        <translation>Début le {start}, dernière activité le {end} ({took})</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="323"/>
        <source>Started {start}, ended {end} ({took})</source>
        <translation>Début le {start}, fin le {end} ({took})</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="335"/>
        <source>The file is no longer there: its report will hold the row numbers, status and reasons Event Loader recorded.</source>
        <translation>Le fichier n’est plus là&#xa0;: son rapport contiendra les numéros de ligne, états et raisons qu’Event Loader a enregistrés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="352"/>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="356"/>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="358"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="367"/>
        <source>Saving the report…</source>
        <translation>Enregistrement du rapport…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="378"/>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="391"/>
        <source>Could not save the report</source>
        <translation>Impossible d’enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py" line="407"/>
        <source>The window cannot resume this upload: it was started from the command line, with the demo, or its file has changed. Run it again the way it was started; rows that went are not sent twice.</source>
        <translation>La fenêtre ne peut pas reprendre cet envoi&#xa0;: il a été lancé en ligne de commande, avec la démonstration, ou son fichier a changé. Relancez-le comme il a été lancé&#xa0;; les lignes déjà parties ne sont jamais envoyées deux fois.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="34"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="36"/>
        <source>Stopped, can resume</source>
        <translation>Arrêté, peut reprendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="38"/>
        <source>Unfinished, can resume</source>
        <translation>Inachevé, peut reprendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="39"/>
        <source>Not resumed</source>
        <translation>Non repris</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/history_model.py" line="45"/>
        <source>Nothing is left to send; %Ln rows failed, each with its reason in the report.</source>
        <translation>
            <numerusform>Il ne reste rien à envoyer&#xa0;; %Ln ligne est en échec, avec sa raison dans le rapport.</numerusform>
            <numerusform>Il ne reste rien à envoyer&#xa0;; %Ln lignes sont en échec, chacune avec sa raison dans le rapport.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="52"/>
        <source>Nothing is left to send.</source>
        <translation>Il ne reste rien à envoyer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="54"/>
        <source>A later upload of the same rows started afresh instead. Rows that went are still remembered, so they are never sent twice.</source>
        <translation>Un envoi ultérieur des mêmes lignes est reparti de zéro. Les lignes envoyées restent mémorisées&#xa0;: elles ne sont jamais envoyées deux fois.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/history_model.py" line="59"/>
        <source>%Ln rows were not sent yet. Resume sends them (so does opening the same file with the same mapping and destination); rows that went are not sent twice.</source>
        <translation>
            <numerusform>%Ln ligne n’est pas encore partie. Reprendre l’envoie (rouvrir le même fichier avec le même mappage et la même destination aussi)&#xa0;; les lignes déjà parties ne sont jamais envoyées deux fois.</numerusform>
            <numerusform>%Ln lignes ne sont pas encore parties. Reprendre les envoie (rouvrir le même fichier avec le même mappage et la même destination aussi)&#xa0;; les lignes déjà parties ne sont jamais envoyées deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="77"/>
        <source>{destination} (built-in sandbox)</source>
        <translation>{destination} (bac à sable intégré)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/history_model.py" line="88"/>
        <source>%Ln rows with problems or duplicates</source>
        <translation>
            <numerusform>%Ln ligne avec un problème ou en double</numerusform>
            <numerusform>%Ln lignes avec des problèmes ou en double</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/history_model.py" line="94"/>
        <source>%Ln rows left out</source>
        <translation>
            <numerusform>%Ln ligne exclue</numerusform>
            <numerusform>%Ln lignes exclues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/history_model.py" line="98"/>
        <source>%Ln rows already there</source>
        <translation>
            <numerusform>%Ln ligne déjà présente</numerusform>
            <numerusform>%Ln lignes déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/history_model.py" line="104"/>
        <source>%Ln rows still to send</source>
        <translation>
            <numerusform>%Ln ligne encore à envoyer</numerusform>
            <numerusform>%Ln lignes encore à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="154"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="155"/>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="156"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="157"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="158"/>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="159"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="160"/>
        <source>Not sent</source>
        <translation>Non envoyées</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="161"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="216"/>
        <source>Ended {when}</source>
        <translation>Fin&#xa0;: {when}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <location filename="../../app/ui/main_window.py" line="454"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>Open a spreadsheet (Excel, OpenDocument or CSV)</source>
        <translation>Ouvrir une feuille de calcul (Excel, OpenDocument ou CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Charger un mappage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231"/>
        <source>Use a mapping file saved earlier</source>
        <translation>Utiliser un fichier de mappage enregistré auparavant</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="235"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Enregistrer le mappage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="240"/>
        <source>Save the column mapping to reuse it or share it</source>
        <translation>Enregistrer le mappage des colonnes pour le réutiliser ou le partager</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="243"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>&amp;About Event Loader</source>
        <translation>À &amp;propos d’Event Loader</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="250"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="253"/>
        <source>&amp;How it works</source>
        <translation>&amp;Mode d’emploi</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="268"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="269"/>
        <source>Past uploads and their reports</source>
        <translation>Envois précédents et leurs rapports</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="667"/>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>&amp;Upload options…</source>
        <translation>&amp;Options d’envoi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="295"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="309"/>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="392"/>
        <source>Upload under way</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="394"/>
        <source>An upload is being sent. Let it finish or stop it, then resume the other one from History.</source>
        <translation>Un envoi est en cours. Laissez-le se terminer ou interrompez-le, puis reprenez l’autre depuis l’historique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="471"/>
        <source>current step</source>
        <translation>étape en cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="474"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="477"/>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="480"/>
        <source>locked</source>
        <translation>verrouillée</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="482"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="545"/>
        <source>Finish this step first: %1</source>
        <translation>Terminez d’abord cette étape&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="564"/>
        <source>Finish or stop the upload before opening another file.</source>
        <translation>Terminez ou interrompez l’envoi avant d’ouvrir un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="578"/>
        <source>Open a spreadsheet</source>
        <translation>Ouvrir une feuille de calcul</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="580"/>
        <source>Spreadsheets (%1);;All files (*)</source>
        <translation>Feuilles de calcul (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="599"/>
        <source>Load a mapping</source>
        <translation>Charger un mappage</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="601"/>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Fichiers de mappage (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="611"/>
        <source>Mapping not loaded</source>
        <translation>Mappage non chargé</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="612"/>
        <source>%1 cannot be used as a mapping. %2</source>
        <translation>%1 ne peut pas servir de mappage. %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="653"/>
        <source>The mapping could not be saved to %1. %2</source>
        <translation>Le mappage n’a pas pu être enregistré dans %1. %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="642"/>
        <source>Save the mapping</source>
        <translation>Enregistrer le mappage</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280"/>
        <source>&amp;Same as the system</source>
        <translation>&amp;Celle du système</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="642"/>
        <source>Mapping files (*.json)</source>
        <translation>Fichiers de mappage (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="652"/>
        <source>Mapping not saved</source>
        <translation>Mappage non enregistré</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="658"/>
        <source>Mapping saved to %1</source>
        <translation>Mappage enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="824"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="825"/>
        <source>Event Loader will use the new language the next time it starts.</source>
        <translation>Event Loader utilisera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="845"/>
        <source>About Event Loader</source>
        <translation>À propos d’Event Loader</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="847"/>
        <source>&lt;h3&gt;Event Loader %1&lt;/h3&gt;&lt;p&gt;Turns a spreadsheet into timeline events in HubSpot or events in Pipeless: open a file, map its columns, check every row, then upload.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Event Loader %1&lt;/h3&gt;&lt;p&gt;Transforme une feuille de calcul en événements de chronologie dans HubSpot ou en événements dans Pipeless&#xa0;: ouvrez un fichier, mappez ses colonnes, vérifiez chaque ligne, puis envoyez.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="857"/>
        <source>How it works</source>
        <translation>Mode d’emploi</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="859"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;File&lt;/b&gt;: open or drop an Excel or CSV file.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Destination&lt;/b&gt;: pick HubSpot or Pipeless and connect an account.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mapping&lt;/b&gt;: say which column feeds which field.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Preview&lt;/b&gt;: check every row before anything is sent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Upload&lt;/b&gt;: send a test batch, then the rest.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Results&lt;/b&gt;: see what was added and save the rows to fix.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nothing is sent before the Upload step.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Fichier&lt;/b&gt;&#xa0;: ouvrez ou déposez un fichier Excel ou CSV.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Destination&lt;/b&gt;&#xa0;: choisissez HubSpot ou Pipeless et connectez un compte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mappage&lt;/b&gt;&#xa0;: indiquez quelle colonne alimente quel champ.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Aperçu&lt;/b&gt;&#xa0;: vérifiez chaque ligne avant tout envoi.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Envoi&lt;/b&gt;&#xa0;: envoyez un lot d’essai, puis le reste.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Résultats&lt;/b&gt;&#xa0;: voyez ce qui a été ajouté et enregistrez les lignes à corriger.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Rien n’est envoyé avant l’étape Envoi.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>Settin&amp;gs</source>
        <translation>Para&amp;mètres</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../app/ui/text/targets.py" line="146"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="147"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="148"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="149"/>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="150"/>
        <source>one of a list</source>
        <translation>valeur d’une liste</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="151"/>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="152"/>
        <source>object type</source>
        <translation>type d’objet</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="153"/>
        <source>relationship</source>
        <translation>relation</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="154"/>
        <source>any value</source>
        <translation>toute valeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="155"/>
        <source>email address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="436"/>
        <source>No column or fixed value gives this field a value.</source>
        <translation>Aucune colonne ni valeur fixe ne donne de valeur à ce champ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="441"/>
        <source>The column “{column}” is not in this file.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» ne figure pas dans ce fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="449"/>
        <source>Matched by a similar name ({percent} % sure): check it.</source>
        <translation>Colonne choisie d’après un nom proche (fiable à {percent}&#xa0;%)&#xa0;: vérifiez-la.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="453"/>
        <source>Matched by name ({percent} % sure).</source>
        <translation>Colonne choisie d’après son nom (fiable à {percent}&#xa0;%).</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="456"/>
        <source>Every sample converts.</source>
        <translation>Tous les exemples sont convertis.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="469"/>
        <source>Don&apos;t import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="472"/>
        <source>Fixed value: “{value}”</source>
        <translation>Valeur fixe&#xa0;: «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="500"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="501"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="502"/>
        <source>Comes from</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="503"/>
        <source>Sample → value that will be sent</source>
        <translation>Exemple → valeur envoyée</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="504"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="522"/>
        <source>{label} (required)</source>
        <translation>{label} (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="531"/>
        <source>{label} (or {others})</source>
        <translation>{label} (ou {others})</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="545"/>
        <source>{source} → not sendable</source>
        <translation>{source} → impossible à envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="552"/>
        <source>Matched</source>
        <translation>Mappé</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="553"/>
        <source>Check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="554"/>
        <source>Not mapped</source>
        <translation>Non mappé</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="567"/>
        <source>Row {row}: {source} → {sent}</source>
        <translation>Ligne {row}&#xa0;: {source} → {sent}</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="51"/>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="52"/>
        <source>31/12/2025 (day/month/year)</source>
        <translation>31/12/2025 (jour/mois/année)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="53"/>
        <source>12/31/2025 (month/day/year)</source>
        <translation>12/31/2025 (mois/jour/année)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="54"/>
        <source>2025-12-31 (year-month-day)</source>
        <translation>2025-12-31 (année-mois-jour)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="55"/>
        <source>31.12.2025 (day.month.year)</source>
        <translation>31.12.2025 (jour.mois.année)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="56"/>
        <source>31/12/2025 14:30</source>
        <translation>31/12/2025 14:30</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="57"/>
        <source>12/31/2025 2:30 PM</source>
        <translation>12/31/2025 2:30 PM</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="58"/>
        <source>2025-12-31 14:30</source>
        <translation>2025-12-31 14:30</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="59"/>
        <source>2025-12-31 14:30:00</source>
        <translation>2025-12-31 14:30:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="104"/>
        <source>Which column goes into which field?</source>
        <translation>Quelle colonne alimente quel champ&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="92"/>
        <source>&amp;Auto-match</source>
        <translation>Mapper a&amp;utomatiquement</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="93"/>
        <source>Auto-match columns by name</source>
        <translation>Mapper automatiquement les colonnes d’après leur nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="95"/>
        <source>Choose a column for every field not mapped yet, by name.</source>
        <translation>Choisit une colonne pour chaque champ pas encore mappé, d’après les noms.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="98"/>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Charger un mappage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="100"/>
        <source>Sa&amp;ve mapping…</source>
        <translation>&amp;Enregistrer le mappage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="113"/>
        <source>&amp;Use it</source>
        <translation>&amp;Réutiliser</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="115"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="125"/>
        <source>Mapping warnings</source>
        <translation>Avertissements du mappage</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="129"/>
        <source>Fields and their columns</source>
        <translation>Champs et colonnes associées</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="211"/>
        <source>Each field of the event takes its value from a column of your file.</source>
        <translation>Chaque champ de l’événement prend sa valeur dans une colonne de votre fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="228"/>
        <location filename="../../app/ui/views/mapping_step.py" line="409"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="237"/>
        <source>Column that feeds the field</source>
        <translation>Colonne qui alimente le champ</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="245"/>
        <source>Fixed value</source>
        <translation>Valeur fixe</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="247"/>
        <location filename="../../app/ui/views/mapping_step.py" line="472"/>
        <source>The same value for every row</source>
        <translation>La même valeur pour chaque ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="260"/>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="268"/>
        <source>How the dates are read</source>
        <translation>Comment les dates sont lues</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="273"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="293"/>
        <source>Name of the extra data field</source>
        <translation>Nom du champ de données supplémentaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="296"/>
        <source>&amp;Remove field</source>
        <translation>Re&amp;tirer le champ</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="299"/>
        <source>Remove this extra data field</source>
        <translation>Retirer ce champ de données supplémentaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="346"/>
        <source>&amp;Key name:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="354"/>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>Fuseau horaire de cet ordinateur (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="360"/>
        <source>UTC, unless the date says otherwise</source>
        <translation>UTC, sauf si la date indique autre chose</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="278"/>
        <source>&amp;Match values…</source>
        <translation>Associer les &amp;valeurs…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="68"/>
        <source>Dates read as day/month/year (from %1).</source>
        <translation>Dates lues en jour/mois/année (d’après %1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="70"/>
        <source>Dates read as month/day/year (from %1).</source>
        <translation>Dates lues en mois/jour/année (d’après %1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="281"/>
        <source>Match the column&apos;s values to the options</source>
        <translation>Associer les valeurs de la colonne aux options</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="310"/>
        <source>Samples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="334"/>
        <source>&amp;Comes from:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="327"/>
        <source>Fi&amp;xed value:</source>
        <translation>Valeur fi&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="339"/>
        <source>&amp;Date format:</source>
        <translation>Format de &amp;date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="343"/>
        <source>&amp;Time zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="345"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="337"/>
        <source>Samples:</source>
        <translation>Exemples&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="174"/>
        <location filename="../../app/ui/views/mapping_step.py" line="181"/>
        <source>Columns that will not be imported</source>
        <translation>Colonnes qui ne seront pas importées</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="184"/>
        <source>Add &amp;extra data</source>
        <translation>A&amp;jouter des données supplémentaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="186"/>
        <source>Add a free-form field shown in the event&apos;s details in HubSpot.</source>
        <translation>Ajouter un champ libre affiché dans le détail de l’événement dans HubSpot.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="208"/>
        <source>Mapping</source>
        <translation>Mappage</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_remember.py" line="61"/>
        <source>You mapped a file with the same columns on %1 (%2). Use that mapping again?</source>
        <translation>Vous avez mappé un fichier avec les mêmes colonnes le %1 (%2). Réutiliser ce mappage&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="334"/>
        <source>Auto-match found a column for %n fields.</source>
        <translation>
            <numerusform>Le mappage automatique a trouvé une colonne pour %n champ.</numerusform>
            <numerusform>Le mappage automatique a trouvé une colonne pour %n champs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="386"/>
        <source>Don&apos;t import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="387"/>
        <source>Fixed value…</source>
        <translation>Valeur fixe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="411"/>
        <source>Select a field in the table to change where its value comes from.</source>
        <translation>Sélectionnez un champ dans le tableau pour changer la source de sa valeur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="468"/>
        <source>One of: %1</source>
        <translation>Une valeur parmi&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="431"/>
        <source>%n file values are matched by hand; the others match option names by themselves.</source>
        <translation>
            <numerusform>%n valeur du fichier est associée à la main&#xa0;; les autres correspondent d’elles-mêmes aux noms des options.</numerusform>
            <numerusform>%n valeurs du fichier sont associées à la main&#xa0;; les autres correspondent d’elles-mêmes aux noms des options.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="80"/>
        <source>Row %1: %2 → not sendable: %3</source>
        <translation>Ligne %1&#xa0;: %2 → impossible à envoyer&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="84"/>
        <source>Row %1: %2 → %3</source>
        <translation>Ligne %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="90"/>
        <source>No value: choose a column or a fixed value.</source>
        <translation>Aucune valeur&#xa0;: choisissez une colonne ou une valeur fixe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_editor.py" line="92"/>
        <source>The column is empty in the first rows.</source>
        <translation>La colonne est vide dans les premières lignes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="624"/>
        <source>Choose a file and a destination first.</source>
        <translation>Choisissez d’abord un fichier et une destination.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="627"/>
        <source>%n columns will not be imported</source>
        <translation>
            <numerusform>%n colonne ne sera pas importée</numerusform>
            <numerusform>%n colonnes ne seront pas importées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="634"/>
        <source>The column “%1” feeds several fields: %2.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» alimente plusieurs champs&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="642"/>
        <source>This file has no column %1: the fields it fed were cleared.</source>
        <translation>Ce fichier n’a pas de colonne %1&#xa0;: les champs qu’elle alimentait ont été vidés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="654"/>
        <source>%n required fields are not mapped</source>
        <translation>
            <numerusform>%n champ obligatoire n’est pas mappé</numerusform>
            <numerusform>%n champs obligatoires ne sont pas mappés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="659"/>
        <source>%n fields need a check; the others are ready.</source>
        <translation>
            <numerusform>%n champ est à vérifier&#xa0;; les autres sont prêts.</numerusform>
            <numerusform>%n champs sont à vérifier&#xa0;; les autres sont prêts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="662"/>
        <source>Every required field is mapped.</source>
        <translation>Tous les champs obligatoires sont mappés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_extra.py" line="30"/>
        <location filename="../../app/ui/views/mapping_extra.py" line="34"/>
        <source>field %1</source>
        <translation>champ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_extra.py" line="57"/>
        <source>Another extra data field is already called “%1”.</source>
        <translation>Un autre champ de données supplémentaires s’appelle déjà «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_extra.py" line="60"/>
        <source>An extra data field needs a name.</source>
        <translation>Un champ de données supplémentaires doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_extra.py" line="65"/>
        <source>“%1” cannot name a field: leave out the dots.</source>
        <translation>«&#x202f;%1&#x202f;» ne peut pas nommer un champ&#x202f;: retirez les points.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_extra.py" line="85"/>
        <source>Extra data field “%1” removed.</source>
        <translation>Champ de données supplémentaires «&#x202f;%1&#x202f;» retiré.</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="30"/>
        <source>Upload options</source>
        <translation>Options d’envoi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="33"/>
        <source>The automatic values follow each service&apos;s limits. Change them only if your account allows more requests, or the network is slow.</source>
        <translation>Les valeurs automatiques respectent les limites de chaque service. Ne les changez que si votre compte autorise plus de requêtes ou si le réseau est lent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="40"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="41"/>
        <source> events</source>
        <translation> événements</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="43"/>
        <source>Events per request</source>
        <translation>Événements par requête</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="47"/>
        <source>Requests at once</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="50"/>
        <source> rows</source>
        <translation> lignes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="52"/>
        <source>Rows in the test batch</source>
        <translation>Lignes du lot de test</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="54"/>
        <source>Rows in the &amp;test batch:</source>
        <translation>Lignes du lot de &amp;test&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="55"/>
        <source>&amp;Events per request:</source>
        <translation>Événements par re&amp;quête&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="56"/>
        <source>&amp;Requests at once:</source>
        <translation>&amp;Requêtes simultanées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="66"/>
        <source>Restore &amp;defaults</source>
        <translation>Rétablir les valeurs &amp;par défaut</translation>
    </message>
</context>
<context>
    <name>PreviewEditor</name>
    <message>
        <location filename="../../app/ui/models/preview_edits.py" line="127"/>
        <source>Edit a cell</source>
        <translation>Modifier une cellule</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_edits.py" line="208"/>
        <source>Replace in column {column}</source>
        <translation>Remplacer dans la colonne {column}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="398"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="400"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="407"/>
        <source>Field {target} of the event</source>
        <translation>Champ {target} de l’événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/problems.py" line="125"/>
        <source>The same event as row {row}: it is sent once, from row {row}.</source>
        <translation>Même événement que la ligne {row}&#xa0;: il n’est envoyé qu’une fois, depuis la ligne {row}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="601"/>
        <source>Edited here; the file is unchanged. Was: {value}</source>
        <translation>Modifiée ici&#x202f;; le fichier reste inchangé. Valeur d’origine&#x202f;: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="614"/>
        <source>Every row gets the same fixed value here, set in Mapping: change it there.</source>
        <translation>Chaque ligne reçoit ici la même valeur fixe, définie dans le mappage&#x202f;: modifiez-la là-bas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="618"/>
        <source>This value does not come from a cell, so it cannot be edited here.</source>
        <translation>Cette valeur ne vient pas d’une cellule&#x202f;: elle ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="662"/>
        <source>Excluded</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="664"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="721"/>
        <source>{column} edited here: {was} → {now} (the file is unchanged)</source>
        <translation>Cellule {column} modifiée ici&#xa0;: {was} → {now} (le fichier reste inchangé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="649"/>
        <source>Duplicate of row {row}</source>
        <translation>Doublon de la ligne {row}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/preview_model.py" line="670"/>
        <source>%n problems</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="713"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="714"/>
        <source>“{value}”</source>
        <translation>«&#x202f;{value}&#x202f;»</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="62"/>
        <location filename="../../app/ui/views/preview_step.py" line="158"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="333"/>
        <source>Back to &amp;Mapping</source>
        <translation>Retour au mappa&amp;ge</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="364"/>
        <source>Checking rows</source>
        <translation>Vérification des lignes</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="68"/>
        <source>&amp;Problems only</source>
        <translation>Pro&amp;blèmes seulement</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="71"/>
        <source>Show only rows that will not be sent (Ctrl+F)</source>
        <translation>Afficher seulement les lignes qui ne seront pas envoyées (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="137"/>
        <source>Converted rows</source>
        <translation>Lignes converties</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="233"/>
        <source>Event that will be sent</source>
        <translation>Événement qui sera envoyé</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="240"/>
        <source>Event that will be sent, field by field</source>
        <translation>Événement qui sera envoyé, champ par champ</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="246"/>
        <source>Event that will be sent, as JSON</source>
        <translation>Événement qui sera envoyé, au format JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="256"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="257"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="266"/>
        <location filename="../../app/ui/views/preview_panels.py" line="297"/>
        <source>E&amp;xclude row</source>
        <translation>E&amp;xclure la ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="295"/>
        <source>&amp;Include row</source>
        <translation>&amp;Réintégrer la ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="312"/>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="78"/>
        <source>Save problem &amp;rows…</source>
        <translation>Enregistrer les lignes à &amp;corriger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="82"/>
        <source>Save the rows that will not be sent as a file to fix and open again</source>
        <translation>Enregistrer les lignes qui ne seront pas envoyées dans un fichier à corriger puis à rouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="163"/>
        <source>Repla&amp;ce in column…</source>
        <translation>Remplacer dans la colo&amp;nne…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="167"/>
        <source>Change a value in every matching cell of a column (the file is not changed)</source>
        <translation>Changer une valeur dans toutes les cellules correspondantes d’une colonne (le fichier n’est pas modifié)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="158"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_controller.py" line="136"/>
        <source>Open a file and map its columns first.</source>
        <translation>Ouvrez d’abord un fichier et mappez ses colonnes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_controller.py" line="278"/>
        <source>Up&amp;load %Ln rows</source>
        <translation>
            <numerusform>&amp;Envoyer %Ln ligne</numerusform>
            <numerusform>&amp;Envoyer %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_controller.py" line="181"/>
        <source>Checking %Ln rows…</source>
        <translation>
            <numerusform>Vérification de %Ln ligne…</numerusform>
            <numerusform>Vérification de %Ln lignes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="377"/>
        <source>Checking rows… %1 of %2</source>
        <translation>Vérification des lignes… %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_controller.py" line="198"/>
        <source>The rows could not be checked: {message}</source>
        <translation>Impossible de vérifier les lignes&#xa0;: {message}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_controller.py" line="265"/>
        <location filename="../../app/ui/views/preview_panels.py" line="67"/>
        <source>%Ln ready</source>
        <translation>
            <numerusform>%Ln prête</numerusform>
            <numerusform>%Ln prêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_controller.py" line="270"/>
        <location filename="../../app/ui/views/preview_panels.py" line="93"/>
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln exclue</numerusform>
            <numerusform>%Ln exclues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="68"/>
        <source>Show every row</source>
        <translation>Afficher toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="77"/>
        <source>Show only the rows with this problem</source>
        <translation>Afficher seulement les lignes qui ont ce problème</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_panels.py" line="82"/>
        <source>and %Ln rows with other problems (Problems only shows them)</source>
        <translation>
            <numerusform>et %Ln ligne avec un autre problème (Problèmes seulement l’affiche)</numerusform>
            <numerusform>et %Ln lignes avec d’autres problèmes (Problèmes seulement les affiche)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_controller.py" line="64"/>
        <source>fixed value</source>
        <translation>valeur fixe</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_controller.py" line="66"/>
        <source>default value</source>
        <translation>valeur par défaut</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_controller.py" line="241"/>
        <source>The file has no data rows.</source>
        <translation>Le fichier ne contient aucune ligne de données.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_controller.py" line="245"/>
        <source>No row can be sent: every row has a problem. This usually means a column is mapped to the wrong field or a date format does not match. Go back to Mapping and check the fields marked below.</source>
        <translation>Aucune ligne ne peut être envoyée&#xa0;: chaque ligne a un problème. En général, une colonne est mappée au mauvais champ ou un format de date ne correspond pas. Revenez au mappage et vérifiez les champs signalés ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_controller.py" line="256"/>
        <source>All %Ln rows are ready.</source>
        <translation>
            <numerusform>%Ln ligne est prête.</numerusform>
            <numerusform>Les %Ln lignes sont prêtes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_controller.py" line="295"/>
        <source>Row {row}: not sent, because of these problems</source>
        <translation>Ligne {row}&#xa0;: non envoyée, à cause de ces problèmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_controller.py" line="301"/>
        <source>Row {row}: not sent, the same event as row {first}</source>
        <translation>Ligne {row}&#xa0;: non envoyée, même événement que la ligne {first}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_controller.py" line="305"/>
        <source>Row {row}: event that will be sent</source>
        <translation>Ligne {row}&#xa0;: événement qui sera envoyé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_panels.py" line="195"/>
        <source>%Ln cells edited here (the file is unchanged)</source>
        <translation>
            <numerusform>%Ln cellule modifiée ici (le fichier reste inchangé)</numerusform>
            <numerusform>%Ln cellules modifiées ici (le fichier reste inchangé)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="186"/>
        <source>Undo: {change} (Ctrl+Z)</source>
        <translation>Annuler&#x202f;: {change} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_panels.py" line="188"/>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="162"/>
        <source>Check every row as it will be sent; fix the problems or leave those rows out.</source>
        <translation>Vérifiez chaque ligne telle qu’elle sera envoyée&#xa0;; corrigez les problèmes ou laissez ces lignes de côté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="379"/>
        <source>Save problem rows</source>
        <translation>Enregistrer les lignes à corriger</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="381"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_step.py" line="392"/>
        <source>%Ln rows saved to {path}</source>
        <translation>
            <numerusform>%Ln ligne enregistrée dans {path}</numerusform>
            <numerusform>%Ln lignes enregistrées dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="401"/>
        <source>Could not save the rows</source>
        <translation>Impossible d’enregistrer les lignes</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="69"/>
        <source>The default value of &quot;{field}&quot;</source>
        <translation>La valeur par défaut de «&#xa0;{field}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="70"/>
        <source>The fixed value of &quot;{field}&quot;</source>
        <translation>La valeur fixe de «&#xa0;{field}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="71"/>
        <source>{where}: {problem}</source>
        <translation>{where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="73"/>
        <source>{value} cannot be used ({code}). Fix the cell or the mapping.</source>
        <translation>{value} ne peut pas être utilisé ({code}). Corrigez la cellule ou le mappage.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="118"/>
        <source>spreadsheet error</source>
        <translation>erreur de tableur</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="120"/>
        <source>the cell shows the spreadsheet error {error}. Fix the formula or the cell in the file.</source>
        <translation>la cellule affiche l’erreur de feuille de calcul {error}. Corrigez la formule ou la cellule dans le fichier.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="128"/>
        <source>missing value</source>
        <translation>valeur manquante</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="130"/>
        <source>the cell is empty, but {field} is required. Fill it in or set a default value in Mapping.</source>
        <translation>la cellule est vide, mais {field} est obligatoire. Remplissez-la ou définissez une valeur par défaut dans Mappage.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="138"/>
        <source>bad email</source>
        <translation>e-mail invalide</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="139"/>
        <source>{value} is not a valid email address. Fix the cell.</source>
        <translation>{value} n’est pas une adresse e-mail valide. Corrigez la cellule.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="142"/>
        <source>bad record id</source>
        <translation>ID de fiche invalide</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="144"/>
        <source>{value} is not a HubSpot record ID (those are digits only). Fix the cell.</source>
        <translation>{value} n’est pas un ID de fiche d’informations HubSpot (uniquement des chiffres). Corrigez la cellule.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="151"/>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="152"/>
        <source>{value} is not a number. Fix the cell.</source>
        <translation>{value} n’est pas un nombre. Corrigez la cellule.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="155"/>
        <source>unclear number</source>
        <translation>nombre ambigu</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="157"/>
        <source>{value} could mean {thousands} or {decimal}. Write it without a thousands separator or set this column&apos;s decimal separator in Mapping.</source>
        <translation>{value} peut signifier {thousands} ou {decimal}. Écrivez-le sans séparateur de milliers ou choisissez le séparateur décimal de cette colonne dans Mappage.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="165"/>
        <source>bad date</source>
        <translation>date invalide</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="167"/>
        <source>{value} does not match the date format {format}. Fix the cell or change this column&apos;s date format in Mapping.</source>
        <translation>{value} ne suit pas le format de date {format}. Corrigez la cellule ou changez le format de date de cette colonne dans Mappage.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="172"/>
        <source>{value} is a number, not a date. Fix the cell or format it as a date.</source>
        <translation>{value} est un nombre, pas une date. Corrigez la cellule ou mettez-la au format date.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="176"/>
        <source>{value} is not a date Event Loader recognises. Write it like 2025-04-25 or 25/04/2025 14:30, or set this column&apos;s date format in Mapping.</source>
        <translation>{value} n’est pas une date qu’Event Loader reconnaît. Écrivez-la comme 2025-04-25 ou 25/04/2025 14:30, ou choisissez le format de date de cette colonne dans Mappage.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="185"/>
        <source>unclear date</source>
        <translation>date ambiguë</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="187"/>
        <source>{value} could be read day first or month first. In Mapping, choose this column&apos;s date format: day/month/year or month/day/year.</source>
        <translation>{value} peut se lire le jour d’abord ou le mois d’abord. Dans Mappage, choisissez le format de date de cette colonne&#xa0;: jour/mois/année ou mois/jour/année.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="195"/>
        <source>impossible date</source>
        <translation>date impossible</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="197"/>
        <source>the date 29/02/1900 does not exist (a leftover of old spreadsheets). Fix the cell.</source>
        <translation>la date 29/02/1900 n’existe pas (un reste d’anciennes feuilles de calcul). Corrigez la cellule.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="202"/>
        <source>{value} is not a real date. Fix the cell or change this column&apos;s date format in Mapping.</source>
        <translation>{value} n’est pas une date réelle. Corrigez la cellule ou changez le format de date de cette colonne dans Mappage.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="211"/>
        <source>unknown option</source>
        <translation>option inconnue</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="213"/>
        <source>{value} is not an option of property {field} ({options}). Map it or fix the cell.</source>
        <translation>{value} n’est pas une option de la propriété {field} ({options}). Mappez-la ou corrigez la cellule.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="217"/>
        <source>{value} is not an option of token {field} ({options}). Map it or fix the cell.</source>
        <translation>{value} n’est pas une option du jeton d’événement {field} ({options}). Mappez-la ou corrigez la cellule.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="221"/>
        <source>{value} is not an option of property {field} ({options}). Change it in Mapping.</source>
        <translation>{value} n’est pas une option de la propriété {field} ({options}). Modifiez-la dans Mappage.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="225"/>
        <source>{value} is not an option of token {field} ({options}). Change it in Mapping.</source>
        <translation>{value} n’est pas une option du jeton d’événement {field} ({options}). Modifiez-la dans Mappage.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="233"/>
        <source>id too long</source>
        <translation>ID trop long</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="235"/>
        <source>{value} has {length} characters; Pipeless IDs have 1 to {max}. Shorten it.</source>
        <translation>{value} compte {length} caractères&#xa0;; les ID Pipeless en ont de 1 à {max}. Raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="243"/>
        <source>bad characters</source>
        <translation>caractères interdits</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="245"/>
        <source>{value} contains characters Pipeless does not accept in IDs ({chars}). Use letters, digits, spaces and common symbols.</source>
        <translation>{value} contient des caractères que Pipeless n’accepte pas dans les ID ({chars}). Utilisez des lettres, des chiffres, des espaces et des symboles courants.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="253"/>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="255"/>
        <source>{value} is not a Pipeless relationship type. Use one of: {options}. Fix the cell.</source>
        <translation>{value} n’est pas un type de relation Pipeless. Utilisez l’un de ceux-ci&#xa0;: {options}. Corrigez la cellule.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="259"/>
        <source>{value} is not a Pipeless relationship type. Use one of: {options}. Change it in Mapping.</source>
        <translation>{value} n’est pas un type de relation Pipeless. Utilisez l’un de ceux-ci&#xa0;: {options}. Modifiez-la dans Mappage.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="264"/>
        <source>{value} is not a Pipeless object type. Use one of: {options}. Fix the cell.</source>
        <translation>{value} n’est pas un type d’objet Pipeless. Utilisez l’un de ceux-ci&#xa0;: {options}. Corrigez la cellule.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="268"/>
        <source>{value} is not a Pipeless object type. Use one of: {options}. Change it in Mapping.</source>
        <translation>{value} n’est pas un type d’objet Pipeless. Utilisez l’un de ceux-ci&#xa0;: {options}. Modifiez-la dans Mappage.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="278"/>
        <source>not yes/no</source>
        <translation>ni oui ni non</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="280"/>
        <source>{value} is not true or false. Use true/false, yes/no or 1/0.</source>
        <translation>{value} n’est ni vrai ni faux. Utilisez oui/non, vrai/faux, true/false ou 1/0.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="286"/>
        <source>bad text</source>
        <translation>texte invalide</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="287"/>
        <source>{value} cannot be sent. Fix the cell.</source>
        <translation>{value} ne peut pas être envoyé. Corrigez la cellule.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="290"/>
        <source>value too long</source>
        <translation>valeur trop longue</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="292"/>
        <source>{value} has {length} characters; HubSpot takes at most {max} in a property. Shorten it.</source>
        <translation>{value} compte {length} caractères&#xa0;; HubSpot en accepte au plus {max} dans une propriété. Raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="297"/>
        <source>{value} has {length} characters; HubSpot takes at most {max} in a token. Shorten it.</source>
        <translation>{value} compte {length} caractères&#xa0;; HubSpot en accepte au plus {max} dans un jeton d’événement. Raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="307"/>
        <source>missing column</source>
        <translation>colonne manquante</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="309"/>
        <source>Column &quot;{column}&quot; is not in this file. Choose another column for &quot;{field}&quot; in Mapping.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» n’est pas dans ce fichier. Choisissez une autre colonne pour «&#xa0;{field}&#xa0;» dans Mappage.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="318"/>
        <source>field not mapped</source>
        <translation>champ non mappé</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="320"/>
        <source>{field} is required but no column is mapped to it. Choose a column or a fixed value.</source>
        <translation>{field} est obligatoire, mais aucune colonne n’y est mappée. Choisissez une colonne ou une valeur fixe.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="329"/>
        <source>no email or id column</source>
        <translation>aucune colonne d’e-mail ou d’ID</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="331"/>
        <source>HubSpot finds each contact by {fields}, but none is mapped. Choose a column for one of them in Mapping.</source>
        <translation>HubSpot retrouve chaque contact par {fields}, mais aucun n’est mappé. Choisissez une colonne pour l’un d’eux dans Mappage.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="341"/>
        <source>no email or id</source>
        <translation>ni e-mail ni ID</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="343"/>
        <source>No {fields_lower} (column {columns}), so HubSpot cannot tell which contact this event is for. Fill one in or exclude the row.</source>
        <translation>Aucun {fields_lower} (colonne {columns})&#xa0;: HubSpot ne peut donc pas savoir à quel contact cet événement est destiné. Renseignez-en un ou excluez la ligne.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="348"/>
        <source>No {fields_lower}, so HubSpot cannot tell which contact this event is for. Fill one in or exclude the row.</source>
        <translation>Aucun {fields_lower}&#xa0;: HubSpot ne peut donc pas savoir à quel contact cet événement est destiné. Renseignez-en un ou excluez la ligne.</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="361"/>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <location filename="../../app/core/conversion/problem_codes.py" line="363"/>
        <source>Row {row} gives the same event as row {first}, so it will not be sent twice. Remove it or change the Event ID columns in Mapping.</source>
        <translation>La ligne {row} donne le même événement que la ligne {first}&#xa0;: il ne sera pas envoyé deux fois. Supprimez-la ou changez les colonnes de l’ID d’événement dans Mappage.</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="44"/>
        <source>Replace in column</source>
        <translation>Remplacer dans la colonne</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="47"/>
        <source>Changes the value in every matching cell of the column. The file is not changed; Ctrl+Z undoes the whole replacement.</source>
        <translation>Change la valeur dans toutes les cellules correspondantes de la colonne. Le fichier n’est pas modifié&#x202f;; Ctrl+Z annule tout le remplacement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="61"/>
        <source>{column} (field {field})</source>
        <translation>{column} (champ {field})</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="71"/>
        <source>Leave empty to find empty cells</source>
        <translation>Laisser vide pour trouver les cellules vides</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="76"/>
        <source>Cells that &amp;contain this text</source>
        <translation>Cellules qui &amp;contiennent ce texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="80"/>
        <source>Off: only cells holding exactly this value. On: the text is replaced wherever it appears in a cell.</source>
        <translation>Décoché&#x202f;: seulement les cellules qui contiennent exactement cette valeur. Coché&#x202f;: le texte est remplacé partout où il apparaît dans une cellule.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="87"/>
        <source>Only rows with &amp;problems</source>
        <translation>Seulement les lignes avec des pro&amp;blèmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="96"/>
        <source>C&amp;olumn:</source>
        <translation>C&amp;olonne&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="97"/>
        <source>&amp;Find:</source>
        <translation>&amp;Valeur à trouver&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="100"/>
        <source>Replace &amp;with:</source>
        <translation>Remplacer &amp;par&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="105"/>
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="179"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="167"/>
        <source>Type the text to find.</source>
        <translation>Saisissez le texte à trouver.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="169"/>
        <source>%Ln cells will change.</source>
        <translation>
            <numerusform>%Ln cellule va changer.</numerusform>
            <numerusform>%Ln cellules vont changer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="173"/>
        <source>No cell matches.</source>
        <translation>Aucune cellule ne correspond.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="177"/>
        <source>&amp;Replace %Ln cells</source>
        <translation>
            <numerusform>&amp;Remplacer %Ln cellule</numerusform>
            <numerusform>&amp;Remplacer %Ln cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="207"/>
        <source>%Ln cells replaced. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%Ln cellule remplacée. Ctrl+Z annule le remplacement.</numerusform>
            <numerusform>%Ln cellules remplacées. Ctrl+Z annule le remplacement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsStep</name>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="123"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="124"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="125"/>
        <source>Event template</source>
        <translation>Modèle d’événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="126"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="127"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="136"/>
        <source>Save &amp;report…</source>
        <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="151"/>
        <source>Save &amp;success file…</source>
        <translation>Enregistrer le fichier de ré&amp;ussite…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="155"/>
        <source>The rows that went, with their event ids</source>
        <translation>Les lignes envoyées, avec leurs ID d’événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="158"/>
        <source>Re&amp;try failed rows</source>
        <translation>Renvo&amp;yer les lignes en échec</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="161"/>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="164"/>
        <source>Past uploads and their reports</source>
        <translation>Envois précédents et leurs rapports</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="167"/>
        <source>&amp;Open report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="230"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="234"/>
        <source>Where every row of the file ended, and what to do with the rest.</source>
        <translation>Où est allée chaque ligne du fichier, et que faire des autres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="243"/>
        <source>Reading the results…</source>
        <translation>Lecture des résultats…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="261"/>
        <source>Stop sending?</source>
        <translation>Interrompre l’envoi&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="262"/>
        <source>Failed rows are being sent again. Stop and close? Rows that went stay sent.</source>
        <translation>Les lignes en échec sont en cours de renvoi. Interrompre et fermer&#xa0;? Les lignes déjà envoyées le restent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="292"/>
        <source>The results cannot be shown</source>
        <translation>Impossible d’afficher les résultats</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_widgets.py" line="73"/>
        <source>Rows by result</source>
        <translation>Lignes par résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_widgets.py" line="166"/>
        <source>Rows to fi&amp;x</source>
        <translation>Lignes à corri&amp;ger</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/results_widgets.py" line="210"/>
        <source>%Ln rows: other reasons (listed in the file of rows to fix)</source>
        <translation>
            <numerusform>%Ln ligne&#xa0;: une autre raison (voir le fichier des lignes à corriger)</numerusform>
            <numerusform>%Ln lignes&#xa0;: d’autres raisons (voir le fichier des lignes à corriger)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_widgets.py" line="240"/>
        <source>Fix in Preview</source>
        <translation>Corriger dans l’aperçu</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_widgets.py" line="245"/>
        <source>Fix in Preview: {group}</source>
        <translation>Corriger dans l’aperçu&#xa0;: {group}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="392"/>
        <source>Save rows to fix</source>
        <translation>Enregistrer les lignes à corriger</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="393"/>
        <source>rows to fix</source>
        <translation>lignes à corriger</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/results_step.py" line="570"/>
        <source>Showing the %Ln rows the destination refused; Save rows to fix writes them with their reasons. Fix them in the spreadsheet, then open it again: rows that went are not sent twice.</source>
        <translation>
            <numerusform>Voici la ligne (%Ln) refusée par la destination&#xa0;; «&#xa0;Enregistrer les lignes à corriger&#xa0;» l’écrit avec sa raison. Corrigez-la dans la feuille de calcul, puis ouvrez-la de nouveau&#xa0;: les lignes envoyées ne le sont pas deux fois.</numerusform>
            <numerusform>Voici les %Ln lignes refusées par la destination&#xa0;; «&#xa0;Enregistrer les lignes à corriger&#xa0;» les écrit avec leurs raisons. Corrigez-les dans la feuille de calcul, puis ouvrez-la de nouveau&#xa0;: les lignes envoyées ne le sont pas deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/results_data.py" line="64"/>
        <source>No upload has run yet: see step 5.</source>
        <translation>Aucun envoi n’a encore eu lieu&#xa0;: rendez-vous à l’étape 5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="140"/>
        <source>Sav&amp;e rows to fix…</source>
        <translation>Enr&amp;egistrer les lignes à corriger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="144"/>
        <source>The rows that failed or have a problem, with their columns, row number and reason; fix them and open the file again</source>
        <translation>Les lignes en échec ou avec un problème, avec leurs colonnes, leur numéro de ligne et la raison&#xa0;; corrigez-les puis ouvrez de nouveau le fichier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/results_step.py" line="339"/>
        <source>Re&amp;try %Ln failed rows</source>
        <translation>
            <numerusform>Renvo&amp;yer %Ln ligne en échec</numerusform>
            <numerusform>Renvo&amp;yer les %Ln lignes en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/results_wording.py" line="44"/>
        <source>%Ln rows failed for one reason: {reason}</source>
        <translation>
            <numerusform>%Ln ligne en échec&#xa0;: {reason}</numerusform>
            <numerusform>%Ln lignes en échec pour une même raison&#xa0;: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/results_summary.py" line="123"/>
        <source>The file had no rows to send</source>
        <translation>Le fichier n’avait aucune ligne à envoyer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="125"/>
        <source>Nothing new to add: all %Ln rows were already in {dest}</source>
        <translation>
            <numerusform>Rien de nouveau à ajouter&#xa0;: %Ln ligne était déjà dans {dest}</numerusform>
            <numerusform>Rien de nouveau à ajouter&#xa0;: les %Ln lignes étaient déjà dans {dest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="129"/>
        <source>All %Ln rows are in {dest}</source>
        <translation>
            <numerusform>%Ln ligne est dans {dest}</numerusform>
            <numerusform>Les %Ln lignes sont dans {dest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="131"/>
        <source>None of the %Ln rows is in {dest}</source>
        <translation>
            <numerusform>%Ln ligne n’est pas dans {dest}</numerusform>
            <numerusform>Aucune des %Ln lignes n’est dans {dest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="135"/>
        <source>%Ln of {total} rows are in {dest}</source>
        <translation>
            <numerusform>%Ln ligne sur {total} est dans {dest}</numerusform>
            <numerusform>%Ln lignes sur {total} sont dans {dest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="141"/>
        <source>%Ln need fixing</source>
        <translation>
            <numerusform>%Ln à corriger</numerusform>
            <numerusform>%Ln à corriger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="145"/>
        <source>%Ln to send again</source>
        <translation>
            <numerusform>%Ln à renvoyer</numerusform>
            <numerusform>%Ln à renvoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="149"/>
        <location filename="../../app/ui/results_summary.py" line="183"/>
        <source>%Ln not sent yet</source>
        <translation>
            <numerusform>%Ln pas encore envoyée</numerusform>
            <numerusform>%Ln pas encore envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="153"/>
        <location filename="../../app/ui/results_summary.py" line="175"/>
        <source>%Ln already there</source>
        <translation>
            <numerusform>%Ln déjà présente</numerusform>
            <numerusform>%Ln déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="157"/>
        <location filename="../../app/ui/results_summary.py" line="182"/>
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln exclue</numerusform>
            <numerusform>%Ln exclues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="174"/>
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln envoyée</numerusform>
            <numerusform>%Ln envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="178"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="179"/>
        <source>%Ln with problems</source>
        <translation>
            <numerusform>%Ln avec un problème</numerusform>
            <numerusform>%Ln avec des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/results_summary.py" line="238"/>
        <source>Row {rows}</source>
        <translation>Ligne {rows}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="241"/>
        <source>Rows {rows} and %Ln more</source>
        <translation>
            <numerusform>Lignes {rows} et %Ln autre</numerusform>
            <numerusform>Lignes {rows} et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/results_summary.py" line="244"/>
        <source>Rows {rows}</source>
        <translation>Lignes {rows}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/results_wording.py" line="49"/>
        <location filename="../../app/ui/results_summary.py" line="248"/>
        <source>%Ln rows: {reason}</source>
        <translation>
            <numerusform>%Ln ligne&#xa0;: {reason}</numerusform>
            <numerusform>%Ln lignes&#xa0;: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/results_wording.py" line="86"/>
        <source>(built-in sandbox)</source>
        <translation>(bac à sable intégré)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="370"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="377"/>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="378"/>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="414"/>
        <source>Save success file</source>
        <translation>Enregistrer le fichier de réussite</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="415"/>
        <source>added</source>
        <translation>ajouts</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="447"/>
        <source>Saving {name}…</source>
        <translation>Enregistrement de {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="461"/>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="468"/>
        <source>Could not save the file</source>
        <translation>Impossible d’enregistrer le fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="525"/>
        <source>Getting ready…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="541"/>
        <source>Could not send the rows again</source>
        <translation>Impossible de renvoyer les lignes</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="561"/>
        <source>Sending stopped</source>
        <translation>Envoi interrompu</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="280"/>
        <source>&amp;New upload</source>
        <translation>&amp;Nouvel envoi</translation>
    </message>
</context>
<context>
    <name>Resume</name>
    <message>
        <location filename="../../app/ui/resume.py" line="123"/>
        <source>Stopped at batch {n}. Resume?</source>
        <translation>Interrompu au lot {n}. Reprendre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="127"/>
        <source>An upload did not finish. Resume?</source>
        <translation>Un envoi n’est pas allé au bout. Reprendre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="129"/>
        <source>Uploading {file} stopped on {when}: {sent} rows went, {left} are still to send. Resuming sends only those; nothing is sent twice.</source>
        <translation>L’envoi de {file} s’est interrompu le {when}&#xa0;: {sent} lignes sont parties, {left} restent à envoyer. La reprise n’envoie que celles-ci&#xa0;; rien n’est envoyé deux fois.</translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="136"/>
        <source>Unfinished upload</source>
        <translation>Envoi inachevé</translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="140"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="143"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="146"/>
        <source>&amp;Don&apos;t resume</source>
        <translation>&amp;Ne pas reprendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="256"/>
        <source>Opening {file}…</source>
        <translation>Ouverture de {file}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="271"/>
        <source>Cannot resume</source>
        <translation>Reprise impossible</translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="272"/>
        <source>The upload cannot be resumed: {message}</source>
        <translation>Impossible de reprendre l’envoi&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="59"/>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="76"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="61"/>
        <source>Show %1</source>
        <translation>Afficher&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="76"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <location filename="../../app/ui/models/sheet_model.py" line="75"/>
        <source>This cell holds the spreadsheet error %1; it will not be sent.</source>
        <translation>Cette cellule contient l’erreur de tableur %1&#xa0;; elle ne sera pas envoyée.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/ui/views/start_page.py" line="235"/>
        <source>&amp;Recent files</source>
        <translation>Fic&amp;hiers récents</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/start_page.py" line="238"/>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/start_page.py" line="249"/>
        <source>Accounts set up</source>
        <translation>Comptes configurés</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/start_page.py" line="319"/>
        <source>Mapped for %1</source>
        <translation>Mappé pour %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/start_page.py" line="324"/>
        <source>Not all sent to %1 on %2</source>
        <translation>Envoi inachevé vers %1 le %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/start_page.py" line="329"/>
        <source>Sent to %1 on %2</source>
        <translation>Envoyé vers %1 le %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/start_page.py" line="354"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/start_page.py" line="367"/>
        <source>None yet. You add one in the next step, Destination.</source>
        <translation>Aucun pour l’instant. Vous en ajoutez un à l’étape suivante, Destination.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="55"/>
        <source>Enter an event template</source>
        <translation>Saisir un modèle d’événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="58"/>
        <source>Copy these from your app&apos;s Timeline events page in your HubSpot developer account. Token names are case-sensitive.</source>
        <translation>Copiez ces informations depuis la page des événements de chronologie de votre application, dans votre compte de développeur HubSpot. Les noms des jetons d’événement respectent la casse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="66"/>
        <source>Template ID</source>
        <translation>ID du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="68"/>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="70"/>
        <source>Record type</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="73"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="73"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="73"/>
        <source>Deals</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="73"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="78"/>
        <source>Template &amp;ID:</source>
        <translation>&amp;ID du modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="79"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="80"/>
        <source>&amp;Record type:</source>
        <translation>&amp;Type de fiche&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="84"/>
        <source>Token name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="84"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="84"/>
        <source>Options (label=value, …)</source>
        <translation>Options (libellé=valeur, …)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="86"/>
        <source>Tokens</source>
        <translation>Jetons d’événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="91"/>
        <source>&amp;Tokens:</source>
        <translation>&amp;Jetons d’événement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="93"/>
        <source>&amp;Add token</source>
        <translation>&amp;Ajouter un jeton d’événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="94"/>
        <source>Re&amp;move token</source>
        <translation>&amp;Supprimer le jeton d’événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="139"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="139"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="139"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="139"/>
        <source>List of options</source>
        <translation>Liste d’options</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="143"/>
        <source>Token type</source>
        <translation>Type du jeton d’événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="165"/>
        <source>Enter the template ID.</source>
        <translation>Saisissez l’ID du modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="180"/>
        <source>Token %1 is a list of options: enter them as label=value, separated by commas.</source>
        <translation>Le jeton d’événement %1 est une liste d’options&#xa0;: saisissez-les sous la forme libellé=valeur, séparées par des virgules.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="196"/>
        <source>Template %1</source>
        <translation>Modèle %1</translation>
    </message>
</context>
<context>
    <name>UploadSession</name>
    <message>
        <location filename="../../app/ui/upload_session.py" line="61"/>
        <source>Open a file first (step 1).</source>
        <translation>Ouvrez d’abord un fichier (étape 1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/upload_session.py" line="226"/>
        <source>Nothing to upload yet: open a file, choose an account and map the columns first.</source>
        <translation>Rien à envoyer pour l’instant&#xa0;: ouvrez d’abord un fichier, choisissez un compte et mappez les colonnes.</translation>
    </message>
</context>
<context>
    <name>UploadStep</name>
    <message>
        <location filename="../../app/ui/text/upload.py" line="22"/>
        <source>{dest} refused this access token (mistyped, revoked or another account). Paste a fresh one in Destination, then upload again: rows that went are not sent twice.</source>
        <translation>{dest} a refusé ce jeton d’accès (mal saisi, révoqué ou d’un autre compte). Collez-en un nouveau à l’étape Destination, puis relancez l’envoi&#xa0;: les lignes déjà envoyées ne sont pas renvoyées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/upload.py" line="28"/>
        <source>{dest} refused the upload: this account may not add these events (a missing permission or scope). Check the app&apos;s settings in {dest}, then upload again.</source>
        <translation>{dest} a refusé l’envoi&#xa0;: ce compte n’a pas le droit d’ajouter ces événements (autorisation ou portée manquante). Vérifiez les paramètres de l’application dans {dest}, puis relancez l’envoi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/upload.py" line="34"/>
        <source>{dest} no longer knows this event template (deleted, or another app). Choose the template again in Destination, then upload again.</source>
        <translation>{dest} ne connaît plus ce modèle d’événement (supprimé, ou d’une autre application). Choisissez de nouveau le modèle à l’étape Destination, puis relancez l’envoi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/upload.py" line="40"/>
        <source>{dest} does not know this app id. Check the app id in Destination, then upload again.</source>
        <translation>{dest} ne connaît pas cet ID d’application. Vérifiez l’ID d’application à l’étape Destination, puis relancez l’envoi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/upload.py" line="45"/>
        <source>{dest}&apos;s daily limit is reached. Upload the rest tomorrow: the rows that went stay, and nothing is sent twice.</source>
        <translation>La limite quotidienne de {dest} est atteinte. Envoyez le reste demain&#xa0;: les lignes déjà envoyées y restent, et rien n’est envoyé deux fois.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/upload.py" line="51"/>
        <source>{dest} no longer knows the app or event template this upload uses. Check them in Destination, then upload again.</source>
        <translation>{dest} ne connaît plus l’application ou le modèle d’événement de cet envoi. Vérifiez-les à l’étape Destination, puis relancez l’envoi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/upload.py" line="57"/>
        <source>{dest} stopped the upload. Details are in the log file.</source>
        <translation>{dest} a arrêté l’envoi. Les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="52"/>
        <source>{dest} did not answer in time; trying again.</source>
        <translation>{dest} n’a pas répondu à temps&#xa0;; nouvel essai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="56"/>
        <source>The connection to {dest} was lost; trying again.</source>
        <translation>La connexion à {dest} a été perdue&#xa0;; nouvel essai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="60"/>
        <source>{dest} had a temporary problem (error {status}); trying again.</source>
        <translation>{dest} a eu un problème temporaire (erreur {status})&#xa0;; nouvel essai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="64"/>
        <source>{dest} is busy with this record; trying again shortly.</source>
        <translation>{dest} est occupé avec cette fiche d’informations&#xa0;; nouvel essai sous peu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="68"/>
        <source>The {dest} account is being moved; trying again later.</source>
        <translation>Le compte {dest} est en cours de déplacement&#xa0;; nouvel essai plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="72"/>
        <source>{dest} sent an unreadable answer; trying again.</source>
        <translation>{dest} a envoyé une réponse illisible&#xa0;; nouvel essai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="77"/>
        <source>No answer this time; trying again.</source>
        <translation>Pas de réponse cette fois&#xa0;; nouvel essai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_panels.py" line="89"/>
        <source>Send &amp;test batch</source>
        <translation>Envoyer un lot d’&amp;essai</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_panels.py" line="92"/>
        <source>Send &amp;all rows</source>
        <translation>&amp;Tout envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_panels.py" line="95"/>
        <source>Send the &amp;rest</source>
        <translation>Envoyer le &amp;reste</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_panels.py" line="99"/>
        <location filename="../../app/ui/views/upload_panels.py" line="151"/>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_panels.py" line="102"/>
        <location filename="../../app/ui/views/upload_panels.py" line="163"/>
        <source>&amp;Stop</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_panels.py" line="106"/>
        <source>Send no more batches; rows that went stay sent.</source>
        <translation>Ne plus envoyer de lot&#xa0;; les lignes déjà envoyées le restent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_panels.py" line="176"/>
        <source>Upload progress</source>
        <translation>Progression de l’envoi</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_panels.py" line="200"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_panels.py" line="204"/>
        <source>Show each batch&apos;s HTTP status, attempts and time</source>
        <translation>Afficher l’état HTTP, le nombre d’essais et la durée de chaque lot</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_panels.py" line="220"/>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="156"/>
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_controller.py" line="150"/>
        <source>Getting the upload ready…</source>
        <translation>Préparation de l’envoi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="81"/>
        <source>Batches at a glance</source>
        <translation>Les lots d’un coup d’œil</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="160"/>
        <source>Rows go out in batches; you can pause, stop or close and resume later, and no row is sent twice.</source>
        <translation>Les lignes partent par lots&#xa0;; vous pouvez mettre en pause, arrêter ou fermer puis reprendre plus tard, et aucune ligne n’est envoyée deux fois.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="203"/>
        <location filename="../../app/ui/views/upload_step.py" line="229"/>
        <source>Stop the upload?</source>
        <translation>Interrompre l’envoi&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="204"/>
        <source>An upload is running. Close Event Loader and stop it? Rows that went stay sent; the rest can be resumed when you open Event Loader again.</source>
        <translation>Un envoi est en cours. Fermer Event Loader et interrompre l’envoi&#xa0;? Les lignes déjà envoyées le restent&#xa0;; le reste pourra être repris à la prochaine ouverture d’Event Loader.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_controller.py" line="180"/>
        <source>Nothing left to send</source>
        <translation>Plus rien à envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_controller.py" line="182"/>
        <source>Every ready row of this file already went to {dest}.</source>
        <translation>Toutes les lignes prêtes de ce fichier ont déjà été envoyées à {dest}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_controller.py" line="189"/>
        <source>Ready to send %Ln rows</source>
        <translation>
            <numerusform>Prêt à envoyer %Ln ligne</numerusform>
            <numerusform>Prêt à envoyer %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="122"/>
        <source>The rows go to {dest} as “{name}” events in one batch.</source>
        <translation>Les lignes partent vers {dest} sous forme d’événements «&#xa0;{name}&#xa0;», en un seul lot.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="133"/>
        <source>The rows go to {dest} in one batch.</source>
        <translation>Les lignes partent vers {dest} en un seul lot.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="109"/>
        <source>The rows go to {dest} as “{name}” events.</source>
        <translation>Les lignes partent vers {dest} sous forme d’événements «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="85"/>
        <source>%n rows added to {dest}.</source>
        <translation>
            <numerusform>%n ligne ajoutée dans {dest}.</numerusform>
            <numerusform>%n lignes ajoutées dans {dest}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="90"/>
        <source>Sending %n rows again…</source>
        <translation>
            <numerusform>Nouvel envoi de %n ligne…</numerusform>
            <numerusform>Nouvel envoi de %n lignes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="91"/>
        <source>Sending %n rows…</source>
        <translation>
            <numerusform>Envoi de %n ligne…</numerusform>
            <numerusform>Envoi de %n lignes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="113"/>
        <source>The rows go to {dest}.</source>
        <translation>Les lignes partent vers {dest}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="141"/>
        <source>Send a test batch of {first} rows first, check it in {dest}, then continue.</source>
        <translation>Envoyez d’abord un lot de test de {first} lignes, vérifiez-le dans {dest}, puis continuez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="158"/>
        <source>This upload stopped before the end. {done} rows already went and are not sent again; the other {left} go now.</source>
        <translation>Cet envoi s’est interrompu avant la fin. {done} lignes sont déjà parties et ne sont pas renvoyées&#xa0;; les {left} autres partent maintenant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/upload_panels.py" line="122"/>
        <source>Send &amp;all %Ln rows</source>
        <translation>
            <numerusform>&amp;Tout envoyer (%Ln ligne)</numerusform>
            <numerusform>&amp;Tout envoyer (%Ln lignes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_controller.py" line="203"/>
        <source>Ready to send</source>
        <translation>Prêt à envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_controller.py" line="208"/>
        <location filename="../../app/ui/controllers/upload_controller.py" line="234"/>
        <location filename="../../app/ui/controllers/upload_controller.py" line="264"/>
        <location filename="../../app/ui/controllers/upload_controller.py" line="279"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_controller.py" line="215"/>
        <source>The upload cannot start</source>
        <translation>L’envoi ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_controller.py" line="232"/>
        <source>Sending the test batch…</source>
        <translation>Envoi du lot d’essai…</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_controller.py" line="299"/>
        <source>Paused: nothing is being sent. Resume to send the rest.</source>
        <translation>En pause&#xa0;: plus rien n’est envoyé. Reprenez pour envoyer le reste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_panels.py" line="149"/>
        <source>&amp;Resume</source>
        <translation>Repre&amp;ndre</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_controller.py" line="296"/>
        <source>Paused: batches already on their way finish, then it holds</source>
        <translation>En pause&#xa0;: les lots déjà partis se terminent, puis l’envoi attend</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="230"/>
        <source>{left} rows have not been sent yet. Stop now? Rows that went stay in {dest}; you can send the rest later.</source>
        <translation>{left} lignes n’ont pas encore été envoyées. Interrompre maintenant&#xa0;? Les lignes déjà envoyées restent dans {dest}&#xa0;; vous pourrez envoyer le reste plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_controller.py" line="332"/>
        <source>Stopping: waiting for batches already on their way…</source>
        <translation>Interruption&#xa0;: attente des lots déjà partis…</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="211"/>
        <source>{dest} asked us to slow down. Resuming in {s} s; nothing is lost.</source>
        <translation>{dest} nous demande de ralentir. Reprise dans {s}&#xa0;s&#xa0;; rien n’est perdu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_controller.py" line="372"/>
        <source>The test batch went</source>
        <translation>Le lot d’essai est parti</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="167"/>
        <source>{sent} rows (spreadsheet rows {rows}) are in {dest}. Check one of them on a timeline there, then send the other {left} rows.</source>
        <translation>{sent} lignes (lignes {rows} de la feuille de calcul) sont dans {dest}. Vérifiez-en une sur une chronologie, puis envoyez les {left} autres lignes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/upload_panels.py" line="140"/>
        <source>Send the &amp;rest (%Ln rows)</source>
        <translation>
            <numerusform>Envoyer le &amp;reste (%Ln ligne)</numerusform>
            <numerusform>Envoyer le &amp;reste (%Ln lignes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="177"/>
        <source>{dest} stopped the upload</source>
        <translation>{dest} a interrompu l’envoi</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="181"/>
        <source>The upload stopped</source>
        <translation>L’envoi s’est interrompu</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="183"/>
        <source>{message} The rows that went are recorded; you can resume later.</source>
        <translation>{message} Les lignes déjà envoyées sont enregistrées&#xa0;; vous pourrez reprendre plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="189"/>
        <source>Stopped</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="191"/>
        <source>{sent} rows went to {dest}. The other {left} rows were not sent; open this file again later to send them (nothing is sent twice).</source>
        <translation>{sent} lignes ont été envoyées à {dest}. Les {left} autres ne l’ont pas été&#xa0;; rouvrez ce fichier plus tard pour les envoyer (rien n’est envoyé deux fois).</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="198"/>
        <source>Done, with some rows refused</source>
        <translation>Terminé, avec des lignes refusées</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="199"/>
        <location filename="../../app/ui/icons.py" line="36"/>
        <location filename="../../app/ui/views/upload_panels.py" line="60"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="204"/>
        <source>{done} of {total} rows</source>
        <translation>{done} lignes sur {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="228"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="229"/>
        <source>%Ln sending</source>
        <translation>
            <numerusform>%Ln en cours d’envoi</numerusform>
            <numerusform>%Ln en cours d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="230"/>
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln envoyé</numerusform>
            <numerusform>%Ln envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="231"/>
        <source>%Ln waiting to retry</source>
        <translation>
            <numerusform>%Ln en attente d’un nouvel essai</numerusform>
            <numerusform>%Ln en attente d’un nouvel essai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="234"/>
        <source>%Ln partly failed</source>
        <translation>
            <numerusform>%Ln envoyé en partie</numerusform>
            <numerusform>%Ln envoyés en partie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="237"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="238"/>
        <source>%Ln not sent (stopped)</source>
        <translation>
            <numerusform>%Ln non envoyé (interrompu)</numerusform>
            <numerusform>%Ln non envoyés (interrompu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="248"/>
        <source>%Ln batches: {counts}.</source>
        <translation>
            <numerusform>%Ln lot&#xa0;: {counts}.</numerusform>
            <numerusform>%Ln lots&#xa0;: {counts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="255"/>
        <source>each square: %n batches</source>
        <translation>
            <numerusform>chaque carré&#xa0;: %n lot</numerusform>
            <numerusform>chaque carré&#xa0;: %n lots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_panels.py" line="161"/>
        <source>&amp;Stop here</source>
        <translation>Arrêter &amp;ici</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_panels.py" line="59"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../app/ui/icons.py" line="37"/>
        <location filename="../../app/ui/views/upload_panels.py" line="61"/>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../app/ui/icons.py" line="38"/>
        <location filename="../../app/ui/views/upload_panels.py" line="62"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="48"/>
        <source>{dest} asked us to slow down; nothing is lost.</source>
        <translation>{dest} nous demande de ralentir&#xa0;; rien n’est perdu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="188"/>
        <source>See r&amp;esults</source>
        <translation>&amp;Voir les résultats</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="126"/>
        <source>The rows go to {dest} as “{name}” events in {batches} batches of up to {size}. Send a test batch of {first} rows first, check it in {dest}, then continue.</source>
        <translation>Les lignes partent vers {dest} sous forme d’événements «&#xa0;{name}&#xa0;», en {batches} lots de {size} au plus. Envoyez d’abord un lot de test de {first} lignes, vérifiez-le dans {dest}, puis continuez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="135"/>
        <source>The rows go to {dest} in {batches} batches of up to {size}. Send a test batch of {first} rows first, check it in {dest}, then continue.</source>
        <translation>Les lignes partent vers {dest} en {batches} lots de {size} au plus. Envoyez d’abord un lot de test de {first} lignes, vérifiez-le dans {dest}, puis continuez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="95"/>
        <source>%n rows refused; see the results.</source>
        <translation>
            <numerusform>%n ligne refusée&#xa0;; voir les résultats.</numerusform>
            <numerusform>%n lignes refusées&#xa0;; voir les résultats.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/controllers/upload_wording.py" line="102"/>
        <source>Not sent: the upload was stopped.</source>
        <translation>Non envoyé&#xa0;: l’envoi a été interrompu.</translation>
    </message>
</context>
<context>
    <name>ValueMapDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="54"/>
        <source>Match values of %1</source>
        <translation>Associer les valeurs de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="60"/>
        <source>Choose which option each value of the file sends. Values that already name an option match by themselves.</source>
        <translation>Choisissez l’option envoyée pour chaque valeur du fichier. Les valeurs qui portent déjà le nom d’une option y correspondent d’elles-mêmes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="67"/>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="67"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="67"/>
        <source>Sends</source>
        <translation>Envoie</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="69"/>
        <source>Values and options</source>
        <translation>Valeurs et options</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="84"/>
        <source>Option for %1</source>
        <translation>Option pour %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="87"/>
        <source>%1 (automatic)</source>
        <translation>%1 (automatique)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="89"/>
        <source>(none: the row is flagged)</source>
        <translation>(aucune&#xa0;: la ligne est signalée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="98"/>
        <source>This column has no values in the rows read so far.</source>
        <translation>Cette colonne n’a aucune valeur dans les lignes lues jusqu’ici.</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../app/ui/demo.py" line="56"/>
        <source>Demo sandbox</source>
        <translation>Bac à sable de démonstration</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="237"/>
        <source>Unexpected close</source>
        <translation>Fermeture inattendue</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="238"/>
        <source>Event Loader closed unexpectedly last time; the details are in %1 (send that file to support if it happens again).</source>
        <translation>Event Loader s’est fermé de façon inattendue la dernière fois&#x202f;; les détails sont dans %1 (envoyez ce fichier au support si cela se reproduit).</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/text/reading.py" line="20"/>
        <source>Column {column} had no name; it is called “{new_name}” here.</source>
        <translation>La colonne {column} n’avait pas de nom&#xa0;; elle s’appelle «&#xa0;{new_name}&#xa0;» ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/reading.py" line="26"/>
        <source>Two columns are called “{column}”; the second one is called “{new_name}” here.</source>
        <translation>Deux colonnes s’appellent «&#xa0;{column}&#xa0;»&#xa0;; la seconde s’appelle «&#xa0;{new_name}&#xa0;» ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/reading.py" line="33"/>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/reading.py" line="35"/>
        <source>The header “{name}” spans merged cells {columns}; its columns are called {names} here.</source>
        <translation>L’en-tête «&#xa0;{name}&#xa0;» couvre les cellules fusionnées {columns}&#xa0;; ses colonnes s’appellent {names} ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/text/reading.py" line="41"/>
        <source>%n empty rows were skipped.</source>
        <translation>
            <numerusform>%n ligne vide a été ignorée.</numerusform>
            <numerusform>%n lignes vides ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/text/reading.py" line="45"/>
        <source>The text encoding was guessed as {encoding}. If accents look wrong, choose another one.</source>
        <translation>L’encodage du texte a été deviné&#xa0;: {encoding}. Si les accents s’affichent mal, choisissez-en un autre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/text/reading.py" line="51"/>
        <source>The file mixes text encodings: %n lines were read as {fallback} instead of {encoding}. Check their accented letters.</source>
        <translation>
            <numerusform>Le fichier mélange des encodages de texte&#xa0;: %n ligne a été lue en {fallback} au lieu de {encoding}. Vérifiez ses lettres accentuées.</numerusform>
            <numerusform>Le fichier mélange des encodages de texte&#xa0;: %n lignes ont été lues en {fallback} au lieu de {encoding}. Vérifiez leurs lettres accentuées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/text/reading.py" line="59"/>
        <source>%n characters could not be read as {encoding} and were replaced. If text looks wrong, choose another encoding.</source>
        <translation>
            <numerusform>%n caractère n’a pas pu être lu en {encoding} et a été remplacé. Si le texte semble faux, choisissez un autre encodage.</numerusform>
            <numerusform>%n caractères n’ont pas pu être lus en {encoding} et ont été remplacés. Si le texte semble faux, choisissez un autre encodage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/text/reading.py" line="68"/>
        <source>Column {columns} has data but no name in the header row; it is read under a generated name. Give it a name in the file to map it under its own name.</source>
        <translation>La colonne {columns} contient des données mais pas de nom sur la ligne d’en-tête&#xa0;; elle est lue sous un nom généré. Donnez-lui un nom dans le fichier pour la mapper sous son propre nom.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/text/reading.py" line="74"/>
        <source>%n invisible null characters were removed from the file.</source>
        <translation>
            <numerusform>%n caractère nul invisible a été retiré du fichier.</numerusform>
            <numerusform>%n caractères nuls invisibles ont été retirés du fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/text/reading.py" line="82"/>
        <source>%n rows have more or fewer cells than there are headers; they were padded or cut.</source>
        <translation>
            <numerusform>%n ligne a plus ou moins de cellules qu’il n’y a d’en-têtes&#xa0;; elle a été complétée ou coupée.</numerusform>
            <numerusform>%n lignes ont plus ou moins de cellules qu’il n’y a d’en-têtes&#xa0;; elles ont été complétées ou coupées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/text/reading.py" line="98"/>
        <source>The column names were found on row {row}.</source>
        <translation>Les noms de colonnes ont été trouvés à la ligne {row}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/reading.py" line="102"/>
        <source>Some very long cells were shortened.</source>
        <translation>Certaines cellules très longues ont été raccourcies.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/reading.py" line="105"/>
        <source>Note while reading: {code} ({details}).</source>
        <translation>Remarque de lecture&#xa0;: {code} ({details}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="18"/>
        <location filename="../../app/ui/text/sheet.py" line="21"/>
        <location filename="../../app/ui/text/sheet.py" line="24"/>
        <source>{name} was not found. It may have been moved or renamed.</source>
        <translation>{name} est introuvable. Il a peut-être été déplacé ou renommé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="27"/>
        <location filename="../../app/ui/text/sheet.py" line="30"/>
        <source>{name} is a folder, not a spreadsheet.</source>
        <translation>{name} est un dossier, pas une feuille de calcul.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="33"/>
        <source>{name} is not a spreadsheet Event Loader can read. Save it as .xlsx or .csv.</source>
        <translation>{name} n’est pas une feuille de calcul qu’Event Loader sait lire. Enregistrez-la au format .xlsx ou .csv.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="37"/>
        <source>{name} is not a spreadsheet, or it is damaged. Open it in Excel and save it again as .xlsx.</source>
        <translation>{name} n’est pas une feuille de calcul, ou il est endommagé. Ouvrez-le dans Excel et enregistrez-le de nouveau au format .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="42"/>
        <source>{name} is damaged and cannot be read. Open it in Excel and save it again as .xlsx.</source>
        <translation>{name} est endommagé et ne peut pas être lu. Ouvrez-le dans Excel et enregistrez-le de nouveau au format .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="46"/>
        <source>{name} is protected by a password. Save a copy without a password and open that.</source>
        <translation>{name} est protégé par un mot de passe. Enregistrez une copie sans mot de passe et ouvrez-la.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="50"/>
        <source>{name} has no rows. Check that you exported the right sheet.</source>
        <translation>{name} ne contient aucune ligne. Vérifiez que vous avez exporté la bonne feuille.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="53"/>
        <source>{name} is empty. Check that you exported the right sheet.</source>
        <translation>{name} est vide. Vérifiez que vous avez exporté la bonne feuille.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="56"/>
        <source>The chosen sheet of {name} is empty. Pick another sheet.</source>
        <translation>La feuille choisie de {name} est vide. Choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="59"/>
        <source>{name} has column names but no rows below them.</source>
        <translation>{name} contient des noms de colonnes, mais aucune ligne en dessous.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="62"/>
        <source>No row of {name} looks like column names. Choose the header row by hand.</source>
        <translation>Aucune ligne de {name} ne ressemble à des noms de colonnes. Choisissez la ligne d’en-tête à la main.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="65"/>
        <source>{name} has fewer rows than the header row you chose. Pick a smaller row number.</source>
        <translation>{name} a moins de lignes que le numéro de la ligne d’en-tête choisie. Choisissez un numéro plus petit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="69"/>
        <source>{name} has no sheet with that name. Pick one from the list.</source>
        <translation>{name} n’a pas de feuille de ce nom. Choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="72"/>
        <source>{name} has too many columns to be an export of contacts or events. Check the file.</source>
        <translation>{name} a trop de colonnes pour être un export de contacts ou d’événements. Vérifiez le fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="81"/>
        <source>{name} is too large to read safely. Split it into smaller files.</source>
        <translation>{name} est trop volumineux pour être lu sans risque. Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="84"/>
        <location filename="../../app/ui/text/sheet.py" line="89"/>
        <source>Event Loader may not read {name}. Close it in other programs and try again.</source>
        <translation>Event Loader n’a pas le droit de lire {name}. Fermez-le dans les autres programmes et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="93"/>
        <source>The text of {name} could not be read with this encoding. Choose another encoding.</source>
        <translation>Le texte de {name} ne peut pas être lu avec cet encodage. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="38"/>
        <source>{service} refused the developer API key (mistyped, or the key of another app). Paste it again from your developer account.</source>
        <translation>{service} a refusé la clé d’API de développeur (mal saisie, ou clé d’une autre application). Collez-la de nouveau depuis votre compte de développeur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="44"/>
        <source>{service} refused the refresh token or the app&apos;s client ID and secret. Connect the app again to get a fresh refresh token.</source>
        <translation>{service} a refusé le jeton d’actualisation, ou l’ID client et le secret client de l’application. Reconnectez l’application pour obtenir un nouveau jeton d’actualisation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="50"/>
        <source>{service} refused this API key (mistyped, revoked or another account). Paste a fresh one.</source>
        <translation>{service} a refusé cette clé d’API (mal saisie, révoquée ou d’un autre compte). Collez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="56"/>
        <source>{service} refused this access token (mistyped, revoked or another account). Paste a fresh one.</source>
        <translation>{service} a refusé ce jeton d’accès (mal saisi, révoqué ou d’un autre compte). Collez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="64"/>
        <source>{service} accepted the token but it may not add events. Give the app these scopes: {scopes}.</source>
        <translation>{service} a accepté le jeton d’accès, mais celui-ci n’a pas le droit d’ajouter des événements. Accordez ces portées à l’application&#xa0;: {scopes}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="69"/>
        <source>{service} accepted the token but it may not add events. Ask an administrator to grant the app access.</source>
        <translation>{service} a accepté le jeton d’accès, mais celui-ci n’a pas le droit d’ajouter des événements. Demandez à un administrateur d’accorder l’accès à l’application.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="75"/>
        <source>{service} knows no app with this app ID for this key. Check the app ID.</source>
        <translation>{service} ne connaît aucune application avec cet ID pour cette clé. Vérifiez l’ID d’application.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="79"/>
        <source>{service} knows no event template with this ID in this app. Check the template ID.</source>
        <translation>{service} ne connaît aucun modèle d’événement avec cet ID dans cette application. Vérifiez l’ID du modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="84"/>
        <source>{service} could not be reached. Check the internet connection and try again.</source>
        <translation>Impossible de joindre {service}. Vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="89"/>
        <source>{service} asked us to slow down. Try again in a minute.</source>
        <translation>{service} nous demande de ralentir. Réessayez dans une minute.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="93"/>
        <source>{service} had a temporary problem. Try again in a few minutes.</source>
        <translation>{service} a rencontré un problème temporaire. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="97"/>
        <source>The server address must start with https:// so the token travels encrypted.</source>
        <translation>L’adresse du serveur doit commencer par https:// pour que le jeton d’accès circule chiffré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="102"/>
        <source>{name} cannot be read. Details are in the log file.</source>
        <translation>{name} ne peut pas être lu. Les détails sont dans le fichier journal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/text/reading.py" line="90"/>
        <source>The column names are on row {header_row}; %n rows above them were skipped as not data (rows {rows}). If the table starts higher, choose the header row.</source>
        <translation>
            <numerusform>Les noms de colonnes sont à la ligne {header_row}&#xa0;; %n ligne au-dessus a été ignorée, car ce ne sont pas des données (ligne {rows}). Si le tableau commence plus haut, choisissez la ligne d’en-tête.</numerusform>
            <numerusform>Les noms de colonnes sont à la ligne {header_row}&#xa0;; %n lignes au-dessus ont été ignorées, car ce ne sont pas des données (lignes {rows}). Si le tableau commence plus haut, choisissez la ligne d’en-tête.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/text/reading.py" line="113"/>
        <source>Sheet “{sheet}” has no rows of data below its column names. Choose the sheet that holds your data.</source>
        <translation>La feuille «&#xa0;{sheet}&#xa0;» n’a aucune ligne de données sous ses noms de colonnes. Choisissez la feuille qui contient vos données.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/reading.py" line="118"/>
        <source>{name} has no rows of data below its column names (row {row}). Choose another header row or another file.</source>
        <translation>{name} n’a aucune ligne de données sous ses noms de colonnes (ligne {row}). Choisissez une autre ligne d’en-tête ou un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/sheet.py" line="76"/>
        <source>{name} has more rows than a spreadsheet can hold (1,048,576). Split it into smaller files.</source>
        <translation>{name} a plus de lignes qu’une feuille de calcul ne peut en contenir (1&#xa0;048&#xa0;576). Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="106"/>
        <source>{service} did not accept the connection. Details are in the log file.</source>
        <translation>{service} n’a pas accepté la connexion. Les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="116"/>
        <source>The service address is not a usable web address (https://…, with no user name or password). Check it in the account settings.</source>
        <translation>L’adresse du service n’est pas une adresse web utilisable (https://…, sans nom d’utilisateur ni mot de passe). Vérifiez-la dans les réglages du compte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="121"/>
        <source>The request to {service} could not be made. Check the service address.</source>
        <translation>La requête vers {service} n’a pas pu être faite. Vérifiez l’adresse du service.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="125"/>
        <source>The secure connection to {service} could not be verified (certificate problem). Check the service address or your network&apos;s security settings.</source>
        <translation>La connexion sécurisée à {service} n’a pas pu être vérifiée (problème de certificat). Vérifiez l’adresse du service ou les réglages de sécurité de votre réseau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="130"/>
        <source>{service} sent an unreadable answer. Try again in a few minutes.</source>
        <translation>{service} a envoyé une réponse illisible. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="133"/>
        <source>{service} answered with a redirect, which is not followed for safety. Check the service address.</source>
        <translation>{service} a répondu par une redirection, qui n’est pas suivie par sécurité. Vérifiez l’adresse du service.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="138"/>
        <source>{service} gave an unexpected answer. Try again later; details are in the log file.</source>
        <translation>{service} a donné une réponse inattendue. Réessayez plus tard&#xa0;; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="142"/>
        <source>{service} sent event templates in a shape Event Loader does not know. Details are in the log file.</source>
        <translation>{service} a envoyé des modèles d’événement sous une forme qu’Event Loader ne connaît pas. Les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="147"/>
        <source>Listing {service} event templates needs the app&apos;s developer API key. Add it to the account.</source>
        <translation>Pour lister les modèles d’événement {service}, il faut la clé d’API de développeur de l’application. Ajoutez-la au compte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="152"/>
        <source>{service} does not know this item. Check the app and template IDs.</source>
        <translation>{service} ne connaît pas cet élément. Vérifiez l’ID d’application et l’ID du modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="155"/>
        <source>{service} found the batch too large. Choose a smaller batch size in Settings, then send the rows again.</source>
        <translation>{service} a trouvé le lot trop grand. Choisissez une taille de lot plus petite dans Paramètres, puis renvoyez les lignes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/api_errors.py" line="160"/>
        <source>Stopped before sending.</source>
        <translation>Arrêté avant l’envoi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="14"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="15"/>
        <source>The contact&apos;s email address; HubSpot creates the contact if new.</source>
        <translation>L’adresse e-mail du contact&#xa0;; HubSpot crée le contact s’il n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="20"/>
        <source>Record ID</source>
        <translation>ID de fiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="21"/>
        <source>The HubSpot record ID (digits only).</source>
        <translation>L’ID de la fiche d’informations HubSpot (chiffres uniquement).</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="24"/>
        <source>User token (utk)</source>
        <translation>Jeton utilisateur (utk)</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="25"/>
        <source>The HubSpot tracking cookie value of a contact.</source>
        <translation>La valeur du cookie de suivi HubSpot d’un contact.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="30"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="31"/>
        <source>The web domain the event happened on, usually with the user token.</source>
        <translation>Le domaine web où l’événement a eu lieu, en général avec le jeton utilisateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="36"/>
        <source>Event date and time</source>
        <translation>Date et heure de l’événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="37"/>
        <location filename="../../app/ui/text/targets.py" line="44"/>
        <source>When it happened; sets the event&apos;s place on the timeline. Empty means now.</source>
        <translation>Moment où l’événement a eu lieu&#xa0;; il fixe sa place dans la chronologie. Vide&#xa0;: maintenant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="43"/>
        <source>Occurred at</source>
        <translation>Date et heure de l’événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="50"/>
        <source>Start object ID</source>
        <translation>ID de l’objet de départ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="51"/>
        <location filename="../../app/ui/text/targets.py" line="63"/>
        <source>1 to 40 characters.</source>
        <translation>1 à 40 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="54"/>
        <source>Start object type</source>
        <translation>Type de l’objet de départ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="55"/>
        <location filename="../../app/ui/text/targets.py" line="67"/>
        <source>One of Pipeless&apos;s object types.</source>
        <translation>Un des types d’objet de Pipeless.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="58"/>
        <source>Relationship type</source>
        <translation>Type de relation</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="59"/>
        <source>What happened.</source>
        <translation>Ce qui s’est passé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="62"/>
        <source>End object ID</source>
        <translation>ID de l’objet d’arrivée</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="66"/>
        <source>End object type</source>
        <translation>Type de l’objet d’arrivée</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="70"/>
        <source>Relationship date</source>
        <translation>Date de la relation</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="71"/>
        <source>When it happened.</source>
        <translation>Moment où la relation a eu lieu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="74"/>
        <source>Single relationship</source>
        <translation>Relation unique</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="75"/>
        <source>Yes (the default): repeats between the same two objects count as one relationship.</source>
        <translation>Oui (par défaut)&#xa0;: les répétitions entre les deux mêmes objets comptent pour une seule relation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="82"/>
        <source>Start object created on</source>
        <translation>Objet de départ créé le</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="86"/>
        <source>Start object modified on</source>
        <translation>Objet de départ modifié le</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="90"/>
        <source>End object created on</source>
        <translation>Objet d’arrivée créé le</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="94"/>
        <source>End object modified on</source>
        <translation>Objet d’arrivée modifié le</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="107"/>
        <source>Extra data: {name}</source>
        <translation>Données supplémentaires&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="125"/>
        <source>A contact is found by its email, its record ID or its user token: map at least one.</source>
        <translation>Un contact est retrouvé par son e-mail, son ID de fiche ou son jeton utilisateur&#xa0;: mappez au moins l’un des trois.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="133"/>
        <source>Event template token {name} ({type}).</source>
        <translation>Jeton d’événement «&#xa0;{name}&#xa0;» du modèle ({type}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/targets.py" line="137"/>
        <source>Free-form data shown in the event&apos;s details.</source>
        <translation>Données libres affichées dans le détail de l’événement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/problems.py" line="72"/>
        <source>&quot;{value}&quot;</source>
        <translation>«&#xa0;{value}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/text/problems.py" line="78"/>
        <source>{items} … (%n more)</source>
        <translation>
            <numerusform>{items} … (%n autre)</numerusform>
            <numerusform>{items} … (%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/text/problems.py" line="83"/>
        <source>{items} or {last}</source>
        <translation>{items} ou {last}</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/problems.py" line="93"/>
        <source>Event ID</source>
        <translation>ID d’événement</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/problems.py" line="34"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/problems.py" line="35"/>
        <location filename="../../app/ui/text/problems.py" line="36"/>
        <location filename="../../app/ui/text/problems.py" line="37"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/problems.py" line="38"/>
        <location filename="../../app/ui/text/problems.py" line="39"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/problems.py" line="40"/>
        <location filename="../../app/ui/text/problems.py" line="41"/>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/problems.py" line="42"/>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/problems.py" line="43"/>
        <source>second</source>
        <translation>seconde</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/problems.py" line="44"/>
        <source>AM/PM</source>
        <translation>AM/PM</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/problems.py" line="45"/>
        <source>fraction</source>
        <translation>fraction</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/problems.py" line="59"/>
        <source>{format} (for example {example})</source>
        <translation>{format} (par exemple {example})</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/problems.py" line="104"/>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/upload.py" line="69"/>
        <source>{service} says this event ID is already in use. The event may already be there from an earlier attempt, or another record holds this ID: check the record before sending again.</source>
        <translation>{service} indique que cet ID d’événement est déjà utilisé. L’événement est peut-être déjà là après un essai précédent, ou une autre fiche d’informations porte cet ID&#xa0;: vérifiez la fiche avant de renvoyer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/upload.py" line="76"/>
        <source>The answer of {service} was lost, so this event may or may not be there. It allows repeated events, so it was not sent again (it could appear twice): check it before sending it again.</source>
        <translation>La réponse de {service} a été perdue&#xa0;: cet événement est peut-être là, ou pas. Il accepte les événements répétés, donc il n’a pas été renvoyé (il pourrait apparaître deux fois)&#xa0;: vérifiez-le avant de le renvoyer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/upload.py" line="83"/>
        <source>The daily {service} allowance is used up. Send the rest tomorrow; nothing is sent twice.</source>
        <translation>Le quota quotidien de {service} est épuisé. Envoyez le reste demain&#xa0;; rien n’est envoyé deux fois.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/upload.py" line="89"/>
        <source>The upload stopped unexpectedly; it can be resumed.</source>
        <translation>L’envoi s’est arrêté de façon inattendue&#xa0;; il peut être repris.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/upload.py" line="96"/>
        <source>Refused by {service}: {reason}</source>
        <translation>Refusé par {service}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/upload.py" line="99"/>
        <source>Refused by {service}.</source>
        <translation>Refusé par {service}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/upload.py" line="103"/>
        <source>Refused by {service} ({code}). The reason is in the file of rows to fix.</source>
        <translation>Refusé par {service} ({code}). La raison figure dans le fichier des lignes à corriger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="33"/>
        <source>The file or its folder does not exist (any more).</source>
        <translation>Le fichier ou son dossier n’existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="37"/>
        <source>Event Loader may not use it. Close it in other programs or pick another place.</source>
        <translation>Event Loader n’a pas le droit de l’utiliser. Fermez-le dans les autres programmes ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="42"/>
        <source>That is a folder, not a file.</source>
        <translation>C’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="44"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Le disque est plein. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="48"/>
        <source>That place is read-only. Pick another folder.</source>
        <translation>Cet emplacement est en lecture seule. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="52"/>
        <source>The system refused ({code}). Details are in the log file.</source>
        <translation>Le système a refusé ({code}). Les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="63"/>
        <source>The file does not exist (any more).</source>
        <translation>Le fichier n’existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="65"/>
        <source>The file could not be read. Close it in other programs and try again.</source>
        <translation>Le fichier n’a pas pu être lu. Fermez-le dans les autres programmes et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="69"/>
        <source>It is not a mapping file saved by Event Loader.</source>
        <translation>Ce n’est pas un fichier de mappage enregistré par Event Loader.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="73"/>
        <source>It was saved by a newer Event Loader. Update Event Loader to use it.</source>
        <translation>Il a été enregistré par une version plus récente d’Event Loader. Mettez Event Loader à jour pour l’utiliser.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="78"/>
        <source>It is for a destination this Event Loader does not know.</source>
        <translation>Il est prévu pour une destination que cet Event Loader ne connaît pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="83"/>
        <source>Part of it was changed by hand or damaged ({code}). Save the mapping again from the Mapping step.</source>
        <translation>Une partie a été modifiée à la main ou endommagée ({code}). Enregistrez de nouveau le mappage depuis l’étape Mappage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="95"/>
        <source>This file is already being uploaded with this mapping, in another Event Loader window or from the command line. Let that upload finish (or stop it), then try again; nothing was sent or changed here.</source>
        <translation>Ce fichier est déjà en cours d’envoi avec ce mappage, dans une autre fenêtre d’Event Loader ou depuis la ligne de commande. Laissez cet envoi se terminer (ou arrêtez-le), puis réessayez&#xa0;; rien n’a été envoyé ni modifié ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="103"/>
        <source>The record of sent rows, {path}, has lost the uploads it held, so Event Loader cannot tell which rows went and sends nothing. Put that file back from a backup and delete {marker}, or move both files to another folder to start a new record.</source>
        <translation>Le registre des lignes envoyées, {path}, a perdu les envois qu’il contenait&#xa0;: Event Loader ne peut pas savoir quelles lignes sont parties et n’envoie rien. Remettez ce fichier depuis une sauvegarde et supprimez {marker}, ou déplacez les deux fichiers dans un autre dossier pour commencer un nouveau registre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="110"/>
        <source>The record of sent rows must be a file, but {path} is a folder. Move or rename that folder, then try again; nothing was sent.</source>
        <translation>Le registre des lignes envoyées doit être un fichier, mais {path} est un dossier. Déplacez ou renommez ce dossier, puis réessayez&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="116"/>
        <source>The record of sent rows is damaged, so Event Loader cannot tell which rows went. Details are in the log file.</source>
        <translation>Le registre des lignes envoyées est endommagé&#xa0;: Event Loader ne peut pas savoir quelles lignes sont parties. Les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="121"/>
        <source>Event Loader cannot write the record of sent rows (disk full or a read-only folder). Free some space and try again; nothing is sent twice.</source>
        <translation>Event Loader ne peut pas écrire le registre des lignes envoyées (disque plein ou dossier en lecture seule). Libérez de la place et réessayez&#xa0;; rien n’est envoyé deux fois.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="136"/>
        <source>This report has {count} columns, more than an .xlsx sheet holds ({limit}). Save it as .csv instead.</source>
        <translation>Ce rapport a {count}&#xa0;colonnes, plus qu’une feuille .xlsx ne peut en contenir ({limit}). Enregistrez-le plutôt en .csv.</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="143"/>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/text/program_errors.py" line="145"/>
        <location filename="../../app/ui/text/program_errors.py" line="148"/>
        <source>The service</source>
        <translation>Le service</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message numerus="yes">
        <location filename="../../app/ui/wording.py" line="132"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n&#xa0;s</numerusform>
            <numerusform>%n&#xa0;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/wording.py" line="135"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="137"/>
        <source>{h} h {m} min</source>
        <translation>{h}&#xa0;h {m}&#xa0;min</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../app/ui/workers.py" line="42"/>
        <source>The file {name} was not found. Check that it still exists.</source>
        <translation>Le fichier {name} est introuvable. Vérifiez qu’il existe toujours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="46"/>
        <source>Event Loader may not open {name}. Close it in other programs or pick another place.</source>
        <translation>Event Loader n’a pas le droit d’ouvrir {name}. Fermez-le dans les autres programmes ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="52"/>
        <source>Could not use {name}. {reason}</source>
        <translation>Impossible d’utiliser {name}. {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="59"/>
        <source>The computer ran out of memory. Close other programs or split the file.</source>
        <translation>L’ordinateur manque de mémoire. Fermez d’autres programmes ou découpez le fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="69"/>
        <source>Something went wrong ({kind}: {text}). Details are in the log file.</source>
        <translation>Un problème est survenu ({kind}&#xa0;: {text}). Les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="72"/>
        <source>Something went wrong ({kind}). Details are in the log file.</source>
        <translation>Un problème est survenu ({kind}). Les détails sont dans le fichier journal.</translation>
    </message>
</context>
</TS>
