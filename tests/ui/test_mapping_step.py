"""Step 3 through real widgets: auto-match, editing fields, required fields, remembered mappings."""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from shell_support import WEBINAR, WEBINAR_MAPPING, context, english, sample  # noqa: F401

from app.core.conversion.mapping import load_mapping
from app.core.reading.sheet import read_sheet
from app.ui.models.mapping_model import STATUS_COLUMN
from app.ui.state import WizardState
from app.ui.views.mapping_step import DONT_IMPORT, FIXED_VALUE, MappingStep


@pytest.fixture(scope="module")
def sheet():
    return read_sheet(sample(WEBINAR))


def make_state(sheet, empty=True):
    mapping = load_mapping(sample(WEBINAR_MAPPING))
    if empty:
        mapping = copy.deepcopy(mapping)
        mapping.fields = {}
    return WizardState(file_path=sample(WEBINAR), sheet=sheet, mapping=mapping)


@pytest.fixture
def step(qtbot, context):  # noqa: F811
    page = MappingStep(context)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def choose_source(qtbot, step, data):
    index = step.source_combo.findData(data)
    assert index >= 0, data
    step.source_combo.setCurrentIndex(index)
    step.source_combo.activated.emit(index)


def test_without_file_or_destination_it_says_so(step):
    statuses = []
    step.status_changed.connect(statuses.append)
    step.enter(WizardState())
    assert not step.is_complete()
    assert statuses[-1] == "Choose a file and a destination first."


def test_required_fields_block_next_with_a_count(qtbot, step, sheet, monkeypatch, english):  # noqa: F811
    import app.ui.models.mapping_model as mm

    monkeypatch.setattr(mm, "propose_matches", lambda *a: {})  # nothing matched by name
    statuses, complete = [], []
    step.status_changed.connect(statuses.append)
    step.completeness_changed.connect(complete.append)
    state = make_state(sheet)
    step.enter(state)
    assert not step.is_complete() and complete[-1] is False
    assert statuses[-1] == "1 required field is not mapped"
    # Focus went to the first problem: the identifier group.
    assert step.current_target() == "email"
    assert step.leave(state)  # going back keeps the unfinished mapping...
    assert state.mapping.fields == {} or "email" not in state.mapping.fields
    assert step.context.settings.last_mappings == {}  # ...but does not remember it
    choose_source(qtbot, step, "Email address")
    assert step.is_complete() and complete[-1] is True
    assert step.model.rule("email").column == "Email address"
    assert "Row 2: " in step.samples_label.text()
    assert step.leave(state)
    assert state.mapping.fields["email"].column == "Email address"
    assert state.conversion is None


def test_auto_match_on_entering(qtbot, step, sheet):
    pytest.importorskip("app.core.conversion.automatch")
    state = make_state(sheet)
    step.enter(state)
    assert step.model.rule("email").column == "Email address"
    assert step.is_complete()


def test_fixed_value_and_dont_import(qtbot, step, sheet):
    state = make_state(sheet, empty=False)
    step.enter(state)
    step.select_target("tokens.webinar")
    choose_source(qtbot, step, FIXED_VALUE)
    assert step.fixed_edit.isVisible()
    step.fixed_edit.clear()
    qtbot.keyClicks(step.fixed_edit, "Spring launch")
    qtbot.keyClick(step.fixed_edit, Qt.Key.Key_Return)
    # Committed once the key is handled, never from inside the line edit's own signal.
    qtbot.waitUntil(lambda: step.model.rule("tokens.webinar").value == "Spring launch")
    assert "Spring launch" in step.samples_label.text()
    choose_source(qtbot, step, DONT_IMPORT)
    assert step.model.rule("tokens.webinar") is None
    assert "Webinar" in step.unused_list.text()
    row = step.model.row_of("tokens.webinar")
    assert step.model.index(row, STATUS_COLUMN).data() == "Not mapped"


def test_date_format_and_time_zone_change_the_samples(qtbot, step, sheet):
    state = make_state(sheet, empty=False)
    step.enter(state)
    step.select_target("timestamp")
    assert step.timezone_combo.isVisible() and step.format_combo.isVisible()
    before = step.samples_label.text()
    index = step.timezone_combo.findData("America/New_York")
    step.timezone_combo.setCurrentIndex(index)
    step.timezone_combo.activated.emit(index)
    assert step.model.rule("timestamp").timezone == "America/New_York"
    after = step.samples_label.text()
    assert after != before
    assert "-04:00" in after or "-05:00" in after


