"""Read workbooks (.xlsx/.xlsm/.xls/.xlsb/.ods) with python-calamine, fast and faithfully.

calamine parses a sheet about nine times faster than openpyxl, but it has habits the reader
corrects: whole numbers come back as floats (an id 12345 would print as "12345.0"), empty cells
as "" and Excel error cells (#N/A, #DIV/0! ...) as "" too, which would let a broken formula
pass for an empty value. Error cells are therefore found in the sheet's XML by a byte scan that
runs in a thread while calamine parses (zlib releases the GIL), so it costs almost no time.

calamine parses a whole sheet before giving the first row, so the first page of a large .xlsx
is read by openpyxl's streaming mode instead, which stops after the rows asked for.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import threading
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import python_calamine

from app.core.reading import sheet_files
from app.core.reading.sheet_build import MergedRange, RawSheet
from app.core.reading.sheet_files import check_workbook_container, read_head, sheet_error
from app.core.reading.sheet_ods import OdsScan
from app.core.reading.sheet_types import CellError, SheetError
from app.core.reading.sheet_values import column_index, duration_text
from app.core.reading.sheet_xlsx_stream import XlsxStream

ERROR_CODES = frozenset(
    {
        "#N/A",
        "#DIV/0!",
        "#REF!",
        "#VALUE!",
        "#NAME?",
        "#NUM!",
        "#NULL!",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
        "#FIELD!",
        "#BLOCKED!",
        "#CONNECT!",
        "#BUSY!",
        "#UNKNOWN!",
    }
)
_CHUNK = 1 << 20
_REF_RE = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_VALUE_RE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
# Some writers prefix every element (``<x:mergeCell``): the prefix is allowed.
_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


# ---------------------------------------------------------------------------------------------
# Opening


def open_workbook(path: Path) -> python_calamine.CalamineWorkbook:
    """Open a workbook with calamine after checking what the file really is."""
    kind = check_workbook_container(path, read_head(path))
    suffix = path.suffix.lower()
    native = (kind == "ole" and suffix == ".xls") or (kind == "zip" and suffix != ".xls")
    try:
        if native:
            return python_calamine.CalamineWorkbook.from_path(str(path))
        # An .xls that is really an .xlsx (or the reverse): let calamine sniff the content.
        with path.open("rb") as f:
            return python_calamine.CalamineWorkbook.from_filelike(f)
    except BaseException as exc:  # noqa: BLE001 - Rust panics are BaseException
        raise translate_error(exc, path) from exc


def translate_error(exc: BaseException, path: Path) -> BaseException:
    """Map a calamine failure to a ``SheetError`` a user understands."""
    if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit | SheetError):
        return exc
    if isinstance(exc, python_calamine.PasswordError):
        return sheet_error("encrypted", path)
    if isinstance(exc, python_calamine.WorksheetNotFound):
        return sheet_error("sheet_not_found", path, sheet="?", sheets="")
    detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
    if "password" in detail.lower() or "encrypt" in detail.lower():
        return sheet_error("encrypted", path)
    return sheet_error("corrupt", path, detail=detail)


def visible_sheet_names(workbook: python_calamine.CalamineWorkbook) -> list[str]:
    """Names of the visible worksheets (hidden sheets and chart sheets are not offered first)."""
    names = []
    for meta in workbook.sheets_metadata:
        if meta.visible != python_calamine.SheetVisibleEnum.Visible:
            continue
        if meta.typ not in (python_calamine.SheetTypeEnum.WorkSheet,):
            continue
        names.append(meta.name)
    return names


def _sheet_not_found(path: Path, sheet: str, names: list[str]) -> SheetError:
    return sheet_error(
        "sheet_not_found", path, sheet=sheet, sheets=", ".join(f'"{n}"' for n in names)
    )


def _resolve_sheet_name(sheet: str, names: list[str]) -> str | None:
    """Find a sheet by name, forgiving case and surrounding spaces as Excel does."""
    if sheet in names:
        return sheet
    wanted = sheet.strip().casefold()
    for name in names:
        if name.strip().casefold() == wanted:
            return name
    return None


# ---------------------------------------------------------------------------------------------
# Values


def normalise_calamine_rows(
    rows: list[list[Any]],
    _float: type = float,
    _str: type = str,
    _delta: type = dt.timedelta,
    _type: type = type,
) -> list[list[Any]]:
    """Normalise many calamine rows in one comprehension (see ``normalise_calamine_row``)."""
    return [
        [
            (int(v) if v.is_integer() else v)
            if (kind := _type(v)) is _float
            else (v or None)
            if kind is _str
            else (v if kind is not _delta else duration_text(v))
            for v in row
        ]
        for row in rows
    ]


def normalise_calamine_row(
    row: list[Any],
    _float: type = float,
    _str: type = str,
    _delta: type = dt.timedelta,
    _type: type = type,
) -> list[Any]:
    """Turn one calamine row into reader values.

    Whole floats become int, "" becomes None; other values pass unchanged. Written as one
    comprehension over class identity because it runs for every cell of every load: the class
    is taken once per cell with ``type`` (a local), which costs a third less than reading
    ``v.__class__`` for each test (264 -> 170 ms for 2,000,000 cells).
    """
    return [
        (int(v) if v.is_integer() else v)
        if (kind := _type(v)) is _float
        else (v or None)
        if kind is _str
        else (v if kind is not _delta else duration_text(v))
        for v in row
    ]


# ---------------------------------------------------------------------------------------------
# Scanning the sheet XML for what calamine does not report


def xlsx_sheet_member(archive: zipfile.ZipFile, sheet_name: str) -> str | None:
    """Return the zip path of a sheet's XML in an .xlsx/.xlsm (None if it cannot be found)."""
    try:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return None
    targets = {
        rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_NS_PKG_REL}Relationship")
    }
    for sheet in workbook.iter(f"{_NS_MAIN}sheet"):
        if sheet.get("name") != sheet_name:
            continue
        target = targets.get(sheet.get(f"{_NS_REL}id"))
        if not target:
            return None
        if target.startswith("/"):
            return target.lstrip("/")
        return posixpath.normpath(posixpath.join("xl", target))
    return None


