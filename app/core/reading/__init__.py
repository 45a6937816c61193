"""Reading: a marketer's file (workbook or text export) turned into a header and rows of values.

The data flow starts here. ``sheet`` is the entry point (``read_sheet``, ``read_preview``);
the readers per format (``sheet_workbook`` with python-calamine, ``sheet_csv`` for text exports,
``sheet_xlsx_stream`` for a fast first page, ``sheet_ods`` for what calamine leaves out) hand
raw rows to ``sheet_build``, which finds the header (``sheet_headers``) and bounds what a
hostile file may cost. ``sheet_choice`` picks the sheet that holds the data, ``sheet_files``
checks a file before it is parsed, and ``sheet_types`` holds the data types they all return.
Nothing here knows about destinations or uploads.
"""
