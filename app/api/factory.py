"""Build the right client from a mapping's destination settings and the account's saved secrets.

The engine, the command line and the window all go through ``make_client`` so that a client is
configured the same way everywhere (timeouts, pool size, rate limit, batch size).

Secrets are the JSON blob saved for the account (``hubspot:<appId>`` / ``pipeless:<appId>``):

* HubSpot: ``access_token`` and/or ``refresh_token`` + ``client_id`` + ``client_secret``;
  optional ``developer_key`` (template listing) and ``expires_at`` (epoch seconds).
* Pipeless: ``api_key``.

The sandbox's ``credentials`` dict (``hubspot_access_token``, ``pipeless_api_key``, ...) is
accepted as well, so tests and the demo mode can pass it as it is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from collections.abc import Mapping as AbcMapping
from typing import Any

import httpx

from app.api.base import DestinationClient
from app.api.http import HttpSettings, make_http_client
from app.api.hubspot import DEFAULT_BASE_URL as HUBSPOT_URL
from app.api.hubspot import DOCUMENTED_BATCH_MAX, HubSpotClient, HubSpotCredentials
from app.api.pipeless import BATCH_MAX as PIPELESS_BATCH_MAX
from app.api.pipeless import DEFAULT_BASE_URL as PIPELESS_URL
from app.api.pipeless import PipelessClient
from app.api.ratelimit import RateLimiter
from app.core.mapping import HUBSPOT, PIPELESS, HubSpotSettings, Mapping, PipelessSettings

HUBSPOT_SECRET_KEYS = (
    "access_token",
    "refresh_token",
    "client_id",
    "client_secret",
    "developer_key",
    "expires_at",
)
PIPELESS_SECRET_KEYS = ("api_key",)

HUBSPOT_DEFAULT_RATE = 100  # requests per 10 s for OAuth apps and Free/Starter private apps


def default_base_url(destination: str) -> str:
    """Return the production address of a destination."""
    return {HUBSPOT: HUBSPOT_URL, PIPELESS: PIPELESS_URL}[destination]


def max_batch_size(destination: str) -> int:
    """Return the largest batch a destination is known to take."""
    return {HUBSPOT: DOCUMENTED_BATCH_MAX, PIPELESS: PIPELESS_BATCH_MAX}[destination]


def make_limiter(destination: str, requests_per_10s: int | None = None) -> RateLimiter:
    """Build the limiter a run shares.

    HubSpot: 100 requests per 10 s unless told (it then adapts to the rate-limit headers).
    Pipeless: unlimited unless told (it documents no limit); a 429 still pauses it.
    """
    if destination == HUBSPOT:
        return RateLimiter(requests_per_10s or HUBSPOT_DEFAULT_RATE, 10.0)
    if destination == PIPELESS:
        return RateLimiter(requests_per_10s, 10.0)
    raise ValueError(f"unknown destination {destination!r}")


def _secret(secrets: AbcMapping[str, Any], key: str, prefix: str) -> Any:
    """Read ``key`` from an account blob, or ``<prefix>_key`` from the sandbox's credentials."""
    for name in (key, f"{prefix}_{key}"):
        value = secrets.get(name)
        if value not in (None, ""):
            return value
    return None


def make_client(
    destination: str,
    settings: HubSpotSettings | PipelessSettings | Mapping,
    secrets: AbcMapping[str, Any],
    base_url: str | None = None,
    *,
    batch_size: int | None = None,
    concurrency: int = 4,
    http: httpx.Client | None = None,
    http_settings: HttpSettings | None = None,
    limiter: RateLimiter | None = None,
    requests_per_10s: int | None = None,
    stop_event: threading.Event | None = None,
    synchronous: bool | None = None,
    on_tokens_refreshed: Callable[[HubSpotCredentials], None] | None = None,
) -> DestinationClient:
    """Build the client for ``destination``.

    ``settings`` is a ``Mapping`` or its ``hubspot``/``pipeless`` settings. ``base_url`` defaults
    to the production host (the sandbox passes its own). Without ``http`` the client gets its own
    pool sized for ``concurrency`` and closes it in ``close()``. Raises ``ValueError`` for a batch
    size the destination cannot take and ``InsecureURL`` for plain HTTP to a remote host.
    """
    if isinstance(settings, Mapping):
        if settings.destination != destination:
            raise ValueError(f"mapping is for {settings.destination}, not {destination}")
        chosen = settings.hubspot if destination == HUBSPOT else settings.pipeless
        if chosen is None:
            raise ValueError(f"mapping has no {destination} settings")
        settings = chosen
    limiter = limiter if limiter is not None else make_limiter(destination, requests_per_10s)
    if http is None:
        http = make_http_client(http_settings or HttpSettings(concurrency=concurrency))
        owns_http = True
    else:
        owns_http = False
    try:
        client: HubSpotClient | PipelessClient
        if destination == HUBSPOT:
            if not isinstance(settings, HubSpotSettings):
                raise TypeError("HubSpot needs HubSpotSettings")
            expires_at = _secret(secrets, "expires_at", "hubspot")
            credentials = HubSpotCredentials(
                access_token=_secret(secrets, "access_token", "hubspot"),
                refresh_token=_secret(secrets, "refresh_token", "hubspot"),
                client_id=_secret(secrets, "client_id", "hubspot"),
                client_secret=_secret(secrets, "client_secret", "hubspot"),
                expires_at=float(expires_at) if expires_at is not None else None,
            )
            client = HubSpotClient(
                base_url or HUBSPOT_URL,
                credentials,
                settings.app_id,
                settings.event_template_id,
                _secret(secrets, "developer_key", "hubspot"),
                http=http,
                limiter=limiter,
                max_batch_size=batch_size or DOCUMENTED_BATCH_MAX,
                stop_event=stop_event,
                owns_http=owns_http,
                on_tokens_refreshed=on_tokens_refreshed,
            )
        elif destination == PIPELESS:
            if not isinstance(settings, PipelessSettings):
                raise TypeError("Pipeless needs PipelessSettings")
            client = PipelessClient(
                base_url or PIPELESS_URL,
                _secret(secrets, "api_key", "pipeless") or "",
                settings.app_id,
                settings.synchronous if synchronous is None else synchronous,
                http=http,
                limiter=limiter,
                max_batch_size=batch_size or PIPELESS_BATCH_MAX,
                stop_event=stop_event,
                owns_http=owns_http,
            )
        else:
            raise ValueError(f"unknown destination {destination!r}")
    except BaseException:
        if owns_http:
            http.close()
        raise
    return client
