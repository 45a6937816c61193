"""Write the .xlsx files of ``report`` with XlsxWriter: one sheet, its rows streamed in order.

XlsxWriter's ``constant_memory`` mode writes each row to a temporary file as soon as the next
one starts, so a report of a million rows never sits in memory. It is about twice as fast as
openpyxl's write-only mode (100,000 x 24 cells: about 10 s instead of 20 s), which builds an
object for every cell. To keep XlsxWriter's own work to the minimum, each column of a block of
rows is checked once (formula triggers, over-long text, characters a file cannot hold, numbers
Excel would round, dates it cannot show); a column that passes is written with one plain call
per cell, any other goes cell by cell. The rows are then written in order, as the mode requires.

Every value is written by its type, never through XlsxWriter's guessing ``write()``, and the
workbook's ``strings_to_numbers``, ``strings_to_formulas`` and ``strings_to_urls`` are all off:
text stays text, never a number, a formula or a hyperlink. Text that a spreadsheet could run as
a formula (``=1+1``, ``@SUM``...) gets Excel's quote prefix, as when typing ``'=1+1``.

What reads back how:

- An error cell of the source (``#N/A``, ``#DIV/0!``...) can only be written by XlsxWriter as a
  formula whose result is that error: the cell holds the formula ``=#N/A`` and the cached value
  ``#N/A``. Excel, LibreOffice and this program's reader (calamine) show the error; openpyxl
  shows the formula. The formula is always one of the seven fixed error literals below, never
  text from the sheet. ``#GETTING_DATA`` and codes Excel does not know are written as text
  (calamine refuses a workbook holding a ``#GETTING_DATA`` error).
- Characters XML refuses (NUL and other control characters) become U+FFFD and a carriage
  return a line feed, as in the reports openpyxl wrote. A typed ``_x0041_`` reads back as typed
  in Excel and in this program (XlsxWriter escapes its underscore as Excel does), and text of
  spaces only keeps its spaces.
- Text longer than Excel's 32,767 characters (counted in UTF-16 units, as Excel counts: an emoji
  is two) is cut and ends with ``…``.
- Whole numbers of 16 digits or more, infinities, time-zone-aware date-times and dates before
  1900-03-01 (Excel has no earlier dates, and its 1900 leap-year bug shifts January and
  February 1900) are written as text rather than as a value Excel would show differently.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.reading.sheet import CellError
from app.core.reports.cells import (
    EXCEL_EXACT_INT,
    EXCEL_MAX_CELL_CHARS,
    FORMULA_TRIGGERS,
    TRUNCATION_MARK,
    needs_formula_escape,
)

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.workbook import Workbook
    from xlsxwriter.worksheet import Worksheet

BLOCK_ROWS = 4_096  # rows checked column by column together: bounded memory, few checks per cell
MAX_COLUMNS = 16_384  # Excel's last column, XFD
# XML 1.0 forbids these characters (controls, non-characters, half of a surrogate pair); they
# become U+FFFD, as in the reports openpyxl wrote (XlsxWriter would write most of them as Excel's
# ``_x0000_`` escapes, which openpyxl and other readers show as such).
ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Error values written as errors (XlsxWriter's list of them); any other code is written as text.
# Excel's "#GETTING_DATA" is one of its errors, but calamine refuses a workbook holding it: as an
# error cell it would make the report unreadable by this program, so it stays text.
EXCEL_ERRORS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
# The only formulas a report holds: "=#N/A" gives the error #N/A (see the module notes).
_ERROR_FORMULAS = {code: "=" + code for code in EXCEL_ERRORS}
FIRST_EXCEL_DATE = dt.date(1900, 3, 1)  # earlier dates are shown wrong by Excel, or not at all
_FIRST_EXCEL_DATETIME = dt.datetime.combine(FIRST_EXCEL_DATE, dt.time())
_RISKY_START = frozenset((*FORMULA_TRIGGERS, " "))

DATETIME_FORMAT = "yyyy-mm-dd h:mm:ss"
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "h:mm:ss"

WORKBOOK_OPTIONS: dict[str, Any] = {
    "constant_memory": True,  # rows go to disk in order, never all in memory
    "strings_to_numbers": False,  # "007" stays text
    "strings_to_formulas": False,  # "=1+1" stays text
    "strings_to_urls": False,  # "https://..." stays text, not a hyperlink
    "nan_inf_to_errors": False,  # infinities are written as text here, never as a formula
    "remove_timezone": False,  # aware date-times are written as text here, never shifted
    "use_zip64": True,  # only used when a part passes 4 GiB (very long texts)
}

# (write method, values, cell format) of a column of a block; the method is called as
# ``write(row, col, value, cell_format)`` for each value that is not None.
CellWrite = Callable[[int, int, Any, "Format | None"], object]
Column = tuple[CellWrite, Sequence[Any], "Format | None"]


def clean_text(text: str, limit: int | None) -> str:
    """Return ``text`` as an .xlsx cell reads back, cut to ``limit`` UTF-16 units.

    The characters XML refuses become U+FFFD; a carriage return becomes a line feed, as XML reads
    it (XlsxWriter would write it as ``_x000D_``, which only some readers turn back).
    """
    if ILLEGAL_XML.search(text):
        text = ILLEGAL_XML.sub("\ufffd", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if limit is not None and len(text) > limit // 2 and _utf16_len(text) > limit:
        room = limit - _utf16_len(TRUNCATION_MARK)
        keep = room
        while (excess := _utf16_len(text[:keep]) - room) > 0:
            keep -= (excess + 1) // 2  # a character is one or two units: never cut too much
        text = text[:keep] + TRUNCATION_MARK
    return text


def _utf16_len(text: str) -> int:
    """Return the length of ``text`` in UTF-16 units, as Excel counts a cell's characters."""
    return len(text.encode("utf-16-le")) // 2


