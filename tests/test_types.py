"""The core and the API clients pass mypy in strict mode: every boundary typed, no silent Any.

They are the layers the window and the command line share; a type error there is a bug in both
faces. The settings are in ``pyproject.toml`` (``[tool.mypy]``).
"""

from __future__ import annotations

from pathlib import Path

from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parents[1]


def test_core_and_api_pass_strict_type_checking(tmp_path: Path) -> None:
    config = ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path)]
    layers = [str(ROOT / "app" / "core"), str(ROOT / "app" / "api")]
    out, err, status = mypy_api.run([*config, *layers])
    print(out, err)
    assert status == 0, out + err
    assert "Success: no issues found" in out
