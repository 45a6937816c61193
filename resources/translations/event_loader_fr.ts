<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="108"/>
        <source>Add a %1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="112"/>
        <source>Event Loader checks these details with %1 before saving them. They are kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="122"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="123"/>
        <source>For example: Marketing portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="124"/>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="127"/>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="128"/>
        <source>&amp;App ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="130"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="131"/>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="133"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="134"/>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="135"/>
        <source>Developer API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="136"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="138"/>
        <source>I have an &amp;access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="140"/>
        <source>I have a &amp;refresh token and the app&apos;s client ID and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="151"/>
        <source>The app ID is shown on your app&apos;s page in your HubSpot developer account, under App info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="158"/>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="161"/>
        <source>You get it when the app is connected to your HubSpot account (OAuth). It lasts 30 minutes; for long uploads use a refresh token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="167"/>
        <source>Re&amp;fresh token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="168"/>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="169"/>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="172"/>
        <source>The client ID and secret are on the Auth tab of your app in the developer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="177"/>
        <source>&amp;Developer API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="182"/>
        <source>Optional: lets Event Loader list your event templates. Find it in your developer account under Apps, then Get HubSpot API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="192"/>
        <source>The app ID is in the address of your app in Pipeless (app/77 → 77).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="195"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="197"/>
        <source>In Pipeless, open your app, then Settings, then API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="200"/>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="204"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="206"/>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="210"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="211"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="214"/>
        <source>Not tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="216"/>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="224"/>
        <source>&amp;Save account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="275"/>
        <source>%1 app %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="283"/>
        <source>Enter the app ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="285"/>
        <source>Paste the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="287"/>
        <source>Paste the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="288"/>
        <source>Paste the refresh token, the client ID and the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="313"/>
        <source>The details changed: test the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="330"/>
        <source>Checking with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/account_dialog.py" line="349"/>
        <source>Connected to %1. %n event templates found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="352"/>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="200"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="201"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="202"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="203"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="204"/>
        <location filename="../../app/ui/models/batch_model.py" line="275"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="205"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="206"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="207"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="208"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/batch_model.py" line="236"/>
        <source>%n rows: {rows}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="267"/>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/batch_model.py" line="269"/>
        <source>Retry in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="271"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="272"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="273"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="274"/>
        <source>Partly failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="276"/>
        <source>Not sent (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="369"/>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="371"/>
        <source>Batch {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="374"/>
        <source>{done} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="381"/>
        <source>{rate} rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/batch_model.py" line="388"/>
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
        <location filename="../../app/ui/views/file_step.py" line="86"/>
        <source>Drop area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="96"/>
        <source>Drop a spreadsheet here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="101"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="102"/>
        <source>Choose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="106"/>
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
        <location filename="../../app/ui/views/file_step.py" line="154"/>
        <source>Problem with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="159"/>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="161"/>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="178"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="180"/>
        <source>C&amp;hoose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="181"/>
        <source>Choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="188"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="190"/>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="193"/>
        <source>Find the header row &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="198"/>
        <source>Header is on row </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="199"/>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="202"/>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="212"/>
        <source>Text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="214"/>
        <source>How the letters of the file are stored. Change it if accents look wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="218"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="222"/>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="223"/>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="224"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="225"/>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="228"/>
        <source>Column separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="230"/>
        <source>Se&amp;parator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="258"/>
        <source>Rows and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="262"/>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="271"/>
        <source>What was adjusted while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="276"/>
        <source>First rows of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="300"/>
        <source>Which spreadsheet holds the events?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="314"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="341"/>
        <source>%1 is not a spreadsheet Event Loader can read. Save it as .xlsx or .csv and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="362"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="368"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="376"/>
        <source>Showing the first rows while the rest loads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="384"/>
        <source>Reading… %1 rows so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="436"/>
        <source>%1
The previous file, %2, is still loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/file_step.py" line="527"/>
        <source>%n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/file_step.py" line="528"/>
        <source>%n columns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="529"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="540"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/file_step.py" line="542"/>
        <source>%n rows ready</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="544"/>
        <source>Open a spreadsheet to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/file_step.py" line="564"/>
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
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <location filename="../../app/ui/main_window.py" line="387"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>Open a spreadsheet (Excel, OpenDocument or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="212"/>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>Use a mapping file saved earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>&amp;Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222"/>
        <source>Save the column mapping to reuse it or share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>&amp;About Event Loader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="235"/>
        <source>&amp;How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="241"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="243"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="252"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="255"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267"/>
        <source>&amp;Upload options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="270"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="400"/>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="403"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="406"/>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="409"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="411"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="460"/>
        <source>Finish or stop the upload before opening another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="477"/>
        <source>Open a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="479"/>
        <source>Spreadsheets (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="496"/>
        <source>Load a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="496"/>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="505"/>
        <source>Mapping not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="506"/>
        <source>%1 cannot be used as a mapping: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="535"/>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="535"/>
        <source>Mapping files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="544"/>
        <source>Mapping not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="545"/>
        <source>The mapping could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="550"/>
        <source>Mapping saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="559"/>
        <source>%1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="645"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="646"/>
        <source>Event Loader will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="666"/>
        <source>About Event Loader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="668"/>
        <source>&lt;h3&gt;Event Loader %1&lt;/h3&gt;&lt;p&gt;Turns a spreadsheet into timeline events in HubSpot or events in Pipeless: open a file, map its columns, check every row, then upload.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="678"/>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="680"/>
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
        <location filename="../../app/ui/models/mapping_model.py" line="316"/>
        <source>No column or fixed value gives this field a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="321"/>
        <source>The column “{column}” is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="329"/>
        <source>Matched by a similar name ({percent} % sure): check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="333"/>
        <source>Matched by name ({percent} % sure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="336"/>
        <source>Every sample converts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="349"/>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="352"/>
        <source>Fixed value: “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="380"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="381"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="382"/>
        <source>Comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="383"/>
        <source>Sample → value that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="384"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="402"/>
        <source>{label} (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="411"/>
        <source>{label} (or {others})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="425"/>
        <source>{source} → not sendable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="432"/>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="433"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="434"/>
        <source>Not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/mapping_model.py" line="445"/>
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
        <location filename="../../app/ui/views/mapping_step.py" line="91"/>
        <source>Which column goes into which field?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="95"/>
        <source>&amp;Auto-match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="96"/>
        <source>Auto-match columns by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="98"/>
        <source>Choose a column for every field not mapped yet, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="101"/>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="103"/>
        <source>Sa&amp;ve mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="116"/>
        <source>&amp;Use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="118"/>
        <source>&amp;Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="128"/>
        <source>Mapping warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="132"/>
        <source>Fields and their columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="142"/>
        <location filename="../../app/ui/views/mapping_step.py" line="458"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="146"/>
        <source>Column that feeds the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="154"/>
        <source>Fixed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="155"/>
        <location filename="../../app/ui/views/mapping_step.py" line="499"/>
        <source>The same value for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="160"/>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="168"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="169"/>
        <source>UTC, unless the date says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="177"/>
        <source>&amp;Match values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="178"/>
        <source>Match the column&apos;s values to the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="188"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="199"/>
        <source>&amp;Comes from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="200"/>
        <source>Fi&amp;xed value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="201"/>
        <source>&amp;Date format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="202"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="203"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="204"/>
        <source>Samples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="216"/>
        <location filename="../../app/ui/views/mapping_step.py" line="223"/>
        <source>Columns that will not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="239"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="342"/>
        <source>You mapped a file with the same columns on %1 (%2). Use that mapping again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="386"/>
        <source>Auto-match found a column for %n fields.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="438"/>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="439"/>
        <source>Fixed value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="460"/>
        <source>Select a field in the table to change where its value comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="489"/>
        <source>One of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="522"/>
        <source>%n file values are matched by hand; the others match option names by themselves.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="544"/>
        <source>Row %1: %2 → not sendable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="546"/>
        <source>Row %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="551"/>
        <source>No value: choose a column or a fixed value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="553"/>
        <source>The column is empty in the first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="664"/>
        <source>Choose a file and a destination first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="667"/>
        <source>%n columns will not be imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="674"/>
        <source>The column “%1” feeds several fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="682"/>
        <source>This file has no column %1: the fields it fed were cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="694"/>
        <source>%n required fields are not mapped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="699"/>
        <source>%n fields need a check; the others are ready.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/mapping_step.py" line="702"/>
        <source>Every required field is mapped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="30"/>
        <source>Upload options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="33"/>
        <source>The automatic values follow each service&apos;s limits. Change them only if your account allows more requests, or the network is slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="40"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="41"/>
        <source> events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="43"/>
        <source>Events per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="47"/>
        <source>Requests at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="49"/>
        <source>&amp;Events per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/options_dialog.py" line="50"/>
        <source>&amp;Requests at once:</source>
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
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="304"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="306"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="310"/>
        <source>Field {target} of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="362"/>
        <source>The same event as row {row}: it is sent once, from row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="443"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="445"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/preview_model.py" line="447"/>
        <source>Duplicate of row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/preview_model.py" line="453"/>
        <source>%n problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="101"/>
        <location filename="../../app/ui/views/preview_step.py" line="233"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="113"/>
        <source>Back to &amp;Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="121"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="128"/>
        <source>&amp;Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="131"/>
        <source>Show only rows that will not be sent (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="144"/>
        <source>Converted rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="160"/>
        <source>Event that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="166"/>
        <source>Event that will be sent, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="173"/>
        <location filename="../../app/ui/views/preview_step.py" line="584"/>
        <source>E&amp;xclude row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="178"/>
        <source>Save problem &amp;rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="182"/>
        <source>Save the rows that will not be sent as a file to fix and open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="241"/>
        <source>Open a file and map its columns first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_step.py" line="268"/>
        <source>Upload %Ln rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_step.py" line="309"/>
        <source>Checking %Ln rows…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="332"/>
        <source>The rows could not be checked: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_step.py" line="399"/>
        <location filename="../../app/ui/views/preview_step.py" line="419"/>
        <source>%Ln ready</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_step.py" line="404"/>
        <location filename="../../app/ui/views/preview_step.py" line="445"/>
        <source>%Ln excluded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="420"/>
        <source>Show every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="429"/>
        <source>Show only the rows with this problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_step.py" line="434"/>
        <source>and %Ln rows with other problems (Problems only shows them)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="507"/>
        <source>The file has no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="511"/>
        <source>No row can be sent: every row has a problem. This usually means a column is mapped to the wrong field or a date format does not match. Go back to Mapping and check the fields marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_step.py" line="522"/>
        <source>All %Ln rows are ready.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="559"/>
        <source>Row {row}: not sent, because of these problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="566"/>
        <source>Row {row}: not sent, the same event as row {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="573"/>
        <source>Row {row}: event that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="582"/>
        <source>Include &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="615"/>
        <source>Save problem rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="617"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_step.py" line="638"/>
        <source>%Ln rows saved to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/preview_step.py" line="646"/>
        <source>Could not save the rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsStep</name>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="175"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="176"/>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="177"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="178"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="179"/>
        <source>With problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="180"/>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="200"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="201"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="202"/>
        <source>Event template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="203"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="204"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="213"/>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="217"/>
        <source>Save &amp;error file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="221"/>
        <source>The failed rows with their columns, row number and reason; fix them and open the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="228"/>
        <source>Save &amp;success file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="232"/>
        <source>The rows that went, with their event ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="235"/>
        <source>Re&amp;try failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="238"/>
        <source>&amp;Fix failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="241"/>
        <source>Open Preview showing only the rows that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="245"/>
        <source>&amp;Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="293"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="298"/>
        <source>Reading the results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="315"/>
        <source>Stop sending?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="316"/>
        <source>Failed rows are being sent again. Stop and close? Rows that went stay sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="334"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="340"/>
        <source>The results cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="364"/>
        <location filename="../../app/ui/views/results_step.py" line="366"/>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/results_step.py" line="370"/>
        <source>All %Ln events were added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="374"/>
        <source>Nothing new to add: every row was already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="380"/>
        <source>{sent} {noun} were added; {left} rows were not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="386"/>
        <source>{sent} {noun} were added; {failed} rows failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/results_step.py" line="405"/>
        <source>Re&amp;try %Ln failed rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/results_step.py" line="422"/>
        <source>%Ln rows failed for one reason: {reason}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/results_step.py" line="426"/>
        <source>%Ln rows: {reason}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/results_step.py" line="434"/>
        <source>%Ln rows: other reasons (see the error file)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="450"/>
        <source>HubSpot timeline, app {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="454"/>
        <source>Pipeless, app {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="460"/>
        <source>(built-in sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="492"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="499"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="500"/>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="513"/>
        <source>Save error file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="514"/>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="531"/>
        <source>Save success file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="532"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="549"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="554"/>
        <source>Could not save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="580"/>
        <source>Getting ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="596"/>
        <source>Could not send the rows again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/results_step.py" line="612"/>
        <source>Sending stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/results_step.py" line="622"/>
        <source>Showing the %Ln rows the destination refused, with their reasons in the error file. Fix them in the spreadsheet, then open it again: rows that went are not sent twice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Resume</name>
    <message>
        <location filename="../../app/ui/resume.py" line="107"/>
        <source>Stopped at batch {n}. Resume?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="111"/>
        <source>An upload did not finish. Resume?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="113"/>
        <source>Uploading {file} stopped on {when}: {sent} rows went, {left} are still to send. Resuming sends only those; nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="120"/>
        <source>Unfinished upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="124"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="127"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="130"/>
        <source>&amp;Don&apos;t resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="219"/>
        <source>Opening {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="234"/>
        <source>Cannot resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="235"/>
        <source>The upload cannot be resumed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="56"/>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="73"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="58"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/account_dialog.py" line="73"/>
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
        <location filename="../../app/ui/dialogs/template_dialog.py" line="139"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="139"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="139"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="139"/>
        <source>List of options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="143"/>
        <source>Token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="165"/>
        <source>Enter the template ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="180"/>
        <source>Token %1 is a list of options: enter them as label=value, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/template_dialog.py" line="196"/>
        <source>Template %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadStep</name>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="54"/>
        <source>{dest} refused this access token (mistyped, revoked or another account). Paste a fresh one in Destination, then upload again: rows that went are not sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="60"/>
        <source>{dest} refused the upload: this account may not add these events (a missing permission or scope). Check the app&apos;s settings in {dest}, then upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="66"/>
        <source>{dest} no longer knows this event template (deleted, or another app). Choose the template again in Destination, then upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="72"/>
        <source>{dest} does not know this app id. Check the app id in Destination, then upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="77"/>
        <source>{dest}&apos;s daily limit is reached. Upload the rest tomorrow: the rows that went stay, and nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="82"/>
        <source>{dest} stopped the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="144"/>
        <source>Send &amp;test batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="147"/>
        <source>Send &amp;all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="150"/>
        <source>Send the &amp;rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="154"/>
        <location filename="../../app/ui/views/upload_step.py" line="484"/>
        <location filename="../../app/ui/views/upload_step.py" line="592"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="157"/>
        <location filename="../../app/ui/views/upload_step.py" line="704"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="161"/>
        <source>Send no more batches; rows that went stay sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="173"/>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="181"/>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="237"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="261"/>
        <source>Getting the upload ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="276"/>
        <source>See results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="291"/>
        <location filename="../../app/ui/views/upload_step.py" line="512"/>
        <source>Stop the upload?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="292"/>
        <source>An upload is running. Close Event Loader and stop it? Rows that went stay sent; the rest can be resumed when you open Event Loader again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="347"/>
        <source>Nothing left to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="349"/>
        <source>Every ready row of this file already went to {dest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/upload_step.py" line="356"/>
        <source>Ready to send %Ln rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="361"/>
        <source>The rows go to {dest} as “{name}” events in one batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="365"/>
        <source>The rows go to {dest} as “{name}” events in {batches} batches of up to {size}. Send the first batch ({first} rows), check it in {dest}, then continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="372"/>
        <source>The rows go to {dest} in one batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="374"/>
        <source>The rows go to {dest} in {batches} batches of up to {size}. Send the first batch ({first} rows), check it in {dest}, then continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="380"/>
        <source>The rows go to {dest} as “{name}” events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="384"/>
        <source>The rows go to {dest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="398"/>
        <source>This upload stopped before the end. {done} rows already went and are not sent again; the other {left} go now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/upload_step.py" line="406"/>
        <source>Send &amp;all %Ln rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="410"/>
        <source>Ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="415"/>
        <location filename="../../app/ui/views/upload_step.py" line="450"/>
        <location filename="../../app/ui/views/upload_step.py" line="472"/>
        <location filename="../../app/ui/views/upload_step.py" line="485"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="421"/>
        <source>The upload cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="448"/>
        <source>Sending the test batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="489"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="491"/>
        <source>Paused: batches already on their way finish, then it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="513"/>
        <source>{left} rows have not been sent yet. Stop now? Rows that went stay in {dest}; you can send the rest later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="524"/>
        <source>Stopping: waiting for batches already on their way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="551"/>
        <source>{dest} asked us to slow down. Resuming in {s} s; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="598"/>
        <source>The test batch went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="601"/>
        <source>{sent} rows (spreadsheet rows {rows}) are in {dest}. Check one of them on a timeline there, then send the other {left} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/upload_step.py" line="613"/>
        <source>Send the &amp;rest (%Ln rows)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="637"/>
        <source>{dest} stopped the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="643"/>
        <source>The upload stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="646"/>
        <source>{message} The rows that went are recorded; you can resume later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="651"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="654"/>
        <source>{sent} rows went to {dest}. The other {left} rows were not sent; open this file again later to send them (nothing is sent twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="664"/>
        <source>Done, with some rows refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="667"/>
        <location filename="../../app/ui/views/upload_step.py" line="719"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="671"/>
        <location filename="../../app/ui/views/upload_step.py" line="677"/>
        <source>{done} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="702"/>
        <source>&amp;Stop here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="718"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="720"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="721"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="741"/>
        <source>{dest} asked us to slow down; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="744"/>
        <source>No answer this time ({why}); trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/upload_step.py" line="748"/>
        <source>%n rows refused; see the results.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="752"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/upload_step.py" line="754"/>
        <source>Not sent: the upload was stopped.</source>
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
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="87"/>
        <source>%1 (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="89"/>
        <source>(none: the row is flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/value_map_dialog.py" line="98"/>
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
    <message numerus="yes">
        <location filename="../../app/ui/wording.py" line="79"/>
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/wording.py" line="82"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/wording.py" line="84"/>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../app/ui/workers.py" line="39"/>
        <source>The file {name} was not found. Check that it still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="43"/>
        <source>Event Loader may not open {name}. Close it in other programs or pick another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="48"/>
        <source>Could not use {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="52"/>
        <source>The computer ran out of memory. Close other programs or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="59"/>
        <source>Something went wrong ({kind}: {text}). Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="62"/>
        <source>Something went wrong ({kind}). Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
