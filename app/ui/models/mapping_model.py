"""The mapping editor's table: one row per target field, with its source, samples and status.

The model holds the rules being edited (a copy of ``Mapping.fields``) and the sheet whose first
rows give the live samples; ``to_mapping`` returns the edited mapping. Samples are converted by the
core itself (``compile_mapping``), one field at a time, so "value that will be sent" is exactly
what the upload sends. Tested without a window.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from app.core.conversion.convert import compile_mapping, value_at
from app.core.conversion.mapping import (
    EventIdRule,
    FieldRule,
    Mapping,
    TargetField,
    missing_required,
    targets_for,
)
from app.core.reading.sheet import SheetData
from app.ui.icons import blank_icon
from app.ui.models.sheet_model import display_value as cell_text
from app.ui.text.targets import kind_text, target_description, target_label
from app.ui.wording import epoch_moment_text, problem_text

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

FIELD_COLUMN, TYPE_COLUMN, SOURCE_COLUMN, SAMPLE_COLUMN, STATUS_COLUMN = range(5)
COLUMN_COUNT = 5
SAMPLE_COUNT = 3
SAMPLE_SCAN_ROWS = 500  # rows looked at to find non-empty samples of a sparse column
CONFIDENT = 0.8  # auto-match confidence from which a match needs no second look

STATUS_MATCHED, STATUS_CHECK, STATUS_NOT_MAPPED = "matched", "check", "not_mapped"
TargetRole = Qt.ItemDataRole.UserRole + 1  # the target name of a row
StatusRole = Qt.ItemDataRole.UserRole + 2  # STATUS_* of a row
RequiredRole = Qt.ItemDataRole.UserRole + 3  # bool


@dataclass(frozen=True)
class Sample:
    """One live sample: the cell as the user sees it, what will be sent, or why it will not."""

    row_number: int
    source: str
    sent: str
    problem: str = ""


def sent_text(value: Any, kind: str, zone: str | None = None) -> str:
    """Return a converted value as the sample column shows it (dates readable as well)."""
    if value is None:
        return ""
    if kind == "datetime" and isinstance(value, str) and value.isdigit():
        # Sent as epoch milliseconds: a marketer reads the moment in the field's zone.
        return epoch_moment_text(int(value), zone)
    if kind == "date" and isinstance(value, int) and not isinstance(value, bool):
        # HubSpot wants epoch milliseconds; a marketer reads the day (the event panel has both).
        day = dt.datetime.fromtimestamp(value / 1000, tz=dt.UTC).date()
        return day_text(day)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def day_text(day: dt.date) -> str:
    """Return a calendar day as the locale writes it, with the year in full (3/17/2025)."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def problem_sentence(problem: Any) -> str:
    """Return a problem as a sentence in the interface language."""
    return problem_text(problem)


