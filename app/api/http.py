"""The one HTTP client every destination shares, and the rules every request follows.

* HTTPS only, except to loopback hosts (the built-in sandbox): a token never crosses a network in
  clear text. ``check_base_url`` refuses before any I/O.
* Redirects are never followed: a POST of events must not be replayed elsewhere, and the
  ``Authorization`` header must never reach another host. A 3xx is reported as an error instead.
* TLS certificates are always verified; every phase of a request has a timeout.
* Transport failures (timeouts, resets, broken responses) become ``TransientError`` so the engine
  retries them; a certificate that does not verify is not transient and says so.
* Requests are logged at DEBUG as method, path, status and milliseconds; never headers or bodies,
  and secrets in query strings (``hapikey``) are replaced by ``***``.
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import ssl
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx

from app import __version__
from app.api.errors import ApiError, InsecureURL, TransientError

log = logging.getLogger("app.api.http")

USER_AGENT = f"EventLoader/{__version__}"

# Query parameters whose values are secrets (HubSpot's developer key travels in the URL).
SECRET_QUERY_PARAMS = frozenset(
    {"hapikey", "api_key", "apikey", "access_token", "refresh_token", "client_secret", "code"}
)


@dataclass(frozen=True, slots=True)
class HttpSettings:
    """Timeouts (seconds) and pool size of the shared client.

    ``read`` is long because a batch of 100 events can take the API a while to store; ``pool`` is
    the wait for a free connection when more requests are in flight than connections exist.
    ``concurrency`` is the engine's number of batches in flight: the pool keeps that many
    connections (plus one for token refreshes and checks) open.
    """

    connect: float = 10.0
    read: float = 60.0
    write: float = 30.0
    pool: float = 60.0
    concurrency: int = 4


def make_http_client(settings: HttpSettings | None = None) -> httpx.Client:
    """Build the shared ``httpx.Client`` (thread-safe; one per run, closed by its owner)."""
    s = settings or HttpSettings()
    connections = max(1, s.concurrency) + 1
    return httpx.Client(
        timeout=httpx.Timeout(connect=s.connect, read=s.read, write=s.write, pool=s.pool),
        limits=httpx.Limits(
            max_connections=connections,
            max_keepalive_connections=connections,
            keepalive_expiry=30.0,
        ),
        follow_redirects=False,
        verify=True,
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
    )


def is_loopback_host(host: str) -> bool:
    """Tell whether ``host`` is ``localhost`` or a loopback address (127.0.0.0/8, ::1)."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(url: str) -> str:
    """Return ``url`` without a trailing slash, or raise ``InsecureURL`` / ``ApiError``.

    Plain ``http://`` is accepted only for loopback hosts, where the sandbox runs.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ApiError("bad_url", "The service address is not a web address (https://...).")
    if parts.username or parts.password:
        raise ApiError("bad_url", "The service address must not contain a user name or password.")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InsecureURL()
    return url.strip().rstrip("/")


def redact_url(url: str | httpx.URL) -> str:
    """Return path and query of ``url`` with secret query values replaced by ``***``."""
    parts = urlsplit(str(url))
    if not parts.query:
        return parts.path
    pairs = [
        (k, "***" if k.lower() in SECRET_QUERY_PARAMS else v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return f"{parts.path}?{urlencode(pairs, safe='*')}"


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or HTTP date), or ``None``."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _is_certificate_error(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def send_request(
    http: httpx.Client,
    method: str,
    url: str,
    *,
    headers: Mapping[str, str] | None = None,
    json: Any = None,
    data: Mapping[str, str] | None = None,
    params: Mapping[str, str] | None = None,
    secrets: Iterable[str | None] = (),
) -> httpx.Response:
    """Send one request; map transport failures to ``TransientError``; log it without secrets.

    The URL is checked again here (not only when a client is built) so that no code path can send
    a token over plain HTTP to a remote host. The response body is read before returning.
    """
    check_base_url(url)
    known = tuple(s for s in secrets if s)
    request = http.build_request(method, url, headers=headers, json=json, data=data, params=params)
    shown = redact_url(request.url)
    for secret in known:
        shown = shown.replace(secret, "***")
    started = time.monotonic()
    try:
        response = http.send(request, follow_redirects=False)
        response.read()
    except httpx.TimeoutException as exc:
        ms = (time.monotonic() - started) * 1000
        log.debug("%s %s -> timeout (%s) %.0f ms", method, shown, type(exc).__name__, ms)
        raise TransientError("timeout", "The service did not answer in time.") from None
    except (httpx.NetworkError, httpx.RemoteProtocolError, httpx.ProxyError) as exc:
        ms = (time.monotonic() - started) * 1000
        log.debug("%s %s -> %s %.0f ms", method, shown, type(exc).__name__, ms)
        if _is_certificate_error(exc):
            raise ApiError(
                "certificate_error",
                "The secure connection could not be verified (certificate problem). "
                "Check the service address or your network's security settings.",
            ) from None
        raise TransientError(
            "connection_error", "The connection to the service was lost or refused."
        ) from None
    except httpx.DecodingError as exc:  # a garbled answer; the next attempt may be fine
        log.debug("%s %s -> %s", method, shown, type(exc).__name__)
        raise TransientError("bad_response", "The service sent an unreadable answer.") from None
    except (httpx.HTTPError, httpx.InvalidURL) as exc:  # e.g. an unsupported address
        log.debug("%s %s -> %s", method, shown, type(exc).__name__)
        raise ApiError("http_error", "The request could not be made. Check the address.") from None
    ms = (time.monotonic() - started) * 1000
    log.debug("%s %s -> %d %.0f ms", method, shown, response.status_code, ms)
    return response


def json_body(response: httpx.Response) -> Any:
    """Return the decoded JSON body, or ``None`` when the body is empty or not JSON."""
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return None
