"""The mapping file format v1: loading, errors, round trips, targets."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from app.core.conversion.mapping import (
    HUBSPOT,
    PIPELESS,
    FieldRule,
    HubSpotSettings,
    Mapping,
    MappingError,
    PipelessSettings,
    TokenOption,
    hubspot_settings_from_template,
    load_mapping,
    mapping_to_dict,
    missing_required,
    parse_mapping,
    save_mapping,
    targets_for,
)

DATA = Path(__file__).parent / "data"
HUBSPOT_FILE = DATA / "issue-hubspot.mapping.json"
PIPELESS_FILE = DATA / "issue-pipeless.mapping.json"


def hubspot_dict() -> dict[str, Any]:
    return json.loads(HUBSPOT_FILE.read_text(encoding="utf-8"))


def pipeless_dict() -> dict[str, Any]:
    return json.loads(PIPELESS_FILE.read_text(encoding="utf-8"))


def test_issue_hubspot_file_loads_as_written() -> None:
    m = load_mapping(HUBSPOT_FILE)
    assert m.destination == HUBSPOT
    assert m.hubspot is not None
    assert m.hubspot.app_id == 123456
    assert m.hubspot.event_template_id == "1009876"
    assert m.hubspot.object_type == "contacts"
    assert [(t.name, t.type) for t in m.hubspot.tokens] == [
        ("course", "string"),
        ("score", "number"),
        ("completedOn", "date"),
        ("level", "enumeration"),
    ]
    assert m.hubspot.tokens[3].options == (
        TokenOption("Beginner", "beginner"),
        TokenOption("Expert", "expert"),
    )
    ts = m.fields["timestamp"]
    assert (ts.column, ts.format, ts.timezone) == ("Finished", "%Y-%m-%d %H:%M", "America/New_York")
    assert m.fields["extraData.importedBy"].value == "Event Loader"
    assert m.fields["extraData.importedBy"].column is None
    assert m.event_id.columns == ["Email address", "Course"]
    assert m.event_id.prefix == "el"


def test_issue_pipeless_file_loads_as_written() -> None:
    m = load_mapping(PIPELESS_FILE)
    assert m.destination == PIPELESS
    assert m.pipeless == PipelessSettings(app_id=77, synchronous=False)
    assert m.fields["start_object.type"].value == "user"
    assert m.fields["relationship.created_on"].format == "%m/%d/%Y %I:%M %p"
    assert m.event_id.columns == []


@pytest.mark.parametrize("path", [HUBSPOT_FILE, PIPELESS_FILE])
def test_issue_files_round_trip_exactly(path: Path, tmp_path: Path) -> None:
    original = json.loads(path.read_text(encoding="utf-8"))
    m = load_mapping(path)
    assert mapping_to_dict(m) == original
    out = tmp_path / "saved.json"
    save_mapping(m, out)
    assert json.loads(out.read_text(encoding="utf-8")) == original
    assert load_mapping(out) == m


def test_unknown_keys_are_kept_everywhere(tmp_path: Path) -> None:
    data = hubspot_dict()
    data["comment"] = "made by hand"
    data["hubspot"]["portal"] = "EU"
    data["fields"]["email"]["note"] = "lowercase please"
    data["event_id"]["salt"] = 3
    m = parse_mapping(data)
    assert m.extra == {"comment": "made by hand"}
    assert m.fields["email"].extra == {"note": "lowercase please"}
    assert mapping_to_dict(m) == data


def test_save_is_atomic_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "m.json"
    out.write_text("old", encoding="utf-8")
    save_mapping(load_mapping(PIPELESS_FILE), out)
    assert [p.name for p in tmp_path.iterdir()] == ["m.json"]
    assert json.loads(out.read_text(encoding="utf-8"))["destination"] == "pipeless"


def test_save_failure_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "m.json"
    out.write_text("old", encoding="utf-8")
    m = load_mapping(PIPELESS_FILE)
    m.extra["bad"] = object()  # not JSON-serialisable: the write fails before the rename
    with pytest.raises(TypeError):
        save_mapping(m, out)
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["m.json"]


def test_bom_is_accepted(tmp_path: Path) -> None:
    out = tmp_path / "bom.json"
    out.write_bytes(b"\xef\xbb\xbf" + PIPELESS_FILE.read_bytes())
    assert load_mapping(out).destination == PIPELESS


def _error(data: Any) -> MappingError:
    with pytest.raises(MappingError) as info:
        parse_mapping(data)
    return info.value


def test_load_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(MappingError) as info:
        load_mapping(tmp_path / "nope.json")
    assert info.value.code == "file_missing"
    assert "nope.json" in str(info.value)

    with pytest.raises(MappingError) as info:
        load_mapping(tmp_path)
    assert info.value.code == "file_unreadable"

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "event-loader-mapping",, }', encoding="utf-8")
    with pytest.raises(MappingError) as info:
        load_mapping(bad)
    assert info.value.code == "json_invalid"
    assert "bad.json" in str(info.value) and "line 1" in str(info.value)

    binary = tmp_path / "junk.json"
    binary.write_bytes(b"\xff\xfe\x00\x81junk")
    with pytest.raises(MappingError) as info:
        load_mapping(binary)
    assert info.value.code == "json_invalid"

    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"format": "something-else", "version": 1}', encoding="utf-8")
    with pytest.raises(MappingError) as info:
        load_mapping(wrong)
    assert info.value.code == "format_wrong"
    assert str(info.value).startswith("wrong.json: ")


def test_top_level_errors() -> None:
    assert _error([1, 2]).code == "not_an_object"
    d = hubspot_dict()
    d["version"] = 2
    err = _error(d)
    assert err.code == "version_unsupported" and "version 2" in str(err)
    d = hubspot_dict()
    del d["version"]
    assert _error(d).code == "format_wrong"
    d = hubspot_dict()
    d["destination"] = "salesforce"
    err = _error(d)
    assert err.code == "destination_unknown" and "salesforce" in str(err)
    d = hubspot_dict()
    del d["hubspot"]
    assert _error(d).code == "settings_missing"
    d = pipeless_dict()
    d["pipeless"]["appId"] = "seventy"
    assert _error(d).code == "settings_invalid"
    d = pipeless_dict()
    d["pipeless"]["synchronous"] = "yes"
    assert _error(d).code == "settings_invalid"
    d = hubspot_dict()
    d["fields"] = []
    assert _error(d).code == "fields_invalid"


def test_numeric_ids_as_text_or_number_are_accepted() -> None:
    d = hubspot_dict()
    d["hubspot"]["appId"] = "123456"
    d["hubspot"]["eventTemplateId"] = 1009876
    m = parse_mapping(d)
    assert m.hubspot is not None
    assert (m.hubspot.app_id, m.hubspot.event_template_id) == (123456, "1009876")


def test_token_errors() -> None:
    d = hubspot_dict()
    d["hubspot"]["tokens"][0]["type"] = "currency"
    err = _error(d)
    assert err.code == "token_invalid" and "currency" in str(err)
    d = hubspot_dict()
    d["hubspot"]["tokens"][3]["options"] = []
    assert _error(d).code == "token_invalid"
    d = hubspot_dict()
    d["hubspot"]["tokens"].append({"name": "course", "type": "string"})
    assert _error(d).code == "token_invalid"


def test_unknown_targets_are_refused_with_the_known_ones_listed() -> None:
    d = hubspot_dict()
    d["fields"]["tokens.grade"] = {"column": "Grade"}
    err = _error(d)
    assert err.code == "target_unknown"
    assert "course, score, completedOn, level" in str(err)
    d = hubspot_dict()
    d["fields"]["phone"] = {"column": "Phone"}
    assert _error(d).code == "target_unknown"
    d = pipeless_dict()
    d["fields"]["relationship.weight"] = {"value": 3}
    assert _error(d).code == "target_unknown"
    d = hubspot_dict()
    d["fields"]["extraData."] = {"value": 3}
    assert _error(d).code == "target_unknown"


def test_contact_only_targets_refused_for_companies() -> None:
    d = hubspot_dict()
    d["hubspot"]["objectType"] = "companies"
    err = _error(d)
    assert err.code == "target_not_allowed" and "objectId" in str(err)


def test_rule_errors() -> None:
    cases: list[tuple[dict[str, Any], str]] = [
        ({"column": "A", "value": "x"}, "rule_invalid"),
        ({"column": ""}, "rule_invalid"),
        ({"value": [1, 2]}, "rule_invalid"),
        ({"column": "A", "timezone": "Mars/Olympus"}, "timezone_unknown"),
        ({"column": "A", "timezone": "../etc/passwd"}, "timezone_unknown"),
        ({"column": "A", "type": "number"}, "type_not_allowed"),
        ({"column": "A", "decimal": ";"}, "rule_invalid"),
        ({"column": "A", "value_map": ["a"]}, "rule_invalid"),
        ({"column": "A", "match_labels": "no"}, "rule_invalid"),
        ({"column": "A", "format": 12}, "rule_invalid"),
    ]
    for rule, code in cases:
        d = hubspot_dict()
        d["fields"]["tokens.course"] = rule
        assert _error(d).code == code, rule


def test_extra_data_type_override() -> None:
    d = hubspot_dict()
    d["fields"]["extraData.points"] = {"column": "Points", "type": "number"}
    assert parse_mapping(d).fields["extraData.points"].type == "number"
    d["fields"]["extraData.points"]["type"] = "money"
    assert _error(d).code == "type_not_allowed"
    d = hubspot_dict()
    d["fields"]["tokens.completedOn"]["type"] = "date"  # same as the template: accepted
    assert parse_mapping(d).fields["tokens.completedOn"].type == "date"


def test_event_id_errors() -> None:
    d = hubspot_dict()
    d["event_id"] = {"columns": "Email address"}
    assert _error(d).code == "event_id_invalid"
    d["event_id"] = {"prefix": "x" * 41}
    assert _error(d).code == "event_id_invalid"
    d["event_id"] = {"prefix": "a b"}
    assert _error(d).code == "event_id_invalid"
    d["event_id"] = {"prefix": "course-2024"}
    m = parse_mapping(d)
    assert m.event_id.prefix == "course-2024"
    assert mapping_to_dict(m)["event_id"] == {"prefix": "course-2024"}


def test_targets_for_contacts_lists_identifiers_tokens_and_extra_data() -> None:
    m = load_mapping(HUBSPOT_FILE)
    targets = targets_for(m)
    names = [t.name for t in targets]
    assert names[:3] == ["email", "objectId", "utk"]
    assert all(t.one_of == ("email", "objectId", "utk") for t in targets[:3])
    assert "timestamp" in names and "domain" in names
    assert names[-5:] == [
        "tokens.course",
        "tokens.score",
        "tokens.completedOn",
        "tokens.level",
        "extraData.importedBy",
    ]
    level = next(t for t in targets if t.name == "tokens.level")
    assert level.kind == "enumeration" and level.options[0].value == "beginner"
    assert next(t for t in targets if t.name == "timestamp").kind == "datetime"


def test_targets_for_companies_requires_object_id_first() -> None:
    settings = HubSpotSettings(app_id=1, event_template_id="1009878", object_type="companies")
    targets = targets_for(settings)
    assert targets[0].name == "objectId" and targets[0].required
    assert {"email", "utk", "domain"}.isdisjoint(t.name for t in targets)


def test_targets_for_pipeless_required_first_with_labels() -> None:
    targets = targets_for(PipelessSettings(app_id=77))
    required = [t.name for t in targets if t.required]
    assert required == [
        "start_object.id",
        "start_object.type",
        "relationship.type",
        "end_object.id",
        "end_object.type",
    ]
    assert [t.required for t in targets] == sorted((t.required for t in targets), reverse=True)
    assert all(t.label for t in targets)
    rel = next(t for t in targets if t.name == "relationship.type")
    assert "commentedOn" in [o.value for o in rel.options]
    assert {t.name for t in targets} >= {"relationship.single", "end_object.modified_on"}


def test_token_labels_become_target_labels() -> None:
    template = {
        "id": "1009877",
        "name": "Webinar attended",
        "objectType": "contacts",
        "tokens": [
            {"name": "minutesAttended", "type": "number", "label": "Minutes attended"},
            {
                "name": "attendance",
                "type": "enumeration",
                "label": "Attendance",
                "options": [{"label": "Attended live", "value": "live"}],
                "createdAt": "2024-01-01T00:00:00Z",
            },
        ],
    }
    settings = hubspot_settings_from_template(123456, template)
    assert settings.template_name == "Webinar attended"
    labels = {t.name: t.label for t in targets_for(settings)}
    assert labels["tokens.minutesAttended"] == "Minutes attended"
    assert labels["tokens.attendance"] == "Attendance"


def test_missing_required() -> None:
    m = load_mapping(HUBSPOT_FILE)
    assert missing_required(m) == []
    del m.fields["email"]
    assert missing_required(m) == [("email", "objectId", "utk")]
    m.fields["utk"] = FieldRule(column="Cookie")
    assert missing_required(m) == []
    m.fields["utk"] = FieldRule(value="  ")  # a fixed value still being typed feeds nothing
    assert missing_required(m) == [("email", "objectId", "utk")]
    m.fields["utk"] = FieldRule(value="abc")
    assert missing_required(m) == []

    p = load_mapping(PIPELESS_FILE)
    del p.fields["end_object.id"]
    del p.fields["relationship.type"]
    assert missing_required(p) == [("relationship.type",), ("end_object.id",)]


def test_mapping_built_in_code_round_trips() -> None:
    m = Mapping(
        destination=PIPELESS,
        fields={"start_object.id": FieldRule(column="Member", default="anon", match_labels=False)},
        pipeless=PipelessSettings(app_id=5, synchronous=True),
        name="Likes",
    )
    again = parse_mapping(copy.deepcopy(mapping_to_dict(m)))
    assert again == m


def test_documented_examples_are_the_issue_files_and_load() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "mapping-format.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in doc.split("```json")[1:]]
    mappings = [json.loads(b) for b in blocks if '"format"' in b]
    assert mappings == [hubspot_dict(), pipeless_dict()]
    for data in mappings:
        assert mapping_to_dict(parse_mapping(data)) == data


@pytest.mark.parametrize("fmt", ["%d/%d/%Y", "%Y-%m-%d %H:%M %H", "%Y-%q-%d", "%d/%m/%"])
def test_an_unusable_date_format_is_refused_when_the_mapping_loads(fmt: str) -> None:
    data = {
        "format": "event-loader-mapping",
        "version": 1,
        "destination": "pipeless",
        "pipeless": {"appId": 77},
        "fields": {"relationship.created_on": {"column": "Date", "format": fmt}},
    }
    with pytest.raises(MappingError) as caught:
        parse_mapping(data)
    assert caught.value.code == "rule_invalid"
    assert "relationship.created_on" in str(caught.value)
