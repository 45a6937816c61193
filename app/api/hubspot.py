"""HubSpot timeline events: batch create and event templates (sign-in: ``hubspot_auth``).

Events are written with an OAuth access token (``Authorization: Bearer``, scope ``timeline``);
templates are read with the app's developer API key (``hapikey`` query parameter). A long upload
outlives the 30-minute access token, so with a refresh token + client id + client secret the
client gets a fresh token before the old one expires, or when a 401 says it has.

Mapping answers to what the engine does:

======================  ==========================================================================
201 / 200               every event stored: ``BatchReply`` without failures
207                     ``errors[]`` mapped to positions through ``context.ids`` and the events'
                        ``id``; errors that name no known id go to ``unattributed``
400 / 409 / 422         ``BatchRejected`` (``positions`` when the body names ids; code
                        ``id_in_use`` for "Event ID already in use")
413                     ``BatchRejected`` code ``batch_too_large`` (split and resend)
401                     refresh once (if possible) and resend, then ``AuthRefused``
403                     ``Forbidden`` with the missing scopes when named
404                     ``NotFound`` (``template_not_found`` / ``app_not_found``)
429                     ``RateLimited`` (the shared limiter pauses everyone)
423 / 477 / 5xx        ``TransientError`` with ``retry_after``
======================  ==========================================================================
"""

from __future__ import annotations

import logging
import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from app.api.base import BatchReply, BatchSender, ItemFailure
from app.api.errors import (
    ApiError,
    AuthRefused,
    BatchRejected,
    Forbidden,
    NotFound,
    redact,
)
from app.api.http import check_base_url, json_body, make_http_client, send_request
from app.api.hubspot_auth import (
    SERVICE,
    HubSpotCredentials,
    OAuthRefresher,
    credentials_from_secrets,
    secret_value,
)
from app.api.ratelimit import RateLimiter
from app.api.responses import error_texts, kept_headers, raise_if_transient, unexpected_status
from app.core.conversion.mapping_types import TokenOption, TokenSpec
from app.core.destinations.hubspot_timeline import HUBSPOT, HubSpotSettings

log = logging.getLogger("app.api.hubspot")

DEFAULT_BASE_URL = "https://api.hubapi.com"
BATCH_PATH = "/integrators/timeline/v3/events/batch/create"
EVENT_PATH = "/integrators/timeline/v3/events/{template_id}/{event_id}"
TEMPLATES_PATHS = (
    "/integrators/timeline/v3/{app_id}/event-templates",
    "/crm/v3/timeline/{app_id}/event-templates",  # older path, still served for SDKs up to 2023
)

# HubSpot does not publish the batch maximum; its v1 batch and CRM batch endpoints take 100.
DOCUMENTED_BATCH_MAX = 100

ID_IN_USE_MARK = "already in use"


@dataclass(frozen=True, slots=True)
class EventTemplate:
    """An event template as listed by HubSpot, reduced to what mapping needs."""

    id: str
    name: str
    object_type: str
    tokens: tuple[TokenSpec, ...] = ()

    def to_settings(self, app_id: int) -> HubSpotSettings:
        """Return the mapping's destination snapshot for this template."""
        return HubSpotSettings(
            app_id=app_id,
            event_template_id=self.id,
            object_type=self.object_type,
            tokens=list(self.tokens),
            template_name=self.name,
        )


def parse_template(data: dict[str, Any]) -> EventTemplate:
    """Build an ``EventTemplate`` from HubSpot's JSON (unknown fields ignored)."""
    tokens = []
    for token in data.get("tokens") or ():
        if not isinstance(token, dict) or not token.get("name"):
            continue
        options = tuple(
            TokenOption(label=str(o.get("label", o.get("value", ""))), value=str(o.get("value")))
            for o in token.get("options") or ()
            if isinstance(o, dict)
        )
        tokens.append(
            TokenSpec(
                name=str(token["name"]),
                type=str(token.get("type", "string")),
                label=token.get("label"),
                options=options,
            )
        )
    return EventTemplate(
        id=str(data.get("id", "")),
        name=str(data.get("name", "")),
        object_type=str(data.get("objectType", "contacts")),
        tokens=tuple(tokens),
    )


