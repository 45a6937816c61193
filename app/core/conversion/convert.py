"""Turn each spreadsheet row into the exact JSON event the destination API will receive.

A row gives a ``RowOutcome``: the event (built from every value that converted), the row's
deterministic ``event_id``, and the ``problems`` that keep it from being sent. A row with problems
is never sent; a row whose event equals an earlier row's is a duplicate and is not sent either.
The core returns codes and parameters; the UI and the CLI own the wording (the English text the
CLI and reports use comes from ``app.core.conversion.messages``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any

from app.core.conversion.converters import ValueIssue
from app.core.conversion.date_issue import DateIssue
from app.core.conversion.date_text import DAY_FIRST, infer_day_order
from app.core.conversion.event_ids import column_event_ids, event_id
from app.core.conversion.mapping import (
    FieldRule,
    Mapping,
    destination_of,
    target_kind,
    target_label,
)
from app.core.conversion.problems import Problem
from app.core.conversion.validate import check_mapping, display_value
from app.core.reading.sheet_types import CellError, SheetData

if TYPE_CHECKING:
    from app.core.destinations.base import EventLayout

__all__ = [
    "CONVERT_PROGRESS_EVERY",
    "CompiledMapping",
    "ConversionResult",
    "Problem",
    "RowOutcome",
    "RowStatus",
    "compile_mapping",
    "convert_rows",
    "iter_convert_rows",
    "mark_duplicates",
    "value_at",
]


class RowStatus(StrEnum):
    """What the checks decided for a row before anything is sent."""

    VALID = "valid"
    INVALID = "invalid"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """The result of converting and validating one data row."""

    index: int  # position among the sheet's data rows (0-based)
    row_number: int  # spreadsheet row number (1-based, as the user sees it)
    event: dict[str, Any]  # the API body for this row (partial when problems exist)
    event_id: str  # deterministic: HubSpot ``id``; for Pipeless the journal key of the triple
    problems: tuple[Problem, ...] = ()
    status: RowStatus = RowStatus.VALID
    duplicate_of: int | None = None  # row_number of the first row with the same event

    @property
    def sendable(self) -> bool:
        """True when the row goes to the API."""
        return self.status is RowStatus.VALID


_STATUS_OF = attrgetter("status")


@dataclass(slots=True)
class ConversionResult:
    """Every row's outcome, in file order, with counts for summaries."""

    outcomes: list[RowOutcome]
    # target -> (day_first/month_first, the value that settled it), for text date columns
    date_orders: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def counts(self) -> Counter[str]:
        """Rows per status (``valid``, ``invalid``, ``duplicate``)."""
        by_member = Counter(map(_STATUS_OF, self.outcomes))
        return Counter({status.value: n for status, n in by_member.items()})

    @property
    def problem_counts(self) -> Counter[str]:
        """Problems per code, over all rows."""
        return Counter(p.code for o in self.outcomes for p in o.problems)


def value_at(event: dict[str, Any], target: str) -> Any:
    """Return the value an event holds for a dotted target (``tokens.score``), or None."""
    node: Any = event
    for part in target.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


# ---------------------------------------------------------------------------------------------
# Compiling a mapping into per-field converters

_MISSING = object()


@dataclass(slots=True)
class _Field:
    """One target, ready for the row loop: where the value comes from and how it converts."""

    target: str
    label: str
    column: str | None
    # Which dict of the event receives the value (an index into the destination's layout).
    slot: int
    key: str
    index: int | None  # column position in the row; None for a constant or a missing column
    convert: Any  # Callable[[Any], Any] raising ValueIssue / DateIssue
    fmt: str | None
    required: bool
    constant: Any = _MISSING  # converted fixed value
    default: Any = _MISSING  # converted default for empty cells
    fixed_problem: Problem | None = None  # same problem on every row (missing column, bad constant)
    default_problem: Problem | None = None


