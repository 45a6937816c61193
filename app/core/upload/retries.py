"""How hard the upload engine tries one request before its rows fail.

Transient trouble (a 5xx, a timeout, a dropped connection, a 429) is retried with exponential
backoff; a server's ``Retry-After`` is honoured. Failed attempts are bounded by count, waits
ordered by a 429 by time (see ``RetryPolicy``). Kept apart from the engine, which decides what
happens to the rows, so that the policy can be read and tested on its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import tenacity

from app.core.upload.client_errors import ApiError, RateLimited, RequestCancelled, TransientError

# Transient failures after which the request may nevertheless have been stored.
MAYBE_STORED_CODES = frozenset(
    {"timeout", "connection_error", "server_error", "locked", "migrating"}
)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to try one request before its rows fail: bounded attempts, exponential backoff.

    Waits grow ``initial`` x 2^n plus up to ``jitter`` seconds of noise, capped at ``maximum``; a
    server's ``Retry-After`` wins when longer (capped at ``max_retry_after``).

    A 429 answer is the service pacing its callers, not a failed attempt: it does not use up
    ``max_attempts``, or one batch could fail during a long rate-limit storm while the others,
    waking a moment earlier, took every free slot. Its waits are bounded by time instead: a
    batch still told to slow down after ``max_rate_limited_wait`` seconds of waiting fails.
    """

    max_attempts: int = 6
    initial: float = 0.5
    maximum: float = 30.0
    jitter: float = 0.5
    max_retry_after: float = 600.0
    max_rate_limited_wait: float = 900.0


class RetryBudget:
    """What one batch may still spend on retries: failed attempts, and time told to wait (429)."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy
        self.failed_attempts = 0
        self.rate_limited_wait = 0.0

    def exhausted(self, state: tenacity.RetryCallState) -> bool:
        """Tenacity's stop test, after an attempt that is worth retrying."""
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, RateLimited):
            return self.rate_limited_wait >= self.policy.max_rate_limited_wait
        self.failed_attempts += 1
        return self.failed_attempts >= self.policy.max_attempts

    def record_wait(self, exc: BaseException | None, seconds: float) -> None:
        """Count a wait ordered by a 429 against the batch's time budget."""
        if isinstance(exc, RateLimited):
            self.rate_limited_wait += seconds


def gave_up_reason(exc: TransientError, policy: RetryPolicy) -> str:
    """Say why a batch's rows failed after their retries ran out (the report's Error text)."""
    if isinstance(exc, RateLimited):
        minutes = max(1, round(policy.max_rate_limited_wait / 60))
        return f"{exc.message} (still asked to slow down after {minutes} min of waiting)"
    return f"{exc.message} (gave up after {policy.max_attempts} attempts)"


def worth_retrying(exc: BaseException) -> bool:
    """Return True for trouble that waiting may cure; a daily limit or a stop is not."""
    if isinstance(exc, RateLimited) and exc.policy == "DAILY":
        return False  # waiting seconds will not help; the run stops and can resume tomorrow
    if isinstance(exc, RequestCancelled):
        return False  # the run is stopping; nothing was sent
    return isinstance(exc, TransientError)


def retry_reason(exc: BaseException | None) -> str:
    """Name why an attempt failed, for the log: the error code and the HTTP status if any."""
    if isinstance(exc, ApiError):
        return f"{exc.code} {exc.http_status}" if exc.http_status else exc.code
    return type(exc).__name__ if exc is not None else "unknown"


def retry_summary(retries: Counter[str]) -> str:
    """Return ``retries: 7 (server_error 502: 4, connection_error: 3)``, most frequent first."""
    total = sum(retries.values())
    if not total:
        return "retries: 0"
    reasons = ", ".join(f"{reason}: {n}" for reason, n in retries.most_common())
    return f"retries: {total} ({reasons})"


__all__ = [
    "MAYBE_STORED_CODES",
    "RetryBudget",
    "RetryPolicy",
    "gave_up_reason",
    "retry_reason",
    "retry_summary",
    "worth_retrying",
]
