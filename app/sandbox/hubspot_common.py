"""What the HubSpot imitations share: HubSpot's error model, rate-limit answers and OAuth tokens.

Every imitated HubSpot API answers in the same shape and accepts the tokens the timeline
imitation's OAuth endpoint issues.
"""

from __future__ import annotations

import dataclasses
import threading
import time
import uuid
from typing import TYPE_CHECKING, Any

from app.sandbox import demo
from app.sandbox.imitations import Imitation
from app.sandbox.wire import Response, new_correlation_id

if TYPE_CHECKING:
    from app.sandbox.config import SandboxConfig
    from app.sandbox.faults import RateVerdict


def error_body(message: str, category: str, **extra: Any) -> dict[str, Any]:
    """HubSpot's error model: status, message, correlationId, category, then the rest."""
    body: dict[str, Any] = {
        "status": "error",
        "message": message,
        "correlationId": new_correlation_id(),
        "category": category,
    }
    body.update(extra)
    return body


def rate_limit_body() -> dict[str, Any]:
    """Build the documented 429 body of the ten-secondly limit."""
    return {
        "status": "error",
        "message": "You have reached your ten secondly limit.",
        "errorType": "RATE_LIMIT",
        "correlationId": new_correlation_id(),
        "policyName": "TEN_SECONDLY_ROLLING",
        "requestId": new_correlation_id(),
    }


def rate_limit_headers(verdict: RateVerdict) -> dict[str, str]:
    """Build the ``X-HubSpot-RateLimit-*`` headers of every HubSpot answer."""
    return {
        "X-HubSpot-RateLimit-Max": str(verdict.limit),
        "X-HubSpot-RateLimit-Remaining": str(verdict.remaining),
        "X-HubSpot-RateLimit-Interval-Milliseconds": str(verdict.interval_ms),
    }


class TokenBook:
    """Access tokens: the static demo token, and those the refresh grant issues (they expire)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        """Forget issued tokens and the static token's use count."""
        with self._lock:
            self._issued: dict[str, float] = {}  # token -> monotonic expiry
            self._static_uses = 0
            self._all_expired = False
            self.refreshed = 0

    def issue(self, ttl_s: float) -> str:
        """Issue a new access token valid for ``ttl_s`` seconds."""
        token = f"sandbox-at-{uuid.uuid4().hex}"
        with self._lock:
            self._issued[token] = time.monotonic() + ttl_s
            self.refreshed += 1
        return token

    def expire_all(self) -> None:
        """Make every access token issued so far, and the static one, expired."""
        with self._lock:
            self._all_expired = True
            for token in self._issued:
                self._issued[token] = 0.0

    def check(self, token: str, config: SandboxConfig) -> str:
        """'ok', 'expired' or 'unknown' for one use of ``token``."""
        with self._lock:
            if token == demo.HUBSPOT_ACCESS_TOKEN:
                if self._all_expired:
                    return "expired"
                self._static_uses += 1
                limit = config.static_token_expires_after
                return "expired" if limit is not None and self._static_uses > limit else "ok"
            expiry = self._issued.get(token)
            if expiry is None:
                return "unknown"
            return "ok" if time.monotonic() < expiry else "expired"


class HubSpotShaped(Imitation):
    """An imitation answering in HubSpot's shape: its error model and rate-limit headers."""

    def too_many(self, verdict: RateVerdict | None, headers: dict[str, str]) -> Response:
        """Build HubSpot's 429 (with the rate-limit headers, none remaining)."""
        if verdict is not None:
            headers.update(rate_limit_headers(dataclasses.replace(verdict, remaining=0)))
        return Response(429, rate_limit_body(), headers)

    def server_error(self, status: int, message: str, headers: dict[str, str]) -> Response:
        """Build an injected server error in HubSpot's error model."""
        return Response(status, error_body(message, "INTERNAL_ERROR"), headers)

    def answered(self, response: Response, verdict: RateVerdict) -> None:
        """Add the ``X-HubSpot-RateLimit-*`` headers HubSpot sends with every answer."""
        response.headers.update(rate_limit_headers(verdict))