class CompiledMapping:
    """A mapping compiled against one sheet's headers, so rows convert without re-reading it."""

    def __init__(
        self, mapping: Mapping, headers: list[str], rows: Sequence[Sequence[Any]] | None = None
    ) -> None:
        self.mapping = mapping
        self.destination = destination_of(mapping)
        self.settings = mapping.settings
        positions = {name: i for i, name in enumerate(headers)}
        # target -> (day_first/month_first, the value that settled it), from the column's values
        self.date_orders: dict[str, tuple[str, str]] = {}
        self._rows = rows
        self.fields: list[_Field] = []
        rank = {t: i for i, t in enumerate(self.destination.field_order(self.settings))}

        def sort_key(target: str) -> tuple[int, int, str]:
            if target in rank:
                return (0, rank[target], "")
            return (1, 0, target)

        for target in sorted(mapping.fields, key=sort_key):
            self.fields.append(self._compile_field(target, mapping.fields[target], positions))

        self.contacts = self.destination.is_contacts(self.settings)
        self.id_targets = self.destination.identifier_targets(self.settings, mapping)
        self.fixed_row_problems: list[Problem] = [
            p
            for p in check_mapping(mapping, headers)
            if p.code in ("field_not_mapped", "record_id_not_mapped")
        ]
        self.prefix = mapping.event_id.prefix
        self.id_seed = self.destination.id_seed(self.settings)
        self.id_columns = [positions.get(c) for c in mapping.event_id.columns]
        self.fixed_row_problems.extend(
            Problem("event_id", c, "column_missing", {"field": "Event ID", "column": c})
            for c in mapping.event_id.columns
            if c not in positions
        )
        self.record_id_problem = Problem(
            self.id_targets[0] if self.id_targets else "email",
            None,
            "record_id_missing",
            {
                "fields": [target_label(mapping, t) for t in self.id_targets],
                "columns": [c for t in self.id_targets if (c := mapping.fields[t].column)],
            },
        )
        self.convert: Callable[[int, int, list[Any]], RowOutcome] = self._generate()
        self._rows = None  # only needed while compiling

    def _day_first(
        self, target: str, kind: str, rule: FieldRule, position: int | None
    ) -> bool | None:
        """Settle day-first against month-first for a text date column, once for the column."""
        if kind not in ("date", "datetime") or rule.format or position is None or not self._rows:
            return None
        order = infer_day_order(row[position] for row in self._rows if position < len(row))
        if order is None:
            return None
        self.date_orders[target] = order
        return order[0] == DAY_FIRST

    def _compile_field(self, target: str, rule: FieldRule, positions: dict[str, int]) -> _Field:
        mapping = self.mapping
        label = target_label(mapping, target)
        kind = target_kind(mapping, target)
        position = positions.get(rule.column) if rule.column is not None else None
        day_first = self._day_first(target, kind, rule, position)
        convert = self.destination.converter(target, kind, rule, self.settings, day_first)
        slot, key = self.destination.slot(target)
        required = self.destination.field_required(target, self.settings)
        index = positions.get(rule.column) if rule.column is not None else None
        spec = _Field(target, label, rule.column, slot, key, index, convert, rule.format, required)
        if rule.column is not None and index is None:
            spec.fixed_problem = Problem(target, rule.column, "column_missing",
                                         {"field": label, "column": rule.column})  # fmt: skip
        elif rule.column is None and not _is_empty(rule.value):
            try:
                spec.constant = convert(rule.value)
            except (ValueIssue, DateIssue) as issue:
                spec.fixed_problem = self._problem(spec, None, issue, rule.value)
        if not _is_empty(rule.default):
            try:
                spec.default = convert(rule.default)
            except (ValueIssue, DateIssue) as issue:
                spec.default_problem = self._problem(spec, None, issue, rule.default, default=True)
        return spec

    @staticmethod
    def _problem(
        spec: _Field,
        column: str | None,
        issue: ValueIssue | DateIssue,
        value: Any,
        default: bool = False,
    ) -> Problem:
        params = dict(issue.params)
        params.setdefault("value", display_value(value))
        params["field"] = spec.label
        if spec.fmt is not None and issue.code.startswith("date_"):
            params.setdefault("format", spec.fmt)
        if default:
            params["from_default"] = True
        return Problem(spec.target, column, issue.code, params)

    def _generate(self) -> Callable[[int, int, list[Any]], RowOutcome]:
        """Write and compile the row function of this mapping: one straight block per field.

        A generic loop over the fields costs a tuple unpacking, a few attribute reads and a
        branch per field and row; unrolled, with every converter and key bound as a constant, a
        row of seven fields converts about twice as fast. The generated code only wires the
        converters together (the same technique ``dataclasses`` uses for ``__init__``); every
        decision stays in the converters and in ``_fallback``/``_check_contact``.
        """
        env: dict[str, Any] = {
            "MISSING": _MISSING,
            "CellError": CellError,
            "ISSUES": (ValueIssue, DateIssue),
            "problem_for": self._problem,
            "cell_error": _cell_error,
            "fallback": self._fallback,
            "check_contact": self._check_contact,
            "FIXED": tuple(self.fixed_row_problems),
            "outcome": _new_outcome,
            "INVALID": RowStatus.INVALID,
            "VALID": RowStatus.VALID,
            "EVENT_ID": event_id,
            "PREFIX": self.prefix,
            "SEED": self.id_seed,
        }
        layout = self.destination.layout(self.settings)
        env.update(layout.env)
        lines = self._lines(layout, env, fast=False) + self._lines(layout, env, fast=True)
        source = "\n".join(lines) + "\n"
        self.source = source  # kept for debugging and for the tests
        code = compile(source, f"<row converter for {self.mapping.destination}>", "exec")
        exec(code, env)  # noqa: S102 - our own text, built from constants above
        self._assemble = env["assemble_row"]
        return env["convert_row"]  # type: ignore[no-any-return]

    def _lines(self, layout: EventLayout, env: dict[str, Any], *, fast: bool) -> list[str]:
        """Return the source of ``convert_row``, or with ``fast`` of ``assemble_row``.

        ``assemble_row`` receives the values of the fields read from columns already converted
        (``convert_block``), and with chosen id columns the event id; everything else is the
        same text as ``convert_row``, so both build the same event.
        """
        containers = layout.containers
        read = [i for i, spec in enumerate(self.fields) if spec.index is not None]
        if fast:
            params = "".join(f", v{i}" for i in read)
            given_id = ", event_id" if self.id_columns else ""
            lines = [f"def assemble_row(index, row_number{given_id}{params}):"]
        else:
            lines = ["def convert_row(index, row_number, row):"]
        lines += ["    problems = []", *layout.prologue]
        for i, spec in enumerate(self.fields):
            env[f"F{i}"] = spec
            env[f"C{i}"] = spec.convert
            v = f"v{i}"
            if spec.index is not None and fast:
                pass
            elif spec.index is not None:
                lines += [
                    f"    cell = row[{spec.index}]",
                    "    if cell is None or (cell.__class__ is str and"
                    " (not cell or cell.isspace())):",
                    f"        {v} = fallback(F{i}, problems)",
                    "    elif cell.__class__ is CellError:",
                    f"        problems.append(cell_error(F{i}, cell))",
                    f"        {v} = MISSING",
                    "    else:",
                    "        try:",
                    f"            {v} = C{i}(cell)",
                    "        except ISSUES as issue:",
                    f"            problems.append(problem_for(F{i}, F{i}.column, issue, cell))",
                    f"            {v} = MISSING",
                ]
            elif spec.fixed_problem is not None:
                env[f"P{i}"] = spec.fixed_problem
                lines += [f"    problems.append(P{i})", f"    {v} = MISSING"]
            elif spec.constant is not _MISSING:
                env[f"K{i}"] = spec.constant
                lines.append(f"    {v} = K{i}")
            else:
                lines.append(f"    {v} = fallback(F{i}, problems)")
            lines += [
                f"    if {v} is not MISSING:",
                f"        {containers[spec.slot]}[{spec.key!r}] = {v}",
            ]
        lines += layout.epilogue
        if self.id_targets:
            # Only rows without any identifier need the call (a short test inline).
            absent = " and ".join(f"{t!r} not in event" for t in self.id_targets)
            lines.append(f"    if {absent}:")
            lines.append("        check_contact(event, problems)")
        if self.fixed_row_problems:
            lines.append("    problems.extend(FIXED)")
        if self.id_columns and fast:
            pass
        elif self.id_columns:
            cells = "".join(f"row[{i}], " if i is not None else "None, " for i in self.id_columns)
            lines.append(f"    event_id = EVENT_ID(PREFIX, SEED, ({cells}))")
        elif (line := self.destination.id_line()) is not None:
            lines.append(line)
        else:
            # The values as ``event_ids.value_text`` gives them (a missing one is empty text).
            parts = "".join(
                f'"" if v{i} is MISSING else str(v{i}), ' for i in range(len(self.fields))
            )
            lines.append(f"    event_id = EVENT_ID(PREFIX, SEED, ({parts}))")
        lines += layout.after_id
        lines += [
            "    if problems:",
            "        return outcome(index, row_number, event, event_id, tuple(problems), INVALID)",
            "    return outcome(index, row_number, event, event_id, (), VALID)",
        ]
        return lines

    def convert_block(
        self, start: int, row_numbers: Sequence[int], rows: Sequence[Sequence[Any]]
    ) -> list[RowOutcome]:
        """Convert consecutive rows (the first is data row ``start``) as ``convert`` would.

        Each mapped column of the block is converted in one pass (``_column_values``): a loop
        in C over the converter, without the per-cell tests of ``convert``, and the event ids
        from chosen columns likewise (``column_event_ids``). A row with a cell that needs a
        decision (empty where a value is required, an error cell, a value its converter
        refuses) goes through ``convert`` cell by cell, which says what is wrong with it.
        """
        size = len(rows)
        slow: set[int] = set()
        values: list[list[Any]] = []
        for spec in self.fields:
            if spec.index is not None:
                column = list(map(itemgetter(spec.index), rows))
                values.append(_column_values(spec, column, slow))
        args: list[Any] = [range(start, start + size), row_numbers]
        if self.id_columns:
            if any(i is None for i in self.id_columns):
                args.append(["" for _ in range(size)])  # every row has a problem: all slow
                slow.update(range(size))
            else:
                columns = [list(map(itemgetter(i), rows)) for i in self.id_columns]
                args.append(column_event_ids(self.prefix, self.id_seed, columns))
        outcomes = list(map(self._assemble, *args, *values))
        convert = self.convert
        for position in slow:
            outcomes[position] = convert(start + position, row_numbers[position], rows[position])  # type: ignore[arg-type]
        return outcomes

    def _fallback(self, spec: _Field, problems: list[Problem]) -> Any:
        """Return the default for an empty cell, or _MISSING (with a problem when required)."""
        if spec.default_problem is not None:
            problems.append(spec.default_problem)
            return _MISSING
        if spec.default is not _MISSING:
            return spec.default
        if spec.required:
            problems.append(
                Problem(spec.target, spec.column, "required_missing", {"field": spec.label})
            )
        return _MISSING

    def _check_contact(self, event: dict[str, Any], problems: list[Problem]) -> None:
        """Require one contact identifier, unless a bad identifier was already reported."""
        for target in self.id_targets:
            if target in event:
                return
        if not self.id_targets:
            return
        if any(p.target in self.id_targets for p in problems):
            return
        problems.append(self.record_id_problem)


