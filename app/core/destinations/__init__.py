"""The destination registry: one module per service, asked instead of testing names.

``get(key)`` returns the ``Destination`` for a mapping's ``"destination"`` value;
``all_destinations()`` lists them in the order the window and the command line show them.
Adding a service means adding a module here (with the words the window and the command line
show of it), its client in ``app.api`` and its imitation in ``app.sandbox`` (one line in
``app.sandbox.imitations``); ``tests/test_destination_isolation.py`` counts the other files that
name it.
"""

from __future__ import annotations

from typing import Any

from app.core.destinations.base import Destination, EventLayout
from app.core.destinations.hubspot_events import HubSpotEvents
from app.core.destinations.hubspot_timeline import HubSpotTimeline
from app.core.destinations.pipeless import Pipeless

_REGISTRY: dict[str, Destination[Any]] = {}


def register(destination: Destination[Any]) -> Destination[Any]:
    """Add a destination (its ``key``, ``attr`` and ``short_name`` must be new)."""
    for other in _REGISTRY.values():
        if {other.key, other.attr, other.short_name} & {
            destination.key,
            destination.attr,
            destination.short_name,
        }:
            raise ValueError(f"destination {destination.key!r} clashes with {other.key!r}")
    _REGISTRY[destination.key] = destination
    return destination


for _destination in (HubSpotTimeline(), Pipeless(), HubSpotEvents()):
    register(_destination)


def get(key: str) -> Destination[Any]:
    """Return the destination called ``key``; KeyError when none is."""
    return _REGISTRY[key]


def find(key: Any) -> Destination[Any] | None:
    """Return the destination called ``key``, or None."""
    return _REGISTRY.get(key) if isinstance(key, str) else None


def all_destinations() -> list[Destination[Any]]:
    """Every registered destination, in registration order."""
    return list(_REGISTRY.values())


def keys() -> tuple[str, ...]:
    """Return the mapping file's ``"destination"`` values."""
    return tuple(_REGISTRY)


def by_attr(attr: str) -> Destination[Any] | None:
    """Return the destination whose settings a ``Mapping`` holds as ``attr``, or None."""
    for destination in _REGISTRY.values():
        if destination.attr == attr:
            return destination
    return None


def by_short_name(name: str) -> Destination[Any] | None:
    """Return the destination ``event-loader login NAME`` or an account prefix names."""
    for destination in _REGISTRY.values():
        if destination.short_name == name or destination.key == name:
            return destination
    return None


def field_noun(target: str, default: str = "token") -> str:
    """Return what the destination owning ``target`` calls such a field ("token", ...).

    Problem sentences name the field the way its destination does; a target no destination
    claims by its prefix (``email``) gets ``default``.
    """
    for destination in _REGISTRY.values():
        for prefix, noun in destination.field_nouns.items():
            if target.startswith(prefix):
                return noun
    return default


def exported_names() -> dict[str, Any]:
    """Names older callers import from ``app.core.conversion.mapping`` (``HUBSPOT``, …)."""
    names: dict[str, Any] = {}
    for destination in _REGISTRY.values():
        names.update(getattr(destination, "exports", {}))
    return names


__all__ = [
    "Destination",
    "EventLayout",
    "all_destinations",
    "by_attr",
    "by_short_name",
    "exported_names",
    "field_noun",
    "find",
    "get",
    "keys",
    "register",
]
