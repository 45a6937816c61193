"""The "rows to fix" file: every row an upload did not deliver because of the row itself.

After an upload two kinds of rows are left to fix: rows the checks refused before sending
(``invalid``: a bad email, an unclear date …) and rows the destination refused or that could not
be delivered (``failed``). A marketer fixes both in the same place, so they go in one file, each
with its reason, in file order. The file is a report (``report.write_report``) of those rows only:
a ``Row`` column with the spreadsheet row number, the original columns, then ``Status``, ``Error``
and ``Event ID``. The original columns keep their names, so the file loads again in Event Loader
with the same mapping, and rows that went since are never sent twice (event ids come from the
rows' content).

Cells fixed in the window are written as fixed (the file is what the user saw), and the
``Edited in Event Loader`` column names them, so the fix can be carried back to the original.
Rows the user excluded on purpose are left out: they were not meant to go.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable
from pathlib import Path

from app.core.conversion.edits import EditMap, RowFixer, edit_note, iter_edits
from app.core.conversion.mapping import Mapping
from app.core.reading.sheet import SheetData
from app.core.reports.report import STATUS_FAILED, STATUS_INVALID, ReportRow, write_report

FIX_STATUSES = frozenset({STATUS_FAILED, STATUS_INVALID})


def rows_to_fix(lines: Iterable[ReportRow], excluded: Collection[int] = ()) -> list[ReportRow]:
    """Return the failed and invalid lines of a report, minus the rows the user excluded."""
    return [line for line in lines if line.status in FIX_STATUSES and line.index not in excluded]


def sheet_part(sheet: SheetData, indices: list[int]) -> SheetData:
    """Return a sheet holding only the data rows ``indices``, with their own row numbers."""
    return dataclasses.replace(
        sheet,
        rows=[sheet.rows[i] for i in indices],
        row_numbers=[sheet.row_numbers[i] for i in indices],
    )


def write_rows_to_fix(
    path: str | Path,
    sheet: SheetData,
    lines: Iterable[ReportRow],
    *,
    excluded: Collection[int] = (),
    mapping: Mapping | None = None,
    edits: EditMap | None = None,
) -> int:
    """Write the rows to fix of a report (.xlsx or .csv, by extension); return how many.

    ``lines`` is the whole upload's report (``upload_plan.upload_report_rows``); ``edits`` and
    ``mapping`` give the cells fixed in the window, written with their fix.
    """
    chosen = rows_to_fix(lines, excluded)
    indices = [line.index for line in chosen]
    part = sheet_part(sheet, indices)
    if edits and mapping is not None:
        fixer = RowFixer(sheet, mapping)
        rows = list(part.rows)
        for k, index in enumerate(indices):
            if index in edits:
                rows[k] = fixer.edited_row(index, edits)
                if not chosen[k].edited:
                    note = edit_note(iter_edits({index: edits[index]}))
                    chosen[k] = dataclasses.replace(chosen[k], edited=note)
        part = dataclasses.replace(part, rows=rows)
    renumbered = [dataclasses.replace(line, index=k) for k, line in enumerate(chosen)]
    write_report(path, part, renumbered)
    return len(renumbered)
