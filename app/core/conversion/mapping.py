"""The mapping file: which spreadsheet column (or fixed value) feeds which field of an event.

Format ``event-loader-mapping`` version 1 is a JSON object users can share (specified in
``docs/mapping-format.md``). It carries a snapshot of the destination's settings (what the
account lists: a template's object type and its typed fields, for example) so that a file can
be validated offline, before any account is set up.

Each destination (``app.core.destinations``) owns its settings block and its targets; this module
reads and writes the parts every mapping shares (fields, rules, event id) and asks the
destination about the rest.

Loading is strict about what would make a conversion wrong (unknown target, bad time zone, token
types the converter does not know) and lenient about the rest: keys this version does not know are
kept and written back on save, so a file edited by a newer version survives a round trip.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core import destinations as registry
from app.core.conversion.date_formats import format_problem
from app.core.conversion.mapping_limits import is_known_zone, size_problem
from app.core.conversion.mapping_types import (
    EVENT_ID_PREFIX_MAX,
    EventIdRule,
    FieldRule,
    MappingError,
    TargetField,
    TokenOption,
    TokenSpec,
)
from app.core.echo import echo

MAPPING_FORMAT = "event-loader-mapping"
MAPPING_VERSION = 1
DESTINATIONS = registry.keys()
Destination = str  # one of ``DESTINATIONS``


@dataclass(init=False)
class Mapping:
    """A whole mapping file, as loaded (see module docstring).

    ``blocks`` holds the destination settings by ``Destination.attr``; each is also an attribute
    (``mapping.hubspot``, ``mapping.pipeless``, ...) and a keyword of the
    constructor, None when absent. ``settings`` is the block of the mapping's own destination.
    """

    destination: str
    fields: dict[str, FieldRule]
    event_id: EventIdRule
    name: str | None
    extra: dict[str, Any]  # unknown keys, kept on save
    blocks: dict[str, Any]

    def __init__(
        self,
        destination: str,
        fields: dict[str, FieldRule],
        event_id: EventIdRule | None = None,
        name: str | None = None,
        extra: dict[str, Any] | None = None,
        blocks: dict[str, Any] | None = None,
        **settings: Any,
    ) -> None:
        self.destination = destination
        self.fields = fields
        self.event_id = event_id if event_id is not None else EventIdRule()
        self.name = name
        self.extra = extra if extra is not None else {}
        self.blocks = dict(blocks or {})
        for attr, value in settings.items():
            if registry.by_attr(attr) is None:
                raise TypeError(f"Mapping() got an unexpected keyword argument {attr!r}")
            if value is None:
                self.blocks.pop(attr, None)  # ``replace(mapping, hubspot=None)`` drops it
            else:
                self.blocks[attr] = value

    def __getattr__(self, name: str) -> Any:
        # Only called when normal lookup fails: the destination blocks by attribute name.
        if name != "blocks" and registry.by_attr(name) is not None:
            try:
                return self.__dict__["blocks"].get(name)
            except KeyError:
                raise AttributeError(name) from None
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        if registry.by_attr(name) is not None:
            if value is None:
                self.blocks.pop(name, None)
            else:
                self.blocks[name] = value
            return
        object.__setattr__(self, name, value)

    @property
    def settings(self) -> Any:
        """The settings block of the mapping's own destination, or None."""
        return settings_of(self)


def settings_of(mapping: Mapping) -> Any:
    """Return the settings block of the mapping's destination, or None."""
    destination = registry.find(mapping.destination)
    return None if destination is None else mapping.blocks.get(destination.attr)


def destination_of(mapping: Mapping) -> registry.Destination[Any]:
    """Return the mapping's destination; ``MappingError`` when it has no settings."""
    destination = registry.find(mapping.destination)
    if destination is None:
        raise MappingError("destination_unknown", f"Unknown destination {mapping.destination!r}.")
    if mapping.blocks.get(destination.attr) is None:
        raise MappingError("settings_missing", "The mapping has no destination settings.")
    return destination


def for_settings(settings: Any) -> registry.Destination[Any]:
    """Return the destination whose settings type ``settings`` is."""
    for destination in registry.all_destinations():
        if isinstance(settings, destination.settings_type):
            return destination
    raise TypeError(f"not destination settings: {type(settings).__name__}")


def mapping_fingerprint_data(mapping: Mapping) -> dict[str, Any]:
    """Return the mapping as plain data in the shape run fingerprints have always hashed.

    Blocks are top-level keys (as they were before destinations had modules of their own), so
    a run started by an earlier version is still found when resumed.
    """
    data = dataclasses.asdict(mapping)
    blocks = data.pop("blocks")
    for destination in registry.all_destinations():
        value = blocks.get(destination.attr)
        if value is not None or destination.always_in_fingerprint:
            data[destination.attr] = value
    return data


