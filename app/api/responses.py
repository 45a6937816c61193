"""Reading answers the same way for every destination: error texts, retryable statuses, headers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx

from app.api.errors import ApiError, RateLimited, TransientError, redact
from app.api.http import json_body, parse_retry_after
from app.api.ratelimit import RateLimiter

# Headers worth passing on to the engine/report: rate-limit state and request ids, nothing else
# (never Set-Cookie or anything that could carry a credential).
KEPT_HEADERS = ("retry-after", "x-request-id", "x-hubspot-correlation-id")
KEPT_PREFIXES = ("x-hubspot-ratelimit-",)

LOCKED_DEFAULT_WAIT = 2.0  # HubSpot: "423 Locked: wait at least 2 seconds"


def kept_headers(response: httpx.Response) -> dict[str, str]:
    """Return the harmless, useful headers of a response, names lower-cased."""
    return {
        name.lower(): value
        for name, value in response.headers.items()
        if name.lower() in KEPT_HEADERS or name.lower().startswith(KEPT_PREFIXES)
    }


def error_texts(body: Any) -> list[str]:
    """Every human-readable error text in a JSON error body, in order, without duplicates.

    Understands HubSpot's ``{"message", "errors": [{"message"}]}`` and Pipeless's
    ``{"errors": ["..."]}``.
    """
    texts: list[str] = []

    def add(text: Any) -> None:
        if isinstance(text, str) and text.strip() and text.strip() not in texts:
            texts.append(text.strip())

    if isinstance(body, dict):
        add(body.get("message"))
        for item in body.get("errors") or ():
            if isinstance(item, str):
                add(item)
            elif isinstance(item, dict):
                add(item.get("message"))
    elif isinstance(body, list):
        for item in body:
            add(item if isinstance(item, str) else None)
    elif isinstance(body, str):
        add(body)
    return texts


def raise_if_transient(
    response: httpx.Response,
    limiter: RateLimiter | None,
    service: str,
) -> None:
    """Raise ``RateLimited``/``TransientError`` for 429, 423, 477 and 5xx; a 3xx is an error too.

    A 429 pauses the shared limiter first, so every request in flight waits, not only this one.
    """
    status = response.status_code
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    if status == 429:
        body = json_body(response)
        policy = body.get("policyName") if isinstance(body, dict) else None
        if limiter is not None and policy != "DAILY":
            retry_after = limiter.on_rate_limited(retry_after)
        if policy == "DAILY":
            message = f"The daily {service} API allowance is used up. Continue the upload tomorrow."
        else:
            message = f"{service} asked us to slow down; waiting before trying again."
        raise RateLimited(message, 429, retry_after, policy=policy)
    if status == 423:
        raise TransientError(
            "locked",
            f"{service} is busy with this record; trying again shortly.",
            status,
            retry_after if retry_after is not None else LOCKED_DEFAULT_WAIT,
        )
    if status == 477:
        raise TransientError(
            "migrating",
            f"The {service} account is being moved; trying again later.",
            status,
            retry_after,
        )
    if status >= 500:
        raise TransientError(
            "server_error",
            f"{service} had a temporary problem (error {status}).",
            status,
            retry_after,
        )
    if 300 <= status < 400:
        raise ApiError(
            "unexpected_redirect",
            f"{service} answered with a redirect, which is not followed for safety. "
            "Check the service address.",
            status,
        )


def unexpected_status(
    response: httpx.Response, service: str, secrets: Iterable[str | None] = ()
) -> ApiError:
    """Build an ``ApiError`` for a status with no rule of its own, quoting the server's text."""
    texts = error_texts(json_body(response))
    detail = f": {redact(texts[0], secrets)}" if texts else ""
    return ApiError(
        "unexpected_status",
        f"{service} gave an unexpected answer (error {response.status_code}){detail}",
        response.status_code,
    )
