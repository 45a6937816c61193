"""HubSpot custom events (``"destination": "hubspot-events"``): one event definition's occurrences.

The route open to every Marketing Hub / Content Hub Enterprise account, where the timeline API
is reserved to app partners (``shared/api/hubspot-custom-events.md``). The mapping file's
``"hubspotEvents"`` block is a snapshot of the definition: its fully qualified ``eventName``,
``primaryObject`` (CONTACT, COMPANY, DEAL, ...) and ``properties``. Targets: ``email``,
``objectId``, ``utk``, ``occurredAt`` and ``properties.<name>``.

Every property value is sent as text (the API types them string to string): numbers as decimal
text, ``datetime`` as epoch milliseconds (a date-only cell is midnight UTC of that day),
``enumeration`` as the option's value. The event's ``uuid`` is a name-based UUID (version 5) of
the row's event id, so it is the same on every run and machine.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.core.conversion.converters import (
    make_email_converter,
    make_enum_converter,
    make_length_limit,
    make_number_converter,
    make_object_id_converter,
    make_string_converter,
)
from app.core.conversion.dates import make_date_converter
from app.core.conversion.mapping_types import (
    FieldRule,
    MappingError,
    TargetField,
    TokenSpec,
    parse_typed_fields,
    typed_field_to_dict,
)
from app.core.destinations.base import (
    QT_TRANSLATE_NOOP,
    Catalogue,
    CliOption,
    Destination,
    EventLayout,
    translate,
)
from app.core.echo import echo

if TYPE_CHECKING:
    from app.core.conversion.mapping import Mapping

HUBSPOT_EVENTS = "hubspot-events"
PROPERTY_TYPES = ("string", "number", "enumeration", "datetime")
CONTACT = "CONTACT"
# A contact is found by any one of these; other objects need ``objectId``.
CONTACT_IDENTIFIERS = ("email", "objectId", "utk")
MAX_PROPERTIES = 50  # per occurrence (HubSpot's guide)
MAX_VALUE_LENGTH = 256  # characters per property value
DEFAULT_BASE_URL = "https://api.hubapi.com"
BATCH_MAX = 500  # "batches of 500" (guide); the spec has no maxItems
# Fixed namespace of the name-based uuids: changing it would make every row a new occurrence.
UUID_NAMESPACE = uuid.UUID("5d0b6a52-8f3e-5c1a-9b7d-2e4f6a8c0e13")


def event_uuid(event_id: str) -> str:
    """Return the occurrence's ``uuid``: UUID version 5 of the row's event id."""
    return str(uuid.uuid5(UUID_NAMESPACE, event_id))


def portal_of(event_name: str) -> str:
    """Return the portal id inside a fully qualified event name, or the name's first part."""
    head = event_name.split("_", 1)[0]
    return head[2:] if head.startswith("pe") and head[2:].isdigit() else head


@dataclass(slots=True)
class HubSpotEventsSettings:
    """Destination settings for HubSpot custom events (a snapshot of the chosen definition)."""

    event_name: str  # fully qualified: pe<portalId>_<name>
    primary_object: str = CONTACT
    properties: list[TokenSpec] = field(default_factory=list)
    label: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # unknown keys, kept on save

    def property(self, name: str) -> TokenSpec | None:
        """Return the definition's property called ``name``, or None."""
        for spec in self.properties:
            if spec.name == name:
                return spec
        return None


def parse_hubspot_events(data: dict[str, Any]) -> HubSpotEventsSettings:
    """Read the ``"hubspotEvents"`` block of a mapping file; raise ``MappingError``."""
    data = dict(data)
    name = data.pop("eventName", None)
    if not isinstance(name, str) or not name.strip():
        raise MappingError("settings_invalid", "HubSpot custom events: eventName is missing.")
    primary = data.pop("primaryObject", CONTACT)
    if not isinstance(primary, str) or not primary.strip():
        raise MappingError(
            "settings_invalid", "HubSpot custom events: primaryObject must be text such as CONTACT."
        )
    label = data.pop("label", None)
    properties = parse_typed_fields(data.pop("properties", []), PROPERTY_TYPES, "Property")
    return HubSpotEventsSettings(
        event_name=name.strip(),
        primary_object=primary.strip().upper(),
        properties=properties,
        label=label if isinstance(label, str) and label else None,
        extra=data,
    )


