"""History: past runs read from a real journal, newest first, and their reports."""

from __future__ import annotations

import csv
import time
from pathlib import Path

from app.core.conversion.mapping import HUBSPOT, PIPELESS
from app.core.reading.sheet import read_sheet
from app.core.upload.history import (
    HistoryState,
    ReportSource,
    list_history,
    load_history,
    write_history_report,
)
from app.core.upload.journal import FileFingerprint, Journal, NewRow, RowState, RunState
from app.core.upload.upload_plan import destination_key

HUBSPOT_KEY = destination_key(HUBSPOT, 123, "456", "https://api.hubapi.com")
SANDBOX_KEY = destination_key(HUBSPOT, 1, "2", "http://127.0.0.1:8765")
PIPELESS_KEY = destination_key(PIPELESS, 77, None, "https://api.pipeless.io")


class Clock:
    """A clock the test moves, so runs get distinct, known times."""

    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now


def _csv(path: Path, rows: int) -> Path:
    lines = ["email,date"] + [f"p{i}@example.com,2025-01-{i % 28 + 1:02d}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _rows(n: int) -> list[NewRow]:
    """Rows 2..n+1 of a sheet with a header on row 1; row 3 has a bad date."""
    rows = [NewRow(i, i + 2, f"ev-{i}", RowState.PENDING) for i in range(n)]
    rows[1] = NewRow(1, 3, "ev-1", RowState.INVALID, "", "date_invalid")
    return rows


def _journal_with_runs(tmp_path: Path) -> tuple[Journal, Clock, Path, dict[str, int]]:
    clock = Clock()
    journal = Journal(tmp_path / "state" / "journal.sqlite3", clock=clock)
    source = _csv(tmp_path / "attendees.csv", 6)
    fp = FileFingerprint.of(source)
    ids: dict[str, int] = {}

    # 1. finished: 4 sent, 1 failed, 1 invalid
    run = journal.create_run(
        fp, "m1", HUBSPOT_KEY, _rows(6), label="attendees.csv · Webinar · Acme"
    )
    ids["finished"] = run.id
    clock.now += 60
    journal.record_outcome(
        run.id,
        HUBSPOT_KEY,
        sent=[(0, "ev-0"), (2, "ev-2"), (3, "ev-3"), (4, "ev-4")],
        failed={5: ("enum_unknown", 'Row 7: "Golden" is not an option of token Tier.')},
    )
    journal.set_run_state(run.id, RunState.FINISHED)

    # 2. stopped by the user after 2 rows: 3 left, one of them excluded
    clock.now += 3600
    run = journal.create_run(fp, "m2", PIPELESS_KEY, _rows(6), label="attendees.csv → Pipeless")
    ids["stopped"] = run.id
    journal.set_rows_state(run.id, [5], RowState.EXCLUDED)
    clock.now += 30
    journal.record_outcome(run.id, PIPELESS_KEY, sent=[(0, "ev-0"), (2, "ev-2")])
    journal.set_run_state(run.id, RunState.STOPPED)

    # 3. the window was closed mid-upload: still active, one row in flight
    clock.now += 3600
    run = journal.create_run(fp, "m3", SANDBOX_KEY, _rows(6), label="attendees.csv")
    ids["unfinished"] = run.id
    journal.mark_in_flight(run.id, [0, 2], 1)
    clock.now += 5
    journal.record_outcome(run.id, SANDBOX_KEY, sent=[(0, "ev-0")])
    return journal, clock, source, ids


def test_runs_are_listed_newest_first_with_counts_and_states(tmp_path: Path) -> None:
    journal, clock, source, ids = _journal_with_runs(tmp_path)
    with journal:
        entries = list_history(journal)
    assert [e.run_id for e in entries] == [ids["unfinished"], ids["stopped"], ids["finished"]]
    unfinished, stopped, finished = entries

    assert finished.state is HistoryState.FINISHED and not finished.can_resume
    assert (finished.sent, finished.failed, finished.invalid, finished.not_sent) == (4, 1, 1, 1)
    assert finished.ended - finished.started == 60
    assert finished.destination == HUBSPOT and not finished.local
    assert finished.details == "Webinar · Acme"
    assert finished.file_name == "attendees.csv"
    assert finished.folder == str(source.resolve().parent)

    assert stopped.state is HistoryState.STOPPED and stopped.can_resume
    assert (stopped.sent, stopped.failed, stopped.excluded, stopped.left) == (2, 0, 1, 2)
    assert stopped.not_sent == 4 and stopped.total == 6
    assert stopped.destination == PIPELESS and stopped.details == "Pipeless"

    assert unfinished.state is HistoryState.UNFINISHED and unfinished.can_resume
    assert unfinished.local  # the built-in sandbox runs on this computer
    assert (unfinished.sent, unfinished.left) == (1, 4)
    assert unfinished.details == ""


def test_listing_never_changes_the_journal(tmp_path: Path) -> None:
    journal, _clock, _source, ids = _journal_with_runs(tmp_path)
    with journal:
        before = {i: journal.get_run(i) for i in ids.values()}
        list_history(journal)
        assert {i: journal.get_run(i) for i in ids.values()} == before
        assert journal.delivered_count(HUBSPOT_KEY) == 4


def test_abandoned_and_closed_but_done_runs(tmp_path: Path) -> None:
    journal, _clock, _source, ids = _journal_with_runs(tmp_path)
    with journal:
        journal.set_run_state(ids["stopped"], RunState.ABANDONED)
        # Killed right after its last batch: all rows final, the state never closed.
        journal.record_outcome(ids["unfinished"], SANDBOX_KEY, sent=[(2, "ev-2")])
        journal.set_rows_state(ids["unfinished"], [3, 4, 5], RowState.EXCLUDED)
        by_id = {e.run_id: e for e in list_history(journal)}
    assert by_id[ids["stopped"]].state is HistoryState.REPLACED
    assert not by_id[ids["stopped"]].can_resume
    assert by_id[ids["unfinished"]].state is HistoryState.FINISHED


def test_limit_lists_the_newest_runs_only(tmp_path: Path) -> None:
    journal, _clock, _source, ids = _journal_with_runs(tmp_path)
    with journal:
        entries = list_history(journal, limit=2)
    assert [e.run_id for e in entries] == [ids["unfinished"], ids["stopped"]]
    assert entries[1].sent == 2  # counts of a run at the edge of the range are complete


def test_no_journal_yet_means_no_uploads_and_no_file_created(tmp_path: Path) -> None:
    assert load_history(tmp_path / "state") == []
    assert not (tmp_path / "state").exists()


def test_report_of_an_unchanged_file_has_its_columns(tmp_path: Path) -> None:
    journal, _clock, source, ids = _journal_with_runs(tmp_path)
    target = tmp_path / "report.csv"
    with journal:
        written = write_history_report(target, journal, ids["finished"])
    assert written.complete and written.source is ReportSource.FILE and written.rows == 6
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["Row", "email", "date", "Status", "Error", "Event ID"]
    assert [line[0] for line in lines[1:]] == ["2", "3", "4", "5", "6", "7"]
    assert lines[1][1:4] == ["p0@example.com", "2025-01-01", "sent"]
    assert lines[2][3] == "invalid" and "date invalid" in lines[2][4]
    assert lines[6][3:] == ["failed", 'Row 7: "Golden" is not an option of token Tier.', "ev-5"]


def test_report_of_a_changed_or_missing_file_holds_what_the_journal_knows(
    tmp_path: Path,
) -> None:
    journal, _clock, source, ids = _journal_with_runs(tmp_path)
    with journal:
        _csv(source, 7)  # edited since: another row
        changed = write_history_report(tmp_path / "changed.xlsx", journal, ids["stopped"])
        source.unlink()
        missing = write_history_report(tmp_path / "missing.xlsx", journal, ids["stopped"])
    assert changed.source is ReportSource.FILE_CHANGED and not changed.complete
    assert missing.source is ReportSource.FILE_MISSING
    sheet = read_sheet(tmp_path / "missing.xlsx")
    assert sheet.headers == ["Row", "Status", "Error", "Event ID"]
    by_row = {row[0]: row[1:] for row in sheet.rows}
    assert by_row[2] == ["sent", None, "ev-0"]
    assert by_row[6][0] == "not sent" and "run the upload again" in by_row[6][1]
    assert by_row[7] == ["not sent", "Left out of this upload.", "ev-5"]


def test_many_large_runs_are_listed_quickly(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    source = FileFingerprint(str(tmp_path / "big.xlsx"), 1, 0.0, "x")
    with journal:
        for n in range(6):
            rows = [NewRow(i, i + 2, f"r{n}-{i}", RowState.PENDING) for i in range(100_000)]
            run = journal.create_run(source, f"m{n}", HUBSPOT_KEY, rows)
            journal.set_rows_state(run.id, range(0, 100_000, 2), RowState.SENT)
        started = time.perf_counter()
        entries = list_history(journal)
        elapsed = time.perf_counter() - started
    assert len(entries) == 6
    assert all(e.sent == 50_000 and e.left == 50_000 for e in entries)
    assert elapsed < 3.0, elapsed
