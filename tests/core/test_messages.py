"""English messages: what happened, where (row, column, value), what to do; every code covered."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from app.core.conversion.convert import Problem, convert_rows
from app.core.conversion.mapping import parse_mapping
from app.core.conversion.messages import (
    duplicate_message,
    format_example,
    note_message,
    outcome_message,
    problem_message,
    row_message,
)
from app.core.reading.sheet import CellError, ReadNote, SheetData

DATA = Path(__file__).parent / "data"
HUBSPOT = json.loads((DATA / "issue-hubspot.mapping.json").read_text(encoding="utf-8"))


def test_the_ux_example_word_for_word() -> None:
    problem = Problem(
        "tokens.purchaseDate", "Purchase date", "date_not_real", {"value": "31/02/2024"}
    )
    assert row_message(14, problem) == (
        'Row 14, "Purchase date": "31/02/2024" is not a real date. Fix the cell or change this '
        "column's date format in Mapping."
    )


def test_unknown_option_names_the_token_and_its_options() -> None:
    params = {"value": "Golden", "field": "Tier", "options": ["Gold", "Silver", "Bronze"]}
    problem = Problem("tokens.tier", "Tier", "enum_unknown", params)
    assert row_message(9, problem) == (
        'Row 9, "Tier": "Golden" is not an option of token Tier (Gold, Silver or Bronze). Map it '
        "or fix the cell."
    )


def test_missing_required_mapping() -> None:
    problem = Problem("email", None, "field_not_mapped", {"field": "Email"})
    assert problem_message(problem) == (
        "Email is required but no column is mapped to it. Choose a column or a fixed value."
    )


def test_constant_and_default_say_so() -> None:
    constant = Problem(
        "tokens.level", None, "enum_unknown", {"value": "Guru", "field": "Level", "options": ["A"]}
    )
    assert row_message(3, constant).startswith('Row 3, the fixed value of "Level": "Guru"')
    default = Problem("tokens.score", "Score", "number_invalid",
                      {"value": "n/a", "field": "Score", "from_default": True})  # fmt: skip
    assert row_message(3, default).startswith(
        'Row 3, the default value of "Score": "n/a" is not a number'
    )


def test_date_messages_show_the_format_with_an_example() -> None:
    problem = Problem("timestamp", "Finished", "date_invalid",
                      {"value": "2025-04-03", "format": "%Y-%m-%d %H:%M"})  # fmt: skip
    assert "year-month-day hour:minute (for example 2025-04-25 14:30)" in problem_message(problem)
    assert "%" not in problem_message(problem)
    assert format_example("%d/%m/%Y") == "day/month/year (for example 25/04/2025)"
    assert format_example("%m/%d/%Y %I:%M %p").startswith("month/day/year hour:minute AM/PM (")
    ambiguous = Problem("timestamp", "Date", "date_ambiguous", {"value": "03/04/2025"})
    text = problem_message(ambiguous)
    assert "day/month/year or month/day/year" in text and "03/04/2025" in text
    assert "%" not in text


ALL_CODES = [
    "cell_error", "required_missing", "column_missing", "field_not_mapped", "record_id_not_mapped",
    "record_id_missing", "email_invalid", "object_id_invalid", "number_invalid", "number_ambiguous",
    "date_invalid", "date_ambiguous", "date_not_real", "enum_unknown", "id_too_long",
    "id_invalid_chars", "type_unknown", "boolean_invalid", "text_invalid",
]  # fmt: skip


@pytest.mark.parametrize("code", ALL_CODES)
def test_every_code_has_a_message_with_the_place_and_no_code(code: str) -> None:
    params = {"value": "VAL", "field": "Field", "options": ["a", "b"], "length": 41, "max": 40,
              "chars": "_", "as_thousands": "1234", "as_decimal": "1.234", "fields": ["Email"],
              "columns": ["Email address"]}  # fmt: skip
    problem = Problem("tokens.x", "Col", code, params)
    text = row_message(7, problem)
    assert text.startswith("Row 7")
    assert code not in text  # codes go under Details, not in the sentence
    assert text.endswith(".")
    if code not in ("field_not_mapped", "record_id_not_mapped", "record_id_missing"):
        assert '"Col"' in text


def test_unknown_code_still_gives_a_sentence() -> None:
    text = row_message(2, Problem("tokens.x", "Col", "brand_new_code", {"value": "v"}))
    assert text.startswith('Row 2, "Col": "v" cannot be used')


def test_outcome_messages_from_a_real_conversion() -> None:
    mapping = parse_mapping(copy.deepcopy(HUBSPOT))
    headers = ["Email address", "Finished", "Course", "Score", "Completion date", "Level"]
    good = ["ana@example.com", "2025-04-25 14:30", "Python 101", 87, date(2025, 4, 25), "Expert"]
    rows = [good, list(good), [None, "2025-04-25 14:30", "Intro", CellError("#N/A"), None, None]]
    sheet = SheetData(Path("f.xlsx"), "S", ["S"], 1, headers, rows, [2, 3, 4])
    first, dup, bad = convert_rows(sheet, mapping).outcomes
    assert outcome_message(first) == ""
    assert outcome_message(dup) == duplicate_message(3, 2)
    assert "same event as row 2" in outcome_message(dup)
    text = outcome_message(bad)
    assert 'Row 4, "Score": the cell shows the spreadsheet error #N/A.' in text
    assert 'Row 4: No email (column "Email address")' in text


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (ReadNote("header_blank", {"column": "C", "new_name": "Column C"}), '"Column C"'),
        (ReadNote("header_duplicate", {"column": "D", "name": "Email", "new_name": "Email (2)"}),
         '"Email (2)"'),
        (ReadNote("header_merged",
                  {"columns": "B:C", "name": "Name", "new_names": ["Name", "Name (2)"]}), "B:C"),
        (ReadNote("empty_rows_skipped", {"count": 3}), "3 empty rows were skipped."),
        (ReadNote("empty_rows_skipped", {"count": 1}), "1 empty row was skipped."),
        (ReadNote("encoding_guessed", {"encoding": "cp1252"}), "cp1252"),
        (ReadNote("ragged_row", {"count": 2, "row_numbers": [4, 9], "expected": 5}), "row 4, 9"),
        (ReadNote("data_outside_header", {"columns": ["F"]}), "Column F"),
        (ReadNote("nul_removed", {"count": 2}), "2 invisible NUL"),
        (ReadNote("something_new", {"count": 2}), "something_new"),
    ],
)  # fmt: skip
def test_note_messages(note: ReadNote, expected: str) -> None:
    assert expected in note_message(note)


def test_a_wrong_fixed_type_points_to_mapping_and_a_wrong_cell_to_the_cell() -> None:
    params = {"value": "view", "options": ["liked"]}
    fixed = Problem("relationship.type", None, "type_unknown", params)
    cell = Problem("relationship.type", "Type", "type_unknown", params)
    assert problem_message(fixed).endswith("Use one of: liked. Change it in Mapping.")
    assert problem_message(cell).endswith("Use one of: liked. Fix the cell.")
