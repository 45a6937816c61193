"""Cell checks: numbers (English and French), emails, ids, enumerations, types, booleans."""

from __future__ import annotations

import math
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.conversion.mapping import (
    PIPELESS_OBJECT_TYPES,
    PIPELESS_RELATIONSHIP_TYPES,
    TokenOption,
    load_mapping,
)
from app.core.conversion.validate import (
    ValueIssue,
    cell_text,
    check_mapping,
    make_boolean_converter,
    make_email_converter,
    make_enum_converter,
    make_json_converter,
    make_number_converter,
    make_object_id_converter,
    make_pipeless_id_converter,
    make_type_converter,
    parse_number,
)

DATA = Path(__file__).parent / "data"
HUBSPOT_FILE = DATA / "issue-hubspot.mapping.json"
PIPELESS_FILE = DATA / "issue-pipeless.mapping.json"


def code_of(convert, value) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueIssue) as info:
        convert(value)
    return info.value.code


# --- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234", 1234),
        ("-12.5", -12.5),
        ("+7", 7),
        ("\u22123", -3),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        ("1 234,5", 1234.5),
        ("1\u00a0234,5", 1234.5),
        ("1\u202f234 567,25", 1234567.25),
        ("1'234.50", 1234.5),
        ("12,5", 12.5),
        ("0,125", 0.125),
        ("1.234", 1.234),
        ("1,234,567", 1234567),
        ("1.234.567", 1234567),
        ("1 234", 1234),
        ("12.0", 12),
        ("1e3", 1000),
        ("1.5e-3", 0.0015),
        ("00123", 123),
        (" 42 ", 42),
    ],
)
def test_numbers_in_english_and_french(text: str, expected: float) -> None:
    result = parse_number(text)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "",
        " ",
        ",",
        ".",
        "1,2,3",
        "1.2.3,4",
        "12 34",
        "1e999",
        "nan",
        "inf",
        "12%",
        "1,234.567.8",
    ],
)
def test_not_numbers(text: str) -> None:
    assert code_of(parse_number, text) == "number_invalid"


def test_one_comma_and_three_digits_is_ambiguous_unless_told() -> None:
    with pytest.raises(ValueIssue) as info:
        parse_number("1,234")
    assert info.value.code == "number_ambiguous"
    assert info.value.params["as_thousands"] == "1234"
    assert info.value.params["as_decimal"] == "1.234"
    assert parse_number("1,234", ",") == 1.234
    assert parse_number("1,234", ".") == 1234
    assert parse_number("1.234", ",") == 1234
    assert parse_number("1.234", ".") == 1.234


def test_number_cells_stay_numbers_and_whole_floats_become_ints() -> None:
    convert = make_number_converter()
    assert convert(12) == 12 and type(convert(12)) is int
    assert convert(12.0) == 12 and type(convert(12.0)) is int
    assert convert(12.5) == 12.5
    assert convert("45,5") == 45.5
    assert code_of(convert, True) == "number_invalid"
    assert code_of(convert, float("nan")) == "number_invalid"
    assert code_of(convert, date(2025, 1, 1)) == "number_invalid"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789 ,.-+e'\u00a0abc", max_size=16))
def test_number_parser_fails_only_with_a_value_issue(text: str) -> None:
    try:
        result = parse_number(text)
    except ValueIssue as exc:
        assert exc.code in ("number_invalid", "number_ambiguous")
    else:
        assert isinstance(result, int | float) and math.isfinite(result)


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_numbers_written_by_python_read_back(value: float) -> None:
    assert parse_number(repr(value)) == pytest.approx(value)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_french_style_numbers_read_back(whole: int, cents: int) -> None:
    grouped = f"{whole:,}".replace(",", "\u202f")
    assert parse_number(f"{grouped},{cents:02d}") == pytest.approx(whole + cents / 100)
    assert parse_number(f"{whole:,}.{cents:02d}") == pytest.approx(whole + cents / 100)


# --- text and ids ----------------------------------------------------------------------------


def test_cell_text_never_shows_point_zero() -> None:
    assert cell_text(12345.0) == "12345"
    assert cell_text(12345) == "12345"
    assert cell_text(" 00123 ") == "00123"
    assert cell_text(1.5) == "1.5"
    assert cell_text(None) == ""
    assert cell_text(True) == "true"
    assert cell_text(date(2025, 4, 25)) == "2025-04-25"
    assert cell_text(datetime(2025, 4, 25, 9, 30)) == "2025-04-25T09:30:00"


@pytest.mark.parametrize(
    "email",
    ["ana@example.com", "ana.b+news@mail.example.co.uk", "o'neil@example.ie", "x@éxample.fr"],
)
def test_valid_emails(email: str) -> None:
    assert make_email_converter()(f" {email} ") == email


@pytest.mark.parametrize(
    "email",
    ["bob@example", "ana example.com", "ana@@example.com", "ana@exa mple.com", "@example.com",
     "ana.@example.com", "Ana <ana@example.com>", "ana@example..com", "a" * 250 + "@example.com",
     12],
)  # fmt: skip
def test_invalid_emails(email: object) -> None:
    assert code_of(make_email_converter(), email) == "email_invalid"


def test_hubspot_object_ids() -> None:
    convert = make_object_id_converter()
    assert convert(12345.0) == "12345"
    assert convert(12345) == "12345"
    assert convert(" 28651 ") == "28651"
    assert code_of(convert, "abc") == "object_id_invalid"
    assert convert("9" * 20) == "9" * 20
    assert code_of(convert, "9" * 21) == "object_id_invalid"
    assert code_of(convert, 12.5) == "object_id_invalid"
    assert code_of(convert, "١٢٣") == "object_id_invalid"  # Arabic-Indic digits are not ids


