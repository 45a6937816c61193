"""The mapping file: which spreadsheet column (or fixed value) feeds which field of an event.

Format ``event-loader-mapping`` version 1 is a JSON object users can share (specified in
``docs/mapping-format.md``). It carries a snapshot of the destination's settings (for HubSpot the
event template's object type and tokens) so that a file can be validated offline, before any
account is set up.

Targets are named as the APIs name them: ``email``, ``objectId``, ``utk``, ``domain``,
``timestamp``, ``tokens.<name>``, ``extraData.<name>`` for HubSpot; ``start_object.id``,
``start_object.type``, ``start_object.created_on``, ``relationship.type``,
``relationship.created_on``, ``relationship.single``, ``end_object.id``, ``end_object.type`` ... for
Pipeless.

Loading is strict about what would make a conversion wrong (unknown target, bad time zone, token
types the converter does not know) and lenient about the rest: keys this version does not know are
kept and written back on save, so a file edited by a newer version survives a round trip.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from app.core.dates import format_problem
from app.core.echo import echo
from app.core.mapping_limits import is_known_zone, size_problem

MAPPING_FORMAT = "event-loader-mapping"
MAPPING_VERSION = 1

HUBSPOT = "hubspot-timeline"
PIPELESS = "pipeless"
DESTINATIONS = (HUBSPOT, PIPELESS)
Destination = Literal["hubspot-timeline", "pipeless"]

TOKEN_TYPES = ("string", "number", "date", "enumeration")
# Types a rule may force on an ``extraData.<name>`` field (free-form JSON on HubSpot's side).
EXTRA_DATA_TYPES = ("string", "number", "date", "datetime", "boolean", "json")
CONTACTS = "contacts"
# A contact is found by any one of these; other record types need ``objectId``.
CONTACT_IDENTIFIERS = ("email", "objectId", "utk")
EVENT_ID_PREFIX_MAX = 40

PIPELESS_OBJECT_TYPES = (
    "user", "product", "image", "comment", "article", "post", "video", "content", "tag",
    "category", "app", "book", "person", "skill", "job", "company", "account", "card", "country",
    "state", "film", "cart",
)  # fmt: skip
PIPELESS_RELATIONSHIP_TYPES = (
    "posted", "followed", "liked", "favorited", "saved", "disliked", "purchased", "commentedOn",
    "created", "viewed", "reported", "blocked", "deleted", "authored", "used", "dismissed",
    "loggedIn", "taggedWith", "categorizedIn", "interestedIn", "locatedIn", "readQuarter",
    "readHalf", "readAll", "subscribedTo", "subscribedFrom", "addedTo", "madeBy", "pausedOn",
)  # fmt: skip


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
    """A HubSpot event-template token: ``type`` is string, number, date or enumeration."""

    name: str
    type: str
    label: str | None = None
    options: tuple[TokenOption, ...] = ()


@dataclass(slots=True)
class HubSpotSettings:
    """Destination settings for HubSpot timeline events (a snapshot of the chosen template)."""

    app_id: int
    event_template_id: str
    object_type: str = "contacts"
    tokens: list[TokenSpec] = field(default_factory=list)
    template_name: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # unknown keys, kept on save

    def token(self, name: str) -> TokenSpec | None:
        """Return the template token called ``name``, or None."""
        for spec in self.tokens:
            if spec.name == name:
                return spec
        return None


@dataclass(slots=True)
class PipelessSettings:
    """Destination settings for Pipeless events."""

    app_id: int
    synchronous: bool = False
    extra: dict[str, Any] = field(default_factory=dict)  # unknown keys, kept on save


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


@dataclass(slots=True)
class Mapping:
    """A whole mapping file, as loaded (see module docstring)."""

    destination: Destination
    fields: dict[str, FieldRule]
    hubspot: HubSpotSettings | None = None
    pipeless: PipelessSettings | None = None
    event_id: EventIdRule = field(default_factory=EventIdRule)
    name: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # unknown keys, kept on save


@dataclass(frozen=True, slots=True)
class TargetField:
    """A field of the destination's event that a column can feed, as the mapping editor lists it.

    ``kind`` is the value type the converter produces: string, number, date, datetime,
    enumeration, boolean, object_type, relationship_type, json. ``one_of`` names a group of
    targets of which at least one must be mapped (HubSpot contacts: email, objectId or utk);
    ``required`` is for targets needed on their own.
    """

    name: str
    label: str
    kind: str
    required: bool = False
    options: tuple[TokenOption, ...] = ()
    description: str = ""
    one_of: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------------
# Targets


_CONTACT_ID_NOTE = (
    "A contact is found by its email, its record ID or its user token: map at least one."
)

_HUBSPOT_FIXED: dict[str, tuple[str, str, str]] = {
    # target: (label, kind, description)
    "email": (
        "Email",
        "string",
        "The contact's email address; HubSpot creates the contact if new.",
    ),
    "objectId": ("Record ID", "string", "The HubSpot record ID (digits only)."),
    "utk": ("User token (utk)", "string", "The HubSpot tracking cookie value of a contact."),
    "domain": ("Domain", "string", "The web domain the event happened on, usually with utk."),
    "timestamp": (
        "Event date and time",
        "datetime",
        "When it happened; sets the event's place on the timeline. Empty means now.",
    ),
}

_PIPELESS_FIXED: dict[str, tuple[str, str, bool, str]] = {
    # target: (label, kind, required, description)
    "start_object.id": ("Start object ID", "string", True, "1 to 40 characters."),
    "start_object.type": ("Start object type", "object_type", True, "One of Pipeless's types."),
    "relationship.type": ("Relationship type", "relationship_type", True, "What happened."),
    "end_object.id": ("End object ID", "string", True, "1 to 40 characters."),
    "end_object.type": ("End object type", "object_type", True, "One of Pipeless's types."),
    "relationship.created_on": ("Relationship date", "datetime", False, "When it happened."),
    "relationship.single": (
        "Single relationship",
        "boolean",
        False,
        "True (default): repeats between the same two objects are one relationship.",
    ),
    "start_object.created_on": ("Start object created on", "datetime", False, ""),
    "start_object.modified_on": ("Start object modified on", "datetime", False, ""),
    "end_object.created_on": ("End object created on", "datetime", False, ""),
    "end_object.modified_on": ("End object modified on", "datetime", False, ""),
}


def _object_type_options(names: tuple[str, ...]) -> tuple[TokenOption, ...]:
    return tuple(TokenOption(label=n, value=n) for n in names)


def targets_for(
    mapping_or_settings: Mapping | HubSpotSettings | PipelessSettings,
) -> list[TargetField]:
    """List the target fields of a destination, required ones first.

    For HubSpot: the record identifiers (which ones depend on the template's object type),
    ``timestamp``, one ``tokens.<name>`` per template token, then the ``extraData.<name>`` fields a
    mapping already uses (extra data is free-form, so only a mapping knows its names).
    """
    mapping: Mapping | None = None
    settings: HubSpotSettings | PipelessSettings | None
    if isinstance(mapping_or_settings, Mapping):
        mapping = mapping_or_settings
        settings = mapping.hubspot if mapping.destination == HUBSPOT else mapping.pipeless
        if settings is None:
            raise MappingError("settings_missing", "The mapping has no destination settings.")
    else:
        settings = mapping_or_settings

    if isinstance(settings, PipelessSettings):
        required: list[TargetField] = []
        optional: list[TargetField] = []
        for name, (label, kind, req, description) in _PIPELESS_FIXED.items():
            options: tuple[TokenOption, ...] = ()
            if kind == "object_type":
                options = _object_type_options(PIPELESS_OBJECT_TYPES)
            elif kind == "relationship_type":
                options = _object_type_options(PIPELESS_RELATIONSHIP_TYPES)
            target = TargetField(name, label, kind, req, options, description)
            (required if req else optional).append(target)
        return required + optional

    contacts = settings.object_type == CONTACTS
    result: list[TargetField] = []
    if contacts:
        for name in CONTACT_IDENTIFIERS:
            label, kind, description = _HUBSPOT_FIXED[name]
            result.append(
                TargetField(name, label, kind, False, (), f"{description} {_CONTACT_ID_NOTE}",
                            one_of=CONTACT_IDENTIFIERS)
            )  # fmt: skip
    else:
        label, kind, description = _HUBSPOT_FIXED["objectId"]
        result.append(TargetField("objectId", label, kind, True, (), description))
    label, kind, description = _HUBSPOT_FIXED["timestamp"]
    result.append(TargetField("timestamp", label, kind, False, (), description))
    if contacts:
        label, kind, description = _HUBSPOT_FIXED["domain"]
        result.append(TargetField("domain", label, kind, False, (), description))
    for token in settings.tokens:
        result.append(
            TargetField(
                f"tokens.{token.name}",
                token.label or token.name,
                token.type,
                False,
                token.options,
                f"Event template token {token.name} ({token.type}).",
            )
        )
    if mapping is not None:
        for target in mapping.fields:
            if target.startswith("extraData."):
                name = target.split(".", 1)[1]
                result.append(
                    TargetField(target, f"Extra data: {name}", "json", False, (),
                                "Free-form data shown in the event's details.")
                )  # fmt: skip
    return result


def target_kind(mapping: Mapping, target: str) -> str:
    """Return the value kind the converter produces for ``target`` (see ``TargetField.kind``)."""
    rule = mapping.fields.get(target)
    if target.startswith("extraData."):
        return rule.type if rule is not None and rule.type else "json"
    if mapping.destination == PIPELESS:
        return _PIPELESS_FIXED[target][1]
    if target.startswith("tokens."):
        assert mapping.hubspot is not None
        spec = mapping.hubspot.token(target.split(".", 1)[1])
        return spec.type if spec is not None else "string"
    return _HUBSPOT_FIXED[target][1]


def target_label(mapping: Mapping, target: str) -> str:
    """Return the label the editor shows for ``target`` (a token's label, else its name)."""
    if target.startswith("tokens.") and mapping.hubspot is not None:
        spec = mapping.hubspot.token(target.split(".", 1)[1])
        if spec is not None:
            return spec.label or spec.name
        return target.split(".", 1)[1]
    if target.startswith("extraData."):
        return target.split(".", 1)[1]
    if mapping.destination == PIPELESS and target in _PIPELESS_FIXED:
        return _PIPELESS_FIXED[target][0]
    if target in _HUBSPOT_FIXED:
        return _HUBSPOT_FIXED[target][0]
    return target


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


def hubspot_settings_from_template(app_id: int, template: dict[str, Any]) -> HubSpotSettings:
    """Build the settings snapshot from a template as HubSpot's API lists it.

    Used by the window and ``event-loader map --template-file`` so that both store the same
    snapshot. Raises ``MappingError`` for a template the converter could not use.
    """
    data = {
        "appId": app_id,
        "eventTemplateId": template.get("id"),
        "objectType": template.get("objectType", CONTACTS),
        "tokens": [
            {k: t[k] for k in ("name", "type", "label", "options") if k in t and t[k] is not None}
            for t in template.get("tokens") or []
            if isinstance(t, dict)
        ],
    }
    if template.get("name"):
        data["templateName"] = template["name"]
    return _parse_hubspot(data)


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
    destination = data.pop("destination", None)
    if destination not in DESTINATIONS:
        raise MappingError(
            "destination_unknown",
            f'Unknown destination "{echo(destination)}": use "{HUBSPOT}" or "{PIPELESS}".',
        )
    hubspot_data = data.pop("hubspot", None)
    pipeless_data = data.pop("pipeless", None)
    hubspot = pipeless = None
    if destination == HUBSPOT:
        if not isinstance(hubspot_data, dict):
            raise MappingError(
                "settings_missing",
                'The mapping has no "hubspot" settings (appId, eventTemplateId, tokens).',
            )
        hubspot = _parse_hubspot(hubspot_data)
    else:
        if not isinstance(pipeless_data, dict):
            raise MappingError(
                "settings_missing", 'The mapping has no "pipeless" settings (appId).'
            )
        pipeless = _parse_pipeless(pipeless_data)
    # Settings of the other destination are not ours to judge: keep them untouched.
    if destination == HUBSPOT and pipeless_data is not None:
        data["pipeless"] = pipeless_data
    if destination == PIPELESS and hubspot_data is not None:
        data["hubspot"] = hubspot_data

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
        destination=destination,
        fields={},
        hubspot=hubspot,
        pipeless=pipeless,
        event_id=event_id,
        name=name,
        extra=data,
    )
    for target, rule_data in fields_data.items():
        mapping.fields[target] = _parse_rule(mapping, target, rule_data)
    return mapping


def _as_int(value: Any, what: str) -> int:
    if isinstance(value, bool):
        raise MappingError("settings_invalid", f"{what} must be a whole number.")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise MappingError("settings_invalid", f'{what} must be a whole number, not "{echo(value)}".')


def _parse_hubspot(data: dict[str, Any]) -> HubSpotSettings:
    data = dict(data)
    app_id = _as_int(data.pop("appId", None), "HubSpot appId")
    template_id = data.pop("eventTemplateId", None)
    if isinstance(template_id, int) and not isinstance(template_id, bool):
        template_id = str(template_id)
    if not isinstance(template_id, str) or not template_id.strip():
        raise MappingError("settings_invalid", "HubSpot eventTemplateId is missing.")
    object_type = data.pop("objectType", CONTACTS)
    if not isinstance(object_type, str) or not object_type:
        raise MappingError("settings_invalid", "HubSpot objectType must be text such as contacts.")
    template_name = data.pop("templateName", None)
    tokens_data = data.pop("tokens", [])
    if not isinstance(tokens_data, list):
        raise MappingError("token_invalid", "HubSpot tokens must be a list.")
    tokens: list[TokenSpec] = []
    seen: set[str] = set()
    for item in tokens_data:
        token = _parse_token(item)
        if token.name in seen:
            raise MappingError("token_invalid", f'Token "{echo(token.name)}" is listed twice.')
        seen.add(token.name)
        tokens.append(token)
    return HubSpotSettings(
        app_id=app_id,
        event_template_id=template_id,
        object_type=object_type,
        tokens=tokens,
        template_name=template_name if isinstance(template_name, str) else None,
        extra=data,
    )


def _parse_token(item: Any) -> TokenSpec:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"]:
        raise MappingError("token_invalid", "Each token needs a name.")
    name = item["name"]
    token_type = item.get("type")
    if token_type not in TOKEN_TYPES:
        raise MappingError(
            "token_invalid",
            f'Token "{echo(name)}" has type "{echo(token_type)}"; known types are '
            f"{', '.join(TOKEN_TYPES)}.",
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
                "token_invalid", f'Token "{echo(name)}" has an option without a value.'
            )
    if token_type == "enumeration" and not options:
        raise MappingError(
            "token_invalid", f'Token "{echo(name)}" is an enumeration without options.'
        )
    return TokenSpec(
        name=name,
        type=token_type,
        label=label if isinstance(label, str) and label else None,
        options=tuple(options),
    )


def _parse_pipeless(data: dict[str, Any]) -> PipelessSettings:
    data = dict(data)
    app_id = _as_int(data.pop("appId", None), "Pipeless appId")
    synchronous = data.pop("synchronous", False)
    if not isinstance(synchronous, bool):
        raise MappingError("settings_invalid", "Pipeless synchronous must be true or false.")
    return PipelessSettings(app_id=app_id, synchronous=synchronous, extra=data)


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
    if mapping.destination == PIPELESS:
        if target not in _PIPELESS_FIXED:
            raise MappingError(
                "target_unknown",
                f'Unknown Pipeless field "{echo(target)}"; use one of '
                f"{', '.join(_PIPELESS_FIXED)}.",
            )
        return
    assert mapping.hubspot is not None
    if target.startswith("tokens."):
        name = target.split(".", 1)[1]
        if mapping.hubspot.token(name) is None:
            known = ", ".join(echo(t.name) for t in mapping.hubspot.tokens[:20]) or "none"
            raise MappingError(
                "target_unknown",
                f'Field "{echo(target)}" names a token the event template does not have '
                f"(template tokens: {known}).",
            )
        return
    if target.startswith("extraData."):
        if not target.split(".", 1)[1]:
            raise MappingError("target_unknown", "An extraData field needs a name after the dot.")
        return
    if target not in _HUBSPOT_FIXED:
        raise MappingError(
            "target_unknown",
            f'Unknown HubSpot field "{echo(target)}"; use email, objectId, utk, domain, '
            "timestamp, "
            "tokens.<name> or extraData.<name>.",
        )
    if mapping.hubspot.object_type != CONTACTS and target in ("email", "utk", "domain"):
        raise MappingError(
            "target_not_allowed",
            f"Field {target!r} only identifies contacts; this template is for "
            f"{echo(mapping.hubspot.object_type)}: map objectId instead.",
        )


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
        kind = target_kind(mapping, target) if not target.startswith("extraData.") else None
        if target.startswith("extraData."):
            if rule_type not in EXTRA_DATA_TYPES:
                raise MappingError(
                    "type_not_allowed",
                    f'Field {shown}: type "{echo(rule_type)}" is unknown; use one of '
                    f"{', '.join(EXTRA_DATA_TYPES)}.",
                )
        elif rule_type != kind:
            raise MappingError(
                "type_not_allowed",
                f"Field {shown} is of type {kind} (set by the destination); remove type "
                f'"{echo(rule_type)}".',
            )
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
    if mapping.hubspot is not None:
        hs = mapping.hubspot
        section: dict[str, Any] = {
            "appId": hs.app_id,
            "eventTemplateId": hs.event_template_id,
            "objectType": hs.object_type,
        }
        if hs.template_name is not None:
            section["templateName"] = hs.template_name
        section["tokens"] = [_token_to_dict(t) for t in hs.tokens]
        section.update(hs.extra)
        out["hubspot"] = section
    if mapping.pipeless is not None:
        pl = mapping.pipeless
        out["pipeless"] = {"appId": pl.app_id, "synchronous": pl.synchronous, **pl.extra}
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


def _token_to_dict(token: TokenSpec) -> dict[str, Any]:
    out: dict[str, Any] = {"name": token.name, "type": token.type}
    if token.label is not None:
        out["label"] = token.label
    if token.options:
        out["options"] = [{"label": o.label, "value": o.value} for o in token.options]
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
