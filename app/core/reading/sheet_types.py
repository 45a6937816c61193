"""The data types every sheet reader returns, kept apart from the entry module ``sheet.py``.

``app.core.reading.sheet`` re-exports them; the readers (``sheet_csv``, ``sheet_workbook``,
``sheet_build`` ...) import them from here, so no reader imports the module that imports it.
"""

from __future__ import annotations

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