class MappingModel(QAbstractTableModel):
    """Target fields of a destination and how each gets its value."""

    def __init__(self, mapping: Mapping, sheet: SheetData | None = None) -> None:
        super().__init__()
        self._mapping = mapping
        self._sheet = sheet
        self._rules: dict[str, FieldRule] = copy.deepcopy(dict(mapping.fields))
        self._targets: list[TargetField] = targets_for(mapping)
        self._confidence: dict[str, float] = {}
        self._samples: dict[str, list[Sample]] = {}
        self._event_columns: list[str] = list(mapping.event_id.columns)
        self._date_orders: dict[str, tuple[str, str]] = {}
        # The zone a date field gets when the window gives it a column (None: UTC, as in files).
        self.default_timezone: str | None = None

    # ----------------------------------------------------------------- data access
    @property
    def targets(self) -> list[TargetField]:
        """The target fields, required first."""
        return list(self._targets)

    @property
    def sheet(self) -> SheetData | None:
        """The sheet the samples come from."""
        return self._sheet

    def headers(self) -> list[str]:
        """Return the sheet's column names (empty without a sheet)."""
        return list(self._sheet.headers) if self._sheet is not None else []

    def target(self, row: int) -> TargetField:
        """Return the target field of a row."""
        return self._targets[row]

    def row_of(self, name: str) -> int:
        """Return the row of a target name (ValueError if absent)."""
        for row, target in enumerate(self._targets):
            if target.name == name:
                return row
        raise ValueError(name)

    def rule(self, name: str) -> FieldRule | None:
        """Return the rule of a target, or None when it is not mapped."""
        return self._rules.get(name)

    def confidence(self, name: str) -> float | None:
        """Auto-match confidence of a target's column (None: chosen by the user or a file)."""
        return self._confidence.get(name)

    def to_mapping(self) -> Mapping:
        """Return the edited mapping (a new object; the original is untouched)."""
        mapping = copy.copy(self._mapping)
        # An extra data field keeps its name even without a value: the user added it on purpose.
        mapping.fields = {
            name: copy.deepcopy(rule)
            for name, rule in self._rules.items()
            if _is_set(rule) or name.startswith(EXTRA_PREFIX)
        }
        for target in self._targets:
            if target.name.startswith(EXTRA_PREFIX) and target.name not in mapping.fields:
                mapping.fields[target.name] = FieldRule()
        event_id = self._mapping.event_id
        mapping.event_id = EventIdRule(list(self._event_columns), event_id.prefix, event_id.extra)
        return mapping

    # ----------------------------------------------------------------- what makes a row unique
    def event_id_columns(self) -> list[str]:
        """Columns whose values make an event unique (empty: every mapped value)."""
        return list(self._event_columns)

    def set_event_id_columns(self, columns: list[str]) -> None:
        """Choose the columns that make an event unique (empty: every mapped value)."""
        self._event_columns = [c for c in dict.fromkeys(columns) if c]

    def clear_missing_event_columns(self) -> list[str]:
        """Go back to every mapped value when a unique-row column is not in this sheet.

        Returns the missing columns. A mapping made for another file would otherwise make every
        row fail with a column the window shows nowhere; keeping only the columns that remain
        would quietly change which rows count as the same event.
        """
        if self._sheet is None:
            return []
        headers = set(self._sheet.headers)
        missing = [c for c in self._event_columns if c not in headers]
        if missing:
            self._event_columns = []
        return missing

    # ----------------------------------------------------------------- extra data fields
    def extra_names(self) -> list[str]:
        """Names of the extra data fields, in table order."""
        return [
            t.name[len(EXTRA_PREFIX) :] for t in self._targets if t.name.startswith(EXTRA_PREFIX)
        ]

    def extra_name_problem(self, name: str, current: str | None = None) -> str | None:
        """Return why ``name`` cannot name an extra data field (``empty``, ``taken``) or None."""
        name = name.strip()
        if not name or not EXTRA_NAME.fullmatch(name):
            return "empty" if not name else "invalid"
        if name != current and name in self.extra_names():
            return "taken"
        return None

    def add_extra(self, name: str) -> str:
        """Add an extra data field (HubSpot only) at the end of the table; return its target."""
        target = EXTRA_PREFIX + name.strip()
        row = len(self._targets)
        self.beginInsertRows(QModelIndex(), row, row)
        self._targets.append(_extra_target(target))
        self._rules.setdefault(target, FieldRule())
        self.endInsertRows()
        return target

    def rename_extra(self, target: str, name: str) -> str:
        """Rename an extra data field, keeping its rule; return the new target name."""
        new_target = EXTRA_PREFIX + name.strip()
        if new_target == target:
            return target
        row = self.row_of(target)
        self._targets[row] = _extra_target(new_target)
        self._rules = {
            (new_target if key == target else key): rule for key, rule in self._rules.items()
        }
        for cache in (self._confidence, self._samples):
            if target in cache:
                cache[new_target] = cache.pop(target)  # type: ignore[index]
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        return new_target

    def remove_extra(self, target: str) -> None:
        """Remove an extra data field and its rule."""
        row = self.row_of(target)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._targets[row]
        self._rules.pop(target, None)
        self._confidence.pop(target, None)
        self._samples.pop(target, None)
        self.endRemoveRows()

    def date_order(self, name: str) -> tuple[str, str] | None:
        """Return (``day_first``/``month_first``, the value that settled it) for a date field.

        Set when the column's own values settle the order of text dates (see
        ``app.core.conversion.date_text.infer_day_order``); None when a format is chosen or nothing
        settles it.
        """
        self.samples(name)
        return self._date_orders.get(name)

    # ----------------------------------------------------------------- editing
    def set_rule(self, name: str, rule: FieldRule | None, confidence: float | None = None) -> None:
        """Replace a target's rule (None: do not import) and refresh its row."""
        if rule is None or not _is_set(rule):
            self._rules.pop(name, None)
        else:
            self._rules[name] = rule
        if confidence is None:
            self._confidence.pop(name, None)
        else:
            self._confidence[name] = confidence
        self._samples.pop(name, None)
        row = self.row_of(name)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def set_column(self, name: str, column: str | None) -> None:
        """Feed a target from a column (None: do not import), keeping its conversion options."""
        current = self._rules.get(name)
        rule = copy.deepcopy(current or FieldRule())
        rule.column = column
        rule.value = None
        if current is None and rule.timezone is None and self._is_date(name):
            rule.timezone = self.default_timezone  # a marketer's "14:30" is their own clock
        self.set_rule(name, rule if column else None)

    def _is_date(self, name: str) -> bool:
        return self.target(self.row_of(name)).kind in ("date", "datetime")

    def set_value(self, name: str, value: Any) -> None:
        """Give a target a fixed value for every row."""
        current = self._rules.get(name) or FieldRule()
        rule = copy.deepcopy(current)
        rule.column = None
        rule.value = value
        self.set_rule(name, rule if value not in (None, "") else FieldRule(value=""))

    def set_options(self, name: str, **changes: Any) -> None:
        """Change conversion options (format, timezone, value_map, match_labels) of a target."""
        rule = copy.deepcopy(self._rules.get(name) or FieldRule())
        for key, value in changes.items():
            setattr(rule, key, value)
        self._rules[name] = rule
        self._samples.pop(name, None)
        row = self.row_of(name)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def replace_mapping(self, mapping: Mapping) -> None:
        """Show another mapping (a loaded file, a remembered mapping)."""
        self.beginResetModel()
        self._mapping = mapping
        self._rules = copy.deepcopy(dict(mapping.fields))
        self._targets = targets_for(mapping)
        self._confidence.clear()
        self._samples.clear()
        self._event_columns = list(mapping.event_id.columns)
        self.endResetModel()

    def clear_missing_columns(self) -> list[str]:
        """Unmap fields fed by columns the sheet does not have; return those column names.

        A mapping made for another export (or loaded from a file) may name columns this sheet
        lacks; leaving them would look mapped while every row fails.
        """
        if self._sheet is None:
            return []
        headers = set(self._sheet.headers)
        missing: list[str] = []
        for name, rule in list(self._rules.items()):
            if rule.column and rule.column not in headers:
                if rule.column not in missing:
                    missing.append(rule.column)
                del self._rules[name]
                self._samples.pop(name, None)
                self._confidence.pop(name, None)
        if missing and self._targets:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, COLUMN_COUNT - 1)
            )
        return missing

    def auto_match(self, only_unmapped: bool = True) -> int:
        """Propose columns for targets by name; return how many targets got a column."""
        headers = self.headers()
        if not headers:
            return 0
        taken = {r.column for r in self._rules.values() if r.column}
        proposals = propose_matches(headers, self._targets, self._mapping)
        matched = 0
        kinds = {t.name: t.kind for t in self._targets}
        for name, (column, confidence) in proposals.items():
            if name not in kinds or column in taken:
                continue
            if only_unmapped and _is_set(self._rules.get(name)):
                continue
            taken.add(column)
            self.set_column(name, column)
            if kinds[name] in ("date", "datetime"):
                self._suggest_date_format(name, column)
            self._confidence[name] = confidence
            matched += 1
        if matched:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, COLUMN_COUNT - 1)
            )
        return matched

    def _suggest_date_format(self, name: str, column: str) -> None:
        """Preset the date format when the column's text dates can be read only one way."""
        try:
            from app.core.conversion.automatch import suggest_date_format
        except ImportError:  # a build without auto-match: no format is preset
            log.debug("auto-match is not available: no date format suggested for %s", name)
            return
        assert self._sheet is not None
        position = self._sheet.headers.index(column)
        fmt = suggest_date_format(row[position] for row in self._sheet.rows[:SAMPLE_SCAN_ROWS])
        if fmt:
            self.set_options(name, format=fmt)

    # ----------------------------------------------------------------- checks
    def missing_required(self) -> list[tuple[str, ...]]:
        """Return what must still be mapped (see the core mapping's ``missing_required``)."""
        return missing_required(self.to_mapping())

    def unused_columns(self) -> list[str]:
        """Columns of the sheet no field uses (they will not be imported)."""
        used = {r.column for r in self._rules.values() if r.column}
        return [h for h in self.headers() if h not in used]

    def shared_columns(self) -> dict[str, list[str]]:
        """Columns that feed more than one field: column -> target labels."""
        users: dict[str, list[str]] = {}
        for target in self._targets:
            rule = self._rules.get(target.name)
            if rule is not None and rule.column:
                users.setdefault(rule.column, []).append(target_label(target))
        return {column: labels for column, labels in users.items() if len(labels) > 1}

    def samples(self, name: str) -> list[Sample]:
        """Up to three rows with a value for this field: the cell, then what will be sent."""
        if name in self._samples:
            return self._samples[name]
        result: list[Sample] = []
        rule = self._rules.get(name)
        sheet = self._sheet
        if sheet is not None and rule is not None and _is_set(rule):
            single = copy.copy(self._mapping)
            single.fields = {name: rule}
            try:
                compiled = compile_mapping(single, sheet.headers, sheet.rows)
            except Exception:  # noqa: BLE001 - a rule the core rejects shows as "Check"
                log.debug("the rule of %s does not compile; no samples", name, exc_info=True)
                compiled = None
            order = compiled.date_orders.get(name) if compiled is not None else None
            if order is None:
                self._date_orders.pop(name, None)
            else:
                self._date_orders[name] = order
            position = sheet.headers.index(rule.column) if rule.column in sheet.headers else None
            kind = self.target(self.row_of(name)).kind
            for index, row in enumerate(sheet.rows[:SAMPLE_SCAN_ROWS]):
                if position is not None and row[position] in (None, ""):
                    continue
                source = cell_text(row[position]) if position is not None else cell_text(rule.value)
                if compiled is None:
                    break
                outcome = compiled.convert(index, sheet.row_numbers[index], row)
                problems = [p for p in outcome.problems if p.target == name]
                sent = sent_text(value_at(outcome.event, name), kind, rule.timezone)
                problem = problem_sentence(problems[0]) if problems else ""
                result.append(Sample(sheet.row_numbers[index], source, sent, problem))
                if len(result) == SAMPLE_COUNT or position is None:
                    break
        self._samples[name] = result
        return result

    def status(self, name: str) -> tuple[str, str]:
        """Return (STATUS_*, explanation) for a target."""
        rule = self._rules.get(name)
        if not _is_set(rule):
            return STATUS_NOT_MAPPED, QCoreApplication.translate(
                "MappingModel", "No column or fixed value gives this field a value."
            )
        assert rule is not None
        if rule.column and self._sheet is not None and rule.column not in self._sheet.headers:
            return STATUS_CHECK, QCoreApplication.translate(
                "MappingModel", "The column \u201c{column}\u201d is not in this file."
            ).format(column=rule.column)
        bad = [s for s in self.samples(name) if s.problem]
        if bad:
            return STATUS_CHECK, bad[0].problem
        confidence = self._confidence.get(name)
        if confidence is not None and confidence < CONFIDENT:
            return STATUS_CHECK, QCoreApplication.translate(
                "MappingModel", "Matched by a similar name ({percent} % sure): check it."
            ).format(percent=round(confidence * 100))
        if confidence is not None:
            return STATUS_MATCHED, QCoreApplication.translate(
                "MappingModel", "Matched by name ({percent} % sure)."
            ).format(percent=round(confidence * 100))
        return STATUS_MATCHED, QCoreApplication.translate("MappingModel", "Every sample converts.")

    def status_counts(self) -> dict[str, int]:
        """How many targets are in each status."""
        counts = {STATUS_MATCHED: 0, STATUS_CHECK: 0, STATUS_NOT_MAPPED: 0}
        for target in self._targets:
            counts[self.status(target.name)[0]] += 1
        return counts

    def source_text(self, name: str) -> str:
        """Where a field's value comes from, as the table shows it."""
        rule = self._rules.get(name)
        if rule is None or not _is_set(rule):
            return QCoreApplication.translate("MappingModel", "Don't import")
        if rule.column:
            return rule.column
        return QCoreApplication.translate(
            "MappingModel", "Fixed value: \u201c{value}\u201d"
        ).format(value=cell_text(rule.value))

    def _needed(self, target: TargetField) -> bool:
        """Return True for a required field, or an identifier of a group none of which is mapped."""
        if target.required:
            return True
        if target.one_of:
            return not any(_is_set(self._rules.get(name)) for name in target.one_of)
        return False

    # ----------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        """One row per target field."""
        return 0 if parent.isValid() else len(self._targets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        """Field, type, source, sample, status."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("MappingModel", "Field"),
            QCoreApplication.translate("MappingModel", "Type"),
            QCoreApplication.translate("MappingModel", "Comes from"),
            QCoreApplication.translate("MappingModel", "Sample \u2192 value that will be sent"),
            QCoreApplication.translate("MappingModel", "Status"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, status icons, tooltips and the roles tests and views read."""
        if not index.isValid():
            return None
        target = self._targets[index.row()]
        column = index.column()
        if role == TargetRole:
            return target.name
        if role == RequiredRole:
            return self._needed(target)
        if role == StatusRole:
            return self.status(target.name)[0]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == FIELD_COLUMN:
                if target.required:
                    return QCoreApplication.translate("MappingModel", "{label} (required)").format(
                        label=target_label(target)
                    )
                if target.one_of:
                    others = ", ".join(
                        target_label(t)
                        for t in self._targets
                        if t.name in target.one_of and t is not target
                    )
                    return QCoreApplication.translate(
                        "MappingModel", "{label} (or {others})"
                    ).format(label=target_label(target), others=others)
                return target_label(target)
            if column == TYPE_COLUMN:
                return kind_text(target.kind)
            if column == SOURCE_COLUMN:
                return self.source_text(target.name)
            if column == SAMPLE_COLUMN:
                samples = self.samples(target.name)
                if not samples:
                    return ""
                first = samples[0]
                if first.problem:
                    return QCoreApplication.translate(
                        "MappingModel", "{source} \u2192 not sendable"
                    ).format(source=first.source)
                return f"{first.source} \u2192 {first.sent}"
            if column == STATUS_COLUMN:
                code = self.status(target.name)[0]
                return {
                    STATUS_MATCHED: QCoreApplication.translate("MappingModel", "Matched"),
                    STATUS_CHECK: QCoreApplication.translate("MappingModel", "Check"),
                    STATUS_NOT_MAPPED: QCoreApplication.translate("MappingModel", "Not mapped"),
                }[code]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FIELD_COLUMN:
                return target_description(target) or None
            if column == STATUS_COLUMN:
                return self.status(target.name)[1]
            if column == SOURCE_COLUMN:
                return self.source_text(target.name)
            if column == SAMPLE_COLUMN:
                lines = []
                for sample in self.samples(target.name):
                    shown = sample.problem or sample.sent
                    line = QCoreApplication.translate(
                        "MappingModel", "Row {row}: {source} \u2192 {sent}"
                    )
                    lines.append(
                        line.format(row=sample.row_number, source=sample.source, sent=shown)
                    )
                return "\n".join(lines) or None
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS_COLUMN:
            code = self.status(target.name)[0]
            pixmap = {
                STATUS_MATCHED: QStyle.StandardPixmap.SP_DialogApplyButton,
                STATUS_CHECK: QStyle.StandardPixmap.SP_MessageBoxWarning,
                STATUS_NOT_MAPPED: QStyle.StandardPixmap.SP_DialogCancelButton,
            }[code]
            if code == STATUS_NOT_MAPPED and not self._needed(target):
                return blank_icon()  # optional and unused: nothing to flag, text kept in line
            app = QApplication.instance()
            return app.style().standardIcon(pixmap) if isinstance(app, QApplication) else None
        if role == Qt.ItemDataRole.FontRole and column == FIELD_COLUMN and self._needed(target):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column == STATUS_COLUMN:
            return self.status(target.name)[1]
        return None


EXTRA_PREFIX = "extraData."
EXTRA_NAME = re.compile(r"[^\s.][^.]{0,99}")  # a key of HubSpot's extraData object: no dots


def _extra_target(target: str) -> TargetField:
    name = target[len(EXTRA_PREFIX) :]
    return TargetField(
        target,
        f"Extra data: {name}",
        "json",
        False,
        (),
        "Free-form data shown in the event's details.",
    )


def _is_set(rule: FieldRule | None) -> bool:
    if rule is None:
        return False
    return bool(rule.column) or rule.value not in (None, "") or rule.default not in (None, "")


def propose_matches(
    headers: list[str], targets: list[TargetField], mapping: Mapping
) -> dict[str, tuple[str, float]]:
    """Return target -> (column, confidence) proposed by the core's auto-match.

    The core answers with proposals naming a target, a column and a confidence (a list, or a
    dict keyed by target); both are read.
    """
    try:
        from app.core.conversion import automatch
    except ImportError:  # a build without auto-match: the user maps by hand
        log.debug("auto-match is not available: no columns proposed")
        return {}
    result = automatch.auto_match(headers, targets)
    items = result.items() if isinstance(result, dict) else ((None, p) for p in result)
    proposals: dict[str, tuple[str, float]] = {}
    for key, proposal in items:
        target = getattr(proposal, "target", None) or key
        column = getattr(proposal, "column", None)
        if target is None or not column:
            continue
        confidence = getattr(proposal, "confidence", None)
        proposals[str(getattr(target, "name", target))] = (
            str(column),
            float(confidence) if confidence is not None else 1.0,
        )
    return proposals