def test_pipeless_ids() -> None:
    convert = make_pipeless_id_converter()
    assert convert(77.0) == "77"
    assert convert("u-1001") == "u-1001"
    allowed = "Ab 09 @-!#%^&()/+=;:'\"?<>\\][{}.,"
    assert convert(allowed) == allowed
    assert convert("x" * 40) == "x" * 40
    with pytest.raises(ValueIssue) as info:
        convert("x" * 41)
    assert info.value.code == "id_too_long" and info.value.params["length"] == 41
    with pytest.raises(ValueIssue) as info:
        convert("user_1 é")
    assert info.value.code == "id_invalid_chars" and info.value.params["chars"] == "_"


@pytest.mark.parametrize("text", ["article-é-0", "Ångström 2", "ÉLODIE", "東京-7", "Ωmega", "٣٤"])
def test_pipeless_ids_take_letters_and_digits_of_any_script(text: str) -> None:
    assert make_pipeless_id_converter()(text) == text


@pytest.mark.parametrize(("text", "bad"), [("a\x1bb", "\x1b"), ("smile 🙂", "🙂"), ("a·b", "·")])
def test_pipeless_ids_refuse_what_is_neither_letter_digit_nor_listed(text: str, bad: str) -> None:
    with pytest.raises(ValueIssue) as info:
        make_pipeless_id_converter()(text)
    assert info.value.params["chars"] == bad


# --- closed lists ----------------------------------------------------------------------------

LEVELS = (TokenOption("Beginner", "beginner"), TokenOption("Expert", "expert"))
ATTENDANCE = (
    TokenOption("Attended live", "live"),
    TokenOption("Watched replay", "replay"),
    TokenOption("Did not attend", "absent"),
)


def test_enum_values_labels_and_value_map() -> None:
    convert = make_enum_converter(ATTENDANCE, {"Présent": "live", "En différé": "Watched replay"})
    assert convert("live") == "live"
    assert convert("Attended live") == "live"
    assert convert("  attended   LIVE ") == "live"
    assert convert("REPLAY") == "replay"
    assert convert("Présent") == "live"
    assert convert("présent") == "live"
    assert convert("en différé") == "replay"  # a value_map target may be a label
    with pytest.raises(ValueIssue) as info:
        convert("Golden")
    assert info.value.code == "enum_unknown"
    assert info.value.params["options"] == ["Attended live", "Watched replay", "Did not attend"]


def test_enum_labels_can_be_switched_off() -> None:
    convert = make_enum_converter(LEVELS, {}, match_labels=False)
    assert convert("beginner") == "beginner"
    assert convert("BEGINNER") == "beginner"  # values still match regardless of case
    labels = make_enum_converter((TokenOption("Gold tier", "gold"),), {}, match_labels=False)
    assert code_of(labels, "Gold tier") == "enum_unknown"


def test_enum_numbers_from_cells() -> None:
    convert = make_enum_converter((TokenOption("One", "1"), TokenOption("Two", "2")), {})
    assert convert(1.0) == "1"
    assert convert(2) == "2"


def test_value_map_to_unknown_option_is_reported() -> None:
    convert = make_enum_converter(LEVELS, {"Guru": "master"})
    assert code_of(convert, "Guru") == "enum_unknown"


def test_pipeless_types_are_normalised_to_camel_case() -> None:
    relation = make_type_converter(PIPELESS_RELATIONSHIP_TYPES)
    assert relation("commentedOn") == "commentedOn"
    assert relation("Commented on") == "commentedOn"
    assert relation("COMMENTED_ON") == "commentedOn"
    assert relation("liked") == "liked"
    assert relation(" Liked ") == "liked"
    assert code_of(relation, "hugged") == "type_unknown"
    objects = make_type_converter(PIPELESS_OBJECT_TYPES)
    assert objects("Video") == "video"
    assert code_of(objects, "movie") == "type_unknown"


def test_booleans() -> None:
    convert = make_boolean_converter()
    for text in ("true", "TRUE", "yes", "Oui", "1", "vrai", True, 1):
        assert convert(text) is True
    for text in ("false", "No", "non", "0", "faux", False, 0.0):
        assert convert(text) is False
    assert code_of(convert, "maybe") == "boolean_invalid"


def test_json_values_keep_their_type() -> None:
    convert = make_json_converter()
    assert convert(" x ") == "x"
    assert convert(3.0) == 3 and type(convert(3.0)) is int
    assert convert(3.25) == 3.25
    assert convert(True) is True
    assert convert(date(2025, 4, 25)) == "2025-04-25"


# --- mapping-wide ----------------------------------------------------------------------------


def test_check_mapping_reports_each_missing_column_once() -> None:
    mapping = load_mapping(HUBSPOT_FILE)
    headers = ["Email", "Finished", "Course", "Score", "Completion date", "Level"]
    problems = check_mapping(mapping, headers)
    assert [(p.target, p.column, p.code) for p in problems] == [
        ("email", "Email address", "column_missing"),
        ("event_id", "Email address", "column_missing"),
    ]


def test_check_mapping_required_fields() -> None:
    mapping = load_mapping(HUBSPOT_FILE)
    del mapping.fields["email"]
    assert [p.code for p in check_mapping(mapping, ["Finished"]) if p.code != "column_missing"] == [
        "record_id_not_mapped"
    ]
    pipeless = load_mapping(PIPELESS_FILE)
    del pipeless.fields["end_object.id"]
    problems = check_mapping(pipeless, ["Member", "Action", "Date"])
    assert [(p.target, p.code) for p in problems] == [("end_object.id", "field_not_mapped")]
