"""HubSpot custom events: batch send and event definitions (see the contract notes).

Events are sent with a private-app token or an OAuth access token (``Authorization: Bearer``,
scope ``analytics.behavioral_events.send``); with refresh credentials the token is renewed as
for timeline events. A batch answer says nothing per event:

======================  ==========================================================================
204                     every event of the batch delivered: ``BatchReply`` without failures
400                     ``BatchRejected``; events are blamed only where a detail points at
                        ``inputs[i]``, else the engine splits the batch to isolate the bad ones;
                        a reason naming a uuid used before is code ``id_in_use``
401                     refresh once (if possible) and resend, then ``AuthRefused``
403                     ``Forbidden`` (missing scope, or the account is not Enterprise)
404                     ``NotFound`` (``definition_not_found``)
429                     ``RateLimited`` (the shared limiter pauses everyone)
5xx                     ``TransientError`` with ``retry_after``
======================  ==========================================================================
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from app.api.base import BatchSender
from app.api.errors import redact
from app.api.http import check_base_url, json_body, make_http_client
from app.api.hubspot import HubSpotTransport, _input_index, _missing_scopes
from app.api.hubspot_auth import (
    SERVICE,
    HubSpotCredentials,
    OAuthRefresher,
    credentials_from_secrets,
)
from app.api.ratelimit import RateLimiter
from app.api.responses import error_texts, kept_headers, raise_if_transient, unexpected_status
from app.core.destinations.hubspot_events import (
    BATCH_MAX,
    DEFAULT_BASE_URL,
    HUBSPOT_EVENTS,
    HubSpotEventsSettings,
    settings_from_definition,
)
from app.core.upload.client import BatchReply
from app.core.upload.client_errors import ApiError, BatchRejected, Forbidden, NotFound

log = logging.getLogger("app.api.hubspot_events")

SEND_BATCH_PATH = "/events/v3/send/batch"
DEFINITIONS_PATH = "/events/v3/event-definitions"
DEFINITIONS_PAGE = 100
MAX_DEFINITION_PAGES = 50  # 500 definitions per account at most: a loop beyond is a server bug


@dataclass(frozen=True, slots=True)
class EventDefinition:
    """An event definition as HubSpot lists it, reduced to what the window shows and maps."""

    name: str  # fully qualified: pe<portalId>_<name>
    label: str
    primary_object: str
    property_count: int
    archived: bool
    raw: dict[str, Any]

    def to_settings(self) -> HubSpotEventsSettings:
        """Return the mapping's destination snapshot for this definition."""
        return settings_from_definition(self.raw)


def parse_definition(data: dict[str, Any]) -> EventDefinition:
    """Build an ``EventDefinition`` from HubSpot's JSON (unknown fields ignored)."""
    labels = data.get("labels")
    labels = labels if isinstance(labels, dict) else {}
    name = str(data.get("fullyQualifiedName") or data.get("name") or "")
    properties = data.get("properties")
    properties = properties if isinstance(properties, list) else []
    return EventDefinition(
        name=name,
        label=str(labels.get("singular") or data.get("name") or name),
        primary_object=str(data.get("primaryObject") or "CONTACT"),
        property_count=len(properties),
        archived=bool(data.get("archived")),
        raw=data,
    )


