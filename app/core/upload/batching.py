"""Batch sizes per destination and the cutting of rows into numbered batches.

Each destination module states its documented maximum and its default (``batch_max``,
``default_batch_size``). A larger batch means fewer requests against the rate limit, so the
defaults are the maxima; the user may choose smaller ones, never larger than the client
accepts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

from app.core.destinations import all_destinations

if TYPE_CHECKING:
    from app.core.upload.upload_plan import UploadPlan

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


DEFAULT_TEST_BATCH_ROWS = 5  # a test is a handful of real events, easy to find and check


def split_test_batch(plan: UploadPlan, rows: int) -> UploadPlan:
    """Return ``plan`` whose first batch holds only its first ``rows`` rows.

    A test batch is a few real events the user looks up in the destination, not a full request
    of 100. The rest of the first batch becomes batch 2 and later batches move up by one, so
    every row is still in exactly one batch, in the same order (the journal records each once).
    A plan whose first batch is already small enough is returned as it is.
    """
    batches = plan.batches
    if rows < 1 or not batches or len(batches[0].rows) <= rows:
        return plan
    first = batches[0]
    head = dataclasses.replace(first, rows=first.rows[:rows])
    tail = dataclasses.replace(first, batch_no=first.batch_no + 1, rows=first.rows[rows:])
    later = [dataclasses.replace(b, batch_no=b.batch_no + 1) for b in batches[1:]]
    return dataclasses.replace(
        plan, batches=(head, tail, *later), total_batches=plan.total_batches + 1
    )
