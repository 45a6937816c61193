"""The mapping file: which spreadsheet column (or fixed value) feeds which field of an event.

Format ``event-loader-mapping`` version 1 is a JSON object users can share (specified in the
README). It carries a snapshot of the destination's settings (for HubSpot the event template's
object type and tokens) so that a file can be validated offline, before any account is set up.

Targets are named as the APIs name them: ``email``, ``objectId``, ``utk``, ``domain``,
``timestamp``, ``tokens.<name>``, ``extraData.<name>`` for HubSpot; ``start_object.id``,
``start_object.type``, ``start_object.created_on``, ``relationship.type``,
``relationship.created_on``, ``relationship.single``, ``end_object.id``, ``end_object.type`` ... for
Pipeless.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

MAPPING_FORMAT = "event-loader-mapping"
MAPPING_VERSION = 1

HUBSPOT = "hubspot-timeline"
PIPELESS = "pipeless"
DESTINATIONS = (HUBSPOT, PIPELESS)
Destination = Literal["hubspot-timeline", "pipeless"]


class MappingError(Exception):
    """A mapping file that cannot be used; ``code`` is stable, the message names the problem."""

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


@dataclass(slots=True)
class PipelessSettings:
    """Destination settings for Pipeless events."""

    app_id: int
    synchronous: bool = False


@dataclass(slots=True)
class FieldRule:
    """How one target field gets its value.

    Exactly one of ``column`` (a header of the sheet) or ``value`` (a constant) is set, unless the
    rule only carries a ``default``. ``type`` overrides the type implied by the target;
    ``format`` is a strftime pattern for dates given as text; ``timezone`` is an IANA name applied to
    dates without an offset; ``default`` is used when the cell is empty; ``value_map`` maps file
    values to enumeration option values (``{"Débutant": "beginner"}``); ``match_labels`` lets
    option labels stand for their values, case-insensitively.
    """

    column: str | None = None
    value: Any = None
    type: str | None = None
    format: str | None = None
    timezone: str | None = None
    default: Any = None
    value_map: dict[str, str] = field(default_factory=dict)
    match_labels: bool = True


@dataclass(slots=True)
class EventIdRule:
    """How each event's deterministic id is derived.

    With ``columns`` the id hashes those columns' values (plus the template); without, it hashes
    every mapped value of the row. ``prefix`` is prepended so ids are recognisable in HubSpot.
    """

    columns: list[str] = field(default_factory=list)
    prefix: str = "el"


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
    enumeration, boolean, object_type, relationship_type, json.
    """

    name: str
    label: str
    kind: str
    required: bool = False
    options: tuple[TokenOption, ...] = ()
    description: str = ""


def load_mapping(path: str | Path) -> Mapping:
    """Load and check a mapping file; raise ``MappingError`` with a clear message if unusable."""
    raise NotImplementedError


def parse_mapping(data: dict[str, Any]) -> Mapping:
    """Build a ``Mapping`` from already-parsed JSON (see ``load_mapping``)."""
    raise NotImplementedError


def mapping_to_dict(mapping: Mapping) -> dict[str, Any]:
    """Return the JSON-ready form of a mapping; ``parse_mapping`` of it gives the same mapping."""
    raise NotImplementedError


def save_mapping(mapping: Mapping, path: str | Path) -> None:
    """Write a mapping file atomically (temporary file, then rename)."""
    raise NotImplementedError


def targets_for(mapping_or_settings: Mapping | HubSpotSettings | PipelessSettings) -> list[TargetField]:
    """List the target fields of a destination, required ones first."""
    raise NotImplementedError
