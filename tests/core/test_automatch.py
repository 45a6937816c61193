"""Auto-match: headers people write, matched to fields with a confidence; one column per field."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.conversion.automatch import (
    Match,
    auto_match,
    normalise,
    starter_mapping,
    suggest_date_format,
)
from app.core.conversion.convert import convert_rows
from app.core.conversion.mapping import (
    HubSpotSettings,
    PipelessSettings,
    hubspot_settings_from_template,
    mapping_to_dict,
    parse_mapping,
    targets_for,
)
from app.core.reading.sheet import SheetData

WEBINAR = hubspot_settings_from_template(
    123456,
    {
        "id": "1009877",
        "name": "Webinar attended",
        "objectType": "contacts",
        "tokens": [
            {"name": "webinar", "type": "string", "label": "Webinar"},
            {"name": "minutesAttended", "type": "number", "label": "Minutes attended"},
            {"name": "registeredOn", "type": "date", "label": "Registration date"},
            {
                "name": "attendance",
                "type": "enumeration",
                "label": "Attendance",
                "options": [
                    {"label": "Attended live", "value": "live"},
                    {"label": "Watched replay", "value": "replay"},
                ],
            },
        ],
    },
)


def matched(
    headers: list[str], settings: HubSpotSettings | PipelessSettings = WEBINAR
) -> dict[str, Match]:
    return {m.target: m for m in auto_match(headers, targets_for(settings))}


def test_normalise() -> None:
    assert normalise("Adresse E-mail") == "adresse e mail"
    assert normalise("  EMAIL_ADDRESS ") == "email address"
    assert normalise("minutesAttended") == "minutes attended"
    assert normalise("Date d’inscription") == "date d inscription"
    assert normalise("Éloïse") == "eloise"


@pytest.mark.parametrize(
    "header",
    ["Email", "E-mail", "e_mail", "EMAIL", "Courriel", "Adresse e-mail", "Adresse électronique",
     "Email address", "E-Mail Address", "Mail"],
)  # fmt: skip
def test_email_headers(header: str) -> None:
    m = matched([header, "Something else"])
    assert m["email"].column == header
    assert m["email"].confidence >= 0.9


@pytest.mark.parametrize(
    "header", ["Date", "Horodatage", "Timestamp", "When", "Date et heure", "Event date"]
)
def test_timestamp_headers(header: str) -> None:
    assert matched([header])["timestamp"].column == header


@pytest.mark.parametrize("header", ["ID", "Record ID", "record_id", "HubSpot ID", "Object ID"])
def test_object_id_headers(header: str) -> None:
    assert matched([header])["objectId"].column == header


def test_token_names_and_labels() -> None:
    m = matched(["minutes_attended", "Registration Date", "ATTENDANCE", "webinar"])
    assert m["tokens.minutesAttended"].reason == "same_name"
    assert m["tokens.registeredOn"].column == "Registration Date"
    assert m["tokens.registeredOn"].reason == "same_label"
    assert m["tokens.attendance"].confidence == 1.0
    assert m["tokens.webinar"].confidence == 1.0


def test_fuzzy_matches_have_lower_confidence() -> None:
    m = matched(["Attendence", "Webinar name"])
    assert m["tokens.attendance"].reason == "similar"
    assert 0.6 <= m["tokens.attendance"].confidence < 0.9
    assert m["tokens.webinar"].reason == "contains"
    assert m["tokens.webinar"].confidence < 0.9


def test_unrelated_headers_match_nothing() -> None:
    assert matched(["Prénom", "Nom", "Ville", "Notes"]) == {}


def test_each_column_once_and_best_first() -> None:
    m = matched(["Mail", "Email address", "Date"])
    assert m["email"].column == "Email address"  # the exact phrase beats the short one
    columns = [x.column for x in m.values()]
    assert len(columns) == len(set(columns))
    # One column that could be two fields goes to one of them only.
    only = auto_match(["Date"], targets_for(WEBINAR))
    assert len(only) == 1


def test_label_beats_synonym_for_the_same_column() -> None:
    settings = hubspot_settings_from_template(
        1,
        {
            "id": "5",
            "objectType": "contacts",
            "tokens": [{"name": "d", "type": "date", "label": "Date"}],
        },
    )
    m = matched(["Date"], settings)
    assert m["tokens.d"].column == "Date" and "timestamp" not in m


def test_pipeless_headers() -> None:
    m = matched(["Member", "Action", "Date", "Video"], PipelessSettings(app_id=77))
    assert m["start_object.id"].column == "Member"
    assert m["relationship.type"].column == "Action"
    assert m["relationship.created_on"].column == "Date"
    assert m["end_object.id"].column == "Video"


def test_result_is_in_target_order() -> None:
    result = auto_match(["ATTENDANCE", "webinar", "E-mail"], targets_for(WEBINAR))
    assert [r.target for r in result] == ["email", "tokens.webinar", "tokens.attendance"]


def test_suggest_date_format() -> None:
    assert suggest_date_format(["25/04/2025", "03/04/2025"]) == "%d/%m/%Y"
    assert suggest_date_format(["04/25/2025", "03/04/2025"]) == "%m/%d/%Y"
    assert suggest_date_format(["03/04/2025", "04/05/2025"]) is None  # cannot tell
    assert suggest_date_format(["2025-04-25", "2025-04-26"]) is None  # no format needed
    assert suggest_date_format(["25.04.2025 14:30", "03.04.2025 09:00"]) == "%d.%m.%Y %H:%M"
    assert suggest_date_format([None, 45000, ""]) is None
    assert suggest_date_format(["soon"]) is None


def test_starter_mapping_round_trips_and_converts() -> None:
    headers = [
        "E-mail",
        "Date d'inscription",
        "Minutes attended",
        "Attendance",
        "Webinar",
        "Joined",
    ]
    rows = [
        ["ana@example.com", "25/04/2025", "45", "Attended live", "Growth", "x"],
        ["bo@example.com", "03/04/2025", "12,5", "replay", "Growth", "y"],
    ]
    mapping = starter_mapping(WEBINAR, headers, rows)
    assert mapping.fields["email"].column == "E-mail"
    assert mapping.fields["tokens.attendance"].column == "Attendance"
    assert parse_mapping(mapping_to_dict(mapping)) == mapping
    # "Date d'inscription" holds the word "date": proposed for the timestamp with a confidence
    # that asks for a check, and its day-first format is read from the samples.
    timestamp = {m.target: m for m in auto_match(headers, targets_for(WEBINAR))}["timestamp"]
    assert (timestamp.column, timestamp.reason) == ("Date d'inscription", "contains")
    assert timestamp.confidence < 0.9
    assert mapping.fields["timestamp"].format == "%d/%m/%Y"
    sheet = SheetData(
        path=Path("x.csv"),
        sheet_name=None,
        sheet_names=[],
        header_row=1,
        headers=headers,
        rows=rows,
        row_numbers=[2, 3],
    )
    result = convert_rows(sheet, mapping)
    assert all(o.sendable for o in result.outcomes), [o.problems for o in result.outcomes]


def test_starter_mapping_sets_date_formats_from_samples() -> None:
    headers = ["Member", "Action", "Date", "Video"]
    rows = [["u1", "liked", "25/04/2025 10:00", "v1"], ["u2", "liked", "03/04/2025 11:00", "v2"]]
    mapping = starter_mapping(PipelessSettings(app_id=77), headers, rows)
    assert mapping.fields["relationship.created_on"].format == "%d/%m/%Y %H:%M"
    assert "start_object.type" not in mapping.fields
