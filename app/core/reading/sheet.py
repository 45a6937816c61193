"""Read a marketer's spreadsheet (xlsx/xlsm/xls/ods/csv/tsv/txt) into rows of Python values.

This is the shared contract every other layer reads. Values in ``SheetData.rows`` are one of:
``None`` (empty cell), ``str``, ``int``, ``float``, ``bool``, ``datetime.date``,
``datetime.datetime``, ``datetime.time``, or ``CellError`` (an Excel error such as ``#N/A``).
Whole-number floats from spreadsheet cells come back as ``int`` so that an id ``12345`` never
becomes ``"12345.0"``; text cells keep their leading zeros. CSV cells are always ``str`` (or
``None`` when empty): the converters parse them, because only the mapping knows what a column means.

Row numbers follow the spreadsheet: the first line of the file is row 1, so a user can find a row
that a message names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.core.reading.sheet_files import check_path, is_spreadsheet_suffix, sheet_error
from app.core.reading.sheet_types import (
    SPREADSHEET_SUFFIXES,
    SUPPORTED_SUFFIXES,
    TEXT_SUFFIXES,
    CellError,
    ReadNote,
    SheetData,
    SheetError,
)

__all__ = [
    "SPREADSHEET_SUFFIXES",
    "SUPPORTED_SUFFIXES",
    "TEXT_SUFFIXES",
    "CellError",
    "ReadNote",
    "SheetData",
    "SheetError",
    "list_sheets",
    "read_first_page",
    "read_sheet",
]

ProgressCallback = Callable[[int], None]  # called with the number of data rows read so far


def list_sheets(path: str | Path) -> list[str]:
    """Return the sheet names of a workbook, or [] for a CSV/TSV file."""
    # deferred: the readers cost 6-15 ms each (calamine, charset_normalizer) at start
    from app.core.reading.sheet_workbook import list_workbook_sheets

    file = Path(path)
    check_path(file)
    if not is_spreadsheet_suffix(file):
        return []
    return list_workbook_sheets(file)


def read_sheet(
    path: str | Path,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    progress: ProgressCallback | None = None,
    should_stop: Callable[[], bool] | None = None,
    prefer_columns: Sequence[str] = (),
) -> SheetData:
    """Read a whole sheet.

    ``sheet`` defaults to the sheet ``choose_sheet`` picks: the first visible sheet with data
    rows, or with ``prefer_columns`` (a mapping's columns) the one whose header holds most of
    them; ``header_row`` (1-based, as in Excel) defaults to the first row that looks like
    headers; ``encoding``/``delimiter`` override detection for text files. ``progress`` is
    called every few thousand rows; ``should_stop`` lets a caller abandon a long read (a
    ``SheetError`` with code ``cancelled`` is raised). Raises ``SheetError`` for a file that
    cannot be used.
    """
    # deferred: the readers cost 6-15 ms each (calamine, charset_normalizer) at start
    from app.core.reading.sheet_build import build_sheet

    raw = _open_raw(Path(path), sheet, encoding, delimiter, None, header_row, tuple(prefer_columns))
    return build_sheet(raw, header_row=header_row, progress=progress, should_stop=should_stop)


def read_first_page(
    path: str | Path,
    *,
    limit: int = 100,
    sheet: str | None = None,
    header_row: int | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    prefer_columns: Sequence[str] = (),
) -> SheetData:
    """Read the header and the first ``limit`` data rows quickly (``complete`` is False).

    The window shows this page at once while ``read_sheet`` loads the rest in a worker.
    ``complete`` is True only when the whole sheet fitted in the page.
    """
    # deferred: the readers cost 6-15 ms each (calamine, charset_normalizer) at start
    from app.core.reading.sheet_build import build_sheet

    raw = _open_raw(
        Path(path), sheet, encoding, delimiter, limit, header_row, tuple(prefer_columns)
    )
    return build_sheet(raw, header_row=header_row, limit=limit)


def _open_raw(
    path: Path,
    sheet: str | None,
    encoding: str | None,
    delimiter: str | None,
    first_page: int | None,
    header_row: int | None,
    prefer_columns: tuple[str, ...],
) -> Any:
    """Check the file, choose the sheet if none is named, and hand it to its format's reader."""
    # deferred: the readers cost 6-15 ms each (calamine, charset_normalizer) at start
    from app.core.reading.sheet_choice import choose_sheet
    from app.core.reading.sheet_workbook import (
        can_stream_first_page,
        read_workbook_raw,
        read_xlsx_first_rows,
    )

    size = check_path(path)
    if not is_spreadsheet_suffix(path):
        # deferred: the readers cost 6-15 ms each (calamine, charset_normalizer) at start
        from app.core.reading.sheet_csv import read_text_raw  # and its encoding detector: text only

        return read_text_raw(path, size, encoding, delimiter, first_rows=first_page)
    if sheet is None:
        sheet = choose_sheet(path, header_row=header_row, prefer_columns=prefer_columns)
        if sheet is None:
            raise sheet_error("empty_file", path)
    if first_page is not None and can_stream_first_page(path):
        return read_xlsx_first_rows(path, sheet, first_page, header_row)
    return read_workbook_raw(path, sheet)
