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

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import partial
from hashlib import blake2b
from itertools import repeat
from operator import methodcaller
from typing import Any

from app.core.cells import cell_text

ID_DIGEST_SIZE = 16
HUBSPOT_ID_MAX = 100
_SEPARATOR = "\x1f"  # unit separator: cannot be confused with text a cell holds next to it
_ID_HASH = partial(blake2b, digest_size=ID_DIGEST_SIZE)
_TEXT, _INT = frozenset((str,)), frozenset((int,))
_ISO = frozenset((date, datetime))
_ISOFORMAT = methodcaller("isoformat")


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


def event_id(prefix: str, seed: str, parts: Sequence[Any]) -> str:
    """Return the id of one event: ``prefix-`` + BLAKE2b-128 over ``seed`` and ``parts``.

    The one formula of every event id, used by the conversion and by the tests. ``parts`` are
    either the chosen columns' raw cells (canonical text of ``cells_text``) or, for an id over
    every mapped value, those values as ``value_text`` gives them, which text passes unchanged.
    """
    text = _SEPARATOR.join([seed, *[p if p.__class__ is str else cell_text(p) for p in parts]])
    digest = blake2b(text.encode("utf-8", "surrogatepass"), digest_size=ID_DIGEST_SIZE).hexdigest()
    return f"{prefix}-{digest}" if prefix else digest


def value_text(value: Any) -> str:
    """Return the text a converted event value adds to an id over every mapped value.

    ``str`` of the value, a missing one (None) as empty text: converters already made values
    canonical (whole floats are ints, text is stripped). A boolean is ``True``/``False``, unlike a
    raw cell's ``true``/``false`` in ``cells_text``: journals hold ids computed this way, and a
    different text would give resumed runs new ids and send their rows again.
    """
    return "" if value is None else str(value)


def column_event_ids(prefix: str, seed: str, columns: Sequence[Sequence[Any]]) -> list[str]:
    """Return ``event_id(prefix, seed, parts)`` for every row of ``columns`` (one list per part).

    The same ids as calling ``event_id`` row by row, with the per-row work done by C loops
    (``map`` over ``str.join``, ``blake2b`` and ``hexdigest``): a large check computes them in
    a fraction of the time. Columns holding cells other than text go through ``cell_text``.
    """
    texts: list[Sequence[str]] = []
    for column in columns:
        kinds = set(map(type, column))
        if kinds <= _TEXT:
            texts.append(column)
        elif kinds <= _ISO:  # cell_text of a date or a date-time is its isoformat()
            texts.append(list(map(_ISOFORMAT, column)))
        elif kinds <= _INT:
            texts.append(list(map(str, column)))
        else:
            texts.append([c if c.__class__ is str else cell_text(c) for c in column])
    size = len(columns[0]) if columns else 0
    joined = map(_SEPARATOR.join, zip(repeat(seed, size), *texts, strict=True))
    encoded = map(methodcaller("encode", "utf-8", "surrogatepass"), joined)
    digests = map(methodcaller("hexdigest"), map(_ID_HASH, encoded))
    return list(map(f"{prefix}-".__add__, digests)) if prefix else list(digests)


def pipeless_event_key(prefix: str, app_id: int, event: dict[str, Any]) -> str:
    """Return the journal key of a Pipeless event: a hash of its triple (see module docstring)."""
    start = event.get("start_object", {})
    relationship = event.get("relationship", {})
    end = event.get("end_object", {})
    parts: list[Any] = [
        start.get("type"),
        start.get("id"),
        relationship.get("type"),
        end.get("type"),
        end.get("id"),
    ]
    if relationship.get("single") is False:
        parts.append(relationship.get("created_on"))
    return event_id(prefix, str(app_id), parts)


__all__ = [
    "HUBSPOT_ID_MAX",
    "cells_text",
    "column_event_ids",
    "event_id",
    "hash_text",
    "pipeless_event_key",
    "value_text",
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