_NONE = type(None)
_SLOW = object()  # an empty cell of this field needs ``convert``: it makes a problem


def _column_values(spec: _Field, column: list[Any], slow: set[int]) -> list[Any]:
    """Return the converted values of one column; add to ``slow`` the rows ``convert`` must see.

    An empty cell takes the field's default, or no value when the field is optional; when that
    would be a problem (a required field, a default that does not convert) the row is slow, as
    is a row with an error cell or a value the converter refuses. The usual column (no empty or
    error cell, every value converts) is one ``map`` over the converter.
    """
    convert = spec.convert
    kinds = set(map(type, column))
    if _NONE not in kinds and CellError not in kinds:
        text = column if kinds == {str} else [c for c in column if c.__class__ is str]
        if all(map(str.strip, text)):
            # A converter may know a faster road for a whole column (``.column``): it gives
            # the values ``convert`` gives, or None for a column it does not handle.
            whole = getattr(convert, "column", None)
            done = whole(column) if whole is not None else None
            if done is not None:
                return done  # type: ignore[no-any-return]
            try:
                return list(map(convert, column))
            except (ValueIssue, DateIssue):
                pass  # some value is refused: find which, cell by cell
    if spec.default_problem is None and (spec.default is not _MISSING or not spec.required):
        empty = spec.default  # the default, or no value
    else:
        empty = _SLOW
    values: list[Any] = []
    append = values.append
    for position, cell in enumerate(column):
        if cell is None or (cell.__class__ is str and (not cell or cell.isspace())):
            if empty is _SLOW:
                slow.add(position)
                append(_MISSING)
            else:
                append(empty)
        elif cell.__class__ is CellError:
            slow.add(position)
            append(_MISSING)
        else:
            try:
                append(convert(cell))
            except (ValueIssue, DateIssue):
                slow.add(position)
                append(_MISSING)
    return values


