"""Reports a user can open in Excel: every input row with its status, and files of rows to fix.

A report keeps every original column and adds ``Status``, ``Error`` and ``Event ID``, plus a
``Row`` column (first) with the spreadsheet row number so that a user can find the line in the
original file: one line per input data row, in file order.

Formula injection: a spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and
some tools also one that starts with a tab or carriage return before them) as a formula, so a
crafted cell in an input file could run when a colleague opens the report. The two formats are
made safe in the way each allows:

- ``.xlsx``: such values are written as explicit text cells with Excel's "quote prefix" flag (the
  same as typing ``'=...`` in Excel): the value is kept exactly and can never run.
- ``.csv``: a CSV has no cell types, so such values get a leading ``'`` (OWASP's advice). Plain
  numbers such as ``-12`` or ``+33.5`` are left alone: they cannot hold a formula.

Files are written to a temporary file next to the target and renamed over it, so a crash never
leaves half a report behind. The ``.xlsx`` writer (``report_xlsx``) uses XlsxWriter's
constant-memory mode, which streams the rows out instead of building the workbook in memory.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.conversion.convert import ConversionResult, RowOutcome, RowStatus
from app.core.reading.sheet import CellError, SheetData
from app.core.reports.cells import FORMULA_TRIGGERS, needs_formula_escape

# Status values a report line can carry.
STATUS_VALID = "valid"
STATUS_INVALID = "invalid"
STATUS_DUPLICATE = "duplicate"
STATUS_SENT = "sent"
STATUS_ALREADY_SENT = "already sent"
STATUS_FAILED = "failed"
STATUS_NOT_SENT = "not sent"  # a valid row left pending because the run stopped

# Columns the report adds around the original ones.
ROW_COLUMN = "Row"
STATUS_COLUMN = "Status"
ERROR_COLUMN = "Error"
EVENT_ID_COLUMN = "Event ID"
EDITED_COLUMN = "Edited in Event Loader"  # only when a row was sent with cells edited

REPORT_SUFFIXES = (".xlsx", ".csv")
ERROR_SEPARATOR = " | "


@dataclass(frozen=True, slots=True)
class ReportRow:
    """The outcome of one input data row (``index`` is its position among the sheet's data rows)."""

    index: int
    status: str
    error: str = ""
    event_id: str = ""
    edited: str = ""  # cells changed in the window before sending (``edits.edit_note``)


class ReportFormatError(ValueError):
    """The report path has an extension we cannot write (only .xlsx and .csv)."""


def escape_csv_text(text: str) -> str:
    """Return ``text`` safe to put in a CSV cell that Excel or LibreOffice will open."""
    return "'" + text if needs_formula_escape(text) else text


def duplicate_text(outcome: RowOutcome) -> str:
    """Return the Error text of a duplicate row (the core messages' wording when it has it)."""
    from app.core.conversion.messages import duplicate_message

    if outcome.duplicate_of is None:
        return "Same event as an earlier row: it is sent only once."
    return duplicate_message(outcome.row_number, outcome.duplicate_of)


def report_rows_from_conversion(result: ConversionResult) -> list[ReportRow]:
    """Return one ReportRow per outcome: valid / invalid (with every problem) / duplicate."""
    # Enum members looked up once: ``RowStatus.X`` inside the loop costs a descriptor call on
    # every row, more than building the ReportRow itself.
    invalid, duplicate = RowStatus.INVALID, RowStatus.DUPLICATE
    rows: list[ReportRow] = []
    append = rows.append
    for outcome in result.outcomes:
        status = outcome.status
        if status is invalid:
            error = ERROR_SEPARATOR.join(problem.message for problem in outcome.problems)
            append(ReportRow(outcome.index, STATUS_INVALID, error, outcome.event_id))
        elif status is duplicate:
            append(
                ReportRow(
                    outcome.index, STATUS_DUPLICATE, duplicate_text(outcome), outcome.event_id
                )
            )
        else:
            append(_valid_row(outcome.index, outcome.event_id))
    return rows


_ROW_SETTERS = tuple(
    ReportRow.__dict__[name].__set__ for name in ("index", "status", "error", "event_id", "edited")
)


def _valid_row(index: int, event_id: str) -> ReportRow:
    """Build the ReportRow of a valid row without the frozen dataclass ``__init__``.

    A frozen dataclass sets each field through ``object.__setattr__``; writing the slots
    directly gives the same immutable object in a third of the time, which counts for the
    hundreds of thousands of valid rows of a large check.
    """
    row = object.__new__(ReportRow)
    set_index, set_status, set_error, set_id, set_edited = _ROW_SETTERS
    set_index(row, index)
    set_status(row, STATUS_VALID)
    set_error(row, "")
    set_id(row, event_id)
    set_edited(row, "")
    return row


def report_headers(sheet: SheetData, edited: bool = False) -> list[str]:
    """Return the report's header: Row, the original columns, Status, Error, Event ID.

    ``edited`` adds a last column naming the cells edited in the window (the original columns
    keep the file's values, so the user sees both and can carry each fix back). An added column
    whose name the sheet already uses gets a suffix, so no header is ambiguous.
    """
    taken = set(sheet.headers)

    def unique(name: str) -> str:
        candidate, n = name, 1
        while candidate in taken:
            candidate = f"{name} (report)" if n == 1 else f"{name} (report {n})"
            n += 1
        taken.add(candidate)
        return candidate

    row_col = unique(ROW_COLUMN)
    added = [unique(STATUS_COLUMN), unique(ERROR_COLUMN), unique(EVENT_ID_COLUMN)]
    if edited:
        added.append(unique(EDITED_COLUMN))
    return [row_col, *sheet.headers, *added]


def write_report(
    path: str | Path,
    sheet: SheetData,
    rows: Iterable[ReportRow],
    *,
    line_starts: Sequence[str] | None = None,
) -> None:
    """Write the report as .xlsx or .csv (by extension), atomically.

    Every data row of ``sheet`` gets one line, in file order; a row with no ReportRow (for
    instance one an interrupted upload never reached) has an empty status. ``line_starts`` is
    ``csv_line_starts(sheet)`` when the caller computed it beforehand (a .csv report then only
    adds the columns the checks fill); it is ignored for an .xlsx report.
    """
    target = Path(path)
    suffix = _checked_suffix(target)
    by_index = {row.index: row for row in rows}
    blank = ReportRow(-1, "")
    edited = any(row.edited for row in by_index.values())

    def lines() -> Iterator[list[Any]]:
        for index, (values, row_number) in enumerate(
            zip(sheet.rows, sheet.row_numbers, strict=True)
        ):
            info = by_index.get(index, blank)
            line = [row_number, *values, info.status, info.error, info.event_id]
            if edited:
                line.append(info.edited)
            yield line

    header = report_headers(sheet, edited)
    if suffix == ".xlsx":
        widths = [8, *(_width_for(h) for h in sheet.headers), 10, 60, 24]
        if edited:
            widths.append(40)
        _atomic_write(target, lambda tmp: _write_xlsx(tmp, "Report", header, lines, widths))
    else:
        if line_starts is not None and len(line_starts) != len(sheet.rows):
            raise ValueError(f"{len(line_starts)} line starts for {len(sheet.rows)} rows")
        blocks = _report_blocks(sheet, by_index, blank, edited, line_starts)
        _atomic_write(target, lambda tmp: _write_csv(tmp, header, [], sheet.delimiter, blocks))


def csv_separator(delimiter: str | None) -> str:
    """Return the separator of a .csv report: the source's (a French Excel expects ";")."""
    return delimiter if delimiter in (",", ";", "\t", "|") else ","


def csv_line_starts(sheet: SheetData) -> list[str]:
    """Return the start of each line of a .csv report: its Row and original columns, as text.

    That text depends on the sheet alone, not on the checks, so a caller may compute it while
    the rows are converted (``event-loader check`` does so in a second process) and give it to
    ``write_report``, which then only adds Status, Error and Event ID. Fields are quoted one by
    one as ``csv.writer`` quotes them, so the joined line is byte for byte the usual one.
    """
    from app.core.reports.report_csv import BLOCK_ROWS, joined_columns, quoted_line

    sep = csv_separator(sheet.delimiter)
    rows, numbers = sheet.rows, sheet.row_numbers
    if len(rows) != len(numbers):
        raise ValueError(f"{len(rows)} rows but {len(numbers)} row numbers")
    width = len(sheet.headers)
    starts: list[str] = []
    for start in range(0, len(rows), BLOCK_ROWS):
        stop = min(start + BLOCK_ROWS, len(rows))
        block = rows[start:stop]
        if all(len(row) == width for row in block):
            columns: list[Sequence[Any]] = [numbers[start:stop]]
            columns += zip(*block, strict=True) if width else []
            starts += joined_columns(columns, sep)
        else:
            for number, values in zip(numbers[start:stop], block, strict=True):
                starts.append(quoted_line([_csv_text(v) for v in (number, *values)], sep))
    return starts


def _report_blocks(
    sheet: SheetData,
    by_index: dict[int, ReportRow],
    blank: ReportRow,
    edited: bool,
    line_starts: Sequence[str] | None = None,
) -> Iterator[tuple[str, list[Any]]]:
    """Yield the report's lines a block at a time, tagged by how they are given.

    ``("columns", columns)``: the same lines as ``lines()`` in ``write_report``, given as columns
    so that the CSV writer turns each column into text in one pass; ``("lines", lines)`` for a
    block whose rows differ in length (not a sheet ``read_sheet`` made); ``("text", lines)``:
    finished lines, from ``line_starts`` and the added columns.
    """
    from app.core.reports.report_csv import BLOCK_ROWS, joined_columns

    rows, numbers = sheet.rows, sheet.row_numbers
    if len(rows) != len(numbers):
        raise ValueError(f"{len(rows)} rows but {len(numbers)} row numbers")
    sep = csv_separator(sheet.delimiter)
    width = len(sheet.headers)
    for start in range(0, len(rows), BLOCK_ROWS):
        stop = min(start + BLOCK_ROWS, len(rows))
        block = rows[start:stop]
        infos = list(map(by_index.get, range(start, stop), [blank] * (stop - start)))
        added: list[Sequence[Any]] = [[info.status for info in infos]]
        added += [[info.error for info in infos], [info.event_id for info in infos]]
        if edited:
            added.append([info.edited for info in infos])
        if line_starts is not None:
            ends = joined_columns(added, sep)
            yield "text", list(map(sep.join, zip(line_starts[start:stop], ends, strict=True)))
            continue
        if any(len(row) != width for row in block):
            lines = []
            for number, values, info in zip(numbers[start:stop], block, infos, strict=True):
                line = [number, *values, info.status, info.error, info.event_id]
                lines.append([*line, info.edited] if edited else line)
            yield "lines", lines
            continue
        columns: list[Sequence[Any]] = [numbers[start:stop]]
        columns += zip(*block, strict=True) if width else []
        yield "columns", columns + added


def write_rows_file(path: str | Path, sheet: SheetData, indices: Sequence[int]) -> None:
    """Write only the given data rows, with the original header, as .xlsx or .csv.

    The file loads again in Event Loader with the same mapping (used for "save failed rows"):
    the header is the first row, values keep their types in .xlsx (dates stay dates, errors stay
    errors). In .csv, text that could run as a formula gets a leading ``'`` (see module docs), so
    prefer .xlsx when such values must come back unchanged.
    """
    target = Path(path)
    suffix = _checked_suffix(target)
    header = list(sheet.headers)

    def lines() -> Iterator[list[Any]]:
        for index in indices:
            yield list(sheet.rows[index])

    if suffix == ".xlsx":
        widths = [_width_for(h) for h in header]
        title = sheet.sheet_name or "Rows"
        _atomic_write(target, lambda tmp: _write_xlsx(tmp, title, header, lines, widths))
    else:
        _atomic_write(target, lambda tmp: _write_csv(tmp, header, lines(), sheet.delimiter))


# --- helpers ------------------------------------------------------------------------------------


def _checked_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise ReportFormatError(
            f"{path.name}: a report can be saved as .xlsx or .csv, "
            f"not {suffix or 'a file without an extension'}."
        )
    return suffix


def _width_for(header: str) -> float:
    return float(min(max(len(header) + 2, 10), 40))


# Temporary files: ``.<stem>.<8 hex>-<pid>-<host tag>.tmp.<xlsx|csv>``; older versions wrote them
# without the pid and host. A writer killed mid-way leaves one behind; the next write to the
# folder removes it once its writer is known to be gone (same host, pid not running) or it has
# not changed for STALE_TMP_AGE seconds (no report takes that long, even from another computer).
_TMP_NAME = re.compile(r"\..+\.([0-9a-f]{8})(?:-(\d+)-([0-9a-f]{6}))?\.tmp\.(?i:xlsx|csv)")
STALE_TMP_AGE = 3600.0


def _host_tag() -> str:
    """Return a short tag for this computer, so a pid is only judged on the host that owns it."""
    import hashlib
    import socket

    return hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]


