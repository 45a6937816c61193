"""HubSpot timeline events (``"destination": "hubspot-timeline"``): one app's event template.

The mapping file's ``"hubspot"`` block is a snapshot of the template (app id, template id, the
object type its events land on, its tokens), so a file can be checked offline. Targets are named
as the API names them: ``email``, ``objectId``, ``utk``, ``domain``, ``timestamp``,
``tokens.<name>`` and ``extraData.<name>``. The event id is HubSpot's ``id`` (it keeps one event
per id).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.conversion.converters import (
    make_boolean_converter,
    make_email_converter,
    make_enum_converter,
    make_json_converter,
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
    as_int,
    parse_typed_fields,
    typed_field_to_dict,
)
from app.core.destinations.base import QT_TRANSLATE_NOOP, CliOption, Destination, EventLayout
from app.core.echo import echo

if TYPE_CHECKING:
    from app.core.conversion.mapping import Mapping

HUBSPOT = "hubspot-timeline"
TOKEN_TYPES = ("string", "number", "date", "enumeration")
# Types a rule may force on an ``extraData.<name>`` field (free-form JSON on HubSpot's side).
EXTRA_DATA_TYPES = ("string", "number", "date", "datetime", "boolean", "json")
CONTACTS = "contacts"
# A contact is found by any one of these; other record types need ``objectId``.
CONTACT_IDENTIFIERS = ("email", "objectId", "utk")
DEFAULT_BASE_URL = "https://api.hubapi.com"
DOCUMENTED_BATCH_MAX = 100


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


CONTACT_ID_NOTE = (
    "A contact is found by its email, its record ID or its user token: map at least one."
)

_FIXED: dict[str, tuple[str, str, str]] = {
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
_ORDER = ("email", "objectId", "utk", "domain", "timestamp")


def parse_hubspot(data: dict[str, Any]) -> HubSpotSettings:
    """Read the ``"hubspot"`` block of a mapping file; raise ``MappingError``."""
    data = dict(data)
    app_id = as_int(data.pop("appId", None), "HubSpot appId")
    template_id = data.pop("eventTemplateId", None)
    if isinstance(template_id, int) and not isinstance(template_id, bool):
        template_id = str(template_id)
    if not isinstance(template_id, str) or not template_id.strip():
        raise MappingError("settings_invalid", "HubSpot eventTemplateId is missing.")
    object_type = data.pop("objectType", CONTACTS)
    if not isinstance(object_type, str) or not object_type:
        raise MappingError("settings_invalid", "HubSpot objectType must be text such as contacts.")
    template_name = data.pop("templateName", None)
    tokens = parse_typed_fields(data.pop("tokens", []), TOKEN_TYPES, "Token")
    return HubSpotSettings(
        app_id=app_id,
        event_template_id=template_id,
        object_type=object_type,
        tokens=tokens,
        template_name=template_name if isinstance(template_name, str) else None,
        extra=data,
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
    return parse_hubspot(data)


class HubSpotTimeline(Destination[HubSpotSettings]):
    """HubSpot timeline events v3 (see ``shared/api/hubspot-timeline-events.md``)."""

    key = HUBSPOT
    block = "hubspot"
    attr = "hubspot"
    display_name = "HubSpot"
    short_name = "hubspot"
    settings_type = HubSpotSettings
    default_base_url = DEFAULT_BASE_URL
    batch_max = DOCUMENTED_BATCH_MAX
    default_batch_size = 100
    default_rate_per_10s = 100  # OAuth apps and Free/Starter private apps
    secret_keys = (
        "access_token",
        "refresh_token",
        "client_id",
        "client_secret",
        "developer_key",
        "expires_at",
    )
    credential_kinds = ("oauth", "developer_key")
    sandbox_paths = (
        "/integrators/timeline/v3/events/batch/create",
        "/integrators/timeline/v3/{appId}/event-templates",
        "/oauth/v1/token",
    )
    listing = "templates"
    client_module = "app.api.hubspot"
    run_key_parts = 2
    always_in_fingerprint = True
    named_prefixes = ("tokens.", "extraData.")
    field_nouns = {"tokens.": "token"}
    choice_text = QT_TRANSLATE_NOOP(
        "Destinations", "H&ubSpot: timeline events on contacts, companies or deals"
    )
    result_text = QT_TRANSLATE_NOOP("Destinations", "HubSpot timeline, app {app}")
    account_id_hint = QT_TRANSLATE_NOOP(
        "Destinations",
        "The app ID is shown on your app's page in your HubSpot developer account, under App info.",
    )
    access_hint = QT_TRANSLATE_NOOP(
        "Destinations",
        "You get it when the app is connected to your HubSpot account (OAuth). It lasts "
        "30 minutes; for long uploads use a refresh token instead.",
    )
    map_options = (
        CliOption(
            "--template-file",
            "HubSpot: the event template as the API returns it (one template, or a list "
            "response with --template-id)",
            "T.json",
        ),
        CliOption("--template-id", "HubSpot event template id", "ID"),
    )
    login_option = CliOption(
        "--template-id",
        "HubSpot: an event template id the token must be able to write (checked)",
        "ID",
    )
    demo_secrets = ("access_token", "developer_key")
    synonym_of = {}
    exports = {
        "HUBSPOT": HUBSPOT,
        "HubSpotSettings": HubSpotSettings,
        "TOKEN_TYPES": TOKEN_TYPES,
        "EXTRA_DATA_TYPES": EXTRA_DATA_TYPES,
        "CONTACTS": CONTACTS,
        "CONTACT_IDENTIFIERS": CONTACT_IDENTIFIERS,
        "hubspot_settings_from_template": hubspot_settings_from_template,
    }

    def parse_settings(self, data: dict[str, Any]) -> HubSpotSettings:
        """Build the settings object from the block's JSON; raise ``MappingError``."""
        return parse_hubspot(data)

    def settings_to_dict(self, settings: HubSpotSettings) -> dict[str, Any]:
        """Return the block's JSON form (``parse_settings`` of it gives the same settings)."""
        section: dict[str, Any] = {
            "appId": settings.app_id,
            "eventTemplateId": settings.event_template_id,
            "objectType": settings.object_type,
        }
        if settings.template_name is not None:
            section["templateName"] = settings.template_name
        section["tokens"] = [typed_field_to_dict(t) for t in settings.tokens]
        section.update(settings.extra)
        return section

    def settings_missing(self) -> str:
        """Return the sentence saying the block is absent."""
        return 'The mapping has no "hubspot" settings (appId, eventTemplateId, tokens).'

    def run_ids(self, settings: HubSpotSettings) -> tuple[int | str, str | None]:
        """Return the ids that, with the host, name where a run's events go (app, template)."""
        return settings.app_id, str(settings.event_template_id)

    def probe_settings(self, account_id: int, item: str | None = None) -> HubSpotSettings:
        """Return settings good enough to test an account's secret (``event-loader login``)."""
        return HubSpotSettings(app_id=account_id, event_template_id=str(item or "0"))

    def describe(self, settings: HubSpotSettings) -> str:
        """Return how messages name where the events go ("HubSpot app 1 (template 2)")."""
        # Names from the mapping file: printed short and with control characters escaped.
        name = echo(settings.template_name or f"template {settings.event_template_id}")
        return f"HubSpot app {settings.app_id} ({name})"

    def settings_from_entry(self, entry: dict[str, Any], account_id: int | str) -> HubSpotSettings:
        """Snapshot the chosen template of the app."""
        return hubspot_settings_from_template(int(account_id), entry)

    def chosen_entry(self, settings: HubSpotSettings) -> str | None:
        """Return the template id the mapping uses."""
        return settings.event_template_id if isinstance(settings, HubSpotSettings) else None

    def is_contacts(self, settings: HubSpotSettings) -> bool:
        """Tell whether the events land on contacts (found by email, record id or token)."""
        return settings is not None and settings.object_type == CONTACTS

    # ----- catalogue ----------------------------------------------------------------------

    def targets(self, settings: HubSpotSettings, mapping: Mapping | None) -> list[TargetField]:
        """Record identifiers (by object type), ``timestamp``, tokens, then extra data in use."""
        contacts = settings.object_type == CONTACTS
        result: list[TargetField] = []
        if contacts:
            for name in CONTACT_IDENTIFIERS:
                label, kind, description = _FIXED[name]
                result.append(
                    TargetField(name, label, kind, False, (), f"{description} {CONTACT_ID_NOTE}",
                                one_of=CONTACT_IDENTIFIERS)
                )  # fmt: skip
        else:
            label, kind, description = _FIXED["objectId"]
            result.append(TargetField("objectId", label, kind, True, (), description))
        label, kind, description = _FIXED["timestamp"]
        result.append(TargetField("timestamp", label, kind, False, (), description))
        if contacts:
            label, kind, description = _FIXED["domain"]
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

    def target_kind(self, mapping: Mapping, target: str) -> str:
        """Return the value kind the converter produces for ``target``."""
        rule = mapping.fields.get(target)
        if target.startswith("extraData."):
            return rule.type if rule is not None and rule.type else "json"
        if target.startswith("tokens."):
            spec = mapping.hubspot.token(target.split(".", 1)[1])
            return spec.type if spec is not None else "string"
        return _FIXED[target][1]

    def target_label(self, mapping: Mapping, target: str) -> str:
        """Return the label the editor shows for ``target``."""
        if target.startswith("tokens.") and mapping.hubspot is not None:
            spec = mapping.hubspot.token(target.split(".", 1)[1])
            if spec is not None:
                label: str = spec.label or spec.name
                return label
            return target.split(".", 1)[1]
        if target.startswith("extraData."):
            return target.split(".", 1)[1]
        if target in _FIXED:
            return _FIXED[target][0]
        return target

    def check_target(self, mapping: Mapping, target: str) -> None:
        """Raise ``MappingError`` unless ``target`` is a field of this destination."""
        settings: HubSpotSettings = mapping.hubspot
        if target.startswith("tokens."):
            name = target.split(".", 1)[1]
            if settings.token(name) is None:
                known = ", ".join(echo(t.name) for t in settings.tokens[:20]) or "none"
                raise MappingError(
                    "target_unknown",
                    f'Field "{echo(target)}" names a token the event template does not have '
                    f"(template tokens: {known}).",
                )
            return
        if target.startswith("extraData."):
            if not target.split(".", 1)[1]:
                raise MappingError(
                    "target_unknown", "An extraData field needs a name after the dot."
                )
            return
        if target not in _FIXED:
            raise MappingError(
                "target_unknown",
                f'Unknown HubSpot field "{echo(target)}"; use email, objectId, utk, domain, '
                "timestamp, tokens.<name> or extraData.<name>.",
            )
        if settings.object_type != CONTACTS and target in ("email", "utk", "domain"):
            raise MappingError(
                "target_not_allowed",
                f"Field {target!r} only identifies contacts; this template is for "
                f"{echo(settings.object_type)}: map objectId instead.",
            )

    def check_rule_type(self, mapping: Mapping, target: str, rule_type: str) -> None:
        """Refuse a rule's ``type`` the target cannot take (default: only its own kind)."""
        if target.startswith("extraData."):
            if rule_type not in EXTRA_DATA_TYPES:
                raise MappingError(
                    "type_not_allowed",
                    f'Field {echo(target)}: type "{echo(rule_type)}" is unknown; use one of '
                    f"{', '.join(EXTRA_DATA_TYPES)}.",
                )
            return
        super().check_rule_type(mapping, target, rule_type)

    # ----- conversion ---------------------------------------------------------------------

    def field_order(self, settings: HubSpotSettings) -> list[str]:
        """Return the order of the event's keys, whatever order the mapping file lists."""
        return [*_ORDER, *(f"tokens.{t.name}" for t in settings.tokens)]  # template order

    def slot(self, target: str) -> tuple[int, str]:
        """Which container (index into ``EventLayout.containers``) and key receive the value."""
        if target.startswith("tokens."):
            return 1, target[7:]
        if target.startswith("extraData."):
            return 2, target[10:]
        return 0, target

    def field_required(self, target: str, settings: HubSpotSettings) -> bool:
        """Tell whether an empty cell for ``target`` is a problem of its own."""
        return target == "objectId" and settings.object_type != CONTACTS

    def converter(
        self,
        target: str,
        kind: str,
        rule: FieldRule,
        settings: HubSpotSettings,
        day_first: bool | None = None,
    ) -> Callable[[Any], Any]:
        """Return the function turning a cell into the API value (raises ValueIssue/DateIssue)."""
        if target == "email":
            return make_email_converter()
        if target == "objectId":
            return make_object_id_converter()
        if target == "timestamp":
            return make_date_converter("iso_datetime", rule.format, rule.timezone, day_first)
        if target.startswith("tokens."):
            spec = settings.token(target[7:])
            assert spec is not None
            if kind == "number":
                return make_number_converter(rule.decimal)
            if kind == "date":
                return make_date_converter(
                    "epoch_millis_day", rule.format, rule.timezone, day_first
                )
            if kind == "enumeration":
                return make_enum_converter(spec.options, rule.value_map, rule.match_labels)
            return make_string_converter()
        if target.startswith("extraData."):
            if kind == "number":
                return make_number_converter(rule.decimal)
            if kind == "date":
                return make_date_converter("iso_date", rule.format, rule.timezone, day_first)
            if kind == "datetime":
                return make_date_converter("iso_datetime", rule.format, rule.timezone, day_first)
            if kind == "boolean":
                return make_boolean_converter()
            if kind == "string":
                return make_string_converter()
            return make_json_converter()
        return make_string_converter()  # utk, domain

    def identifier_targets(self, settings: HubSpotSettings, mapping: Mapping) -> list[str]:
        """Return the mapped targets of which one must hold a value on every row (contacts)."""
        if settings.object_type != CONTACTS:
            return []
        return [t for t in CONTACT_IDENTIFIERS if t in mapping.fields]

    def layout(self, settings: HubSpotSettings) -> EventLayout:
        """How the row converter builds this destination's event."""
        return EventLayout(
            containers=("event", "tokens", "extra"),
            prologue=[
                "    tokens = {}",
                "    extra = {}",
                '    event = {"eventTemplateId": TEMPLATE_ID, "id": ""}',
            ],
            epilogue=[
                '    event["tokens"] = tokens',
                "    if extra:",
                '        event["extraData"] = extra',
            ],
            after_id=['    event["id"] = event_id'],
            env={"TEMPLATE_ID": settings.event_template_id},
        )

    def id_seed(self, settings: HubSpotSettings) -> str:
        """Return what an event id hashes besides the row (the template, the app)."""
        return settings.event_template_id
