"""Pipeless events: ``POST /v1/apps/{app_id}/events/batch``, at most 10 events a call.

The API key goes in ``Authorization: Bearer <key>``. Success is 202 (asynchronous, the default) or
201 (``synchronous: true``). Pipeless has no partial success: a 400 ``{"errors": [...]}`` refuses
the batch, and its messages name the events by index (``events[3].end_object.type ...``), which
become ``BatchRejected.positions`` so the engine can resend the others. 401/403/404/429 are not
documented; they are read the way every HTTP API means them.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from app.api.base import BatchReply, BatchSender
from app.api.errors import AuthRefused, BatchRejected, Forbidden, NotFound, redact
from app.api.http import check_base_url, json_body, make_http_client, send_request
from app.api.ratelimit import RateLimiter
from app.api.responses import error_texts, kept_headers, raise_if_transient, unexpected_status
from app.core.destinations.pipeless import PIPELESS, PipelessSettings

log = logging.getLogger("app.api.pipeless")

DEFAULT_BASE_URL = "https://api.pipeless.io"
BATCH_PATH = "/v1/apps/{app_id}/events/batch"
RECENT_EVENTS_PATH = "/v1/apps/{app_id}/recent-events"
BATCH_MAX = 10  # "up to 10 events in one API call"
SERVICE = "Pipeless"

_POSITION = re.compile(r"\bevents\[(\d+)\]")


def positions_from_errors(texts: Sequence[str], batch_size: int) -> dict[int, str]:
    """Map ``events[i]`` mentions to their messages (several messages for one event are joined)."""
    positions: dict[int, str] = {}
    for text in texts:
        for match in _POSITION.finditer(text):
            index = int(match.group(1))
            if 0 <= index < batch_size:
                previous = positions.get(index)
                positions[index] = (
                    text if previous is None or text in previous else (f"{previous}; {text}")
                )
    return positions


class PipelessClient(BatchSender):
    """``DestinationClient`` for Pipeless (see module docstring).

    ``synchronous=True`` asks Pipeless to store the events before answering (201) instead of
    queueing them (202); slower, but an accepted batch is then known to be written.
    Pipeless documents no rate limit, so the default limiter only reacts to 429s.
    """

    service_name = SERVICE

    name = PIPELESS

    def __init__(
        self,
        base_url: str,
        api_key: str,
        app_id: int | str,
        synchronous: bool = False,
        *,
        http: httpx.Client | None = None,
        limiter: RateLimiter | None = None,
        max_batch_size: int = BATCH_MAX,
        stop_event: threading.Event | None = None,
        owns_http: bool | None = None,
    ) -> None:
        self.base_url = check_base_url(base_url)
        if not 1 <= max_batch_size <= BATCH_MAX:
            raise ValueError(f"Pipeless batches hold 1 to {BATCH_MAX} events")
        self.max_batch_size = max_batch_size
        self.app_id = str(app_id)
        self.synchronous = synchronous
        self._api_key = api_key
        self._owns_http = http is None if owns_http is None else owns_http
        self._http = http if http is not None else make_http_client()
        self.limiter = limiter if limiter is not None else RateLimiter(max_requests=None)
        self.stop_event = stop_event

    def __repr__(self) -> str:
        return f"PipelessClient({self.base_url!r}, app_id={self.app_id})"

    def _send(
        self, method: str, path: str, stop_event: threading.Event | None, **kwargs: Any
    ) -> httpx.Response:
        if not self._api_key:
            raise AuthRefused(
                "No Pipeless API key is set. Connect the account again.", None, "api_key"
            )
        permit = self.limiter.acquire(stop_event if stop_event is not None else self.stop_event)
        try:
            response = send_request(
                self._http,
                method,
                self.base_url + path.format(app_id=self.app_id),
                headers={"Authorization": f"Bearer {self._api_key}"},
                secrets=(self._api_key,),
                **kwargs,
            )
        finally:
            self.limiter.release(permit)
        self.limiter.update_from_headers(response.headers, permit)
        return response

    def _raise_for_status(self, response: httpx.Response) -> None:
        status = response.status_code
        raise_if_transient(response, self.limiter, SERVICE)
        if status == 401:
            raise AuthRefused(
                "Pipeless refused the API key. Check the key of the app.", 401, "api_key"
            )
        if status == 403:
            raise Forbidden(
                "Pipeless does not allow this API key to write to this app. Check the app id "
                "and the key.",
                403,
            )
        if status == 404:
            raise NotFound(
                "app_not_found",
                f"Pipeless does not know the app {self.app_id}. Check the app id.",
                404,
            )
        raise unexpected_status(response, SERVICE, (self._api_key,))

    def _post_batch(
        self, events: Sequence[dict[str, Any]], stop_event: threading.Event | None
    ) -> httpx.Response:
        body = {"events": list(events), "synchronous": self.synchronous}
        return self._send("POST", BATCH_PATH, stop_event, json=body)

    def _read_batch_reply(
        self, events: Sequence[dict[str, Any]], response: httpx.Response
    ) -> BatchReply:
        """Read the answer: 201/202 → accepted, 400 → ``BatchRejected`` with positions."""
        status = response.status_code
        if status in (200, 201, 202):
            return BatchReply(http_status=status, headers=kept_headers(response))
        if status in (400, 422):
            texts = [redact(t, (self._api_key,)) for t in error_texts(json_body(response))]
            texts = texts or ["Pipeless refused the batch without a reason."]
            raise BatchRejected(
                texts[0], texts, positions_from_errors(texts, len(events)), http_status=status
            )
        self._raise_for_status(response)
        raise AssertionError("unreachable")  # pragma: no cover

    def check_connection(self, *, stop_event: threading.Event | None = None) -> None:
        """Read the app's most recent event: needs the same key and app id as the upload.

        A read writes nothing, so checking a key can never create an event. 401/403/404 raise
        ``AuthRefused``/``Forbidden``/``NotFound``.
        """
        response = self._send("GET", RECENT_EVENTS_PATH, stop_event, params={"limit": "1"})
        if response.status_code != 200:
            self._raise_for_status(response)

    def close(self) -> None:
        """Close the HTTP client if this client made it."""
        if self._owns_http:
            self._http.close()


def build_client(
    settings: PipelessSettings, secrets: Mapping[str, Any], base_url: str | None, **common: Any
) -> PipelessClient:
    """Build the client from a mapping's settings and the account's secrets (see factory)."""
    if not isinstance(settings, PipelessSettings):
        raise TypeError("Pipeless needs PipelessSettings")
    synchronous = common.pop("synchronous", None)
    batch_size = common.pop("batch_size", None)
    common.pop("on_tokens_refreshed", None)
    api_key = secrets.get("api_key") or secrets.get("pipeless_api_key") or ""
    return PipelessClient(
        base_url or DEFAULT_BASE_URL,
        api_key,
        settings.app_id,
        settings.synchronous if synchronous is None else synchronous,
        max_batch_size=batch_size or BATCH_MAX,
        **common,
    )
