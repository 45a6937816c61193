"""HubSpot extra data fields in Mapping: added, renamed and removed, kept when loaded."""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from shell_support import LIKES, WEBINAR, WEBINAR_MAPPING, context, english, sample  # noqa: F401

from app.core.conversion.mapping import FieldRule, load_mapping
from app.core.reading.sheet import read_sheet
from app.ui.models.mapping_model import STATUS_COLUMN
from app.ui.state import WizardState
from app.ui.views.mapping_step import MappingStep

pytestmark = pytest.mark.gui


@pytest.fixture
def step(qtbot, context):  # noqa: F811
    page = MappingStep(context)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    return page


def webinar_state(**extra: FieldRule) -> WizardState:
    mapping = copy.deepcopy(load_mapping(sample(WEBINAR_MAPPING)))
    mapping.fields.update(extra)
    return WizardState(
        file_path=sample(WEBINAR), sheet=read_sheet(sample(WEBINAR)), mapping=mapping
    )


def test_add_rename_feed_and_remove_an_extra_data_field(qtbot, step, english):
    state = webinar_state()
    step.enter(state)
    assert step.add_extra_button.isVisible()
    qtbot.mouseClick(step.add_extra_button, Qt.MouseButton.LeftButton)
    assert step.current_target() == "extraData.field 1"
    name_edit = step.extra_name_edit
    assert name_edit.isVisible() and name_edit.hasFocus() and name_edit.selectedText() == "field 1"
    qtbot.keyClicks(name_edit, "organisation")  # replaces the selected text
    qtbot.keyClick(name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: step.current_target() == "extraData.organisation")
    row = step.model.row_of("extraData.organisation")
    assert step.model.index(row, 0).data() == "Extra data: organisation"
    # Feed it from a column with the keyboard (type-ahead in the list).
    step.source_combo.setFocus()
    qtbot.keyClicks(step.source_combo, "Comp")
    assert step.model.rule("extraData.organisation").column == "Company"
    assert step.model.index(row, STATUS_COLUMN).data() == "Matched"
    step.leave(state)
    assert state.mapping.fields["extraData.organisation"].column == "Company"
    # A name already used (the sample's own "company") is refused; the field keeps its name.
    qtbot.mouseClick(step.add_extra_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(step.extra_name_edit, "company")
    qtbot.keyClick(step.extra_name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: step.extra_name_edit.text() == "field 1")
    assert step.current_target() == "extraData.field 1"
    qtbot.mouseClick(step.remove_extra_button, Qt.MouseButton.LeftButton)
    assert "extraData.field 1" not in [t.name for t in step.model.targets]
    step.leave(state)
    assert "extraData.field 1" not in state.mapping.fields
    assert {"extraData.company", "extraData.organisation"} <= set(state.mapping.fields)


def test_a_loaded_extra_field_stays_even_when_its_column_is_missing(qtbot, step, english):
    state = webinar_state(**{"extraData.company": FieldRule(column="Société")})
    step.enter(state)
    assert "extraData.company" in [t.name for t in step.model.targets]
    assert "\u201cSociété\u201d" in step.warning_label.text()  # cleared, and said so
    step.leave(state)
    assert "extraData.company" in state.mapping.fields  # kept, waiting for a column
    # Entering again with the stored mapping (a new model) still lists it.
    state.mapping = copy.deepcopy(state.mapping)
    step.enter(state)
    assert "extraData.company" in [t.name for t in step.model.targets]


def test_pipeless_has_no_extra_data(qtbot, step):
    mapping = load_mapping(sample("post-likes.mapping.json"))
    step.enter(
        WizardState(file_path=sample(LIKES), sheet=read_sheet(sample(LIKES)), mapping=mapping)
    )
    assert not step.add_extra_button.isVisible()
