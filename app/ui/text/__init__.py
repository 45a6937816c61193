"""The window's words for the core's codes, one module per subject.

The core returns stable codes with parameters; the sentences a marketer reads, and their
translation, live here. Each text is a whole sentence in one ``translate`` call (no stitched
fragments), with ``{name}`` placeholders filled after translation so translators can move them.

- ``problems``: conversion problems, from the core's registry (``app.core.conversion.problems``)
- ``reading``: what the reader changed or skipped; a sheet without rows
- ``sheet``: a spreadsheet that cannot be read
- ``api_errors``: a destination's API refusing a request
- ``targets``: the destinations' own fields, as Mapping names them
- ``upload``: an upload the service stopped; rows that failed
- ``program_errors``: files, mapping files and the journal
"""
