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

from collections.abc import Callable
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
    """

    code: str
    params: dict[str, Any] = field(default_factory=dict)


class SheetError(Exception):
    """The file cannot be used at all (missing, not a spreadsheet, encrypted, empty ...).

    ``code`` is stable for tests and translations; ``str(error)`` is a one-line message that names
    the file and says what to do, in words a marketer understands.
    """

    def __init__(self, code: str, message: str, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.path = str(path) if path is not None else None


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
    encoding: str | None = None  # CSV only: the encoding used
    delimiter: str | None = None  # CSV only: the delimiter used
    complete: bool = True  # False for a first page (read_first_page)
    empty_rows_skipped: int = 0

    def column_index(self, name: str) -> int:
        """Return the position of a column by its (unique) header name; KeyError if absent."""
        return self.headers.index(name)


ProgressCallback = Callable[[int], None]  # called with the number of data rows read so far


def list_sheets(path: str | Path) -> list[str]:
    """Return the sheet names of a workbook, or [] for a CSV/TSV file."""
    raise NotImplementedError


def read_sheet(
    path: str | Path,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    progress: ProgressCallback | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> SheetData:
    """Read a whole sheet.

    ``sheet`` defaults to the first non-empty visible sheet; ``header_row`` (1-based, as in Excel)
    defaults to the first row that looks like headers; ``encoding``/``delimiter`` override detection
    for text files. ``progress`` is called every few thousand rows; ``should_stop`` lets a caller
    abandon a long read. Raises ``SheetError`` for a file that cannot be used.
    """
    raise NotImplementedError


def read_first_page(
    path: str | Path,
    *,
    limit: int = 100,
    sheet: str | None = None,
    header_row: int | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> SheetData:
    """Read the header and the first ``limit`` data rows quickly (``complete`` is False).

    The window shows this page at once while ``read_sheet`` loads the rest in a worker.
    """
    raise NotImplementedError
