"""Race: two ``event-loader upload`` processes of the same file, mapping and destination at once.

Both share one state folder, as two terminals (or a terminal and the window) of one user do. The
sandbox runs as its own process and answers slowly, so the first upload is still sending when
the second one starts. Whatever the timing, every event must be stored exactly once, the second
process must be refused (exit 2) without changing anything of the first, and the first must
end, and report, exactly as it would have alone.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from proof_support import (
    COURSE_HEADER,
    COURSE_MAPPING,
    REPO,
    SandboxProcess,
    cli_env,
    delivery_check,
    hubspot_counts,
    read_report_csv,
    run_cli,
    upload_args,
)

TOKEN_ENV = {"PROOF_TOKEN": "sandbox-access-token"}
REFUSED = "already being uploaded"


def write_file(folder: Path, rows: int, *, unsure_every: int = 0) -> tuple[Path, Path]:
    """Write a course file and its mapping; every ``unsure_every``-th row the service refuses.

    The mapping accepts a level "Unsure" that the sandbox's template does not know, so those
    rows pass the checks and fail at the service, with its reason, like a real template change.
    """
    path = folder / "courses.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COURSE_HEADER)
        for i in range(rows):
            level = "Unsure" if unsure_every and i % unsure_every == 0 else "Expert"
            writer.writerow([f"learner{i}@example.com", "2025-03-04 10:00", f"Course {i % 37}",
                             str(i % 101), "2025-03-04", level])  # fmt: skip
    mapping = json.loads(json.dumps(COURSE_MAPPING))
    mapping["hubspot"]["tokens"][3]["options"].append({"label": "Unsure", "value": "unsure"})
    mapping_path = folder / "courses.mapping.json"
    mapping_path.write_text(json.dumps(mapping), encoding="utf-8")
    return path, mapping_path


def journal_states(state_dir: Path) -> dict[str, int]:
    """Row states in the journal of a running upload (read-only, WAL lets it be read)."""
    path = state_dir / "journal.sqlite3"
    if not path.exists():
        return {}
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            return dict(db.execute("SELECT state, COUNT(*) FROM rows GROUP BY state").fetchall())
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return {}


def start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        args, cwd=REPO, env=cli_env(TOKEN_ENV), stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_a_second_upload_during_the_first_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    sandbox = SandboxProcess(tmp_path, "--latency-ms", "250", "--rate-limit", "0")
    try:
        data, mapping = write_file(tmp_path, 3_000, unsure_every=10)
        state = tmp_path / "state"
        report = tmp_path / "first.csv"
        base = upload_args(data, mapping, sandbox.base_url, state, "--batch-size", "50",
                           "--concurrency", "1")  # fmt: skip
        first = start([*base, "--report", str(report)])
        deadline = time.monotonic() + 90
        while not journal_states(state).get("failed"):  # the first has failed rows by now
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the first upload recorded no failure"
            time.sleep(0.05)
        seconds = []
        for extra in ((), ("--force",), ("--test-batch",)):
            began = time.monotonic()
            second = run_cli([*base, *extra], cli_env(TOKEN_ENV))
            seconds.append(time.monotonic() - began)
            assert second.returncode == 2, second.stderr
            assert REFUSED in second.stderr and second.stderr.count("\n") == 1
            assert "Resuming" not in second.stderr and "Uploading to" not in second.stderr
            assert second.stdout == ""
        assert first.poll() is None, "the first upload ended before the second was refused"
        out, err = first.communicate(timeout=300)
        assert first.returncode == 1, err  # 300 rows refused by the service
        assert "Failed: 300" in out and "Not sent yet" not in out, out
        assert "Sent: 2,700" in out
        lines = read_report_csv(report)
        failed = [line for line in lines if line["Status"] == "failed"]
        assert len(failed) == 300 and all("unsure" in line["Error"] for line in failed)
        counts = hubspot_counts(sandbox)
        sent_ids = {line["Event ID"] for line in lines if line["Status"] == "sent"}
        assert delivery_check(counts, sent_ids) == (0, 0, 0)
        assert len(counts) == 2_700
        assert sandbox.get("/_sandbox/stats")["hubspot_repeats_accepted"] == 0  # none came twice
        runs = sqlite3.connect(state / "journal.sqlite3").execute("SELECT COUNT(*) FROM runs")
        assert runs.fetchone()[0] == 1  # the refused ones planned nothing
        print(
            f"race during sending: 3 second uploads refused in {max(seconds):.1f} s at most, "
            "first upload untouched (2,700 sent, 300 failed with their reasons), duplicated 0"
        )
    finally:
        sandbox.stop()


@pytest.mark.slow
def test_two_uploads_started_together_store_every_event_once(tmp_path: Path) -> None:
    trials = int(os.environ.get("RACE_TRIALS", "2"))
    rows = 20_000
    sandbox = SandboxProcess(tmp_path, "--latency-ms", "20", "--rate-limit", "0")
    outcomes = []
    try:
        data, mapping = write_file(tmp_path, rows)
        for trial in range(trials):
            sandbox.reset()
            state = tmp_path / f"state-{trial}"
            args = upload_args(data, mapping, sandbox.base_url, state, "--rate-limit", "10000")
            pair = [start(args), start(args)]  # the same moment, the same state folder
            results = [(p.wait(300), *p.communicate()) for p in pair]
            counts = hubspot_counts(sandbox)
            repeats = sandbox.get("/_sandbox/stats")["hubspot_repeats_accepted"]
            outcomes.append((results, counts, repeats))
    finally:
        sandbox.stop()
    twice = sum(1 for _, _, repeats in outcomes if repeats)
    refused = sum(1 for results, _, _ in outcomes if any(r[0] == 2 for r in results))
    print(
        f"{trials} trials of two uploads of {rows:,} rows started together: "
        f"{twice} with events received twice ({sum(r for _, _, r in outcomes):,} events in all), "
        f"second upload refused in {refused}"
    )
    for results, counts, repeats in outcomes:
        assert len(counts) == rows and set(counts.values()) == {1}, results
        assert repeats == 0, results
        winner = [out for code, out, _ in results if code == 0 and "Sent: 20,000" in out]
        assert len(winner) == 1, results
        code, out, err = [r for r in results if r[1] is not winner[0]][0]
        if code == 2:  # refused while the first held the upload
            assert REFUSED in err and "Resuming" not in err, err
        else:  # started only after the first had finished: nothing left to send
            assert code == 0 and "Sent: 0" in out, out


@pytest.mark.parametrize("damage", ["emptied", "wal removed after a kill"])
def test_a_journal_that_lost_its_runs_is_refused_and_nothing_goes_twice(
    tmp_path: Path, damage: str
) -> None:
    import signal

    sandbox = SandboxProcess(tmp_path, "--latency-ms", "100", "--rate-limit", "0")
    try:
        data, mapping = write_file(tmp_path, 3_000)
        state = tmp_path / "state"
        args = upload_args(data, mapping, sandbox.base_url, state, "--batch-size", "50",
                           "--concurrency", "1")  # fmt: skip
        journal = state / "journal.sqlite3"
        if damage == "emptied":
            assert run_cli(args, cli_env(TOKEN_ENV)).returncode == 0
            journal.write_bytes(b"")
        else:
            killed = start(args)
            deadline = time.monotonic() + 90
            while journal_states(state).get("sent", 0) < 500:
                assert killed.poll() is None and time.monotonic() < deadline
                time.sleep(0.05)
            killed.send_signal(signal.SIGKILL)
            killed.wait(30)
        for extra in ("-wal", "-shm"):
            journal.with_name(journal.name + extra).unlink(missing_ok=True)
        again = run_cli(args, cli_env(TOKEN_ENV))
        assert again.returncode == 2, again.stderr
        assert str(journal) in again.stderr and "journal.sqlite3.runs" in again.stderr
        assert "backup" in again.stderr and again.stderr.count("\n") == 1
        stored = hubspot_counts(sandbox)  # (a batch in flight at the kill may land late)
        assert sandbox.get("/_sandbox/stats")["hubspot_repeats_accepted"] == 0  # none again
        assert set(stored.values()) == {1}
        if damage != "emptied":
            assert len(stored) < 3_000  # the refused run sent none of the rest either
        print(f"journal {damage} after {len(stored):,} rows went: refused, sent again 0")
    finally:
        sandbox.stop()