class HubSpotEventsClient(HubSpotTransport, BatchSender):
    """``DestinationClient`` for HubSpot custom events (see module docstring)."""

    service_name = SERVICE

    name = HUBSPOT_EVENTS

    def __init__(
        self,
        base_url: str,
        credentials: HubSpotCredentials,
        event_name: str = "",
        *,
        http: httpx.Client | None = None,
        limiter: RateLimiter | None = None,
        max_batch_size: int = BATCH_MAX,
        stop_event: threading.Event | None = None,
        owns_http: bool | None = None,
        clock: Callable[[], float] = time.time,
        on_tokens_refreshed: Callable[[HubSpotCredentials], None] | None = None,
    ) -> None:
        self.base_url = check_base_url(base_url)
        if not 1 <= max_batch_size <= BATCH_MAX:
            raise ValueError(f"custom event batches take 1 to {BATCH_MAX} events")
        self.max_batch_size = max_batch_size
        self.event_name = event_name
        self._owns_http = http is None if owns_http is None else owns_http
        self._http = http if http is not None else make_http_client()
        self.limiter = limiter if limiter is not None else RateLimiter()
        self.stop_event = stop_event
        self._auth = OAuthRefresher(
            credentials, self.base_url, self._http, clock=clock, on_refresh=on_tokens_refreshed
        )

    def __repr__(self) -> str:
        return f"HubSpotEventsClient({self.base_url!r}, event={self.event_name!r})"

    @property
    def credentials(self) -> HubSpotCredentials:
        """Current credentials (after any refresh)."""
        return self._auth.credentials

    def _secrets(self) -> tuple[str, ...]:
        return self._auth.secrets()

    def _raise_for_status(self, response: httpx.Response) -> None:
        raise_if_transient(response, self.limiter, SERVICE)
        status = response.status_code
        body = json_body(response)
        if status == 403:
            scopes = [redact(scope, self._secrets()) for scope in _missing_scopes(body)]
            hint = f" Missing permission: {', '.join(scopes)}." if scopes else ""
            raise Forbidden(
                "HubSpot does not allow custom events with the connected account (they need "
                "Marketing Hub or Content Hub Enterprise)." + hint,
                403,
                scopes,
            )
        if status == 404:
            raise NotFound(
                "definition_not_found",
                f"HubSpot does not know the custom event {self.event_name}. "
                "Choose the event definition again.",
                404,
            )
        raise unexpected_status(response, SERVICE, self._secrets())

    # ----------------------------------------------------------------- events
    def _post_batch(
        self, events: Sequence[dict[str, Any]], stop_event: threading.Event | None
    ) -> httpx.Response:
        body = {"inputs": list(events)}
        return self._send_authorized("POST", SEND_BATCH_PATH, stop_event, json=body)

    def _read_batch_reply(
        self, events: Sequence[dict[str, Any]], response: httpx.Response
    ) -> BatchReply:
        """Read the answer to a batch: 204 means every one of its events was delivered."""
        status = response.status_code
        if status in (200, 204):
            return BatchReply(http_status=status, headers=kept_headers(response))
        if status in (400, 409, 422):
            raise self._batch_rejected(events, response)
        self._raise_for_status(response)
        raise AssertionError("unreachable")  # pragma: no cover

    def _batch_rejected(
        self, events: Sequence[dict[str, Any]], response: httpx.Response
    ) -> BatchRejected:
        """Read a 400: events are blamed only where a detail says ``inputs[i]``."""
        body = json_body(response)
        texts = [redact(t, self._secrets()) for t in error_texts(body)] or [
            "HubSpot refused the batch without a reason."
        ]
        positions: dict[int, str] = {}
        details = body.get("errors") if isinstance(body, dict) else None
        for detail in details or ():
            if not isinstance(detail, dict):
                continue
            index = _input_index(detail, len(events))
            message = detail.get("message")
            if index is not None and isinstance(message, str):
                text = redact(message, self._secrets())
                positions[index] = f"{positions[index]}; {text}" if index in positions else text
        if len(events) == 1 and not positions:
            positions[0] = texts[0]  # a batch of one: the reason is its own
        # A uuid used before: the engine's id-in-use policy decides, as for timeline event ids.
        codes = {p: "id_in_use" for p, reason in positions.items() if _repeated_uuid(reason)}
        return BatchRejected(
            texts[0],
            texts,
            positions,
            codes,
            http_status=response.status_code,
            code="id_in_use" if codes and len(codes) == len(events) else "batch_rejected",
        )

    # ----------------------------------------------------------------- definitions
    def list_definitions(self, *, include_archived: bool = False) -> list[EventDefinition]:
        """List the account's event definitions with their properties, following the pages."""
        found: list[EventDefinition] = []
        after: str | None = None
        for _ in range(MAX_DEFINITION_PAGES):
            params: dict[str, Any] = {"includeProperties": "true", "limit": DEFINITIONS_PAGE}
            if after:
                params["after"] = after
            response = self._send_authorized("GET", DEFINITIONS_PATH, None, params=params)
            if response.status_code != 200:
                self._raise_for_status(response)
            body = json_body(response)
            results = body.get("results") if isinstance(body, dict) else None
            if not isinstance(results, list):
                raise ApiError(
                    "unexpected_response", "HubSpot sent event definitions in an unknown shape."
                )
            found.extend(parse_definition(r) for r in results if isinstance(r, dict))
            after = _next_after(body)
            if not after:
                break
        return [d for d in found if include_archived or not d.archived]

    def get_definition(self, event_name: str | None = None) -> EventDefinition:
        """Return one definition (by default the client's own) from the account's list."""
        wanted = event_name or self.event_name
        for definition in self.list_definitions(include_archived=True):
            if wanted in (definition.name, definition.raw.get("name")):
                return definition
        raise NotFound(
            "definition_not_found",
            f"HubSpot has no custom event called {wanted}. Check its name in HubSpot.",
            404,
        )

    # The core's ``CatalogueClient``: what the window and ``event-loader map`` list and read.
    def list_catalogue(self) -> list[dict[str, Any]]:
        """List the definitions not archived, as the API sends them."""
        return [d.raw for d in self.list_definitions()]

    def catalogue_entry(self, key: str) -> dict[str, Any]:
        """Return the definition ``key`` names, as the API sends it."""
        return self.get_definition(key).raw

    def check_connection(self, *, stop_event: threading.Event | None = None) -> None:
        """Prove the token works by reading the event definitions (nothing is written)."""
        response = self._send_authorized(
            "GET", DEFINITIONS_PATH, stop_event, params={"limit": 1, "includeProperties": "false"}
        )
        if response.status_code != 200:
            self._raise_for_status(response)

    def close(self) -> None:
        """Close the HTTP client if this client made it."""
        if self._owns_http:
            self._http.close()


def _repeated_uuid(reason: str) -> bool:
    """Tell whether HubSpot's reason says the occurrence's uuid was used before."""
    low = reason.lower()
    return "uuid" in low and any(word in low for word in ("already", "duplicate", "exists"))


def _next_after(body: Any) -> str | None:
    paging = body.get("paging") if isinstance(body, dict) else None
    following = paging.get("next") if isinstance(paging, dict) else None
    after = following.get("after") if isinstance(following, dict) else None
    return str(after) if after not in (None, "") else None


def build_client(
    settings: HubSpotEventsSettings,
    secrets: Mapping[str, Any],
    base_url: str | None,
    **common: Any,
) -> HubSpotEventsClient:
    """Build the client from a mapping's settings and the account's secrets (see factory)."""
    common.pop("synchronous", None)
    batch_size = common.pop("batch_size", None)
    return HubSpotEventsClient(
        base_url or DEFAULT_BASE_URL,
        credentials_from_secrets(secrets, "hubspot_events", "hubspot"),
        settings.event_name,
        max_batch_size=batch_size or BATCH_MAX,
        **common,
    )


__all__ = [
    "EventDefinition",
    "HubSpotEventsClient",
    "build_client",
    "parse_definition",
]
