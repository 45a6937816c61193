"""Errors the destination clients raise, classified by what the engine should do about them.

* ``TransientError`` (and ``RateLimited``): try again later, after ``retry_after`` seconds when the
  server said how long; the engine's backoff decides otherwise.
* ``AuthRefused``, ``Forbidden``, ``NotFound``: stop the run; retrying cannot help until the user
  changes a token, a permission or a setting. The run stays resumable.
* ``BatchRejected``: the API refused the whole batch (400). ``positions`` names the events it blamed
  when it said which; the engine drops those and resends the rest, or bisects when it cannot tell.
* ``InsecureURL``: a configuration mistake caught before any byte leaves the machine.
* ``RequestCancelled`` (a ``TransientError``): the stop event was set while waiting for the rate
  limiter; nothing was sent, so the batch's rows are still pending.
* ``ApiError`` itself: an answer the client does not understand (an unexpected status); the batch's
  rows fail with the message, the run goes on.

``code`` is a stable identifier the UI translates; ``message`` is short English a marketer
understands. Neither ever contains a token or key: text quoted from a server is passed through
``redact`` by the clients (with the secrets they hold), and every message, reason and scope an
error carries goes through ``app.core.redaction`` once more when the error is built (the secrets
registered for this run, in any case, URL-encoded or base64).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.core import redaction

# The classes belong to the client protocol in the core; the clients import them from here too.
from app.core.upload.client_errors import (
    ApiError,
    AuthRefused,
    BatchRejected,
    Forbidden,
    InsecureURL,
    NotFound,
    RateLimited,
    RequestCancelled,
    TransientError,
)

__all__ = [
    "ApiError",
    "AuthRefused",
    "BatchRejected",
    "Forbidden",
    "InsecureURL",
    "NotFound",
    "RateLimited",
    "RequestCancelled",
    "TransientError",
    "redact",
]


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """Return server text without ``secrets`` (a client's own) nor any registered secret.

    The one redaction of ``app.core.redaction``: any letter case, URL-encoded or base64 forms
    of each secret are replaced too, since a server may echo a token in any of them.
    """
    return redaction.redact(text, extra=secrets)
