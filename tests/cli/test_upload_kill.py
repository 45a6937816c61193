"""Kill the ``upload`` command at random moments; after resuming, every row is there exactly once.

The sandbox runs as its own process (as a real API would), the command as another; SIGKILL
gives the command no chance to tidy up, so only the journal's order of writes protects the rows.
"""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.paths import samples_dir

ROWS = 5_000
MAPPING = samples_dir() / "webinar-attendees.mapping.json"
HEADER = [
    "Email address",
    "First name",
    "Last name",
    "Company",
    "Webinar",
    "Minutes attended",
    "Registered on",
    "Attendance",
    "Joined at",
]
ATTENDANCE = ("Attended live", "Watched replay", "Did not attend")
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def sandbox_process(tmp_path: Path) -> Iterator[str]:
    ready = tmp_path / "sandbox.ready"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "sandbox",
            "--port",
            "0",
            "--ready-file",
            str(ready),
            "--latency-ms",
            "250",
            "--rate-limit",
            "0",
            "--seed",
            "5",
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not (ready.exists() and ready.read_text().strip()):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the sandbox did not start: {proc.stderr.read()!r}")
            time.sleep(0.05)
        yield ready.read_text().strip()
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def write_rows(path: Path, n: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(n):
            cells = [f"member{i}@example.org", f"F{i}", f"L{i}", "Orbis", f"Webinar {i % 9}"]
            writer.writerow([*cells, str(i % 90), "2025-03-17", ATTENDANCE[i % 3], "2025-04-03"])


def upload_command(data: Path, state: Path, base_url: str, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "app",
        "upload",
        str(data),
        "--mapping",
        str(MAPPING),
        "--base-url",
        base_url,
        "--token-env",
        "HS_TOKEN",
        "--state-dir",
        str(state),
        "--batch-size",
        "50",
        "--concurrency",
        "2",
        *extra,
    ]


def stored_counts(base_url: str) -> dict[str, int]:
    return httpx.get(f"{base_url}/_sandbox/counts", timeout=10).json()["hubspot"]


def env() -> dict[str, str]:
    return {**os.environ, "HS_TOKEN": "sandbox-access-token"}


@pytest.mark.slow
def test_killed_uploads_resume_to_exactly_once(sandbox_process: str, tmp_path: Path) -> None:
    base_url = sandbox_process
    data = tmp_path / "members.csv"
    write_rows(data, ROWS)
    state = tmp_path / "state"
    rng = random.Random(20240501)
    seen_mid_run = []
    for _ in range(5):
        proc = subprocess.Popen(
            upload_command(data, state, base_url),
            cwd=REPO,
            env=env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(1.6, 3.2))  # start-up (reading the file) takes ~1.5 s
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        counts = stored_counts(base_url)
        assert not counts or max(counts.values()) == 1
        seen_mid_run.append(len(counts))
    # most kills landed in the middle of sending
    assert sum(0 < n < ROWS for n in seen_mid_run) >= 3, seen_mid_run
    report = tmp_path / "report.csv"
    done = subprocess.run(
        upload_command(data, state, base_url, "--report", str(report)),
        cwd=REPO,
        env=env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    counts = stored_counts(base_url)
    assert len(counts) == ROWS and set(counts.values()) == {1}
    with report.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert len(lines) == ROWS
    # "already sent" when a killed run had finished sending and a later one found nothing left
    assert {line["Status"] for line in lines} <= {"sent", "already sent"}
    assert {line["Event ID"] for line in lines} == set(counts)
    print(f"killed {len(seen_mid_run)} times at {seen_mid_run} stored rows, lost 0, duplicated 0")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_interrupt_stops_cleanly_with_130_and_resumes(
    sandbox_process: str, tmp_path: Path, signum: int
) -> None:
    base_url = sandbox_process
    data = tmp_path / "members.csv"
    write_rows(data, 1_500)
    state = tmp_path / "state"
    command = upload_command(data, state, base_url, "--concurrency", "1")
    proc = subprocess.Popen(
        command, cwd=REPO, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 60
    while not stored_counts(base_url) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "run the same command again" in err.lower()
    assert "Traceback" not in err
    stored = len(stored_counts(base_url))
    assert 0 < stored < 1_500
    assert "Not sent yet" in out
    done = subprocess.run(
        upload_command(data, state, base_url),
        cwd=REPO,
        env=env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    counts = stored_counts(base_url)
    assert len(counts) == 1_500 and set(counts.values()) == {1}
    summary = json.dumps(done.stdout)
    assert f"Sent: {1_500:,}" in done.stdout, summary
