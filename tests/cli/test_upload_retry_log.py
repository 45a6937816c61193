"""A flaky service: every retry is in the log file; the run's last line counts them by reason."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from test_upload import MAPPING, webinar_rows, write_csv

from app.cli.main import main
from app.sandbox.server import SandboxServer

RETRY_LINE = re.compile(
    r"INFO app\.core\.upload\.engine: Run \S+ batch (\d+): attempt (\d) of 6 failed "
    r"\((server_error 502|connection_error)\); retrying in (\d+\.\d) s"
)


def read_log() -> str:
    folder = Path(os.environ["EVENT_LOADER_LOG_DIR"])
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*")) if p.is_file())


def test_retries_are_logged_with_batch_reason_attempt_and_wait(
    sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: object
) -> None:
    sandbox.configure(seed=11, error_rate_5xx=0.10, error_statuses=(502,), reset_rate=0.05)
    monkeypatch.setenv("HS_TOKEN", sandbox.credentials["hubspot_access_token"])
    data = write_csv(tmp_path / "webinar.csv", webinar_rows(6_000))
    command = ["upload", str(data), "--mapping", str(MAPPING), "--base-url", sandbox.base_url]
    command += ["--state-dir", str(tmp_path / "state"), "--token-env", "HS_TOKEN"]
    assert main([*command, "--batch-size", "100"]) == 0
    counts = sandbox.event_counts()["hubspot"]
    assert len(counts) == 6_000 and max(counts.values()) == 1

    faults = sandbox.stats()["faults"]
    server_errors = faults.get("5xx", 0)
    resets = faults.get("reset_before", 0) + faults.get("reset_after", 0)
    assert server_errors and resets  # the seed gives both kinds

    log = read_log()
    retries = RETRY_LINE.findall(log)
    assert len(retries) == server_errors + resets
    assert sum(1 for r in retries if r[2] == "server_error 502") == server_errors
    assert {int(r[0]) for r in retries} <= set(range(1, 61))
    assert all(float(r[3]) > 0 for r in retries)
    summary = re.search(r"Run \S+ finished: .*; retries: (\d+) \((.*)\)", log)
    assert summary is not None
    assert int(summary.group(1)) == server_errors + resets
    by_reason = dict(part.split(": ") for part in summary.group(2).split(", "))
    assert by_reason == {"server_error 502": str(server_errors), "connection_error": str(resets)}