class HubSpotTransport:
    """Requests to HubSpot with the OAuth token, paced by the shared rate limiter.

    Both HubSpot clients (timeline events and custom events) send this way: one slot of the
    limiter per request, held until the answer, and one renewal of the token on a 401.
    """

    base_url: str
    limiter: RateLimiter
    stop_event: threading.Event | None
    _http: httpx.Client
    _auth: OAuthRefresher

    def _secrets(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _send_paced(
        self,
        method: str,
        url: str,
        stop_event: threading.Event | None,
        **kwargs: Any,
    ) -> httpx.Response:
        """One request through the shared rate limiter; the slot is held until the answer."""
        permit = self.limiter.acquire(stop_event if stop_event is not None else self.stop_event)
        try:
            response = send_request(self._http, method, url, secrets=self._secrets(), **kwargs)
        finally:
            self.limiter.release(permit)
        self.limiter.update_from_headers(response.headers, permit)
        return response

    def _send_authorized(
        self,
        method: str,
        path: str,
        stop_event: threading.Event | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send with the OAuth token; on 401, renew once and send again; then ``AuthRefused``."""
        token = self._auth.token()
        for attempt in range(2):
            response = self._send_paced(
                method,
                self.base_url + path,
                stop_event,
                headers={"Authorization": f"Bearer {token}"},
                **kwargs,
            )
            if response.status_code != 401:
                return response
            if attempt == 0 and self._auth.credentials.can_refresh:
                log.debug("HubSpot answered 401; renewing the access token")
                token = self._auth.refresh(token)
                continue
            break
        raise AuthRefused(
            "HubSpot refused the access token. Connect the account again."
            if not self._auth.credentials.can_refresh
            else "HubSpot refused the access token even after renewing it. "
            "Connect the account again."
        )


class HubSpotClient(HubSpotTransport, BatchSender):
    """``DestinationClient`` for HubSpot timeline events (see module docstring).

    ``http`` and ``limiter`` are shared with the other requests of the run; when ``http`` is not
    given the client makes its own and closes it in ``close`` (``owns_http`` overrides).
    ``stop_event`` (or the one passed to ``send_batch``) interrupts a wait for the rate limiter
    with ``RequestCancelled``.
    ``max_batch_size`` above 100 is refused unless ``allow_larger_batches`` (the real maximum is
    not published).
    """

    service_name = SERVICE

    name = HUBSPOT

    def __init__(
        self,
        base_url: str,
        credentials: HubSpotCredentials,
        app_id: int | str,
        template_id: str | int,
        developer_key: str | None = None,
        *,
        http: httpx.Client | None = None,
        limiter: RateLimiter | None = None,
        max_batch_size: int = DOCUMENTED_BATCH_MAX,
        allow_larger_batches: bool = False,
        stop_event: threading.Event | None = None,
        owns_http: bool | None = None,
        clock: Callable[[], float] = time.time,
        on_tokens_refreshed: Callable[[HubSpotCredentials], None] | None = None,
    ) -> None:
        self.base_url = check_base_url(base_url)
        if max_batch_size < 1:
            raise ValueError("max_batch_size must be at least 1")
        if max_batch_size > DOCUMENTED_BATCH_MAX and not allow_larger_batches:
            raise ValueError(
                f"HubSpot batches are limited to {DOCUMENTED_BATCH_MAX} events "
                "(pass allow_larger_batches=True to go beyond)"
            )
        self.max_batch_size = max_batch_size
        self.app_id = str(app_id)
        self.template_id = str(template_id)
        self._developer_key = developer_key or None
        self._owns_http = http is None if owns_http is None else owns_http
        self._http = http if http is not None else make_http_client()
        self.limiter = limiter if limiter is not None else RateLimiter()
        self.stop_event = stop_event
        self._auth = OAuthRefresher(
            credentials, self.base_url, self._http, clock=clock, on_refresh=on_tokens_refreshed
        )

    def __repr__(self) -> str:
        return f"HubSpotClient({self.base_url!r}, app={self.app_id}, template={self.template_id})"

    # ----------------------------------------------------------------- plumbing
    @property
    def credentials(self) -> HubSpotCredentials:
        """Current credentials (after any refresh)."""
        return self._auth.credentials

    def _secrets(self) -> tuple[str, ...]:
        return (*self._auth.secrets(), *((self._developer_key,) if self._developer_key else ()))

    def _raise_for_status(self, response: httpx.Response, not_found_code: str) -> None:
        """Raise the error matching a non-success answer (other than 400/207 handled by callers)."""
        status = response.status_code
        raise_if_transient(response, self.limiter, SERVICE)
        body = json_body(response)
        if status == 401:
            raise AuthRefused("HubSpot refused the access token. Connect the account again.")
        if status == 403:
            scopes = [redact(scope, self._secrets()) for scope in _missing_scopes(body)]
            hint = f" Missing permission: {', '.join(scopes)}." if scopes else ""
            raise Forbidden(
                "HubSpot does not allow this with the connected account."
                + hint
                + " Ask a HubSpot administrator, then connect again.",
                403,
                scopes,
            )
        if status == 404:
            raise NotFound(not_found_code, _not_found_message(not_found_code, self), 404)
        raise unexpected_status(response, SERVICE, self._secrets())

    # ----------------------------------------------------------------- events
    def _post_batch(
        self, events: Sequence[dict[str, Any]], stop_event: threading.Event | None
    ) -> httpx.Response:
        return self._send_authorized("POST", BATCH_PATH, stop_event, json={"inputs": list(events)})

    def _read_batch_reply(
        self, events: Sequence[dict[str, Any]], response: httpx.Response
    ) -> BatchReply:
        """Read the answer to a batch; see the module docstring for the answers' meaning."""
        status = response.status_code
        headers = kept_headers(response)
        if status in (200, 201):
            return BatchReply(http_status=status, headers=headers)
        if status == 207:
            failures, unattributed = self._map_errors(events, json_body(response))
            return BatchReply(
                http_status=status,
                failures=tuple(failures),
                unattributed=tuple(unattributed),
                headers=headers,
            )
        if status in (400, 409, 422):
            raise self._batch_rejected(events, response)
        self._raise_for_status(response, "template_not_found")
        raise AssertionError("unreachable")  # pragma: no cover

    def _positions_by_id(self, events: Sequence[dict[str, Any]]) -> dict[str, list[int]]:
        index: dict[str, list[int]] = {}
        for position, event in enumerate(events):
            event_id = event.get("id")
            if event_id is not None:
                index.setdefault(str(event_id), []).append(position)
        return index

    def _reason(self, error: dict[str, Any]) -> str:
        """All distinct messages of one error (its own and its details'), joined."""
        texts = error_texts(error)
        return redact("; ".join(texts), self._secrets()) if texts else "Refused by HubSpot."

    def _map_errors(
        self, events: Sequence[dict[str, Any]], body: Any
    ) -> tuple[list[ItemFailure], list[str]]:
        """Turn a 207's ``errors[]`` into failures by position, and the rest into unattributed."""
        by_id = self._positions_by_id(events)
        failures: dict[int, ItemFailure] = {}
        unattributed: list[str] = []
        errors = body.get("errors") if isinstance(body, dict) else None
        for error in errors or ():
            if not isinstance(error, dict):
                continue
            reason = self._reason(error)
            code = "id_in_use" if ID_IN_USE_MARK in reason.lower() else "rejected"
            positions = [p for i in _error_ids(error) for p in by_id.get(i, ())]
            if not positions:
                unattributed.append(reason)
            for position in positions:
                failures.setdefault(position, ItemFailure(position, reason, code))
        if errors is None or (not failures and not unattributed):
            # A 207 that names no error at all: something went wrong for an unknown event.
            unattributed.append("HubSpot reported a partial failure without details.")
        return sorted(failures.values(), key=lambda f: f.position), unattributed

    def _batch_rejected(
        self, events: Sequence[dict[str, Any]], response: httpx.Response
    ) -> BatchRejected:
        """Read a whole-batch refusal: who is blamed (by event id only) and why.

        Events are blamed only through the ids the body names, never by guessing. When the
        body's details point at ``inputs[i]`` and that event is among the blamed ones, its own
        messages become its reason instead of the batch's first message.
        """
        body = json_body(response)
        texts = [redact(t, self._secrets()) for t in error_texts(body)] or [
            "HubSpot refused the batch without a reason."
        ]
        by_id = self._positions_by_id(events)
        details = (
            [e for e in (body.get("errors") or ()) if isinstance(e, dict)]
            if isinstance(body, dict)
            else []
        )
        own: dict[int, list[str]] = {}
        for detail in details:
            index = _input_index(detail, len(events))
            text = detail.get("message")
            if index is not None and isinstance(text, str) and text not in own.get(index, []):
                own.setdefault(index, []).append(redact(text, self._secrets()))
        positions: dict[int, str] = {}
        for source in ([body] if isinstance(body, dict) else []) + details:
            for event_id in _error_ids(source):
                for position in by_id.get(event_id, ()):
                    if position in own:
                        reason = "; ".join(own[position])
                    else:
                        reason = texts[0] if source is body else self._reason(source)
                    positions.setdefault(position, reason)
        codes = {p: "id_in_use" for p, r in positions.items() if ID_IN_USE_MARK in r.lower()}
        whole_id_in_use = any(ID_IN_USE_MARK in t.lower() for t in texts)
        return BatchRejected(
            texts[0],
            texts,
            positions,
            codes,
            http_status=response.status_code,
            code="id_in_use" if whole_id_in_use else "batch_rejected",
        )

    # ----------------------------------------------------------------- templates
    def _template_request(self, suffix: str) -> httpx.Response:
        """GET a templates URL with the developer key, trying the older path on a 404."""
        if not self._developer_key:
            raise ApiError(
                "developer_key_missing",
                "Listing HubSpot event templates needs the app's developer API key.",
            )
        response: httpx.Response | None = None
        for path in TEMPLATES_PATHS:
            response = self._send_paced(
                "GET",
                self.base_url + path.format(app_id=self.app_id) + suffix,
                None,
                params={"hapikey": self._developer_key},
            )
            if response.status_code != 404:
                break
        assert response is not None
        if response.status_code in (401, 403):
            raise AuthRefused(
                "HubSpot refused the developer API key. Check the key of the app.",
                response.status_code,
                credential="developer_key",
            )
        return response

    def list_templates(self) -> list[EventTemplate]:
        """List the app's event templates with their tokens (HubSpot returns all, no paging)."""
        response = self._template_request("")
        if response.status_code != 200:
            self._raise_for_status(response, "app_not_found")
        body = json_body(response)
        results = body.get("results") if isinstance(body, dict) else None
        if not isinstance(results, list):
            raise ApiError("unexpected_response", "HubSpot sent templates in an unknown shape.")
        return [parse_template(item) for item in results if isinstance(item, dict)]

    def get_template(self, template_id: str | int | None = None) -> EventTemplate:
        """One event template (by default the client's own)."""
        template_id = str(template_id if template_id is not None else self.template_id)
        response = self._template_request(f"/{template_id}")
        if response.status_code != 200:
            self._raise_for_status(response, "template_not_found")
        body = json_body(response)
        if not isinstance(body, dict):
            raise ApiError("unexpected_response", "HubSpot sent a template in an unknown shape.")
        return parse_template(body)

    # ----------------------------------------------------------------- checks
    def check_connection(self, *, stop_event: threading.Event | None = None) -> None:
        """Prove the token can read timeline events of the template, without writing anything.

        Reads an event id that cannot exist (``GET .../events/{template}/{random}``): the call
        needs the same token and ``timeline`` scope as the upload, so a 404 ("no such event")
        means the token is accepted, while 401/403 raise ``AuthRefused``/``Forbidden``. With
        refresh credentials and no saved access token, the first call also proves that the
        refresh token and app secret work. When a developer key is set, the template is fetched
        too, so an unknown template or a wrong key shows before the upload, not at its first batch.
        """
        probe = f"event-loader-check-{uuid.uuid4().hex}"
        path = EVENT_PATH.format(template_id=self.template_id, event_id=probe)
        response = self._send_authorized("GET", path, stop_event)
        if response.status_code not in (200, 404):
            self._raise_for_status(response, "template_not_found")
        if self._developer_key:
            self.get_template()

    def close(self) -> None:
        """Close the HTTP client if this client made it."""
        if self._owns_http:
            self._http.close()


def _error_ids(error: dict[str, Any]) -> list[str]:
    """Event ids an error names: ``context.ids`` (and ``context.id``/``eventIds`` variants)."""
    context = error.get("context")
    ids: list[str] = []
    if isinstance(context, dict):
        for key in ("ids", "id", "eventIds", "eventId"):
            value = context.get(key)
            if isinstance(value, str):
                ids.append(value)
            elif isinstance(value, list):
                ids.extend(str(v) for v in value if isinstance(v, str | int))
    return ids


_INPUT_INDEX = re.compile(r"\binputs\[(\d+)\]")


def _input_index(detail: dict[str, Any], size: int) -> int | None:
    """Return the ``i`` of ``inputs[i]`` an error detail points at (its ``in`` field), if any."""
    where = detail.get("in")
    match = _INPUT_INDEX.search(where) if isinstance(where, str) else None
    if match is None or int(match.group(1)) >= size:
        return None
    return int(match.group(1))


def _missing_scopes(body: Any) -> list[str]:
    scopes: list[str] = []
    sources = [body] if isinstance(body, dict) else []
    if isinstance(body, dict):
        sources += [e for e in body.get("errors") or () if isinstance(e, dict)]
    for source in sources:
        context = source.get("context")
        if isinstance(context, dict):
            for key in ("missingScopes", "requiredScopes"):
                for scope in context.get(key) or ():
                    if isinstance(scope, str) and scope not in scopes:
                        scopes.append(scope)
    return scopes


def _not_found_message(code: str, client: HubSpotClient) -> str:
    if code == "app_not_found":
        return f"HubSpot does not know the app {client.app_id}. Check the app id."
    return (
        f"HubSpot does not know the event template {client.template_id} in app {client.app_id}. "
        "Choose the template again."
    )


def build_client(
    settings: HubSpotSettings, secrets: Mapping[str, Any], base_url: str | None, **common: Any
) -> HubSpotClient:
    """Build the client from a mapping's settings and the account's secrets (see factory)."""
    if not isinstance(settings, HubSpotSettings):
        raise TypeError("HubSpot needs HubSpotSettings")
    common.pop("synchronous", None)
    batch_size = common.pop("batch_size", None)
    return HubSpotClient(
        base_url or DEFAULT_BASE_URL,
        credentials_from_secrets(secrets, "hubspot"),
        settings.app_id,
        settings.event_template_id,
        secret_value(secrets, "developer_key", "hubspot"),
        max_batch_size=batch_size or DOCUMENTED_BATCH_MAX,
        **common,
    )
