"""Write the .xlsx files of ``report``: one sheet streamed straight into the zip, column by column.

openpyxl's write-only mode builds an object and an XML element for each of a report's cells:
2.4 million of them for a 100,000 x 20 check, about 20 s. XlsxWriter's constant-memory mode
halves that, no more. The sheet of a report is simple enough to write directly: text, numbers,
booleans, dates and Excel error codes, one bold header row, six cell formats. Here each column
of a block of rows is turned into cell XML in one pass (checked once for formula triggers,
characters XML refuses and over-long text), the rows are joined with ``str.join``, and zlib
compresses each block in a second thread while the next one is made (about 1.5 s in all).

The file is the one openpyxl wrote before, part for part: the same styles (bold header, Excel's
quote prefix on text that could run as a formula, the same date formats), widths, frozen header,
filter buttons, inline strings, numbers written with 16 significant digits and dates as Excel
serials computed as openpyxl computes them. An error cell of the source (``#N/A``) is written
as an error value (``t="e"``), never as a formula: the sheet holds no formula at all. Text
comes back closer to what was written: only spaces stays spaces, and a typed ``_x0041_`` stays
that text (Excel reads it as "A" unless its underscore is escaped, as Excel itself does).
"""

from __future__ import annotations

import datetime as dt
import math
import queue
import re
import threading
import zipfile
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from app.core.reading.sheet import CellError
from app.core.reports.cells import (
    EXCEL_EXACT_INT,
    EXCEL_MAX_CELL_CHARS,
    FORMULA_TRIGGERS,
    TRUNCATION_MARK,
    needs_formula_escape,
)

BLOCK_ROWS = 4_096  # rows turned into XML together: bounded memory, few calls per cell
# zlib level 5: for the 127 MB of XML of a 100,000 x 24 report, 10.9 MB in 0.6 s, against
# 10.7 MB in 1.1 s at the usual level 6 (openpyxl's, 10.5 MB) and 16 MB in 0.3 s at level 1.
COMPRESS_LEVEL = 5

# XML 1.0 forbids these characters (controls, non-characters, a lone half of a surrogate
# pair); they become U+FFFD.
ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Error values written as errors; any other code is written as text. Excel's "#GETTING_DATA"
# is one of its errors, but calamine refuses a workbook holding it: as an error cell it would
# make the report unreadable by this program, so it stays text.
EXCEL_ERRORS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
_RISKY_START = frozenset((*FORMULA_TRIGGERS, " "))
_XML_SPECIAL = ("&", "<", ">", "_x")
_EXCEL_ESCAPE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_FIRST_CHAR = itemgetter(slice(0, 1))
_LAST_CHAR = itemgetter(slice(-1, None))
_SPACES = frozenset(" \t\n\r")

# Cell formats (indexes into cellXfs of styles.xml below).
_HEADER, _HEADER_QUOTED, _DATETIME, _TIME, _DATE, _QUOTED = 1, 2, 3, 4, 5, 6
_EPOCH = dt.datetime(1899, 12, 30)  # Excel's day 0 on Windows, as openpyxl counts
_EPOCH_DATE = _EPOCH.date()
_SECONDS_PER_DAY = 86_400
_SAMPLE = 512  # first values of a date column looked at to tell whether they repeat


def clean_text(text: str, limit: int | None) -> str:
    """Return ``text`` with the characters XML refuses replaced, cut to ``limit`` UTF-16 units."""
    if ILLEGAL_XML.search(text):
        text = ILLEGAL_XML.sub("\ufffd", text)
    if limit is not None and len(text) > limit // 2 and _utf16_len(text) > limit:
        keep = limit - len(TRUNCATION_MARK)
        while _utf16_len(text[:keep]) > limit - len(TRUNCATION_MARK):
            keep -= _utf16_len(text[:keep]) - (limit - len(TRUNCATION_MARK))
        text = text[:keep] + TRUNCATION_MARK
    return text


def _utf16_len(text: str) -> int:
    """Return the length of ``text`` in UTF-16 units, as Excel counts a cell's characters."""
    return len(text.encode("utf-16-le")) // 2


