"""One lock per upload (file, mapping, destination): a second planner or sender changes nothing."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.conversion.convert import ConversionResult, RowOutcome
from app.core.upload.journal import FileFingerprint, Journal, JournalError, RowState, RunState
from app.core.upload.upload_plan import prepare_upload

DEST = "hubspot-timeline@127.0.0.1:1:123456:1009877"
REPO = Path(__file__).resolve().parents[2]


class StoringClient:
    """Stores every event it receives, counting copies per id."""

    name = "storing"
    max_batch_size = 10

    def __init__(self) -> None:
        from collections import Counter

        self.stored: Counter[str] = Counter()

    def send_batch(self, events):
        from app.api.base import BatchReply

        for event in events:
            self.stored[event["id"]] += 1
        return BatchReply(201)

    def check_connection(self) -> None:
        pass

    def close(self) -> None:
        pass


def _conversion(n: int) -> ConversionResult:
    return ConversionResult([RowOutcome(i, i + 2, {"id": f"ev-{i}"}, f"ev-{i}") for i in range(n)])


@pytest.fixture
def source(tmp_path: Path) -> FileFingerprint:
    path = tmp_path / "in.csv"
    path.write_text("n\n1\n")
    return FileFingerprint.of(path)


def _plan(journal: Journal, source: FileFingerprint, n: int = 30, **kw):
    return prepare_upload(
        _conversion(n),
        journal,
        source=source,
        mapping_fingerprint="m",
        destination_key=DEST,
        batch_size=10,
        **kw,
    )


def test_upload_lock_is_exclusive_across_processes_and_dies_with_a_killed_holder(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    holder_code = (
        "import sys, time; from app.core.upload.journal import Journal\n"
        f"j = Journal({str(path)!r})\n"
        "lock = j.lock_upload('sha', 'm/abc', 'dest')\n"
        "print('held', flush=True)\n"
        "time.sleep(120)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", holder_code], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with Journal(path) as journal:
            with pytest.raises(JournalError) as info:
                journal.lock_upload("sha", "m/other-run-of-it", "dest")  # same upload
            assert info.value.code == "run_in_use"
            journal.lock_upload("sha", "m", "other-dest").release()  # another upload is free
            holder.send_signal(signal.SIGKILL)
            holder.wait(10)
            lock = journal.lock_upload("sha", "m", "dest")  # the OS let go with the process
            with pytest.raises(JournalError):
                journal.lock_upload("sha", "m", "dest")  # not re-entrant, even in-process
            lock.release()
            journal.lock_upload("sha", "m", "dest").release()
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def test_a_refused_second_planner_leaves_the_running_upload_untouched(
    tmp_path: Path, source: FileFingerprint
) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as first:
        lock = first.lock_upload(source.sha256, "m", DEST)
        plan = _plan(first, source, upload_lock=lock)
        first.record_outcome(plan.run_id, DEST, failed={3: ("invalid", "bad email")})
        before = first.rows(plan.run_id)
        with Journal(path) as second:  # another window or command, same state folder
            with pytest.raises(JournalError) as info:
                _plan(second, source)
            assert info.value.code == "run_in_use"
            with pytest.raises(JournalError):
                _plan(second, source, force=True)
        assert first.rows(plan.run_id) == before
        assert first.rows(plan.run_id)[3].state is RowState.FAILED
        assert first.rows(plan.run_id)[3].reason == "bad email"
        assert [r.id for r in first.list_runs()] == [plan.run_id]
        assert first.get_run(plan.run_id).state is RunState.ACTIVE
        lock.release()


def test_a_forced_plan_during_a_send_is_refused_and_nothing_goes_twice(
    tmp_path: Path, source: FileFingerprint
) -> None:
    from app.core.upload.engine import run_upload

    client = StoringClient()
    with Journal(tmp_path / "journal.sqlite3") as journal:
        plan = _plan(journal, source)
        sending = run_upload(plan, client, journal)  # holds the upload's lock from here
        with pytest.raises(JournalError) as info:
            _plan(journal, source, force=True)  # would abandon the run and send all again
        assert info.value.code == "run_in_use"
        list(sending)
        assert len(client.stored) == 30 and set(client.stored.values()) == {1}
        assert journal.get_run(plan.run_id).state is RunState.FINISHED
        assert len(journal.list_runs()) == 1


def test_the_planner_hands_its_lock_to_the_engine_and_keeps_it(
    tmp_path: Path, source: FileFingerprint
) -> None:
    from app.core.upload.engine import run_upload

    client = StoringClient()
    with Journal(tmp_path / "journal.sqlite3") as journal:
        lock = journal.lock_upload(source.sha256, "m", DEST)
        plan = _plan(journal, source, upload_lock=lock)
        list(run_upload(plan, client, journal, upload_lock=lock))
        assert lock.held  # still the caller's until its report is written
        with pytest.raises(JournalError):
            _plan(journal, source)
        lock.release()
        assert _plan(journal, source).rows_to_send == 0
    assert len(client.stored) == 30
