"""The Preview step with the sample: summary filters, JSON panel, exclude, save, edge states."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from preview_support import preview_state, shown_preview_step
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFileDialog

from app.core.conversion.convert import RowStatus
from app.core.conversion.mapping import FieldRule
from app.core.reading.sheet import read_sheet
from app.ui.models.preview_model import PreviewModel
from app.ui.views.preview_step import PreviewStep

pytestmark = pytest.mark.gui


@pytest.fixture
def state():
    return preview_state()


@pytest.fixture
def step(qtbot):
    yield from shown_preview_step(qtbot)


def visible_rows(step: PreviewStep) -> list[int]:
    return [step.proxy.outcome_index(r) for r in range(step.proxy.rowCount())]


def test_sample_converts_and_summarises(step, state, qtbot):
    step.enter(state)
    outcomes = state.conversion.outcomes
    ready = sum(o.status is RowStatus.VALID for o in outcomes)
    problems = [i for i, o in enumerate(outcomes) if o.status is not RowStatus.VALID]
    assert step.proxy.rowCount() == len(outcomes)
    assert step.is_complete()
    assert step.next_text() == f"Up&load {ready} rows"
    assert step.chips[None].text() == f"{ready} ready"
    assert "bad email" in [c.text().split(" ", 1)[1] for c in step.chips.values()]
    # focus lands on the first problem row, and the panel shows that row's event as sent
    assert step.selected_outcome_index() == problems[0]
    shown = json.loads(step.event_view.toPlainText())
    assert shown == outcomes[problems[0]].event
    assert step.row_problems.text()
    assert step.exclude_button.isEnabled()  # a problem row can be left out on purpose
    assert step.notice.isHidden()


def test_chips_and_problems_only_filter(step, state, qtbot):
    step.enter(state)
    outcomes = state.conversion.outcomes
    qtbot.mouseClick(step.chips["enum_unknown"], Qt.MouseButton.LeftButton)
    rows = visible_rows(step)
    assert rows and all(any(p.code == "enum_unknown" for p in outcomes[i].problems) for i in rows)
    assert step.problems_only.isChecked()
    qtbot.mouseClick(step.chips[None], Qt.MouseButton.LeftButton)
    assert step.proxy.rowCount() == len(outcomes)
    assert not step.problems_only.isChecked()
    qtbot.keyClick(step, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert step.problems_only.isChecked()
    assert visible_rows(step) == [
        i for i, o in enumerate(outcomes) if o.status is not RowStatus.VALID
    ]
    bad = step.proxy.index(0, PreviewModel.FIRST_FIELD_COLUMN)
    assert step.proxy.rowCount() > 0 and bad.isValid()


def test_exclude_a_row_changes_the_commit_text(step, state, qtbot):
    step.enter(state)
    ready = step.summary.ready
    step.table.selectRow(0)
    index = step.selected_outcome_index()
    assert state.conversion.outcomes[index].status is RowStatus.VALID
    assert step.exclude_button.isEnabled()
    qtbot.mouseClick(step.exclude_button, Qt.MouseButton.LeftButton)
    assert index in state.excluded_rows
    assert step.next_text() == f"Up&load {ready - 1} rows"
    assert step.model.data(step.model.index(index, PreviewModel.STATUS_COLUMN)) == "Excluded"
    assert step.exclude_button.text() == "&Include row"
    qtbot.mouseClick(step.exclude_button, Qt.MouseButton.LeftButton)
    assert index not in state.excluded_rows
    assert step.next_text() == f"Up&load {ready} rows"


def click_row(qtbot, step: PreviewStep, proxy_row: int) -> None:
    """Click the row number cell of a grid row, as a user selects a row."""
    step.table.scrollTo(step.proxy.index(proxy_row, 0))
    rect = step.table.visualRect(step.proxy.index(proxy_row, PreviewModel.ROW_COLUMN))
    qtbot.mouseClick(step.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_row_with_no_email_can_be_excluded_as_its_message_says(
    step, state, qtbot, tmp_path, monkeypatch
):
    step.enter(state)
    outcomes = state.conversion.outcomes
    no_email = next(
        i for i, o in enumerate(outcomes) if any(p.code == "record_id_missing" for p in o.problems)
    )
    ready = step.summary.ready
    click_row(qtbot, step, step.proxy.mapFromSource(step.model.index(no_email, 0)).row())
    assert step.selected_outcome_index() == no_email
    assert "exclude the row" in step.row_problems.text()
    assert step.exclude_button.isEnabled()  # the action the message offers
    qtbot.mouseClick(step.exclude_button, Qt.MouseButton.LeftButton)
    assert no_email in state.excluded_rows
    assert step.model.data(step.model.index(no_email, PreviewModel.STATUS_COLUMN)) == "Excluded"
    assert step.next_text() == f"Up&load {ready} rows"  # it was never going anyway
    # It counts as excluded now, no longer under its problem (as Results counts it).
    assert step.summary.rows_by_code.get("record_id_missing", 0) == sum(
        1
        for i, o in enumerate(outcomes)
        if i != no_email and any(p.code == "record_id_missing" for p in o.problems)
    )
    assert step.summary.excluded == 1
    assert "1 excluded" in step.controller.summary_text(step.summary)
    # Left out on purpose: it is no longer a row to fix.
    target = tmp_path / "to-fix.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(step.save_problems_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10000)
    qtbot.waitUntil(step.save_problems_button.isEnabled, timeout=5000)
    invalid = [o for o in outcomes if o.status is RowStatus.INVALID]
    assert len(read_sheet(target).rows) == len(invalid) - 1


def test_save_problem_rows_writes_a_file_that_loads_again(
    step, state, qtbot, tmp_path, monkeypatch
):
    step.enter(state)
    target = tmp_path / "to-fix.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(step.save_problems_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10000)
    qtbot.waitUntil(step.save_problems_button.isEnabled, timeout=5000)
    again = read_sheet(target)
    invalid = [o for o in state.conversion.outcomes if o.status is RowStatus.INVALID]
    assert len(again.rows) == len(invalid)
    assert again.headers[: len(state.sheet.headers)] == state.sheet.headers


def test_all_rows_ready_says_so(step, state):
    from app.core.conversion.convert import convert_rows

    result = convert_rows(state.sheet, state.mapping)
    keep = [o.index for o in result.outcomes if o.status is RowStatus.VALID]
    state.sheet = dataclasses.replace(
        state.sheet,
        rows=[state.sheet.rows[i] for i in keep],
        row_numbers=[state.sheet.row_numbers[i] for i in keep],
    )
    step.enter(state)
    assert not step.notice.isHidden()
    assert step.notice.text() == f"All {len(keep)} rows are ready."
    assert not step.problems_only.isEnabled()


def test_every_row_bad_points_back_to_mapping(step, state, qtbot):
    mapping = state.mapping
    mapping.fields["email"] = FieldRule(
        column=next(h for h in state.sheet.headers if "ebinar" in h)
    )
    step.enter(state)
    assert not step.is_complete()
    assert "Mapping" in step.notice.text()
    assert not step.mapping_button.isHidden()
    with qtbot.waitSignal(step.mapping_requested, timeout=1000):
        qtbot.mouseClick(step.mapping_button, Qt.MouseButton.LeftButton)


def test_a_large_sheet_converts_in_a_worker(step, state, qtbot, monkeypatch):
    from app.ui.views import preview_conversion
    from app.ui.wording import number

    monkeypatch.setattr(preview_conversion, "PROGRESS_EVERY_ROWS", 1000)
    sheet = state.sheet
    times = 30  # 150 rows x 30 = 4,500 rows: above the inline limit
    state.sheet = dataclasses.replace(
        sheet,
        rows=[row for _ in range(times) for row in sheet.rows],
        row_numbers=list(range(2, 2 + len(sheet.rows) * times)),
    )
    shown: list[tuple[int, str]] = []
    step.busy.valueChanged.connect(lambda value: shown.append((value, step.busy.text())))
    step.enter(state)
    assert step._converting and not step.busy.isHidden()
    assert not step.is_complete()
    qtbot.waitUntil(lambda: not step._converting, timeout=60000)
    assert step.busy.isHidden()
    # A determinate bar counts the rows checked, in the locale's digits.
    assert step.busy.maximum() == 4500
    assert [value for value, _text in shown] == [0, 1000, 2000, 3000, 4000, 4500]
    assert shown[-1][1] == f"Checking rows… {number(4500)} of {number(4500)}"
    assert step.proxy.rowCount() == len(state.sheet.rows)
    assert step.is_complete()  # copies of a valid row are duplicates, the first ones go


def test_reentering_with_the_same_mapping_keeps_exclusions(step, state, qtbot):
    step.enter(state)
    step.table.selectRow(0)
    qtbot.mouseClick(step.exclude_button, Qt.MouseButton.LeftButton)
    first = state.conversion
    step.enter(state)
    assert state.conversion is first
    assert len(state.excluded_rows) == 1


def test_leaving_during_a_conversion_abandons_it(step, state, qtbot):
    sheet = state.sheet
    state.sheet = dataclasses.replace(
        sheet,
        rows=[row for _ in range(30) for row in sheet.rows],
        row_numbers=list(range(2, 2 + len(sheet.rows) * 30)),
    )
    step.enter(state)
    assert step._converting
    assert step.leave(state) is True
    assert not step._converting and step.busy.isHidden()
    qtbot.wait(300)
    step.enter(state)  # converts again on the next visit
    qtbot.waitUntil(lambda: not step._converting, timeout=60000)
    assert step.is_complete() and step.proxy.rowCount() == len(state.sheet.rows)


def test_sort_and_filter_keep_the_selected_row(step, state, qtbot):
    step.enter(state)
    outcomes = state.conversion.outcomes
    problem = next(i for i, o in enumerate(outcomes) if o.status is RowStatus.INVALID)
    assert step.select_outcome(problem, column=PreviewModel.FIRST_FIELD_COLUMN)
    step.table.sortByColumn(PreviewModel.ROW_COLUMN, Qt.SortOrder.DescendingOrder)
    assert step.selected_outcome_index() == problem
    assert step.table.currentIndex().column() == PreviewModel.FIRST_FIELD_COLUMN
    # the selected row is scrolled into view
    assert step.table.visualRect(step.table.currentIndex()).intersects(step.table.viewport().rect())
    step.problems_only.setChecked(True)  # still shown: stays selected
    assert step.selected_outcome_index() == problem
    step.problems_only.setChecked(False)
    assert step.selected_outcome_index() == problem
    code = outcomes[problem].problems[0].code
    other = next(c for c in step.chips if c not in (None, code))
    step.filter_by_code(other)  # no longer shown: the first row is selected
    assert step.selected_outcome_index() == step.proxy.outcome_index(0)


def test_column_titles_use_the_interface_words(step, state):
    from app.core.conversion.mapping import targets_for
    from app.ui.text.targets import target_label

    step.enter(state)
    known = {t.name: t for t in targets_for(state.mapping)}
    for column, target in enumerate(step.model.targets, PreviewModel.FIRST_FIELD_COLUMN):
        title = step.proxy.headerData(column, Qt.Orientation.Horizontal)
        assert title.split("\n")[0] == target_label(known[target])


def first_bad_cell(step: PreviewStep, state) -> tuple[int, int, str]:
    """Return (data row, grid column, source column) of the first bad cell read from a column."""
    for index, outcome in enumerate(state.conversion.outcomes):
        for problem in outcome.problems:
            if problem.target in step.model.targets and problem.column in state.sheet.headers:
                column = PreviewModel.FIRST_FIELD_COLUMN + step.model.targets.index(problem.target)
                if step.model.source_column(column) is not None:
                    return index, column, problem.column
    raise AssertionError("the sample has no bad cell")


def test_f2_edits_a_cell_and_ctrl_z_undoes_it(step, state, qtbot):
    from PySide6.QtWidgets import QApplication, QLineEdit

    step.enter(state)
    index, column, source = first_bad_cell(step, state)
    problem = next(p for p in state.conversion.outcomes[index].problems if p.column == source)
    ready_before = step.summary.ready
    original = state.sheet.rows[index][state.sheet.headers.index(source)]
    assert step.select_outcome(index, column)
    step.table.setFocus()
    qtbot.keyClick(step.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == str(original).strip()
    # the good value for this field: copy it from a ready row's source cell
    good_row = next(
        i
        for i, o in enumerate(state.conversion.outcomes)
        if o.status is RowStatus.VALID and not any(p.column == source for p in o.problems)
    )
    good = step.editor.source_text(good_row, source)
    editor.selectAll()
    qtbot.keyClicks(editor, good)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(state.cell_edits))  # the delegate commits from the event loop
    outcome = state.conversion.outcomes[index]
    assert not any(p.target == problem.target for p in outcome.problems)
    assert state.sheet.rows[index][state.sheet.headers.index(source)] == original  # file as is
    assert state.cell_edits[index][source].value == good
    cell = step.proxy.index(step.table.currentIndex().row(), column)
    assert step.proxy.data(cell, PreviewModel.EditedRole)
    assert "Edited here; the file is unchanged. Was:" in step.proxy.data(
        cell, Qt.ItemDataRole.ToolTipRole
    )
    assert step.selected_outcome_index() == index  # the selection stays on the row
    # The side panel says which cell was fixed, and shows the event as it will now be sent.
    note = step.row_problems.text()
    assert f"\u201c{source}\u201d edited here:" in note
    assert note.endswith(f"\u2192 \u201c{good}\u201d (the file is unchanged)")
    assert step.edited_note.isVisible() and step.edited_note.text().startswith("1 cell")
    if outcome.status is RowStatus.VALID:
        assert step.summary.ready == ready_before + 1
        assert step.next_text() == f"Up&load {ready_before + 1} rows"
    assert step.undo_button.isEnabled()
    step.table.setFocus()
    qtbot.keyClick(step.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state.cell_edits == {}
    assert any(p.target == problem.target for p in state.conversion.outcomes[index].problems)
    assert step.summary.ready == ready_before
    assert not step.proxy.data(cell, PreviewModel.EditedRole)
    assert step.edited_note.isHidden()


def test_edits_survive_back_and_next_and_a_new_mapping(step, state, qtbot):
    step.enter(state)
    index, column, source = first_bad_cell(step, state)
    assert step.model.setData(step.model.index(step.model.row_for_outcome(index), column), "X1")
    step.leave(state)
    step.enter(state)  # Back, then Next: the same conversion, the edit still marked
    assert step.model.data(
        step.model.index(step.model.row_for_outcome(index), column), PreviewModel.EditedRole
    )
    assert step.editor.undo_stack.count() == 1
    # a changed mapping converts again and keeps the edit of a column it still reads
    state.mapping = dataclasses.replace(state.mapping, name="renamed")
    state.conversion = None
    step.enter(state)
    qtbot.waitUntil(lambda: step.summary is not None)
    assert state.cell_edits[index][source].value == "X1"
    row = step.model.row_for_outcome(index)
    assert step.model.data(step.model.index(row, column), PreviewModel.EditedRole)
    # another file drops them
    state.sheet = read_sheet(state.sheet.path)
    state.sheet = dataclasses.replace(state.sheet, path=state.sheet.path.with_name("other.xlsx"))
    state.conversion = None
    step.enter(state)
    qtbot.waitUntil(lambda: step.summary is not None)
    assert state.cell_edits == {}


def test_fixed_value_cells_cannot_be_edited(step, state, qtbot):
    step.enter(state)
    fixed = [t for t in step.model.targets if state.mapping.fields[t].column is None]
    if not fixed:
        pytest.skip("the sample maps no fixed value")
    column = PreviewModel.FIRST_FIELD_COLUMN + step.model.targets.index(fixed[0])
    index = step.proxy.index(0, column)
    assert not step.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert "fixed value" in step.proxy.data(index, Qt.ItemDataRole.ToolTipRole)


def test_replace_dialog_counts_first_then_replaces_in_one_undo_step(step, state, qtbot):
    step.enter(state)
    index, column, source = first_bad_cell(step, state)
    bad = step.editor.source_text(index, source)
    expected = step.editor.matching_rows(source, bad)
    assert step.select_outcome(index, column)
    dialog = step.open_replace_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.column() == source
    assert dialog.find_edit.text() == bad  # the current cell's value, ready to replace
    qtbot.keyClicks(dialog.replace_edit, "fixed value")
    dialog.recount()
    # "1 cell" with the English translation loaded (as the program does), "1 cells" without.
    assert re.fullmatch(rf"{len(expected)} cells? will change\.", dialog.count_label.text())
    assert dialog.replace_button.isEnabled()
    assert state.cell_edits == {}  # nothing changes before Replace
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert sorted(state.cell_edits) == expected
    assert all(state.cell_edits[i][source].value == "fixed value" for i in expected)
    assert step.editor.undo_stack.count() == 1
    step.editor.undo_stack.undo()
    assert state.cell_edits == {}


def test_date_tokens_show_as_dates_and_the_panel_keeps_the_exact_value(step, state, qtbot):
    from PySide6.QtCore import QDate, QLocale

    step.enter(state)
    column = PreviewModel.FIRST_FIELD_COLUMN + step.model.targets.index("tokens.registeredOn")
    outcomes = state.conversion.outcomes
    row = next(i for i, o in enumerate(outcomes) if o.status is RowStatus.VALID)
    millis = outcomes[row].event["tokens"]["registeredOn"]
    shown = step.model.data(step.model.index(row, column))
    day = QDate(1970, 1, 1).addDays(millis // 86_400_000)
    assert shown == QLocale().toString(day, QLocale.FormatType.ShortFormat)
    assert str(millis) not in shown
    # The grid is sized for the date, not cut, and no column title is cut either.
    width = step.table.fontMetrics().horizontalAdvance(shown)
    assert step.table.columnWidth(column) > width
    header = step.table.horizontalHeader()
    for c in range(PreviewModel.FIRST_FIELD_COLUMN, step.proxy.columnCount()):
        assert step.table.columnWidth(c) >= header.sectionSizeFromContents(c).width(), c
    click_row(qtbot, step, row)
    assert json.loads(step.event_view.toPlainText())["tokens"]["registeredOn"] == millis


def test_a_long_value_wraps_in_the_side_panel_without_widening_it(step, state, qtbot):
    email = state.sheet.headers.index(next(h for h in state.sheet.headers if "mail" in h.lower()))
    long_value = "marketing.team.events." * 12 + "@@example.com"
    state.sheet.rows[3][email] = long_value
    step.enter(state)
    side = step.splitter.widget(1)
    click_row(qtbot, step, 0)
    before = step.splitter.sizes()
    least = step.minimumSizeHint().width()
    click_row(qtbot, step, 3)
    assert step.selected_outcome_index() == 3
    assert long_value[:60] in step.row_problems.text().replace("\u200b", "")
    assert step.splitter.sizes() == before  # the panel keeps its width
    assert step.minimumSizeHint().width() == least  # and never pushes the window wider
    assert step.row_problems.width() <= side.width()
    qtbot.waitUntil(lambda: step.row_problems.height() > step.fontMetrics().height() * 3)


class PaintRecorder(QObject):
    """Append "paint" to ``order`` each time ``widget`` paints while ``when()`` holds."""

    def __init__(self, widget, order, when=lambda: True) -> None:
        super().__init__(widget)
        self.order, self.when = order, when
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self.when():
            self.order.append("paint")
        return False


def test_a_large_conversion_starts_once_the_busy_bar_has_painted(step, state, qtbot, monkeypatch):
    import app.core.conversion.convert as convert

    qtbot.waitUntil(lambda: step.windowHandle() is not None and step.windowHandle().isExposed())
    order: list[str] = []
    real = convert.iter_convert_rows

    def spy(*args, **kwargs):
        order.append("work")  # in the worker, when the conversion really begins
        return (yield from real(*args, **kwargs))

    monkeypatch.setattr(convert, "iter_convert_rows", spy)
    PaintRecorder(step.busy, order)
    sheet = state.sheet
    state.sheet = dataclasses.replace(
        sheet,
        rows=[row for _ in range(30) for row in sheet.rows],
        row_numbers=list(range(2, 2 + len(sheet.rows) * 30)),
    )
    step.enter(state)
    # Nothing starts before the page has had its turn to paint: no worker yet.
    assert step._converting and step.controller.conversion._worker is None
    qtbot.waitUntil(lambda: not step._converting, timeout=60000)
    assert "paint" in order and order.index("paint") < order.index("work")
    assert step.is_complete()