# ---------------------------------------------------------------------------------------------
# Targets


def targets_for(mapping_or_settings: Any) -> list[TargetField]:
    """List the target fields of a destination, required ones first (from a mapping or settings).

    Each destination lists its own: for HubSpot timeline events the record identifiers, the
    timestamp, the template's tokens and the extra data a mapping already uses.
    """
    if isinstance(mapping_or_settings, Mapping):
        destination = destination_of(mapping_or_settings)
        return destination.targets(settings_of(mapping_or_settings), mapping_or_settings)
    return for_settings(mapping_or_settings).targets(mapping_or_settings, None)


def target_kind(mapping: Mapping, target: str) -> str:
    """Return the value kind the converter produces for ``target`` (see ``TargetField.kind``)."""
    return registry.get(mapping.destination).target_kind(mapping, target)


def target_label(mapping: Mapping, target: str) -> str:
    """Return the label the editor shows for ``target`` (a token's label, else its name)."""
    destination = registry.find(mapping.destination)
    return target if destination is None else destination.target_label(mapping, target)


def missing_required(mapping: Mapping) -> list[tuple[str, ...]]:
    """Return what must still be mapped: one tuple per requirement, of the targets that satisfy it.

    A plain required target gives a one-element tuple; HubSpot contacts give
    ``("email", "objectId", "utk")`` when none of the three is mapped. Empty when complete.
    """
    missing: list[tuple[str, ...]] = []
    seen_groups: set[tuple[str, ...]] = set()
    for target in targets_for(mapping):
        mapped = _is_mapped(mapping.fields.get(target.name))
        if target.required and not mapped:
            missing.append((target.name,))
        elif target.one_of and target.one_of not in seen_groups:
            seen_groups.add(target.one_of)
            if not any(_is_mapped(mapping.fields.get(n)) for n in target.one_of):
                missing.append(target.one_of)
    return missing


def _is_mapped(rule: FieldRule | None) -> bool:
    """Tell whether a rule feeds its field: a column, or a non-blank value or default."""

    def given(value: Any) -> bool:
        return value is not None and not (isinstance(value, str) and not value.strip())

    return rule is not None and (
        rule.column is not None or given(rule.value) or given(rule.default)
    )


# ---------------------------------------------------------------------------------------------
# Loading


def load_mapping(path: str | Path) -> Mapping:
    """Load and check a mapping file; raise ``MappingError`` with a clear message if unusable.

    Messages name the file, so a caller can print them as they are.
    """
    path = Path(path)
    name = path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise MappingError("file_missing", f"{name}: mapping file not found.") from None
    except IsADirectoryError:
        raise MappingError(
            "file_unreadable", f"{name}: this is a folder, not a mapping file."
        ) from None
    except OSError as exc:
        raise MappingError(
            "file_unreadable", f"{name}: the mapping file cannot be read ({exc.strerror})."
        ) from None
    problem = size_problem(raw)
    if problem is not None:
        raise MappingError("file_too_large", f"{name}: {problem}")
    try:
        text = raw.decode("utf-8-sig")
        data = json.loads(text)
    except UnicodeDecodeError:
        raise MappingError(
            "json_invalid", f"{name}: this is not a mapping file (it is not JSON text)."
        ) from None
    except json.JSONDecodeError as exc:
        raise MappingError(
            "json_invalid",
            f"{name}: this mapping file is not valid JSON (line {exc.lineno}, column {exc.colno}: "
            f"{exc.msg}). Fix it in a text editor or save the mapping again from Event Loader.",
        ) from None
    except (ValueError, RecursionError):  # a number of thousands of digits, say
        raise MappingError(
            "json_invalid",
            f"{name}: this mapping file holds a value Event Loader cannot read. Fix it in a text "
            "editor or save the mapping again from Event Loader.",
        ) from None
    try:
        return parse_mapping(data)
    except MappingError as exc:
        raise MappingError(exc.code, f"{name}: {exc}") from None


