"""Past uploads as a user recognises them, and their reports, read from the journal.

The journal records every run for exactly-once delivery; History shows the same runs in a
marketer's terms: when, which file, where to, how many rows went, failed or stayed home, and
whether the upload can still be finished. Everything here only reads the journal: a run's
delivered ids are what keep its rows from being sent twice, so History never deletes a run.

A report of a past run is the Results step's report (every original column, plus Row, Status,
Error and Event ID) when the file is still there and unchanged. Otherwise it holds what the journal
knows: row numbers, status, reasons and event ids, and ``HistoryReport.complete`` says so.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.core.conversion.messages import duplicate_message
from app.core.destinations import find
from app.core.reading.sheet import SheetData, SheetError, list_sheets, read_sheet
from app.core.reports import report
from app.core.reports.report import ReportRow
from app.core.upload.journal import (
    JOURNAL_FILE,
    FileFingerprint,
    Journal,
    JournalRow,
    RowState,
    RunInfo,
    RunState,
)
from app.paths import state_dir as default_state_dir

DEFAULT_LIMIT = 500  # newest runs listed; the journal prunes closed runs after 180 days anyway
_LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]")
_LABEL_SEPARATORS = (" · ", " → ")
_DUPLICATE_REASON = re.compile(r"same event as row (\d+)")

# Not-sent reasons in the report's words (the report is English, like the command line's).
EXCLUDED_TEXT = "Left out of this upload."
NOT_SENT_YET_TEXT = "Not sent yet: run the upload again to send it."
INVALID_TEXT = "Not sent: the checks found a problem in this row ({codes})."


class HistoryState(StrEnum):
    """Where a past upload stands, in the terms a user acts on."""

    FINISHED = "finished"  # every row reached its end; nothing is left to send
    STOPPED = "stopped"  # stopped by the user or the service, with rows left: can resume
    UNFINISHED = "unfinished"  # cut short (window closed, crash) with rows left: can resume
    REPLACED = "replaced"  # a later upload of the same rows started afresh instead


class ReportSource(StrEnum):
    """Why a history report has (or lacks) the file's own columns."""

    FILE = "file"  # the original file, unchanged: the full report
    FILE_MISSING = "file_missing"  # the file is gone or cannot be read
    FILE_CHANGED = "file_changed"  # the file was edited since the upload
    ROWS_DIFFER = "rows_differ"  # no sheet of the file has this upload's rows


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One past upload: what the History list shows for it."""

    run_id: int
    started: float  # Unix time
    ended: float  # last change of the run: its end once finished or stopped
    file_path: str
    destination: str  # a key of ``app.core.destinations``
    local: bool  # sent to a service on this computer (the built-in sandbox)
    label: str  # what was stored with the run (file name, template, account)
    state: HistoryState
    sent: int
    already_there: int
    failed: int
    invalid: int  # with problems, or duplicates: never sent
    excluded: int
    left: int  # pending or in flight: still to send

    @property
    def file_name(self) -> str:
        """The spreadsheet's name, as the user saved it."""
        return Path(self.file_path).name

    @property
    def folder(self) -> str:
        """The folder the spreadsheet was in."""
        return str(Path(self.file_path).parent)

    @property
    def not_sent(self) -> int:
        """Rows this upload did not send: with problems, excluded, already there, or left."""
        return self.invalid + self.excluded + self.already_there + self.left

    @property
    def total(self) -> int:
        """Every row of the upload."""
        return self.sent + self.failed + self.not_sent

    @property
    def can_resume(self) -> bool:
        """True when opening the same file again sends the rows left (nothing twice)."""
        return self.state in (HistoryState.STOPPED, HistoryState.UNFINISHED)

    @property
    def details(self) -> str:
        """The stored label without the file name: template and account, as the user named them."""
        text = self.label
        name = self.file_name
        for separator in _LABEL_SEPARATORS:
            if text.startswith(name + separator):
                return text[len(name) + len(separator) :]
        return "" if text == name else text


@dataclass(frozen=True, slots=True)
class HistoryReport:
    """What ``write_history_report`` wrote."""

    path: Path
    rows: int
    source: ReportSource

    @property
    def complete(self) -> bool:
        """True when the report has the file's own columns (the Results step's report)."""
        return self.source is ReportSource.FILE


def journal_exists(state_dir: str | Path | None = None) -> bool:
    """Return True when a journal file exists (History never creates one just to read it)."""
    if state_dir is None:
        state_dir = default_state_dir()
    return (Path(state_dir) / JOURNAL_FILE).is_file()


def list_history(journal: Journal, limit: int | None = DEFAULT_LIMIT) -> list[HistoryEntry]:
    """Return past uploads, newest first, with their counts (aggregated by SQLite)."""
    return [entry_of(run) for run in journal.list_runs(limit)]


def load_history(
    state_dir: str | Path | None = None, limit: int | None = DEFAULT_LIMIT
) -> list[HistoryEntry]:
    """Open the journal in ``state_dir`` (if there is one), list its runs and close it."""
    if not journal_exists(state_dir):
        return []
    with Journal.open_in(state_dir) as journal:
        return list_history(journal, limit)


def entry_of(run: RunInfo) -> HistoryEntry:
    """Turn a journal run into a History entry."""
    counts = run.counts

    def count(*states: RowState) -> int:
        return sum(counts.get(s.value, 0) for s in states)

    left = run.unfinished_rows
    destination, host = _split_destination(run.destination_key)
    return HistoryEntry(
        run_id=run.id,
        started=run.created,
        ended=run.updated,
        file_path=run.file_path,
        destination=destination,
        local=host.split(":")[0] in _LOCAL_HOSTS or host.startswith("[::1]"),
        label=run.label,
        state=_state_of(run.state, left),
        sent=count(RowState.SENT),
        already_there=count(RowState.ALREADY_SENT),
        failed=count(RowState.FAILED),
        invalid=count(RowState.INVALID, RowState.DUPLICATE),
        excluded=count(RowState.EXCLUDED),
        left=left,
    )


