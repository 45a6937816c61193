"""The Linux menu entry offers Event Loader for every spreadsheet type it reads ("Open with")."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

from app.core.reading.sheet import SUPPORTED_SUFFIXES

ROOT = Path(__file__).resolve().parents[2]
ENTRY = ROOT / "resources" / "linux" / "event-loader.desktop"
# The shared-mime-info type of each file name ending Event Loader opens.
MIME_TYPES = {
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
    ".xls": "application/vnd.ms-excel",
    ".xlsb": "application/vnd.ms-excel.sheet.binary.macroEnabled.12",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".csv": "text/csv",
    ".tsv": "text/tab-separated-values",
}


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(ENTRY, encoding="utf-8")
    return parser["Desktop Entry"]


def test_every_file_type_read_is_registered() -> None:
    registered = set(filter(None, entry()["MimeType"].split(";")))
    for suffix in SUPPORTED_SUFFIXES:
        if suffix == ".txt":
            continue  # text/plain would offer Event Loader for every text file
        assert MIME_TYPES[suffix] in registered, suffix
    assert set(MIME_TYPES.values()) <= registered


def test_the_entry_passes_the_file_to_the_window() -> None:
    assert entry()["Exec"] == "event-loader %f"  # %f: one local file, what main() accepts


def test_desktop_file_validate_accepts_the_entry() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    result = subprocess.run([validator, str(ENTRY)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
