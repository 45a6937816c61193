"""Every registered destination end to end over HTTP: map, check, upload, kill, resume, report.

The sandbox runs as its own process, the commands as others, exactly as a user would run them.
The upload is killed (SIGKILL) once the first events are stored; the same command then resumes
it, and every row must be stored exactly once and reported as sent. A destination added to the
registry without a scenario here fails ``test_every_destination_has_a_scenario``.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.core.destinations import all_destinations

REPO = Path(__file__).resolve().parents[2]
ROWS = 400
WAIT_S = 60


@dataclass(frozen=True)
class Scenario:
    """How a marketer would send ``ROWS`` rows to one destination."""

    header: list[str]
    row: Callable[[int], list[str]]
    map_args: Callable[[str, Path], list[str]]  # (sandbox URL, work folder) -> map options
    token: str  # what --token-env holds
    counts_key: str  # the sandbox's ``/_sandbox/counts`` entry for this destination
    batch_size: int
    finish_mapping: Callable[[dict[str, Any]], None] = lambda mapping: None


def _timeline_map_args(base_url: str, folder: Path) -> list[str]:
    listed = httpx.get(
        f"{base_url}/integrators/timeline/v3/123456/event-templates",
        params={"hapikey": "sandbox-developer-key"},
        timeout=10,
    ).json()
    template_file = folder / "templates.json"
    template_file.write_text(json.dumps(listed), encoding="utf-8")
    return ["--template-file", str(template_file), "--app-id", "123456", "--template-id", "1009877"]


def _pipeless_types(mapping: dict[str, Any]) -> None:
    # Pipeless types are the user's call: map picks the id columns, the user fixes the types.
    mapping["fields"].update(
        {
            "start_object.type": {"value": "user"},
            "relationship.type": {"value": "viewed"},
            "end_object.type": {"value": "video"},
        }
    )


ATTENDANCE = ("Attended live", "Watched replay", "Did not attend")
SCENARIOS: dict[str, Scenario] = {
    "hubspot-timeline": Scenario(
        header=["Email address", "Webinar", "Minutes attended", "Registration date", "Attendance"],
        row=lambda i: [
            f"m{i}@example.org",
            f"Webinar {i % 7}",
            str(i % 90),
            "2025-03-17",
            ATTENDANCE[i % 3],
        ],  # fmt: skip
        map_args=_timeline_map_args,
        token="sandbox-access-token",
        counts_key="hubspot",
        batch_size=10,
    ),
    "pipeless": Scenario(
        header=["User ID", "Video ID", "Viewed on"],
        row=lambda i: [f"user {i}", f"video {i % 13}", "2025-03-17 10:00"],
        map_args=lambda _url, _folder: ["--app-id", "77"],
        token="sandbox-pipeless-key",
        counts_key="pipeless",
        batch_size=5,
        finish_mapping=_pipeless_types,
    ),
    "hubspot-events": Scenario(
        header=["Email address", "Webinar", "Minutes attended", "Registered on", "Attendance"],
        row=lambda i: [
            f"m{i}@example.org",
            f"Webinar {i % 7}",
            f"{i % 90}.5",
            "2025-03-17",
            ATTENDANCE[i % 3],
        ],  # fmt: skip
        map_args=lambda url, _folder: [
            "--event-name",
            "pe4040404_webinar_attended",
            "--base-url",
            url,
            "--token-env",
            "DESTINATION_TOKEN",
        ],  # fmt: skip
        token="sandbox-private-app-token",
        counts_key="hubspot_custom_events",
        batch_size=10,
    ),
}


def test_every_destination_has_a_scenario() -> None:
    assert set(SCENARIOS) == {d.key for d in all_destinations()}


@pytest.fixture
def sandbox_url(tmp_path: Path) -> Iterator[str]:
    ready = tmp_path / "sandbox.ready"
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "sandbox", "--port", "0", "--ready-file", str(ready),
         "--latency-ms", "100", "--rate-limit", "0"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
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


def _cli(*args: str, token: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=REPO,
        env={**os.environ, "DESTINATION_TOKEN": token},
        capture_output=True,
        text=True,
        timeout=300,
    )


def _stored(base_url: str, key: str) -> dict[str, int]:
    counts: dict[str, int] = httpx.get(f"{base_url}/_sandbox/counts", timeout=10).json()[key]
    return counts


@pytest.mark.parametrize("destination", sorted(SCENARIOS))
def test_map_check_upload_kill_resume_report(
    destination: str, sandbox_url: str, tmp_path: Path
) -> None:
    scenario = SCENARIOS[destination]
    data = tmp_path / "rows.csv"
    with data.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(scenario.header)
        writer.writerows(scenario.row(i) for i in range(ROWS))
    mapping_path = tmp_path / "mapping.json"

    mapped = _cli(
        "map", str(data), "--destination", destination, "--out", str(mapping_path),
        *scenario.map_args(sandbox_url, tmp_path), token=scenario.token,
    )  # fmt: skip
    assert mapped.returncode == 0, mapped.stderr
    mapping = json.loads(mapping_path.read_text(encoding="utf-8"))
    assert mapping["destination"] == destination
    scenario.finish_mapping(mapping)
    mapping_path.write_text(json.dumps(mapping), encoding="utf-8")

    checked = _cli("check", str(data), "--mapping", str(mapping_path), token=scenario.token)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"{ROWS} valid" in checked.stdout

    upload = [
        sys.executable, "-m", "app", "upload", str(data), "--mapping", str(mapping_path),
        "--base-url", sandbox_url, "--token-env", "DESTINATION_TOKEN",
        "--state-dir", str(tmp_path / "state"), "--batch-size", str(scenario.batch_size),
        "--concurrency", "1", "--yes",
    ]  # fmt: skip
    env = {**os.environ, "DESTINATION_TOKEN": scenario.token}
    proc = subprocess.Popen(upload, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = time.monotonic() + WAIT_S
        while not _stored(sandbox_url, scenario.counts_key):
            assert proc.poll() is None, "the upload ended before anything was stored"
            assert time.monotonic() < deadline, "nothing was stored in time"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(30)
    counts = _stored(sandbox_url, scenario.counts_key)
    assert 0 < len(counts) < ROWS and max(counts.values()) == 1

    report = tmp_path / "report.csv"
    resumed = subprocess.run(
        [*upload, "--report", str(report)], cwd=REPO, env=env, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    counts = _stored(sandbox_url, scenario.counts_key)
    assert len(counts) == ROWS and set(counts.values()) == {1}
    with report.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert len(lines) == ROWS
    assert {line["Status"] for line in lines} <= {"sent", "already sent"}
    assert len({line["Event ID"] for line in lines}) == ROWS