def parse_mapping(data: dict[str, Any]) -> Mapping:
    """Build a ``Mapping`` from already-parsed JSON (see ``load_mapping``)."""
    if not isinstance(data, dict):
        raise MappingError("not_an_object", "This is not a mapping: expected a JSON object.")
    data = dict(data)
    fmt = data.pop("format", None)
    if fmt != MAPPING_FORMAT:
        raise MappingError(
            "format_wrong",
            f'This is not an Event Loader mapping ("format" must be "{MAPPING_FORMAT}").',
        )
    version = data.pop("version", None)
    if isinstance(version, bool) or not isinstance(version, int):
        raise MappingError("format_wrong", 'The mapping has no "version" number.')
    if version != MAPPING_VERSION:
        raise MappingError(
            "version_unsupported",
            f"This mapping uses format version {echo(version)}; this Event Loader reads version "
            f"{MAPPING_VERSION}. Update Event Loader or save the mapping again with this version.",
        )
    key = data.pop("destination", None)
    destination = registry.find(key)
    if destination is None:
        known = ", ".join(f'"{k}"' for k in registry.keys())
        raise MappingError(
            "destination_unknown", f'Unknown destination "{echo(key)}": use one of {known}.'
        )
    block = data.pop(destination.block, None)
    if not isinstance(block, dict):
        raise MappingError("settings_missing", destination.settings_missing())
    settings = destination.parse_settings(block)
    # Settings of the other destinations stay in ``extra``: not ours to judge, kept untouched.

    name = data.pop("name", None)
    if name is not None and not isinstance(name, str):
        raise MappingError("settings_invalid", '"name" must be text.')
    fields_data = data.pop("fields", None)
    if fields_data is None:
        fields_data = {}
    if not isinstance(fields_data, dict):
        raise MappingError("fields_invalid", '"fields" must be an object of target: rule.')
    event_id = _parse_event_id(data.pop("event_id", None))

    mapping = Mapping(
        destination=destination.key,
        fields={},
        event_id=event_id,
        name=name,
        extra=data,
        blocks={destination.attr: settings},
    )
    for target, rule_data in fields_data.items():
        mapping.fields[target] = _parse_rule(mapping, target, rule_data)
    return mapping


def _parse_event_id(data: Any) -> EventIdRule:
    if data is None:
        return EventIdRule()
    if not isinstance(data, dict):
        raise MappingError(
            "event_id_invalid", '"event_id" must be an object such as {"columns": []}.'
        )
    data = dict(data)
    columns = data.pop("columns", [])
    if not isinstance(columns, list) or not all(isinstance(c, str) and c for c in columns):
        raise MappingError("event_id_invalid", '"event_id" columns must be a list of column names.')
    prefix = data.pop("prefix", "el")
    if (
        not isinstance(prefix, str)
        or len(prefix) > EVENT_ID_PREFIX_MAX
        or not all(c.isascii() and (c.isalnum() or c in "-_.") for c in prefix)
    ):
        raise MappingError(
            "event_id_invalid",
            f'"event_id" prefix must be up to {EVENT_ID_PREFIX_MAX} letters, digits, "-", "_" '
            'or ".".',
        )
    return EventIdRule(columns=list(columns), prefix=prefix, extra=data)


def _check_target(mapping: Mapping, target: str) -> None:
    if not isinstance(target, str) or not target:
        raise MappingError("target_unknown", "A field has no target name.")
    registry.get(mapping.destination).check_target(mapping, target)


_RULE_KEYS = ("column", "value", "type", "format", "timezone", "default", "value_map",
              "match_labels", "decimal")  # fmt: skip


def _parse_rule(mapping: Mapping, target: str, data: Any) -> FieldRule:
    _check_target(mapping, target)
    shown = echo(target)  # an extraData name is free text
    if isinstance(data, str):
        data = {"column": data}  # shorthand a hand-written file may use
    if not isinstance(data, dict):
        raise MappingError(
            "rule_invalid", f'Field {shown}: expected {{"column": ...}} or {{"value": ...}}.'
        )
    extra = {k: v for k, v in data.items() if k not in _RULE_KEYS}
    column = data.get("column")
    value = data.get("value")
    if column is not None and (not isinstance(column, str) or not column):
        raise MappingError("rule_invalid", f"Field {shown}: column must be a column name.")
    if column is not None and value is not None:
        raise MappingError(
            "rule_invalid", f"Field {shown}: give either a column or a fixed value, not both."
        )
    if value is not None and not isinstance(value, str | int | float | bool):
        raise MappingError(
            "rule_invalid", f"Field {shown}: a fixed value must be text, a number or true/false."
        )
    rule_type = data.get("type")
    if rule_type is not None:
        registry.get(mapping.destination).check_rule_type(mapping, target, rule_type)
    fmt = data.get("format")
    if fmt is not None and (not isinstance(fmt, str) or not fmt or format_problem(fmt)):
        raise MappingError(
            "rule_invalid",
            f"Field {shown}: format must be a date pattern such as %d/%m/%Y, naming each part "
            "once with a known % code.",
        )
    tz = data.get("timezone")
    if tz is not None:
        if not isinstance(tz, str) or not tz:
            raise MappingError(
                "timezone_unknown", f"Field {shown}: timezone must be a name such as Europe/Paris."
            )
        if not is_known_zone(tz):
            raise MappingError(
                "timezone_unknown",
                f'Field {shown}: unknown time zone "{echo(tz)}"; use a name such as Europe/Paris '
                "or America/New_York.",
            )
    value_map = data.get("value_map") or {}
    if not isinstance(value_map, dict):
        raise MappingError(
            "rule_invalid", f"Field {shown}: value_map must map file values to options."
        )
    value_map = {str(k): str(v) for k, v in value_map.items()}
    match_labels = data.get("match_labels", True)
    if not isinstance(match_labels, bool):
        raise MappingError("rule_invalid", f"Field {shown}: match_labels must be true or false.")
    decimal = data.get("decimal")
    if decimal not in (None, ",", "."):
        raise MappingError("rule_invalid", f'Field {shown}: decimal must be "," or ".".')
    default = data.get("default")
    if default is not None and not isinstance(default, str | int | float | bool):
        raise MappingError(
            "rule_invalid", f"Field {shown}: a default must be text, a number or true/false."
        )
    return FieldRule(
        column=column,
        value=value,
        type=rule_type,
        format=fmt,
        timezone=tz,
        default=default,
        value_map=value_map,
        match_labels=match_labels,
        decimal=decimal,
        extra=extra,
    )