def test_one_column_feeding_two_fields_is_warned(qtbot, step, sheet):
    state = make_state(sheet, empty=False)
    step.enter(state)
    assert not step.warning_label.isVisible()
    step.select_target("tokens.webinar")
    choose_source(qtbot, step, "Company")
    assert step.warning_label.isVisible()
    assert "Company" in step.warning_label.text()
    assert step.is_complete()  # a warning, not a blocker


def test_unused_columns_line_expands(qtbot, step, sheet):
    state = make_state(sheet, empty=False)
    step.enter(state)
    assert step.unused_button.text() == "2 columns will not be imported"
    assert not step.unused_list.isVisible()
    qtbot.mouseClick(step.unused_button, Qt.MouseButton.LeftButton)
    assert step.unused_list.isVisible()
    assert "First name" in step.unused_list.text() and "Last name" in step.unused_list.text()


def test_value_map_dialog_sets_the_map(qtbot, step, sheet, monkeypatch):
    from app.ui.dialogs.value_map_dialog import ValueMapDialog

    state = make_state(sheet, empty=False)
    step.enter(state)
    step.select_target("tokens.attendance")
    assert step.values_button.isVisible()

    def exec_(dialog):
        qtbot.addWidget(dialog)
        assert "Attended live" in dialog.values
        combo = dialog.combos["Attended live"]
        combo.setCurrentIndex(combo.findData("replay"))
        return ValueMapDialog.DialogCode.Accepted

    monkeypatch.setattr(ValueMapDialog, "exec", exec_)
    qtbot.mouseClick(step.values_button, Qt.MouseButton.LeftButton)
    assert step.model.rule("tokens.attendance").value_map == {"Attended live": "replay"}


def test_last_mapping_for_the_same_headers_is_offered(qtbot, context, sheet):  # noqa: F811
    first = MappingStep(context)
    qtbot.addWidget(first)
    state = make_state(sheet, empty=False)
    first.enter(state)
    first.select_target("tokens.webinar")
    choose_source(qtbot, first, "Company")
    assert first.leave(state)
    assert len(context.settings.last_mappings) == 1

    second = MappingStep(context)
    qtbot.addWidget(second)
    second.show()
    fresh = make_state(sheet)
    second.enter(fresh)
    assert second.offer_frame.isVisible()
    assert WEBINAR in second.offer_label.text()
    qtbot.mouseClick(second.use_offer_button, Qt.MouseButton.LeftButton)
    assert not second.offer_frame.isVisible()
    assert second.model.rule("tokens.webinar").column == "Company"
    assert second.leave(fresh)
    assert fresh.mapping.fields["tokens.webinar"].column == "Company"
    assert fresh.mapping.hubspot.event_template_id == "1009877"


def test_source_list_opens_on_click_and_jumps_by_typing(qtbot, step, sheet):
    state = make_state(sheet, empty=False)
    step.enter(state)
    step.select_target("tokens.webinar")
    combo = step.source_combo
    assert not combo.isEditable()  # a list, not text: a click anywhere on it opens it
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(combo.view().isVisible)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    combo.setFocus()
    qtbot.keyClicks(combo, "Minutes")  # type-ahead picks the column and applies it
    assert step.model.rule("tokens.webinar").column == "Minutes attended"


def test_pipeless_types_take_a_fixed_value_from_the_closed_list(qtbot, step):
    from shell_support import LIKES

    from app.core.conversion.mapping import Mapping

    sheet = read_sheet(sample(LIKES))
    settings = load_mapping(sample("post-likes.mapping.json")).pipeless
    state = WizardState(
        file_path=sample(LIKES), sheet=sheet, mapping=Mapping("pipeless", {}, pipeless=settings)
    )
    step.enter(state)
    assert step.model.rule("start_object.id").column == "Member"
    assert not step.is_complete()
    for target, value in (("start_object.type", "user"), ("end_object.type", "post")):
        step.select_target(target)
        choose_source(qtbot, step, FIXED_VALUE)
        assert "user" in step.fixed_edit.placeholderText()
        qtbot.keyClicks(step.fixed_edit, value)
        qtbot.keyClick(step.fixed_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda t=target, v=value: getattr(step.model.rule(t), "value", None) == v)
    # 18/03/2025 settles the column: day first, so 01/04/2025 is the 1st of April; the editor
    # says how the column is read.
    assert step.model.status("relationship.created_on")[0] == "matched"
    step.select_target("relationship.created_on")
    hint = step.editor_box.format_hint
    assert hint.isVisible()
    assert hint.text().startswith("Dates read as day/month/year (from ")
    index = step.format_combo.findData("%d/%m/%Y %H:%M")
    step.format_combo.setCurrentIndex(index)
    step.format_combo.activated.emit(index)
    assert step.model.status("relationship.created_on")[0] == "matched"
    assert step.is_complete()
    assert step.leave(state)
    assert state.mapping.fields["relationship.created_on"].format == "%d/%m/%Y %H:%M"


