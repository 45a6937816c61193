"""Rows to API events: exact JSON for HubSpot and Pipeless, problems with codes, duplicates."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.conversion.convert import (
    RowStatus,
    compile_mapping,
    convert_rows,
    iter_convert_rows,
    value_at,
)
from app.core.conversion.mapping import Mapping, load_mapping, parse_mapping
from app.core.reading.sheet import CellError, SheetData

DATA = Path(__file__).parent / "data"
HUBSPOT = json.loads((DATA / "issue-hubspot.mapping.json").read_text(encoding="utf-8"))
PIPELESS = json.loads((DATA / "issue-pipeless.mapping.json").read_text(encoding="utf-8"))
HS_HEADERS = ["Email address", "Finished", "Course", "Score", "Completion date", "Level"]
PL_HEADERS = ["Member", "Action", "Date", "Video"]


def sheet(headers: list[str], rows: list[list[Any]]) -> SheetData:
    return SheetData(
        path=Path("test.xlsx"),
        sheet_name="Sheet1",
        sheet_names=["Sheet1"],
        header_row=1,
        headers=headers,
        rows=rows,
        row_numbers=list(range(2, len(rows) + 2)),
    )


def hubspot(changes: dict[str, Any] | None = None) -> Mapping:
    data = copy.deepcopy(HUBSPOT)
    data["fields"].update(changes or {})
    return parse_mapping(data)


def pipeless(changes: dict[str, Any] | None = None) -> Mapping:
    data = copy.deepcopy(PIPELESS)
    data["fields"].update(changes or {})
    return parse_mapping(data)


GOOD = ["ana@example.com", "2025-04-25 14:30", "Python 101", 87.0, date(2025, 4, 25), "Beginner"]


def one(mapping: Mapping, row: list[Any], headers: list[str] = HS_HEADERS):  # type: ignore[no-untyped-def]
    return convert_rows(sheet(headers, [row]), mapping).outcomes[0]


def codes(outcome) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(p.target, p.code) for p in outcome.problems]


# --- HubSpot ---------------------------------------------------------------------------------


def test_hubspot_event_is_the_exact_api_json() -> None:
    outcome = one(hubspot(), GOOD)
    assert outcome.status is RowStatus.VALID and outcome.sendable
    assert outcome.row_number == 2 and outcome.index == 0
    assert outcome.event == {
        "eventTemplateId": "1009876",
        "id": outcome.event_id,
        "email": "ana@example.com",
        "timestamp": "2025-04-25T14:30:00-04:00",
        "tokens": {
            "course": "Python 101",
            "score": 87,
            "completedOn": 1745539200000,
            "level": "beginner",
        },
        "extraData": {"importedBy": "Event Loader"},
    }
    assert list(outcome.event) == [
        "eventTemplateId",
        "id",
        "email",
        "timestamp",
        "tokens",
        "extraData",
    ]
    assert list(outcome.event["tokens"]) == [
        "course",
        "score",
        "completedOn",
        "level",
    ]  # template order
    assert outcome.event_id.startswith("el-") and len(outcome.event_id) <= 100
    assert type(outcome.event["tokens"]["score"]) is int
    json.dumps(outcome.event)  # JSON-ready


def test_hubspot_number_and_enum_variants() -> None:
    row = list(GOOD)
    row[3], row[5] = "1 234,5", "  EXPERT "
    event = one(hubspot(), row).event
    assert event["tokens"]["score"] == 1234.5
    assert event["tokens"]["level"] == "expert"


def test_hubspot_problems_each_with_field_column_code() -> None:
    row = ["bob@example", "2025-04-25", "Python 101", "lots", "31/02/2024", "Guru"]
    outcome = one(hubspot(), row)
    assert outcome.status is RowStatus.INVALID and not outcome.sendable
    assert codes(outcome) == [
        ("email", "email_invalid"),
        ("timestamp", "date_invalid"),
        ("tokens.score", "number_invalid"),
        ("tokens.completedOn", "date_not_real"),
        ("tokens.level", "enum_unknown"),
    ]
    by_target = {p.target: p for p in outcome.problems}
    assert by_target["timestamp"].column == "Finished"
    assert by_target["timestamp"].params["format"] == "%Y-%m-%d %H:%M"
    assert by_target["tokens.level"].params["value"] == "Guru"
    assert by_target["tokens.level"].params["options"] == ["Beginner", "Expert"]
    assert by_target["tokens.completedOn"].params["value"] == "31/02/2024"
    # The partial event keeps what converted, so the preview can show it.
    assert outcome.event["tokens"] == {"course": "Python 101"}


def test_ambiguous_date_without_a_format() -> None:
    row = list(GOOD)
    row[4] = "03/04/2025"
    assert codes(one(hubspot(), row)) == [("tokens.completedOn", "date_ambiguous")]
    fixed = hubspot({"tokens.completedOn": {"column": "Completion date", "format": "%d/%m/%Y"}})
    assert one(fixed, row).event["tokens"]["completedOn"] == 1743638400000  # 3 April 2025


def test_excel_serial_and_datetime_cells_for_dates() -> None:
    row = list(GOOD)
    row[1] = datetime(2025, 3, 9, 2, 30)  # a DST gap in New York
    row[4] = 45772
    event = one(hubspot(), row).event
    assert event["timestamp"] == "2025-03-09T03:30:00-04:00"
    assert event["tokens"]["completedOn"] == 1745539200000


def test_cell_errors_are_never_sent_as_empty() -> None:
    row = list(GOOD)
    row[3] = CellError("#DIV/0!")
    outcome = one(hubspot(), row)
    assert codes(outcome) == [("tokens.score", "cell_error")]
    assert outcome.problems[0].params["value"] == "#DIV/0!"


def test_empty_cells_are_left_out_or_defaulted() -> None:
    row = list(GOOD)
    row[3], row[5] = None, "   "
    outcome = one(hubspot(), row)
    assert outcome.sendable
    assert "score" not in outcome.event["tokens"] and "level" not in outcome.event["tokens"]
    mapping = hubspot({"tokens.score": {"column": "Score", "default": "0"},
                       "tokens.level": {"column": "Level", "default": "Beginner"}})  # fmt: skip
    tokens = one(mapping, row).event["tokens"]
    assert (tokens["score"], tokens["level"]) == (0, "beginner")


def test_bad_default_is_a_problem_only_when_used() -> None:
    mapping = hubspot({"tokens.score": {"column": "Score", "default": "n/a"}})
    assert one(mapping, GOOD).sendable
    row = list(GOOD)
    row[3] = None
    outcome = one(mapping, row)
    assert codes(outcome) == [("tokens.score", "number_invalid")]
    assert outcome.problems[0].params["from_default"] is True


def test_constants_convert_like_cells() -> None:
    mapping = hubspot({"tokens.level": {"value": "Expert"}, "tokens.score": {"value": "12,5"}})
    event = one(mapping, GOOD).event
    assert event["tokens"]["level"] == "expert" and event["tokens"]["score"] == 12.5
    bad = hubspot({"tokens.level": {"value": "Guru"}})
    outcome = one(bad, GOOD)
    assert codes(outcome) == [("tokens.level", "enum_unknown")]
    assert outcome.problems[0].column is None


def test_a_fixed_value_not_among_the_options_is_changed_in_mapping() -> None:
    """A fixed value has no cell: its sentence says where it is changed, not "fix the cell"."""
    from app.core.conversion.messages import problem_message

    outcome = one(hubspot({"tokens.level": {"value": "Guru"}}), GOOD)
    message = problem_message(outcome.problems[0])
    assert message.startswith('The fixed value of "')
    assert message.endswith("Change it in Mapping.")
    assert "cell" not in message
    row = list(GOOD)
    row[HS_HEADERS.index("Level")] = "Guru"
    from_cell = problem_message(one(hubspot(), row).problems[0])
    assert from_cell.endswith("Map it or fix the cell.")


def test_contact_needs_one_identifier() -> None:
    row = list(GOOD)
    row[0] = None
    outcome = one(hubspot(), row)
    assert codes(outcome) == [("email", "record_id_missing")]
    mapping = hubspot({"objectId": {"column": "Record ID"}, "utk": {"column": "Cookie"}})
    headers = [*HS_HEADERS, "Record ID", "Cookie"]
    ok = one(mapping, [*row, 28651.0, None], headers)
    assert ok.sendable and ok.event["objectId"] == "28651"
    ok = one(mapping, [*row, None, "abc123"], headers)
    assert ok.sendable and ok.event["utk"] == "abc123"


def test_bad_email_is_reported_once_not_twice() -> None:
    row = list(GOOD)
    row[0] = "nope"
    assert codes(one(hubspot(), row)) == [("email", "email_invalid")]


def test_companies_need_object_id() -> None:
    data = copy.deepcopy(HUBSPOT)
    data["hubspot"]["objectType"] = "companies"
    data["hubspot"]["tokens"] = [
        {"name": "product", "type": "string"},
        {"name": "seats", "type": "number"},
    ]
    data["fields"] = {"objectId": {"column": "Company"}, "tokens.product": {"column": "Product"},
                      "tokens.seats": {"column": "Seats"}}  # fmt: skip
    data["event_id"] = {"columns": ["Company", "Product"]}
    mapping = parse_mapping(data)
    headers = ["Company", "Product", "Seats"]
    outcome = one(mapping, [12345.0, "Widget", "3"], headers)
    assert outcome.event == {
        "eventTemplateId": "1009876",
        "id": outcome.event_id,
        "objectId": "12345",
        "tokens": {"product": "Widget", "seats": 3},
    }
    assert codes(one(mapping, [None, "Widget", 3], headers)) == [("objectId", "required_missing")]


def test_string_tokens_from_numbers_lose_point_zero() -> None:
    row = list(GOOD)
    row[2] = 12345.0
    assert one(hubspot(), row).event["tokens"]["course"] == "12345"


def test_extra_data_types() -> None:
    mapping = hubspot({"extraData.points": {"column": "Points", "type": "number"},
                       "extraData.when": {"column": "When", "type": "date"},
                       "extraData.raw": {"column": "Raw"}})  # fmt: skip
    headers = [*HS_HEADERS, "Points", "When", "Raw"]
    event = one(mapping, [*GOOD, "1 000", "25/04/2025", 3.0], headers).event
    assert event["extraData"] == {"importedBy": "Event Loader", "points": 1000, "raw": 3,
                                  "when": "2025-04-25"}  # fmt: skip


def test_missing_column_is_a_clear_problem_on_every_row() -> None:
    headers = ["Email", *HS_HEADERS[1:]]
    result = convert_rows(sheet(headers, [list(GOOD), list(GOOD)]), hubspot())
    for outcome in result.outcomes:
        assert ("email", "column_missing") in codes(outcome)
        assert ("event_id", "column_missing") in codes(outcome)
        assert outcome.status is RowStatus.INVALID
    problem = result.outcomes[0].problems[0]
    assert problem.column == "Email address"


def test_unmapped_required_field_is_a_problem() -> None:
    mapping = hubspot()
    del mapping.fields["email"]
    assert ("objectId", "record_id_not_mapped") in codes(one(mapping, GOOD))


def test_problem_counts_and_counts() -> None:
    rows = [list(GOOD), ["x", *GOOD[1:]], ["y", *GOOD[1:]], list(GOOD)]
    result = convert_rows(sheet(HS_HEADERS, rows), hubspot())
    assert result.counts == {"valid": 1, "invalid": 2, "duplicate": 1}
    assert result.problem_counts == {"email_invalid": 2}


# --- duplicates and ids ----------------------------------------------------------------------


def test_duplicates_by_event_id_columns() -> None:
    second = ["ana@example.com", "2025-05-01 10:00", "Python 101", 50, date(2025, 5, 1), "Expert"]
    other = ["bo@example.com", "2025-05-01 10:00", "Python 101", 50, date(2025, 5, 1), "Expert"]
    result = convert_rows(sheet(HS_HEADERS, [list(GOOD), other, second]), hubspot())
    first, middle, last = result.outcomes
    assert first.status is RowStatus.VALID and middle.status is RowStatus.VALID
    assert last.status is RowStatus.DUPLICATE and last.duplicate_of == 2
    assert last.event_id == first.event_id and not last.sendable


def test_duplicates_by_all_values_without_event_id_columns() -> None:
    data = copy.deepcopy(HUBSPOT)
    del data["event_id"]
    mapping = parse_mapping(data)
    changed = list(GOOD)
    changed[3] = 88
    result = convert_rows(sheet(HS_HEADERS, [list(GOOD), changed, list(GOOD)]), mapping)
    assert [o.status for o in result.outcomes] == [
        RowStatus.VALID,
        RowStatus.VALID,
        RowStatus.DUPLICATE,
    ]
    assert result.outcomes[2].duplicate_of == 2


def test_progressive_conversion_counts_rows_and_marks_duplicates_across_chunks() -> None:
    rows = [list(GOOD), ["bo@example.com", *GOOD[1:]], ["not an email", *GOOD[1:]]] * 3
    steps = iter_convert_rows(sheet(HS_HEADERS, rows), hubspot(), every=4)
    counts = []
    while True:
        try:
            counts.append(next(steps))
        except StopIteration as done:
            result = done.value
            break
    assert counts == [4, 8, 9]
    assert result == convert_rows(sheet(HS_HEADERS, rows), hubspot())
    # The repeat of row 2 in the second chunk is still a duplicate of it.
    assert [o.status for o in result.outcomes[:4]] == [
        RowStatus.VALID,
        RowStatus.VALID,
        RowStatus.INVALID,
        RowStatus.DUPLICATE,
    ]
    assert result.outcomes[3].duplicate_of == 2


def test_progressive_conversion_refuses_rows_without_their_numbers() -> None:
    broken = sheet(HS_HEADERS, [list(GOOD), list(GOOD)])
    broken.row_numbers.pop()
    with pytest.raises(ValueError, match="2 rows but 1 row numbers"):
        next(iter_convert_rows(broken, hubspot()))


def test_invalid_rows_do_not_make_later_rows_duplicates() -> None:
    bad = list(GOOD)
    bad[5] = "Guru"
    result = convert_rows(sheet(HS_HEADERS, [bad, list(GOOD)]), hubspot())
    assert [o.status for o in result.outcomes] == [RowStatus.INVALID, RowStatus.VALID]


def test_ids_are_stable_and_independent_of_number_cell_types() -> None:
    a = one(hubspot(), GOOD).event_id
    assert one(hubspot(), list(GOOD)).event_id == a
    float_course = list(GOOD)
    float_course[2] = 101.0
    text_course = list(GOOD)
    text_course[2] = "101"
    assert one(hubspot(), float_course).event_id == one(hubspot(), text_course).event_id


def test_prefix_changes_the_id() -> None:
    data = copy.deepcopy(HUBSPOT)
    data["event_id"]["prefix"] = "spring"
    assert one(parse_mapping(data), GOOD).event_id.startswith("spring-")


# --- Pipeless --------------------------------------------------------------------------------


def test_pipeless_event_is_the_exact_api_json() -> None:
    outcome = one(pipeless(), ["u-1001", "Liked", "04/25/2025 03:15 PM", 77.0], PL_HEADERS)
    assert outcome.sendable
    assert outcome.event == {
        "start_object": {"id": "u-1001", "type": "user"},
        "relationship": {"type": "liked", "created_on": "2025-04-25T15:15:00"},
        "end_object": {"id": "77", "type": "video"},
    }
    assert outcome.event_id.startswith("el-")


def test_pipeless_problems() -> None:
    outcome = one(pipeless(), ["x" * 41, "hugged", "13/25/2025 03:15 PM", "vid_1"], PL_HEADERS)
    assert codes(outcome) == [
        ("start_object.id", "id_too_long"),
        ("relationship.type", "type_unknown"),
        ("relationship.created_on", "date_invalid"),
        ("end_object.id", "id_invalid_chars"),
    ]
    missing = one(pipeless(), [None, "liked", None, "v1"], PL_HEADERS)
    assert codes(missing) == [("start_object.id", "required_missing")]


def test_pipeless_single_and_key() -> None:
    mapping = pipeless({"relationship.single": {"column": "Single"}})
    headers = [*PL_HEADERS, "Single"]
    a = one(mapping, ["u1", "liked", "04/25/2025 03:15 PM", "v1", "no"], headers)
    b = one(mapping, ["u1", "liked", "04/26/2025 03:15 PM", "v1", "no"], headers)
    assert a.event["relationship"]["single"] is False
    assert a.event_id != b.event_id  # repeats at another time are other events
    c = one(pipeless(), ["u1", "liked", "04/25/2025 03:15 PM", "v1"], PL_HEADERS)
    d = one(pipeless(), ["u1", "liked", "04/26/2025 03:15 PM", "v1"], PL_HEADERS)
    assert c.event_id == d.event_id  # single: one relationship between the same objects
    result = convert_rows(
        sheet(
            PL_HEADERS,
            [
                ["u1", "liked", "04/25/2025 03:15 PM", "v1"],
                ["u1", "LIKED", "04/26/2025 03:15 PM", "v1"],
            ],
        ),
        pipeless(),
    )
    assert result.outcomes[1].status is RowStatus.DUPLICATE


def test_pipeless_types_in_any_case_are_canonical() -> None:
    mapping = pipeless({"end_object.type": {"column": "Kind"}})
    outcome = one(mapping, ["u1", "commented on", None, "p1", "POST"], [*PL_HEADERS, "Kind"])
    assert outcome.event["relationship"]["type"] == "commentedOn"
    assert outcome.event["end_object"]["type"] == "post"


# --- helpers ---------------------------------------------------------------------------------


def test_compiled_mapping_converts_a_single_row_again() -> None:
    compiled = compile_mapping(hubspot(), HS_HEADERS)
    fixed = compiled.convert(4, 6, list(GOOD))
    assert fixed.row_number == 6 and fixed.index == 4 and fixed.sendable


def test_value_at() -> None:
    outcome = one(hubspot(), GOOD)
    assert value_at(outcome.event, "tokens.level") == "beginner"
    assert value_at(outcome.event, "tokens.nothing") is None


@pytest.mark.parametrize(
    "path", [DATA / "issue-hubspot.mapping.json", DATA / "issue-pipeless.mapping.json"]
)
def test_issue_mappings_convert(path: Path) -> None:
    mapping = load_mapping(path)
    headers = HS_HEADERS if mapping.destination == "hubspot-timeline" else PL_HEADERS
    row = (
        GOOD
        if mapping.destination == "hubspot-timeline"
        else ["u1", "liked", "04/25/2025 03:15 PM", "v1"]
    )
    assert one(mapping, list(row), headers).sendable


# --- the compiled row function ---------------------------------------------------------------


def test_fast_outcome_equals_the_dataclass_constructor() -> None:
    from app.core.conversion.convert import Problem, RowOutcome, _new_outcome

    problem = Problem("email", "E", "email_invalid", {"value": "x"})
    fast = _new_outcome(3, 5, {"a": 1}, "el-1", (problem,), RowStatus.INVALID)
    slow = RowOutcome(3, 5, {"a": 1}, "el-1", (problem,), RowStatus.INVALID, None)
    assert fast == slow
    with pytest.raises(AttributeError):
        fast.status = RowStatus.VALID  # type: ignore[misc]


def test_generated_row_function_names_no_cell_values() -> None:
    compiled = compile_mapping(hubspot(), HS_HEADERS)
    assert "Python 101" not in compiled.source
    assert compiled.source.count("C0(cell)") == 1


CELLS = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.builds(CellError, st.sampled_from(["#N/A", "#REF!", "#DIV/0!"])),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(CELLS, min_size=6, max_size=6), min_size=1, max_size=5))
def test_any_cells_give_an_event_or_coded_problems(rows: list[list[Any]]) -> None:
    result = convert_rows(sheet(HS_HEADERS, rows), hubspot())
    for outcome in result.outcomes:
        json.dumps(outcome.event)
        if outcome.status is RowStatus.INVALID:
            assert outcome.problems and all(p.code and p.message for p in outcome.problems)
        else:
            assert not outcome.problems


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(CELLS, min_size=4, max_size=4), min_size=1, max_size=5))
def test_any_cells_pipeless(rows: list[list[Any]]) -> None:
    for outcome in convert_rows(sheet(PL_HEADERS, rows), pipeless()).outcomes:
        json.dumps(outcome.event)
        assert all(p.message for p in outcome.problems)


def test_huge_cells_give_problems_not_crashes() -> None:
    huge_digits = "1" * 5000  # int() of more than 4,300 digits raises in Python
    megabyte = "x" * 1_000_000
    row = [megabyte, megabyte, megabyte, huge_digits, "2" * 5000, megabyte]
    outcome = one(hubspot(), row)
    assert codes(outcome) == [
        ("email", "email_invalid"),
        ("timestamp", "date_invalid"),
        ("tokens.score", "number_invalid"),
        ("tokens.completedOn", "date_invalid"),
        ("tokens.level", "enum_unknown"),
    ]
    assert all(len(p.params["value"]) <= 80 for p in outcome.problems)
    assert all(len(p.message) < 400 for p in outcome.problems)
    pl = one(pipeless(), [megabyte, megabyte, megabyte, huge_digits], PL_HEADERS)
    assert [c for _, c in codes(pl)] == [
        "id_too_long",
        "type_unknown",
        "date_invalid",
        "id_too_long",
    ]


def test_all_values_id_is_pinned() -> None:
    # Changing how ids are computed would re-send every event of an interrupted upload: pin it.
    from app.core.conversion.event_ids import hash_text

    data = copy.deepcopy(HUBSPOT)
    del data["event_id"]
    outcome = one(parse_mapping(data), GOOD)
    # Field order: identifiers, timestamp, tokens in template order, then extraData by name.
    text = "\x1f".join(
        ["1009876", "ana@example.com", "2025-04-25T14:30:00-04:00", "Python 101", "87",
         "1745539200000", "beginner", "Event Loader"]
    )  # fmt: skip
    assert outcome.event_id == hash_text("el", text)


def test_all_values_id_gives_a_boolean_as_python_writes_it() -> None:
    # Journals hold ids made with "True"/"False" for a boolean extraData value: a resumed run
    # must find the same ids, so the text is pinned (a raw boolean cell in chosen id columns
    # is "true", as cells_text has always given it).
    from app.core.conversion.event_ids import event_id, hash_text, value_text

    data = copy.deepcopy(HUBSPOT)
    del data["event_id"]
    data["fields"]["extraData.consent"] = {"column": "Consent"}
    outcome = one(parse_mapping(data), [*GOOD, True], [*HS_HEADERS, "Consent"])
    assert outcome.sendable and outcome.event["extraData"]["consent"] is True
    values = ["ana@example.com", "2025-04-25T14:30:00-04:00", "Python 101", 87,
              1745539200000, "beginner", True, "Event Loader"]  # fmt: skip
    assert outcome.event_id == event_id("el", "1009876", [value_text(v) for v in values])
    text = "\x1f".join(["1009876", *map(str, values[:6]), "True", "Event Loader"])
    assert outcome.event_id == hash_text("el", text)


def test_chosen_columns_id_is_pinned() -> None:
    from app.core.conversion.event_ids import hash_text

    outcome = one(hubspot(), GOOD)
    assert outcome.event_id == hash_text("el", "1009876\x1fana@example.com\x1fPython 101")


def _mixed_rows(good: list[Any], bad: list[Any], n: int, seed: int) -> list[list[Any]]:
    """Rows of good cells where some are swapped for empty, blank, error or refused values."""
    import random

    rng = random.Random(seed)
    spoilers = [None, "", "   ", CellError("#N/A"), CellError("#REF!")]
    rows = []
    for _ in range(n):
        row = list(good)
        for position in range(len(row)):
            roll = rng.random()
            if roll < 0.08:
                row[position] = rng.choice(spoilers)
            elif roll < 0.14:
                row[position] = bad[position]
        rows.append(row)
    return rows


PL_GOOD = ["u-1001", "Liked", "04/25/2025 03:15 PM", 77.0]
PL_BAD = ["x" * 41, "hugged", "13/25/2025 03:15 PM", "v\x00"]
HS_BAD = ["carla@example", "someday", " ", "lots", "soon", "Guru"]


@pytest.mark.parametrize(
    ("mapping", "headers", "good", "bad", "some_valid"),
    [
        (lambda: hubspot(), HS_HEADERS, GOOD, HS_BAD, True),
        (  # defaults (one that converts, one that does not) and an id over every value
            lambda: parse_mapping(
                {
                    **copy.deepcopy(HUBSPOT),
                    "event_id": {"columns": []},
                    "fields": {
                        **HUBSPOT["fields"],
                        "tokens.score": {"column": "Score", "default": "0"},
                        "tokens.level": {"column": "Level", "default": "n/a"},
                        "extraData.finished": {"column": "Finished"},
                    },
                }
            ),
            HS_HEADERS,
            GOOD,
            HS_BAD,
            True,
        ),
        (lambda: pipeless(), PL_HEADERS, PL_GOOD, PL_BAD, True),
        (  # every row has the problem of the missing column
            lambda: hubspot({"tokens.course": {"column": "Missing column"}}),
            HS_HEADERS,
            GOOD,
            HS_BAD,
            False,
        ),
    ],
    ids=["hubspot", "defaults-and-value-ids", "pipeless", "missing-column"],
)
def test_block_conversion_gives_the_outcomes_of_row_by_row_conversion(
    mapping: Any, headers: list[str], good: list[Any], bad: list[Any], some_valid: bool
) -> None:
    # convert_rows converts whole columns at once and sends only the rows that need a decision
    # through the row converter; every outcome must be the row converter's own.
    rules = mapping()
    rows = _mixed_rows(good, bad, 3_000, seed=len(headers))
    result = convert_rows(sheet(headers, rows), rules)
    compiled = compile_mapping(rules, headers, rows)
    expected = [compiled.convert(i, i + 2, row) for i, row in enumerate(rows)]
    got = result.outcomes
    assert [o.event for o in got] == [o.event for o in expected]
    assert [o.event_id for o in got] == [o.event_id for o in expected]
    assert [o.problems for o in got] == [o.problems for o in expected]
    assert [json.dumps(o.event) for o in got] == [json.dumps(o.event) for o in expected]
    assert {o.status for o in got} >= {RowStatus.INVALID}
    assert any(o.status is RowStatus.VALID for o in got) is some_valid
