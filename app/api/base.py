"""What every destination client shares: the client protocol and the steps of sending a batch.

The protocol itself lives in the core (``app.core.upload.client``), re-exported here.
``BatchSender`` holds the part of ``send_batch`` that is the same for every API (an empty batch,
the size check, a 413 answer), so that a client only says how its batch is posted and how its
answer reads.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

import httpx

from app.core.upload.client import BatchReply, DestinationClient, ItemFailure
from app.core.upload.client_errors import BatchRejected


class BatchSender(ABC):
    """``send_batch`` for a client that posts a list of events and reads one answer.

    Subclasses set ``max_batch_size`` and ``service_name`` (the name a marketer knows, used in
    messages) and implement ``_post_batch`` and ``_read_batch_reply``.
    """

    max_batch_size: int
    service_name: str

    def send_batch(
        self,
        events: Sequence[dict[str, Any]],
        *,
        stop_event: threading.Event | None = None,
    ) -> BatchReply:
        """Send ``events`` in one call; an empty batch sends nothing.

        A batch over ``max_batch_size`` is a programming error (the planner cuts batches), so it
        raises ``ValueError`` rather than being sent. 413 raises ``BatchRejected``
        ``batch_too_large`` whatever the API; every other answer is read by the client.
        """
        if not events:
            return BatchReply(http_status=0)
        if len(events) > self.max_batch_size:
            raise ValueError(f"batch of {len(events)} events exceeds {self.max_batch_size}")
        response = self._post_batch(events, stop_event)
        if response.status_code == 413:
            raise BatchRejected(
                f"{self.service_name} found the batch too large.",
                ["batch too large"],
                http_status=413,
                code="batch_too_large",
            )
        return self._read_batch_reply(events, response)

    @abstractmethod
    def _post_batch(
        self, events: Sequence[dict[str, Any]], stop_event: threading.Event | None
    ) -> httpx.Response:
        """Post one batch (not empty, within the maximum) and return the answer."""

    @abstractmethod
    def _read_batch_reply(
        self, events: Sequence[dict[str, Any]], response: httpx.Response
    ) -> BatchReply:
        """Turn the answer into a ``BatchReply``, or raise the matching API error."""


__all__ = ["BatchReply", "BatchSender", "DestinationClient", "ItemFailure"]
