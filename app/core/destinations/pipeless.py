"""Pipeless events (``"destination": "pipeless"``): start object, relationship, end object.

The mapping file's ``"pipeless"`` block holds the app id and whether to send synchronously.
Targets are ``start_object.id``, ``start_object.type``, ``relationship.type``,
``relationship.created_on``, ``relationship.single``, ``end_object.id``, ``end_object.type`` and
the objects' dates. Pipeless events carry no id: the journal keys them by a hash of the triple.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.conversion.converters import (
    make_boolean_converter,
    make_id_text_converter,
    make_type_converter,
)
from app.core.conversion.dates import make_date_converter
from app.core.conversion.event_ids import pipeless_event_key
from app.core.conversion.mapping_types import (
    FieldRule,
    MappingError,
    TargetField,
    TokenOption,
    as_int,
    options_of,
)
from app.core.destinations.base import QT_TRANSLATE_NOOP, Destination, EventLayout
from app.core.echo import echo

if TYPE_CHECKING:
    from app.core.conversion.mapping import Mapping

PIPELESS = "pipeless"
DEFAULT_BASE_URL = "https://api.pipeless.io"
BATCH_MAX = 10
PIPELESS_ID_MAX = 40
# Pipeless object ids: letters, digits, spaces and these symbols (API notes, section 2). The
# docs say "any number, alpha character" and the official SDK checks only the length, so letters
# and digits of every script count ("article-é-0"); should Pipeless refuse one all the same,
# the batch is split and its reason reaches the report.
PIPELESS_ID_SYMBOLS = "@-!#%^&()/+=;:'\"?<>\\][{}.,"


def make_pipeless_id_converter() -> Callable[[Any], str]:
    """Return a converter for Pipeless object ids: 1-40 characters of the allowed set."""
    return make_id_text_converter(PIPELESS_ID_MAX, PIPELESS_ID_SYMBOLS)


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


@dataclass(slots=True)
class PipelessSettings:
    """Destination settings for Pipeless events."""

    app_id: int
    synchronous: bool = False
    extra: dict[str, Any] = field(default_factory=dict)  # unknown keys, kept on save


_FIXED: dict[str, tuple[str, str, bool, str]] = {
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
_CONTAINERS = ("start_object", "relationship", "end_object")
_ORDER = (
    "start_object.id", "start_object.type", "start_object.created_on", "start_object.modified_on",
    "relationship.type", "relationship.created_on", "relationship.single",
    "end_object.id", "end_object.type", "end_object.created_on", "end_object.modified_on",
)  # fmt: skip


def parse_pipeless(data: dict[str, Any]) -> PipelessSettings:
    """Read the ``"pipeless"`` block of a mapping file; raise ``MappingError``."""
    data = dict(data)
    app_id = as_int(data.pop("appId", None), "Pipeless appId")
    synchronous = data.pop("synchronous", False)
    if not isinstance(synchronous, bool):
        raise MappingError("settings_invalid", "Pipeless synchronous must be true or false.")
    return PipelessSettings(app_id=app_id, synchronous=synchronous, extra=data)


class Pipeless(Destination[PipelessSettings]):
    """Pipeless events (see ``shared/api/pipeless-events.md``)."""

    key = PIPELESS
    block = "pipeless"
    attr = "pipeless"
    display_name = "Pipeless"
    short_name = "pipeless"
    settings_type = PipelessSettings
    default_base_url = DEFAULT_BASE_URL
    batch_max = BATCH_MAX
    default_batch_size = 10
    default_rate_per_10s = None  # it documents no limit; a 429 still pauses the limiter
    secret_keys = ("api_key",)
    credential_kinds = ("api_key",)
    sandbox_paths = ("/v1/apps/{app_id}/events/batch", "/v1/apps/{app_id}/events")
    listing = None
    client_module = "app.api.pipeless"
    always_in_fingerprint = True
    named_prefixes = ()
    synonym_of = {}
    choice_text = QT_TRANSLATE_NOOP("Destinations", "&Pipeless: activity events between objects")
    result_text = QT_TRANSLATE_NOOP("Destinations", "Pipeless, app {app}")
    account_id_hint = QT_TRANSLATE_NOOP(
        "Destinations", "The app ID is in the address of your app in Pipeless (app/77 → 77)."
    )
    access_hint = QT_TRANSLATE_NOOP(
        "Destinations", "In Pipeless, open your app, then Settings, then API keys."
    )
    demo_secrets = ("api_key",)
    exports = {
        "PIPELESS": PIPELESS,
        "PipelessSettings": PipelessSettings,
        "PIPELESS_OBJECT_TYPES": PIPELESS_OBJECT_TYPES,
        "PIPELESS_RELATIONSHIP_TYPES": PIPELESS_RELATIONSHIP_TYPES,
    }

    def parse_settings(self, data: dict[str, Any]) -> PipelessSettings:
        """Build the settings object from the block's JSON; raise ``MappingError``."""
        return parse_pipeless(data)

    def settings_to_dict(self, settings: PipelessSettings) -> dict[str, Any]:
        """Return the block's JSON form (``parse_settings`` of it gives the same settings)."""
        return {"appId": settings.app_id, "synchronous": settings.synchronous, **settings.extra}

    def settings_missing(self) -> str:
        """Return the sentence saying the block is absent."""
        return 'The mapping has no "pipeless" settings (appId).'

    def probe_settings(self, account_id: int, item: str | None = None) -> PipelessSettings:
        """Return settings good enough to test an account's secret (``event-loader login``)."""
        return PipelessSettings(app_id=account_id)

    def targets(self, settings: PipelessSettings, mapping: Mapping | None) -> list[TargetField]:
        """List the fields a column can feed, required ones first."""
        required: list[TargetField] = []
        optional: list[TargetField] = []
        for name, (label, kind, req, description) in _FIXED.items():
            options: tuple[TokenOption, ...] = ()
            if kind == "object_type":
                options = options_of(PIPELESS_OBJECT_TYPES)
            elif kind == "relationship_type":
                options = options_of(PIPELESS_RELATIONSHIP_TYPES)
            target = TargetField(name, label, kind, req, options, description)
            (required if req else optional).append(target)
        return required + optional

    def target_kind(self, mapping: Mapping, target: str) -> str:
        """Return the value kind the converter produces for ``target``."""
        return _FIXED[target][1]

    def target_label(self, mapping: Mapping, target: str) -> str:
        """Return the label the editor shows for ``target``."""
        return _FIXED[target][0] if target in _FIXED else target

    def check_target(self, mapping: Mapping, target: str) -> None:
        """Raise ``MappingError`` unless ``target`` is a field of this destination."""
        if target not in _FIXED:
            raise MappingError(
                "target_unknown",
                f'Unknown Pipeless field "{echo(target)}"; use one of {", ".join(_FIXED)}.',
            )

    def field_order(self, settings: PipelessSettings) -> list[str]:
        """Return the order of the event's keys, whatever order the mapping file lists."""
        return list(_ORDER)

    def slot(self, target: str) -> tuple[int, str]:
        """Which container (index into ``EventLayout.containers``) and key receive the value."""
        container, key = target.split(".", 1)
        return _CONTAINERS.index(container), key

    def field_required(self, target: str, settings: PipelessSettings) -> bool:
        """Tell whether an empty cell for ``target`` is a problem of its own."""
        return _FIXED[target][2]

    def converter(
        self,
        target: str,
        kind: str,
        rule: FieldRule,
        settings: PipelessSettings,
        day_first: bool | None = None,
    ) -> Callable[[Any], Any]:
        """Return the function turning a cell into the API value (raises ValueIssue/DateIssue)."""
        if kind == "object_type":
            return make_type_converter(PIPELESS_OBJECT_TYPES)
        if kind == "relationship_type":
            return make_type_converter(PIPELESS_RELATIONSHIP_TYPES)
        if kind == "datetime":
            return make_date_converter("local_datetime", rule.format, rule.timezone, day_first)
        if kind == "boolean":
            return make_boolean_converter()
        return make_pipeless_id_converter()

    def layout(self, settings: PipelessSettings) -> EventLayout:
        """How the row converter builds this destination's event."""
        return EventLayout(
            containers=("start", "rel", "end"),
            prologue=[
                "    start = {}",
                "    rel = {}",
                "    end = {}",
                '    event = {"start_object": start, "relationship": rel, "end_object": end}',
            ],
            env={"pipeless_key": pipeless_event_key, "APP_ID": settings.app_id},
        )

    def id_seed(self, settings: PipelessSettings) -> str:
        """Return what an event id hashes besides the row (the template, the app)."""
        return str(settings.app_id)

    def id_line(self) -> str | None:
        """Return the line computing ``event_id`` without id columns (None: hash the values)."""
        return "    event_id = pipeless_key(PREFIX, APP_ID, event)"
