"""Cell edits made in Preview: fixes to source cells that never touch the file on disk.

A marketer who sees "31/02/2024 is not a real date" can type the right date in the window and
send the row without reopening the spreadsheet. An edit replaces the *source* cell (the mapped
column's cell of one data row), so the row converts exactly as if the file held the new value:
same checks, same deterministic event id, same duplicate rules.

Which edits apply (decided once, here, for the window, resume and reports alike):

* an edit is keyed by data-row index and column header, and remembers the cell it replaced;
* it applies while that row and column exist, the cell still holds that original value (the
  file was not changed under it) and the mapping reads that column (a field or the event id);
* an edit that does not apply is kept but has no effect: mapping the column again brings it
  back. Opening another file drops every edit (that is the window's job, see ``WizardState``).

An upload stores its edits in the journal with the run, so resuming after a crash re-reads the
file, applies the same edits and sends the same events: nothing lost, nothing sent twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

from app.core.conversion.convert import (
    CompiledMapping,
    ConversionResult,
    RowOutcome,
    RowStatus,
    convert_rows,
)
from app.core.conversion.mapping import Mapping as EventMapping
from app.core.conversion.validate import cell_text
from app.core.reading.sheet import CellError, SheetData

# data-row index -> column header -> edit; nested so a row's edits are one lookup away
EditMap = dict[int, dict[str, "CellEdit"]]


@dataclass(frozen=True, slots=True)
class CellEdit:
    """One source cell changed in the window (the file keeps ``original``)."""

    index: int  # data row (0-based, as ``RowOutcome.index``)
    column: str  # the column header
    value: Any  # what the row converts with instead (text typed by the user)
    original: Any  # the file's cell, so a changed file does not receive a stale fix


def iter_edits(edits: EditMap) -> Iterator[CellEdit]:
    """Yield every edit, by row then column."""
    for index in sorted(edits):
        row = edits[index]
        for column in sorted(row):
            yield row[column]


def edit_map(edits: Iterable[CellEdit]) -> EditMap:
    """Return the nested map of a flat list of edits (a later edit of a cell wins)."""
    result: EditMap = {}
    for edit in edits:
        result.setdefault(edit.index, {})[edit.column] = edit
    return result


def columns_read(mapping: EventMapping) -> set[str]:
    """Return the columns a mapping reads: mapped fields and the event-id columns."""
    columns = {rule.column for rule in mapping.fields.values() if rule and rule.column}
    columns.update(mapping.event_id.columns)
    return columns


def same_cell(a: Any, b: Any) -> bool:
    """Return True when two cells hold the same value and type (1 and "1" differ)."""
    return a.__class__ is b.__class__ and a == b


def applies(edit: CellEdit, sheet: SheetData, positions: Mapping[str, int], read: set[str]) -> bool:
    """Return True when ``edit`` changes what ``sheet`` sends (see module docstring)."""
    position = positions.get(edit.column)
    if position is None or edit.column not in read or not 0 <= edit.index < len(sheet.rows):
        return False
    row = sheet.rows[edit.index]
    cell = row[position] if position < len(row) else None
    return same_cell(cell, edit.original)


def active_edits(edits: EditMap, sheet: SheetData, mapping: EventMapping) -> list[CellEdit]:
    """Return the edits that apply to this sheet and mapping, by row then column."""
    positions = {name: i for i, name in enumerate(sheet.headers)}
    read = columns_read(mapping)
    return [e for e in iter_edits(edits) if applies(e, sheet, positions, read)]


class RowFixer:
    """Re-converts single rows with their edits, and keeps duplicate marks right.

    Built once per sheet and mapping (compiling a mapping takes a few milliseconds); each fix
    then costs one row conversion plus one scan for the event ids involved.
    """

    def __init__(self, sheet: SheetData, mapping: EventMapping) -> None:
        self.sheet = sheet
        self.mapping = mapping
        self.positions = {name: i for i, name in enumerate(sheet.headers)}
        self.read = columns_read(mapping)
        self.compiled = CompiledMapping(mapping, list(sheet.headers), sheet.rows)

    def edited_row(self, index: int, edits: EditMap) -> list[Any]:
        """Return data row ``index`` as it converts: the file's cells with the edits applied."""
        row = list(self.sheet.rows[index])
        for edit in edits.get(index, {}).values():
            if applies(edit, self.sheet, self.positions, self.read):
                position = self.positions[edit.column]
                if position >= len(row):
                    row.extend([None] * (position + 1 - len(row)))
                row[position] = edit.value
        return row

    def convert(self, index: int, edits: EditMap) -> RowOutcome:
        """Convert data row ``index`` with its edits (not yet checked for duplicates)."""
        return self.compiled.convert(
            index, self.sheet.row_numbers[index], self.edited_row(index, edits)
        )

    def refresh(
        self, outcomes: list[RowOutcome], indices: Iterable[int], edits: EditMap
    ) -> dict[int, RowOutcome]:
        """Re-convert rows in place and re-mark duplicates; return the replaced outcomes.

        The result maps each changed position (re-converted rows and rows whose duplicate mark
        moved) to its outcome before the change, so the caller can update counts and repaint
        only those rows.
        """
        before: dict[int, RowOutcome] = {}
        ids: set[str] = set()
        for index in sorted(set(indices)):
            old = outcomes[index]
            new = self.convert(index, edits)
            ids.add(old.event_id)
            ids.add(new.event_id)
            before[index] = old
            outcomes[index] = new
        for index, old in remark_duplicates(outcomes, ids).items():
            before.setdefault(index, old)
        return {i: o for i, o in before.items() if outcomes[i] != o}

    def apply_all(self, conversion: ConversionResult, edits: EditMap) -> int:
        """Apply every edit that applies to a fresh conversion; return the rows changed."""
        rows = [
            i
            for i, row in edits.items()
            if 0 <= i < len(conversion.outcomes)
            and any(applies(e, self.sheet, self.positions, self.read) for e in row.values())
        ]
        if not rows:
            return 0
        return len(self.refresh(conversion.outcomes, rows, edits))


