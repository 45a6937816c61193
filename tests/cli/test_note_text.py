"""A reader note the English wording cannot phrase still prints, and the log says why."""

from __future__ import annotations

import logging

from app.cli.common import note_text
from app.core.reading.sheet import ReadNote


def test_a_note_with_odd_parameters_prints_its_code_and_logs_the_gap(caplog):
    note = ReadNote("empty_rows_skipped", {"count": "many"})
    with caplog.at_level(logging.WARNING, logger="app.cli.common"):
        line = note_text(note)
    assert line == "empty rows skipped (count: many)"
    [record] = [r for r in caplog.records if r.name == "app.cli.common"]
    assert "empty_rows_skipped" in record.getMessage() and record.exc_info is not None


def test_a_note_that_reads_well_logs_nothing(caplog):
    with caplog.at_level(logging.DEBUG, logger="app.cli.common"):
        line = note_text(ReadNote("empty_rows_skipped", {"count": 3}))
    assert line == "3 empty rows were skipped."
    assert not [r for r in caplog.records if r.name == "app.cli.common"]
