"""``python scripts/screenshots.py OUT`` renders every step of the window, as the README says.

The script drives the real window on the built-in sandbox, offscreen; it breaks whenever the
window's modules move, so it is run here rather than only by hand before a release.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STEPS = ("1-file", "2-destination", "3-mapping", "4-preview", "5-upload-ready", "6-results")


@pytest.mark.slow
def test_the_screenshot_script_renders_every_step(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("EVENT_LOADER_CONFIG_DIR", "EVENT_LOADER_STATE_DIR", "EVENT_LOADER_LOG_DIR"):
        env[name] = str(tmp_path / name.lower())
    done = subprocess.run(
        [sys.executable, "scripts/screenshots.py", str(tmp_path / "shots")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    made = {p.stem for p in (tmp_path / "shots").glob("*.png")}
    assert set(STEPS) <= made, sorted(made)
    expected = {p.stem for p in (ROOT / "docs" / "screenshots").glob("*.png") if "." not in p.stem}
    assert expected <= made, sorted(expected - made)  # every picture the docs show
