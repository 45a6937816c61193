"""Deterministic event ids: the same row gives the same id on every run and every machine.

That is what makes an upload safe to repeat: HubSpot keeps one event per ``id`` (a second send of
the same id is refused, not stored twice), and the journal keys Pipeless events (which have no id)
by the same kind of hash. The hash is BLAKE2b over a canonical text of the values, never Python's
``hash()`` (salted per process).

- HubSpot ``id`` = ``<prefix>-`` + 32 hex digits of BLAKE2b-128 over the template id and either the
  chosen columns' cell values (``event_id.columns``) or every mapped value of the event.
- Pipeless key = the same over the app id and the triple (start object type and id, relationship
  type, end object type and id), plus the relationship date when ``relationship.single`` is false
  (then a repeat at another time is another event).
"""

from __future__ import annotations

from collections.abc import Iterable
from hashlib import blake2b
from typing import Any

from app.core.cells import cell_text

ID_DIGEST_SIZE = 16
HUBSPOT_ID_MAX = 100
_SEPARATOR = "\x1f"  # unit separator: cannot be confused with text a cell holds next to it


def hash_text(prefix: str, text: str) -> str:
    """Return ``prefix-<hex>``: BLAKE2b-128 of ``text`` (UTF-8) in hexadecimal."""
    digest = blake2b(text.encode("utf-8", "surrogatepass"), digest_size=ID_DIGEST_SIZE).hexdigest()
    return f"{prefix}-{digest}" if prefix else digest


def cells_text(cells: Iterable[Any]) -> str:
    """Return the canonical text of raw cell values (for ids from chosen columns).

    Whole numbers keep no ``.0`` and dates are ISO (``cell_text``), so a value read from an xlsx
    file and the same value typed in a CSV give the same id; an empty cell is empty text.
    """
    return _SEPARATOR.join([c if c.__class__ is str else cell_text(c) for c in cells])


def values_text(values: Iterable[Any]) -> str:
    """Return the canonical text of converted event values (text, whole numbers, floats, booleans).

    The converter has already made every value canonical (whole floats are ints, text is
    stripped), so ``str`` of each is enough; a missing value is given as empty text.
    """
    return _SEPARATOR.join(map(str, values))


def make_event_id(prefix: str, parts: Iterable[Any]) -> str:
    """Return ``prefix-<hex>`` hashing raw values ``parts`` in order (see ``cells_text``)."""
    return hash_text(prefix, cells_text(parts))


def hubspot_event_id(prefix: str, template_id: str, values: Iterable[Any]) -> str:
    """Return the HubSpot event ``id`` for a template and the row's identifying values."""
    return make_event_id(prefix, [template_id, *values])


def pipeless_event_key(prefix: str, app_id: int, event: dict[str, Any]) -> str:
    """Return the journal key of a Pipeless event: a hash of its triple (see module docstring)."""
    start = event.get("start_object", {})
    relationship = event.get("relationship", {})
    end = event.get("end_object", {})
    parts: list[Any] = [
        str(app_id),
        start.get("type"),
        start.get("id"),
        relationship.get("type"),
        end.get("type"),
        end.get("id"),
    ]
    if relationship.get("single") is False:
        parts.append(relationship.get("created_on"))
    return make_event_id(prefix, parts)


__all__ = [
    "HUBSPOT_ID_MAX",
    "cells_text",
    "values_text",
    "hash_text",
    "hubspot_event_id",
    "make_event_id",
    "pipeless_event_key",
]


def repeat_safe(event: dict[str, Any]) -> bool:
    """Return True when sending ``event`` twice still stores it once.

    HubSpot deduplicates by event id, and Pipeless keeps one ``single`` relationship per pair of
    objects; but a Pipeless relationship with ``single: false`` has no identity at all, so a
    second copy of the request stores a second event. Such events are never re-sent after an
    answer that may have been lost: at most once beats twice for an event nobody can undo.
    """
    relationship = event.get("relationship")
    return not (isinstance(relationship, dict) and relationship.get("single") is False)
