"""The mapping editor's model, tested without a window: rows, roles, samples, status, checks."""

from __future__ import annotations

import copy
import datetime as dt
import logging

import pytest
from PySide6.QtCore import QSize, Qt
from shell_support import WEBINAR, WEBINAR_MAPPING, sample

from app.core.conversion.convert import convert_rows, value_at
from app.core.conversion.mapping import FieldRule, Mapping, load_mapping
from app.core.reading.sheet import read_sheet
from app.ui.models.mapping_model import (
    FIELD_COLUMN,
    SAMPLE_COLUMN,
    SOURCE_COLUMN,
    STATUS_CHECK,
    STATUS_COLUMN,
    STATUS_MATCHED,
    STATUS_NOT_MAPPED,
    TYPE_COLUMN,
    MappingModel,
    RequiredRole,
    StatusRole,
    TargetRole,
    day_text,
)


@pytest.fixture(scope="module")
def sheet():
    return read_sheet(sample(WEBINAR))


@pytest.fixture
def full_mapping():
    return load_mapping(sample(WEBINAR_MAPPING))


@pytest.fixture
def empty_mapping(full_mapping):
    mapping = copy.deepcopy(full_mapping)
    mapping.fields = {}
    return mapping


def names(model):
    return [model.index(r, 0).data(TargetRole) for r in range(model.rowCount())]


def test_one_row_per_target_identifiers_first(qapp, sheet, empty_mapping):
    model = MappingModel(empty_mapping, sheet)
    assert model.columnCount() == 5
    rows = names(model)
    assert rows[:3] == ["email", "objectId", "utk"]
    assert {
        "tokens.webinar",
        "tokens.minutesAttended",
        "tokens.registeredOn",
        "tokens.attendance",
    } <= set(rows)
    assert model.index(rows.index("tokens.registeredOn"), TYPE_COLUMN).data() == "date"
    assert model.index(rows.index("tokens.attendance"), TYPE_COLUMN).data() == "one of a list"


def test_nothing_mapped_reports_the_identifier_group(qapp, sheet, empty_mapping):
    model = MappingModel(empty_mapping, sheet)
    assert model.missing_required() == [("email", "objectId", "utk")]
    row = model.row_of("email")
    assert model.index(row, 0).data(StatusRole) == STATUS_NOT_MAPPED
    assert model.index(row, 0).data(RequiredRole) is True
    assert model.index(row, SOURCE_COLUMN).data() == "Don't import"
    assert "Record ID" in model.index(row, FIELD_COLUMN).data()
    assert model.index(row, FIELD_COLUMN).data(Qt.ItemDataRole.FontRole).bold()


def test_choosing_a_column_shows_converted_samples(qapp, sheet, empty_mapping):
    model = MappingModel(empty_mapping, sheet)
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    model.set_column("tokens.registeredOn", "Registered on")
    row = model.row_of("tokens.registeredOn")
    assert changed and changed[-1] == (row, row)
    samples = model.samples("tokens.registeredOn")
    assert len(samples) == 3
    first = samples[0]
    assert first.row_number == sheet.row_numbers[0]
    position = sheet.headers.index("Registered on")
    assert first.source == sheet.rows[0][position].isoformat()
    # The sample shows the day the converter sends (HubSpot's epoch milliseconds), as a date.
    expected = value_at(
        convert_rows(sheet, model.to_mapping()).outcomes[0].event, "tokens.registeredOn"
    )
    day = dt.datetime.fromtimestamp(expected / 1000, tz=dt.UTC).date()
    assert first.sent == day_text(day)
    assert str(day.year) in first.sent
    assert str(expected) not in first.sent
    expected = first.sent
    assert (
        model.index(row, SAMPLE_COLUMN).data().startswith(first.source + " \u2192 " + str(expected))
    )
    assert model.index(row, STATUS_COLUMN).data() == "Matched"


def test_a_column_that_does_not_convert_needs_a_check(qapp, sheet, empty_mapping):
    model = MappingModel(empty_mapping, sheet)
    model.set_column("timestamp", "Email address")
    status, reason = model.status("timestamp")
    assert status == STATUS_CHECK
    assert reason
    assert all(s.problem for s in model.samples("timestamp"))
    assert "not sendable" in model.index(model.row_of("timestamp"), SAMPLE_COLUMN).data()


def test_fixed_value_and_dont_import(qapp, sheet, empty_mapping):
    model = MappingModel(empty_mapping, sheet)
    model.set_value("tokens.webinar", "Spring launch")
    assert model.source_text("tokens.webinar") == "Fixed value: \u201cSpring launch\u201d"
    assert model.rule("tokens.webinar").value == "Spring launch"
    assert [s.sent for s in model.samples("tokens.webinar")] == ["Spring launch"]
    model.set_rule("tokens.webinar", None)
    assert model.rule("tokens.webinar") is None
    assert "tokens.webinar" not in model.to_mapping().fields


def test_options_change_conversion(qapp, sheet, empty_mapping):
    model = MappingModel(empty_mapping, sheet)
    model.set_column("tokens.attendance", "Attendance")
    assert model.status("tokens.attendance")[0] == STATUS_MATCHED
    model.set_options("tokens.attendance", value_map={"Attended live": "replay"}, match_labels=True)
    live = [s for s in model.samples("tokens.attendance") if s.source == "Attended live"]
    assert live and live[0].sent == "replay"
    assert model.to_mapping().fields["tokens.attendance"].value_map == {"Attended live": "replay"}


