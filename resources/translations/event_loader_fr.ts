<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/workers.py" line="38"/>
        <source>workers</source>
        <comment>The file {name} was not found. Check that it still exists.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workers.py" line="43"/>
        <source>workers</source>
        <comment>Event Loader may not open {name}. Close it in other programs or pick another place.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="47"/>
        <source>workers</source>
        <comment>Could not use {name}: {reason}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="52"/>
        <source>workers</source>
        <comment>The computer ran out of memory. Close other programs or split the file.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="59"/>
        <source>workers</source>
        <comment>Something went wrong ({kind}: {text}). Details are in the log file.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="61"/>
        <source>workers</source>
        <comment>Something went wrong ({kind}). Details are in the log file.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="102"/>
        <source>Add a %1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="106"/>
        <source>Event Loader checks these details with %1 before saving them. They are kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="116"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="117"/>
        <source>For example: Marketing portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="118"/>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="121"/>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="122"/>
        <source>&amp;App ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="124"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="125"/>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="127"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="128"/>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="129"/>
        <source>Developer API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="130"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="132"/>
        <source>I have an &amp;access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="134"/>
        <source>I have a &amp;refresh token and the app&apos;s client ID and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="145"/>
        <source>The app ID is shown on your app&apos;s page in your HubSpot developer account, under App info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="152"/>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="155"/>
        <source>You get it when the app is connected to your HubSpot account (OAuth). It lasts 30 minutes; for long uploads use a refresh token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="161"/>
        <source>Re&amp;fresh token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="162"/>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="163"/>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="166"/>
        <source>The client ID and secret are on the Auth tab of your app in the developer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="171"/>
        <source>&amp;Developer API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="176"/>
        <source>Optional: lets Event Loader list your event templates. Find it in your developer account under Apps, then Get HubSpot API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="186"/>
        <source>The app ID is in the address of your app in Pipeless (app/77 → 77).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="189"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="191"/>
        <source>In Pipeless, open your app, then Settings, then API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="194"/>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="198"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="200"/>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="204"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="205"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="208"/>
        <source>Not tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="210"/>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="218"/>
        <source>&amp;Save account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="266"/>
        <source>%1 app %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="274"/>
        <source>Enter the app ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="276"/>
        <source>Paste the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="278"/>
        <source>Paste the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="279"/>
        <source>Paste the refresh token, the client ID and the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="304"/>
        <source>The details changed: test the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="321"/>
        <source>Checking with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/account_dialog.py" line="340"/>
        <source>Connected to %1. %n event templates found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="343"/>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/batch_model.py" line="224"/>
        <source>%n rows: {rows}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="359"/>
        <source>Batch {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="362"/>
        <source>{done} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="369"/>
        <source>{rate} rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="376"/>
        <source>about {time} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationStep</name>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="60"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="61"/>
        <source>companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="62"/>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="63"/>
        <source>tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="111"/>
        <source>Where should the events go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="117"/>
        <source>&amp;HubSpot: timeline events on contacts, companies or deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="119"/>
        <source>&amp;Pipeless: activity events between objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="127"/>
        <location filename="../../app/ui/views/destination_step.py" line="129"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="132"/>
        <source>A&amp;dd account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="133"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="135"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="136"/>
        <location filename="../../app/ui/views/destination_step.py" line="397"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="138"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="139"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="146"/>
        <source>Account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="155"/>
        <location filename="../../app/ui/views/destination_step.py" line="157"/>
        <source>Event template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="159"/>
        <source>T&amp;emplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="161"/>
        <source>&amp;Refresh list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="162"/>
        <source>Refresh the list of templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="164"/>
        <source>Enter &amp;by hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="165"/>
        <source>Enter a template by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="172"/>
        <source>Template status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="174"/>
        <source>Tokens of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="176"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="176"/>
        <source>Name in HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="176"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="176"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="188"/>
        <source>Pipeless app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="190"/>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="192"/>
        <source>Wait until Pipeless has processed each batch (&amp;synchronous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="196"/>
        <source>Slower, but a refused event is reported at once instead of being dropped later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="201"/>
        <source>App ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="218"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="321"/>
        <source>%1 · app %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="345"/>
        <source>Connected to %1 (app %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="383"/>
        <source>Connected. This computer has no keychain Event Loader can use, so the account is kept only until Event Loader closes; you will enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="398"/>
        <source>Remove %1 from this computer? Nothing changes in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="422"/>
        <source>Checking with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="471"/>
        <source>Listing the event templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="545"/>
        <source>Template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/destination_step.py" line="565"/>
        <source>%1 · %2 · %n tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="585"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="586"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="587"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="588"/>
        <source>list of options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="619"/>
        <source>No %1 account on this computer yet. Add one with the token of your %1 app: the dialog says where to find each value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="632"/>
        <source>Add or choose an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="639"/>
        <source>No event templates were found in this app. Create one in HubSpot, or enter it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="647"/>
        <source>Add a developer API key to the account to list its templates, or enter the template by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="653"/>
        <source>Choose the template the events will use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="659"/>
        <source>(choose an account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="666"/>
        <source>Add a %1 account to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="668"/>
        <source>Test the connection to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="670"/>
        <source>Choose an event template to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="674"/>
        <source>Events will go to the template %1 of app %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/destination_step.py" line="680"/>
        <source>Events will go to Pipeless app %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="85"/>
        <source>Drop area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="95"/>
        <source>Drop a spreadsheet here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="100"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="101"/>
        <source>Choose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="105"/>
        <source>Excel (.xlsx, .xlsm, .xls, .xlsb), OpenDocument (.ods), or CSV and text (.csv, .tsv, .txt). The first row with names is used as the column headers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/error_dialog.py" line="49"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/error_dialog.py" line="58"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/error_dialog.py" line="63"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/error_dialog.py" line="66"/>
        <source>Nothing you did caused this. The details were saved to the log file; if it happens again, copy them and send them to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/error_dialog.py" line="80"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/error_dialog.py" line="81"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/error_dialog.py" line="100"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="153"/>
        <source>Problem with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="158"/>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="160"/>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="177"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="179"/>
        <source>C&amp;hoose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="180"/>
        <source>Choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="187"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="189"/>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="192"/>
        <source>Find the header row &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="197"/>
        <source>Header is on row </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="198"/>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="201"/>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="211"/>
        <source>Text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="213"/>
        <source>How the letters of the file are stored. Change it if accents look wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="217"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="221"/>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="222"/>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="223"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="224"/>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="227"/>
        <source>Column separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="229"/>
        <source>Se&amp;parator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="257"/>
        <source>Rows and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="261"/>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="270"/>
        <source>What was adjusted while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="275"/>
        <source>First rows of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="299"/>
        <source>Which spreadsheet holds the events?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="313"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="340"/>
        <source>%1 is not a spreadsheet Event Loader can read. Save it as .xlsx or .csv and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="361"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="367"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="375"/>
        <source>Showing the first rows while the rest loads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="383"/>
        <source>Reading… %1 rows so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="435"/>
        <source>%1
The previous file, %2, is still loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/file_step.py" line="516"/>
        <source>%n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/file_step.py" line="517"/>
        <source>%n columns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="518"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="529"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/file_step.py" line="531"/>
        <source>%n rows ready</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="533"/>
        <source>Open a spreadsheet to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="553"/>
        <source>%1 is no longer there. It was removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>Open a spreadsheet (Excel, OpenDocument or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204"/>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>Use a mapping file saved earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>&amp;Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214"/>
        <source>Save the column mapping to reuse it or share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>&amp;About Event Loader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227"/>
        <source>&amp;How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="235"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="243"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="258"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="373"/>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="379"/>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="382"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="384"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="433"/>
        <source>Finish or stop the upload before opening another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="450"/>
        <source>Open a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="452"/>
        <source>Spreadsheets (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="469"/>
        <source>Load a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="469"/>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="478"/>
        <source>Mapping not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="479"/>
        <source>%1 cannot be used as a mapping: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="508"/>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="508"/>
        <source>Mapping files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="517"/>
        <source>Mapping not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="518"/>
        <source>The mapping could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="523"/>
        <source>Mapping saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532"/>
        <source>%1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="618"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="619"/>
        <source>Event Loader will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="626"/>
        <source>About Event Loader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="628"/>
        <source>&lt;h3&gt;Event Loader %1&lt;/h3&gt;&lt;p&gt;Turns a spreadsheet into timeline events in HubSpot or events in Pipeless: open a file, map its columns, check every row, then upload.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="638"/>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="640"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;File&lt;/b&gt;: open or drop an Excel or CSV file.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Destination&lt;/b&gt;: pick HubSpot or Pipeless and connect an account.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mapping&lt;/b&gt;: say which column feeds which field.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Preview&lt;/b&gt;: check every row before anything is sent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Upload&lt;/b&gt;: send a test batch, then the rest.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Results&lt;/b&gt;: see what was added and save the rows to fix.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nothing is sent before the Upload step.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="48"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="49"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="50"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="51"/>
        <source>date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="52"/>
        <source>one of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="53"/>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="54"/>
        <source>object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="55"/>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="56"/>
        <source>any value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="57"/>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="280"/>
        <source>No column or fixed value gives this field a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="285"/>
        <source>The column “{column}” is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="293"/>
        <source>Matched by a similar name ({percent} % sure): check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="297"/>
        <source>Matched by name ({percent} % sure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="300"/>
        <source>Every sample converts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="313"/>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="316"/>
        <source>Fixed value: “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="344"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="345"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="346"/>
        <source>Comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="347"/>
        <source>Sample → value that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="348"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="366"/>
        <source>{label} (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="375"/>
        <source>{label} (or {others})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="389"/>
        <source>{source} → not sendable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="396"/>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="397"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="398"/>
        <source>Not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="409"/>
        <source>Row {row}: {source} → {sent}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="63"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="64"/>
        <source>31/12/2025 (day/month/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="65"/>
        <source>12/31/2025 (month/day/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="66"/>
        <source>2025-12-31 (year-month-day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="67"/>
        <source>31.12.2025 (day.month.year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="68"/>
        <source>31/12/2025 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="69"/>
        <source>12/31/2025 2:30 PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="70"/>
        <source>2025-12-31 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="71"/>
        <source>2025-12-31 14:30:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="90"/>
        <source>Which column goes into which field?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="94"/>
        <source>&amp;Auto-match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="95"/>
        <source>Auto-match columns by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="97"/>
        <source>Choose a column for every field not mapped yet, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="100"/>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="102"/>
        <source>Sa&amp;ve mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="115"/>
        <source>&amp;Use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="117"/>
        <source>&amp;Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="127"/>
        <source>Mapping warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="131"/>
        <source>Fields and their columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="141"/>
        <location filename="../../app/ui/views/mapping_step.py" line="454"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="145"/>
        <source>Column that feeds the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="153"/>
        <source>Fixed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="154"/>
        <source>The same value for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="159"/>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="167"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="168"/>
        <source>UTC, unless the date says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="176"/>
        <source>&amp;Match values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="177"/>
        <source>Match the column&apos;s values to the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="187"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="198"/>
        <source>&amp;Comes from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="199"/>
        <source>Fi&amp;xed value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="200"/>
        <source>&amp;Date format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="201"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="202"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="203"/>
        <source>Samples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="215"/>
        <location filename="../../app/ui/views/mapping_step.py" line="222"/>
        <source>Columns that will not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="238"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="338"/>
        <source>You mapped a file with the same columns on %1 (%2). Use that mapping again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="382"/>
        <source>Auto-match found a column for %n fields.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="434"/>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="435"/>
        <source>Fixed value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="456"/>
        <source>Select a field in the table to change where its value comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="486"/>
        <source>One of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="508"/>
        <source>%n file values are matched by hand; the others match option names by themselves.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="530"/>
        <source>Row %1: %2 → not sendable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="532"/>
        <source>Row %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="537"/>
        <source>No value: choose a column or a fixed value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="539"/>
        <source>The column is empty in the first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="650"/>
        <source>Choose a file and a destination first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="653"/>
        <source>%n columns will not be imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="660"/>
        <source>The column “%1” feeds several fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="673"/>
        <source>%n required fields are not mapped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="678"/>
        <source>%n fields need a check; the others are ready.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="681"/>
        <source>Every required field is mapped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingStep</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="63"/>
        <source>This step is not available in this version of Event Loader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/preview_model.py" line="388"/>
        <source>%n problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="54"/>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="71"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="56"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="71"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <location filename="../../app/ui/models/sheet_model.py" line="75"/>
        <source>This cell holds the spreadsheet error %1; it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="55"/>
        <source>Enter an event template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="58"/>
        <source>Copy these from your app&apos;s Timeline events page in your HubSpot developer account. Token names are case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="66"/>
        <source>Template ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="68"/>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="70"/>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="73"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="73"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="73"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="73"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="78"/>
        <source>Template &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="79"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="80"/>
        <source>&amp;Record type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="84"/>
        <source>Token name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="84"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="84"/>
        <source>Options (label=value, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="86"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="91"/>
        <source>&amp;Tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="93"/>
        <source>&amp;Add token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="94"/>
        <source>Re&amp;move token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="141"/>
        <source>Token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="159"/>
        <source>Enter the template ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="174"/>
        <source>Token %1 is a list of options: enter them as label=value, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="190"/>
        <source>Template %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueMapDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="54"/>
        <source>Match values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="60"/>
        <source>Choose which option each value of the file sends. Values that already name an option match by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="67"/>
        <source>Value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="67"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="67"/>
        <source>Sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="69"/>
        <source>Values and options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="84"/>
        <source>Option for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="88"/>
        <source>%1 (matches by itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="91"/>
        <source>(no option: the row will be flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="100"/>
        <source>This column has no values in the rows read so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../app/ui/launch.py" line="143"/>
        <source>Demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="22"/>
        <source>Column {column} had no name; it is called “{new_name}” here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="28"/>
        <source>Two columns are called “{column}”; the second one is called “{new_name}” here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="34"/>
        <source>A merged header cell was split; its columns are named “{new_name}” and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="40"/>
        <source>%n empty rows were skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44"/>
        <source>The text encoding was guessed as {encoding}. If accents look wrong, choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="51"/>
        <source>%n rows have more or fewer cells than there are headers; they were padded or cut.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="58"/>
        <source>The column names were found on row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="62"/>
        <source>Some very long cells were shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="65"/>
        <source>Note while reading: {code} ({details}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="74"/>
        <location filename="../../app/ui/messages.py" line="77"/>
        <source>{name} was not found. It may have been moved or renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80"/>
        <location filename="../../app/ui/messages.py" line="83"/>
        <source>{name} is a folder, not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86"/>
        <source>{name} is not a spreadsheet Event Loader can read. Save it as .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90"/>
        <source>{name} is not a spreadsheet, or it is damaged. Open it in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="95"/>
        <source>{name} is damaged and cannot be read. Open it in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="99"/>
        <source>{name} is protected by a password. Save a copy without a password and open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="103"/>
        <source>{name} has no rows. Check that you exported the right sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="106"/>
        <source>{name} is empty. Check that you exported the right sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="109"/>
        <source>The chosen sheet of {name} is empty. Pick another sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="112"/>
        <source>{name} has column names but no rows below them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="115"/>
        <source>No row of {name} looks like column names. Choose the header row by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="118"/>
        <source>{name} has fewer rows than the header row you chose. Pick a smaller row number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122"/>
        <source>{name} has no sheet with that name. Pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="125"/>
        <source>{name} has too many columns to be an export of contacts or events. Check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="129"/>
        <source>{name} is too large to read safely. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132"/>
        <source>Event Loader may not read {name}. Close it in other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136"/>
        <source>The text of {name} could not be read with this encoding. Choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144"/>
        <source>{name} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="156"/>
        <source>{service} refused the developer API key (mistyped, or the key of another app). Paste it again from your developer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="162"/>
        <source>{service} refused the refresh token or the app&apos;s client ID and secret. Connect the app again to get a fresh refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="168"/>
        <source>{service} refused this API key (mistyped, revoked or another account). Paste a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="174"/>
        <source>{service} refused this access token (mistyped, revoked or another account). Paste a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="182"/>
        <source>{service} accepted the token but it may not add events. Give the app these scopes: {scopes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="187"/>
        <source>{service} accepted the token but it may not add events. Ask an administrator to grant the app access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="193"/>
        <source>{service} knows no app with this app ID for this key. Check the app ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="197"/>
        <source>{service} knows no event template with this ID in this app. Check the template ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="202"/>
        <source>{service} could not be reached. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="207"/>
        <source>{service} asked us to slow down. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="211"/>
        <source>{service} had a temporary problem. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="215"/>
        <source>The server address must start with https:// so the token travels encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="223"/>
        <source>{service} did not accept the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <location filename="../../app/ui/wording.py" line="20"/>
        <source>bad date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="21"/>
        <source>impossible date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="22"/>
        <source>unclear date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="23"/>
        <source>unknown option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="24"/>
        <source>missing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="25"/>
        <source>bad email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="26"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="27"/>
        <source>unclear number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="28"/>
        <source>spreadsheet error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="29"/>
        <source>bad record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="30"/>
        <source>id too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="31"/>
        <source>bad characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="32"/>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="33"/>
        <source>not yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="34"/>
        <source>bad text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="35"/>
        <source>no email or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="36"/>
        <source>no email or id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="37"/>
        <source>missing column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="38"/>
        <source>field not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="39"/>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