def excel_serial(value: dt.date | dt.time) -> float | int:
    """Return Excel's serial number of a naive date, date-time or time, as openpyxl computes it.

    A date or date-time counts days from 1899-12-30, less one before 1900-03-01 (Excel's
    1900 leap-year bug), plus the time as a fraction of a day; a time is that fraction alone.
    The same operations in the same order give the very same float.
    """
    if isinstance(value, dt.datetime):
        return _datetime_serial(value)
    if isinstance(value, dt.date):
        days = (value - _EPOCH_DATE).days
        return days - 1 if 0 < days <= 60 else days
    seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 10**6
    return seconds / _SECONDS_PER_DAY


def _datetime_serial(value: dt.datetime) -> float:
    """Return ``excel_serial`` of a naive date-time (called for each cell of a date column)."""
    days = (value - _EPOCH).days
    if 0 < days <= 60:
        days -= 1
    seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 10**6
    return days + seconds / _SECONDS_PER_DAY


def column_letter(index: int) -> str:
    """Return the letters of a column from its 0-based index (0 is A, 26 is AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _escape(text: str) -> str:
    """Return ``text`` as XML character data that Excel reads back as ``text``.

    Besides ``&<>``, Excel reads ``_x0041_`` in a cell as the character it names ("A"): such a
    sequence typed by a user is kept by escaping its underscore, as Excel itself does.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _EXCEL_ESCAPE.sub(r"_x005F\1", text) if "_x" in text else text


def _text_xml(ref: str, text: str, style: int = 0) -> str:
    """Return the XML of a text cell (``style`` 0 for none), cleaned and cut to Excel's limit."""
    text = clean_text(text, EXCEL_MAX_CELL_CHARS)
    if not style and needs_formula_escape(text):
        style = _QUOTED
    elif style == _HEADER and needs_formula_escape(text):
        style = _HEADER_QUOTED
    attrs = f' s="{style}"' if style else ""
    if not text:
        return f'<c r="{ref}"{attrs} t="inlineStr"/>' if style else ""
    space = ' xml:space="preserve"' if text[0] in _SPACES or text[-1] in _SPACES else ""
    return f'<c r="{ref}"{attrs} t="inlineStr"><is><t{space}>{_escape(text)}</t></is></c>'


def _number_xml(ref: str, number: float | int, style: int = 0) -> str:
    attrs = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{attrs} t="n"><v>{number:.16g}</v></c>'


def cell_xml(ref: str, value: Any) -> str:
    """Return the XML of one cell of any value; "" for an empty one.

    Numbers, booleans and naive dates keep their types; an Excel error code stays an error; whole
    numbers past 15 digits, infinities, aware date-times and any other value become text, which
    carries the quote prefix when it could run as a formula.
    """
    kind = type(value)
    if value is None:
        return ""
    if kind is str:
        return _text_xml(ref, value)
    if kind is bool:
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, CellError):
        if value.code in EXCEL_ERRORS:
            return f'<c r="{ref}" t="e"><v>{_escape(value.code)}</v></c>'
        return _text_xml(ref, value.code)
    if isinstance(value, float):
        return _number_xml(ref, value) if math.isfinite(value) else _text_xml(ref, str(value))
    if isinstance(value, int):
        # Excel keeps 15 significant digits: a longer id would come back rounded, so it is text.
        number = int(value)
        if -EXCEL_EXACT_INT < number < EXCEL_EXACT_INT:
            return _number_xml(ref, number)
        return _text_xml(ref, str(number))
    if isinstance(value, dt.datetime):
        # Excel has no time zones: keep the wall time of an aware datetime, as text to be honest.
        if value.tzinfo is not None:
            return _text_xml(ref, value.isoformat())
        return _number_xml(ref, excel_serial(value), _DATETIME)
    if isinstance(value, dt.date):
        return _number_xml(ref, excel_serial(value), _DATE)
    if isinstance(value, dt.time):
        if value.tzinfo is not None:
            return _text_xml(ref, value.isoformat())
        return _number_xml(ref, excel_serial(value), _TIME)
    return _text_xml(ref, str(value))


