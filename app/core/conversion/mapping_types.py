"""The plain data types of a mapping, shared by ``mapping`` and every destination module.

Kept apart from ``mapping.py`` so that the destination modules (which ``mapping.py`` asks about
settings, targets and rules) can use them without importing ``mapping.py`` back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.echo import echo

EVENT_ID_PREFIX_MAX = 40


class MappingError(Exception):
    """A mapping file that cannot be used; ``code`` is stable, the message names the problem.

    Codes: ``file_missing``, ``file_unreadable``, ``json_invalid``, ``not_an_object``,
    ``format_wrong``, ``version_unsupported``, ``destination_unknown``, ``settings_missing``,
    ``settings_invalid``, ``token_invalid``, ``fields_invalid``, ``rule_invalid``,
    ``target_unknown``, ``target_not_allowed``, ``type_not_allowed``, ``timezone_unknown``,
    ``event_id_invalid``.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class TokenOption:
    """One allowed value of an enumeration token."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class TokenSpec:
    """A typed field a destination defines (a template's token, for example).

    ``type`` is one of the destination's field types (string, number, date, datetime,
    enumeration); ``options`` lists an enumeration's allowed values.
    """

    name: str
    type: str
    label: str | None = None
    options: tuple[TokenOption, ...] = ()


@dataclass(slots=True)
class FieldRule:
    """How one target field gets its value.

    Exactly one of ``column`` (a header of the sheet) or ``value`` (a constant) is set, unless the
    rule only carries a ``default``. ``type`` overrides the type implied by the target;
    ``format`` is a strftime pattern for dates given as text; ``timezone`` is an IANA name
    applied to dates without an offset; ``default`` is used when the cell is empty;
    ``value_map`` maps file values to enumeration option values (``{"Débutant": "beginner"}``);
    ``match_labels`` lets option labels stand for their values, case-insensitively. ``decimal``
    (``","`` or ``"."``) settles numbers such as ``1,234`` that read differently in English and
    French.
    """

    column: str | None = None
    value: Any = None
    type: str | None = None
    format: str | None = None
    timezone: str | None = None
    default: Any = None
    value_map: dict[str, str] = field(default_factory=dict)
    match_labels: bool = True
    decimal: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # unknown keys, kept on save


@dataclass(slots=True)
class EventIdRule:
    """How each event's deterministic id is derived.

    With ``columns`` the id hashes those columns' values (plus the template); without, it hashes
    every mapped value of the row. ``prefix`` is prepended so ids are recognisable in HubSpot.
    """

    columns: list[str] = field(default_factory=list)
    prefix: str = "el"
    extra: dict[str, Any] = field(default_factory=dict)  # unknown keys, kept on save


@dataclass(frozen=True, slots=True)
class TargetField:
    """A field of the destination's event that a column can feed, as the mapping editor lists it.

    ``kind`` is the value type the converter produces: string, number, date, datetime,
    enumeration, boolean, object_type, relationship_type, json. ``one_of`` names a group of
    targets of which at least one must be mapped (HubSpot contacts: email, objectId or utk);
    ``required`` is for targets needed on their own. ``help`` is the destination's own sentence
    for the window (marked for translation in the "Destinations" context, ``{name}`` and
    ``{type}`` filled in there); without it the window uses its own words for the field.
    """

    name: str
    label: str
    kind: str
    required: bool = False
    options: tuple[TokenOption, ...] = ()
    description: str = ""
    one_of: tuple[str, ...] = ()
    help: str = ""


def as_int(value: Any, what: str) -> int:
    """Read a whole number from a mapping file (digits as text accepted); raise ``MappingError``."""
    if isinstance(value, bool):
        raise MappingError("settings_invalid", f"{what} must be a whole number.")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise MappingError("settings_invalid", f'{what} must be a whole number, not "{echo(value)}".')


def parse_typed_field(item: Any, types: tuple[str, ...], noun: str = "Token") -> TokenSpec:
    """Read one ``{"name", "type", "label", "options"}`` entry (a typed field).

    ``noun`` names the entry in messages ("Token score has type ...").
    """
    lower = noun.lower()
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"]:
        raise MappingError("token_invalid", f"Each {lower} needs a name.")
    name = item["name"]
    field_type = item.get("type")
    if field_type not in types:
        raise MappingError(
            "token_invalid",
            f'{noun} "{echo(name)}" has type "{echo(field_type)}"; known types are '
            f"{', '.join(types)}.",
        )
    label = item.get("label")
    options: list[TokenOption] = []
    for option in item.get("options") or []:
        if isinstance(option, dict) and "value" in option:
            value = str(option["value"])
            options.append(TokenOption(label=str(option.get("label", value)), value=value))
        elif isinstance(option, str):
            options.append(TokenOption(label=option, value=option))
        else:
            raise MappingError(
                "token_invalid", f'{noun} "{echo(name)}" has an option without a value.'
            )
    if field_type == "enumeration" and not options:
        raise MappingError(
            "token_invalid", f'{noun} "{echo(name)}" is an enumeration without options.'
        )
    return TokenSpec(
        name=name,
        type=field_type,
        label=label if isinstance(label, str) and label else None,
        options=tuple(options),
    )


def parse_typed_fields(data: Any, types: tuple[str, ...], noun: str = "Token") -> list[TokenSpec]:
    """Read a list of typed fields, refusing a name given twice."""
    if not isinstance(data, list):
        raise MappingError("token_invalid", f"{noun}s must be a list.")
    result: list[TokenSpec] = []
    seen: set[str] = set()
    for item in data:
        spec = parse_typed_field(item, types, noun)
        if spec.name in seen:
            raise MappingError("token_invalid", f'{noun} "{echo(spec.name)}" is listed twice.')
        seen.add(spec.name)
        result.append(spec)
    return result


def typed_field_to_dict(spec: TokenSpec) -> dict[str, Any]:
    """Return the mapping-file form of a typed field."""
    out: dict[str, Any] = {"name": spec.name, "type": spec.type}
    if spec.label is not None:
        out["label"] = spec.label
    if spec.options:
        out["options"] = [{"label": o.label, "value": o.value} for o in spec.options]
    return out


def options_of(names: tuple[str, ...]) -> tuple[TokenOption, ...]:
    """Options whose label is their value (closed lists of names)."""
    return tuple(TokenOption(label=n, value=n) for n in names)
