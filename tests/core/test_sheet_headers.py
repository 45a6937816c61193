"""Header-row detection and column naming, on rows as the readers produce them."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.reading.sheet import CellError
from app.core.reading.sheet_headers import (
    column_letter,
    detect_header_index,
    header_text,
    make_unique_headers,
)


@pytest.mark.parametrize(
    ("index", "letters"),
    [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA"), (16383, "XFD")],
)
def test_column_letters_match_excel(index: int, letters: str) -> None:
    assert column_letter(index) == letters


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([["Email", "Name"], ["a@x.io", "Ana"]], 0),
        ([["Attendees export"], [], ["Email", "Name", "Score"], ["a@x.io", "Ana", 1]], 2),
        ([["Exported on", "2025-03-04", None, None], ["Email", "Name", "City", "Score"]], 1),
        ([[None, None], [None, "Email", "Name"], [None, "a@x.io", "Ana"]], 1),
        ([["Email"], ["a@x.io"]], 0),  # one column
        ([[1, 2, 3], [4, 5, 6]], None),  # numbers only: no header to find
        ([["12", "13"], ["a@x.io", "b@x.io"]], None),  # numbers and emails are data
        ([["Id", "Year", 2024, 2025], [1, 2, 3, 4]], 0),  # some numeric headers are fine
        ([["yes", "yes", "yes", "yes"], ["Email", "Name", "City", "Zip"]], 1),
        # Years as column names, as numbers (a workbook) or text (a CSV), with data rows whose
        # "n.d." cells look like text: the year row is the header, not the first data row.
        ([["Country", 2013, 2014], ["Italy", "n.d.", 5.5], ["France", 3, 4]], 0),
        ([["Musei", "2011", "2010"], ["Musei Vaticani", "5.078.000", "n.d."]], 0),
        ([["Visitors"], ["Country", 2013, 2014, 2015], ["Italy", "n.d.", "n.d.", 2]], 1),
        # One year per row, or the same year twice, is data under its own header.
        ([["Name", "Year", "Note"], ["Ana", 2013, "ok"], ["Bo", 2013, "n.d."]], 0),
        ([["Ana", 2013, 2013], ["Bo", "n.d.", "x"]], 1),
    ],
)
def test_header_detection(rows: list[list[object]], expected: int | None) -> None:
    assert detect_header_index(rows) == expected


def test_header_text_renders_non_text_cells() -> None:
    assert header_text(2024) == "2024"
    assert header_text(dt.date(2025, 3, 4)) == "2025-03-04"
    assert header_text(dt.datetime(2025, 3, 4, 9, 30)) == "2025-03-04 09:30:00"
    assert header_text(True) == "TRUE"
    assert header_text(CellError("#REF!")) == "#REF!"
    assert header_text("  First\nname  ") == "First name"
    assert header_text(None) == ""


def test_unique_names_do_not_collide_with_existing_ones() -> None:
    names, notes = make_unique_headers(["Email", "Email", "Email (2)", None, "Column D"])
    # "Email (2)" exists already, so the repeat becomes "Email (3)"; the blank D cannot take
    # "Column D" (a real header has it), so it becomes "Column D (2)".
    assert names == ["Email", "Email (3)", "Email (2)", "Column D (2)", "Column D"]
    assert [n.code for n in notes] == ["header_duplicate", "header_blank"]
    assert notes[1].params == {"column": "D", "new_name": "Column D (2)"}


def test_letters_follow_the_sheet_column() -> None:
    names, notes = make_unique_headers(["Email", None], first_column=2)
    assert names == ["Email", "Column D"] and notes[0].params["column"] == "D"


def test_merged_spread_is_noted_once() -> None:
    names, notes = make_unique_headers(["Address", "Address", "Address"], merged_from={1: 0, 2: 0})
    assert names == ["Address", "Address (2)", "Address (3)"]
    assert [n.code for n in notes] == ["header_merged"]
    assert notes[0].params["columns"] == "A:C"
