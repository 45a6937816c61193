<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name />
    <message numerus="yes">
        <location filename="../../app/ui/workers.py" line="43" />
        <source>workers</source>
        <comment>Event Loader may not open {name}. Close it in other programs or pick another place.</comment>
        <translation>
            <numerusform>workers</numerusform><numerusform>workers</numerusform></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/account_dialog.py" line="340" />
        <source>Connected to %1. %n event templates found.</source>
        <translation>
            <numerusform>Connected to %1. %n event template found.</numerusform><numerusform>Connected to %1. %n event templates found.</numerusform></translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/batch_model.py" line="224" />
        <source>%n rows: {rows}</source>
        <translation>
            <numerusform>%n rows: {rows}</numerusform><numerusform>%n rows: {rows}</numerusform></translation>
    </message>
</context>
<context>
    <name>DestinationStep</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/destination_step.py" line="565" />
        <source>%1 · %2 · %n tokens</source>
        <translation>
            <numerusform>%1 · %2 · %n token</numerusform><numerusform>%1 · %2 · %n tokens</numerusform></translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/file_step.py" line="516" />
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/file_step.py" line="517" />
        <source>%n columns</source>
        <translation>
            <numerusform>%n column</numerusform><numerusform>%n columns</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/file_step.py" line="531" />
        <source>%n rows ready</source>
        <translation>
            <numerusform>%n row ready</numerusform><numerusform>%n rows ready</numerusform></translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="382" />
        <source>Auto-match found a column for %n fields.</source>
        <translation>
            <numerusform>Auto-match found a column for %n field.</numerusform><numerusform>Auto-match found a column for %n fields.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="508" />
        <source>%n file values are matched by hand; the others match option names by themselves.</source>
        <translation>
            <numerusform>%n file value is matched by hand; the others match option names by themselves.</numerusform><numerusform>%n file values are matched by hand; the others match option names by themselves.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="653" />
        <source>%n columns will not be imported</source>
        <translation>
            <numerusform>%n column will not be imported</numerusform><numerusform>%n columns will not be imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="673" />
        <source>%n required fields are not mapped</source>
        <translation>
            <numerusform>%n required field is not mapped</numerusform><numerusform>%n required fields are not mapped</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="678" />
        <source>%n fields need a check; the others are ready.</source>
        <translation>
            <numerusform>%n field needs a check; the others are ready.</numerusform><numerusform>%n fields need a check; the others are ready.</numerusform></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/preview_model.py" line="388" />
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform><numerusform>%n problems</numerusform></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="40" />
        <source>%n empty rows were skipped.</source>
        <translation>
            <numerusform>%n empty row was skipped.</numerusform><numerusform>%n empty rows were skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/messages.py" line="51" />
        <source>%n rows have more or fewer cells than there are headers; they were padded or cut.</source>
        <translation>
            <numerusform>%n row has more or fewer cells than there are headers; it was padded or cut.</numerusform><numerusform>%n rows have more or fewer cells than there are headers; they were padded or cut.</numerusform></translation>
    </message>
</context>
</TS>