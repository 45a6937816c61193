"""Build the right client from a mapping's destination settings and the account's saved secrets.

The engine, the command line and the window all go through ``make_client`` so that a client is
configured the same way everywhere (timeouts, pool size, rate limit, batch size).

The destination module (``app.core.destinations``) names the client module, the default address,
batch maximum and rate; each client module's ``build_client`` reads the account's secrets (the
keys the destination lists as ``secret_keys``).

The sandbox's ``credentials`` dict (``hubspot_access_token``, ``pipeless_api_key``, ...) is
accepted as well, so tests and the demo mode can pass it as it is.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from collections.abc import Mapping as AbcMapping
from typing import Any

import httpx

from app.api.http import HttpSettings, make_http_client
from app.api.hubspot_auth import HubSpotCredentials
from app.api.ratelimit import RateLimiter
from app.core.conversion.mapping import Mapping
from app.core.destinations import all_destinations, find
from app.core.upload.client import DestinationClient

# Secret keys per destination, as the account blobs hold them (from the destination modules).
SECRET_KEYS: dict[str, tuple[str, ...]] = {d.key: d.secret_keys for d in all_destinations()}


def _destination(key: str) -> Any:
    destination = find(key)
    if destination is None:
        raise ValueError(f"unknown destination {key!r}")
    return destination


def default_base_url(destination: str) -> str:
    """Return the production address of a destination."""
    return str(_destination(destination).default_base_url)


def max_batch_size(destination: str) -> int:
    """Return the largest batch a destination is known to take."""
    return int(_destination(destination).batch_max)


def make_limiter(destination: str, requests_per_10s: int | None = None) -> RateLimiter:
    """Build the limiter a run shares, at the destination's default rate unless told.

    The destination's ``default_rate_per_10s``; None leaves it unlimited unless told (a 429
    still pauses it), and a client may adapt it to the rate-limit headers it reads.
    """
    return RateLimiter(requests_per_10s or _destination(destination).default_rate_per_10s, 10.0)


def make_client(
    destination: str,
    settings: Any,
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
    """Build the client for ``destination`` (its module's ``build_client`` in ``app.api``).

    ``settings`` is a ``Mapping`` or its destination settings. ``base_url`` defaults to the
    production host (the sandbox passes its own). Without ``http`` the client gets its own pool
    sized for ``concurrency`` and closes it in ``close()``. Raises ``ValueError`` for a batch size
    the destination cannot take and ``InsecureURL`` for plain HTTP to a remote host.
    """
    spec = _destination(destination)
    if isinstance(settings, Mapping):
        if settings.destination != destination:
            raise ValueError(f"mapping is for {settings.destination}, not {destination}")
        chosen = settings.blocks.get(spec.attr)
        if chosen is None:
            raise ValueError(f"mapping has no {destination} settings")
        settings = chosen
    if not isinstance(settings, spec.settings_type):
        raise TypeError(f"{spec.display_name} needs {spec.settings_type.__name__}")
    limiter = limiter if limiter is not None else make_limiter(destination, requests_per_10s)
    if http is None:
        http = make_http_client(http_settings or HttpSettings(concurrency=concurrency))
        owns_http = True
    else:
        owns_http = False
    try:
        module = importlib.import_module(spec.client_module)
        client: DestinationClient = module.build_client(
            settings,
            secrets,
            base_url,
            http=http,
            limiter=limiter,
            batch_size=batch_size,
            stop_event=stop_event,
            owns_http=owns_http,
            synchronous=synchronous,
            on_tokens_refreshed=on_tokens_refreshed,
        )
    except BaseException:
        if owns_http:
            http.close()
        raise
    return client
