"""Batch sizes per destination and the cutting of rows into numbered batches.

Each destination module states its documented maximum and its default (HubSpot timeline events
100, Pipeless 10, HubSpot custom events 500). A larger batch means fewer requests against the
rate limit, so the defaults are the maxima; the user may choose smaller ones, never larger than
the client accepts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from app.core.destinations import all_destinations

DEFAULT_BATCH_SIZE: dict[str, int] = {d.key: d.default_batch_size for d in all_destinations()}
MAX_BATCH_SIZE: dict[str, int] = {d.key: d.batch_max for d in all_destinations()}

T = TypeVar("T")


class BatchSizeError(ValueError):
    """A requested batch size the destination cannot take; the message says the allowed range."""

    def __init__(self, requested: int, maximum: int) -> None:
        super().__init__(f"The batch size must be between 1 and {maximum} (got {requested}).")
        self.requested = requested
        self.maximum = maximum


def choose_batch_size(
    destination: str, requested: int | None = None, client_max: int | None = None
) -> int:
    """Return the batch size to use: ``requested`` or the destination's default, within limits.

    Raises ``BatchSizeError`` for a requested size below 1 or above what the destination (or the
    client, when it knows a tighter limit) accepts.
    """
    maximum = MAX_BATCH_SIZE.get(destination, 100)
    if client_max is not None:
        maximum = min(maximum, client_max)
    if requested is None:
        return max(1, min(DEFAULT_BATCH_SIZE.get(destination, maximum), maximum))
    if requested < 1 or requested > maximum:
        raise BatchSizeError(requested, maximum)
    return requested


def chunked(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """Yield consecutive slices of ``items`` of at most ``size`` elements."""
    if size < 1:
        raise ValueError("size must be at least 1")
    for start in range(0, len(items), size):
        yield items[start : start + size]
