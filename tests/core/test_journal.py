"""The journal keeps every row's state across process restarts, fast enough for big files."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from app.core.upload.journal import (
    FileFingerprint,
    Journal,
    JournalError,
    NewRow,
    RowState,
    RunState,
)

DEST = "hubspot-timeline@127.0.0.1:1:123456:1009877"


def _source(tmp_path: Path, content: bytes = b"a,b\n1,2\n") -> FileFingerprint:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    return FileFingerprint.of(path)


def _rows(n: int, start: int = 0) -> list[NewRow]:
    return [NewRow(i, i + 2, f"el-{i}", RowState.PENDING) for i in range(start, start + n)]


def test_fingerprint_changes_with_content(tmp_path: Path) -> None:
    first = _source(tmp_path, b"one\n")
    second = _source(tmp_path, b"two\n")
    assert first.size == second.size
    assert first.sha256 != second.sha256
    assert len(first.sha256) == 64


def test_run_rows_and_outcomes_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    source = _source(tmp_path)
    with Journal(path) as journal:
        rows = _rows(5) + [NewRow(5, 7, "el-5", RowState.INVALID, "bad date", "date_invalid")]
        run = journal.create_run(source, "map-fp", DEST, rows, label="Webinar")
        journal.mark_in_flight(run.id, [0, 1, 2], batch_no=1)
        journal.record_outcome(
            run.id,
            DEST,
            sent=[(0, "el-0"), (1, "el-1")],
            failed={2: ("rejected", "Token level has invalid option")},
        )
        journal.mark_in_flight(run.id, [3], batch_no=2)  # then the process "dies"
    with Journal(path) as journal:
        rows_after = {r.index: r for r in journal.rows(run.id)}
        assert rows_after[0].state is RowState.SENT and rows_after[0].attempts == 1
        assert rows_after[2].state is RowState.FAILED
        assert rows_after[2].reason == "Token level has invalid option"
        assert rows_after[2].code == "rejected"
        assert rows_after[3].state is RowState.IN_FLIGHT and rows_after[3].batch_no == 2
        assert rows_after[4].state is RowState.PENDING and rows_after[4].attempts == 0
        assert rows_after[5].state is RowState.INVALID and rows_after[5].code == "date_invalid"
        unfinished = journal.find_unfinished_runs()
        assert [r.id for r in unfinished] == [run.id]
        assert unfinished[0].unfinished_rows == 2
        assert unfinished[0].label == "Webinar"
        assert journal.find_resumable_run(source.sha256, "map-fp", DEST).id == run.id
        assert journal.find_resumable_run(source.sha256, "other", DEST) is None
        journal.set_run_state(run.id, RunState.FINISHED)
        assert journal.find_unfinished_runs() == []
        assert journal.find_resumable_run(source.sha256, "map-fp", DEST) is None


def test_delivered_ids_are_per_destination(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        run = journal.create_run(_source(tmp_path), "m", DEST, _rows(3))
        journal.record_outcome(run.id, DEST, sent=[(0, "el-0"), (2, "el-2")])
        assert journal.delivered_among(DEST, ["el-0", "el-1", "el-2", "el-9"]) == {"el-0", "el-2"}
        assert journal.delivered_among("pipeless@127.0.0.1:1:77", ["el-0"]) == set()
        assert journal.delivered_count(DEST) == 2
        # recording the same delivery twice (a resend after a crash) keeps one entry
        journal.record_outcome(run.id, DEST, sent=[(0, "el-0")])
        assert journal.delivered_count(DEST) == 2


def test_sent_notes_are_kept(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        run = journal.create_run(_source(tmp_path), "m", DEST, _rows(2))
        journal.record_outcome(
            run.id,
            DEST,
            sent=[(0, "el-0"), (1, "el-1")],
            sent_notes={1: ("id_in_use", "assumed delivered")},
        )
        rows = journal.rows(run.id)
        assert (rows[0].code, rows[0].reason) == ("", "")
        assert (rows[1].code, rows[1].reason) == ("id_in_use", "assumed delivered")


def test_two_hundred_thousand_rows_journal_in_seconds(tmp_path: Path) -> None:
    n = 200_000
    with Journal(tmp_path / "j.sqlite3") as journal:
        started = time.perf_counter()
        run = journal.create_run(_source(tmp_path), "m", DEST, _rows(n))
        for start in range(0, n, 100):
            indices = list(range(start, min(start + 100, n)))
            journal.mark_in_flight(run.id, indices, batch_no=start // 100 + 1)
            journal.record_outcome(run.id, DEST, sent=[(i, f"el-{i}") for i in indices])
        elapsed = time.perf_counter() - started
        assert journal.counts(run.id) == {"sent": n}
        assert len(journal.delivered_among(DEST, (f"el-{i}" for i in range(n)))) == n
    # Not a timing assertion on the machine's speed; a generous bound catching per-row commits.
    assert elapsed < 60, f"journaling {n} rows took {elapsed:.1f} s"


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        run = journal.create_run(_source(tmp_path), "m", DEST, _rows(4000))

        def work(offset: int) -> None:
            for start in range(offset, 4000, 400):
                idx = list(range(start, start + 100))
                journal.mark_in_flight(run.id, idx, batch_no=start)
                journal.record_outcome(run.id, DEST, sent=[(i, f"el-{i}") for i in idx])

        threads = [threading.Thread(target=work, args=(k * 100,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert journal.counts(run.id) == {"sent": 4000}
        assert journal.delivered_count(DEST) == 4000


def test_journal_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    Journal(path).close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_unwritable_folder_gives_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(JournalError) as info:
            Journal.open_in(folder)
        assert info.value.code == "journal_unwritable"
        assert str(folder) in str(info.value)
    finally:
        folder.chmod(0o700)


def test_state_folder_that_is_a_file_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("not a folder")
    with pytest.raises(JournalError) as info:
        Journal.open_in(blocker)
    assert info.value.code == "journal_unwritable"
    assert "state" in str(info.value)


def test_delete_run_keeps_delivered_ids(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        run = journal.create_run(_source(tmp_path), "m", DEST, _rows(2))
        journal.record_outcome(run.id, DEST, sent=[(0, "el-0")])
        journal.delete_run(run.id)
        assert journal.find_unfinished_runs() == []
        with pytest.raises(KeyError):
            journal.get_run(run.id)
        assert journal.delivered_among(DEST, ["el-0"]) == {"el-0"}


def test_prune_forgets_old_closed_runs_but_not_deliveries(tmp_path: Path) -> None:
    now = [1_000_000_000.0]
    with Journal(tmp_path / "j.sqlite3", clock=lambda: now[0]) as journal:
        old = journal.create_run(_source(tmp_path), "m", DEST, _rows(3))
        journal.record_outcome(old.id, DEST, sent=[(0, "el-0")])
        journal.set_run_state(old.id, RunState.FINISHED)
        unfinished = journal.create_run(_source(tmp_path), "m2", DEST, _rows(3))
        now[0] += 200 * 86400
        recent = journal.create_run(_source(tmp_path), "m3", DEST, _rows(3))
        journal.set_run_state(recent.id, RunState.FINISHED)
        assert journal.prune(older_than_days=180) == 1
        with pytest.raises(KeyError):
            journal.get_run(old.id)
        assert journal.rows(old.id) == []
        assert journal.get_run(unfinished.id).state is RunState.ACTIVE
        assert journal.get_run(recent.id).state is RunState.FINISHED
        assert journal.delivered_among(DEST, ["el-0"]) == {"el-0"}


def test_cell_edits_are_stored_with_the_run_and_replaced_on_resume(tmp_path: Path) -> None:
    from datetime import date

    from app.core.conversion.edits import CellEdit

    path = tmp_path / "j.sqlite3"
    edits = [CellEdit(0, "Date", "28/02/2024", date(2024, 2, 31 - 2)), CellEdit(3, "Tier", "", 7)]
    with Journal(path) as journal:
        run = journal.create_run(_source(tmp_path), "m", DEST, _rows(5), edits=edits)
        other = journal.create_run(_source(tmp_path), "m2", DEST, _rows(2))
    with Journal(path) as journal:  # durable, typed, per run
        assert journal.cell_edits(run.id) == edits
        assert journal.cell_edits(other.id) == []
        journal.set_cell_edits(run.id, edits[1:])
        assert journal.cell_edits(run.id) == edits[1:]
        journal.delete_run(run.id)
        assert journal.cell_edits(run.id) == []


def test_a_run_is_never_created_without_its_edits(tmp_path: Path) -> None:
    from app.core.conversion.edits import CellEdit

    def edits_then_failure():  # noqa: ANN202 - fails while the run is being written
        yield CellEdit(0, "a", 1, 2)
        raise OSError("disk full")

    with Journal(tmp_path / "j.sqlite3") as journal:
        with pytest.raises(OSError):
            journal.create_run(_source(tmp_path), "m", DEST, _rows(3), edits=edits_then_failure())
        assert journal.find_unfinished_runs() == []


# The schema of version 1, as journals written before the run identity column was renamed hold
# it (copied from that version of journal.py).
_SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    file_path TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    file_mtime REAL NOT NULL,
    file_sha256 TEXT NOT NULL,
    mapping_fingerprint TEXT NOT NULL,
    destination_key TEXT NOT NULL,
    state TEXT NOT NULL,
    force INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT ''
);
CREATE INDEX runs_identity ON runs (file_sha256, mapping_fingerprint, destination_key, state);
CREATE TABLE rows (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    row_number INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    batch_no INTEGER,
    reason TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL DEFAULT '',
    updated REAL NOT NULL,
    PRIMARY KEY (run_id, idx)
) WITHOUT ROWID;
INSERT INTO meta VALUES ('schema', '1');
"""


