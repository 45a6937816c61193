"""Inline fixes in Preview: edit a source cell, replace a value in a column, undo.

``PreviewEditor`` owns the edits' life in the window: it keeps them in
``WizardState.cell_edits`` (so they survive Back/Next and go with the upload), re-converts the
touched rows through the core's ``edits.RowFixer`` in place in the conversion the grid shows,
repaints only those rows, and records each change on a ``QUndoStack`` so Ctrl+Z takes it back.
A "Replace in column" over many rows is one undo step. The file on disk is never written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.conversion.convert import RowOutcome, RowStatus
from app.core.conversion.edits import CellEdit, RowFixer
from app.core.conversion.validate import cell_text
from app.ui.state import WizardState

# (data row, column, edit before, edit after); None = the file's own value
Change = tuple[int, str, CellEdit | None, CellEdit | None]


class CellEditsCommand(QUndoCommand):
    """One undoable change of one or many cells (one edit, or one "Replace in column")."""

    def __init__(self, editor: PreviewEditor, changes: list[Change], text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.changes = changes

    def redo(self) -> None:
        """Apply the new values (also runs when the command is pushed)."""
        self.editor.apply_changes([(i, c, after) for i, c, _before, after in self.changes])

    def undo(self) -> None:
        """Put back the values the cells had before."""
        self.editor.apply_changes([(i, c, before) for i, c, before, _after in self.changes])


class PreviewEditor(QObject):
    """Edits of the Preview grid's source cells (see module docstring)."""

    # {data row: outcome before} for every row whose outcome or edit mark changed
    edits_applied = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state: WizardState | None = None
        self.undo_stack = QUndoStack(self)
        self._fixer: RowFixer | None = None
        self._positions: dict[str, int] = {}

    def attach(self, state: WizardState) -> None:
        """Work on ``state``'s sheet, mapping and conversion (after each new conversion).

        The undo history is cleared: its steps refer to the previous conversion's rows.
        """
        self.state = state
        self.undo_stack.clear()
        self._fixer = None
        self._positions = {}
        if state.sheet is not None and state.mapping is not None:
            self._positions = {name: i for i, name in enumerate(state.sheet.headers)}
            self._fixer = RowFixer(state.sheet, state.mapping)

    # -- what can be edited -------------------------------------------------------------------

    def source_column(self, target: str) -> str | None:
        """Return the column feeding ``target``, or None (fixed value, or the column is gone)."""
        mapping = self.state.mapping if self.state is not None else None
        if mapping is None:
            return None
        rule = mapping.fields.get(target)
        if rule is None or rule.column is None or rule.column not in self._positions:
            return None
        return rule.column

    def edit_at(self, index: int, column: str) -> CellEdit | None:
        """Return the edit of one cell, or None when it holds the file's value."""
        if self.state is None:
            return None
        row = self.state.cell_edits.get(index)
        return row.get(column) if row else None

    def file_value(self, index: int, column: str) -> Any:
        """Return the file's own value of a cell."""
        assert self.state is not None and self.state.sheet is not None
        row = self.state.sheet.rows[index]
        position = self._positions[column]
        return row[position] if position < len(row) else None

    def source_value(self, index: int, column: str) -> Any:
        """Return the value a cell converts with: the edit's, else the file's."""
        edit = self.edit_at(index, column)
        return edit.value if edit is not None else self.file_value(index, column)

    def source_text(self, index: int, column: str) -> str:
        """Return a cell's value as the editor shows it."""
        return cell_text(self.source_value(index, column))

    # -- editing ------------------------------------------------------------------------------

    def _change(self, index: int, column: str, text: str) -> Change | None:
        """Return the change that makes a cell hold ``text``, or None if nothing changes."""
        before = self.edit_at(index, column)
        original = self.file_value(index, column)
        if text == cell_text(self.source_value(index, column)):
            return None  # opened and closed, or the same value typed again
        after = None if text == cell_text(original) else CellEdit(index, column, text, original)
        if after is None and before is None:
            return None
        return (index, column, before, after)

    def edit_cell(self, index: int, column: str, text: str) -> bool:
        """Make one cell hold ``text`` (one undo step); False when nothing changed.

        Typing the file's value again removes the edit (and its mark).
        """
        change = self._change(index, column, text)
        if change is None:
            return False
        label = QCoreApplication.translate("PreviewEditor", "Edit a cell")
        self.undo_stack.push(CellEditsCommand(self, [change], label))
        return True

    def matching_rows(
        self,
        column: str,
        find: str,
        *,
        contains: bool = False,
        problems_only: bool = False,
        case_sensitive: bool = True,
    ) -> list[int]:
        """Return the data rows whose cell in ``column`` a replace would change.

        An exact match compares the whole cell as text ("" finds empty cells); ``contains``
        finds ``find`` anywhere in it. One pass over the column, no conversion.
        """
        state = self.state
        if state is None or state.sheet is None or state.conversion is None:
            return []
        if contains and not find:
            return []
        position = self._positions.get(column)
        if position is None:
            return []
        outcomes = state.conversion.outcomes
        edits = state.cell_edits
        needle = find if case_sensitive else find.casefold()
        found = []
        for index, row in enumerate(state.sheet.rows):
            if problems_only and outcomes[index].status is RowStatus.VALID:
                continue
            edited = edits.get(index)
            if edited and column in edited:
                value = edited[column].value
            else:
                value = row[position] if position < len(row) else None
            text = cell_text(value)
            if not case_sensitive:
                text = text.casefold()
            if (needle in text) if contains else (text == needle):
                found.append(index)
        return found

    def replace_in_column(
        self,
        column: str,
        find: str,
        replacement: str,
        *,
        contains: bool = False,
        problems_only: bool = False,
        case_sensitive: bool = True,
    ) -> int:
        """Replace a value in every matching cell of ``column``, as one undo step.

        Returns the number of cells changed.
        """
        rows = self.matching_rows(
            column,
            find,
            contains=contains,
            problems_only=problems_only,
            case_sensitive=case_sensitive,
        )
        changes = []
        for index in rows:
            current = self.source_text(index, column)
            if contains:
                if case_sensitive:
                    new_text = current.replace(find, replacement)
                else:
                    new_text = _replace_casefold(current, find, replacement)
            else:
                new_text = replacement
            change = self._change(index, column, new_text)
            if change is not None:
                changes.append(change)
        if not changes:
            return 0
        label = QCoreApplication.translate("PreviewEditor", "Replace in column {column}").format(
            column=column
        )
        self.undo_stack.push(CellEditsCommand(self, changes, label))
        return len(changes)

    def apply_changes(self, cells: Sequence[tuple[int, str, CellEdit | None]]) -> None:
        """Set cells to an edit (or back to the file's value) and re-convert their rows."""
        state = self.state
        if state is None or state.conversion is None or self._fixer is None:
            return
        edits = state.cell_edits
        for index, column, edit in cells:
            if edit is None:
                row = edits.get(index)
                if row is not None:
                    row.pop(column, None)
                    if not row:
                        del edits[index]
            else:
                edits.setdefault(index, {})[column] = edit
        outcomes = state.conversion.outcomes
        touched = sorted({index for index, _column, _edit in cells})
        before: dict[int, RowOutcome] = {i: outcomes[i] for i in touched}
        changed = self._fixer.refresh(outcomes, touched, edits)
        before.update(changed)
        self.edits_applied.emit(before)

    def has_edits(self) -> bool:
        """Return True when any cell is edited."""
        return bool(self.state is not None and self.state.cell_edits)


def edited_count(state: WizardState) -> int:
    """Return how many cells are edited."""
    return sum(len(row) for row in state.cell_edits.values())


def _replace_casefold(text: str, find: str, replacement: str) -> str:
    """Replace ``find`` in ``text`` ignoring case (``str.replace`` has no such option)."""
    return re.sub(re.escape(find), lambda _m: replacement, text, flags=re.IGNORECASE)
