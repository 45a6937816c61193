"""Step 4, Preview: every converted row before anything is sent.

A virtual grid (``PreviewModel``) numbered as in the spreadsheet, a summary whose parts are also
filters ("1,198 ready · 31 bad date · 11 unknown option"), *Problems only* (Ctrl+F), the exact
JSON of the selected row's event, *Exclude row* and *Save problem rows*. Inline fixes: F2 or a
double-click edits the source cell behind a field (``PreviewEditor``; the file is untouched),
*Replace in column…* changes a value in many cells at once, Ctrl+Z undoes either. Converting a
large sheet runs in a worker; the grid appears when it is done. Next names the commit: "Upload
1,198 rows".
"""

from __future__ import annotations

import dataclasses
import gc
import json
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.conversion.convert import ConversionResult, RowOutcome, RowStatus
from app.core.conversion.edits import RowFixer
from app.ui.dialogs.replace_dialog import ReplaceDialog, count_text
from app.ui.models.preview_edits import PreviewEditor, edited_count
from app.ui.models.preview_model import (
    PreviewFilterProxy,
    PreviewModel,
    PreviewSummary,
    edited_cell_text,
    summarize,
    update_summary,
)
from app.ui.save_folder import suggested_path
from app.ui.state import WizardState
from app.ui.step_base import StepPage, style_heading
from app.ui.wording import breakable, number, problem_label, problem_text
from app.ui.workers import GeneratorWorker, run_task, run_task_with_progress

CONVERT_IN_WORKER_ABOVE = 2_000  # rows: below this the conversion is instant enough inline
FREEZE_ABOVE = 20_000  # rows: from here a full garbage collection would stall the window
PAINT_BEFORE_CONVERTING_MS = 60  # how long the page has to paint before a conversion starts
MAX_CHIPS = 5  # problem chips shown; the rest are summed up (the window must not grow)
PROGRESS_EVERY_ROWS = 15_000  # about 8 counts a second at 130,000 rows/s (UX.md: ≤ 10 repaints/s)
SORTABLE_UP_TO = 200_000  # rows: sorting more (about 0.3 s per 100,000) would stall the window


def targets_to_show(state: WizardState) -> list[tuple[str, str]]:
    """Return (target, column title) for each mapped field, in the destination's order."""
    mapping = state.mapping
    if mapping is None:
        return []
    mapped = [t for t, rule in mapping.fields.items() if rule is not None]
    try:
        from app.core.conversion.mapping import targets_for

        known = targets_for(mapping)
    except Exception:  # noqa: BLE001 - titles fall back to target names
        known = []
    from app.ui.text.targets import target_label

    # The interface's words ("Contact email", "Courriel du contact"), as Mapping shows them.
    labels = {t.name: target_label(t) or t.name for t in known}
    order = {t.name: i for i, t in enumerate(known)}
    mapped.sort(key=lambda t: (order.get(t, len(order)), t))
    return [(t, labels.get(t, t)) for t in mapped]


def day_targets(state: WizardState) -> frozenset[str]:
    """Return the fields sent as a day in epoch milliseconds: HubSpot ``date`` tokens."""
    mapping = state.mapping
    if mapping is None or mapping.hubspot is None:
        return frozenset()
    return frozenset(f"tokens.{t.name}" for t in mapping.hubspot.tokens if t.type == "date")


def _conversion_key(state: WizardState) -> str | None:
    """Return what the conversion depends on, to know when it must be redone."""
    if state.sheet is None or state.mapping is None:
        return None
    try:
        from app.core.conversion.mapping import mapping_to_dict

        mapping_part = json.dumps(mapping_to_dict(state.mapping), sort_keys=True, default=str)
    except Exception:  # noqa: BLE001
        mapping_part = repr(state.mapping)
    return f"{id(state.sheet)}:{len(state.sheet.rows)}:{mapping_part}"


