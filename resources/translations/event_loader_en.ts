<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/account_dialog.py" line="370" />
        <source>Connected to %1. %n event templates found.</source>
        <translation>
            <numerusform>Connected to %1. %n event template found.</numerusform><numerusform>Connected to %1. %n event templates found.</numerusform></translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/batch_model.py" line="287" />
        <source>%n rows: {rows}</source>
        <translation>
            <numerusform>%n row: {rows}</numerusform><numerusform>%n rows: {rows}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/batch_model.py" line="321" />
        <location filename="../../app/ui/views/upload_panels.py" line="257" />
        <source>Retry in %n s</source>
        <translation>
            <numerusform>Retry in %n s</numerusform><numerusform>Retry in %n s</numerusform></translation>
    </message>
</context>
<context>
    <name>DestinationStep</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/destination_step.py" line="639" />
        <source>%1 · %2 · %n tokens</source>
        <translation>
            <numerusform>%1 · %2 · %n token</numerusform><numerusform>%1 · %2 · %n tokens</numerusform></translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message numerus="yes">
        <location filename="../../app/core/destinations/hubspot_events.py" line="245" />
        <source>%1 · %2 · %3 · %n properties</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n property</numerusform><numerusform>%1 · %2 · %3 · %n properties</numerusform></translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/file_step.py" line="365" />
        <source>Reading… %Ln rows so far</source>
        <translation>
            <numerusform>Reading… %Ln row so far</numerusform><numerusform>Reading… %Ln rows so far</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/file_step.py" line="521" />
        <location filename="../../app/ui/views/file_step.py" line="539" />
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform><numerusform>%Ln rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/file_step.py" line="522" />
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln column</numerusform><numerusform>%Ln columns</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/history_model.py" line="45" />
        <source>Nothing is left to send; %Ln rows failed, each with its reason in the report.</source>
        <translation>
            <numerusform>Nothing is left to send; %Ln row failed, with its reason in the report.</numerusform><numerusform>Nothing is left to send; %Ln rows failed, each with its reason in the report.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/history_model.py" line="59" />
        <source>%Ln rows were not sent yet. Resume sends them (so does opening the same file with the same mapping and destination); rows that went are not sent twice.</source>
        <translation>
            <numerusform>%Ln row was not sent yet. Resume sends it (so does opening the same file with the same mapping and destination); rows that went are not sent twice.</numerusform><numerusform>%Ln rows were not sent yet. Resume sends them (so does opening the same file with the same mapping and destination); rows that went are not sent twice.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/history_model.py" line="88" />
        <source>%Ln rows with problems or duplicates</source>
        <translation>
            <numerusform>%Ln row with a problem or a duplicate</numerusform><numerusform>%Ln rows with problems or duplicates</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/history_model.py" line="94" />
        <source>%Ln rows left out</source>
        <translation>
            <numerusform>%Ln row left out</numerusform><numerusform>%Ln rows left out</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/history_model.py" line="98" />
        <source>%Ln rows already there</source>
        <translation>
            <numerusform>%Ln row already there</numerusform><numerusform>%Ln rows already there</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/history_model.py" line="104" />
        <source>%Ln rows still to send</source>
        <translation>
            <numerusform>%Ln row still to send</numerusform><numerusform>%Ln rows still to send</numerusform></translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="334" />
        <source>Auto-match found a column for %n fields.</source>
        <translation>
            <numerusform>Auto-match found a column for %n field.</numerusform><numerusform>Auto-match found a column for %n fields.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="431" />
        <source>%n file values are matched by hand; the others match option names by themselves.</source>
        <translation>
            <numerusform>%n file value is matched by hand; the others match option names by themselves.</numerusform><numerusform>%n file values are matched by hand; the others match option names by themselves.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="627" />
        <source>%n columns will not be imported</source>
        <translation>
            <numerusform>%n column will not be imported</numerusform><numerusform>%n columns will not be imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="654" />
        <source>%n required fields are not mapped</source>
        <translation>
            <numerusform>%n required field is not mapped</numerusform><numerusform>%n required fields are not mapped</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/mapping_step.py" line="659" />
        <source>%n fields need a check; the others are ready.</source>
        <translation>
            <numerusform>%n field needs a check; the others are ready.</numerusform><numerusform>%n fields need a check; the others are ready.</numerusform></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/preview_model.py" line="670" />
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform><numerusform>%n problems</numerusform></translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_controller.py" line="278" />
        <source>Up&amp;load %Ln rows</source>
        <translation>
            <numerusform>Up&amp;load %Ln row</numerusform><numerusform>Up&amp;load %Ln rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_controller.py" line="181" />
        <source>Checking %Ln rows…</source>
        <translation>
            <numerusform>Checking %Ln row…</numerusform><numerusform>Checking %Ln rows…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_controller.py" line="265" />
        <location filename="../../app/ui/views/preview_panels.py" line="67" />
        <source>%Ln ready</source>
        <translation>
            <numerusform>%Ln ready</numerusform><numerusform>%Ln ready</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_controller.py" line="270" />
        <location filename="../../app/ui/views/preview_panels.py" line="93" />
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln excluded</numerusform><numerusform>%Ln excluded</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_panels.py" line="82" />
        <source>and %Ln rows with other problems (Problems only shows them)</source>
        <translation>
            <numerusform>and %Ln row with other problems (Problems only shows it)</numerusform><numerusform>and %Ln rows with other problems (Problems only shows them)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_controller.py" line="256" />
        <source>All %Ln rows are ready.</source>
        <translation>
            <numerusform>The %Ln row is ready.</numerusform><numerusform>All %Ln rows are ready.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_panels.py" line="195" />
        <source>%Ln cells edited here (the file is unchanged)</source>
        <translation>
            <numerusform>%Ln cell edited here (the file is unchanged)</numerusform><numerusform>%Ln cells edited here (the file is unchanged)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/preview_step.py" line="392" />
        <source>%Ln rows saved to {path}</source>
        <translation>
            <numerusform>%Ln row saved to {path}</numerusform><numerusform>%Ln rows saved to {path}</numerusform></translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="169" />
        <source>%Ln cells will change.</source>
        <translation>
            <numerusform>%Ln cell will change.</numerusform><numerusform>%Ln cells will change.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="177" />
        <source>&amp;Replace %Ln cells</source>
        <translation>
            <numerusform>&amp;Replace %Ln cell</numerusform><numerusform>&amp;Replace %Ln cells</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/replace_dialog.py" line="207" />
        <source>%Ln cells replaced. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%Ln cell replaced. Ctrl+Z undoes it.</numerusform><numerusform>%Ln cells replaced. Ctrl+Z undoes it.</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsStep</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/results_step.py" line="339" />
        <source>Re&amp;try %Ln failed rows</source>
        <translation>
            <numerusform>Re&amp;try %Ln failed row</numerusform><numerusform>Re&amp;try %Ln failed rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/results_wording.py" line="44" />
        <source>%Ln rows failed for one reason: {reason}</source>
        <translation>
            <numerusform>%Ln row failed: {reason}</numerusform><numerusform>%Ln rows failed for one reason: {reason}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="125" />
        <source>Nothing new to add: all %Ln rows were already in {dest}</source>
        <translation>
            <numerusform>Nothing new to add: the row was already in {dest}</numerusform><numerusform>Nothing new to add: all %Ln rows were already in {dest}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="129" />
        <source>All %Ln rows are in {dest}</source>
        <translation>
            <numerusform>The row is in {dest}</numerusform><numerusform>All %Ln rows are in {dest}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="131" />
        <source>None of the %Ln rows is in {dest}</source>
        <translation>
            <numerusform>The row is not in {dest}</numerusform><numerusform>None of the %Ln rows is in {dest}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="135" />
        <source>%Ln of {total} rows are in {dest}</source>
        <translation>
            <numerusform>%Ln of {total} rows is in {dest}</numerusform><numerusform>%Ln of {total} rows are in {dest}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="141" />
        <source>%Ln need fixing</source>
        <translation>
            <numerusform>%Ln needs fixing</numerusform><numerusform>%Ln need fixing</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="145" />
        <source>%Ln to send again</source>
        <translation>
            <numerusform>%Ln to send again</numerusform><numerusform>%Ln to send again</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="149" />
        <location filename="../../app/ui/results_summary.py" line="183" />
        <source>%Ln not sent yet</source>
        <translation>
            <numerusform>%Ln not sent yet</numerusform><numerusform>%Ln not sent yet</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="153" />
        <location filename="../../app/ui/results_summary.py" line="175" />
        <source>%Ln already there</source>
        <translation>
            <numerusform>%Ln already there</numerusform><numerusform>%Ln already there</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="157" />
        <location filename="../../app/ui/results_summary.py" line="182" />
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln excluded</numerusform><numerusform>%Ln excluded</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="174" />
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln sent</numerusform><numerusform>%Ln sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="178" />
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform><numerusform>%Ln failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="179" />
        <source>%Ln with problems</source>
        <translation>
            <numerusform>%Ln with problems</numerusform><numerusform>%Ln with problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/results_summary.py" line="241" />
        <source>Rows {rows} and %Ln more</source>
        <translation>
            <numerusform>Rows {rows} and %Ln more</numerusform><numerusform>Rows {rows} and %Ln more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/results_wording.py" line="49" />
        <location filename="../../app/ui/results_summary.py" line="248" />
        <source>%Ln rows: {reason}</source>
        <translation>
            <numerusform>%Ln row: {reason}</numerusform><numerusform>%Ln rows: {reason}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/results_widgets.py" line="210" />
        <source>%Ln rows: other reasons (listed in the file of rows to fix)</source>
        <translation>
            <numerusform>%Ln row: another reason (listed in the file of rows to fix)</numerusform><numerusform>%Ln rows: other reasons (listed in the file of rows to fix)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/results_step.py" line="570" />
        <source>Showing the %Ln rows the destination refused; Save rows to fix writes them with their reasons. Fix them in the spreadsheet, then open it again: rows that went are not sent twice.</source>
        <translation>
            <numerusform>Showing the %Ln row the destination refused; Save rows to fix writes it with its reason. Fix it in the spreadsheet, then open it again: rows that went are not sent twice.</numerusform><numerusform>Showing the %Ln rows the destination refused; Save rows to fix writes them with their reasons. Fix them in the spreadsheet, then open it again: rows that went are not sent twice.</numerusform></translation>
    </message>