def remark_duplicates(outcomes: list[RowOutcome], event_ids: set[str]) -> dict[int, RowOutcome]:
    """Re-mark duplicates among the rows having one of ``event_ids``, in place.

    The same rule as ``convert.mark_duplicates`` (the first valid row with an id is sent, later
    ones are duplicates of it), limited to the ids an edit touched: one pass comparing ids at C
    speed instead of rebuilding a million outcomes. Returns the replaced outcomes by position.
    """
    positions = [i for i, o in enumerate(outcomes) if o.event_id in event_ids]
    first_row: dict[str, int] = {}
    before: dict[int, RowOutcome] = {}
    for i in positions:
        outcome = outcomes[i]
        if outcome.problems:
            continue
        first = first_row.get(outcome.event_id)
        if first is None:
            first_row[outcome.event_id] = outcome.row_number
            if outcome.status is RowStatus.VALID and outcome.duplicate_of is None:
                continue
            new = replace(outcome, status=RowStatus.VALID, duplicate_of=None)
        else:
            if outcome.status is RowStatus.DUPLICATE and outcome.duplicate_of == first:
                continue
            new = replace(outcome, status=RowStatus.DUPLICATE, duplicate_of=first)
        before[i] = outcome
        outcomes[i] = new
    return before


def convert_with_edits(sheet: SheetData, mapping: EventMapping, edits: EditMap) -> ConversionResult:
    """Convert ``sheet`` as the window and a resumed upload do: the file plus the edits."""
    result = convert_rows(sheet, mapping)
    if edits:
        RowFixer(sheet, mapping).apply_all(result, edits)
    return result


def edit_note(edits: Iterable[CellEdit]) -> str:
    """Return the report's English note for a row's edits: ``Date: "31/02" → "28/02"``.

    It lets the user carry each fix back to the spreadsheet.
    """
    return "; ".join(
        f'{e.column}: "{cell_text(e.original)}" → "{cell_text(e.value)}"' for e in edits
    )


# -- storage (journal) -------------------------------------------------------------------------


def encode_cell(value: Any) -> str:
    """Return a cell as JSON that keeps its type (dates, errors, floats vs. ints)."""
    if isinstance(value, CellError):
        return json.dumps({"error": value.code})
    if isinstance(value, datetime):
        return json.dumps({"datetime": value.isoformat()})
    if isinstance(value, date):
        return json.dumps({"date": value.isoformat()})
    if isinstance(value, time):
        return json.dumps({"time": value.isoformat()})
    if isinstance(value, float):
        return json.dumps({"float": repr(value)})
    return json.dumps({"value": value}, ensure_ascii=False)


def decode_cell(text: str) -> Any:
    """Return the cell ``encode_cell`` stored."""
    data = json.loads(text)
    if "error" in data:
        return CellError(data["error"])
    if "datetime" in data:
        return datetime.fromisoformat(data["datetime"])
    if "date" in data:
        return date.fromisoformat(data["date"])
    if "time" in data:
        return time.fromisoformat(data["time"])
    if "float" in data:
        return float(data["float"])
    return data["value"]
