"""The Preview grid's model, tested without a window: columns, roles, filters, no copy of rows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.core.conversion.convert import ConversionResult, Problem, RowOutcome, RowStatus
from app.core.reading.sheet import SheetData
from app.ui.models.preview_model import (
    DUPLICATE_CODE,
    PreviewFilterProxy,
    PreviewModel,
    summarize,
)

HEADERS = ["Email", "Webinar", "Minutes", "Attendance"]
TARGETS = [
    ("email", "Email"),
    ("tokens.webinar", "Webinar"),
    ("tokens.minutesAttended", "Minutes attended"),
    ("tokens.attendance", "Attendance"),
]


def event(email: str, minutes: int | None, attendance: str | None) -> dict:
    tokens: dict = {"webinar": "Spring launch"}
    if minutes is not None:
        tokens["minutesAttended"] = minutes
    if attendance is not None:
        tokens["attendance"] = attendance
    return {"eventTemplateId": "1009877", "email": email, "tokens": tokens}


@pytest.fixture
def sheet_and_result() -> tuple[SheetData, ConversionResult]:
    rows = [
        ["ana@example.com", "Spring launch", 42, "live"],
        ["bob@example.com", "Spring launch", "forty", "live"],
        ["cy@example.com", "Spring launch", 10, "Golden"],
        ["ana@example.com", "Spring launch", 42, "live"],
        ["dee@example.com", "Spring launch", "x", "Nope"],
    ]
    sheet = SheetData(
        path=Path("webinar.xlsx"),
        sheet_name="Sheet1",
        sheet_names=["Sheet1"],
        header_row=1,
        headers=HEADERS,
        rows=rows,
        row_numbers=[2, 3, 4, 5, 6],
    )
    bad_minutes = Problem("tokens.minutesAttended", "Minutes", "number_invalid", {"value": "forty"})
    bad_option = Problem("tokens.attendance", "Attendance", "enum_unknown", {"value": "Golden"})
    outcomes = [
        RowOutcome(0, 2, event("ana@example.com", 42, "live"), "el-1"),
        RowOutcome(
            1, 3, event("bob@example.com", None, "live"), "el-2", (bad_minutes,), RowStatus.INVALID
        ),
        RowOutcome(
            2, 4, event("cy@example.com", 10, None), "el-3", (bad_option,), RowStatus.INVALID
        ),
        RowOutcome(
            3,
            5,
            event("ana@example.com", 42, "live"),
            "el-1",
            (),
            RowStatus.DUPLICATE,
            duplicate_of=2,
        ),
        RowOutcome(
            4,
            6,
            event("dee@example.com", None, None),
            "el-5",
            (
                Problem("tokens.minutesAttended", "Minutes", "number_invalid", {}),
                Problem("tokens.attendance", "Attendance", "enum_unknown", {"value": "Nope"}),
            ),
            RowStatus.INVALID,
        ),
    ]
    return sheet, ConversionResult(outcomes)


@pytest.fixture
def model(qapp, sheet_and_result) -> PreviewModel:
    sheet, result = sheet_and_result
    model = PreviewModel()
    model.set_conversion(result, sheet, TARGETS, excluded=set())
    return model


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_columns_are_row_number_status_then_one_per_target(model):
    assert model.rowCount() == 5
    assert model.columnCount() == 2 + 4
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == ["Row", "Status", "Email", "Webinar", "Minutes attended", "Attendance"]
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree


def test_valid_row_shows_the_values_that_will_be_sent(model):
    assert cell(model, 0, 0) == 2  # spreadsheet row number, header is row 1
    assert cell(model, 0, 1) == "Ready"
    assert cell(model, 0, 2) == "ana@example.com"
    assert cell(model, 0, 4) == "42"
    assert cell(model, 0, 5) == "live"
    assert cell(model, 0, 4, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(model, 0, 4, PreviewModel.SortRole) == 42  # raw, so 9 sorts before 10
    assert not cell(model, 0, 1, Qt.ItemDataRole.DecorationRole).isNull()


def test_numbers_are_right_aligned_as_in_a_spreadsheet_and_text_is_not(model):
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert cell(model, 0, 4, Qt.ItemDataRole.TextAlignmentRole) == right  # 42 minutes
    assert cell(model, 0, 2, Qt.ItemDataRole.TextAlignmentRole) is None  # an email
    assert cell(model, 1, 4, Qt.ItemDataRole.TextAlignmentRole) is None  # "forty": as typed


def test_invalid_cell_shows_original_value_tinted_with_reason_and_icon(model):
    assert cell(model, 1, 1) == "Not a number"
    assert cell(model, 1, 4) == "forty"  # what the file holds, not an empty sent value
    assert cell(model, 1, 4, PreviewModel.ProblemRole) is True
    assert cell(model, 1, 4, Qt.ItemDataRole.BackgroundRole) is not None
    assert not cell(model, 1, 4, Qt.ItemDataRole.DecorationRole).isNull()
    tooltip = cell(model, 1, 4, Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tooltip, str) and tooltip
    # the neighbouring good cell of the same row is not tinted
    assert cell(model, 1, 5, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(model, 1, 5, Qt.ItemDataRole.ToolTipRole) is None


def test_problem_without_value_param_reads_the_sheet_cell(model):
    assert cell(model, 4, 4) == "x"  # from SheetData.rows, no copy
    assert cell(model, 4, 1) == "2 problems"


def test_duplicate_row_names_the_first_row(model):
    assert cell(model, 3, 1) == "Duplicate of row 2"
    assert "row 2" in cell(model, 3, 1, Qt.ItemDataRole.ToolTipRole)


def test_exclude_repaints_one_row_and_changes_status(model, qtbot):
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_excluded(0, True)
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), bottom.row()) == (0, 0)
    assert cell(model, 0, 1) == "Excluded"
    model.set_excluded(0, False)
    assert cell(model, 0, 1) == "Ready"


def test_summary_counts_rows_per_code_once(sheet_and_result):
    _, result = sheet_and_result
    summary = summarize(result, excluded={0})
    assert (summary.total, summary.valid, summary.invalid, summary.duplicate) == (5, 1, 3, 1)
    assert summary.ready == 0
    assert summary.rows_by_code == {"number_invalid": 2, "enum_unknown": 2, DUPLICATE_CODE: 1}


def test_an_excluded_problem_row_counts_as_excluded_not_as_its_problem(sheet_and_result):
    # Row 2 has enum_unknown and row 4 number_invalid + enum_unknown; row 3 is a duplicate.
    _, result = sheet_and_result
    summary = summarize(result, excluded={2, 3, 4})
    assert summary.rows_by_code == {"number_invalid": 1}
    assert (summary.excluded_valid, summary.excluded_problems, summary.excluded) == (0, 3, 3)
    assert summary.ready == 1
    # The counts before exclusion stay, for the updates after an edit.
    assert summary.all_rows_by_code == {
        "number_invalid": 2,
        "enum_unknown": 2,
        DUPLICATE_CODE: 1,
    }


def test_a_problem_filter_shows_the_rows_its_chip_counts(model, sheet_and_result):
    proxy = PreviewFilterProxy(model)
    model.set_excluded(4, True)
    proxy.set_problem_code("enum_unknown")
    assert [proxy.outcome_index(r) for r in range(proxy.rowCount())] == [2]
    proxy.set_problem_code(None)
    proxy.set_problems_only(True)  # every row not sent, the excluded one too
    assert [proxy.outcome_index(r) for r in range(proxy.rowCount())] == [1, 2, 3, 4]


def test_problems_only_and_code_filters(model, qtbot):
    proxy = PreviewFilterProxy(model)
    proxy.set_problems_only(True)
    assert proxy.rowCount() == 4
    assert [proxy.outcome_index(r) for r in range(proxy.rowCount())] == [1, 2, 3, 4]
    proxy.set_problem_code("enum_unknown")
    assert [proxy.outcome_index(r) for r in range(proxy.rowCount())] == [2, 4]
    assert proxy.data(proxy.index(0, 5)) == "Golden"
    proxy.set_problem_code(DUPLICATE_CODE)
    assert [proxy.outcome_index(r) for r in range(proxy.rowCount())] == [3]
    proxy.set_problem_code(None)
    assert proxy.rowCount() == 5
    assert model.row_for_outcome(4) == 4


def test_sorting_uses_raw_values(model):
    proxy = PreviewFilterProxy(model)
    proxy.sort(PreviewModel.STATUS_COLUMN, Qt.SortOrder.AscendingOrder)
    statuses = [proxy.data(proxy.index(r, 1)) for r in range(proxy.rowCount())]
    assert statuses[-1] == "Ready"  # problems first, ready last
    proxy.sort(PreviewModel.ROW_COLUMN, Qt.SortOrder.DescendingOrder)
    assert [proxy.data(proxy.index(r, 0)) for r in range(5)] == [6, 5, 4, 3, 2]
    # numbers sort as numbers (42 after 10), the file's bad values after them
    proxy.sort(4, Qt.SortOrder.AscendingOrder)
    assert [proxy.data(proxy.index(r, 4)) for r in range(5)] == ["10", "42", "42", "forty", "x"]
    # a filter keeps the order
    proxy.set_problems_only(True)
    assert [proxy.data(proxy.index(r, 4)) for r in range(proxy.rowCount())] == [
        "10",
        "42",
        "forty",
        "x",
    ]
    proxy.sort(-1)
    assert [proxy.outcome_index(r) for r in range(proxy.rowCount())] == [1, 2, 3, 4]


class CountingOutcomes(Sequence):
    """A million outcomes made on demand, counting reads: the model must not copy or scan them."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.reads = 0

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            raise AssertionError("the model sliced the rows")
        if i < 0:
            i += self.n
        self.reads += 1
        return RowOutcome(i, i + 2, event(f"u{i}@example.com", i % 90, "live"), f"el-{i}")

    def __iter__(self):
        raise AssertionError("the model iterated over every row")


