"""Errors a destination client raises, classified by what the engine should do about them.

They are the core's half of the client protocol (``client``); ``app.api`` raises them.

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

from collections.abc import Iterable, Mapping

from app.core import redaction


class ApiError(Exception):
    """Base of every error a destination client raises."""

    def __init__(
        self,
        code: str,
        message: str,
        http_status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        message = redaction.redact(message)
        super().__init__(message)
        self.code = code
        self.message = message
        self.http_status = http_status
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, "
            f"http_status={self.http_status!r}, retry_after={self.retry_after!r})"
        )


class TransientError(ApiError):
    """Worth retrying: 5xx, 423 (locked), 477 (account migrating), timeouts, dropped connections.

    Codes: ``server_error``, ``locked``, ``migrating``, ``timeout``, ``connection_error``,
    ``rate_limited`` (see ``RateLimited``). ``retry_after`` is in seconds when the server named a
    delay (``Retry-After``), else ``None``.
    """


class RateLimited(TransientError):
    """429: the API's rate limit was reached. The shared limiter has already been told to pause."""

    def __init__(
        self,
        message: str = "The service asked us to slow down; waiting before trying again.",
        http_status: int | None = 429,
        retry_after: float | None = None,
        policy: str | None = None,
    ) -> None:
        super().__init__("rate_limited", message, http_status, retry_after)
        self.policy = policy  # HubSpot ``policyName``: DAILY means waiting seconds will not help


class AuthRefused(ApiError):
    """401 after a token refresh was tried, or with no way to refresh: code ``auth_refused``.

    ``credential`` names what was refused: ``access_token``, ``refresh_token``,
    ``developer_key`` or ``api_key``, so the UI can say which one to paste again.
    """

    def __init__(
        self,
        message: str = "The service refused the access token. Connect the account again.",
        http_status: int | None = 401,
        credential: str = "access_token",
    ) -> None:
        super().__init__("auth_refused", message, http_status)
        self.credential = credential


class Forbidden(ApiError):
    """403: the token works but lacks a permission (scope); code ``forbidden``."""

    def __init__(
        self,
        message: str = "The account does not allow this. Ask an administrator for access.",
        http_status: int | None = 403,
        missing_scopes: Iterable[str] = (),
    ) -> None:
        self.missing_scopes: tuple[str, ...] = tuple(redaction.redact(s) for s in missing_scopes)
        super().__init__("forbidden", message, http_status)


class NotFound(ApiError):
    """404: the app or event template does not exist (or the account cannot see it).

    Codes: ``template_not_found``, ``app_not_found``, ``not_found``.
    """

    def __init__(self, code: str = "not_found", message: str = "", http_status: int | None = 404):
        super().__init__(code, message or "The service does not know this item.", http_status)


class BatchRejected(ApiError):
    """400 (or 409/413/422) for a whole batch.

    Normally nothing of the batch was stored; resending the good events is safe either way, since
    they carry the same ids. ``reasons`` are the API's messages (redacted). ``positions`` maps the
    index of each event the API blamed (0-based, in the batch as sent) to its reason;
    ``position_codes`` gives a stable code for some of them (``id_in_use``). Empty
    ``positions``: the API did not say which event was wrong, so the engine isolates it by
    splitting the batch. ``code``: ``id_in_use`` when the rejection is about an event id already
    used for another record, ``batch_too_large`` for 413, else ``batch_rejected``.
    """

    def __init__(
        self,
        message: str,
        reasons: Iterable[str] = (),
        positions: Mapping[int, str] | None = None,
        position_codes: Mapping[int, str] | None = None,
        http_status: int | None = 400,
        code: str = "batch_rejected",
    ) -> None:
        self.reasons: list[str] = [redaction.redact(r) for r in reasons]
        self.positions: dict[int, str] = {
            p: redaction.redact(r) for p, r in (positions or {}).items()
        }
        self.position_codes: dict[int, str] = dict(position_codes or {})
        super().__init__(code, message, http_status)


class InsecureURL(ApiError):
    """A base URL that would send a token in clear text (plain HTTP to a non-loopback host)."""

    def __init__(self, message: str = "Only secure (https://) addresses can be used.") -> None:
        super().__init__("insecure_url", message)


class RequestCancelled(TransientError):
    """The stop event was set while the request waited for the rate limiter: nothing was sent.

    A ``TransientError`` because the same request can be made later unchanged: a retry loop that
    checks its stop flag before sleeping ends there, leaving the rows pending. An engine that
    knows it should catch it before ``TransientError`` and treat the batch as stopped.
    """

    def __init__(self, message: str = "Stopped before sending.") -> None:
        super().__init__("cancelled", message)
