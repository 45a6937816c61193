"""Stream the first rows of an .xlsx without parsing the rest of the file.

calamine (and openpyxl, which loads every shared string up front) need seconds before the first
row of a 100,000-row workbook; the window must show a page at once. This reader inflates the
sheet XML only as far as the rows asked for and reads shared strings only up to the highest
index those rows use. Its values follow calamine's rules exactly (whole serials are dates,
serials below 1 are times, milliseconds rounded, the 1900 leap-year bug) so that the first page
and the full read agree cell for cell; tests compare the two.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from app.core.reading.sheet_types import CellError
from app.core.reading.sheet_values import column_index, duration_text

_CHUNK = 1 << 16
_REF_RE = re.compile(r"([A-Z]{1,3})(\d+)$")
_ESCAPE_RE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_BRACKET_RE = re.compile(r"\[[^\]]*\]")
_QUOTED_RE = re.compile(r'"[^"]*"|\\.|_.|\*.')
_DURATION_RE = re.compile(r"\[(h+|m+|s+)\]", re.IGNORECASE)
# Built-in number formats that show dates or times (ECMA-376 18.8.30, and CJK locales).
_BUILTIN_DATES = set(range(14, 23)) | set(range(27, 37)) | {45, 47} | set(range(50, 59))
_BUILTIN_DURATIONS = {46}
_EPOCH_1900 = dt.datetime(1899, 12, 30)
_EPOCH_1904 = dt.datetime(1904, 1, 1)
_REL_TYPE_SUFFIX_SHEET = "/worksheet"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_XML_WHITESPACE = " \t\r\n"
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")
_ISO_TIME_RE = re.compile(r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")


def _ended(
    parser: ElementTree.XMLPullParser[ElementTree.Element],
) -> Iterator[tuple[str, ElementTree.Element]]:
    """Yield the elements the parser has closed so far (it was built for "end" events only)."""
    for item in parser.read_events():
        if len(item) == 2 and isinstance(item[1], ElementTree.Element):
            yield item[0], item[1]


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _unescape(text: str) -> str:
    """Undo Excel's ``_x000D_`` escapes, as calamine does."""
    if "_x" not in text:
        return text
    return _ESCAPE_RE.sub(lambda m: chr(int(m.group(1), 16)), text)


def format_kind(code: str) -> str | None:
    """Classify a number format: ``"date"``, ``"duration"`` or None (a plain number)."""
    if _DURATION_RE.search(code):
        return "duration"
    cleaned = _BRACKET_RE.sub("", _QUOTED_RE.sub("", code)).lower()
    if cleaned.strip() in ("general", "@", ""):
        return None
    return "date" if any(ch in cleaned for ch in "dmyhs") else None


def serial_to_python(serial: float, date1904: bool) -> dt.date | dt.datetime | dt.time:
    """Convert an Excel serial number the way calamine does (same page, same values).

    Raises OverflowError past the last day Python can hold (31 Dec 9999), where calamine keeps
    the number.
    """
    if date1904:
        moment = _EPOCH_1904 + dt.timedelta(milliseconds=round(serial * 86_400_000))
    else:
        days = serial + 1 if serial < 60 else serial  # Excel counts 29 Feb 1900, which never was
        moment = _EPOCH_1900 + dt.timedelta(milliseconds=round(days * 86_400_000))
    if serial < 1.0 and not date1904:
        return moment.time()
    if serial == int(serial):
        return moment.date()
    return moment


def _dimension_width(ref: str) -> int:
    """Return how many columns, from column A, a ``<dimension ref="A1:C8">`` spans."""
    match = _REF_RE.search(ref.rpartition(":")[2])
    return column_index(match.group(1)) + 1 if match else 0


def iso_cell_value(raw: str) -> Any:
    """Read a ``t="d"`` cell as calamine does: a date, a date and time, or a time of day.

    A date alone is a date; with a time (even midnight) it is a datetime; a time alone is a
    time. Anything else, a time zone included, stays the text it is.
    """
    try:
        if _ISO_DATE_RE.match(raw):
            return dt.date.fromisoformat(raw)
        if _ISO_DATETIME_RE.match(raw):
            return dt.datetime.fromisoformat(raw)
        if _ISO_TIME_RE.match(raw):
            return dt.time.fromisoformat(raw)
    except ValueError:
        pass
    return raw


