"""``event-loader FILE`` opens the window on the file (double-click and "Open with" run it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import first_positional, main

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        EVENT_LOADER_CONFIG_DIR=str(tmp_path / "config"),
        EVENT_LOADER_LOG_DIR=str(tmp_path / "log"),
        EVENT_LOADER_STATE_DIR=str(tmp_path / "state"),
    )
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_file_given_alone_opens_in_the_window(tmp_path: Path) -> None:
    path = tmp_path / "Inscrits été.csv"
    path.write_text(
        "Adresse e-mail;Prénom;Présent le\n"
        "zoé@example.com;Zoé;28/03/2025\n"
        "andré@example.com;André;01/04/2025\n",
        encoding="utf-8",
    )
    result = run_cli(str(path), "--smoke", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "smoke ok: opened Inscrits été.csv: 2 rows, 3 columns"


def test_a_missing_file_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    code = main([str(tmp_path / "nowhere.xlsx")])
    err = capsys.readouterr().err
    assert code == 2
    missing = tmp_path / "nowhere.xlsx"
    assert (
        err.strip()
        == f"event-loader: {missing} does not exist. Check the path of the file to open."
    )


def test_a_folder_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main([str(tmp_path)]) == 2
    assert "is a folder, not a spreadsheet" in capsys.readouterr().err


def test_subcommand_names_still_win() -> None:
    assert first_positional(["check", "a.xlsx"]) == "check"
    assert first_positional(["--lang", "fr", "sandbox"]) == "sandbox"
    assert first_positional(["--lang=fr", "a.csv"]) == "a.csv"
    assert first_positional(["--demo"]) is None
    assert first_positional(["--", "-odd name.csv"]) == "-odd name.csv"


def test_a_file_named_like_a_command_runs_the_command(tmp_path: Path) -> None:
    (tmp_path / "check").write_text("x")
    result = run_cli("check", "--help", tmp_path=tmp_path)
    assert result.returncode == 0 and "--mapping" in result.stdout
