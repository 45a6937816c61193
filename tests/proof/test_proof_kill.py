"""Kill loop: SIGKILL the upload command at seeded random moments, resume, count every row.

Twenty uploads of a generated 20,000-row file go to the sandbox running as its own process. Each
``event-loader upload`` process is killed with SIGKILL (no handler, no clean-up: like a power cut
or the OOM killer) at a random moment drawn from a seeded generator, then the same command is
run again until it finishes. After each upload the sandbox must hold every valid row exactly once
(checked by content: email + course, and by event id), and the report must list every input row,
in order, with the status it deserves.
"""

from __future__ import annotations

import collections
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from proof_support import (
    SandboxProcess,
    cli_env,
    delivery_check,
    expected_report_status,
    read_report_csv,
    run_cli,
    upload_args,
    write_course_file,
)

ROWS = 20_000
RUNS = 20
SEED = 20261122
TOKEN_ENV = {"PROOF_TOKEN": "sandbox-access-token"}
# Client and sandbox limits lifted: the loop proves exactly-once, not pacing (the rate limiter
# has its own tests), and it must fit a 2-core CI budget.
FAST = ("--rate-limit", "10000", "--concurrency", "4")


def _journal_snapshot(state_dir: Path) -> dict[str, int]:
    """Row states in the journal a killed process left (read-only)."""
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
        return {"unreadable": 1}


def _stored_by_content(events: list[dict]) -> collections.Counter[tuple[str, str]]:
    return collections.Counter(
        (e.get("email", ""), e.get("tokens", {}).get("course", "")) for e in events
    )


@pytest.mark.slow
def test_kill_loop_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    data = write_course_file(tmp_path, ROWS)
    rows = _input_rows(data.path)
    wanted_content = collections.Counter(
        (r[0], r[2]) for r, s in zip(rows, data.expected, strict=True) if s == "valid"
    )
    sandbox = SandboxProcess(tmp_path, "--rate-limit", "0")
    env = cli_env(TOKEN_ENV)
    started = time.monotonic()
    kills = lost_total = dup_total = resends = 0
    in_flight_at_kill = sent_at_kill = already_sent_reports = 0
    try:
        # One clean upload measures how long a run takes here, so kills spread over all of it.
        sandbox.reset()
        t0 = time.monotonic()
        calibration = run_cli(
            upload_args(data, None, sandbox.base_url, tmp_path / "calib", *FAST), env
        )
        duration = time.monotonic() - t0
        assert calibration.returncode == 1, calibration.stderr  # 1: the planted invalid rows

        for n in range(RUNS):
            sandbox.reset()
            state = tmp_path / f"state{n}"
            report = tmp_path / f"report{n}.csv"
            args = upload_args(data, None, sandbox.base_url, state, *FAST, "--report", str(report))
            delay = rng.uniform(0.05, 0.8) * duration
            while True:
                proc = subprocess.Popen(
                    args, env=env, stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                )  # fmt: skip
                try:
                    proc.wait(timeout=delay)
                except subprocess.TimeoutExpired:
                    proc.kill()  # SIGKILL
                    proc.wait()
                    kills += 1
                    break
                delay /= 2  # it finished first (a fast moment): kill earlier next time
                sandbox.reset()
                _clear(state, report)
            snapshot = _journal_snapshot(state)
            in_flight_at_kill += snapshot.get("in_flight", 0)
            sent_at_kill += snapshot.get("sent", 0)

            for _ in range(5):
                result = run_cli(args, env)
                if result.returncode in (0, 1):
                    break
            assert result.returncode == 1, result.stderr  # every valid row delivered

            counts = sandbox.get("/_sandbox/counts")["hubspot"]
            events = sandbox.get("/_sandbox/hubspot/events")
            lines = read_report_csv(report)
            assert [int(x["Row"]) for x in lines] == list(range(2, ROWS + 2))
            statuses = [x["Status"] for x in lines]
            # A kill after the run finished (while the report was written) leaves nothing to
            # resume: the next run truthfully reports those rows as delivered by an earlier run.
            normalised = ["sent" if s == "already sent" else s for s in statuses]
            assert normalised == expected_report_status(data.expected), f"run {n}"
            already_sent_reports += "already sent" in statuses
            ids = [x["Event ID"] for x, s in zip(lines, data.expected, strict=True) if s == "valid"]
            lost, duplicated, unexpected = delivery_check(counts, ids)
            content = _stored_by_content(events)
            lost += sum(1 for key in wanted_content if content[key] == 0)
            duplicated += sum(1 for c in content.values() if c > 1)
            assert (lost, duplicated, unexpected) == (0, 0, 0), f"run {n}"
            assert len(events) == data.valid_rows
            lost_total += lost
            dup_total += duplicated
            resends += sandbox.get("/_sandbox/stats")["hubspot_repeats_accepted"]
    finally:
        sandbox.stop()
    elapsed = time.monotonic() - started
    print(
        f"\nkill loop: {RUNS} uploads of {ROWS:,} rows ({data.valid_rows:,} valid), one clean run "
        f"{duration:.1f} s; rows in flight at the kills {in_flight_at_kill:,}, sent before the "
        f"kills {sent_at_kill:,} (kills after the run was complete: {already_sent_reports}), "
        f"re-sent after resume and deduplicated by id {resends:,}; "
        f"{elapsed:.0f} s in all"
    )
    print(f"killed {kills} times, lost {lost_total}, duplicated {dup_total}")
    assert kills == RUNS


