"""The client protocol lives in the core (``app.core.client``); re-exported for the clients."""

from __future__ import annotations

from app.core.client import BatchReply, DestinationClient, ItemFailure

__all__ = ["BatchReply", "DestinationClient", "ItemFailure"]
