"""Reports: every row of an upload or a check with its status, as a file a marketer opens in Excel.

``report`` writes the full report (.csv or .xlsx, formula-safe), ``report_csv`` the fast CSV
writer it uses block by block, ``report_xlsx`` the .xlsx writer (XlsxWriter, rows streamed in
order), ``cells`` the rules both formats share (formula triggers, Excel's limits), and
``fix_file`` the file of rows to fix and load again. They read the journal's outcomes and the
conversion's problems; they send nothing.
"""