class SheetXmlScan:
    """Stream a sheet's XML once for error cells and merged ranges, in a background thread."""

    def __init__(self, path: Path, sheet_name: str, *, want_errors: bool) -> None:
        self.path = path
        self.sheet_name = sheet_name
        self.want_errors = want_errors
        self.errors: dict[int, list[tuple[int, CellError]]] = {}
        self.merged: list[MergedRange] = []
        self.failed = False
        self._thread = threading.Thread(target=self._run, name="sheet-xml-scan", daemon=True)

    def start(self) -> SheetXmlScan:
        """Start scanning in the background."""
        self._thread.start()
        return self

    def join(self) -> None:
        """Wait for the scan to finish."""
        self._thread.join()

    def result(self) -> dict[int, list[tuple[int, CellError]]]:
        """Wait for the scan, then return the error cells by row number."""
        self._thread.join()
        return self.errors

    def _run(self) -> None:
        try:
            with zipfile.ZipFile(self.path) as archive:
                member = xlsx_sheet_member(archive, self.sheet_name)
                if member is None:
                    return
                with archive.open(member) as stream:
                    self._scan(stream)
        except Exception:  # noqa: BLE001 - calamine reports broken files; this scan is a bonus
            self.failed = True

    def _scan(self, stream: Any) -> None:
        carry = b""
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                self._scan_part(carry)
                return
            buf = carry + chunk
            # Merged ranges come after every cell (the schema's order), so only the text after
            # the last cell can hold one: searching the whole megabyte for them each time cost
            # as much GIL time as the error search itself.
            cut = _last_cell_start(buf)
            merge = buf.rfind(b"mergeCell ", cut + 1)
            if merge != -1:  # cut at its "<", before any prefix ("<x:mergeCell")
                cut = max(cut, buf.rfind(b"<", 0, merge))
            if cut <= 0:
                cut = max(0, len(buf) - 64)
            self._scan_part(buf[:cut])
            carry = buf[cut:]

    def _scan_part(self, part: bytes) -> None:
        if self.want_errors:
            pos = part.find(b't="e"')
            while pos != -1:
                self._record_error(part, pos)
                pos = part.find(b't="e"', pos + 5)
        last_cell = _last_cell_start(part)
        if part.find(b"mergeCell ", last_cell + 1) != -1:
            for match in _MERGE_RE.finditer(part, last_cell + 1):
                c0, r0, c1, r1 = match.groups()
                self.merged.append(
                    ((int(r0) - 1, column_index(c0)), (int(r1) - 1, column_index(c1)))
                )

    def _record_error(self, part: bytes, pos: int) -> None:
        start = _last_cell_start(part, pos)
        if start == -1 or part.find(b">", start) < pos:
            return  # the text t="e" inside a string cell, not an attribute
        end = part.find(b"c>", pos)
        cell = part[start : end if end != -1 else len(part)]
        ref = _REF_RE.search(cell)
        value = _VALUE_RE.search(cell)
        if ref is None:
            return
        code = value.group(1).decode("utf-8", "replace") if value else "#N/A"
        row_number = int(ref.group(2))
        self.errors.setdefault(row_number, []).append((column_index(ref.group(1)), CellError(code)))


