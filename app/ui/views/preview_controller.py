"""Preview's controller: converts the rows, counts them, filters, excludes, edits and saves.

The Preview page (``preview_step``) lays out its panels and forwards what the user does; this
object decides. It owns the grid's model, proxy and undo history, runs the conversion (inline
for a small sheet, in a worker once the page has painted for a large one), turns each result
into counts, a notice and the selected row's event, and writes the problem rows to a file. It
speaks to the page through signals only, so it holds no widget but the one whose first paint
starts a conversion.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.core.conversion.convert import ConversionResult, RowOutcome, RowStatus
from app.core.conversion.edits import RowFixer
from app.ui.models.preview_edits import PreviewEditor, edited_count
from app.ui.models.preview_model import (
    PreviewFilterProxy,
    PreviewModel,
    PreviewSummary,
    edited_cell_text,
    summarize,
    update_summary,
)
from app.ui.state import WizardState
from app.ui.views.preview_conversion import (
    PreviewConversion,
    conversion_key,
    day_targets,
    hold_for,
    moment_targets,
    targets_to_show,
)
from app.ui.wording import breakable, number, problem_label, problem_text
from app.ui.workers import run_task

log = logging.getLogger(__name__)

SORTABLE_UP_TO = 200_000  # rows: sorting more (about 0.3 s per 100,000) would stall the window


def field_origins(state: WizardState, targets: Sequence[str]) -> list[str]:
    """Return where each field's values come from, for the line under its title in the grid.

    A column by its header, as the spreadsheet names it; a fixed value or a default as such.
    """
    mapping = state.mapping
    origins: list[str] = []
    for target in targets:
        rule = mapping.fields.get(target) if mapping is not None else None
        if rule is None:
            origins.append("")
        elif rule.column is not None:
            origins.append(rule.column)
        elif rule.value is not None:
            origins.append(QCoreApplication.translate("PreviewStep", "fixed value"))
        else:
            origins.append(QCoreApplication.translate("PreviewStep", "default value"))
    return origins


@dataclass(frozen=True)
class Notice:
    """The sentence above the grid; ``offer_mapping`` shows *Back to Mapping* beside it."""

    text: str
    kind: str  # "info", "success" or "error" (the stylesheet's colours)
    offer_mapping: bool = False


@dataclass(frozen=True)
class ShownEvent:
    """What the event panel shows for the selected row."""

    title: str
    notes: str  # why the row will not go, and its cells edited here
    event_json: str
    card: tuple[tuple[str, str], ...]  # (field title, value) of each field, as the grid shows
    can_exclude: bool
    excluded: bool


class PreviewController(QObject):
    """Decides what Preview shows and does (see module docstring)."""

    conversion_started = Signal(int)  # rows to check: the page shows a busy bar
    conversion_progressed = Signal(int)  # rows checked so far
    conversion_stopped = Signal()  # done, failed or abandoned: the busy bar goes
    conversion_shown = Signal(object)  # PreviewSummary: a conversion is in the grid
    summary_changed = Signal(object, bool)  # PreviewSummary, True after an edit (else exclusion)
    notice_changed = Signal(object)  # Notice, or None for no notice
    completeness_changed = Signal(bool)
    status_changed = Signal(str)
    rows_saved = Signal(str, int)  # path, rows written
    save_failed = Signal(str)  # a sentence to show

    def __init__(self, paint_first: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = WizardState()
        self.summary: PreviewSummary | None = None
        self._key: str | None = None  # what the conversion shown was made from
        self.conversion = PreviewConversion(paint_first, self)
        self.conversion.started.connect(self._on_conversion_started)
        self.conversion.progressed.connect(self.conversion_progressed)
        self.conversion.converted.connect(self._on_converted)
        self.conversion.failed.connect(self._on_convert_failed)
        self.model = PreviewModel(self)
        self.proxy = PreviewFilterProxy(self.model, self)
        self.editor = PreviewEditor(self)
        self.editor.edits_applied.connect(self._on_edits_applied)
        self.model.set_editor(self.editor)
        self._edited_conversion: ConversionResult | None = None  # what the undo history is about

    @property
    def converting(self) -> bool:
        """True while a worker converts the rows."""
        return self.conversion.converting

    # -- the step's life ---------------------------------------------------------------------

    def enter(self, state: WizardState) -> None:
        """Convert the sheet with the mapping (again if either changed), then show it."""
        self.state = state
        key = conversion_key(state)
        if key is None:
            self.notice_changed.emit(
                Notice(
                    QCoreApplication.translate(
                        "PreviewStep", "Open a file and map its columns first."
                    ),
                    "info",
                )
            )
            self.completeness_changed.emit(False)
            return
        if state.conversion is not None and key == self._key:
            summary = self.summary or summarize(state.conversion, state.excluded_rows)
            self._show(state.conversion, summary)
            return
        if self._key is not None and key != self._key:
            state.excluded_rows.clear()  # rows of another conversion
        assert state.sheet is not None
        if state.edits_file is not None and state.edits_file != state.sheet.path:
            state.cell_edits.clear()  # fixes of another file's cells
        state.edits_file = state.sheet.path
        self._key = key
        self.summary = None
        self.conversion.start(state)

    def abandon(self) -> None:
        """Drop a conversion under way (Back): its result is ignored, it is redone next visit."""
        if not self.converting:
            return
        self.conversion.abandon(self.state.conversion)
        self._key = None
        self.conversion_stopped.emit()

    def shutdown(self, timeout_s: float = 10.0) -> bool:
        """Wait for a running conversion (tests and window teardown)."""
        return self.conversion.shutdown(timeout_s)

    def is_complete(self) -> bool:
        """Return True once at least one row is ready to upload."""
        return not self.converting and self.summary is not None and self.summary.ready > 0

    # -- conversion -------------------------------------------------------------------------

    @Slot(int)
    def _on_conversion_started(self, rows: int) -> None:
        self.conversion_started.emit(rows)
        self.completeness_changed.emit(False)
        self.status_changed.emit(
            QCoreApplication.translate("PreviewStep", "Checking %Ln rows…", None, rows)
        )

    @Slot(object)
    def _on_converted(self, value: tuple[ConversionResult, PreviewSummary]) -> None:
        result, summary = value
        self.state.conversion = result
        self.conversion_stopped.emit()
        self._show(result, summary)

    @Slot(str)
    def _on_convert_failed(self, message: str) -> None:
        self._key = None
        hold_for(self.state.conversion)  # the conversion still shown, if any
        self.conversion_stopped.emit()
        self.notice_changed.emit(
            Notice(
                QCoreApplication.translate(
                    "PreviewStep", "The rows could not be checked: {message}"
                ).format(message=message),
                "error",
            )
        )
        self.completeness_changed.emit(False)

    def _show(self, result: ConversionResult, summary: PreviewSummary) -> None:
        state = self.state
        self.summary = summary
        if result is not self._edited_conversion or self.editor.state is not state:
            self.editor.attach(state)  # a new conversion: the undo history no longer applies
            self._edited_conversion = result
        self.model.set_day_targets(day_targets(state))
        self.model.set_moment_targets(moment_targets(state))
        self.model.set_conversion(
            result,
            state.sheet,
            targets_to_show(state),
            state.excluded_rows,
            problem_rows=summary.problem_rows,
        )
        self.model.set_field_origins(field_origins(state, self.model.targets))
        self.conversion_shown.emit(summary)
        self.notice_changed.emit(self.notice())
        self.completeness_changed.emit(self.is_complete())
        self.status_changed.emit(self.summary_text(summary))

    @property
    def sortable(self) -> bool:
        """Whether the grid may sort: up to ``SORTABLE_UP_TO`` rows."""
        return self.summary is not None and self.summary.total <= SORTABLE_UP_TO

    # -- what the page shows ----------------------------------------------------------------

    def notice(self) -> Notice | None:
        """Return the sentence the counts call for above the grid, if any."""
        summary = self.summary
        if summary is None:
            return None
        if summary.total == 0:
            return Notice(
                QCoreApplication.translate("PreviewStep", "The file has no data rows."), "info"
            )
        if summary.valid == 0:
            return Notice(
                QCoreApplication.translate(
                    "PreviewStep",
                    "No row can be sent: every row has a problem. This usually means a column is "
                    "mapped to the wrong field or a date format does not match. Go back to Mapping "
                    "and check the fields marked below.",
                ),
                "error",
                offer_mapping=True,
            )
        if summary.valid == summary.total and not summary.excluded_valid:
            return Notice(
                QCoreApplication.translate(
                    "PreviewStep", "All %Ln rows are ready.", None, summary.total
                ),
                "success",
            )
        return None

    def summary_text(self, summary: PreviewSummary) -> str:
        """Return the status line: "1,198 ready · 31 bad date · 2 excluded"."""
        parts = [QCoreApplication.translate("PreviewStep", "%Ln ready", None, summary.ready)]
        for code, count in summary.rows_by_code.items():
            parts.append(f"{number(count)} {problem_label(code)}")
        if summary.excluded:
            parts.append(
                QCoreApplication.translate("PreviewStep", "%Ln excluded", None, summary.excluded)
            )
        return " · ".join(parts)

    def next_text(self) -> str | None:
        """Name the commit: "Upload 1,198 rows"."""
        if self.summary is None:
            return None
        return QCoreApplication.translate(
            "PreviewStep", "Up&load %Ln rows", None, self.summary.ready
        )

    def edited_cells(self) -> int:
        """Cells edited here for this file."""
        return edited_count(self.state)

    def shown_event(self, outcome_index: int | None) -> ShownEvent | None:
        """Return what the event panel shows for a data row (None: nothing selected)."""
        conversion = self.state.conversion
        if outcome_index is None or conversion is None:
            return None
        outcome = conversion.outcomes[outcome_index]
        row_edits = self.state.cell_edits.get(outcome_index, {})
        notes = [edited_cell_text(row_edits[column]) for column in sorted(row_edits)]
        if outcome.problems:
            title = QCoreApplication.translate(
                "PreviewStep", "Row {row}: not sent, because of these problems"
            )
            # One cell feeding two fields gives the same sentence twice: say it once.
            notes = list(dict.fromkeys(problem_text(p) for p in outcome.problems)) + notes
        elif outcome.status is RowStatus.DUPLICATE:
            title = QCoreApplication.translate(
                "PreviewStep", "Row {row}: not sent, the same event as row {first}"
            )
        else:
            title = QCoreApplication.translate("PreviewStep", "Row {row}: event that will be sent")
        return ShownEvent(
            title=title.format(row=outcome.row_number, first=outcome.duplicate_of),
            notes=breakable("\n".join(notes)),
            event_json=json.dumps(outcome.event, indent=2, ensure_ascii=False),
            card=tuple(self.model.event_card(outcome_index)),
            # A row with a problem can be left out on purpose too ("Fill one in or exclude the
            # row"): it then counts as excluded and is not among the rows to fix.
            can_exclude=outcome.status is not RowStatus.DUPLICATE,
            excluded=self.model.is_excluded(outcome_index),
        )

    def editable_columns(self) -> list[tuple[str, str]]:
        """Return (column header, field title) for each field read from a column."""
        columns: list[tuple[str, str]] = []
        seen: set[str] = set()
        for grid_column in range(PreviewModel.FIRST_FIELD_COLUMN, self.model.columnCount()):
            source = self.model.source_column(grid_column)
            if source is not None and source not in seen:
                seen.add(source)
                title = self.model.field_label(grid_column)
                columns.append((source, title))
        return columns

    # -- filters, exclusions, edits ---------------------------------------------------------

    def filter_by_code(self, code: str | None) -> None:
        """Show only rows with problem ``code`` (``duplicate`` for duplicates); None shows all."""
        self.proxy.set_problem_code(code)

    def show_problems_only(self, on: bool) -> None:
        """Show only the rows that will not be sent, or every row."""
        self.proxy.set_problems_only(on)

    def show_rows(self, indices: Sequence[int]) -> None:
        """Show only the given data rows (Results: "Fix failed rows")."""
        self.model.set_row_filter(list(indices))

    def toggle_excluded(self, outcome_index: int) -> None:
        """Exclude a row from the upload, or include it again."""
        if self.state.conversion is None:
            return
        excluded = not self.model.is_excluded(outcome_index)
        self.model.set_excluded(outcome_index, excluded)  # updates state.excluded_rows (shared)
        self.summary = summarize(self.state.conversion, self.state.excluded_rows)
        self._counts_changed(self.summary, edited=False)

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
        self.notice_changed.emit(self.notice())
        self._counts_changed(self.summary, edited=True)

    def _counts_changed(self, summary: PreviewSummary, edited: bool) -> None:
        self.summary_changed.emit(summary, edited)
        self.completeness_changed.emit(self.is_complete())
        self.status_changed.emit(self.summary_text(summary))

    # -- saving the problem rows ------------------------------------------------------------

    def problem_indices(self) -> list[int]:
        """Data-row indices that will not be sent because of a problem or a duplicate."""
        return list(self.model.problem_rows())

    def save_problem_rows(self, path: str) -> None:
        """Write the rows to fix (as edited here) to ``path`` in the background."""
        sheet, conversion = self.state.sheet, self.state.conversion
        if sheet is None or conversion is None:
            return
        indices = [
            i
            for i in self.problem_indices()
            if conversion.outcomes[i].status is RowStatus.INVALID
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
        run_task(
            lambda: write_rows_file(path, rows_sheet, indices),
            lambda _r: self.rows_saved.emit(path, len(indices)),
            self._on_save_failed,
        )

    def _on_save_failed(self, message: str, exc: BaseException) -> None:
        log.info("saving the problem rows failed: %r", exc)
        self.save_failed.emit(message)
