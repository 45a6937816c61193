"""The Preview grid's model: every converted row, read straight from the core's lists.

``PreviewModel`` wraps ``ConversionResult.outcomes`` and ``SheetData.rows`` without copying them:
``data()`` looks up one outcome by index and one value in its event, so a million rows scroll as
smoothly as ten. Columns: the spreadsheet row number, the row's status (icon + text), then one
column per mapped target field showing the value that will be sent. A cell whose field has a problem
shows the original cell instead, tinted, with a warning icon and the reason as its tooltip.

Filtering ("Problems only", one problem code) keeps an index list of the matching rows in the
model rather than asking a Python ``filterAcceptsRow`` once per row: for a million rows that is a
0.1 s list comprehension instead of a second of Python calls from C++. ``PreviewFilterProxy`` is
the sorting proxy the view uses and the filter API the step calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication, QStyle

from app.core.conversion.convert import ConversionResult, Problem, RowOutcome, RowStatus, value_at
from app.core.conversion.edits import CellEdit, EditMap
from app.core.conversion.validate import cell_text
from app.core.reading.sheet import SheetData

# The counts live in their own module; these names stay importable from here.
from app.ui.models.preview_summary import DUPLICATE_CODE as DUPLICATE_CODE
from app.ui.models.preview_summary import PreviewSummary as PreviewSummary
from app.ui.models.preview_summary import summarize as summarize
from app.ui.models.preview_summary import update_summary as update_summary
from app.ui.text.problems import duplicate_row_text
from app.ui.wording import (
    display_value,
    epoch_day_text,
    epoch_moment_text,
    problem_label,
    problem_text,
)

if TYPE_CHECKING:
    from app.ui.models.preview_edits import PreviewEditor

ModelIndex = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """Read-only table over a conversion (see module docstring)."""

    ROW_COLUMN = 0
    STATUS_COLUMN = 1
    FIRST_FIELD_COLUMN = 2

    SortRole = Qt.ItemDataRole.UserRole + 1  # raw value for sorting
    OutcomeIndexRole = Qt.ItemDataRole.UserRole + 2  # the data-row index (0-based) behind a row
    ProblemRole = Qt.ItemDataRole.UserRole + 3  # True for a cell (or row) with a problem
    EditedRole = Qt.ItemDataRole.UserRole + 4  # True for a field cell whose source was edited

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outcomes: Sequence[RowOutcome] = ()
        self._sheet: SheetData | None = None
        self._targets: list[str] = []
        self._labels: list[str] = []
        self._origins: list[str] = []  # under each field's name: where its value comes from
        self._excluded: set[int] = set()
        self._visible: list[int] | None = None  # outcome indices shown; None = all
        self._problem_rows: list[int] | None = None  # computed on first filter
        self._filter: tuple[bool, str | None] = (False, None)
        self._filtered: list[int] | None = None  # rows the filter keeps, in file order
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._column_positions: dict[str, int] = {}
        self._icons: dict[str, QIcon] = {}
        self._bad_brush: QBrush | None = None
        self._edited_brush: QBrush | None = None
        self._excluded_brush: QBrush | None = None
        self._editor: PreviewEditor | None = None
        self._edits: EditMap = {}
        self._sources: list[str | None] = []  # per field column: the column it is read from
        # HubSpot date tokens: sent as epoch milliseconds, shown as the locale's date
        self._day_targets: frozenset[str] = frozenset()
        self._moment_targets: dict[str, str | None] = {}

    # -- data in ---------------------------------------------------------------------------

    def set_conversion(
        self,
        result: ConversionResult,
        sheet: SheetData | None,
        targets: Sequence[tuple[str, str]],
        excluded: set[int] | None = None,
        problem_rows: list[int] | None = None,
    ) -> None:
        """Show ``result``; ``targets`` lists (target name, column title) in display order.

        ``excluded`` is shared, not copied: the step's ``WizardState.excluded_rows``.
        ``problem_rows`` (from ``summarize``, computed in the worker) saves a scan of every row.
        """
        self.beginResetModel()
        self._outcomes = result.outcomes
        self._sheet = sheet
        self._targets = [t for t, _ in targets]
        self._labels = [label for _, label in targets]
        self._origins = [""] * len(self._labels)
        self._excluded = excluded if excluded is not None else set()
        self._column_positions = {name: i for i, name in enumerate(sheet.headers)} if sheet else {}
        self._visible = None
        self._filtered = None
        self._problem_rows = problem_rows
        self._filter = (False, None)
        self._sort = (-1, Qt.SortOrder.AscendingOrder)
        self._bind_sources()
        self.endResetModel()

    def set_day_targets(self, targets: frozenset[str]) -> None:
        """Name the fields sent as a day in epoch milliseconds (HubSpot ``date`` tokens).

        The grid shows them as the locale writes a date; the exact number is in the event panel.
        """
        self._day_targets = targets

    def set_moment_targets(self, targets: dict[str, str | None]) -> None:
        """Name the date-and-time fields, with their time zones.

        One whose value is sent as epoch milliseconds (digits) is shown as a date in its zone.
        """
        self._moment_targets = targets

    # -- editing ----------------------------------------------------------------------------

    def set_editor(self, editor: PreviewEditor | None) -> None:
        """Let field cells be edited through ``editor`` (None: read-only, as in tests of data).

        Call after ``set_conversion`` of the editor's state; each cell then checks its row's
        edits with one dictionary lookup, so a reset stays free of per-row work.
        """
        self._editor = editor
        self._bind_sources()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def _bind_sources(self) -> None:
        editor = self._editor
        if editor is None or editor.state is None:
            self._edits = {}
            self._sources = [None] * len(self._targets)
            return
        self._edits = editor.state.cell_edits
        self._sources = [editor.source_column(t) for t in self._targets]

    def source_column(self, column: int) -> str | None:
        """Return the spreadsheet column a grid column's field is read from, if editable."""
        offset = column - self.FIRST_FIELD_COLUMN
        if 0 <= offset < len(self._sources):
            return self._sources[offset]
        return None

    def setData(  # noqa: N802
        self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Edit the source cell behind a field cell; the row re-converts (see PreviewEditor)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._editor is None:
            return False
        column = self.source_column(index.column())
        if column is None:
            return False
        text = "" if value is None else str(value)
        return self._editor.edit_cell(self.outcome_index(index.row()), column, text)

    def rows_changed(self, outcome_indices: Sequence[int]) -> None:
        """Repaint the rows showing these data rows (after an edit or an undo)."""
        if not outcome_indices or not self.rowCount():
            return
        rows = [r for i in outcome_indices if (r := self.row_for_outcome(i)) is not None]
        if not rows:
            return
        last = self.columnCount() - 1
        if len(rows) > 50:  # one signal: the view repaints what it shows anyway
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))
            return
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def set_problem_rows(self, rows: list[int]) -> None:
        """Replace the list of rows not sent (after an edit) without re-filtering the view.

        The rows shown stay as they are until the filter changes: a row fixed under a
        "Problems only" filter must not vanish from under the cursor.
        """
        self._problem_rows = rows

    @property
    def targets(self) -> list[str]:
        """The target fields shown, in column order."""
        return list(self._targets)

    def outcome_index(self, row: int) -> int:
        """Return the data-row index (position in ``outcomes``) of a model row."""
        return self._visible[row] if self._visible is not None else row

    def outcome_at(self, row: int) -> RowOutcome:
        """Return the outcome shown at model row ``row``."""
        return self._outcomes[self.outcome_index(row)]

    def row_for_outcome(self, outcome_index: int) -> int | None:
        """Return the model row showing a data-row index, or None if filtered out."""
        if self._visible is None:
            return outcome_index if 0 <= outcome_index < len(self._outcomes) else None
        try:
            return self._visible.index(outcome_index)
        except ValueError:
            return None

    def is_excluded(self, outcome_index: int) -> bool:
        """Return True when the user excluded this data row."""
        return outcome_index in self._excluded

    def set_excluded(self, outcome_index: int, excluded: bool) -> None:
        """Exclude or include one data row; only that row repaints."""
        if excluded:
            self._excluded.add(outcome_index)
        else:
            self._excluded.discard(outcome_index)
        row = self.row_for_outcome(outcome_index)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- filtering -------------------------------------------------------------------------

    def problem_rows(self) -> list[int]:
        """Return the indices of the rows not sent because of a problem or a duplicate."""
        if self._problem_rows is None:
            valid = RowStatus.VALID
            outcomes = self._outcomes
            self._problem_rows = [i for i, o in enumerate(outcomes) if o.status is not valid]
        return self._problem_rows

    def set_filter(self, problems_only: bool = False, code: str | None = None) -> None:
        """Show every row, only problem rows, or only rows with one problem ``code``.

        A problem's rows leave out the excluded ones, as its chip counts them; *Problems only*
        keeps them, since they are not sent either.
        """
        if (problems_only, code) == self._filter:
            return
        self.beginResetModel()
        self._filter = (problems_only, code)
        excluded = self._excluded
        if code == DUPLICATE_CODE:
            dup = RowStatus.DUPLICATE
            self._filtered = [
                i
                for i in self.problem_rows()
                if self._outcomes[i].status is dup and i not in excluded
            ]
        elif code is not None:
            outcomes = self._outcomes
            self._filtered = [
                i
                for i in self.problem_rows()
                if i not in excluded and any(p.code == code for p in outcomes[i].problems)
            ]
        elif problems_only:
            self._filtered = self.problem_rows()
        else:
            self._filtered = None
        self._visible = self._ordered(self._filtered)
        self.endResetModel()

    def set_row_filter(self, indices: Sequence[int] | None) -> None:
        """Show only the given data rows (rows the destination refused, for "Fix failed rows")."""
        self.beginResetModel()
        self._filter = (indices is not None, "rows" if indices is not None else None)
        n = len(self._outcomes)
        self._filtered = sorted(i for i in indices if 0 <= i < n) if indices is not None else None
        self._visible = self._ordered(self._filtered)
        self.endResetModel()

    # -- sorting ----------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column's raw value (-1: file order).

        Python's ``sorted`` with one key per row is a C-speed sort; a proxy comparing pairs
        through ``data()`` would call Python twenty times per row and freeze the window.
        """
        self.layoutAboutToBeChanged.emit()
        # Views keep their selection and current cell as persistent indices: move them to the
        # rows now showing the same data rows, or the selection would jump to another row.
        persistent = self.persistentIndexList()
        held = [(self.outcome_index(p.row()), p.column()) for p in persistent]
        self._sort = (column, order)
        self._visible = self._ordered(self._filtered)
        self.changePersistentIndexList(persistent, self._indices_for(held))
        self.layoutChanged.emit()

    def _indices_for(self, held: list[tuple[int, int]]) -> list[QModelIndex]:
        """Return the model index showing each (data row, column), invalid if filtered out.

        One reverse lookup per index: views hold a handful (selection corners, current cell),
        so a ``list.index`` at C speed beats building a million-entry reverse map.
        """
        found: list[QModelIndex] = []
        for outcome_index, column in held:
            row = self.row_for_outcome(outcome_index)
            found.append(self.index(row, column) if row is not None else QModelIndex())
        return found

    @property
    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        """(column, order) of the current sort; column -1 is file order."""
        return self._sort

    def _ordered(self, rows: list[int] | None) -> list[int] | None:
        column, order = self._sort
        if column < 0 or column >= self.columnCount():
            return rows
        base: Sequence[int] = rows if rows is not None else range(len(self._outcomes))
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(base, key=self._sort_key(column), reverse=descending)

    def _sort_key(self, column: int) -> Any:
        outcomes = self._outcomes
        if column == self.ROW_COLUMN:
            return lambda i: outcomes[i].row_number
        if column == self.STATUS_COLUMN:
            excluded = self._excluded
            rank = {RowStatus.INVALID: 0, RowStatus.DUPLICATE: 1, RowStatus.VALID: 3}
            return lambda i: 2 if i in excluded else rank[outcomes[i].status]
        target = self._targets[column - self.FIRST_FIELD_COLUMN]

        def key(i: int) -> tuple[int, Any]:
            outcome = outcomes[i]
            problem = self._problem_for(outcome, target)
            if problem is not None:
                value = self._original_value(outcome, problem)
            else:
                value = value_at(outcome.event, target)
            if value is None:
                return (2, "")
            if isinstance(value, int | float) and not isinstance(value, bool):
                return (0, value)
            return (1, display_value(value).casefold())

        return key

    @property
    def current_filter(self) -> tuple[bool, str | None]:
        """(problems only, problem code) as last set."""
        return self._filter

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of rows shown (filtered rows only when a filter is on)."""
        if parent.isValid():
            return 0
        return len(self._visible) if self._visible is not None else len(self._outcomes)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return row number + status + one column per target field."""
        if parent.isValid():
            return 0
        return self.FIRST_FIELD_COLUMN + len(self._targets)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        """Return column titles (target labels) and their tooltips."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.ROW_COLUMN:
                return QCoreApplication.translate("PreviewModel", "Row")
            if section == self.STATUS_COLUMN:
                return QCoreApplication.translate("PreviewModel", "Status")
            offset = section - self.FIRST_FIELD_COLUMN
            origin = self._origins[offset]
            # Two lines: the field a marketer knows, and the spreadsheet column under it.
            return f"{self._labels[offset]}\n{origin}" if origin else self._labels[offset]
        if role == Qt.ItemDataRole.ToolTipRole and section >= self.FIRST_FIELD_COLUMN:
            offset = section - self.FIRST_FIELD_COLUMN
            tip = QCoreApplication.translate("PreviewModel", "Field {target} of the event").format(
                target=self._targets[offset]
            )
            origin = self._origins[offset]
            return f"{tip}\n{origin}" if origin else tip
        return None

    def set_field_origins(self, origins: Sequence[str]) -> None:
        """Name, under each field's title, where its values come from (a column, a fixed value).

        ``origins`` follows the targets given to ``set_conversion``; "" leaves a title on one line.
        """
        self._origins = [*origins, *[""] * (len(self._labels) - len(origins))][: len(self._labels)]
        if self._labels:
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal,
                self.FIRST_FIELD_COLUMN,
                self.FIRST_FIELD_COLUMN + len(self._labels) - 1,
            )

    def field_label(self, column: int) -> str:
        """Return a field column's title alone (no origin line), "" for other columns."""
        offset = column - self.FIRST_FIELD_COLUMN
        return self._labels[offset] if 0 <= offset < len(self._labels) else ""

    def event_card(self, outcome_index: int) -> list[tuple[str, str]]:
        """Return (field title, value as the grid shows it) for each field of a row's event.

        A cell with a problem shows the file's value, as in the grid; the event panel says why.
        """
        outcome = self._outcomes[outcome_index]
        row_edits = self._edits.get(outcome_index) or {}
        card: list[tuple[str, str]] = []
        for offset, target in enumerate(self._targets):
            source = self._sources[offset] if offset < len(self._sources) else None
            edit = row_edits.get(source) if source is not None else None
            text = self._field_data(
                outcome, outcome_index, target, Qt.ItemDataRole.DisplayRole, source, edit
            )
            card.append((self._labels[offset], str(text if text is not None else "")))
        return card

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return one cell's value for ``role``: one outcome lookup, no scan."""
        if not index.isValid():
            return None
        row = index.row()
        outcome_index = self._visible[row] if self._visible is not None else row
        outcome = self._outcomes[outcome_index]
        column = index.column()
        if column == self.ROW_COLUMN:
            return self._row_number_data(outcome, outcome_index, role)
        if column == self.STATUS_COLUMN:
            return self._status_data(outcome, outcome_index, role)
        offset = column - self.FIRST_FIELD_COLUMN
        source = self._sources[offset] if offset < len(self._sources) else None
        edit = None
        if source is not None:
            row_edits = self._edits.get(outcome_index)
            if row_edits:
                edit = row_edits.get(source)
        return self._field_data(outcome, outcome_index, self._targets[offset], role, source, edit)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Return selectable cells; field cells read from a column are also editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.source_column(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- per column -------------------------------------------------------------------------

    def _row_number_data(self, outcome: RowOutcome, outcome_index: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole or role == self.SortRole:
            return outcome.row_number
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.OutcomeIndexRole:
            return outcome_index
        if role == Qt.ItemDataRole.ForegroundRole and outcome_index in self._excluded:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def _alignment(self, outcome: RowOutcome, target: str, problem: Problem | None) -> Any:
        """Right-align numbers, as a spreadsheet does; a day shown as a date stays left."""
        if problem is not None or target in self._day_targets:
            return None
        value = value_at(outcome.event, target)
        if type(value) is int or type(value) is float:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _status_data(self, outcome: RowOutcome, outcome_index: int, role: int) -> Any:
        excluded = outcome_index in self._excluded
        if role == Qt.ItemDataRole.DisplayRole:
            return self.status_text(outcome, excluded)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(self._status_key(outcome, excluded))
        if role == Qt.ItemDataRole.ToolTipRole:
            if outcome.problems:
                return "\n".join(problem_text(p) for p in outcome.problems)
            if outcome.status is RowStatus.DUPLICATE:
                return duplicate_row_text(outcome.duplicate_of)
            return None
        if role == self.SortRole:
            order = {RowStatus.INVALID: 0, RowStatus.DUPLICATE: 1, RowStatus.VALID: 3}
            return 2 if excluded else order[outcome.status]
        if role == self.ProblemRole:
            return outcome.status is not RowStatus.VALID
        if role == self.OutcomeIndexRole:
            return outcome_index
        if role == Qt.ItemDataRole.ForegroundRole and excluded:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def _field_data(
        self,
        outcome: RowOutcome,
        outcome_index: int,
        target: str,
        role: int,
        source: str | None = None,
        edit: CellEdit | None = None,
    ) -> Any:
        problem = self._problem_for(outcome, target)
        if role == Qt.ItemDataRole.DisplayRole:
            if problem is not None:
                return display_value(self._original_value(outcome, problem, edit))
            value = value_at(outcome.event, target)
            if target in self._day_targets and type(value) is int:
                return epoch_day_text(value)
            if target in self._moment_targets and type(value) is str and value.isdigit():
                return epoch_moment_text(int(value), self._moment_targets[target])
            return display_value(value)
        if role == Qt.ItemDataRole.EditRole:
            if source is None or self._editor is None:
                return None
            return self._editor.source_text(outcome_index, source)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._field_tooltip(target, problem, source, edit)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(outcome, target, problem)
        if role == Qt.ItemDataRole.BackgroundRole:
            if problem is not None:
                return self._bad_cell_brush()
            return self._edited_cell_brush() if edit is not None else None
        if role == Qt.ItemDataRole.DecorationRole:
            if problem is not None:
                return self._icon("problem")
            return self._icon("edited") if edit is not None else None
        if role == self.EditedRole:
            return edit is not None
        if role == self.ProblemRole:
            return problem is not None
        if role == self.SortRole:
            value = (
                self._original_value(outcome, problem, edit)
                if problem
                else value_at(outcome.event, target)
            )
            if isinstance(value, bool) or value is None:
                return display_value(value)
            return value if isinstance(value, int | float) else display_value(value)
        if role == self.OutcomeIndexRole:
            return outcome_index
        if role == Qt.ItemDataRole.ForegroundRole and outcome_index in self._excluded:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    # -- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _problem_for(outcome: RowOutcome, target: str) -> Problem | None:
        for problem in outcome.problems:  # a handful at most: O(1) in practice
            if problem.target == target:
                return problem
        return None

    def _field_tooltip(
        self, target: str, problem: Problem | None, source: str | None, edit: CellEdit | None
    ) -> str | None:
        lines = []
        if problem is not None:
            lines.append(problem_text(problem))
        if edit is not None:
            lines.append(
                QCoreApplication.translate(
                    "PreviewModel", "Edited here; the file is unchanged. Was: {value}"
                ).format(value=_quoted(edit.original))
            )
        elif self._editor is not None and source is None and problem is None:
            lines.append(self._not_editable_reason(target))
        return "\n".join(lines) or None

    def _not_editable_reason(self, target: str) -> str:
        """Say why a field cell cannot be edited: it is not read from a column."""
        state = self._editor.state if self._editor is not None else None
        rule = state.mapping.fields.get(target) if state and state.mapping else None
        if rule is not None and rule.column is None:
            return QCoreApplication.translate(
                "PreviewModel",
                "Every row gets the same fixed value here, set in Mapping: change it there.",
            )
        return QCoreApplication.translate(
            "PreviewModel", "This value does not come from a cell, so it cannot be edited here."
        )

    def _original_value(
        self, outcome: RowOutcome, problem: Problem, edit: CellEdit | None = None
    ) -> Any:
        """Return the cell behind a problem (as edited, if it was), so the user sees what to fix."""
        if edit is not None and problem.column == edit.column:
            return edit.value
        if "value" in problem.params:
            return problem.params["value"]
        if self._sheet is not None and problem.column is not None:
            position = self._column_positions.get(problem.column)
            if position is not None and outcome.index < len(self._sheet.rows):
                return self._sheet.rows[outcome.index][position]
        return None

    @staticmethod
    def _status_key(outcome: RowOutcome, excluded: bool) -> str:
        if excluded:
            return "excluded"
        return {
            RowStatus.VALID: "ready",
            RowStatus.INVALID: "problem",
            RowStatus.DUPLICATE: "duplicate",
        }[outcome.status]

    @staticmethod
    def duplicate_text(first_row: int | str | None) -> str:
        """Return the status of a row that repeats the event of ``first_row``."""
        return QCoreApplication.translate("PreviewModel", "Duplicate of row {row}").format(
            row=first_row
        )

    @staticmethod
    def widest_status_sample() -> str:
        """Return the status text that sizes the column: a duplicate of a five-digit row."""
        return PreviewModel.duplicate_text("00000")

    @staticmethod
    def status_text(outcome: RowOutcome, excluded: bool = False) -> str:
        """Return the status column's text for a row."""
        if excluded:
            return QCoreApplication.translate("PreviewModel", "Excluded")
        if outcome.status is RowStatus.VALID:
            return QCoreApplication.translate("PreviewModel", "Ready")
        if outcome.status is RowStatus.DUPLICATE:
            return PreviewModel.duplicate_text(outcome.duplicate_of)
        if len(outcome.problems) == 1:
            label = problem_label(outcome.problems[0].code)
            return label[:1].upper() + label[1:]
        return QCoreApplication.translate("PreviewModel", "%n problems", "", len(outcome.problems))

    def _icon(self, key: str) -> QIcon:
        icon = self._icons.get(key)
        if icon is None and key == "edited":
            icon = self._icons[key] = edited_icon(QGuiApplication.palette())
        if icon is None:
            style = QApplication.style()
            pixmap = {
                "ready": QStyle.StandardPixmap.SP_DialogApplyButton,
                "problem": QStyle.StandardPixmap.SP_MessageBoxWarning,
                "duplicate": QStyle.StandardPixmap.SP_MessageBoxInformation,
                "excluded": QStyle.StandardPixmap.SP_DialogCancelButton,
            }[key]
            icon = style.standardIcon(pixmap) if style is not None else QIcon()
            self._icons[key] = icon
        return icon

    def _edited_cell_brush(self) -> QBrush:
        if self._edited_brush is None:
            self._edited_brush = QBrush(edited_tint(QGuiApplication.palette()))
        return self._edited_brush

    def _bad_cell_brush(self) -> QBrush:
        if self._bad_brush is None:
            self._bad_brush = QBrush(problem_tint(QGuiApplication.palette()))
        return self._bad_brush

    def refresh_palette(self) -> None:
        """Recompute tints and icons after the system switched between light and dark."""
        self._bad_brush = None
        self._edited_brush = None
        self._icons.clear()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )


def _quoted(value: Any) -> str:
    """Return a cell for a sentence: quoted text, or "(empty)" for an empty cell."""
    text = cell_text(value)
    if not text:
        return QCoreApplication.translate("PreviewModel", "(empty)")
    return QCoreApplication.translate("PreviewModel", "\u201c{value}\u201d").format(
        value=display_value(text)
    )


def edited_cell_text(edit: CellEdit) -> str:
    """Return one line for a cell fixed here, for the side panel: column, old and new value."""
    return QCoreApplication.translate(
        "PreviewModel", "{column} edited here: {was} → {now} (the file is unchanged)"
    ).format(column=_quoted(edit.column), was=_quoted(edit.original), now=_quoted(edit.value))


def edited_tint(palette: QPalette) -> QColor:
    """Return the palette's highlight blended into its base: "changed here", light or dark."""
    base = palette.color(QPalette.ColorRole.Base)
    mark = palette.color(QPalette.ColorRole.Highlight)
    weight = 0.30 if base.lightness() < 128 else 0.16
    return QColor(
        round(base.red() * (1 - weight) + mark.red() * weight),
        round(base.green() * (1 - weight) + mark.green() * weight),
        round(base.blue() * (1 - weight) + mark.blue() * weight),
    )


def edited_icon(palette: QPalette) -> QIcon:
    """Return a small pencil drawn in the palette's colours (no theme has a standard one).

    Drawn at 64 px and scaled by the view, so it stays sharp at 150 and 200 %.
    """
    size = 64
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(size / 2, size / 2)
    painter.rotate(45)
    text = palette.color(QPalette.ColorRole.Text)
    painter.setPen(QPen(text, 3))
    painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
    painter.drawRect(QRectF(-7, -26, 14, 36))  # the body
    painter.setBrush(text)
    painter.drawPolygon(QPolygonF([QPointF(-7, 10), QPointF(7, 10), QPointF(0, 26)]))  # the tip
    painter.end()
    return QIcon(pixmap)


def problem_tint(palette: QPalette) -> QColor:
    """Return a red tint blended into the palette's base colour, readable light or dark."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    red = QColor(230, 70, 60)
    weight = 0.35 if dark else 0.22
    return QColor(
        round(base.red() * (1 - weight) + red.red() * weight),
        round(base.green() * (1 - weight) + red.green() * weight),
        round(base.blue() * (1 - weight) + red.blue() * weight),
    )


class PreviewFilterProxy(QIdentityProxyModel):
    """The view's proxy: the source model sorts and filters its own row list.

    An identity proxy, not a ``QSortFilterProxyModel``: that one keeps a row-to-row map it
    rebuilds on every reset (O(rows) on the GUI thread for a million rows), while the source
    already does both jobs at C speed.
    """

    def __init__(self, source: PreviewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)

    def preview_model(self) -> PreviewModel:
        """Return the source ``PreviewModel``."""
        model = self.sourceModel()
        assert isinstance(model, PreviewModel)
        return model

    def set_problems_only(self, on: bool) -> None:
        """Show only rows that will not be sent (keeps any code filter off)."""
        self.preview_model().set_filter(problems_only=on)
        self._resort()

    def set_problem_code(self, code: str | None) -> None:
        """Show only rows with one problem code (``duplicate`` for duplicates); None shows all."""
        self.preview_model().set_filter(problems_only=code is not None, code=code)
        self._resort()

    def outcome_index(self, proxy_row: int) -> int:
        """Return the data-row index behind a row of this proxy."""
        source_row = self.mapToSource(self.index(proxy_row, 0)).row()
        return self.preview_model().outcome_index(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source order its rows (one C-speed sort instead of pairwise Python calls)."""
        self.preview_model().sort(column, order)

    def _resort(self) -> None:
        """Nothing to do: the source keeps its order across filters."""
