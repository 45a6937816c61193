"""The client protocol: what every destination client offers the engine, whatever the API behind it.

The core owns it; ``app.api`` implements it (one client per destination).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class ItemFailure:
    """One event the API refused, by its position in the batch that was sent."""

    position: int
    reason: str
    code: str = "rejected"  # stable: rejected, id_in_use, ...


@dataclass(frozen=True, slots=True)
class BatchReply:
    """What the API said about one batch request.

    ``failures`` lists the refused events by position; every other event of the batch was
    accepted. ``unattributed`` holds errors the API reported without saying which event they
    concern: the engine isolates those by splitting the batch.
    """

    http_status: int
    failures: tuple[ItemFailure, ...] = ()
    unattributed: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)


class DestinationClient(Protocol):
    """One destination API; its methods raise the exceptions of ``client_errors`` on trouble."""

    name: str
    max_batch_size: int

    def send_batch(self, events: Sequence[dict[str, Any]]) -> BatchReply:
        """Send one batch (len <= max_batch_size)."""
        ...

    def check_connection(self) -> None:
        """Make one cheap authenticated call; raise if the credentials or settings are refused."""
        ...

    def close(self) -> None:
        """Release the HTTP connection pool."""
        ...


class CatalogueClient(Protocol):
    """A client whose account lists what events can be sent to (``Destination.catalogue``)."""

    def list_catalogue(self) -> list[dict[str, Any]]:
        """List the account's entries as the API sends them (archived ones left out)."""
        ...

    def catalogue_entry(self, key: str) -> dict[str, Any]:
        """Return the entry ``key`` names (``Destination.entry_key``); raise ``NotFound``."""
        ...