def test_journal_of_schema_1_is_migrated_and_its_run_resumes(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    source = _source(tmp_path)
    identity = "a" * 64 + "/0123456789abcdef0123"
    db = sqlite3.connect(path)
    db.executescript(_SCHEMA_V1)
    db.execute(
        "INSERT INTO runs (created, updated, file_path, file_size, file_mtime, file_sha256,"
        " mapping_fingerprint, destination_key, state) VALUES (1, 1, ?, ?, ?, ?, ?, ?, 'active')",
        (source.path, source.size, source.mtime, source.sha256, identity, DEST),
    )
    db.executemany(
        "INSERT INTO rows (run_id, idx, row_number, event_id, state, updated)"
        " VALUES (1, ?, ?, ?, ?, 1)",
        [(0, 2, "el-0", "sent"), (1, 3, "el-1", "pending")],
    )
    db.commit()
    db.close()

    with Journal(path) as journal:
        run = journal.find_resumable_run(source.sha256, identity, DEST)
        assert run is not None and run.id == 1
        assert run.run_identity == identity
        assert run.counts == {"sent": 1, "pending": 1}
        later = journal.create_run(source, identity, DEST, _rows(1))
        assert journal.get_run(later.id).run_identity == identity
    with Journal(path) as journal:  # opening again finds nothing left to migrate
        assert journal.find_resumable_run(source.sha256, identity, DEST).id == later.id
    db = sqlite3.connect(path)
    columns = [row[1] for row in db.execute("PRAGMA table_info(runs)")]
    index = [row[2] for row in db.execute("PRAGMA index_info(runs_identity)")]
    schema = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0]
    db.close()
    assert "run_identity" in columns and "mapping_fingerprint" not in columns
    assert index == ["file_sha256", "run_identity", "destination_key", "state"]
    assert schema == "2"


def test_journal_of_a_newer_schema_keeps_its_version(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal(path).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = '9' WHERE key = 'schema'")
    db.commit()
    db.close()
    Journal(path).close()
    db = sqlite3.connect(path)
    assert db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] == "9"
    db.close()