</context>
<context>
    <name>UploadStep</name>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_controller.py" line="189" />
        <source>Ready to send %Ln rows</source>
        <translation>
            <numerusform>Ready to send %Ln row</numerusform><numerusform>Ready to send %Ln rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/upload_panels.py" line="122" />
        <source>Send &amp;all %Ln rows</source>
        <translation>
            <numerusform>Send &amp;all (%Ln row)</numerusform><numerusform>Send &amp;all %Ln rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/upload_panels.py" line="140" />
        <source>Send the &amp;rest (%Ln rows)</source>
        <translation>
            <numerusform>Send the &amp;rest (%Ln row)</numerusform><numerusform>Send the &amp;rest (%Ln rows)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="85" />
        <source>%n rows added to {dest}.</source>
        <translation>
            <numerusform>%n row added to {dest}.</numerusform><numerusform>%n rows added to {dest}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="90" />
        <source>Sending %n rows again…</source>
        <translation>
            <numerusform>Sending %n row again…</numerusform><numerusform>Sending %n rows again…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="91" />
        <source>Sending %n rows…</source>
        <translation>
            <numerusform>Sending %n row…</numerusform><numerusform>Sending %n rows…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="95" />
        <source>%n rows refused; see the results.</source>
        <translation>
            <numerusform>%n row refused; see the results.</numerusform><numerusform>%n rows refused; see the results.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="228" />
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform><numerusform>%Ln waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="229" />
        <source>%Ln sending</source>
        <translation>
            <numerusform>%Ln sending</numerusform><numerusform>%Ln sending</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="230" />
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln sent</numerusform><numerusform>%Ln sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="231" />
        <source>%Ln waiting to retry</source>
        <translation>
            <numerusform>%Ln waiting to retry</numerusform><numerusform>%Ln waiting to retry</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="234" />
        <source>%Ln partly failed</source>
        <translation>
            <numerusform>%Ln partly failed</numerusform><numerusform>%Ln partly failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="237" />
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform><numerusform>%Ln failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="238" />
        <source>%Ln not sent (stopped)</source>
        <translation>
            <numerusform>%Ln not sent (stopped)</numerusform><numerusform>%Ln not sent (stopped)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="248" />
        <source>%Ln batches: {counts}.</source>
        <translation>
            <numerusform>%Ln batch: {counts}.</numerusform><numerusform>%Ln batches: {counts}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/controllers/upload_wording.py" line="255" />
        <source>each square: %n batches</source>
        <translation>
            <numerusform>each square: %n batch</numerusform><numerusform>each square: %n batches</numerusform></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <location filename="../../app/ui/text/reading.py" line="41" />
        <source>%n empty rows were skipped.</source>
        <translation>
            <numerusform>%n empty row was skipped.</numerusform><numerusform>%n empty rows were skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/text/reading.py" line="51" />
        <source>The file mixes text encodings: %n lines were read as {fallback} instead of {encoding}. Check their accented letters.</source>
        <translation>
            <numerusform>The file mixes text encodings: %n line was read as {fallback} instead of {encoding}. Check its accented letters.</numerusform><numerusform>The file mixes text encodings: %n lines were read as {fallback} instead of {encoding}. Check their accented letters.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/text/reading.py" line="59" />
        <source>%n characters could not be read as {encoding} and were replaced. If text looks wrong, choose another encoding.</source>
        <translation>
            <numerusform>%n character could not be read as {encoding} and was replaced. If text looks wrong, choose another encoding.</numerusform><numerusform>%n characters could not be read as {encoding} and were replaced. If text looks wrong, choose another encoding.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/text/reading.py" line="74" />
        <source>%n invisible null characters were removed from the file.</source>
        <translation>
            <numerusform>%n invisible null character was removed from the file.</numerusform><numerusform>%n invisible null characters were removed from the file.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/text/reading.py" line="82" />
        <source>%n rows have more or fewer cells than there are headers; they were padded or cut.</source>
        <translation>
            <numerusform>%n row has more or fewer cells than there are headers; it was padded or cut.</numerusform><numerusform>%n rows have more or fewer cells than there are headers; they were padded or cut.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/text/reading.py" line="90" />
        <source>The column names are on row {header_row}; %n rows above them were skipped as not data (rows {rows}). If the table starts higher, choose the header row.</source>
        <translation>
            <numerusform>The column names are on row {header_row}; %n row above them was skipped as not data (row {rows}). If the table starts higher, choose the header row.</numerusform><numerusform>The column names are on row {header_row}; %n rows above them were skipped as not data (rows {rows}). If the table starts higher, choose the header row.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/text/problems.py" line="78" />
        <source>{items} … (%n more)</source>
        <translation>
            <numerusform>{items} … (%n more)</numerusform><numerusform>{items} … (%n more)</numerusform></translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message numerus="yes">
        <location filename="../../app/ui/wording.py" line="132" />
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/wording.py" line="135" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
</context>
</TS>