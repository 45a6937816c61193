"""Preview reads as a marketer expects: field names over their source columns in the grid, and
the selected row's event as a card of fields with the JSON one tab away."""

from __future__ import annotations

import dataclasses
import json

import pytest
from preview_support import preview_state, shown_preview_step
from PySide6.QtCore import Qt
from shell_support import english  # noqa: F401

from app.core.conversion.convert import RowStatus
from app.core.conversion.mapping import FieldRule, targets_for
from app.ui.models.preview_model import PreviewModel, problem_tint
from app.ui.text.targets import target_label
from app.ui.views.preview_step import PreviewStep

pytestmark = pytest.mark.gui


@pytest.fixture
def state():
    return preview_state()


@pytest.fixture
def step(qtbot):
    yield from shown_preview_step(qtbot)


def click_row(qtbot, step: PreviewStep, proxy_row: int) -> None:
    step.table.scrollTo(step.proxy.index(proxy_row, 0))
    rect = step.table.visualRect(step.proxy.index(proxy_row, PreviewModel.ROW_COLUMN))
    qtbot.mouseClick(step.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def labels(state) -> dict[str, str]:
    return {t.name: target_label(t) for t in targets_for(state.mapping)}


def test_headers_name_the_field_over_its_source_column(step, state):
    fields = dict(state.mapping.fields)
    fields["tokens.webinar"] = FieldRule(value="Spring launch")
    state.mapping = dataclasses.replace(state.mapping, fields=fields)
    step.enter(state)
    names = labels(state)
    for column, target in enumerate(step.model.targets, PreviewModel.FIRST_FIELD_COLUMN):
        lines = step.proxy.headerData(column, Qt.Orientation.Horizontal).split("\n")
        rule = state.mapping.fields[target]
        expected = rule.column if rule.column is not None else "fixed value"
        assert lines == [names[target], expected], target
    # The header is tall enough for both lines: neither is cut.
    header = step.table.horizontalHeader()
    assert header.height() >= 2 * header.fontMetrics().height()
    # The mapping's other sentence still names the field alone (Replace in column…).
    titles = [title for _column, title in step.controller.editable_columns()]
    assert titles and all("\n" not in title for title in titles)


def test_problem_cells_keep_their_tint_under_two_line_headers(step, state):
    step.enter(state)
    model = step.model
    tint = problem_tint(step.palette())
    for row in range(model.rowCount()):
        outcome = model.outcome_at(row)
        if outcome.problems and outcome.problems[0].target in model.targets:
            column = PreviewModel.FIRST_FIELD_COLUMN + model.targets.index(
                outcome.problems[0].target
            )
            brush = model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole)
            assert brush is not None and brush.color() == tint
            return
    raise AssertionError("the sample has no bad cell")


def test_the_panel_shows_the_event_as_a_card_then_the_json_one_click_away(step, state, qtbot):
    step.enter(state)
    outcomes = state.conversion.outcomes
    ready = next(i for i, o in enumerate(outcomes) if o.status is RowStatus.VALID)
    click_row(qtbot, step, step.proxy.mapFromSource(step.model.index(ready, 0)).row())
    panel = step.event_panel
    assert panel.tabs.currentWidget() is panel.card_view  # the card first
    lines = panel.card_text().splitlines()
    names = labels(state)
    expected = [
        f"{names[t]}: {step.model.data(step.model.index(ready, c))}"
        for c, t in enumerate(step.model.targets, PreviewModel.FIRST_FIELD_COLUMN)
    ]
    assert lines == expected
    assert f"{names['email']}: {outcomes[ready].event['email']}" in expected

    tab_bar = panel.tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(1).center())
    assert panel.tabs.currentWidget() is panel.event_view
    assert json.loads(panel.event_view.toPlainText()) == outcomes[ready].event
    # The JSON stays chosen from row to row.
    other = next(i for i, o in enumerate(outcomes) if i != ready and o.status is RowStatus.VALID)
    click_row(qtbot, step, step.proxy.mapFromSource(step.model.index(other, 0)).row())
    assert panel.tabs.currentWidget() is panel.event_view
    assert json.loads(panel.event_view.toPlainText()) == outcomes[other].event