def _last_cell_start(part: bytes, before: int | None = None) -> int:
    """Where the last cell element starts in ``part`` (before ``before``): ``<c `` or ``<x:c ``.

    Some writers prefix every element with a namespace; the full read must find their error
    cells as the first page does.
    """
    end = len(part) if before is None else before
    plain = part.rfind(b"<c ", 0, end)
    # Only a prefixed cell after the last plain one matters: searching from there, not from the
    # start, keeps an unprefixed sheet (where ":c " never occurs) from a backward scan of each
    # megabyte (a quarter of the scan's time).
    prefixed = part.rfind(b":c ", max(plain, 0), end)
    if prefixed > plain:
        opening = part.rfind(b"<", 0, prefixed)
        if opening != -1 and part[opening + 1 : prefixed].isalnum():
            return opening
    return plain


# ---------------------------------------------------------------------------------------------
# Row count of a large sheet, before calamine loads it

_DIMENSION_RE = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?([A-Z]{1,3})?(\d+)"')
_DIMENSION_START_RE = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]{1,3})\d+')
_ROW_R_RE = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sr="(\d+)"')
# The fewest bytes a row of the sheet XML takes (``<row><c><v>1</v></c></row>``): a sheet XML
# smaller than MAX_ROWS times this cannot hold too many rows, and is not scanned.
MIN_ROW_BYTES = 26
# Most bytes a cell takes in an honest sheet XML (a formula and a long inline text): a sheet
# XML larger than its declared size allows is counted rather than trusted.
MAX_CELL_BYTES = 512


def check_xlsx_row_count(path: Path, sheet_name: str) -> None:
    """Refuse a sheet of more rows than Excel allows before calamine loads it all in memory.

    calamine gives no row before it has parsed the whole sheet: a 32 MB file that unzips to
    1.9 GB was read to 15.6 million rows until memory ran out. The sheet's declared size
    (``<dimension>``) answers at once; a large sheet without one, or larger than it declares,
    is counted by streaming its XML, which stops at the first row past the limit.
    """
    limit = sheet_files.MAX_ROWS
    try:
        with zipfile.ZipFile(path) as archive:
            member = xlsx_sheet_member(archive, sheet_name)
            if member is None:
                return
            size = archive.getinfo(member).file_size
            if size <= limit * MIN_ROW_BYTES:
                return
            with archive.open(member) as stream:
                head = stream.read(1 << 16)
                declared = _declared_size(head)
                if declared is not None:
                    rows, columns = declared
                    if rows > limit:
                        raise sheet_error("too_many_rows", path, limit=limit, row=rows)
                    if size <= rows * max(columns, 1) * MAX_CELL_BYTES:
                        return
                _count_rows(stream, head, path, limit)
    except (
        KeyError,
        zipfile.BadZipFile,
        OSError,
        EOFError,
        zlib.error,
        RuntimeError,  # an entry flagged encrypted
        NotImplementedError,  # a compression method zipfile lacks
        ValueError,
    ):
        return  # calamine reports a damaged file in its own words