class PreviewStep(StepPage):
    """The Preview page (see module docstring)."""

    mapping_requested = Signal()  # "Go back to Mapping" (every row has a problem)

    def __init__(self, context: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewStep")
        self.context = context
        self.state = WizardState()
        self.summary: PreviewSummary | None = None
        self._key: str | None = None
        self._worker: GeneratorWorker | None = None
        self._converting = False
        # The page paints before the conversion starts: while a worker converts, each call from
        # Qt into Python waits for the interpreter, and a first paint of the page took 40-90 ms.
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(PAINT_BEFORE_CONVERTING_MS)
        self._start_timer.timeout.connect(self._start_worker)
        self._pending_work: Callable[[], Iterator[Any]] | None = None

        self.heading = style_heading(QLabel(QCoreApplication.translate("PreviewStep", "Preview")))

        self.notice = QLabel()
        self.notice.setObjectName("previewNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.mapping_button = QPushButton(
            QCoreApplication.translate("PreviewStep", "Back to &Mapping")
        )
        self.mapping_button.setObjectName("backToMappingButton")
        self.mapping_button.hide()
        self.mapping_button.clicked.connect(self._on_mapping_clicked)

        # Determinate (UX.md: rows are counted). An indeterminate bar's animation also cost the
        # window 20-40 ms a repaint while a conversion competed for the processor.
        self.busy = QProgressBar()
        self.busy.setAccessibleName(QCoreApplication.translate("PreviewStep", "Checking rows"))
        self.busy.setTextVisible(True)
        self.busy.hide()

        self.chips_row = QHBoxLayout()
        self.chips_row.setSpacing(6)
        self.chips: dict[str | None, QToolButton] = {}
        self.problems_only = QCheckBox(QCoreApplication.translate("PreviewStep", "&Problems only"))
        self.problems_only.setObjectName("problemsOnly")
        self.problems_only.setToolTip(
            QCoreApplication.translate(
                "PreviewStep", "Show only rows that will not be sent (Ctrl+F)"
            )
        )
        self.problems_only.toggled.connect(self._on_problems_only_toggled)
        QShortcut(QKeySequence.StandardKey.Find, self, self.problems_only.toggle)
        self.filter_note = QLabel()
        self.filter_note.hide()

        self.model = PreviewModel(self)
        self.proxy = PreviewFilterProxy(self.model, self)
        self.editor = PreviewEditor(self)
        self.editor.edits_applied.connect(self._on_edits_applied)
        self.model.set_editor(self.editor)
        self._edited_conversion: ConversionResult | None = None  # what the undo history is about
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setAccessibleName(QCoreApplication.translate("PreviewStep", "Converted rows"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # F2 (UX.md checklist) or a double-click edits the source cell behind a field.
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Uniform heights: the view never asks a million rows for their size.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.proxy.layoutChanged.connect(self._on_layout_changed)

        self.event_title = QLabel(
            QCoreApplication.translate("PreviewStep", "Event that will be sent")
        )
        self.event_view = QPlainTextEdit()
        self.event_view.setObjectName("eventJson")
        self.event_view.setReadOnly(True)
        self.event_view.setAccessibleName(
            QCoreApplication.translate("PreviewStep", "Event that will be sent, as JSON")
        )
        self.event_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # JSON keeps one key and its value per line; a narrow panel scrolls instead.
        self.event_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.row_problems = QLabel()
        self.row_problems.setObjectName("rowProblems")
        self.row_problems.setWordWrap(True)
        self.row_problems.setTextFormat(Qt.TextFormat.PlainText)
        # The panel keeps the width the splitter gives it: a long value wraps (``breakable``),
        # it never widens the panel and squeezes the grid.
        self.row_problems.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.row_problems.setMinimumWidth(1)
        self.exclude_button = QPushButton(QCoreApplication.translate("PreviewStep", "E&xclude row"))
        self.exclude_button.setObjectName("excludeButton")
        self.exclude_button.setEnabled(False)
        self.exclude_button.clicked.connect(self._on_exclude_clicked)
        self.save_problems_button = QPushButton(
            QCoreApplication.translate("PreviewStep", "Save problem &rows…")
        )
        self.save_problems_button.setObjectName("saveProblemRowsButton")
        self.save_problems_button.setToolTip(
            QCoreApplication.translate(
                "PreviewStep", "Save the rows that will not be sent as a file to fix and open again"
            )
        )
        self.save_problems_button.clicked.connect(self._on_save_problems_clicked)
        self.replace_button = QPushButton(
            QCoreApplication.translate("PreviewStep", "Repla&ce in column…")
        )
        self.replace_button.setObjectName("replaceInColumnButton")
        self.replace_button.setToolTip(
            QCoreApplication.translate(
                "PreviewStep",
                "Change a value in every matching cell of a column (the file is not changed)",
            )
        )
        self.replace_button.clicked.connect(self._on_replace_clicked)
        self.undo_button = QPushButton(QCoreApplication.translate("PreviewStep", "&Undo"))
        self.undo_button.setObjectName("undoEditButton")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.editor.undo_stack.undo)
        self.editor.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.editor.undo_stack.undoTextChanged.connect(self._on_undo_text_changed)
        self._on_undo_text_changed("")
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, self.editor.undo_stack.undo)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        redo = QShortcut(QKeySequence.StandardKey.Redo, self, self.editor.undo_stack.redo)
        redo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edited_note = QLabel()
        self.edited_note.setObjectName("editedCount")
        self.edited_note.hide()

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.event_title)
        side_layout.addWidget(self.row_problems)  # why the row will not go, before its JSON
        side_layout.addWidget(self.event_view, 1)
        side_buttons = QHBoxLayout()
        side_buttons.addWidget(self.exclude_button)
        side_buttons.addStretch(1)
        side_layout.addLayout(side_buttons)
        self.event_title.setBuddy(self.event_view)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("previewSplitter")
        # The grid's own tools sit under it: what they act on is right above them.
        grid = QWidget()
        grid_layout = QVBoxLayout(grid)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.table, 1)
        grid_tools = QHBoxLayout()
        grid_tools.addWidget(self.edited_note)
        grid_tools.addStretch(1)
        grid_tools.addWidget(self.undo_button)
        grid_tools.addWidget(self.replace_button)
        grid_layout.addLayout(grid_tools)
        self.splitter.addWidget(grid)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 340])

        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading)
        heading_row.addStretch(1)
        heading_row.addWidget(self.problems_only)
        heading_row.addWidget(self.save_problems_button)
        top = QHBoxLayout()
        top.addLayout(self.chips_row)
        top.addStretch(1)

        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.mapping_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # as the other steps: titles line up
        layout.addLayout(heading_row)
        layout.addLayout(notice_row)
        layout.addWidget(self.busy)
        layout.addLayout(top)
        layout.addWidget(self.filter_note)
        layout.addWidget(self.splitter, 1)

    # -- StepPage ---------------------------------------------------------------------------

    def title(self) -> str:
        """Return the step's name."""
        return QCoreApplication.translate("PreviewStep", "Preview")

    def enter(self, state: WizardState) -> None:
        """Convert the sheet with the mapping (again if either changed), then show it."""
        self.state = state
        key = _conversion_key(state)
        if key is None:
            self._show_notice(
                QCoreApplication.translate("PreviewStep", "Open a file and map its columns first."),
                "info",
            )
            self.completeness_changed.emit(False)
            return
        if state.conversion is not None and key == self._key:
            self._show(
                state.conversion, self.summary or summarize(state.conversion, state.excluded_rows)
            )
            return
        if self._key is not None and key != self._key:
            state.excluded_rows.clear()  # rows of another conversion
        assert state.sheet is not None
        if state.edits_file is not None and state.edits_file != state.sheet.path:
            state.cell_edits.clear()  # fixes of another file's cells
        state.edits_file = state.sheet.path
        self._key = key
        self._convert()

    def leave(self, state: WizardState) -> bool:
        """Let the user go (back) at any time; a conversion under way is abandoned.

        Excluded rows live in the state already. Going forward needs ``is_complete``, which is
        False while converting, so only Back can leave mid-conversion.
        """
        if self._converting:
            self._start_timer.stop()
            self._pending_work = None
            if self._worker is not None:
                self._worker.cancel()  # its result is dropped; it is redone on the next visit
            self._worker = None
            self._converting = False
            self._key = None
            self.busy.hide()
            self.table.setEnabled(True)
        return True

    def is_complete(self) -> bool:
        """Return True once at least one row is ready to upload."""
        return not self._converting and self.summary is not None and self.summary.ready > 0

    def next_text(self) -> str | None:
        """Name the commit: "Upload 1,198 rows"."""
        if self.summary is None:
            return None
        return QCoreApplication.translate(
            "PreviewStep", "Up&load %Ln rows", None, self.summary.ready
        )

    def shutdown(self, timeout_s: float = 10.0) -> bool:
        """Wait for a running conversion (tests and window teardown)."""
        self._start_timer.stop()
        self._pending_work = None
        if self._worker is not None:
            self._worker.cancel()
            return self._worker.wait(timeout_s)
        return True

    # -- conversion -------------------------------------------------------------------------

    def _convert(self) -> None:
        from app.core.conversion.convert import convert_rows, iter_convert_rows

        state = self.state
        sheet, mapping = state.sheet, state.mapping
        assert sheet is not None and mapping is not None
        excluded = set(state.excluded_rows)
        edits = state.cell_edits  # not changed while converting: the grid is disabled
        self.summary = None
        if len(sheet.rows) <= CONVERT_IN_WORKER_ABOVE:
            try:
                result = convert_rows(sheet, mapping)
                if edits:
                    RowFixer(sheet, mapping).apply_all(result, edits)
            except Exception as exc:  # noqa: BLE001 - shown, never a traceback
                from app.ui.workers import describe_error

                self._on_convert_failed(describe_error(exc), exc)
                return
            self._on_converted((result, summarize(result, excluded)))
            return

        def work() -> Generator[int, None, tuple[ConversionResult, PreviewSummary]]:
            result = yield from iter_convert_rows(sheet, mapping, every=PROGRESS_EVERY_ROWS)
            if (
                edits
            ):  # the edits that still apply to this file and mapping (app.core.conversion.edits)
                RowFixer(sheet, mapping).apply_all(result, edits)
            return result, summarize(result, excluded)

        self._converting = True
        if len(sheet.rows) >= FREEZE_ABOVE:
            # Now as well: what the previous steps made (a template fetch imports a whole HTTP
            # stack) would otherwise be walked by the first collection, 70 ms measured.
            # The events made while converting are frozen as they come by the collector itself
            # (``app.ui.gc_guard``: bulk data is frozen, not walked).
            gc.freeze()
        self.busy.setRange(0, len(sheet.rows))
        self._on_convert_progress(0)
        self.busy.show()
        self.table.setEnabled(False)
        self.completeness_changed.emit(False)
        self.status_changed.emit(
            QCoreApplication.translate("PreviewStep", "Checking %Ln rows…", None, len(sheet.rows))
        )
        self._pending_work = work
        self._start_timer.start()

    def _start_worker(self) -> None:
        """Start the conversion prepared by ``_convert`` (once the page has painted)."""
        work, self._pending_work = self._pending_work, None
        if work is None or not self._converting:
            return
        self._worker = run_task_with_progress(
            work, self._on_convert_progress, self._on_converted, self._on_convert_failed
        )

    def _on_convert_progress(self, done: int) -> None:
        self.busy.setFormat(
            QCoreApplication.translate("PreviewStep", "Checking rows… %1 of %2")
            .replace("%1", number(done))
            .replace("%2", number(self.busy.maximum()))
        )
        self.busy.setValue(done)

    def _on_converted(self, value: tuple[ConversionResult, PreviewSummary]) -> None:
        result, summary = value
        self._converting = False
        self._worker = None
        self.busy.hide()
        self.table.setEnabled(True)
        self.state.conversion = result
        if len(result.outcomes) >= FREEZE_ABOVE:
            # The rows and their events live as long as the file stays open: take them out of
            # the cyclic collector's scans, which would otherwise walk them on the GUI thread.
            gc.freeze()
        self._show(result, summary)

    def _on_convert_failed(self, message: str, exc: BaseException) -> None:
        self._converting = False
        self._worker = None
        self.busy.hide()
        self._key = None
        self._show_notice(
            QCoreApplication.translate(
                "PreviewStep", "The rows could not be checked: {message}"
            ).format(message=message),
            "error",
        )
        self.completeness_changed.emit(False)

    def _show(self, result: ConversionResult, summary: PreviewSummary) -> None:
        state = self.state
        self.summary = summary
        if result is not self._edited_conversion or self.editor.state is not state:
            self.editor.attach(state)  # a new conversion: the undo history no longer applies
            self._edited_conversion = result
        self.model.set_day_targets(day_targets(state))
        self.model.set_conversion(
            result,
            state.sheet,
            targets_to_show(state),
            state.excluded_rows,
            problem_rows=summary.problem_rows,
        )
        # No sort indicator: enabling sorting must not sort (file order is what users expect).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(summary.total <= SORTABLE_UP_TO)
        self._size_columns()
        self.problems_only.blockSignals(True)
        self.problems_only.setChecked(False)
        self.problems_only.blockSignals(False)
        self.filter_note.hide()
        self._build_chips(summary)
        self._update_notice()
        self.problems_only.setEnabled(summary.total > summary.valid)
        self.save_problems_button.setEnabled(summary.total > summary.valid)
        self.replace_button.setEnabled(bool(self._editable_columns()))
        self._update_edited_note()
        if self.proxy.rowCount():
            first_problem = self._first_problem_row()
            self.table.selectRow(first_problem if first_problem is not None else 0)
            if first_problem is not None:
                self.table.scrollTo(self.proxy.index(first_problem, 0))
        self.completeness_changed.emit(self.is_complete())
        self.status_changed.emit(self._summary_text(summary))

    def _first_problem_row(self) -> int | None:
        rows = self.model.problem_rows()
        if not rows:
            return None
        source_row = self.model.row_for_outcome(rows[0])
        if source_row is None:
            return None
        return self.proxy.mapFromSource(self.model.index(source_row, 0)).row()

    def _size_columns(self) -> None:
        metrics = self.fontMetrics()
        self.table.setColumnWidth(
            PreviewModel.ROW_COLUMN, metrics.horizontalAdvance("0000000") + 12
        )
        self.table.setColumnWidth(
            PreviewModel.STATUS_COLUMN,
            metrics.horizontalAdvance(PreviewModel.widest_status_sample()) + 32,
        )
        # Size field columns on their titles and the first rows only (never scan the sheet).
        # The title's room comes from the header itself (its font, margins and sort arrow):
        # a title is never cut; a long value may be, up to 280 px, with its tooltip.
        header = self.table.horizontalHeader()
        sample = min(self.proxy.rowCount(), 50)
        for column in range(PreviewModel.FIRST_FIELD_COLUMN, self.proxy.columnCount()):
            widest = 0
            for row in range(sample):
                text = str(self.proxy.data(self.proxy.index(row, column)) or "")
                widest = max(widest, metrics.horizontalAdvance(text) + 32)
            title = header.sectionSizeFromContents(column).width()
            self.table.setColumnWidth(column, max(title, min(widest, 280)))

    # -- summary and filters ----------------------------------------------------------------

    def _summary_text(self, summary: PreviewSummary) -> str:
        parts = [QCoreApplication.translate("PreviewStep", "%Ln ready", None, summary.ready)]
        for code, count in summary.rows_by_code.items():
            parts.append(f"{number(count)} {problem_label(code)}")
        if summary.excluded_valid:
            parts.append(
                QCoreApplication.translate(
                    "PreviewStep", "%Ln excluded", None, summary.excluded_valid
                )
            )
        return " · ".join(parts)

    def _build_chips(self, summary: PreviewSummary) -> None:
        while self.chips_row.count():
            item = self.chips_row.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        self.chips.clear()
        ready = self._chip(
            None,
            QCoreApplication.translate("PreviewStep", "%Ln ready", None, summary.ready),
            QCoreApplication.translate("PreviewStep", "Show every row"),
        )
        ready.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
        ready.setChecked(True)
        codes = list(summary.rows_by_code.items())
        for code, count in codes[:MAX_CHIPS]:
            chip = self._chip(
                code,
                f"{number(count)} {problem_label(code)}",
                QCoreApplication.translate("PreviewStep", "Show only the rows with this problem"),
            )
            chip.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        if len(codes) > MAX_CHIPS:
            rest = QLabel(
                QCoreApplication.translate(
                    "PreviewStep",
                    "and %Ln rows with other problems (Problems only shows them)",
                    None,
                    sum(c for _code, c in codes[MAX_CHIPS:]),
                )
            )
            rest.setObjectName("otherProblems")
            self.chips_row.addWidget(rest)
        if summary.excluded_valid:
            label = QLabel(
                QCoreApplication.translate(
                    "PreviewStep", "%Ln excluded", None, summary.excluded_valid
                )
            )
            label.setObjectName("excludedCount")
            self.chips_row.addWidget(label)
        # Reading order for Tab: the chips sit between the buttons above them and the grid.
        order = [self.save_problems_button, *self.chips.values(), self.table]
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _chip(self, code: str | None, text: str, tooltip: str) -> QToolButton:
        chip = QToolButton()
        chip.setObjectName(f"chip_{code or 'all'}")
        chip.setText(text)
        chip.setToolTip(tooltip)
        chip.setAccessibleName(text)
        chip.setCheckable(True)
        chip.setAutoRaise(False)
        chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        chip.clicked.connect(lambda _checked=False, c=code: self.filter_by_code(c))
        self.chips_row.addWidget(chip)
        chip.show()  # now, not at the layout's next pass: Tab must reach it at once
        self.chips[code] = chip
        return chip

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
        self.proxy.set_problem_code(code)
        for chip_code, chip in self.chips.items():
            chip.setChecked(chip_code == code)
        self.problems_only.blockSignals(True)
        self.problems_only.setChecked(code is not None)
        self.problems_only.blockSignals(False)
        self.filter_note.hide()
        self._after_filter(keep)

    @Slot(bool)
    def _on_problems_only_toggled(self, on: bool) -> None:
        keep = self.selected_outcome_index()
        self.proxy.set_problems_only(on)
        for chip_code, chip in self.chips.items():
            chip.setChecked(chip_code is None and not on)
        self.filter_note.hide()
        self._after_filter(keep)

    def show_rows(self, indices: Sequence[int], note: str) -> None:
        """Show only the given data rows with a note (Results: "Fix failed rows")."""
        keep = self.selected_outcome_index()
        self.model.set_row_filter(list(indices))
        for chip in self.chips.values():
            chip.setChecked(False)
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

    def _update_notice(self) -> None:
        summary = self.summary
        if summary is None:
            return
        self.mapping_button.hide()
        if summary.total == 0:
            self._show_notice(
                QCoreApplication.translate("PreviewStep", "The file has no data rows."), "info"
            )
        elif summary.valid == 0:
            self._show_notice(
                QCoreApplication.translate(
                    "PreviewStep",
                    "No row can be sent: every row has a problem. This usually means a column is "
                    "mapped to the wrong field or a date format does not match. Go back to Mapping "
                    "and check the fields marked below.",
                ),
                "error",
            )
            self.mapping_button.show()
        elif summary.valid == summary.total and not summary.excluded_valid:
            self._show_notice(
                QCoreApplication.translate(
                    "PreviewStep", "All %Ln rows are ready.", None, summary.total
                ),
                "success",
            )
        else:
            self.notice.hide()

    def _show_notice(self, text: str, kind: str) -> None:
        self.notice.setText(text)
        self.notice.setProperty("kind", kind)
        self.notice.show()

    # -- selection, exclude, save -----------------------------------------------------------

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
        conversion = self.state.conversion
        if outcome_index is None or conversion is None:
            self.event_view.setPlainText("")
            self.row_problems.setText("")
            self.exclude_button.setEnabled(False)
            return
        outcome = conversion.outcomes[outcome_index]
        self.event_view.setPlainText(json.dumps(outcome.event, indent=2, ensure_ascii=False))
        row_edits = self.state.cell_edits.get(outcome_index, {})
        notes = [edited_cell_text(row_edits[column]) for column in sorted(row_edits)]
        if outcome.problems:
            self.event_title.setText(
                QCoreApplication.translate(
                    "PreviewStep", "Row {row}: not sent, because of these problems"
                ).format(row=outcome.row_number)
            )
            notes = [problem_text(p) for p in outcome.problems] + notes
        elif outcome.status is RowStatus.DUPLICATE:
            self.event_title.setText(
                QCoreApplication.translate(
                    "PreviewStep", "Row {row}: not sent, the same event as row {first}"
                ).format(row=outcome.row_number, first=outcome.duplicate_of)
            )
        else:
            self.event_title.setText(
                QCoreApplication.translate(
                    "PreviewStep", "Row {row}: event that will be sent"
                ).format(row=outcome.row_number)
            )
        self.row_problems.setText(breakable("\n".join(notes)))
        # A row with a problem can be left out on purpose too ("Fill one in or exclude the
        # row"): it then counts as excluded and is not among the rows to fix.
        self.exclude_button.setEnabled(outcome.status is not RowStatus.DUPLICATE)
        excluded = self.model.is_excluded(outcome_index)
        self.exclude_button.setText(
            QCoreApplication.translate("PreviewStep", "Include &row")
            if excluded
            else QCoreApplication.translate("PreviewStep", "E&xclude row")
        )

    @Slot()
    def _on_exclude_clicked(self) -> None:
        index = self.selected_outcome_index()
        if index is None or self.state.conversion is None:
            return
        excluded = not self.model.is_excluded(index)
        self.model.set_excluded(index, excluded)  # updates state.excluded_rows (shared set)
        self.summary = summarize(self.state.conversion, self.state.excluded_rows)
        self._build_chips(self.summary)
        current_filter = self.model.current_filter
        if current_filter[1] in self.chips:
            self.chips[current_filter[1]].setChecked(True)
        self._show_event(index)
        self.completeness_changed.emit(self.is_complete())
        self.status_changed.emit(self._summary_text(self.summary))

    # -- inline fixes -----------------------------------------------------------------------

    @Slot(object)
    def _on_edits_applied(self, before: dict[int, RowOutcome]) -> None:
        """Cells changed (edit, replace, undo): counts, chips, marks and the panel follow."""
        conversion = self.state.conversion
        if conversion is None or self.summary is None:
            return
        self.summary = update_summary(
            self.summary, before, conversion.outcomes, self.state.excluded_rows
        )
        self.model.set_problem_rows(self.summary.problem_rows)
        self.model.rows_changed(list(before))
        current_filter = self.model.current_filter
        self._build_chips(self.summary)
        problems_only, filter_code = current_filter
        for code, chip in self.chips.items():
            chip.setChecked(
                code is not None and code == filter_code if problems_only else code is None
            )
        self._update_notice()
        self._update_edited_note()
        self.problems_only.setEnabled(True)
        self.save_problems_button.setEnabled(self.summary.total > self.summary.valid)
        self._show_event(self.selected_outcome_index())
        self.completeness_changed.emit(self.is_complete())
        self.status_changed.emit(self._summary_text(self.summary))

    def _update_edited_note(self) -> None:
        count = edited_count(self.state)
        self.edited_note.setVisible(count > 0)
        self.edited_note.setText(
            QCoreApplication.translate(
                "PreviewStep", "%Ln cells edited here (the file is unchanged)", None, count
            )
        )

    @Slot(str)
    def _on_undo_text_changed(self, text: str) -> None:
        self.undo_button.setToolTip(
            QCoreApplication.translate("PreviewStep", "Undo: {change} (Ctrl+Z)").format(change=text)
            if text
            else QCoreApplication.translate("PreviewStep", "Undo the last edit (Ctrl+Z)")
        )

    def _editable_columns(self) -> list[tuple[str, str]]:
        """Return (column header, field title) for each field read from a column."""
        columns: list[tuple[str, str]] = []
        seen: set[str] = set()
        for grid_column in range(PreviewModel.FIRST_FIELD_COLUMN, self.model.columnCount()):
            source = self.model.source_column(grid_column)
            if source is not None and source not in seen:
                seen.add(source)
                title = str(self.model.headerData(grid_column, Qt.Orientation.Horizontal))
                columns.append((source, title))
        return columns

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
        dialog = ReplaceDialog(self.editor, self._editable_columns(), column, find, self)
        dialog.accepted.connect(lambda: self._on_replaced(dialog))
        dialog.finished.connect(dialog.deleteLater)
        return dialog

    def _on_replaced(self, dialog: ReplaceDialog) -> None:
        self.status_changed.emit(count_text(dialog.changed))
        self.table.setFocus()

    def problem_indices(self) -> list[int]:
        """Data-row indices that will not be sent because of a problem or a duplicate."""
        return list(self.model.problem_rows())

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
        indices = [
            i
            for i in self.problem_indices()
            if self.state.conversion.outcomes[i].status is RowStatus.INVALID
            and i not in self.state.excluded_rows  # left out on purpose: nothing to fix
        ]
        from app.core.reports.report import write_rows_file

        # The rows as they stand here: cells fixed in the window keep their fix in the file.
        rows_sheet = sheet
        if self.state.cell_edits and self.state.mapping is not None:
            fixer = RowFixer(sheet, self.state.mapping)
            rows = list(sheet.rows)
            for i in indices:
                if i in self.state.cell_edits:
                    rows[i] = fixer.edited_row(i, self.state.cell_edits)
            rows_sheet = dataclasses.replace(sheet, rows=rows)
        self.save_problems_button.setEnabled(False)
        run_task(
            lambda: write_rows_file(path, rows_sheet, indices),
            lambda _r: self._on_saved(path, len(indices)),
            self._on_save_failed,
        )

    def _on_saved(self, path: str, count: int) -> None:
        self.save_problems_button.setEnabled(True)
        self.status_changed.emit(
            QCoreApplication.translate(
                "PreviewStep", "%Ln rows saved to {path}", None, count
            ).replace("{path}", path)
        )

    def _on_save_failed(self, message: str, exc: BaseException) -> None:
        self.save_problems_button.setEnabled(True)
        QMessageBox.warning(
            self, QCoreApplication.translate("PreviewStep", "Could not save the rows"), message
        )