def test_columns_this_file_lacks_are_cleared_and_said(qtbot, step, sheet):
    state = make_state(sheet, empty=False)
    state.mapping.fields["tokens.webinar"].column = "Webinar name"  # not a column of this file
    step.enter(state)
    assert (
        step.model.rule("tokens.webinar") is None
        or step.model.rule("tokens.webinar").column == "Webinar"
    )
    assert step.warning_label.isVisible()
    assert "Webinar name" in step.warning_label.text()


def test_the_source_column_shows_a_fixed_value_whole(qtbot, step, sheet):
    from app.ui.models.mapping_model import SOURCE_COLUMN

    step.enter(make_state(sheet, empty=False))  # the sample's mapping holds a fixed value
    texts = [step.model.source_text(t.name) for t in step.model.targets]
    fixed = next(text for text in texts if text.startswith("Fixed value"))
    assert step.table.columnWidth(SOURCE_COLUMN) > step.fontMetrics().horizontalAdvance(fixed)


def test_fixed_value_by_typing_keeps_the_letters_in_the_list(qtbot, step, sheet):
    state = make_state(sheet, empty=False)
    step.enter(state)
    step.select_target("tokens.webinar")
    combo = step.source_combo
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClicks(combo, "Fix")  # type-ahead: "Fixed value…", then more letters
    assert combo.currentData() == FIXED_VALUE
    assert step.fixed_edit.isVisible() and step.fixed_edit.text() == ""
    assert combo.hasFocus()
    # Chosen in the open list, the fixed value's line takes the focus.
    step.select_target("tokens.minutesAttended")
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(combo.view().isVisible)
    combo.view().setCurrentIndex(combo.model().index(combo.findData(FIXED_VALUE), 0))
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(step.fixed_edit.hasFocus)


def test_a_wrong_fixed_type_says_to_change_it_in_mapping_not_to_fix_a_cell(qtbot, step, english):  # noqa: F811
    from shell_support import LIKES

    from app.core.conversion.mapping import Mapping

    settings = load_mapping(sample("post-likes.mapping.json")).pipeless
    step.enter(
        WizardState(
            file_path=sample(LIKES),
            sheet=read_sheet(sample(LIKES)),
            mapping=Mapping("pipeless", {}, pipeless=settings),
        )
    )
    step.select_target("relationship.type")
    choose_source(qtbot, step, FIXED_VALUE)
    step.fixed_edit.clear()
    qtbot.keyClicks(step.fixed_edit, "view")
    qtbot.keyClick(step.fixed_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(step.model.rule("relationship.type"), "value", None) == "view")
    samples = step.samples_label.text()
    assert 'The fixed value of "Relationship type": "view" is not a Pipeless' in samples
    assert samples.rstrip().endswith("Change it in Mapping.")
    assert "Fix the cell" not in samples


def test_a_fixed_option_is_offered_by_the_label_the_marketer_sees(qtbot, step, sheet, english):
    """The list of a token's options suggests "Watched replay", not its internal "replay"."""
    step.enter(make_state(sheet))
    step.select_target("tokens.attendance")
    choose_source(qtbot, step, FIXED_VALUE)
    assert step.fixed_edit.placeholderText() == (
        "One of: Attended live, Watched replay, Did not attend"
    )
    step.fixed_edit.setFocus()
    qtbot.keyClicks(step.fixed_edit, "watch")
    popup = step.editor_box.fixed_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert step.fixed_edit.text() == "Watched replay"
    qtbot.keyClick(step.fixed_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(step.model.rule("tokens.attendance"), "value", None))
    assert "Watched replay \u2192 replay" in step.samples_label.text()