def _kill_once_sent(args: list[str], env: dict[str, str], state: Path, target: int) -> int:
    """Run the upload command and SIGKILL it once ``target`` rows are journalled as sent.

    Returns 1 when it was killed, 0 when it finished (or hung past a minute) first.
    """
    proc = subprocess.Popen(
        args, env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if _journal_snapshot(state).get("sent", 0) >= target:
            break
        time.sleep(0.005)
    killed = proc.poll() is None
    if killed:
        proc.kill()
    proc.wait()
    return int(killed)


def _clear(state: Path, report: Path) -> None:
    import shutil

    shutil.rmtree(state, ignore_errors=True)
    report.unlink(missing_ok=True)


def _input_rows(path: Path) -> list[list[str]]:
    import csv

    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))[1:]


REJECT_RUNS = 3
REJECT_ROWS = 5_000


@pytest.mark.slow
def test_kill_loop_when_the_api_refuses_repeated_ids(tmp_path: Path) -> None:
    """Whether HubSpot accepts an event id sent again for the same record is unconfirmed. If it
    refuses it ("already in use"), the rows in flight at a kill come back refused on resume;
    with ``--id-in-use auto`` they must count as delivered (our earlier request carried them),
    so the report says every valid row was sent and the sandbox holds each once."""
    rng = random.Random(SEED + 1)
    data = write_course_file(tmp_path, REJECT_ROWS)
    sandbox = SandboxProcess(tmp_path, "--rate-limit", "0", "--hubspot-repeated-id", "reject")
    env = cli_env(TOKEN_ENV)
    kills = refused_on_resume = 0
    try:
        for n in range(REJECT_RUNS):
            sandbox.reset()
            state = tmp_path / f"state{n}"
            report = tmp_path / f"report{n}.csv"
            args = upload_args(
                data, None, sandbox.base_url, state, *FAST, "--id-in-use", "auto",
                "--report", str(report),
            )  # fmt: skip
            target = rng.randint(REJECT_ROWS // 10, REJECT_ROWS * 8 // 10)
            kills += _kill_once_sent(args, env, state, target)
            result = run_cli(args, env)
            assert result.returncode == 1, result.stderr  # 1: the planted invalid rows
            stats = sandbox.get("/_sandbox/stats")
            refused_on_resume += stats["by_status"].get("400", 0) + stats["by_status"].get("207", 0)
            counts = sandbox.get("/_sandbox/counts")["hubspot"]
            lines = read_report_csv(report)
            statuses = [x["Status"] for x in lines]
            normalised = ["sent" if s == "already sent" else s for s in statuses]
            assert normalised == expected_report_status(data.expected), f"run {n}"
            ids = [x["Event ID"] for x, s in zip(lines, data.expected, strict=True) if s == "valid"]
            assert delivery_check(counts, ids) == (0, 0, 0), f"run {n}"
    finally:
        sandbox.stop()
    print(
        f"\nkill loop, repeated ids refused: killed {kills} times in {REJECT_RUNS} uploads of "
        f"{REJECT_ROWS:,} rows; {refused_on_resume} batches answered 'already in use' on resume; "
        "lost 0, duplicated 0, no row reported failed"
    )
    assert kills == REJECT_RUNS


PIPELESS_RUNS = 3
PIPELESS_ROWS = 3_000


@pytest.mark.slow
def test_kill_loop_pipeless(tmp_path: Path) -> None:
    """The same for Pipeless (batches of 10, no event ids on the wire: a relationship is the same
    fact when its objects and type are; ``single`` relationships are never stored twice)."""
    import json

    rng = random.Random(SEED + 2)
    path = tmp_path / "likes.csv"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("Member;Post;Date\n")
        for i in range(PIPELESS_ROWS):
            handle.write(
                f"m-{i};post-{i % 97};{1 + i % 28:02d}/03/2025 {i % 24:02d}:{i % 60:02d}\n"
            )
    mapping = tmp_path / "likes.mapping.json"
    mapping.write_text(
        json.dumps(
            {
                "format": "event-loader-mapping", "version": 1, "destination": "pipeless",
                "pipeless": {"appId": 77, "synchronous": False},
                "fields": {
                    "start_object.type": {"value": "user"},
                    "start_object.id": {"column": "Member"},
                    "relationship.type": {"value": "liked"},
                    "relationship.created_on": {"column": "Date", "format": "%d/%m/%Y %H:%M"},
                    "end_object.type": {"value": "post"},
                    "end_object.id": {"column": "Post"},
                },
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    sandbox = SandboxProcess(tmp_path, "--rate-limit", "0", "--latency-ms", "5")
    env = cli_env({"PROOF_TOKEN": "sandbox-pipeless-key"})
    kills = 0
    try:
        for n in range(PIPELESS_RUNS):
            sandbox.reset()
            state = tmp_path / f"state{n}"
            report = tmp_path / f"report{n}.csv"
            args = upload_args(
                path, mapping, sandbox.base_url, state, "--concurrency", "4",
                "--report", str(report),
            )  # fmt: skip
            target = rng.randint(PIPELESS_ROWS // 10, PIPELESS_ROWS * 8 // 10)
            kills += _kill_once_sent(args, env, state, target)
            result = run_cli(args, env)
            assert result.returncode == 0, result.stderr
            counts = sandbox.get("/_sandbox/counts")["pipeless"]
            assert len(counts) == PIPELESS_ROWS and set(counts.values()) == {1}, f"run {n}"
            statuses = {x["Status"] for x in read_report_csv(report)}
            assert statuses <= {"sent", "already sent"}, statuses
    finally:
        sandbox.stop()
    print(
        f"\nkill loop, Pipeless: killed {kills} times in {PIPELESS_RUNS} uploads of "
        f"{PIPELESS_ROWS:,} rows; lost 0, duplicated 0"
    )
    assert kills == PIPELESS_RUNS


WINDOW_RUNS = 3
WINDOW_ROWS = 3_000


@pytest.mark.slow
@pytest.mark.gui
def test_window_killed_mid_upload_resumes_from_the_offer(qtbot: Any, tmp_path: Path) -> None:
    """The window's Upload step runs in its own process and is SIGKILLed mid-upload; the next
    start finds the resume offer (ticket + journal), rebuilds the upload from it, and the rest is
    sent: every row exactly once."""
    import os

    from app.ui.resume import find_offer, rebuild_state
    from app.ui.views.upload_step import UploadStep

    rng = random.Random(SEED + 3)
    child = Path(__file__).with_name("window_upload_child.py")
    sandbox = SandboxProcess(tmp_path, "--rate-limit", "0", "--latency-ms", "20")
    env = cli_env({**TOKEN_ENV, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    state_dir = Path(os.environ["EVENT_LOADER_STATE_DIR"])
    kills = 0
    try:
        for n in range(WINDOW_RUNS):
            sandbox.reset()
            data = write_course_file(
                tmp_path, WINDOW_ROWS, name=f"window{n}.csv", email_domain=f"run{n}.example"
            )
            # The journal is shared by the runs: wait for rows of this upload.
            target = _journal_snapshot(state_dir).get("sent", 0) + rng.randint(
                WINDOW_ROWS // 10, WINDOW_ROWS * 7 // 10
            )
            proc = subprocess.Popen(
                [sys.executable, str(child), str(data.path), str(data.mapping_path),
                 sandbox.base_url],
                env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, text=True,
            )  # fmt: skip
            deadline = time.monotonic() + 90
            while proc.poll() is None and time.monotonic() < deadline:
                if _journal_snapshot(state_dir).get("sent", 0) >= target:
                    break
                time.sleep(0.005)
            assert proc.poll() is None, "the window upload ended before the kill"
            proc.kill()
            proc.wait()
            kills += 1
            sent_at_kill = len(sandbox.get("/_sandbox/counts")["hubspot"])

            offer = find_offer()
            assert offer is not None and offer.left > 0, "no resume offer after the kill"
            state = rebuild_state(offer)
            state.account.secrets = {"access_token": TOKEN_ENV["PROOF_TOKEN"]}  # typed again
            step = UploadStep(batch_size=50, concurrency=2)
            qtbot.addWidget(step)
            step.enter(state)
            qtbot.waitUntil(lambda s=step: s._phase in ("ready", "ended", "idle"), timeout=20000)
            assert step._phase == "ready", step.banner_message()
            with qtbot.waitSignal(step.advance_requested, timeout=120000):
                qtbot.mouseClick(step.all_button, _left())
            assert step.shutdown(20.0)

            counts = sandbox.get("/_sandbox/counts")["hubspot"]
            wanted = [o.event_id for o in state.conversion.outcomes if o.sendable]
            assert delivery_check(counts, wanted) == (0, 0, 0), f"run {n}"
            assert find_offer() is None or find_offer().run_id != offer.run_id
            print(
                f"\nwindow kill {n}: killed with {sent_at_kill} rows stored, resumed from the "
                f"offer ({offer.sent} sent, {offer.left} left); lost 0, duplicated 0"
            )
    finally:
        sandbox.stop()
    print(f"window kill loop: killed {kills} times, lost 0, duplicated 0")
    assert kills == WINDOW_RUNS


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