class XlsxStream:
    """Open an .xlsx and read the first rows of one of its sheets."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.archive = zipfile.ZipFile(path)
        # Part names are compared without case, as Excel and calamine do: some exporters write
        # ``xl/SharedStrings.xml`` while the relationships say ``sharedStrings.xml``.
        self._members = {name.casefold(): name for name in self.archive.namelist()}
        workbook = ElementTree.fromstring(self._read("xl/workbook.xml"))
        rels = self._rels("xl/workbook.xml")
        self.date1904 = False
        self.sheets: list[tuple[str, str, str | None]] = []  # name, state, member
        for element in workbook.iter():
            name = _local(element.tag)
            if name == "workbookPr" and "date1904" in element.attrib:
                # Only the element that sets it decides: a later ``x14:workbookPr`` (Excel 2010
                # extensions) carries other settings and used to reset it to 1900.
                self.date1904 = element.get("date1904", "false").lower() in ("1", "true")
            elif name == "sheet":
                rid = next((v for k, v in element.attrib.items() if _local(k) == "id"), None)
                target, kind = rels.get(rid or "", (None, ""))
                member = target if kind.endswith(_REL_TYPE_SUFFIX_SHEET) else None
                self.sheets.append(
                    (element.get("name", ""), element.get("state", "visible"), member)
                )
        self.styles = self._read_styles(rels)
        shared = next((t for t, kind in rels.values() if kind.endswith("/sharedStrings")), None)
        self._strings: list[str] = []
        self.declared_width: dict[str, int] = {}  # sheet member -> columns its dimension spans
        self._string_source = self._iter_shared_strings(shared) if shared else iter(())

    def close(self) -> None:
        """Release the file."""
        self.archive.close()

    def _member(self, name: str) -> str:
        """Return the zip member called ``name`` in any case (KeyError later if none is)."""
        return self._members.get(name.casefold(), name)

    def _read(self, name: str) -> bytes:
        return self.archive.read(self._member(name))

    def _open(self, name: str) -> Any:
        return self.archive.open(self._member(name))

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        folder, name = posixpath.split(part)
        rels_path = posixpath.join(folder, "_rels", name + ".rels")
        try:
            root = ElementTree.fromstring(self._read(rels_path))
        except KeyError:
            return {}
        found = {}
        for rel in root:
            target = rel.get("Target", "")
            if target.startswith("/"):
                target = target.lstrip("/")
            else:
                target = posixpath.normpath(posixpath.join(folder, target))
            found[rel.get("Id", "")] = (target, rel.get("Type", ""))
        return found

    def _read_styles(self, rels: dict[str, tuple[str, str]]) -> list[str | None]:
        member = next((t for t, kind in rels.values() if kind.endswith("/styles")), None)
        if member is None:
            return []
        try:
            root = ElementTree.fromstring(self._read(member))
        except (KeyError, ElementTree.ParseError):
            return []
        custom: dict[int, str] = {}
        kinds: list[str | None] = []
        for element in root:
            if _local(element.tag) == "numFmts":
                for fmt in element:
                    custom[int(fmt.get("numFmtId", "0"))] = fmt.get("formatCode", "")
        for element in root:
            if _local(element.tag) == "cellXfs":
                for xf in element:
                    fmt_id = int(xf.get("numFmtId", "0"))
                    if fmt_id in custom:
                        kinds.append(format_kind(custom[fmt_id]))
                    elif fmt_id in _BUILTIN_DURATIONS:
                        kinds.append("duration")
                    elif fmt_id in _BUILTIN_DATES:
                        kinds.append("date")
                    else:
                        kinds.append(None)
        return kinds

    def _iter_shared_strings(self, member: str) -> Iterator[str]:
        parser: ElementTree.XMLPullParser[ElementTree.Element] = ElementTree.XMLPullParser(
            events=("end",)
        )
        with self._open(member) as stream:
            while chunk := stream.read(_CHUNK):
                parser.feed(chunk)
                for _event, element in _ended(parser):
                    if _local(element.tag) == "si":
                        yield _unescape(_rich_text(element))
                        element.clear()
        parser.close()

    def shared_string(self, index: int) -> str:
        """Return shared string ``index``, reading the table only as far as needed."""
        while index >= len(self._strings):
            value = next(self._string_source, None)
            if value is None:
                return ""
            self._strings.append(value)
        return self._strings[index]

    def iter_rows(self, member: str) -> Iterator[tuple[int, list[Any]]]:
        """Yield (row number, values from column A) for the rows present in the sheet XML."""
        parser: ElementTree.XMLPullParser[ElementTree.Element] = ElementTree.XMLPullParser(
            events=("end",)
        )
        expected = 1
        with self._open(member) as stream:
            while chunk := stream.read(_CHUNK):
                parser.feed(chunk)
                for _event, element in _ended(parser):
                    tag = _local(element.tag)
                    if tag == "dimension":
                        self.declared_width[member] = _dimension_width(element.get("ref", ""))
                    if tag != "row":
                        continue
                    number = int(element.get("r", expected))
                    expected = number + 1
                    yield number, self._row_values(element)
                    element.clear()

    def _row_values(self, row: ElementTree.Element) -> list[Any]:
        values: list[Any] = []
        for cell in row:
            if _local(cell.tag) != "c":
                continue
            ref = cell.get("r")
            match = _REF_RE.search(ref) if ref else None
            position = column_index(match.group(1)) if match else len(values)
            if position > len(values):
                values.extend([None] * (position - len(values)))
            value = self._cell_value(cell)
            if position == len(values):
                values.append(value)
            else:
                values[position] = value
        return values

    def _cell_value(self, cell: ElementTree.Element) -> Any:
        kind = cell.get("t", "n")
        raw: str | None = None
        inline: ElementTree.Element | None = None
        for child in cell:
            name = _local(child.tag)
            if name == "v":
                raw = child.text or ""
            elif name == "is":
                inline = child
        if kind == "inlineStr":
            text = _unescape(_rich_text(inline)) if inline is not None else ""
            return text or None
        if raw is None or raw == "":
            return None
        if kind == "s":
            return self.shared_string(int(raw)) or None
        if kind == "str":
            return _unescape(raw) or None
        if kind == "b":
            return raw.strip() in ("1", "true")
        if kind == "e":
            return CellError(raw)
        if kind == "d":
            return iso_cell_value(raw)
        number = float(raw)
        style = cell.get("s")
        fmt = self.styles[int(style)] if style and int(style) < len(self.styles) else None
        if fmt == "date":
            try:
                return serial_to_python(number, self.date1904)
            except (OverflowError, ValueError):
                pass  # past year 9999 (or not finite): the number itself, as calamine gives it
        elif fmt == "duration":
            return duration_text(dt.timedelta(days=number))
        return int(number) if number.is_integer() else number


def _rich_text(element: ElementTree.Element | None) -> str:
    """Join the text runs of a string item, leaving out phonetic guides (``rPh``)."""
    if element is None:
        return ""
    parts: list[str] = []
    for child in element:
        name = _local(child.tag)
        if name == "t":
            parts.append(_t_text(child))
        elif name == "r":
            for run_child in child:
                if _local(run_child.tag) == "t":
                    parts.append(_t_text(run_child))
    return "".join(parts)


def _t_text(element: ElementTree.Element) -> str:
    """Text of a ``<t>``, trimmed of XML white space unless ``xml:space="preserve"``.

    calamine's XML parser trims each text run this way (so " a " + " b " reads "ab"); Excel
    marks every text it means to keep padded with ``preserve``.
    """
    text = element.text or ""
    if element.get(_XML_SPACE) == "preserve":
        return text
    return text.strip(_XML_WHITESPACE)
