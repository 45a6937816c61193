"""Step 4, Preview: every converted row before anything is sent.

A virtual grid (``PreviewModel``) numbered as in the spreadsheet, a summary whose parts are also
filters ("1,198 ready · 31 bad date · 11 unknown option"), *Problems only* (Ctrl+F), the exact
JSON of the selected row's event, *Exclude row* and *Save problem rows*. Inline fixes: F2 or a
double-click edits the source cell behind a field (``PreviewEditor``; the file is untouched),
*Replace in column…* changes a value in many cells at once, Ctrl+Z undoes either. Converting a
large sheet runs in a worker; the grid appears when it is done. Next names the commit: "Upload
1,198 rows".

This module lays the page out and forwards what the user does; ``preview_controller`` decides
(conversion, counts, filters, exclusions, edits, saving) and ``preview_panels`` holds the chips,
the grid with its tools and the event panel.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QWidget,
)

from app.ui.dialogs.replace_dialog import ReplaceDialog, count_text
from app.ui.models.preview_model import PreviewSummary
from app.ui.save_folder import suggested_path
from app.ui.state import WizardState
from app.ui.step_base import StepPage, page_layout, style_heading
from app.ui.views.preview_controller import PreviewController
from app.ui.views.preview_panels import BusyBar, ChipsBar, EventPanel, GridPanel, NoticeBar


class PreviewStep(StepPage):
    """The Preview page (see module docstring)."""

    mapping_requested = Signal()  # "Go back to Mapping" (every row has a problem)

    def __init__(self, context: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewStep")
        self.context = context
        self._build_widgets()
        self.controller = PreviewController(paint_first=self.busy, parent=self)
        self.grid = GridPanel(self.controller.proxy)
        self.event_panel = EventPanel()
        self._lay_out()
        self._connect()

    # -- layout -----------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        """Build the page's own widgets: heading, filters, save button."""
        self.heading = style_heading(QLabel(QCoreApplication.translate("PreviewStep", "Preview")))
        self.notice_bar = NoticeBar()
        self.notice = self.notice_bar.notice
        self.mapping_button = self.notice_bar.mapping_button
        self.busy = BusyBar()
        self.chips_bar = ChipsBar()
        self.problems_only = QCheckBox(QCoreApplication.translate("PreviewStep", "&Problems only"))
        self.problems_only.setObjectName("problemsOnly")
        self.problems_only.setToolTip(
            QCoreApplication.translate(
                "PreviewStep", "Show only rows that will not be sent (Ctrl+F)"
            )
        )
        self.filter_note = QLabel()
        self.filter_note.hide()
        self.save_problems_button = QPushButton(
            QCoreApplication.translate("PreviewStep", "Save problem &rows…")
        )
        self.save_problems_button.setObjectName("saveProblemRowsButton")
        self.save_problems_button.setToolTip(
            QCoreApplication.translate(
                "PreviewStep", "Save the rows that will not be sent as a file to fix and open again"
            )
        )

    def _lay_out(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("previewSplitter")
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(self.event_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 340])

        header = self.header(self.heading, trailing=[self.problems_only, self.save_problems_button])

        layout = page_layout(self)  # as the other steps: titles line up
        layout.addWidget(header)
        layout.addWidget(self.notice_bar)
        layout.addWidget(self.busy)
        layout.addWidget(self.chips_bar)  # its chips wrap onto more lines when out of room
        layout.addWidget(self.filter_note)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        control = self.controller
        control.conversion_started.connect(self._on_conversion_started)
        control.conversion_progressed.connect(self.busy.show_progress)
        control.conversion_stopped.connect(self._on_conversion_stopped)
        control.conversion_shown.connect(self._on_conversion_shown)
        control.summary_changed.connect(self._on_summary_changed)
        control.notice_changed.connect(self.notice_bar.show_notice)
        control.completeness_changed.connect(self.completeness_changed)
        control.status_changed.connect(self.status_changed)
        control.rows_saved.connect(self._on_rows_saved)
        control.save_failed.connect(self._on_save_failed)
        self.mapping_button.clicked.connect(self._on_mapping_clicked)
        self.chips_bar.code_chosen.connect(self.filter_by_code)
        self.problems_only.toggled.connect(self._on_problems_only_toggled)
        QShortcut(QKeySequence.StandardKey.Find, self, self.problems_only.toggle)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.proxy.layoutChanged.connect(self._on_layout_changed)
        self.event_panel.exclude_button.clicked.connect(self._on_exclude_clicked)
        self.save_problems_button.clicked.connect(self._on_save_problems_clicked)
        self.replace_button.clicked.connect(self._on_replace_clicked)
        undo_stack = self.editor.undo_stack
        self.undo_button.clicked.connect(undo_stack.undo)
        undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        undo_stack.undoTextChanged.connect(self.grid.set_undo_text)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, undo_stack.undo)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        redo = QShortcut(QKeySequence.StandardKey.Redo, self, undo_stack.redo)
        redo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- the parts, by the names tests and the window use -----------------------------------

    model = property(lambda self: self.controller.model)
    proxy = property(lambda self: self.controller.proxy)
    editor = property(lambda self: self.controller.editor)
    summary = property(lambda self: self.controller.summary)
    state = property(lambda self: self.controller.state)
    _converting = property(lambda self: self.controller.converting)
    table = property(lambda self: self.grid.table)
    undo_button = property(lambda self: self.grid.undo_button)
    replace_button = property(lambda self: self.grid.replace_button)
    edited_note = property(lambda self: self.grid.edited_note)
    event_title = property(lambda self: self.event_panel.event_title)
    event_view = property(lambda self: self.event_panel.event_view)
    row_problems = property(lambda self: self.event_panel.row_problems)
    exclude_button = property(lambda self: self.event_panel.exclude_button)
    chips = property(lambda self: self.chips_bar.chips)

    # -- StepPage ---------------------------------------------------------------------------

    def title(self) -> str:
        """Return the step's name."""
        return QCoreApplication.translate("PreviewStep", "Preview")

    def help_text(self) -> str:
        """Return the step's sentence of help, under its title."""
        return QCoreApplication.translate(
            "PreviewStep",
            "Check every row as it will be sent; fix the problems or leave those rows out.",
        )

    def enter(self, state: WizardState) -> None:
        """Convert the sheet with the mapping (again if either changed), then show it."""
        self.controller.enter(state)

    def leave(self, state: WizardState) -> bool:
        """Let the user go (back) at any time; a conversion under way is abandoned.

        Excluded rows live in the state already. Going forward needs ``is_complete``, which is
        False while converting, so only Back can leave mid-conversion.
        """
        self.controller.abandon()
        return True

    def is_complete(self) -> bool:
        """Return True once at least one row is ready to upload."""
        return self.controller.is_complete()

    def next_text(self) -> str | None:
        """Name the commit: "Upload 1,198 rows"."""
        return self.controller.next_text()

    def shutdown(self, timeout_s: float = 10.0) -> bool:
        """Wait for a running conversion (tests and window teardown)."""
        return self.controller.shutdown(timeout_s)

    # -- what the controller reports --------------------------------------------------------

    @Slot(int)
    def _on_conversion_started(self, rows: int) -> None:
        self.busy.start(rows)
        self.table.setEnabled(False)

    @Slot()
    def _on_conversion_stopped(self) -> None:
        self.busy.hide()
        self.table.setEnabled(True)

    @Slot(object)
    def _on_conversion_shown(self, summary: PreviewSummary) -> None:
        """Reset the filters and select the first problem: a conversion is in the grid."""
        # No sort indicator: enabling sorting must not sort (file order is what users expect).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(self.controller.sortable)
        self._size_columns()
        self.problems_only.blockSignals(True)
        self.problems_only.setChecked(False)
        self.problems_only.blockSignals(False)
        self.filter_note.hide()
        self._build_chips(summary)
        self.problems_only.setEnabled(summary.total > summary.valid)
        self.save_problems_button.setEnabled(summary.total > summary.valid)
        self.grid.set_edited_count(self.controller.edited_cells())
        self.replace_button.setEnabled(bool(self.controller.editable_columns()))
        if self.proxy.rowCount():
            first_problem = self._first_problem_row()
            self.table.selectRow(first_problem if first_problem is not None else 0)
            if first_problem is not None:
                self.table.scrollTo(self.proxy.index(first_problem, 0))

    @Slot(object, bool)
    def _on_summary_changed(self, summary: PreviewSummary, edited: bool) -> None:
        """Follow new counts (an exclusion, an edit) in the chips, buttons and the panel."""
        self._build_chips(summary)
        self.chips_bar.check_filter(*self.model.current_filter)
        if edited:  # a fix may empty the filter shown: it must stay possible to leave it
            self.problems_only.setEnabled(True)
            self.save_problems_button.setEnabled(summary.total > summary.valid)
            self.grid.set_edited_count(self.controller.edited_cells())
        self._show_event(self.selected_outcome_index())

    def _build_chips(self, summary: PreviewSummary) -> None:
        self.chips_bar.build(summary)
        # Reading order for Tab: the chips sit between the buttons above them and the grid.
        order = [self.save_problems_button, *self.chips.values(), self.table]
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _size_columns(self) -> None:
        self.grid.size_columns()

    def _first_problem_row(self) -> int | None:
        rows = self.model.problem_rows()
        if not rows:
            return None
        source_row = self.model.row_for_outcome(rows[0])
        if source_row is None:
            return None
        return self.proxy.mapFromSource(self.model.index(source_row, 0)).row()

    # -- filters ----------------------------------------------------------------------------

    @Slot()
    def _on_mapping_clicked(self) -> None:
        """Go back to the Mapping step (through the window's navigation when there is one)."""
        self.mapping_requested.emit()
        window = self.window()
        steps = getattr(window, "steps", None)
        mapping_step = getattr(window, "mapping_step", None)
        go_to = getattr(window, "go_to", None)
        if steps and mapping_step in steps and go_to is not None:
            go_to(steps.index(mapping_step))

    def filter_by_code(self, code: str | None) -> None:
        """Show only rows with problem ``code`` (``duplicate`` for duplicates); None shows all."""
        keep = self.selected_outcome_index()
        self.controller.filter_by_code(code)
        self.chips_bar.check_filter(code is not None, code)
        self.problems_only.blockSignals(True)
        self.problems_only.setChecked(code is not None)
        self.problems_only.blockSignals(False)
        self.filter_note.hide()
        self._after_filter(keep)

    @Slot(bool)
    def _on_problems_only_toggled(self, on: bool) -> None:
        keep = self.selected_outcome_index()
        self.controller.show_problems_only(on)
        self.chips_bar.check_filter(on, None)
        self.filter_note.hide()
        self._after_filter(keep)

    def show_rows(self, indices: Sequence[int], note: str) -> None:
        """Show only the given data rows with a note (Results: "Fix failed rows")."""
        keep = self.selected_outcome_index()
        self.controller.show_rows(indices)
        self.chips_bar.uncheck_all()
        self.filter_note.setText(note)
        self.filter_note.show()
        self._after_filter(keep)

    def _after_filter(self, keep: int | None = None) -> None:
        """Select the row selected before the filter changed if it still shows, else the first."""
        if not self.proxy.rowCount():
            self._show_event(None)
            return
        if keep is None or not self.select_outcome(keep):
            self.table.selectRow(0)

    def select_outcome(self, outcome_index: int, column: int | None = None) -> bool:
        """Select the row showing a data row (keeping the current column) and scroll to it."""
        source_row = self.model.row_for_outcome(outcome_index)
        if source_row is None:
            return False
        if column is None:
            current = self.table.currentIndex()
            column = current.column() if current.isValid() else 0
        index = self.proxy.mapFromSource(self.model.index(source_row, column))
        self.table.setCurrentIndex(index)  # selects the whole row (row selection)
        self.table.scrollTo(index)
        return True

    @Slot()
    def _on_layout_changed(self) -> None:
        """After a sort the selection followed its row (persistent indices): show it."""
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current)

    # -- selection, exclude, replace, save --------------------------------------------------

    def selected_outcome_index(self) -> int | None:
        """Return the data-row index of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.outcome_index(rows[0].row())

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._show_event(self.selected_outcome_index())

    def _show_event(self, outcome_index: int | None) -> None:
        self.event_panel.show_event(self.controller.shown_event(outcome_index))

    @Slot()
    def _on_exclude_clicked(self) -> None:
        index = self.selected_outcome_index()
        if index is not None:
            self.controller.toggle_excluded(index)

    @Slot()
    def _on_replace_clicked(self) -> None:
        self.open_replace_dialog().open()

    def open_replace_dialog(self) -> ReplaceDialog:
        """Return the Replace dialog for the current column and cell (not yet shown)."""
        current = self.table.currentIndex()
        column = self.model.source_column(current.column()) if current.isValid() else None
        find = ""
        if column is not None:
            find = str(self.proxy.data(current, Qt.ItemDataRole.EditRole) or "")
        dialog = ReplaceDialog(self.editor, self.controller.editable_columns(), column, find, self)
        dialog.accepted.connect(lambda: self._on_replaced(dialog))
        dialog.finished.connect(dialog.deleteLater)
        return dialog

    def _on_replaced(self, dialog: ReplaceDialog) -> None:
        self.status_changed.emit(count_text(dialog.changed))
        self.table.setFocus()

    def problem_indices(self) -> list[int]:
        """Data-row indices that will not be sent because of a problem or a duplicate."""
        return self.controller.problem_indices()

    @Slot()
    def _on_save_problems_clicked(self) -> None:
        sheet = self.state.sheet
        if sheet is None or self.state.conversion is None:
            return
        suggested = suggested_path(sheet.path, f"{sheet.path.stem} - rows to fix.xlsx")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("PreviewStep", "Save problem rows"),
            suggested,
            QCoreApplication.translate("PreviewStep", "Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        if not path:
            return
        self.save_problems_button.setEnabled(False)
        self.controller.save_problem_rows(path)

    @Slot(str, int)
    def _on_rows_saved(self, path: str, count: int) -> None:
        self.save_problems_button.setEnabled(True)
        self.status_changed.emit(
            QCoreApplication.translate(
                "PreviewStep", "%Ln rows saved to {path}", None, count
            ).replace("{path}", path)
        )

    @Slot(str)
    def _on_save_failed(self, message: str) -> None:
        self.save_problems_button.setEnabled(True)
        QMessageBox.warning(
            self, QCoreApplication.translate("PreviewStep", "Could not save the rows"), message
        )