def _pid_running(pid: int) -> bool:
    """Tell whether a process with this id exists on this computer (unsure counts as yes)."""
    if pid <= 0 or os.name == "nt":  # Windows: os.kill would end the process; age decides
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: another user's process is running with that id
        return True
    return True


def remove_stale_temporary_files(folder: Path, now: float | None = None) -> list[Path]:
    """Remove report temporary files left in ``folder`` by killed writers; return them.

    Only names this module makes are touched. A file goes when its writer ran on this computer
    and is no longer running, or when it has not changed for ``STALE_TMP_AGE`` seconds. Any
    error (a file removed meanwhile, a folder that cannot be listed) is ignored: cleaning up
    must never stop a report from being written.
    """
    import time

    now = time.time() if now is None else now
    host = _host_tag()
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TMP_NAME.fullmatch(entry.name)
        if match is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            pid, tag = match.group(2), match.group(3)
            writer_gone = tag == host and pid is not None and not _pid_running(int(pid))
            if writer_gone or now - entry.stat(follow_symlinks=False).st_mtime > STALE_TMP_AGE:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _atomic_write(target: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file in the same folder, then rename it over ``target``."""
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_temporary_files(folder)
    owner = f"{os.getpid()}-{_host_tag()}"
    # Not tempfile.mkstemp: its files are private (0600), and a report shared on a team drive
    # must get the usual permissions (the user's umask applies to os.open's 0666).
    while True:
        tmp = folder / f".{target.stem}.{secrets.token_hex(4)}-{owner}.tmp{target.suffix}"
        try:
            os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
            break
        except FileExistsError:
            continue
    try:
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_xlsx(
    path: Path,
    title: str,
    header: list[str],
    lines: Callable[[], Iterable[list[Any]]],
    widths: list[float],
) -> None:
    """Write an .xlsx file of one sheet (see ``report_xlsx``); ``lines`` gives the lines anew."""
    from app.core.reports.report_xlsx import write_xlsx

    write_xlsx(path, _safe_sheet_title(title), header, lines, widths)


def _safe_sheet_title(title: str) -> str:
    """Return ``title`` as Excel accepts a sheet name: 31 characters, no ``/*?:[]`` nor backslash.

    Excel counts the 31 characters in UTF-16 units (an emoji is two) and refuses a name that
    starts or ends with an apostrophe, including once cut; control characters become ``_``.
    """
    cleaned = re.sub(r"[\\/*?:\[\]\x00-\x1f\ud800-\udfff]", "_", title).strip("'")[:31]
    while len(cleaned.encode("utf-16-le")) > 62:  # 31 UTF-16 units
        cleaned = cleaned[:-1]
    return cleaned.strip("'") or "Rows"


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return escape_csv_text(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, CellError):
        return value.code
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds" if not value.microsecond else "auto")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else str(value)
    return escape_csv_text(str(value))


# Cell types the csv module writes exactly as ``_csv_text`` would, through ``str()`` in C: an
# ``int``/``float`` as its repr, a date, time or date-time as its ISO text with a space (seconds
# unless there are microseconds), ``None`` as nothing, an error cell as its code.
_CSV_AS_IS = frozenset((str, int, float, type(None), dt.datetime, dt.date, dt.time, CellError))
# First characters after which a text cell needs a closer look (a trigger, or spaces before one).
_CSV_RISKY_START = frozenset((*FORMULA_TRIGGERS, " "))


def _csv_line(line: list[Any]) -> list[Any]:
    """Return ``line`` ready for ``csv.writer``, formula-safe, like ``_csv_text`` on every cell.

    Most lines need nothing: their cells are of types the csv module writes right itself and no
    text starts with a risky character. Those checks run in C (a set of types, the first
    characters of the text cells), so a line costs a few calls rather than one per cell; only a
    line with a bool, another type or a risky text goes through ``_csv_text`` cell by cell.
    """
    if _CSV_AS_IS.issuperset(map(type, line)) and _CSV_RISKY_START.isdisjoint(
        [value[:1] for value in line if value.__class__ is str]
    ):
        return line
    return [_csv_text(value) for value in line]


def _write_csv(
    path: Path,
    header: list[str],
    lines: Iterable[list[Any]],
    delimiter: str | None,
    blocks: Iterable[tuple[str, list[Any]]] | None = None,
) -> None:
    """Write a CSV file of ``header`` then ``lines``, or ``blocks`` (see ``_report_blocks``)."""
    from app.core.reports.report_csv import LINE_END, new_writer, write_columns, write_lines

    # UTF-8 with a BOM: Excel then opens accents correctly; keep the source's separator so that
    # a French Excel (which expects ";") splits the columns too.
    sep = csv_separator(delimiter)
    with open(path, "w", encoding="utf-8-sig", newline="", buffering=1 << 20) as handle:
        writer = new_writer(handle, sep)
        writer.writerow([escape_csv_text(name) for name in header])
        if blocks is None:
            write_lines(handle, writer, sep, lines)
            return
        for kind, block in blocks:
            if kind == "columns":
                write_columns(handle, writer, sep, block)
            elif kind == "lines":
                write_lines(handle, writer, sep, block)
            elif block:
                handle.write(LINE_END.join(block))
                handle.write(LINE_END)