def write_xlsx(
    path: Path,
    title: str,
    header: list[str],
    lines: Callable[[], Iterable[list[Any]]],
    widths: list[float],
) -> None:
    """Write a workbook of one sheet: a bold, frozen header with filter buttons, then the lines.

    ``title`` must already be a valid sheet name; ``widths`` are the columns' widths in
    characters. A failed write (a full disk) raises the ``OSError`` itself. XlsxWriter's
    temporary files go to a folder of their own, removed in every case.
    """
    from xlsxwriter import Workbook
    from xlsxwriter.exceptions import FileCreateError

    # ignore_cleanup_errors: on Windows a file still open after a failure cannot be removed yet.
    with tempfile.TemporaryDirectory(prefix="event-loader-", ignore_cleanup_errors=True) as tmp:
        workbook = Workbook(str(path), {**WORKBOOK_OPTIONS, "tmpdir": tmp})
        _SheetWriter(workbook, title).write(header, lines(), widths)
        try:
            workbook.close()
        except FileCreateError as exc:  # XlsxWriter wraps the OSError of a failed write
            cause = exc.args[0] if exc.args else None
            if isinstance(cause, OSError):
                raise cause from None
            raise


class _SheetWriter:
    """Write the cells of one sheet, each by its type, with the report's cell formats."""

    def __init__(self, workbook: Workbook, title: str) -> None:
        sheet: Worksheet = workbook.add_worksheet(title)
        self.sheet = sheet
        self.bold = workbook.add_format({"bold": True})
        self.bold_quoted = workbook.add_format({"bold": True, "quote_prefix": True})
        self.quoted = workbook.add_format({"quote_prefix": True})
        self.datetime_format = workbook.add_format({"num_format": DATETIME_FORMAT})
        self.date_format = workbook.add_format({"num_format": DATE_FORMAT})
        self.time_format = workbook.add_format({"num_format": TIME_FORMAT})

    def write(self, header: list[str], lines: Iterable[list[Any]], widths: list[float]) -> None:
        """Write the header, then the lines a block at a time, then the filter over them all."""
        sheet = self.sheet
        _check_width(len(header))
        sheet.freeze_panes(1, 0)
        for col, width in enumerate(widths):
            sheet.set_column(col, col, width)
        for col, name in enumerate(header):
            self.text(0, col, name, self.bold)
        last_row = 0
        iterator = iter(lines)
        while block := list(islice(iterator, BLOCK_ROWS)):
            self.block(last_row + 1, block)
            last_row += len(block)
        # Filter buttons on the header: "show me the invalid rows" is the first thing people do.
        sheet.autofilter(0, 0, last_row, max(len(header), 1) - 1)

    def block(self, first_row: int, block: list[list[Any]]) -> None:
        """Write a block of lines, the first at 0-based sheet row ``first_row``, in row order."""
        width = len(block[0])
        _check_width(max(map(len, block)))
        if width == 0 or any(len(line) != width for line in block):
            for row, line in enumerate(block, start=first_row):  # lines of unequal length
                for col, value in enumerate(line):
                    if value is not None:
                        self.value(row, col, value)
            return
        columns = [self.column(values) for values in zip(*block, strict=True)]
        writes = [write for write, _, _ in columns]
        formats = [cell_format for _, _, cell_format in columns]
        rows = zip(*(values for _, values, _ in columns), strict=True)
        for row, values in enumerate(rows, start=first_row):
            for col, write, value, cell_format in zip(
                range(width), writes, values, formats, strict=True
            ):
                if value is not None:
                    write(row, col, value, cell_format)

    def column(self, values: Sequence[Any]) -> Column:
        """Return how to write one column of a block: one plain call per cell when it can be.

        A column of one kind of value that needs nothing per cell (no text to escape or cut, no
        number Excel would round, no date it cannot show) is written straight; any other column
        goes through ``value`` cell by cell.
        """
        sheet = self.sheet
        kinds = set(map(type, values))
        kinds.discard(type(None))
        present = [v for v in values if v is not None]
        if kinds == {str}:
            if _plain_texts(present):
                return sheet.write_string, [v or None for v in values], None
        elif kinds == {int}:
            if -EXCEL_EXACT_INT < min(present) and max(present) < EXCEL_EXACT_INT:
                return sheet.write_number, values, None
        elif kinds == {float}:
            if all(map(math.isfinite, present)):
                return sheet.write_number, values, None
        elif kinds == {bool}:
            return sheet.write_boolean, values, None
        elif kinds == {dt.datetime}:
            if not any(v.tzinfo for v in present) and min(present) >= _FIRST_EXCEL_DATETIME:
                return sheet.write_datetime, values, self.datetime_format
        elif kinds == {dt.date}:
            if min(present) >= FIRST_EXCEL_DATE:
                return sheet.write_datetime, values, self.date_format
        return self.value, values, None

    def value(self, row: int, col: int, value: Any, _format: Format | None = None) -> None:
        """Write one cell of any value (not None) by its type; text when Excel cannot hold it."""
        sheet = self.sheet
        if isinstance(value, str):
            self.text(row, col, value)
        elif isinstance(value, bool):
            sheet.write_boolean(row, col, value)
        elif isinstance(value, CellError):
            if value.code in EXCEL_ERRORS:  # a fixed literal as formula, with the error as result
                sheet.write_formula(row, col, _ERROR_FORMULAS[value.code], None, value.code)
            else:
                self.text(row, col, value.code)
        elif isinstance(value, float):
            if math.isfinite(value):
                sheet.write_number(row, col, value)
            else:
                self.text(row, col, str(value))
        elif isinstance(value, int):
            # Excel keeps 15 significant digits: a longer id would come back rounded, so it is text.
            number = int(value)
            if -EXCEL_EXACT_INT < number < EXCEL_EXACT_INT:
                sheet.write_number(row, col, number)
            else:
                self.text(row, col, str(number))
        elif isinstance(value, dt.datetime):
            # Excel has no time zones: an aware date-time is written as text, to be honest.
            if value.tzinfo is not None or value < _FIRST_EXCEL_DATETIME:
                self.text(row, col, value.isoformat())
            else:
                sheet.write_datetime(row, col, value, self.datetime_format)
        elif isinstance(value, dt.date):
            if value < FIRST_EXCEL_DATE:
                self.text(row, col, value.isoformat())
            else:
                sheet.write_datetime(row, col, value, self.date_format)
        elif isinstance(value, dt.time):
            if value.tzinfo is not None:
                self.text(row, col, value.isoformat())
            else:
                sheet.write_datetime(row, col, value, self.time_format)
        else:
            self.text(row, col, str(value))

    def text(self, row: int, col: int, text: str, cell_format: Format | None = None) -> None:
        """Write ``text`` as text, cut to Excel's limit, quote-prefixed when it could run."""
        text = clean_text(text, EXCEL_MAX_CELL_CHARS)
        if needs_formula_escape(text):
            cell_format = self.bold_quoted if cell_format is self.bold else self.quoted
        if text:
            self.sheet.write_string(row, col, text, cell_format)
        elif cell_format is not None:
            self.sheet.write_blank(row, col, None, cell_format)


def _plain_texts(texts: list[str]) -> bool:
    """Tell whether a column's texts can be written as they are, all checked at once.

    They can when none starts with a formula trigger or a space (spaces may hide a trigger),
    none is long enough to be cut and none holds a character XML refuses or a carriage return.
    """
    if not _RISKY_START.isdisjoint(text[:1] for text in texts):
        return False
    if max(map(len, texts), default=0) > EXCEL_MAX_CELL_CHARS // 2:
        return False
    joined = "".join(texts)
    return "\r" not in joined and ILLEGAL_XML.search(joined) is None


class ReportTooWide(ValueError):
    """The report needs more columns than an .xlsx sheet holds: only a .csv report can."""

    def __init__(self, width: int) -> None:
        super().__init__(
            f"An .xlsx sheet holds at most {MAX_COLUMNS:,} columns and this report needs "
            f"{width:,}: save it as .csv instead."
        )
        self.width = width


def _check_width(width: int) -> None:
    """Refuse a sheet wider than Excel's 16,384 columns (XlsxWriter would drop the rest)."""
    if width > MAX_COLUMNS:
        raise ReportTooWide(width)