def _cell_error(spec: _Field, cell: CellError) -> Problem:
    return Problem(
        spec.target, spec.column, "cell_error", {"value": cell.code, "field": spec.label}
    )


_OUTCOME_SETTERS = tuple(
    RowOutcome.__dict__[name].__set__
    for name in ("index", "row_number", "event", "event_id", "problems", "status", "duplicate_of")
)


def _new_outcome(
    index: int,
    row_number: int,
    event: dict[str, Any],
    event_id: str,
    problems: tuple[Problem, ...],
    status: RowStatus,
) -> RowOutcome:
    """Build a RowOutcome without the frozen dataclass ``__init__`` (three times faster).

    A frozen dataclass sets each field through ``object.__setattr__``; writing the slots directly
    gives the same immutable object. Tests compare it with the normal constructor.
    """
    outcome = object.__new__(RowOutcome)
    set_index, set_row, set_event, set_id, set_problems, set_status, set_dup = _OUTCOME_SETTERS
    set_index(outcome, index)
    set_row(outcome, row_number)
    set_event(outcome, event)
    set_id(outcome, event_id)
    set_problems(outcome, problems)
    set_status(outcome, status)
    set_dup(outcome, None)
    return outcome


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def compile_mapping(
    mapping: Mapping, headers: list[str], rows: Sequence[Sequence[Any]] | None = None
) -> CompiledMapping:
    """Prepare ``mapping`` for a sheet with these headers (and rows, to settle date orders).

    ``.convert(index, row_number, row)`` then converts one row: the window uses it to re-check a
    row after an inline fix (``mark_duplicates`` re-marks the whole list afterwards).
    """
    return CompiledMapping(mapping, list(headers), rows)


