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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
SUPPORTED_SUFFIXES = SPREADSHEET_SUFFIXES + TEXT_SUFFIXES


@dataclass(frozen=True, slots=True)
class CellError:
    """An Excel error value (``#N/A``, ``#DIV/0!``, ``#REF!`` ...): never sent, always flagged."""

    code: str

    def __str__(self) -> str:
        return self.code


@dataclass(frozen=True, slots=True)
class ReadNote:
    """Something the reader changed or skipped that the user should be told about.

    ``code`` is stable (``header_blank``, ``header_duplicate``, ``header_merged``,
    ``empty_rows_skipped``, ``encoding_guessed``, ``ragged_row``, ...); ``params`` holds the
    details a message needs (``column``, ``new_name``, ``count``, ``row_number`` ...).

    Codes and params:
    ``header_blank`` {column: letter, new_name}; ``header_duplicate`` {column, name, new_name};
    ``header_merged`` {columns: "A:C", name, new_names}; ``empty_rows_skipped`` {count};
    ``data_outside_header`` {columns: [letters]} (data beyond the header's cells: the column is
    kept and named after its letter, with a ``header_blank`` note too);
    ``ragged_row`` {count, row_numbers: first 20, expected: header field count} (text files);
    ``encoding_guessed`` {encoding}; ``encoding_mixed`` {encoding, fallback, count: lines read
    with the fallback};
    ``encoding_replaced`` {encoding, count} (forced encoding, undecodable bytes);
    ``nul_removed`` {count};
    ``rows_above_header_skipped`` {count, row_numbers: first 20, header_row} (rows holding
    something above the header row, such as a title: not data, left out).
    """

    code: str
    params: dict[str, Any] = field(default_factory=dict)


class SheetError(Exception):
    """The file cannot be used at all (missing, not a spreadsheet, encrypted, empty ...).

    ``code`` is stable for tests and translations; ``str(error)`` is a one-line message that names
    the file and says what to do, in words a marketer understands; ``params`` holds its details.

    Codes: ``file_missing``, ``is_directory``, ``unreadable``, ``unsupported_type`` {suffix},
    ``not_a_spreadsheet`` {content: pdf/web_page/image/binary/text/zip_archive}, ``encrypted``,
    ``corrupt`` {detail: the parser's words}, ``too_large`` {reason: file_size/unzipped_size/
    zip_bomb, bytes, limit}, ``empty_file``, ``empty_sheet`` {sheet}, ``no_header`` {row} or
    {rows_scanned}, ``sheet_not_found`` {sheet, sheets}, ``header_row_out_of_range`` {row, last},
    ``too_many_columns`` {count, limit}, ``too_many_rows`` {limit, row} (refused as soon as a
    row past Excel's last one is seen, before the rest is read), ``cancelled`` (``should_stop``
    said so).
    """

    def __init__(
        self,
        code: str,
        message: str,
        path: str | Path | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.path = str(path) if path is not None else None
        self.params: dict[str, Any] = dict(params or {})


@dataclass(slots=True)
class SheetData:
    """One sheet's header and data rows, plus what the reader noticed on the way."""

    path: Path
    sheet_name: str | None  # None for CSV/TSV
    sheet_names: list[str]  # every sheet of the workbook ([] for CSV/TSV)
    header_row: int  # spreadsheet row number of the header (1-based)
    headers: list[str]  # unique, non-blank column names, in file order
    rows: list[list[Any]]  # data rows, each exactly len(headers) long
    row_numbers: list[int]  # spreadsheet row number of each data row
    notes: list[ReadNote] = field(default_factory=list)
    # CSV only: the encoding used ("utf-8+cp1252" for a file mixing both, accepted back as an
    # override); None on a first page read from the start of a large file (the full read decides).
    encoding: str | None = None
    delimiter: str | None = None  # CSV only: the delimiter used
    complete: bool = True  # False for a first page (read_first_page)
    empty_rows_skipped: int = 0

    def column_index(self, name: str) -> int:
        """Return the position of a column by its (unique) header name; KeyError if absent."""
        return self.headers.index(name)


ProgressCallback = Callable[[int], None]  # called with the number of data rows read so far


def list_sheets(path: str | Path) -> list[str]:
    """Return the sheet names of a workbook, or [] for a CSV/TSV file."""
    from app.core.sheet_files import check_path, is_spreadsheet_suffix
    from app.core.sheet_workbook import list_workbook_sheets

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
    from app.core.sheet_build import build_sheet

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
    from app.core.sheet_build import build_sheet

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
    from app.core.sheet_choice import choose_sheet
    from app.core.sheet_files import check_path, is_spreadsheet_suffix, sheet_error
    from app.core.sheet_workbook import (
        can_stream_first_page,
        read_workbook_raw,
        read_xlsx_first_rows,
    )

    size = check_path(path)
    if not is_spreadsheet_suffix(path):
        from app.core.sheet_csv import read_text_raw  # and its encoding detector: text only

        return read_text_raw(path, size, encoding, delimiter, first_rows=first_page)
    if sheet is None:
        sheet = choose_sheet(path, header_row=header_row, prefer_columns=prefer_columns)
        if sheet is None:
            raise sheet_error("empty_file", path)
    if first_page is not None and can_stream_first_page(path):
        return read_xlsx_first_rows(path, sheet, first_page, header_row)
    return read_workbook_raw(path, sheet)
