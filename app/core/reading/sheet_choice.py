"""Choose the sheet of a workbook that holds the data, when the user has not named one.

Marketers' workbooks often open on a notes or cover sheet ("Read me", "How to use this export")
with the table on the next sheet. Taking the first sheet that holds anything opened such a file
on its notes ("0 rows · 1 column") and let an empty upload go on. The rule, shared by the window
and the command line:

1. the visible worksheets are candidates, in workbook order (hidden and chart sheets only when
   there is nothing else);
2. a candidate counts when its header row has at least one data row below it;
3. with a mapping, the counted sheet whose header holds most of the mapped columns wins (the
   first in order on a tie);
4. otherwise the first counted sheet of two columns or more wins (a notes sheet of a few lines
   reads as a one-column table), then the first counted sheet; when none counts, the first
   sheet that holds anything (it reads as 0 rows, and the window says why it cannot go on);
5. a workbook where every sheet is empty has no choice: the reader calls it empty.

Each candidate is looked at through its first rows only (the streaming reader of an .xlsx, so
a workbook of 1,024 empty sheets is answered in a fraction of a second).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError
from zipfile import BadZipFile

from app.core.reading.sheet_build import RawSheet, build_sheet
from app.core.reading.sheet_files import check_workbook_container, read_head
from app.core.reading.sheet_types import SheetError
from app.core.reading.sheet_workbook import (
    can_stream_first_page,
    normalise_calamine_row,
    open_workbook,
    translate_error,
    visible_sheet_names,
)
from app.core.reading.sheet_xlsx_stream import XlsxStream

_STREAM_ERRORS = (
    KeyError,
    ParseError,
    BadZipFile,
    ValueError,
    EOFError,
    RuntimeError,
    OSError,
    zlib.error,
)
# Rows holding something read per sheet: the header search window (30) and a data row. Empty
# rows do not count, so a table below a hundred blank formatted rows is still seen.
PROBE_FILLED_ROWS = 32


@dataclass(frozen=True, slots=True)
class SheetProbe:
    """What the first rows of one sheet showed."""

    name: str
    headers: tuple[str, ...]  # () when the sheet is empty or has no header
    has_data: bool
    filled: bool = True  # holds at least one cell (False: an empty sheet)


def choose_sheet(
    path: Path,
    *,
    header_row: int | None = None,
    prefer_columns: Sequence[str] = (),
) -> str | None:
    """Return the name of the sheet to read, or None when every candidate is empty.

    ``header_row`` is the user's choice (None: detected); ``prefer_columns`` are the columns a
    mapping reads. Raises ``SheetError`` only for a file that cannot be opened at all.
    """
    probes = probe_sheets(path, header_row=header_row)
    with_data = [p for p in probes if p.has_data]
    if prefer_columns and with_data:
        wanted = {c.strip().casefold() for c in prefer_columns}

        def held(probe: SheetProbe) -> int:
            return sum(1 for h in probe.headers if h.strip().casefold() in wanted)

        best = max(with_data, key=held)  # max keeps the first of equals: workbook order
        if held(best):
            return best.name
    # A notes sheet of a few sentences reads as a one-column table; a table of two columns or
    # more is the likelier data, so it wins over a one-column sheet before it.
    tables = [p for p in with_data if len(p.headers) >= 2]
    if tables or with_data:
        return (tables or with_data)[0].name
    # No sheet has data rows: the first with a header, else the first that holds anything
    # (its read then says what is wrong with it, such as a header row out of range).
    fallback = [p for p in probes if p.headers] or [p for p in probes if p.filled]
    return fallback[0].name if fallback else None


def probe_sheets(path: Path, *, header_row: int | None = None) -> list[SheetProbe]:
    """Look at the first rows of every candidate sheet (visible worksheets first)."""
    if can_stream_first_page(path):
        return _probe_xlsx(path, header_row)
    return _probe_with_calamine(path, header_row)


def _probe(path: Path, name: str, rows: list[list[Any]], header_row: int | None) -> SheetProbe:
    """Find the header and the first data row among ``rows`` (already reader values)."""
    raw = RawSheet(path=path, rows=iter(rows), sheet_name=name)
    try:
        data = build_sheet(raw, header_row=header_row, limit=1)
    except SheetError:
        filled = any(v is not None and v != "" for row in rows for v in row)
        return SheetProbe(name, (), False, filled)
    return SheetProbe(name, tuple(data.headers), bool(data.rows))


def _probe_xlsx(path: Path, header_row: int | None) -> list[SheetProbe]:

    check_workbook_container(path, read_head(path))
    try:
        stream = XlsxStream(path)
    except _STREAM_ERRORS:
        # Parts the streaming reader cannot open (encrypted entries, odd layouts): calamine
        # looks instead, and names the problem in its own words if there is one.
        return _probe_with_calamine(path, header_row)
    try:
        visible = [(n, m) for n, state, m in stream.sheets if state == "visible" and m]
        candidates = visible or [(n, m) for n, _s, m in stream.sheets if m]
        probes = []
        for name, member in candidates:
            try:
                rows = _until_filled(stream.iter_rows(member), numbered=True)
            except _STREAM_ERRORS:
                # Unreadable here: counted as a data sheet, so that the full read says why.
                probes.append(SheetProbe(name, ("?",), True))
                continue
            probes.append(_probe(path, name, _with_gaps(rows), header_row))
        return probes
    finally:
        stream.close()


def _until_filled(rows: Iterable[Any], *, numbered: bool) -> list[Any]:
    """Take rows until ``PROBE_FILLED_ROWS`` of them hold something (or the sheet ends)."""
    taken: list[Any] = []
    filled = 0
    for item in rows:
        taken.append(item)
        values = item[1] if numbered else item
        if any(v is not None and v != "" for v in values):
            filled += 1
            if filled >= PROBE_FILLED_ROWS:
                break
    return taken


def _with_gaps(numbered: list[tuple[int, list[Any]]]) -> list[list[Any]]:
    """Put the rows absent from the sheet XML back as empty rows, so row numbers hold."""
    rows: list[list[Any]] = []
    for number, values in numbered:
        while len(rows) < number - 1:
            rows.append([])
        rows.append(values)
    return rows


def _probe_with_calamine(path: Path, header_row: int | None) -> list[SheetProbe]:

    workbook = open_workbook(path)
    try:
        candidates = visible_sheet_names(workbook) or list(workbook.sheet_names)
        if len(candidates) <= 1:
            # One sheet: nothing to choose, and parsing it twice would double the read.
            return [SheetProbe(name, ("?",), True) for name in candidates]
        probes = []
        for name in candidates:
            try:
                loaded = workbook.get_sheet_by_name(name)
                if loaded.start is None:
                    probes.append(SheetProbe(name, (), False, False))
                    continue
                # Rows come from the sheet's first row on, as the full read numbers them.
                rows = [
                    normalise_calamine_row(values)
                    for values in _until_filled(loaded.iter_rows(), numbered=False)
                ]
            except BaseException as exc:  # noqa: BLE001 - Rust panics are BaseException
                raise translate_error(exc, path) from exc
            probes.append(_probe(path, name, rows, header_row))
        return probes
    finally:
        workbook.close()