def test_a_custom_event_date_and_time_reads_as_a_date_not_milliseconds(step, qtbot, tmp_path):
    """HubSpot custom events take date-time properties in epoch milliseconds; the grid and the
    card show the moment in the field's time zone, the JSON keeps the number sent."""
    from app.core.conversion.mapping import Mapping
    from app.core.conversion.mapping_types import TokenSpec
    from app.core.destinations.hubspot_events import HubSpotEventsSettings
    from app.core.reading.sheet import read_sheet
    from app.ui.state import WizardState

    path = tmp_path / "inscriptions.csv"
    path.write_text(
        "E-mail;Date d'inscription\na@example.fr;06/05/2025 04:00\nb@example.fr;07/05/2025 09:30\n",
        encoding="utf-8",
    )
    settings = HubSpotEventsSettings(
        event_name="pe4040404_webinar_attended",
        properties=[TokenSpec(name="registered_on", type="datetime", label="Registration date")],
    )
    fields = {
        "email": FieldRule(column="E-mail"),
        "properties.registered_on": FieldRule(
            column="Date d'inscription", format="%d/%m/%Y %H:%M", timezone="Europe/Paris"
        ),
    }
    mapping = Mapping("hubspot-events", fields, hubspot_events=settings)
    step.enter(WizardState(file_path=path, sheet=read_sheet(path), mapping=mapping))
    qtbot.waitUntil(lambda: step.model.rowCount() == 2)
    column = PreviewModel.FIRST_FIELD_COLUMN + step.model.targets.index("properties.registered_on")
    assert step.model.data(step.model.index(0, column)) == "2025-05-06T04:00:00+02:00"
    click_row(qtbot, step, 0)
    assert "Registration date: 2025-05-06T04:00:00+02:00" in step.event_panel.card_text()
    sent = json.loads(step.event_panel.event_view.toPlainText())
    assert sent["properties"]["registered_on"] == "1746496800000"


def test_one_bad_cell_feeding_two_fields_is_said_once(step, qtbot, tmp_path, english):  # noqa: F811
    """ "31/02/2025" read into two date fields: the row's panel says it once, not twice over."""
    from app.core.conversion.mapping import Mapping
    from app.core.conversion.mapping_types import TokenSpec
    from app.core.destinations.hubspot_events import HubSpotEventsSettings
    from app.core.reading.sheet import read_sheet
    from app.ui.state import WizardState

    path = tmp_path / "inscriptions.csv"
    path.write_text(
        "E-mail;Date d'inscription\na@example.fr;31/02/2025 10:00\nb@example.fr;07/05/2025 09:30\n",
        encoding="utf-8",
    )
    settings = HubSpotEventsSettings(
        event_name="pe4040404_webinar_attended",
        properties=[TokenSpec(name="registered_on", type="datetime", label="Registration date")],
    )
    date = FieldRule(column="Date d'inscription", format="%d/%m/%Y %H:%M")
    fields = {
        "email": FieldRule(column="E-mail"),
        "occurredAt": date,
        "properties.registered_on": dataclasses.replace(date),
    }
    mapping = Mapping("hubspot-events", fields, hubspot_events=settings)
    step.enter(WizardState(file_path=path, sheet=read_sheet(path), mapping=mapping))
    qtbot.waitUntil(lambda: step.model.rowCount() == 2)
    click_row(qtbot, step, 0)
    problems = step.event_panel.row_problems.text().replace("\u200b", "").splitlines()
    assert problems == [
        '"Date d\'inscription": "31/02/2025 10:00" is not a real date. Fix the cell or '
        "change this column's date format in Mapping."
    ]
