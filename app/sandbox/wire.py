"""What an API handler receives and returns, kept apart from the socket so handlers stay plain."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs


@dataclass(slots=True)
class Request:
    """One HTTP request, already read off the socket."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased names
    body: bytes = b""

    @classmethod
    def build(cls, method: str, target: str, headers: dict[str, str], body: bytes) -> Request:
        """Split the request target into path and query."""
        path, _, query = target.partition("?")
        return cls(method, path, parse_qs(query, keep_blank_values=True), headers, body)

    def query_value(self, name: str) -> str | None:
        """First value of a query parameter, or None."""
        values = self.query.get(name)
        return values[0] if values else None

    def bearer_token(self) -> str | None:
        """Return the token of an ``Authorization: Bearer ...`` header, or None."""
        value = self.headers.get("authorization", "")
        scheme, _, token = value.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        return token.strip()

    def json(self) -> Any:
        """Parse the body as JSON; raise ValueError with a readable reason."""
        if not self.body:
            raise ValueError("the request body is empty")
        try:
            return json.loads(self.body)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ValueError(f"invalid JSON: {exc}") from None

    def form(self) -> dict[str, str]:
        """Parse the body as an ``application/x-www-form-urlencoded`` form (first values)."""
        text = self.body.decode("utf-8", errors="replace")
        return {k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()}


@dataclass(slots=True)
class Response:
    """One HTTP answer; ``body`` is serialised as JSON unless it is None (no body)."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> bytes:
        """Serialise the body to bytes."""
        if self.body is None:
            return b""
        return json.dumps(self.body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def now_iso() -> str:
    """Return the current UTC time as HubSpot writes it: ``2024-05-02T10:00:00.250Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def new_correlation_id() -> str:
    """Make a fresh id for an error body, as HubSpot gives one per answer."""
    return str(uuid.uuid4())


# Named groups of the route's path pattern, percent-decoded.
PathParams = dict[str, str]
Handler = Callable[[Request, PathParams], Response]


@dataclass(frozen=True, slots=True)
class Route:
    """One endpoint: how to recognise it and what the server wraps around its handler."""

    name: str  # stable name used in stats, e.g. "hubspot.batch_create"
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    api: str  # "hubspot", "pipeless" or "inspect"
    writes: bool = False  # creates events: subject to faults in the default fault scope
    rate_limited: bool = False  # counted by the API's rate limiter


def route(
    name: str, method: str, path_regex: str, handler: Handler, api: str, **flags: bool
) -> Route:
    """Build a Route whose regex must match the whole path."""
    return Route(name, method, re.compile(path_regex + r"/?\Z"), handler, api, **flags)