def _state_of(state: RunState, left: int) -> HistoryState:
    if state is RunState.ABANDONED:
        return HistoryState.REPLACED
    if state is RunState.FINISHED or left == 0:
        # A run killed just after its last batch has nothing left: for the user it finished.
        return HistoryState.FINISHED
    if state is RunState.STOPPED:
        return HistoryState.STOPPED
    return HistoryState.UNFINISHED


def _split_destination(key: str) -> tuple[str, str]:
    """Return (destination, host) from a key such as ``hubspot-timeline@api.hubapi.com:1:2``."""
    destination, _, rest = key.partition("@")
    known = find(destination)
    host = rest.rsplit(":", known.run_key_parts if known is not None else 1)[0]
    return destination, host


# --- reports ------------------------------------------------------------------------------------


def report_line(row: JournalRow) -> ReportRow:
    """Return the report line of one journal row, in the Results report's words."""
    state = row.state
    if state is RowState.SENT:
        return ReportRow(row.index, report.STATUS_SENT, row.reason, row.event_id)
    if state is RowState.ALREADY_SENT:
        return ReportRow(row.index, report.STATUS_ALREADY_SENT, "", row.event_id)
    if state is RowState.FAILED:
        return ReportRow(row.index, report.STATUS_FAILED, row.reason or row.code, row.event_id)
    if state is RowState.INVALID:
        codes = ", ".join(c.replace("_", " ") for c in row.code.split(",") if c)
        text = row.reason or INVALID_TEXT.format(codes=codes or "see Preview")
        return ReportRow(row.index, report.STATUS_INVALID, text, row.event_id)
    if state is RowState.DUPLICATE:
        match = _DUPLICATE_REASON.fullmatch(row.reason)
        if match:
            text = duplicate_message(row.row_number, int(match.group(1)))
        else:
            text = row.reason or "Same event as an earlier row: it is sent only once."
        return ReportRow(row.index, report.STATUS_DUPLICATE, text, row.event_id)
    if state is RowState.EXCLUDED:
        return ReportRow(row.index, report.STATUS_NOT_SENT, EXCLUDED_TEXT, row.event_id)
    return ReportRow(row.index, report.STATUS_NOT_SENT, NOT_SENT_YET_TEXT, row.event_id)


def write_history_report(path: str | Path, journal: Journal, run_id: int) -> HistoryReport:
    """Write the report of a past run as .xlsx or .csv (by extension), atomically.

    With the original file unchanged, the report has its columns (the Results step's report);
    otherwise only the journal's row numbers, status, reasons and event ids, and the returned
    ``source`` says why.
    """
    run = journal.get_run(run_id)
    rows = journal.rows(run_id)
    sheet, source = find_sheet(run, rows)
    # Lines by position: the sheet (read again, or made of row numbers) lists the rows in order.
    lines = [dataclasses.replace(report_line(r), index=k) for k, r in enumerate(rows)]
    if sheet is None:
        sheet = journal_sheet(run, rows)
    report.write_report(path, sheet, lines)
    return HistoryReport(Path(path), len(rows), source)


def journal_sheet(run: RunInfo, rows: Sequence[JournalRow]) -> SheetData:
    """Return a sheet with no columns of its own: the report then has Row, Status, Error, ID."""
    return SheetData(
        path=Path(run.file_path),
        sheet_name=None,
        sheet_names=[],
        header_row=1,
        headers=[],
        rows=[[] for _ in rows],
        row_numbers=[r.row_number for r in rows],
    )


def find_sheet(run: RunInfo, rows: Sequence[JournalRow]) -> tuple[SheetData | None, ReportSource]:
    """Read the run's file again if it is unchanged and find the sheet its rows came from.

    The journal keeps no sheet name or header row, so each sheet is read in turn (the default
    one first) until one has exactly the run's rows, at the same spreadsheet row numbers.
    """
    path = Path(run.file_path)
    if not path.is_file():
        return None, ReportSource.FILE_MISSING
    try:
        if not _unchanged(path, run):
            return None, ReportSource.FILE_CHANGED
        names = list_sheets(path)
    except (OSError, SheetError):
        return None, ReportSource.FILE_MISSING
    wanted = [r.row_number for r in sorted(rows, key=lambda r: r.index)]
    tried: set[str | None] = set()
    for name in [None, *names]:  # a CSV file has no sheet names: one table, read once
        if name in tried:
            continue
        try:
            sheet = read_sheet(path, sheet=name)
        except (OSError, SheetError):
            continue
        tried.update((name, sheet.sheet_name))
        if sheet.row_numbers == wanted:
            return sheet, ReportSource.FILE
    return None, ReportSource.ROWS_DIFFER


def _unchanged(path: Path, run: RunInfo) -> bool:
    stat = path.stat()
    if stat.st_size != run.file_size:
        return False
    return FileFingerprint.of(path).sha256 == run.file_sha256


__all__ = [
    "DEFAULT_LIMIT",
    "HistoryEntry",
    "HistoryReport",
    "HistoryState",
    "ReportSource",
    "entry_of",
    "find_sheet",
    "journal_exists",
    "list_history",
    "load_history",
    "report_line",
    "write_history_report",
]
