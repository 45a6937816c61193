"""Shared pieces of the proof suites: generated input files, a sandbox process, CLI runs, checks.

The suites prove properties of the whole program (nothing lost, nothing sent twice, no secret
written anywhere), so they drive it the way a user does: the ``event-loader`` command as a
separate process, against the built-in sandbox over real HTTP.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable

# HubSpot demo template 1009876 "Course completed" (shared facts of the team brief).
COURSE_MAPPING: dict[str, Any] = {
    "format": "event-loader-mapping",
    "version": 1,
    "destination": "hubspot-timeline",
    "hubspot": {
        "appId": 123456,
        "eventTemplateId": "1009876",
        "objectType": "contacts",
        "tokens": [
            {"name": "course", "type": "string"},
            {"name": "score", "type": "number"},
            {"name": "completedOn", "type": "date"},
            {
                "name": "level",
                "type": "enumeration",
                "options": [
                    {"label": "Beginner", "value": "beginner"},
                    {"label": "Expert", "value": "expert"},
                ],
            },
        ],
    },
    "fields": {
        "email": {"column": "Email address"},
        "timestamp": {"column": "Finished", "format": "%Y-%m-%d %H:%M", "timezone": "UTC"},
        "tokens.course": {"column": "Course"},
        "tokens.score": {"column": "Score"},
        "tokens.completedOn": {"column": "Completion date"},
        "tokens.level": {"column": "Level"},
    },
    "event_id": {"columns": ["Email address", "Course"]},
}
COURSE_HEADER = ["Email address", "Finished", "Course", "Score", "Completion date", "Level"]


@dataclass(frozen=True)
class GeneratedFile:
    """A generated course file and the status every data row must end with."""

    path: Path
    mapping_path: Path
    expected: list[str]  # per data row, in order: "valid", "invalid" or "duplicate"

    @property
    def valid_rows(self) -> int:
        return self.expected.count("valid")


def write_course_file(
    folder: Path,
    rows: int,
    *,
    invalid_every: int = 97,
    duplicate_every: int = 211,
    name: str = "courses.csv",
    email_domain: str = "example.com",
) -> GeneratedFile:
    """Write a CSV of ``rows`` course completions with planted invalid and duplicate rows.

    Invalid rows carry an email without ``@``; duplicate rows repeat the previous row exactly
    (same email and course, hence the same event id).
    """
    path = folder / name
    expected: list[str] = []
    previous: list[str] | None = None
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COURSE_HEADER)
        for i in range(rows):
            if previous is not None and i % duplicate_every == duplicate_every - 1:
                writer.writerow(previous)
                expected.append("duplicate")
                continue
            email = f"learner{i}@{email_domain}"
            status = "valid"
            if i % invalid_every == invalid_every - 1:
                email = f"learner{i}-at-{email_domain}"
                status = "invalid"
            line = [
                email,
                f"2025-{1 + i % 12:02d}-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}",
                f"Course {i % 37}",
                str(i % 101),
                f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "Expert" if i % 2 else "beginner",
            ]
            writer.writerow(line)
            expected.append(status)
            if status == "valid":
                previous = line
    mapping_path = folder / "courses.mapping.json"
    mapping_path.write_text(json.dumps(COURSE_MAPPING), encoding="utf-8")
    return GeneratedFile(path, mapping_path, expected)


def _die_with_parent() -> None:
    """Linux: stop the child when the test process dies, even by a crash (no orphan servers)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


# --- the sandbox as a separate process --------------------------------------------------------


class SandboxProcess:
    """``python -m app sandbox --port 0 --ready-file F`` with extra options, driven over HTTP."""

    def __init__(self, folder: Path, *options: str) -> None:
        self.ready = folder / "sandbox.ready"
        self.ready.unlink(missing_ok=True)
        self.log = open(folder / "sandbox.log", "w", encoding="utf-8")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [PYTHON, "-m", "app", "sandbox", "--port", "0", "--ready-file", str(self.ready),
             *options],
            cwd=REPO, stdout=self.log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while not self.ready.exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"sandbox did not start: {(folder / 'sandbox.log').read_text()}")
            time.sleep(0.05)
        self.base_url = self.ready.read_text(encoding="utf-8").strip()

    def get(self, path: str) -> Any:
        with urllib.request.urlopen(self.base_url + path, timeout=30) as answer:
            return json.loads(answer.read())

    def post(self, path: str, body: Any = None) -> Any:
        data = json.dumps(body if body is not None else {}).encode()
        request = urllib.request.Request(
            self.base_url + path, data=data, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            return json.loads(answer.read())

    def reset(self) -> None:
        self.post("/_sandbox/reset")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


# --- running the command ----------------------------------------------------------------------


def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment of a CLI run: no terminal tricks, Qt offscreen, the given extras."""
    env = dict(os.environ)
    env.pop("PYTHONBREAKPOINT", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONUNBUFFERED"] = "1"
    if extra:
        env.update(extra)
    return env


def upload_args(
    file: GeneratedFile | Path,
    mapping: Path | None,
    base_url: str,
    state_dir: Path,
    *more: str,
    token_env: str = "PROOF_TOKEN",
) -> list[str]:
    """The ``python -m app upload`` command line for a generated file."""
    path = file.path if isinstance(file, GeneratedFile) else file
    mapping_path = file.mapping_path if isinstance(file, GeneratedFile) else mapping
    return [
        PYTHON, "-m", "app", "upload", str(path), "--mapping", str(mapping_path),
        "--base-url", base_url, "--state-dir", str(state_dir), "--token-env", token_env,
        "--yes", *more,
    ]  # fmt: skip


def run_cli(
    args: Sequence[str], env: dict[str, str], timeout: float = 300
) -> subprocess.CompletedProcess:
    """Run the command to its end; stdin closed so it never waits for a confirmation."""
    return subprocess.run(
        args, cwd=REPO, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
        timeout=timeout,
    )  # fmt: skip


def read_report_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV report (UTF-8 with BOM, separator sniffed from the header)."""
    text = path.read_text(encoding="utf-8-sig")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return list(csv.DictReader(text.splitlines(), delimiter=delimiter))


def expected_report_status(expected: Iterable[str]) -> list[str]:
    """Report statuses after a complete upload: valid rows end ``sent``."""
    return ["sent" if s == "valid" else s for s in expected]


def hubspot_counts(sandbox: Any) -> dict[str, int]:
    """Stored HubSpot events per id as sent (``SandboxServer`` or ``SandboxProcess``)."""
    if hasattr(sandbox, "event_counts"):
        return sandbox.event_counts()["hubspot"]
    return sandbox.get("/_sandbox/counts")["hubspot"]


def delivery_check(counts: dict[str, int], expected_ids: Iterable[str]) -> tuple[int, int, int]:
    """Return (lost, duplicated, unexpected): ids missing, ids stored more than once, ids stored
    that no input row produced."""
    wanted = set(expected_ids)
    lost = sum(1 for e in wanted if counts.get(e, 0) == 0)
    duplicated = sum(1 for c in counts.values() if c > 1)
    unexpected = sum(1 for e in counts if e not in wanted)
    return lost, duplicated, unexpected
