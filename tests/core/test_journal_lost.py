"""A journal that lost its runs (emptied, ``-wal`` gone, replaced) is refused, never re-created."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.upload.journal import FileFingerprint, Journal, JournalError, NewRow, RowState
from app.core.upload.journal_marker import marker_path

DEST = "hubspot-timeline@127.0.0.1:1:123456:1009877"
REPO = Path(__file__).resolve().parents[2]


def _record_runs(path: Path, tmp_path: Path, runs: int = 2) -> None:
    source_file = tmp_path / "in.csv"
    source_file.write_text("n\n1\n")
    source = FileFingerprint.of(source_file)
    with Journal(path) as journal:
        for _ in range(runs):
            run = journal.create_run(
                source, "m", DEST, [NewRow(0, 2, "el-0", RowState.PENDING)], label="x"
            )
            journal.record_outcome(run.id, DEST, sent=[(0, "el-0")])


def _refused(path: Path) -> JournalError:
    with pytest.raises(JournalError) as info:
        Journal(path)
    return info.value


def _says_what_to_do(error: JournalError, path: Path) -> None:
    text = str(error)
    assert error.code == "journal_lost"
    assert str(path) in text and marker_path(path).name in text
    assert "backup" in text and "move both files" in text
    assert "disk space" not in text


def test_first_start_makes_a_journal_and_its_marker(tmp_path: Path) -> None:
    path = tmp_path / "state" / "journal.sqlite3"
    _record_runs(path, tmp_path, runs=3)
    marker = json.loads(marker_path(path).read_text(encoding="utf-8"))
    assert marker["last_run_id"] == 3
    Journal(path).close()  # reopening a healthy journal is fine


def test_journal_emptied_to_zero_bytes_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _record_runs(path, tmp_path)
    path.write_bytes(b"")
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    error = _refused(path)
    _says_what_to_do(error, path)
    assert "empty" in str(error)
    assert path.stat().st_size == 0  # not silently re-created


def test_missing_journal_beside_its_marker_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _record_runs(path, tmp_path)
    path.unlink()
    error = _refused(path)
    _says_what_to_do(error, path)
    assert not path.exists()


def test_runs_lost_with_the_wal_after_a_kill_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _record_runs(path, tmp_path, runs=1)  # closed cleanly: run 1 is in the main file
    code = (
        "import os, signal; from pathlib import Path\n"
        "from app.core.upload.journal import FileFingerprint, Journal, NewRow, RowState\n"
        f"src = Path({str(tmp_path / 'in.csv')!r})\n"
        f"j = Journal({str(path)!r})\n"
        "row = NewRow(0, 2, 'e', RowState.PENDING)\n"
        f"j.create_run(FileFingerprint.of(src), 'm', {DEST!r}, [row])\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    child = subprocess.run([sys.executable, "-c", code], cwd=REPO, timeout=60)
    assert child.returncode == -signal.SIGKILL
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0  # run 2 lives only in the WAL
    wal.unlink()
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    error = _refused(path)
    _says_what_to_do(error, path)
    assert "up to number 2" in str(error)


def test_a_journal_without_the_runs_it_recorded_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _record_runs(path, tmp_path)
    other = tmp_path / "other" / "journal.sqlite3"
    Journal(other).close()  # a valid journal, schema and all, but no run
    path.unlink()
    shutil.copy(other, path)
    _says_what_to_do(_refused(path), path)


def test_the_user_recovers_as_the_message_says(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _record_runs(path, tmp_path, runs=2)
    backup = tmp_path / "backup.sqlite3"
    with Journal(path):
        pass
    shutil.copy(path, backup)
    path.write_bytes(b"")
    _refused(path)
    # put the journal back from a backup: it opens with its runs
    shutil.copy(backup, path)
    with Journal(path) as journal:
        assert len(journal.list_runs()) == 2
    # or move both files aside to start a new record
    path.write_bytes(b"")
    aside = tmp_path / "aside"
    aside.mkdir()
    shutil.move(path, aside / path.name)
    shutil.move(marker_path(path), aside / marker_path(path).name)
    with Journal(path) as journal:
        assert journal.list_runs() == []


def test_a_deleted_state_folder_starts_afresh(tmp_path: Path) -> None:
    path = tmp_path / "state" / "journal.sqlite3"
    _record_runs(path, tmp_path)
    shutil.rmtree(path.parent)
    with Journal(path) as journal:
        assert journal.list_runs() == []


def test_a_journal_from_before_the_marker_gets_one(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _record_runs(path, tmp_path, runs=2)
    marker_path(path).unlink()
    Journal(path).close()
    assert json.loads(marker_path(path).read_text(encoding="utf-8"))["last_run_id"] == 2


def test_an_unreadable_marker_does_not_stop_anything(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _record_runs(path, tmp_path)
    marker_path(path).write_text("{not json", encoding="utf-8")
    with Journal(path) as journal:
        assert len(journal.list_runs()) == 2


def test_a_journal_path_that_is_a_folder_gets_the_right_advice(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.mkdir()
    error = _refused(path)
    assert error.code == "journal_is_folder"
    assert str(path) in str(error) and "folder" in str(error)
    assert "disk space" not in str(error)
