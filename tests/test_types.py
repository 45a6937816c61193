"""The core and the API clients pass mypy in strict mode: every boundary typed, no silent Any.

They are the layers the window and the command line share; a type error there is a bug in both
faces. The settings are in ``pyproject.toml`` (``[tool.mypy]``). mypy runs in a process of its
own: in this one it would retune the garbage collector (``gc.set_threshold``) for every test
that follows.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_core_and_api_pass_strict_type_checking(tmp_path: Path) -> None:
    config = ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path)]
    layers = [str(ROOT / "app" / "core"), str(ROOT / "app" / "api")]
    done = subprocess.run(
        [sys.executable, "-m", "mypy", *config, *layers],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    print(done.stdout, done.stderr)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found" in done.stdout
