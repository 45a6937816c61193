"""Disk trouble: no room or no right to write the journal or the report, the file changing or
vanishing during an upload. Each must end with a clear message, lose no row, and resume.

"Full" and "read-only" are real: a small tmpfs and a read-only bind mount (this needs root, as in
CI's container; without it those tests are skipped). A full disk is also produced without root,
with a file-size limit (RLIMIT_FSIZE) on the upload process.
"""

from __future__ import annotations

import csv
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from proof_support import (
    GeneratedFile,
    cli_env,
    expected_report_status,
    read_report_csv,
    run_cli,
    upload_args,
    write_course_file,
)

TOKEN = {"PROOF_TOKEN": "sandbox-access-token"}
FAST = ("--rate-limit", "10000", "--batch-size", "50")
UNEXPECTED = "unexpected problem"  # the words of the last-resort guard: a bug, not a message


# --- mounts -------------------------------------------------------------------------------------


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def mounts() -> Iterator[Callable[..., Path]]:
    """``mounts(path, "tmpfs", size="64k")`` or ``mounts(path, "readonly")``; undone at teardown."""
    done: list[Path] = []

    def make(path: Path, kind: str, size: str = "64k") -> Path:
        path.mkdir(parents=True, exist_ok=True)
        if os.geteuid() != 0:
            pytest.skip("mounting a small or read-only file system needs root")
        if kind == "tmpfs":
            ok = _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path))
        else:
            ok = _mount("--bind", str(path), str(path))
            if ok:
                done.append(path)
                ok = _mount("-o", "remount,ro,bind", str(path))
                if not ok:
                    return _skip("a read-only remount is not allowed here")
                return path
        if not ok:
            _skip(f"mount {kind} is not allowed here")
        done.append(path)
        return path

    yield make
    for path in reversed(done):
        if subprocess.run(["umount", str(path)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _skip(reason: str) -> Any:
    pytest.skip(reason)


def _fill(folder: Path) -> None:
    """Use up every free byte of the file system holding ``folder``."""
    with open(folder / "filler", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
        try:
            while True:
                handle.write(b"\0")
        except OSError:
            pass


# --- helpers --------------------------------------------------------------------------------------


def _one_clear_line(stderr: str) -> str:
    lines = [line for line in stderr.strip().splitlines() if line.startswith("event-loader:")]
    assert lines, stderr
    assert UNEXPECTED not in stderr.lower() and "Traceback" not in stderr, stderr
    return lines[-1]


def _delivered_once(sandbox: Any, data: GeneratedFile | Path) -> tuple[int, int]:
    """(lost, duplicated) of the valid rows of ``data`` in the sandbox, by email and course."""
    path = data.path if isinstance(data, GeneratedFile) else data
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    wanted = {(r[0], r[2]) for r in rows if "@" in r[0]}
    stored: dict[tuple[str, str], int] = {}
    for event in sandbox.hubspot_events():
        key = (event["email"], event["tokens"]["course"])
        stored[key] = stored.get(key, 0) + 1
    lost = sum(1 for k in wanted if k not in stored)
    duplicated = sum(1 for n in stored.values() if n > 1) + sum(
        1 for k in stored if k not in wanted
    )
    return lost, duplicated


def _journal_sent(state: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{state / 'journal.sqlite3'}?mode=ro", uri=True, timeout=5)
        try:
            return db.execute("SELECT COUNT(*) FROM rows WHERE state = 'sent'").fetchone()[0]
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return 0


def _kill_after_sent(args: list[str], env: dict[str, str], state: Path, rows: int) -> None:
    """Start the upload and SIGKILL it once the journal shows ``rows`` rows sent."""
    proc = subprocess.Popen(
        args, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if _journal_sent(state) >= rows:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the upload ended before the kill"
    proc.send_signal(signal.SIGKILL)
    proc.wait()


# --- the journal folder ---------------------------------------------------------------------------


def test_journal_folder_read_only_at_start(mounts: Any, sandbox: Any, tmp_path: Path) -> None:
    data = write_course_file(tmp_path, 600)
    state = tmp_path / "state"
    state.mkdir()
    mounts(state, "readonly")
    env = cli_env(TOKEN)
    first = run_cli(upload_args(data, None, sandbox.base_url, state, *FAST), env)
    line = _one_clear_line(first.stderr)
    print(f"\ndisk [journal read-only]: exit {first.returncode}: {line}")
    assert first.returncode == 2 and str(state) in line
    assert sandbox.hubspot_events() == []  # nothing left without being recorded
    again = run_cli(upload_args(data, None, sandbox.base_url, tmp_path / "writable", *FAST), env)
    assert again.returncode == 1, again.stderr
    assert _delivered_once(sandbox, data) == (0, 0)


def test_journal_folder_full_at_start(mounts: Any, sandbox: Any, tmp_path: Path) -> None:
    data = write_course_file(tmp_path, 600)
    state = mounts(tmp_path / "state", "tmpfs", size="1m")
    _fill(state)
    env = cli_env(TOKEN)
    first = run_cli(upload_args(data, None, sandbox.base_url, state, *FAST), env)
    print(f"\ndisk [journal full at start]: exit {first.returncode}: {first.stderr.strip()}")
    _one_clear_line(first.stderr)
    assert first.returncode == 2
    assert sandbox.hubspot_events() == []
    (state / "filler").unlink()
    again = run_cli(upload_args(data, None, sandbox.base_url, state, *FAST), env)
    assert again.returncode == 1, again.stderr
    assert _delivered_once(sandbox, data) == (0, 0)


def test_journal_fills_up_while_the_run_is_recorded(
    mounts: Any, sandbox: Any, tmp_path: Path
) -> None:
    """Room to open the journal but not to record a 3,000-row run in it."""
    data = write_course_file(tmp_path, 3_000)
    state = mounts(tmp_path / "state", "tmpfs", size="200k")
    env = cli_env(TOKEN)
    first = run_cli(upload_args(data, None, sandbox.base_url, state, *FAST), env)
    print(f"\ndisk [journal full while recording the run]: exit {first.returncode}: "
          f"{first.stderr.strip().splitlines()[-1]}")  # fmt: skip
    assert first.returncode == 2 and sandbox.hubspot_events() == []
    assert _mount("-o", "remount,size=16m", str(state))
    again = run_cli(upload_args(data, None, sandbox.base_url, state, *FAST), env)
    assert again.returncode == 1, again.stderr
    assert _delivered_once(sandbox, data) == (0, 0)
    _one_clear_line(first.stderr)


def test_journal_fills_up_during_the_upload_then_resumes(
    mounts: Any, sandbox: Any, tmp_path: Path
) -> None:
    data = write_course_file(tmp_path, 3_000)
    state = mounts(tmp_path / "state", "tmpfs", size="600k")
    env = cli_env(TOKEN)
    first = run_cli(upload_args(data, None, sandbox.base_url, state, *FAST), env)
    line = _one_clear_line(first.stderr)
    sent_before = len(sandbox.hubspot_events())
    print(
        f"\ndisk [journal full mid-run]: exit {first.returncode} after {sent_before} rows: {line}"
    )
    assert first.returncode == 2 and 0 < sent_before < data.valid_rows
    assert _mount("-o", "remount,size=16m", str(state))
    report = tmp_path / "report.csv"
    again = run_cli(
        upload_args(data, None, sandbox.base_url, state, *FAST, "--report", str(report)), env
    )
    assert again.returncode == 1, again.stderr
    assert "Resuming" in again.stderr
    assert _delivered_once(sandbox, data) == (0, 0)
    statuses = [r["Status"] for r in read_report_csv(report)]
    assert statuses == expected_report_status(data.expected)


def _limit_file_size(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a silent death
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.parametrize("limit", [0, 300_000], ids=["at-start", "mid-run"])
def test_journal_full_by_file_size_limit(limit: int, sandbox: Any, tmp_path: Path) -> None:
    """The same without root: the process may not grow any file beyond ``limit`` bytes."""
    data = write_course_file(tmp_path, 3_000)
    state = tmp_path / "state"
    env = cli_env(TOKEN)
    args = upload_args(data, None, sandbox.base_url, state, *FAST)
    first = subprocess.run(
        args, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
        preexec_fn=_limit_file_size(limit),
    )  # fmt: skip
    sent_before = len(sandbox.hubspot_events())
    print(
        f"\ndisk [file-size limit {limit:,} B]: exit {first.returncode} after {sent_before} rows: "
        f"{first.stderr.strip().splitlines()[-1] if first.stderr.strip() else ''}"
    )
    line = _one_clear_line(first.stderr)
    assert first.returncode == 2
    again = run_cli(args, env)
    assert again.returncode == 1, again.stderr
    assert _delivered_once(sandbox, data) == (0, 0)
    # A full disk is not a damaged journal: moving the journal aside would forget which rows
    # were delivered, so the message must not advise it.
    assert "move it aside" not in line.lower(), line


# --- the report -----------------------------------------------------------------------------------


def test_report_folder_not_writable(mounts: Any, sandbox: Any, tmp_path: Path) -> None:
    data = write_course_file(tmp_path, 600)
    folder = tmp_path / "reports"
    folder.mkdir()
    mounts(folder, "readonly")
    env = cli_env(TOKEN)
    state = tmp_path / "state"
    first = run_cli(
        upload_args(data, None, sandbox.base_url, state, *FAST, "--report", str(folder / "r.csv")),
        env,
    )
    print(f"\ndisk [report read-only]: exit {first.returncode}: {first.stderr.strip()[-300:]}")
    # A report that cannot be saved is found out before any event goes out: a script asking for
    # one never reads success without it.
    assert first.returncode == 2 and "Traceback" not in first.stderr
    assert "report cannot be saved" in first.stderr and "nothing was sent" in first.stderr
    assert sandbox.hubspot_events() == []
    report = tmp_path / "r.csv"
    again = run_cli(
        upload_args(data, None, sandbox.base_url, state, *FAST, "--report", str(report)), env
    )
    assert again.returncode == 1, again.stderr  # the file holds invalid rows on purpose
    assert _delivered_once(sandbox, data) == (0, 0)
    statuses = [r["Status"] for r in read_report_csv(report)]
    assert statuses == expected_report_status(data.expected)


# --- the input file -----------------------------------------------------------------------------


def _slow(sandbox_factory: Any) -> Any:
    return sandbox_factory(rate_limit_per_10s=None, latency_ms=40)


def test_input_changed_during_upload(sandbox_factory: Any, tmp_path: Path) -> None:
    """Killed mid-run, the file edited (rows inserted at the top, one changed, rows appended),
    then run again: every row of the new file arrives exactly once."""
    sandbox = _slow(sandbox_factory)
    data = write_course_file(tmp_path, 1_000, invalid_every=10**9, duplicate_every=10**9)
    env = cli_env(TOKEN)
    state = tmp_path / "state"
    args = upload_args(data, None, sandbox.base_url, state, *FAST, "--concurrency", "1")
    _kill_after_sent(args, env, state, 300)
    with open(data.path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    body[500][3] = "99"  # a score corrected: same event id, other values
    inserted = [[f"early{i}@example.com", *body[i][1:]] for i in range(30)]
    appended = [[f"late{i}@example.com", *body[i][1:]] for i in range(30)]
    with open(data.path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *inserted, *body, *appended])

    resume_only = run_cli([*args, "--resume"], env)
    line = _one_clear_line(resume_only.stderr)
    print(f"\ndisk [input changed]: --resume says: {line}")
    assert resume_only.returncode == 2 and "changed" in line

    again = run_cli(args, env)
    assert again.returncode == 0, again.stderr
    assert _delivered_once(sandbox, data.path) == (0, 0)
    assert len(sandbox.hubspot_events()) == 1_060


def test_input_deleted_during_upload(sandbox_factory: Any, tmp_path: Path) -> None:
    sandbox = _slow(sandbox_factory)
    data = write_course_file(tmp_path, 1_000, invalid_every=10**9, duplicate_every=10**9)
    env = cli_env(TOKEN)
    state = tmp_path / "state"
    args = upload_args(data, None, sandbox.base_url, state, *FAST, "--concurrency", "1")
    _kill_after_sent(args, env, state, 300)
    kept = tmp_path / "kept.csv"
    shutil.move(data.path, kept)
    gone = run_cli(args, env)
    line = _one_clear_line(gone.stderr)
    print(f"\ndisk [input deleted]: exit {gone.returncode}: {line}")
    assert gone.returncode == 2 and data.path.name in line
    shutil.move(kept, data.path)
    again = run_cli(args, env)
    assert again.returncode == 0, again.stderr
    assert "Resuming" in again.stderr
    assert _delivered_once(sandbox, data) == (0, 0)
    assert len(sandbox.hubspot_events()) == 1_000


# --- the window: the file edited between opening it and uploading it ----------------------------


@pytest.mark.gui
def test_window_file_edited_after_opening_loses_no_row(
    qtbot: Any, sandbox: Any, tmp_path: Path
) -> None:
    """The marketer opens the file, sees problems in Preview, fixes the sheet in Excel (a row
    inserted at the top) without reloading, sends the test batch, closes; at the next start the
    upload is resumed from the edited file. Every row of the edited file must arrive once (10
    were lost, the run resumed against shifted rows, until this suite found it)."""
    from PySide6.QtCore import Qt

    from app.core.conversion.convert import convert_rows
    from app.core.conversion.mapping import HUBSPOT, load_mapping
    from app.core.reading.sheet import read_sheet
    from app.ui.state import Account, WizardState
    from app.ui.views.upload_step import UploadStep

    data = write_course_file(tmp_path, 200, invalid_every=10**9, duplicate_every=10**9)
    mapping = load_mapping(data.mapping_path)

    def state_now() -> WizardState:
        sheet = read_sheet(data.path)
        state = WizardState(
            file_path=data.path,
            sheet_name=sheet.sheet_name,
            header_row=sheet.header_row,
            sheet=sheet,
            account=Account(
                destination=HUBSPOT, app_id=123456, label="Sandbox", base_url=sandbox.base_url,
                secrets={"access_token": "sandbox-access-token"}, verified=True,
            ),
            mapping=mapping,
        )  # fmt: skip
        state.conversion = convert_rows(sheet, mapping)
        return state

    opened = state_now()  # File step: the sheet is read
    with open(data.path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    fixed = [[f"walk-in{i}@example.com", *rows[1][1:]] for i in range(5)]
    with open(data.path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([rows[0], *fixed, *rows[1:]])

    steps = []
    try:
        step = UploadStep(batch_size=20)
        steps.append(step)
        qtbot.addWidget(step)
        step.enter(opened)
        qtbot.waitUntil(lambda: step._phase in ("ready", "ended", "idle"), timeout=15000)
        qtbot.mouseClick(step.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: step._phase in ("ended", "test_done"), timeout=30000)
        assert step.shutdown(20.0)  # the window closes (and lets go of the upload)

        later = UploadStep(batch_size=20)  # next start: the edited file is read again
        steps.append(later)
        qtbot.addWidget(later)
        later.enter(state_now())
        qtbot.waitUntil(lambda: later._phase in ("ready", "ended", "idle"), timeout=15000)
        if later._phase == "ready":
            with qtbot.waitSignal(later.advance_requested, timeout=60000):
                qtbot.mouseClick(later.all_button, Qt.MouseButton.LeftButton)
    finally:
        for s in steps:
            assert s.shutdown(20.0)
    lost, duplicated = _delivered_once(sandbox, data)
    print(f"\ndisk [window, file edited after opening]: lost {lost}, duplicated {duplicated}")
    assert (lost, duplicated) == (0, 0)