def _column_xml(letter: str, numbers: Sequence[str], values: Sequence[Any]) -> list[str]:
    """Return the cell XML of one column of a block; most columns take one of the fast paths.

    ``numbers`` are the sheet rows of the block's lines, as text.
    """
    refs = [letter + n for n in numbers]
    kinds = set(map(type, values))
    kinds.discard(type(None))
    if kinds == {str}:
        fast = _plain_text_column(refs, values)
        if fast is not None:
            return fast
    elif kinds == {int}:
        present = [v for v in values if v is not None]
        if -EXCEL_EXACT_INT < min(present) and max(present) < EXCEL_EXACT_INT:
            return [
                "" if v is None else f'<c r="{r}" t="n"><v>{v}</v></c>'
                for r, v in zip(refs, values, strict=True)
            ]
    elif kinds == {float}:
        if all(map(math.isfinite, (v for v in values if v is not None))):
            return [
                "" if v is None else f'<c r="{r}" t="n"><v>{v:.16g}</v></c>'
                for r, v in zip(refs, values, strict=True)
            ]
    elif kinds == {dt.datetime} and not any(v.tzinfo for v in values if v is not None):
        return _datetime_column(refs, values)
    return list(map(cell_xml, refs, values))


def _datetime_column(refs: list[str], values: Sequence[dt.datetime | None]) -> list[str]:
    """Return the cell XML of a column of naive date-times (and empty cells).

    A column whose first values repeat (many events a day, or dates with no time) gets the
    serial of each distinct value once.
    """
    sample = values[:_SAMPLE]
    if len(set(sample)) * 2 <= len(sample):
        serials: dict[Any, str] = dict.fromkeys(values, "")
        for value in serials:
            if value is not None:
                serials[value] = f"{_datetime_serial(value):.16g}"
        text = list(map(serials.__getitem__, values))
    else:
        text = ["" if v is None else f"{_datetime_serial(v):.16g}" for v in values]
    return [
        f'<c r="{r}" s="{_DATETIME}" t="n"><v>{t}</v></c>' if t else ""
        for r, t in zip(refs, text, strict=True)
    ]


def _plain_text_column(refs: list[str], values: Sequence[Any]) -> list[str] | None:
    """Return the cell XML of a column of text, or None when some cell needs a closer look.

    A column is plain when no cell starts with a formula trigger or a space, none is too long and
    none holds a character XML refuses: all checked on the whole column at once. Characters
    that XML escapes (``&<>``) and spaces at the end are handled here, cell by cell only in a
    column that has them.
    """
    texts = [v or "" for v in values]
    if not _RISKY_START.isdisjoint(map(_FIRST_CHAR, texts)):
        return None
    joined = "".join(texts)
    if ILLEGAL_XML.search(joined) or max(map(len, texts)) > EXCEL_MAX_CELL_CHARS // 2:
        return None
    if any(char in joined for char in _XML_SPECIAL):
        texts = list(map(_escape, texts))
    if not _SPACES.isdisjoint(map(_LAST_CHAR, texts)):  # keep spaces at the end of a text
        return [
            f'<c r="{r}" t="inlineStr"><is><t xml:space="preserve">{t}</t></is></c>'
            if t[-1:] in _SPACES
            else f'<c r="{r}" t="inlineStr"><is><t>{t}</t></is></c>'
            if t
            else ""
            for r, t in zip(refs, texts, strict=True)
        ]
    return [
        f'<c r="{r}" t="inlineStr"><is><t>{t}</t></is></c>' if t else ""
        for r, t in zip(refs, texts, strict=True)
    ]