def _declared_size(head: bytes) -> tuple[int, int] | None:
    """Return (last row, column count) of a sheet's ``<dimension>``, if it has one."""
    match = _DIMENSION_RE.search(head)
    if match is None:
        return None
    start = _DIMENSION_START_RE.search(head)
    last_column = column_index(match.group(1)) if match.group(1) else 0
    first_column = column_index(start.group(1)) if start else 0
    return int(match.group(2)), last_column - first_column + 1


def _count_rows(stream: Any, head: bytes, path: Path, limit: int) -> None:
    """Stream the sheet XML and raise ``too_many_rows`` at the first row past ``limit``."""
    carry = b""
    tags = 0
    chunk = head
    while chunk:
        buf = carry + chunk
        cut = buf.rfind(b"<")
        part, carry = (buf[:cut], buf[cut:]) if cut > 0 else (buf, b"")
        tags += part.count(b"<row ") + part.count(b"<row>")
        last = part.rfind(b"row ")
        numbered = _ROW_R_RE.search(part, max(0, last - 16)) if last != -1 else None
        row = max(tags, int(numbered.group(1)) if numbered else 0)
        if row > limit:
            raise sheet_error("too_many_rows", path, limit=limit, row=row)
        chunk = stream.read(_CHUNK)


# ---------------------------------------------------------------------------------------------
# Whole sheet (calamine)


def list_workbook_sheets(path: Path) -> list[str]:
    """Return every sheet name of a workbook, in workbook order."""
    workbook = open_workbook(path)
    try:
        return list(workbook.sheet_names)
    finally:
        workbook.close()


def _candidate_sheets(
    workbook: python_calamine.CalamineWorkbook, path: Path, sheet: str | None
) -> list[str]:
    """Return the sheet named, or the visible worksheets in order (first with data wins)."""
    names = list(workbook.sheet_names)
    if sheet is not None:
        name = _resolve_sheet_name(sheet, names)
        if name is None:
            raise _sheet_not_found(path, sheet, names)
        return [name]
    candidates = visible_sheet_names(workbook) or names
    if not candidates:
        raise sheet_error("empty_file", path)
    return candidates


def read_workbook_raw(path: Path, sheet: str | None) -> RawSheet:
    """Open a workbook and prepare its chosen sheet for ``build_sheet``."""
    workbook = open_workbook(path)
    suffix = path.suffix.lower()
    is_zip = zipfile.is_zipfile(path)
    candidates = _candidate_sheets(workbook, path, sheet)
    chosen: tuple[str, python_calamine.CalamineSheet, Any] | None = None
    for name in candidates:
        # The scan starts first so that it runs while calamine parses the same sheet; the row
        # count comes before both, so a refused sheet costs neither.
        scan: Any = None
        if is_zip and suffix in (".xlsx", ".xlsm"):
            check_xlsx_row_count(path, name)
            scan = SheetXmlScan(path, name, want_errors=True).start()
        elif is_zip and suffix == ".ods":
            scan = OdsScan(path, name).start()
        try:
            loaded = workbook.get_sheet_by_name(name)
        except BaseException as exc:  # noqa: BLE001 - Rust panics are BaseException
            if scan is not None:
                scan.result() if isinstance(scan, SheetXmlScan) else scan.errors_result()
            raise translate_error(exc, path) from exc
        if loaded.start is not None or len(candidates) == 1:
            chosen = (name, loaded, scan)
            break
        if scan is not None:
            scan.result() if isinstance(scan, SheetXmlScan) else scan.errors_result()
        if chosen is None:
            chosen = (name, loaded, None)
    assert chosen is not None
    name, loaded, scan = chosen
    start = loaded.start
    if start is None and sheet is None:
        raise sheet_error("empty_file", path)
    rows: Iterator[list[Any]] = iter(())
    first_column = 0
    merged: list[MergedRange] = []
    if start is not None and loaded.end is not None:
        rows = _checked_rows(loaded, path)
        first_column = start[1]
        try:
            merged = list(loaded.merged_cell_ranges or [])
        except BaseException as exc:  # noqa: BLE001
            raise translate_error(exc, path) from exc
    raw = RawSheet(
        path=path,
        rows=rows,
        sheet_name=name,
        sheet_names=list(workbook.sheet_names),
        # calamine's iter_rows starts at the sheet's first row, columns at the first used one.
        first_row_number=1,
        first_column=first_column,
        normalise=normalise_calamine_row,
        normalise_batch=normalise_calamine_rows,
        merged=merged,
    )
    # The scans keep running while the rows are read; their findings are applied after.
    if isinstance(scan, SheetXmlScan):
        raw.errors_loader = scan.result
    elif scan is not None:
        raw.errors_loader = scan.errors_result
        raw.merged_loader = scan.merged_result
    return raw


