"""HubSpot sign-in for event writes: the credentials held, and the OAuth token kept fresh.

A long upload outlives HubSpot's 30-minute access token. With a refresh token, a client id and
a client secret, ``OAuthRefresher`` gets a new token before the old one expires, or when a 401
says it has, once however many batches ask together. The timeline and custom events clients
both use it; the values never appear in a repr, a log or an error text.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from app.api.errors import AuthRefused
from app.api.http import json_body, send_request
from app.api.responses import raise_if_transient, unexpected_status

log = logging.getLogger("app.api.hubspot")

TOKEN_PATH = "/oauth/v1/token"
# Refresh this long before the announced expiry, so no request leaves with a dying token.
REFRESH_MARGIN_S = 60.0
SERVICE = "HubSpot"  # how answers and errors name the service, for every HubSpot client


@dataclass(frozen=True)
class HubSpotCredentials:
    """How to authenticate event writes: an access token, or what is needed to obtain one.

    With ``refresh_token`` + ``client_id`` + ``client_secret`` the client refreshes the access
    token itself (``access_token`` may then be empty). ``expires_at`` is the wall-clock time
    (``time.time()``) at which ``access_token`` expires, when known. The repr never shows values.
    """

    access_token: str | None = field(default=None, repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    client_id: str | None = field(default=None, repr=False)
    client_secret: str | None = field(default=None, repr=False)
    expires_at: float | None = None

    @property
    def can_refresh(self) -> bool:
        """True when a new access token can be obtained without the user."""
        return bool(self.refresh_token and self.client_id and self.client_secret)

    def secrets(self) -> tuple[str, ...]:
        """Every secret value held, for redaction of server texts."""
        values = (self.access_token, self.refresh_token, self.client_secret)
        return tuple(v for v in values if v)


class OAuthRefresher:
    """Holds the current access token and renews it, once, however many threads ask at a time.

    ``refresh(stale)`` only calls HubSpot when ``stale`` is still the current token: when four
    batches get a 401 together, the first renews and the other three reuse its token.
    ``on_refresh`` receives the new credentials (the refresh token may change) so the owner can
    keep them; it must not log them.
    """

    def __init__(
        self,
        credentials: HubSpotCredentials,
        base_url: str,
        http: httpx.Client,
        *,
        clock: Callable[[], float] = time.time,
        on_refresh: Callable[[HubSpotCredentials], None] | None = None,
    ) -> None:
        self._credentials = credentials
        self._base_url = base_url
        self._http = http
        self._clock = clock
        self._on_refresh = on_refresh
        self._lock = threading.Lock()
        self.refreshes = 0

    @property
    def credentials(self) -> HubSpotCredentials:
        """The credentials as they are now (after any refresh)."""
        return self._credentials

    def secrets(self) -> tuple[str, ...]:
        """Every secret value held now."""
        return self._credentials.secrets()

    def token(self) -> str:
        """Return a usable access token, renewed first if it is missing or about to expire."""
        creds = self._credentials
        if creds.access_token and not self._expiring(creds):
            return creds.access_token
        if not creds.can_refresh:
            if creds.access_token:  # expiry known but nothing to renew with: let the API decide
                return creds.access_token
            raise AuthRefused("No HubSpot access token is set. Connect the account again.")
        return self.refresh(creds.access_token)

    def _expiring(self, creds: HubSpotCredentials) -> bool:
        return creds.expires_at is not None and self._clock() >= creds.expires_at - REFRESH_MARGIN_S

    def refresh(self, stale: str | None) -> str:
        """Renew the access token unless another thread already replaced ``stale``."""
        with self._lock:
            creds = self._credentials
            if creds.access_token and creds.access_token != stale and not self._expiring(creds):
                return creds.access_token
            if not creds.can_refresh:
                raise AuthRefused()
            response = send_request(
                self._http,
                "POST",
                self._base_url + TOKEN_PATH,
                data={
                    "grant_type": "refresh_token",
                    "client_id": creds.client_id or "",
                    "client_secret": creds.client_secret or "",
                    "refresh_token": creds.refresh_token or "",
                },
                headers={"Content-Type": "application/x-www-form-urlencoded"},
                secrets=creds.secrets(),
            )
            status = response.status_code
            if status in (400, 401, 403):
                raise AuthRefused(
                    "HubSpot refused the saved sign-in (refresh token or app secret). "
                    "Connect the account again.",
                    status,
                    credential="refresh_token",
                )
            raise_if_transient(response, None, SERVICE)
            body = json_body(response)
            if status != 200 or not isinstance(body, dict) or not body.get("access_token"):
                raise unexpected_status(response, SERVICE, creds.secrets())
            expires_in = body.get("expires_in")
            new = replace(
                creds,
                access_token=str(body["access_token"]),
                refresh_token=str(body.get("refresh_token") or creds.refresh_token),
                expires_at=(
                    self._clock() + float(expires_in)
                    if isinstance(expires_in, int | float)
                    else None
                ),
            )
            self._credentials = new
            self.refreshes += 1
            log.debug("HubSpot access token renewed (valid %ss)", expires_in)
            if self._on_refresh is not None:
                try:
                    self._on_refresh(new)
                except Exception as exc:  # keeping the new token must not sink the upload
                    log.warning(
                        "Could not keep the renewed HubSpot sign-in: %s", type(exc).__name__
                    )
            return str(new.access_token)


def secret_value(secrets: Mapping[str, Any], key: str, *prefixes: str) -> Any:
    """Read ``key`` from an account blob, or ``<prefix>_key`` from the sandbox's credentials."""
    for name in (key, *(f"{prefix}_{key}" for prefix in prefixes)):
        value = secrets.get(name)
        if value not in (None, ""):
            return value
    return None


def credentials_from_secrets(secrets: Mapping[str, Any], *prefixes: str) -> HubSpotCredentials:
    """Build HubSpot credentials from an account's secrets (or the sandbox's credentials)."""
    expires_at = secret_value(secrets, "expires_at", *prefixes)
    return HubSpotCredentials(
        access_token=secret_value(secrets, "access_token", *prefixes),
        refresh_token=secret_value(secrets, "refresh_token", *prefixes),
        client_id=secret_value(secrets, "client_id", *prefixes),
        client_secret=secret_value(secrets, "client_secret", *prefixes),
        expires_at=float(expires_at) if expires_at is not None else None,
    )


__all__ = [
    "REFRESH_MARGIN_S",
    "SERVICE",
    "TOKEN_PATH",
    "HubSpotCredentials",
    "OAuthRefresher",
    "credentials_from_secrets",
    "secret_value",
]