def settings_from_definition(definition: dict[str, Any]) -> HubSpotEventsSettings:
    """Build the settings snapshot from a definition as HubSpot's API lists it.

    Used by the window and ``event-loader map`` so both store the same snapshot. Properties of a
    type the converter does not know are left out (they cannot be mapped); raises
    ``MappingError`` for a definition without a name.
    """
    labels = definition.get("labels")
    labels = labels if isinstance(labels, dict) else {}
    properties = []
    for item in definition.get("properties") or []:
        if not isinstance(item, dict) or item.get("type") not in PROPERTY_TYPES:
            continue
        if item.get("type") == "enumeration" and not item.get("options"):
            continue
        properties.append(
            {k: item[k] for k in ("name", "type", "label", "options") if item.get(k) is not None}
        )
    data: dict[str, Any] = {
        "eventName": definition.get("fullyQualifiedName") or definition.get("name"),
        "primaryObject": definition.get("primaryObject") or CONTACT,
        "properties": properties,
    }
    if labels.get("singular"):
        data["label"] = labels["singular"]
    return parse_hubspot_events(data)


def _decimal_text(convert: Callable[[Any], int | float]) -> Callable[[Any], str]:
    """Wrap a number converter: the API takes numbers as decimal text, never in ``1e-05`` form."""

    def to_text(value: Any) -> str:
        number = convert(value)
        if isinstance(number, int):
            return str(number)
        return format(Decimal(repr(number)), "f")  # shortest digits that read back the same

    return to_text


_FIXED: dict[str, tuple[str, str, str]] = {
    # target: (label, kind, description). Custom events only match records: an email finds
    # a contact (shared/api/hubspot-custom-events.md), nothing says a new one is created.
    "email": (
        "Email",
        "string",
        QT_TRANSLATE_NOOP("Destinations", "The contact's email address; HubSpot finds the "
                          "contact by it."),
    ),
    "objectId": (
        "Record ID",
        "string",
        QT_TRANSLATE_NOOP("Destinations", "The HubSpot record ID (digits only)."),
    ),
    "utk": (
        "User token (utk)",
        "string",
        QT_TRANSLATE_NOOP("Destinations", "The HubSpot tracking cookie value of a contact."),
    ),
    "occurredAt": (
        "Occurred at",
        "datetime",
        QT_TRANSLATE_NOOP(
            "Destinations",
            "When it happened; sets the event's place on the timeline. Empty means now.",
        ),
    ),
}  # fmt: skip
_PROPERTY_HELP = QT_TRANSLATE_NOOP("Destinations", "Event property {name} ({type}).")
_CONTACT_NOTE = "A contact is found by its email, its record ID or its user token: map one."