def _block_xml(first_row: int, block: list[list[Any]], letters: list[str]) -> str:
    """Return the ``<row>`` elements of a block of lines, the first at sheet row ``first_row``."""
    rows = range(first_row, first_row + len(block))
    numbers = list(map(str, rows))
    width = len(block[0])
    cells: Iterable[str]
    if 0 < width <= len(letters) and all(len(line) == width for line in block):
        columns = [
            _column_xml(letter, numbers, values)
            for letter, values in zip(letters, zip(*block, strict=True), strict=False)
        ]
        cells = map("".join, zip(*columns, strict=True))
    else:  # lines of unequal length (or none at all) go cell by cell
        cells = (
            "".join(cell_xml(_ref(col, n), v) for col, v in enumerate(line))
            for n, line in zip(rows, block, strict=True)
        )
    return "".join([f'<row r="{n}">{c}</row>' for n, c in zip(numbers, cells, strict=True)])


def _ref(col: int, row: int) -> str:
    return f"{column_letter(col)}{row}"


class _NeedsZip64(Exception):
    """The sheet's XML grows past what a plain zip entry holds: write it again with Zip64."""


# Bytes of sheet XML past which the entry needs Zip64 (a module variable so a test can lower it).
ZIP64_FROM = zipfile.ZIP64_LIMIT


def write_xlsx(
    path: Path,
    title: str,
    header: list[str],
    lines: Callable[[], Iterable[list[Any]]],
    widths: list[float],
) -> None:
    """Write a workbook of one sheet: a bold, frozen header with filter buttons, then the lines.

    ``lines`` gives the lines each time it is called: a sheet whose XML passes 2 GiB (only
    possible with very long texts) is written a second time with Zip64, which a small file
    does not use (some readers of .xlsx files do not expect it). ``title`` must already be a
    valid sheet name; ``widths`` are the columns' widths in characters, as Excel stores them.
    """
    try:
        _write_book(path, title, header, lines(), widths, zip64=False)
    except _NeedsZip64:
        _write_book(path, title, header, lines(), widths, zip64=True)


def _write_book(
    path: Path,
    title: str,
    header: list[str],
    lines: Iterable[list[Any]],
    widths: list[float],
    *,
    zip64: bool,
) -> None:
    letters = [column_letter(i) for i in range(len(header))]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as book:
        _write_fixed_parts(book)
        with (
            book.open("xl/worksheets/sheet1.xml", "w", force_zip64=zip64) as out,
            _BackgroundWriter(out) as background,
        ):
            size = 0

            def write(text: str) -> None:
                nonlocal size
                data = text.encode()
                size += len(data)
                if size > ZIP64_FROM and not zip64:
                    raise _NeedsZip64
                background.write(data)

            write(_sheet_head(widths))
            head = "".join(_text_xml(_ref(c, 1), name, _HEADER) for c, name in enumerate(header))
            write(f'<row r="1">{head}</row>')
            written = 1
            iterator = iter(lines)
            while block := list(islice(iterator, BLOCK_ROWS)):
                widest = max(map(len, block))
                if widest > len(letters):
                    letters += [column_letter(i) for i in range(len(letters), widest)]
                write(_block_xml(written + 1, block, letters))
                written += len(block)
            last_column = column_letter(max(len(header), 1) - 1)
            write(_sheet_tail(f"A1:{last_column}{written}"))
        book.writestr("xl/workbook.xml", _workbook_xml(title, f"$A$1:${last_column}${written}"))


class _BackgroundWriter:
    """Compress and write the sheet's XML in a second thread while the next block is made.

    zlib and the file system let other threads run while they work, so on two cores the
    compression (about half of the writer's time) overlaps with turning rows into XML. A
    failure of the write (a full disk) is raised in the caller at its next write or at the end.
    """

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=2)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="xlsx-report-writer", daemon=True)

    def __enter__(self) -> _BackgroundWriter:
        self._thread.start()
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self._queue.put(None)
        self._thread.join()
        if self._error is not None and kind is None:
            raise self._error

    def write(self, data: bytes) -> None:
        """Queue ``data`` to be written (waits while two blocks are already waiting)."""
        if self._error is not None:
            raise self._error
        self._queue.put(data)

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            if self._error is None:  # after a failure, drain the queue so the caller never waits
                try:
                    self._out.write(data)
                except BaseException as exc:  # noqa: BLE001 - handed to the caller
                    self._error = exc


