"""``event-loader sandbox`` prints one account line per registered destination."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from app.core.destinations import all_destinations

ROOT = Path(__file__).resolve().parents[2]


def test_the_sandbox_command_prints_an_account_for_every_destination(tmp_path: Path) -> None:
    ready = tmp_path / "sandbox.ready"
    env = dict(os.environ, EVENT_LOADER_STATE_DIR=str(tmp_path), EVENT_LOADER_LOG_DIR=str(tmp_path))
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "sandbox", "--port", "0", "--ready-file", str(ready)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not ready.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists(), proc.stderr.read() if proc.poll() is not None else "not ready"
    finally:
        proc.terminate()
        out, _err = proc.communicate(timeout=30)
    lines = out.splitlines()
    for destination in all_destinations():
        head = f"  {destination.display_name} {destination.account_id_word} "
        found = [line for line in lines if line.startswith(head)]
        assert len(found) == 1, (destination.key, lines)
    assert "  Pipeless app id 77: API key sandbox-pipeless-key" in lines
    assert any("portal id 4040404: access token sandbox-private-app-token" in x for x in lines)