class HubSpotEvents(Destination[HubSpotEventsSettings]):
    """HubSpot custom events (``/events/v3/send/batch``, definitions from ``event-definitions``)."""

    key = HUBSPOT_EVENTS
    block = "hubspotEvents"
    attr = "hubspot_events"
    display_name = "HubSpot custom events"
    account_noun = "account"
    short_name = "hubspot-events"
    settings_type = HubSpotEventsSettings
    default_base_url = DEFAULT_BASE_URL
    batch_max = BATCH_MAX
    default_batch_size = BATCH_MAX
    default_rate_per_10s = None  # exempt from the ten-secondly limit; a 429 still pauses
    secret_keys = ("access_token", "refresh_token", "client_id", "client_secret", "expires_at")
    credential_kinds = ("private_app_token", "oauth")
    sandbox_paths = ("/events/v3/send/batch", "/events/v3/event-definitions")
    listing = "catalogue"  # event definitions, listed with the account's token
    client_module = "app.api.hubspot_events"
    named_prefixes = ("properties.",)
    field_nouns = {"properties.": "property"}
    choice_text = QT_TRANSLATE_NOOP(
        "Destinations",
        "HubSpot &custom events: for every Marketing Hub or Content Hub Enterprise account",
    )
    result_text = QT_TRANSLATE_NOOP("Destinations", "HubSpot custom event {name}")
    account_id_field = QT_TRANSLATE_NOOP("Destinations", "&Portal ID:")
    account_id_name = QT_TRANSLATE_NOOP("Destinations", "Portal ID")
    account_id_hint = QT_TRANSLATE_NOOP(
        "Destinations",
        "The portal ID is the number in the address of your HubSpot account "
        "(app.hubspot.com/…/4040404). Custom events need Marketing Hub or Content Hub Enterprise.",
    )
    access_choice = QT_TRANSLATE_NOOP("Destinations", "I have a private app access to&ken")
    access_hint = QT_TRANSLATE_NOOP(
        "Destinations",
        "In HubSpot, open Settings, Integrations, Private apps, then your app's Auth tab. The app "
        "needs the analytics.behavioral_events.send scope.",
    )
    catalogue = Catalogue(
        title=QT_TRANSLATE_NOOP("Destinations", "Custom event"),
        combo_label=QT_TRANSLATE_NOOP("Destinations", "E&vent:"),
        reload_name=QT_TRANSLATE_NOOP("Destinations", "Refresh the list of custom events"),
        listing=QT_TRANSLATE_NOOP("Destinations", "Listing the custom events…"),
        empty=QT_TRANSLATE_NOOP(
            "Destinations",
            "No custom events were found in this account. Create one in HubSpot "
            "(Data Management, Custom events), then refresh the list.",
        ),
        choose=QT_TRANSLATE_NOOP("Destinations", "Choose the custom event the rows will send."),
        go_on=QT_TRANSLATE_NOOP("Destinations", "Choose a custom event to go on."),
        chosen=QT_TRANSLATE_NOOP(
            "Destinations", "Events will go to the custom event %1 of account %2."
        ),
        status_name=QT_TRANSLATE_NOOP("Destinations", "Custom event status"),
        fields_name=QT_TRANSLATE_NOOP("Destinations", "Properties of the custom event"),
        entry_text=translate("Destinations", "%1 · %2 · %3 · %n properties", "", 0),
        columns=(
            QT_TRANSLATE_NOOP("Destinations", "Property"),
            QT_TRANSLATE_NOOP("Destinations", "Name in HubSpot"),
            QT_TRANSLATE_NOOP("Destinations", "Type"),
            QT_TRANSLATE_NOOP("Destinations", "Options"),
        ),
    )
    account_id_word = "portal id"
    map_options = (
        CliOption(
            "--event-name",
            "HubSpot custom events: the event definition's name (pe123456_webinar_attended); "
            "its properties are read from HubSpot",
            "NAME",
        ),
    )
    map_item = "event_name"
    map_item_noun = "event definition"
    map_item_missing = (
        "give the event definition's name with --event-name (for example "
        "pe123456_webinar_attended; HubSpot shows it under Data Management > Custom events)."
    )
    demo_id_key = "portal_id"
    demo_secrets = ("access_token",)
    synonym_of = {"occurredAt": "timestamp"}
    exports = {
        "HUBSPOT_EVENTS": HUBSPOT_EVENTS,
        "HubSpotEventsSettings": HubSpotEventsSettings,
    }

    def parse_settings(self, data: dict[str, Any]) -> HubSpotEventsSettings:
        """Build the settings object from the block's JSON; raise ``MappingError``."""
        return parse_hubspot_events(data)

    def settings_to_dict(self, settings: HubSpotEventsSettings) -> dict[str, Any]:
        """Return the block's JSON form (``parse_settings`` of it gives the same settings)."""
        section: dict[str, Any] = {
            "eventName": settings.event_name,
            "primaryObject": settings.primary_object,
        }
        if settings.label is not None:
            section["label"] = settings.label
        section["properties"] = [typed_field_to_dict(p) for p in settings.properties]
        section.update(settings.extra)
        return section

    def settings_missing(self) -> str:
        """Return the sentence saying the block is absent."""
        return 'The mapping has no "hubspotEvents" settings (eventName, primaryObject, properties).'

    def run_ids(self, settings: HubSpotEventsSettings) -> tuple[int | str, str | None]:
        """Return the ids that, with the host, name where a run's events go (app, template)."""
        return settings.event_name, None

    def is_contacts(self, settings: HubSpotEventsSettings) -> bool:
        """Tell whether the events land on contacts (found by email, record id or token)."""
        return settings is not None and settings.primary_object == CONTACT

    def account_id(self, settings: HubSpotEventsSettings) -> str:
        """Return the portal id of the definition's name (``pe123456_...`` gives 123456)."""
        return portal_of(settings.event_name)

    def probe_settings(self, account_id: int, item: str | None = None) -> HubSpotEventsSettings:
        """Return settings good enough to test an account's token (``event-loader login``)."""
        return HubSpotEventsSettings(event_name=item or f"pe{account_id}_event_loader_check")

    def result_values(self, settings: HubSpotEventsSettings) -> dict[str, Any]:
        """Name the event by its label, else its fully qualified name."""
        return {"name": settings.label or settings.event_name}

    def entry_key(self, entry: dict[str, Any]) -> str:
        """Return a definition's fully qualified name."""
        return str(entry.get("fullyQualifiedName", ""))

    def entry_summary(self, entry: dict[str, Any]) -> tuple[list[str], int]:
        """Label, fully qualified name, primary object; the count of properties."""
        labels = entry.get("labels")
        labels = labels if isinstance(labels, dict) else {}
        return [
            str(labels.get("singular") or entry.get("name", "")),
            str(entry.get("fullyQualifiedName", "")),
            str(entry.get("primaryObject", "")).lower(),
        ], len(self.entry_fields(entry))

    def entry_fields(self, entry: dict[str, Any]) -> list[dict[str, Any]]:
        """Return a definition's properties."""
        return [p for p in entry.get("properties") or [] if isinstance(p, dict)]

    def settings_from_entry(
        self, entry: dict[str, Any], account_id: int | str
    ) -> HubSpotEventsSettings:
        """Snapshot the chosen definition (its name holds the portal id)."""
        return settings_from_definition(entry)

    def chosen_entry(self, settings: HubSpotEventsSettings) -> str | None:
        """Return the event name the mapping sends."""
        return settings.event_name if isinstance(settings, HubSpotEventsSettings) else None

    def describe(self, settings: HubSpotEventsSettings) -> str:
        """Return how messages name where the events go."""
        label = f"{echo(settings.label)} " if settings.label else ""
        return f"HubSpot custom event {label}({echo(settings.event_name)})"

    # ----- catalogue ----------------------------------------------------------------------

    def targets(
        self, settings: HubSpotEventsSettings, mapping: Mapping | None
    ) -> list[TargetField]:
        """Record identifiers (by primary object), ``occurredAt``, then the properties."""
        result: list[TargetField] = []
        if settings.primary_object == CONTACT:
            for name in CONTACT_IDENTIFIERS:
                label, kind, description = _FIXED[name]
                result.append(
                    TargetField(name, label, kind, False, (), f"{description} {_CONTACT_NOTE}",
                                one_of=CONTACT_IDENTIFIERS, help=description)
                )  # fmt: skip
        else:
            label, kind, description = _FIXED["objectId"]
            result.append(
                TargetField("objectId", label, kind, True, (), description, help=description)
            )
        label, kind, description = _FIXED["occurredAt"]
        result.append(
            TargetField("occurredAt", label, kind, False, (), description, help=description)
        )
        for prop in settings.properties:
            result.append(
                TargetField(
                    f"properties.{prop.name}",
                    prop.label or prop.name,
                    prop.type,
                    False,
                    prop.options,
                    _PROPERTY_HELP.format(name=prop.name, type=prop.type),
                    help=_PROPERTY_HELP,
                )
            )
        return result

    def target_kind(self, mapping: Mapping, target: str) -> str:
        """Return the value kind the converter produces for ``target``."""
        if target.startswith("properties."):
            spec = mapping.hubspot_events.property(target[11:])
            return spec.type if spec is not None else "string"
        return _FIXED[target][1]

    def target_label(self, mapping: Mapping, target: str) -> str:
        """Return the label the editor shows for ``target``."""
        if target.startswith("properties."):
            settings = mapping.hubspot_events
            spec = settings.property(target[11:]) if settings is not None else None
            return (spec.label or spec.name) if spec is not None else target[11:]
        return _FIXED[target][0] if target in _FIXED else target

    def check_target(self, mapping: Mapping, target: str) -> None:
        """Raise ``MappingError`` unless ``target`` is a field of this destination."""
        settings: HubSpotEventsSettings = mapping.hubspot_events
        if target.startswith("properties."):
            name = target[11:]
            if settings.property(name) is None:
                known = ", ".join(echo(p.name) for p in settings.properties[:20]) or "none"
                raise MappingError(
                    "target_unknown",
                    f'Field "{echo(target)}" names a property the event definition does not have '
                    f"(its properties: {known}).",
                )
            mapped = sum(1 for t in mapping.fields if t.startswith("properties."))
            if mapped >= MAX_PROPERTIES:
                raise MappingError(
                    "target_not_allowed",
                    f"A custom event takes at most {MAX_PROPERTIES} properties; map fewer.",
                )
            return
        if target not in _FIXED:
            raise MappingError(
                "target_unknown",
                f'Unknown custom event field "{echo(target)}"; use email, objectId, utk, '
                "occurredAt or properties.<name>.",
            )
        if settings.primary_object != CONTACT and target in ("email", "utk"):
            raise MappingError(
                "target_not_allowed",
                f"Field {target!r} only identifies contacts; this event definition is for "
                f"{echo(settings.primary_object)}: map objectId instead.",
            )

    # ----- conversion ---------------------------------------------------------------------

    def field_order(self, settings: HubSpotEventsSettings) -> list[str]:
        """Return the order of the event's keys, whatever order the mapping file lists."""
        return [*_FIXED, *(f"properties.{p.name}" for p in settings.properties)]

    def slot(self, target: str) -> tuple[int, str]:
        """Which container (index into ``EventLayout.containers``) and key receive the value."""
        if target.startswith("properties."):
            return 1, target[11:]
        return 0, target

    def field_required(self, target: str, settings: HubSpotEventsSettings) -> bool:
        """Tell whether an empty cell for ``target`` is a problem of its own."""
        return target == "objectId" and settings.primary_object != CONTACT

    def converter(
        self,
        target: str,
        kind: str,
        rule: FieldRule,
        settings: HubSpotEventsSettings,
        day_first: bool | None = None,
    ) -> Callable[[Any], Any]:
        """Return the function turning a cell into the API value (raises ValueIssue/DateIssue)."""
        if target == "email":
            return make_email_converter()
        if target == "objectId":
            return make_object_id_converter()
        if target == "occurredAt":
            return make_date_converter("iso_datetime", rule.format, rule.timezone, day_first)
        if target == "utk":
            return make_length_limit(make_string_converter(), MAX_VALUE_LENGTH)
        spec = settings.property(target[11:])
        assert spec is not None
        if kind == "number":
            return _decimal_text(make_number_converter(rule.decimal))
        if kind == "datetime":
            return make_date_converter("epoch_millis_text", rule.format, rule.timezone, day_first)
        if kind == "enumeration":
            return make_enum_converter(spec.options, rule.value_map, rule.match_labels)
        return make_length_limit(make_string_converter(), MAX_VALUE_LENGTH)

    def identifier_targets(self, settings: HubSpotEventsSettings, mapping: Mapping) -> list[str]:
        """Return the mapped targets of which one must hold a value on every row (contacts)."""
        if settings.primary_object != CONTACT:
            return []
        return [t for t in CONTACT_IDENTIFIERS if t in mapping.fields]

    def layout(self, settings: HubSpotEventsSettings) -> EventLayout:
        """How the row converter builds this destination's event."""
        return EventLayout(
            containers=("event", "props"),
            prologue=["    props = {}", '    event = {"eventName": EVENT_NAME}'],
            epilogue=['    event["properties"] = props'],
            after_id=['    event["uuid"] = event_uuid(event_id)'],
            env={"EVENT_NAME": settings.event_name, "event_uuid": event_uuid},
        )

    def id_seed(self, settings: HubSpotEventsSettings) -> str:
        """Return what an event id hashes besides the row (the template, the app)."""
        return settings.event_name