def _sheet_head(widths: list[float]) -> str:
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{width:g}" customWidth="1"/>'
        for i, width in enumerate(widths, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{_MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/>'
        '<pageSetUpPr/></sheetPr><sheetViews><sheetView workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A1" sqref="A1"/></sheetView></sheetViews>'
        '<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>'
        + (f"<cols>{cols}</cols>" if cols else "")
        + "<sheetData>"
    )


def _sheet_tail(filter_ref: str) -> str:
    return (
        f'</sheetData><autoFilter ref="{filter_ref}"/>'
        '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
        "</worksheet>"
    )


def _write_fixed_parts(book: zipfile.ZipFile) -> None:
    """Write the parts that do not depend on the rows: content types first, as Excel does.

    Tools that tell a file's type from its first bytes look for ``[Content_Types].xml`` there.
    """
    from openpyxl.writer.theme import theme_xml

    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    core = (
        f'<cp:coreProperties xmlns:cp="{_PKG}/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Event Loader'
        f'</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
        "</cp:coreProperties>"
    )
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _ROOT_RELS,
        "docProps/app.xml": _APP,
        "docProps/core.xml": core,
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
        "xl/styles.xml": _STYLES,
        "xl/theme/theme1.xml": theme_xml,
    }
    for name, text in parts.items():
        book.writestr(name, text if text.startswith("<?xml") else _XML_DECLARATION + text)


def _workbook_xml(title: str, filter_range: str) -> str:
    """Return the workbook part: the one sheet, and the range its filter buttons cover."""
    quoted = "'" + title.replace("'", "''") + "'"
    return _XML_DECLARATION + (
        f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><workbookPr/><bookViews>'
        '<workbookView activeTab="0"/></bookViews><sheets>'
        f'<sheet name="{_attr(title)}" sheetId="1" state="visible" r:id="rId1"/></sheets>'
        '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
        f"{_escape(quoted)}!{filter_range}</definedName></definedNames>"
        '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
    )


def _attr(text: str) -> str:
    return _escape(text).replace('"', "&quot;")


_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_OFFICE_CT = "application/vnd.openxmlformats-officedocument"
_CONTENT_TYPES = (
    f'<Types xmlns="{_PKG}/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    + "".join(
        f'<Override PartName="{part}" ContentType="{kind}"/>'
        for part, kind in (
            ("/xl/workbook.xml", f"{_OFFICE_CT}.spreadsheetml.sheet.main+xml"),
            ("/xl/worksheets/sheet1.xml", f"{_OFFICE_CT}.spreadsheetml.worksheet+xml"),
            ("/xl/styles.xml", f"{_OFFICE_CT}.spreadsheetml.styles+xml"),
            ("/xl/theme/theme1.xml", f"{_OFFICE_CT}.theme+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", f"{_OFFICE_CT}.extended-properties+xml"),
        )
    )
    + "</Types>"
)
_ROOT_RELS = (
    f'<Relationships xmlns="{_PKG}/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    f'<Relationship Id="rId2" Type="{_PKG}/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
_WORKBOOK_RELS = (
    f'<Relationships xmlns="{_PKG}/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/theme" Target="theme/theme1.xml"/>'
    "</Relationships>"
)
_APP = (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Microsoft Excel</Application></Properties>"
)
# Formats 0-6: none, header (bold), header that could run (bold, quote prefix), date-time,
# time (built-in 21, h:mm:ss), date, text that could run (quote prefix).
_STYLES = (
    f'<styleSheet xmlns="{_MAIN}"><numFmts count="2">'
    '<numFmt numFmtId="164" formatCode="yyyy-mm-dd h:mm:ss"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/>'
    '<family val="2"/><scheme val="minor"/></font><font><b val="1"/><sz val="11"/>'
    '<color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>'
    '<fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/>'
    '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/>'
    '</border></borders><cellStyleXfs count="1">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="21" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
    '</cellStyles><tableStyles count="0" defaultTableStyle="TableStyleMedium9" '
    'defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
)