def test_a_million_rows_without_copy_or_scan(qapp):
    outcomes = CountingOutcomes(1_000_000)
    model = PreviewModel()
    model.set_conversion(ConversionResult(outcomes), None, TARGETS)  # type: ignore[arg-type]
    assert model.rowCount() == 1_000_000
    assert outcomes.reads == 0
    assert cell(model, 999_999, 0) == 1_000_001
    assert cell(model, 999_999, 2) == "u999999@example.com"
    assert outcomes.reads == 2  # one lookup per data() call
    assert model.rowCount(QModelIndex()) == 1_000_000


def test_header_click_in_a_view_sorts_through_the_proxy(model, qtbot):
    from PySide6.QtWidgets import QTableView

    proxy = PreviewFilterProxy(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(PreviewModel.ROW_COLUMN, Qt.SortOrder.DescendingOrder)
    assert [proxy.data(proxy.index(r, 0)) for r in range(5)] == [6, 5, 4, 3, 2]
    view.sortByColumn(PreviewModel.ROW_COLUMN, Qt.SortOrder.AscendingOrder)
    assert [proxy.data(proxy.index(r, 0)) for r in range(5)] == [2, 3, 4, 5, 6]


def test_sorting_keeps_the_selected_row_and_current_cell(model, qtbot):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QTableView

    proxy = PreviewFilterProxy(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSortingEnabled(True)
    view.sortByColumn(PreviewModel.ROW_COLUMN, Qt.SortOrder.AscendingOrder)  # file order
    view.setCurrentIndex(proxy.index(1, 4))  # row 3 of the sheet ("forty")
    view.selectionModel().select(
        proxy.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.sortByColumn(PreviewModel.ROW_COLUMN, Qt.SortOrder.DescendingOrder)
    current = view.currentIndex()
    assert (current.row(), current.column()) == (3, 4)  # rows 6, 5, 4, 3, 2: row 3 is 4th
    assert proxy.data(proxy.index(current.row(), 0)) == 3
    assert [i.row() for i in view.selectionModel().selectedRows()] == [3]
    view.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # "10", "42", "42", "forty", "x"
    assert proxy.data(view.currentIndex()) == "forty"
    assert [proxy.data(i) for i in view.selectionModel().selectedRows()] == [3]