def test_unused_and_shared_columns(qapp, sheet, empty_mapping):
    model = MappingModel(empty_mapping, sheet)
    model.set_column("email", "Email address")
    model.set_column("tokens.webinar", "Company")
    model.set_column("domain", "Company")
    unused = model.unused_columns()
    assert "Email address" not in unused and "Company" not in unused and "First name" in unused
    shared = model.shared_columns()
    assert list(shared) == ["Company"]
    assert len(shared["Company"]) >= 2


def test_to_mapping_is_a_copy_with_the_edits(qapp, sheet, full_mapping):
    model = MappingModel(full_mapping, sheet)
    assert model.missing_required() == []
    model.set_column("email", None)
    edited = model.to_mapping()
    assert "email" not in edited.fields
    assert "email" in full_mapping.fields  # the original is untouched
    assert edited.hubspot == full_mapping.hubspot


def test_replace_mapping_resets(qapp, sheet, empty_mapping, full_mapping):
    model = MappingModel(empty_mapping, sheet)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.replace_mapping(full_mapping)
    assert resets == [1]
    assert model.rule("email") == FieldRule(column="Email address")
    assert "extraData.importedBy" in names(model)


def test_auto_match_fills_unmapped_targets_from_the_headers(qapp, sheet, empty_mapping):
    pytest.importorskip("app.core.conversion.automatch")
    model = MappingModel(empty_mapping, sheet)
    count = model.auto_match()
    assert count >= 4
    assert model.rule("email").column == "Email address"
    assert model.rule("tokens.minutesAttended").column == "Minutes attended"
    assert model.confidence("email") is not None
    # Columns are not given twice, and a second run changes nothing.
    columns = [model.rule(n).column for n in names(model) if model.rule(n) and model.rule(n).column]
    assert len(columns) == len(set(columns))
    assert model.auto_match() == 0


def test_model_without_sheet_has_no_samples(qapp, empty_mapping):
    model = MappingModel(Mapping(empty_mapping.destination, {}, hubspot=empty_mapping.hubspot))
    assert model.headers() == []
    model.set_value("tokens.webinar", "x")
    assert model.samples("tokens.webinar") == []
    assert model.auto_match() == 0


def test_columns_the_sheet_lacks_are_cleared(qapp, sheet, full_mapping):
    full_mapping.fields["tokens.webinar"] = FieldRule(column="Old name")
    full_mapping.fields["extraData.importedBy"] = FieldRule(value="Event Loader")
    model = MappingModel(full_mapping, sheet)
    assert model.clear_missing_columns() == ["Old name"]
    assert model.rule("tokens.webinar") is None
    assert model.rule("extraData.importedBy").value == "Event Loader"  # fixed values stay
    assert model.clear_missing_columns() == []


def test_every_status_has_an_icon_of_one_size_so_the_words_line_up(qapp, sheet, full_mapping):
    model = MappingModel(full_mapping, sheet)
    decoration = Qt.ItemDataRole.DecorationRole
    optional = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(StatusRole) == STATUS_NOT_MAPPED
        and not model.index(r, 0).data(RequiredRole)
    )
    matched = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(StatusRole) == STATUS_MATCHED
    )
    blank = model.index(optional, STATUS_COLUMN).data(decoration)
    tick = model.index(matched, STATUS_COLUMN).data(decoration)
    assert not blank.isNull() and not tick.isNull()
    assert blank.actualSize(QSize(16, 16)) == tick.actualSize(QSize(16, 16))
    assert model.index(optional, STATUS_COLUMN).data() == "Not mapped"  # the words say it


def test_a_rule_the_core_rejects_has_no_samples_and_a_log_line(qapp, sheet, empty_mapping, caplog):
    model = MappingModel(empty_mapping, sheet)
    model.set_column("tokens.registeredOn", "Registered on")
    model.set_options("tokens.registeredOn", timezone="Not/AZone")
    with caplog.at_level(logging.DEBUG, logger="app.ui.models.mapping_model"):
        assert model.samples("tokens.registeredOn") == []
    [record] = [r for r in caplog.records if r.name == "app.ui.models.mapping_model"]
    assert "tokens.registeredOn" in record.getMessage() and record.exc_info is not None


def test_a_date_and_time_sent_as_milliseconds_reads_as_a_date_in_its_zone(qapp, tmp_path):
    """A custom event's date-and-time property goes as epoch milliseconds; its samples show
    "2025-05-06T04:00:00+02:00" for a cell of 06/05/2025 04:00 in Paris, not 1746496800000."""
    from app.core.conversion.mapping_types import TokenSpec
    from app.core.destinations.hubspot_events import HubSpotEventsSettings

    path = tmp_path / "inscriptions.csv"
    path.write_text("E-mail;Inscription\na@example.fr;06/05/2025 04:00\n", encoding="utf-8")
    settings = HubSpotEventsSettings(
        event_name="pe4040404_webinar_attended",
        properties=[TokenSpec(name="registered_on", type="datetime", label="Registration date")],
    )
    rule = FieldRule(column="Inscription", format="%d/%m/%Y %H:%M", timezone="Europe/Paris")
    mapping = Mapping("hubspot-events", {"properties.registered_on": rule}, hubspot_events=settings)
    model = MappingModel(mapping, read_sheet(path))
    [shown] = model.samples("properties.registered_on")
    assert shown.source == "06/05/2025 04:00"
    assert shown.sent == "2025-05-06T04:00:00+02:00"
