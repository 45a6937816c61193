"""HubSpot custom events in the core: the mapping block, the conversion rules, the event id."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from app.core.conversion.convert import compile_mapping, convert_rows
from app.core.conversion.mapping import MappingError, mapping_to_dict, parse_mapping, targets_for
from app.core.destinations import all_destinations, get
from app.core.destinations.hubspot_events import UUID_NAMESPACE, settings_from_definition
from app.core.reading.sheet_types import SheetData

BLOCK = {
    "eventName": "pe123456_webinar_attended",
    "primaryObject": "CONTACT",
    "properties": [
        {"name": "webinar_name", "label": "Webinar", "type": "string"},
        {"name": "minutes", "type": "number"},
        {"name": "joined", "type": "datetime"},
        {"name": "tier", "type": "enumeration", "options": [{"label": "Gold", "value": "gold"}]},
    ],
}


def mapping(fields: dict, block: dict | None = None, **extra):
    return parse_mapping(
        {
            "format": "event-loader-mapping",
            "version": 1,
            "destination": "hubspot-events",
            "hubspotEvents": block or BLOCK,
            "fields": fields,
            **extra,
        }
    )


def sheet(headers: list[str], rows: list[list]) -> SheetData:
    return SheetData(Path("x.csv"), None, [], 1, headers, rows, list(range(2, 2 + len(rows))))


FIELDS = {
    "email": {"column": "Email"},
    "occurredAt": {"column": "When", "timezone": "Europe/Paris"},
    "properties.webinar_name": {"column": "Webinar"},
    "properties.minutes": {"column": "Minutes"},
    "properties.joined": {"column": "Joined"},
    "properties.tier": {"column": "Tier", "value_map": {"Or": "gold"}},
}
HEADERS = ["Email", "When", "Webinar", "Minutes", "Joined", "Tier"]


def test_the_block_round_trips_and_lists_its_targets() -> None:
    m = mapping(FIELDS)
    assert mapping_to_dict(m)["hubspotEvents"] == BLOCK
    assert parse_mapping(mapping_to_dict(m)) == m
    names = [t.name for t in targets_for(m)]
    assert names[:4] == ["email", "objectId", "utk", "occurredAt"]
    assert names[4:] == [f"properties.{p['name']}" for p in BLOCK["properties"]]


def test_every_property_value_is_text_in_the_api_form() -> None:
    rows = [["ana@example.com", "2025-03-14 16:00", " Spring ", "1,5", "2025-03-17", "Or"]]
    result = convert_rows(sheet(HEADERS, rows), mapping(FIELDS, **{}))
    outcome = result.outcomes[0]
    assert not outcome.problems, outcome.problems
    event = outcome.event
    assert event["eventName"] == "pe123456_webinar_attended"
    assert event["occurredAt"] == "2025-03-14T16:00:00+01:00"
    # a date-only cell is midnight UTC of that day, as for timeline date tokens
    assert event["properties"] == {
        "webinar_name": "Spring",
        "minutes": "1.5",
        "joined": "1742169600000",
        "tier": "gold",
    }
    assert event["uuid"] == str(uuid.uuid5(UUID_NAMESPACE, outcome.event_id))


def test_a_datetime_with_a_time_is_the_instant_in_the_rules_zone() -> None:
    fields = {"email": {"column": "Email"},
              "properties.joined": {"column": "Joined", "timezone": "Europe/Paris"}}  # fmt: skip
    result = convert_rows(sheet(["Email", "Joined"], [["a@b.co", "2025-01-01 01:00"]]),
                          mapping(fields))  # fmt: skip
    assert result.outcomes[0].event["properties"]["joined"] == "1735689600000"


def test_the_uuid_is_the_same_on_every_run() -> None:
    rows = [["ana@example.com", "2025-03-14 16:00", "Spring", "42", "2025-03-17", "gold"]]
    first = convert_rows(sheet(HEADERS, rows), mapping(FIELDS)).outcomes[0].event["uuid"]
    again = convert_rows(sheet(HEADERS, rows), mapping(FIELDS)).outcomes[0].event["uuid"]
    assert first == again and uuid.UUID(first).version == 5


def test_an_unknown_option_names_the_property() -> None:
    rows = [["ana@example.com", "", "Spring", "1", "", "Platinum"]]
    problem = convert_rows(sheet(HEADERS, rows), mapping(FIELDS)).outcomes[0].problems[0]
    assert problem.code == "enum_unknown"
    assert problem.message.endswith(
        '"Platinum" is not an option of property tier (Gold). Map it or fix the cell.'
    )


def test_values_over_256_characters_and_missing_records_are_refused() -> None:
    rows = [["", "", "x" * 257, "1", "", "gold"]]
    problems = convert_rows(sheet(HEADERS, rows), mapping(FIELDS)).outcomes[0].problems
    assert {p.code for p in problems} == {"value_too_long", "record_id_missing"}


def test_email_and_utk_only_for_contact_definitions() -> None:
    company = {**BLOCK, "primaryObject": "COMPANY"}
    with pytest.raises(MappingError) as caught:
        mapping({"email": {"column": "Email"}}, company)
    assert caught.value.code == "target_not_allowed"
    m = mapping({"properties.minutes": {"column": "Minutes"}}, company)
    result = convert_rows(sheet(["Minutes"], [["3"]]), m)
    assert [p.code for p in result.outcomes[0].problems] == ["field_not_mapped"]


def test_at_most_fifty_properties() -> None:
    many = {**BLOCK, "properties": [{"name": f"p{i}", "type": "string"} for i in range(51)]}
    fields = {f"properties.p{i}": {"value": "x"} for i in range(51)}
    with pytest.raises(MappingError) as caught:
        mapping({"email": {"value": "a@b.co"}, **fields}, many)
    assert "50" in str(caught.value)


def test_a_definition_as_listed_becomes_the_block() -> None:
    listed = {
        "name": "webinar_attended",
        "fullyQualifiedName": "pe123456_webinar_attended",
        "labels": {"singular": "Webinar attended"},
        "primaryObject": "CONTACT",
        "properties": [*BLOCK["properties"], {"name": "hs_odd", "type": "bool"}],
    }
    settings = settings_from_definition(listed)
    assert settings.event_name == "pe123456_webinar_attended"
    assert [p.name for p in settings.properties] == ["webinar_name", "minutes", "joined", "tier"]


def test_the_compiled_converter_names_no_other_destination() -> None:
    compiled = compile_mapping(mapping(FIELDS), HEADERS)
    assert "eventName" in compiled.source and "tokens" not in compiled.source


@pytest.mark.parametrize("destination", all_destinations(), ids=lambda d: d.key)
def test_every_destination_states_what_the_others_ask(destination) -> None:
    assert get(destination.key) is destination
    assert destination.batch_max >= destination.default_batch_size >= 1
    assert destination.secret_keys and destination.credential_kinds and destination.sandbox_paths
    assert destination.client_module.startswith("app.api.")
