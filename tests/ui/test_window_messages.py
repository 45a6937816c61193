"""The window's wording for the reader's error codes: each reader code gets a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.core.reading.sheet import read_sheet
from app.paths import resources_dir
from app.ui.text.sheet import sheet_error_text


@pytest.fixture
def french(qapp):
    translator = QTranslator()
    assert translator.load("event_loader_fr", str(resources_dir() / "translations"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def error_for(path: Path):
    with pytest.raises(Exception) as caught:
        read_sheet(path)
    return caught.value


def test_a_missing_file_is_said_in_the_windows_words(qapp, tmp_path):
    error = error_for(tmp_path / "gone.xlsx")
    assert error.code == "file_missing"
    assert sheet_error_text(error, "gone.xlsx") == (
        "gone.xlsx was not found. It may have been moved or renamed."
    )


def test_a_missing_file_is_said_in_french(qapp, tmp_path, french):
    error = error_for(tmp_path / "gone.xlsx")
    text = sheet_error_text(error, "gone.xlsx")
    assert "gone.xlsx" in text and "not found" not in text  # translated, not the reader's English