def mark_duplicates(outcomes: list[RowOutcome]) -> list[RowOutcome]:
    """Mark as DUPLICATE every valid row whose event id an earlier valid row already has.

    Only valid rows compete: an invalid row is not sent, so it cannot make a later one redundant.
    Returns a new list (outcomes are immutable); rows already marked are re-evaluated.
    """
    seen: dict[str, int] = {}
    result: list[RowOutcome] = []
    append = result.append
    for outcome in outcomes:
        if outcome.problems:
            append(outcome)
            continue
        first = seen.get(outcome.event_id)
        if first is None:
            seen[outcome.event_id] = outcome.row_number
            if outcome.status is not RowStatus.VALID:
                outcome = replace(outcome, status=RowStatus.VALID, duplicate_of=None)
            append(outcome)
        else:
            append(replace(outcome, status=RowStatus.DUPLICATE, duplicate_of=first))
    return result


CONVERT_PROGRESS_EVERY = 10_000  # rows between two progress counts of ``iter_convert_rows``


def convert_rows(sheet: SheetData, mapping: Mapping) -> ConversionResult:
    """Convert and validate every row of ``sheet`` with ``mapping``; duplicates are marked."""
    steps = iter_convert_rows(sheet, mapping, every=max(1, len(sheet.rows)))
    while True:
        try:
            next(steps)
        except StopIteration as done:
            result: ConversionResult = done.value
            return result


def iter_convert_rows(
    sheet: SheetData, mapping: Mapping, *, every: int = CONVERT_PROGRESS_EVERY
) -> Generator[int, None, ConversionResult]:
    """Convert like ``convert_rows``, yielding the count of rows done after each ``every`` rows.

    The window shows these counts on a determinate bar and can stop between two of them; the
    generator's return value is the ``ConversionResult``.
    """
    rows, row_numbers = sheet.rows, sheet.row_numbers
    if len(rows) != len(row_numbers):
        raise ValueError(f"{len(rows)} rows but {len(row_numbers)} row numbers")
    compiled = CompiledMapping(mapping, sheet.headers, rows)
    outcomes: list[RowOutcome] = []
    for start in range(0, len(rows), every):
        stop = min(start + every, len(rows))
        outcomes += compiled.convert_block(start, row_numbers[start:stop], rows[start:stop])
        yield stop
    return ConversionResult(mark_duplicates(outcomes), dict(compiled.date_orders))