def _checked_rows(loaded: python_calamine.CalamineSheet, path: Path) -> Iterator[list[Any]]:
    # A plain loop, not ``yield from``: Python 3.11 does not let other threads run when a
    # generator resumes inside ``yield from``, so the reader's ``list(islice(...))`` of thousands
    # of rows held the GIL (and froze the window) for its whole length. Resuming after a plain
    # ``yield`` checks for a waiting thread at every row.
    try:
        for row in loaded.iter_rows():  # noqa: UP028 - see above
            yield row
    except BaseException as exc:  # noqa: BLE001
        raise translate_error(exc, path) from exc


# ---------------------------------------------------------------------------------------------
# First page of an .xlsx (openpyxl streaming)


def can_stream_first_page(path: Path) -> bool:
    """Tell whether the file is a real .xlsx/.xlsm, whose first rows openpyxl can stream."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def read_xlsx_first_rows(
    path: Path, sheet: str | None, limit: int, header_row: int | None
) -> RawSheet:
    """Prepare the first rows of an .xlsx sheet by streaming its XML.

    Values follow calamine's rules so that they equal those of the full read. Merged ranges sit
    at the end of the sheet XML, so a scan for them runs beside the row reader.
    """
    check_workbook_container(path, read_head(path))
    try:
        stream = XlsxStream(path)
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, ValueError) as exc:
        raise sheet_error("corrupt", path, detail=str(exc).splitlines()[0][:120]) from exc
    try:
        names = [name for name, _state, _member in stream.sheets]
        members = {name: member for name, _state, member in stream.sheets}
        if sheet is not None:
            name = _resolve_sheet_name(sheet, names)
            if name is None:
                raise _sheet_not_found(path, sheet, names)
            candidates = [name]
        else:
            candidates = [n for n, state, m in stream.sheets if state == "visible" and m]
            candidates = candidates or [n for n, _s, m in stream.sheets if m]
            if not candidates:
                raise sheet_error("empty_file", path)
        chosen = candidates[0]
        rows: list[list[Any]] = []
        for name in candidates:
            member = members.get(name)
            if member is None:
                continue
            rows = _first_rows(stream, member, limit, header_row or 0)
            if any(r.count(None) != len(r) for r in rows):
                chosen = name
                break
            if sheet is None and name == candidates[-1]:
                raise sheet_error("empty_file", path)
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise sheet_error("corrupt", path, detail=str(exc).splitlines()[0][:120]) from exc
    finally:
        stream.close()
    width = min(stream.declared_width.get(members.get(chosen) or "", 0), 16_384)
    return RawSheet(
        path=path,
        rows=iter(rows),
        sheet_name=chosen,
        sheet_names=names,
        first_row_number=1,
        first_column=0,
        normalise=None,
        merged_loader=lambda: _merged_ranges(path, chosen),
        declared_width=width,
    )


def _merged_ranges(path: Path, sheet_name: str) -> list[MergedRange]:
    scan = SheetXmlScan(path, sheet_name, want_errors=False)
    scan.start().join()
    return scan.merged


def _first_rows(stream: Any, member: str, limit: int, header_row: int) -> list[list[Any]]:
    """Read rows until the header window and ``limit`` data rows are in (and no further)."""
    rows: list[list[Any]] = []
    non_empty = 0
    wanted = limit + 40  # the header search window plus the page
    for number, values in stream.iter_rows(member):
        while len(rows) < number - 1:  # rows absent from the XML are empty
            rows.append([])
        rows.append(values)
        if values.count(None) != len(values):
            non_empty += 1
            if non_empty >= wanted and number >= header_row + limit:
                break
    return rows
