"""Editing source cells in the Preview model, without a window: marks, re-conversion, undo."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core.conversion.convert import RowStatus, convert_rows
from app.core.conversion.edits import CellEdit, convert_with_edits
from app.core.conversion.mapping import parse_mapping
from app.core.reading.sheet import SheetData
from app.ui.models.preview_edits import PreviewEditor
from app.ui.models.preview_model import PreviewModel, summarize, update_summary
from app.ui.state import WizardState

DATA = Path(__file__).parents[1] / "core" / "data"
HEADERS = ["Email address", "Finished", "Course", "Score", "Completion date", "Level"]
GOOD = ["ana@example.com", "2025-04-25 14:30", "Python 101", 87.0, date(2025, 4, 25), "Beginner"]


def make_state() -> WizardState:
    data = json.loads((DATA / "issue-hubspot.mapping.json").read_text(encoding="utf-8"))
    mapping = parse_mapping(copy.deepcopy(data))
    rows: list[list[Any]] = [
        list(GOOD),
        ["bob@example.com", *GOOD[1:5], "Golden"],
        ["cy@example.com", *GOOD[1:5], "Golden"],
        ["dee@example.com", *GOOD[1:]],
    ]
    sheet = SheetData(
        path=Path("course.xlsx"),
        sheet_name="Sheet1",
        sheet_names=["Sheet1"],
        header_row=1,
        headers=HEADERS,
        rows=rows,
        row_numbers=[2, 3, 4, 5],
    )
    state = WizardState(sheet=sheet, mapping=mapping)
    state.conversion = convert_rows(sheet, mapping)
    return state


@pytest.fixture
def setup(qapp):
    state = make_state()
    model = PreviewModel()
    targets = [(t, t) for t in state.mapping.fields if state.mapping.fields[t] is not None]
    summary = summarize(state.conversion)
    model.set_conversion(state.conversion, state.sheet, targets, state.excluded_rows)
    editor = PreviewEditor()
    editor.attach(state)
    model.set_editor(editor)
    applied: list[dict] = []
    editor.edits_applied.connect(applied.append)
    return state, model, editor, summary, applied


def column_of(model: PreviewModel, target: str) -> int:
    return PreviewModel.FIRST_FIELD_COLUMN + model.targets.index(target)


def test_set_data_edits_the_source_cell_and_re_converts_the_row(setup):
    state, model, editor, summary, applied = setup
    level = column_of(model, "tokens.level")
    index = model.index(1, level)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.data(index, Qt.ItemDataRole.EditRole) == "Golden"
    assert model.data(index, PreviewModel.ProblemRole)
    assert model.setData(index, "Expert")
    outcome = state.conversion.outcomes[1]
    assert outcome.status is RowStatus.VALID
    assert outcome.event["tokens"]["level"] == "expert"
    assert state.sheet.rows[1][5] == "Golden"  # the file's row is untouched
    assert state.cell_edits == {1: {"Level": CellEdit(1, "Level", "Expert", "Golden")}}
    # the cell is marked: tint, icon and a tooltip saying what the file holds
    assert model.data(index, PreviewModel.EditedRole)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == (
        "Edited here; the file is unchanged. Was: \u201cGolden\u201d"
    )
    assert model.data(index, Qt.ItemDataRole.EditRole) == "Expert"
    assert not model.data(model.index(0, level), PreviewModel.EditedRole)
    # the summary follows, counting only the changed rows
    new = update_summary(summary, applied[-1], state.conversion.outcomes)
    assert new == summarize(state.conversion)
    assert (new.valid, new.invalid) == (summary.valid + 1, summary.invalid - 1)


def test_an_edit_beside_an_excluded_problem_row_keeps_the_counts_right(setup):
    state, model, editor, summary, applied = setup
    other_bad = [i for i, o in enumerate(state.conversion.outcomes) if o.problems and i != 1]
    assert other_bad, "the sample needs a second row with a problem"
    state.excluded_rows.add(other_bad[0])  # shared with the model, as the step shares it
    before = summarize(state.conversion, state.excluded_rows)
    level = column_of(model, "tokens.level")
    assert model.setData(model.index(1, level), "Expert")
    after = update_summary(before, applied[-1], state.conversion.outcomes, state.excluded_rows)
    assert after == summarize(state.conversion, state.excluded_rows)
    assert after.excluded == 1


def test_an_edit_that_creates_a_duplicate_marks_it(setup):
    state, model, editor, summary, applied = setup
    email = column_of(model, "email")
    assert model.setData(model.index(3, email), "ana@example.com")
    assert state.conversion.outcomes[3].status is RowStatus.DUPLICATE
    assert state.conversion.outcomes[3].duplicate_of == 2
    assert update_summary(summary, applied[-1], state.conversion.outcomes) == summarize(
        state.conversion
    )
    assert state.conversion == convert_with_edits(state.sheet, state.mapping, state.cell_edits)


def test_undo_and_redo_put_back_the_file_value(setup):
    state, model, editor, summary, applied = setup
    level = column_of(model, "tokens.level")
    before = list(state.conversion.outcomes)
    model.setData(model.index(1, level), "Expert")
    model.setData(model.index(1, level), "Beginner")  # a second edit of the same cell
    editor.undo_stack.undo()
    assert state.cell_edits[1]["Level"].value == "Expert"
    editor.undo_stack.undo()
    assert state.cell_edits == {}
    assert state.conversion.outcomes == before
    assert not model.data(model.index(1, level), PreviewModel.EditedRole)
    editor.undo_stack.redo()
    assert state.conversion.outcomes[1].event["tokens"]["level"] == "expert"


def test_unchanged_or_original_text_removes_or_skips_the_edit(setup):
    state, model, editor, _summary, _applied = setup
    level = column_of(model, "tokens.level")
    assert not model.setData(model.index(0, level), "Beginner")  # same text: nothing to do
    assert editor.undo_stack.count() == 0
    model.setData(model.index(1, level), "Expert")
    model.setData(model.index(1, level), "Golden")  # the file's value again: no edit left
    assert state.cell_edits == {}
    assert editor.undo_stack.count() == 2


def test_fixed_value_fields_are_not_editable_and_say_why(setup):
    state, model, _editor, _summary, _applied = setup
    fixed = [t for t, rule in state.mapping.fields.items() if rule and rule.column is None]
    assert fixed
    index = model.index(0, column_of(model, fixed[0]))
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "x")
    assert "fixed value" in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_replace_in_column_counts_then_changes_every_match_in_one_undo_step(setup):
    state, model, editor, summary, applied = setup
    assert editor.matching_rows("Level", "Golden") == [1, 2]
    assert editor.matching_rows("Level", "old", contains=True) == [1, 2]
    assert editor.matching_rows("Level", "Gold", contains=False) == []
    assert editor.matching_rows("Level", "Beginner", problems_only=True) == []
    assert editor.replace_in_column("Level", "Golden", "Expert") == 2
    assert all(o.status is RowStatus.VALID for o in state.conversion.outcomes)
    assert update_summary(summary, applied[-1], state.conversion.outcomes) == summarize(
        state.conversion
    )
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert state.cell_edits == {}
    assert editor.replace_in_column("Level", "Gold", "Expert", contains=True) == 2
    assert state.cell_edits[1]["Level"].value == "Experten"  # "contains" replaces the part