# ---------------------------------------------------------------------------------------------
# Saving


def mapping_to_dict(mapping: Mapping) -> dict[str, Any]:
    """Return the JSON-ready form of a mapping; ``parse_mapping`` of it gives the same mapping.

    Only keys that differ from their defaults are written, so a file loaded and saved again keeps
    the shape its author gave it.
    """
    out: dict[str, Any] = {
        "format": MAPPING_FORMAT,
        "version": MAPPING_VERSION,
        "destination": mapping.destination,
    }
    if mapping.name is not None:
        out["name"] = mapping.name
    for destination in registry.all_destinations():
        settings = mapping.blocks.get(destination.attr)
        if settings is not None:
            out[destination.block] = destination.settings_to_dict(settings)
    out["fields"] = {target: _rule_to_dict(rule) for target, rule in mapping.fields.items()}
    ev = mapping.event_id
    if ev.columns or ev.prefix != "el" or ev.extra:
        event_id: dict[str, Any] = {}
        if ev.columns:
            event_id["columns"] = list(ev.columns)
        if ev.prefix != "el":
            event_id["prefix"] = ev.prefix
        event_id.update(ev.extra)
        out["event_id"] = event_id
    for key, value in mapping.extra.items():
        out.setdefault(key, value)
    return out


def _rule_to_dict(rule: FieldRule) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if rule.column is not None:
        out["column"] = rule.column
    if rule.value is not None:
        out["value"] = rule.value
    if rule.type is not None:
        out["type"] = rule.type
    if rule.format is not None:
        out["format"] = rule.format
    if rule.timezone is not None:
        out["timezone"] = rule.timezone
    if rule.default is not None:
        out["default"] = rule.default
    if rule.value_map:
        out["value_map"] = dict(rule.value_map)
    if not rule.match_labels:
        out["match_labels"] = False
    if rule.decimal is not None:
        out["decimal"] = rule.decimal
    out.update(rule.extra)
    return out


def save_mapping(mapping: Mapping, path: str | Path) -> None:
    """Write a mapping file atomically (temporary file, then rename).

    A crash mid-write leaves the previous file intact: the new content is flushed to a temporary
    file in the same folder and then renamed over the old one.
    """
    path = Path(path)
    text = json.dumps(mapping_to_dict(mapping), ensure_ascii=False, indent=2) + "\n"
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise


def mapped_columns(mapping: Mapping) -> list[str]:
    """Every column a mapping reads (fields and event-id columns), in mapping order.

    The reader prefers the workbook sheet whose header holds them (``choose_sheet``).
    """
    seen: dict[str, None] = {}
    for rule in mapping.fields.values():
        if rule.column is not None:
            seen.setdefault(rule.column, None)
    for column in mapping.event_id.columns:
        seen.setdefault(column, None)
    return list(seen)


def __getattr__(name: str) -> Any:
    """Offer the names each destination module exports (``HUBSPOT``, ``HubSpotSettings`` ...)."""
    names = registry.exported_names()
    if name in names:
        return names[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DESTINATIONS",
    "MAPPING_FORMAT",
    "MAPPING_VERSION",
    "EventIdRule",
    "FieldRule",
    "Mapping",
    "MappingError",
    "TargetField",
    "TokenOption",
    "TokenSpec",
    "destination_of",
    "for_settings",
    "load_mapping",
    "mapped_columns",
    "mapping_fingerprint_data",
    "mapping_to_dict",
    "missing_required",
    "parse_mapping",
    "save_mapping",
    "settings_of",
    "target_kind",
    "target_label",
    "targets_for",
]
