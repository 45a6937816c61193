"""One rate limiter shared by every request in flight.

Several batches at once must never add up to more than the API allows.

A sliding window: at most ``limit`` requests in any ``interval`` seconds. A request occupies its
slot from the moment it is allowed to leave until ``interval`` seconds after its answer came back.
The server counts a request when it *arrives*, which is somewhere between those two moments, so
counting it until answer + interval can never undercount, whatever the latency and however many
requests run in parallel. That is what lets the limiter run close to the limit (2% headroom by
default) without drawing 429s.

Within the window, requests are also paced: after a burst of ``burst`` requests, one leaves every
``interval / limit`` seconds, so the allowance is spread over the window instead of spent in its
first second. The API sees an even flow and the program does its work in small steps rather than
in bursts that left the window without the processor (stalls of up to 60 ms every 10 s).

It adapts to what the server says: ``X-HubSpot-RateLimit-Max`` and ``-Interval-Milliseconds`` set
the window; ``-Remaining`` lower than this process expects (another program using the same app)
holds new requests until this process's oldest request leaves the window; a 429 pauses everyone
(for ``Retry-After`` when given).

Plain object with an injectable clock and wait function, so tests run without sleeping.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from app.api.errors import RequestCancelled

Clock = Callable[[], float]
# wait(stop_event, seconds) -> True if the stop event was set (waiting interrupted)
Waiter = Callable[[threading.Event | None, float], bool]

HEADER_MAX = "x-hubspot-ratelimit-max"
HEADER_REMAINING = "x-hubspot-ratelimit-remaining"
HEADER_INTERVAL_MS = "x-hubspot-ratelimit-interval-milliseconds"

_POLL = 0.05  # seconds between looks when every slot is taken by a request still in flight
DEFAULT_BURST = 10  # requests that may leave back to back before the pace applies


def _default_wait(stop_event: threading.Event | None, seconds: float) -> bool:
    if stop_event is None:
        time.sleep(seconds)
        return False
    return stop_event.wait(seconds)


@dataclass(eq=False)
class Permit:
    """A granted slot; give it back with ``RateLimiter.release`` once the answer has arrived."""

    granted_at: float
    released_at: float | None = field(default=None)


class RateLimiter:
    """Thread-safe sliding-window limiter (see module docstring).

    ``max_requests=None`` means no known limit: requests are only held by pauses after a 429
    (Pipeless documents no rate limit). ``headroom`` is the share of the limit kept unused, for
    other programs using the same app and for clock drift; at least one request is kept back.
    """

    def __init__(
        self,
        max_requests: int | None = 100,
        interval: float = 10.0,
        headroom: float = 0.02,
        *,
        adapt_to_headers: bool = True,
        burst: int = DEFAULT_BURST,
        clock: Clock = time.monotonic,
        wait: Waiter = _default_wait,
    ) -> None:
        if max_requests is not None and max_requests < 1:
            raise ValueError("max_requests must be at least 1")
        if interval <= 0:
            raise ValueError("interval must be positive")
        if burst < 1:
            raise ValueError("burst must be at least 1")
        self._burst = burst
        self._next_paced = 0.0  # when the pace would let the next request go (no burst used)
        self._lock = threading.Lock()
        self._clock = clock
        self._wait = wait
        self._headroom = headroom
        self._adapt = adapt_to_headers
        self._server_max = max_requests
        self._interval = float(interval)
        self._window: deque[Permit] = deque()  # in grant order
        self._paused_until = 0.0
        self.pauses = 0  # how many times a 429 or the Remaining header held everyone (for reports)

    # ----------------------------------------------------------------- state
    @property
    def limit(self) -> int | None:
        """Requests this process allows itself per interval (``None``: unlimited)."""
        if self._server_max is None:
            return None
        reserve = max(1, math.ceil(self._server_max * self._headroom))
        return max(1, self._server_max - reserve) if self._server_max > 1 else 1

    @property
    def interval(self) -> float:
        """Window length in seconds."""
        return self._interval

    def _expire(self, now: float) -> None:
        """Drop permits whose slot is free again (released more than ``interval`` ago)."""
        kept = deque(
            p for p in self._window if p.released_at is None or p.released_at + self._interval > now
        )
        self._window = kept

    def _delay(self, now: float) -> float:
        """Seconds until a slot may be free (0: grant now); called with the lock held."""
        if now < self._paused_until:
            return self._paused_until - now
        limit = self.limit
        if limit is None:
            return 0.0
        self._expire(now)
        if len(self._window) >= limit:
            frees = [
                p.released_at + self._interval for p in self._window if p.released_at is not None
            ]
            return max(min(frees) - now, 0.001) if frees else _POLL
        return max(0.0, self._next_paced - self._burst_allowance(limit) - now)

    def _spacing(self, limit: int) -> float:
        return self._interval / limit

    def _burst_allowance(self, limit: int) -> float:
        """How far ahead of the pace a request may leave: ``burst - 1`` spacings."""
        return (self._burst - 1) * self._spacing(limit)

    def _grant(self, now: float) -> Permit:
        """Record a request leaving now; called with the lock held."""
        permit = Permit(granted_at=now)
        self._window.append(permit)
        limit = self.limit
        if limit is not None:
            # The pace as a virtual schedule (GCRA): each request books the next slot after the
            # later of now and the last booking, and may leave up to a burst ahead of it.
            self._next_paced = max(self._next_paced, now) + self._spacing(limit)
        return permit

    # ----------------------------------------------------------------- use
    def acquire(self, stop_event: threading.Event | None = None) -> Permit:
        """Wait for a slot; raise ``RequestCancelled`` if ``stop_event`` is set meanwhile."""
        while True:
            if stop_event is not None and stop_event.is_set():
                raise RequestCancelled()
            with self._lock:
                now = self._clock()
                delay = self._delay(now)
                if delay <= 0:
                    return self._grant(now)
            # Sleep in short steps so a pause or a release by another thread is noticed soon.
            if self._wait(stop_event, min(delay, 1.0)):
                raise RequestCancelled()

    def release(self, permit: Permit) -> None:
        """Mark the request answered (or failed): its slot frees ``interval`` seconds from now."""
        with self._lock:
            if permit.released_at is None:
                permit.released_at = self._clock()

    def pause(self, seconds: float) -> None:
        """Hold every request for ``seconds`` (after a 429); a longer pause already set stays."""
        with self._lock:
            self._pause_locked(seconds)

    def _pause_locked(self, seconds: float) -> None:
        until = self._clock() + max(0.0, seconds)
        if until > self._paused_until:
            self._paused_until = until
            self.pauses += 1

    def on_rate_limited(self, retry_after: float | None) -> float:
        """Pause after a 429 and return the pause in seconds.

        Without ``Retry-After`` the server's window is full, so wait until this process's oldest
        request leaves it (at least one second, at most one interval).
        """
        with self._lock:
            if retry_after is None:
                retry_after = self._until_oldest_frees(self._clock())
            self._pause_locked(retry_after)
            return retry_after

    def _until_oldest_frees(self, now: float) -> float:
        self._expire(now)
        frees = [p.released_at + self._interval for p in self._window if p.released_at is not None]
        wait = (min(frees) - now) if frees else self._interval / 10
        return min(max(wait, 1.0), self._interval)

    def update_from_headers(self, headers: Mapping[str, str]) -> None:
        """Adapt to the server's ``X-HubSpot-RateLimit-*`` headers (names case-insensitive)."""
        if not self._adapt:
            return
        lower = {k.lower(): v for k, v in headers.items()}
        try:
            server_max = int(lower[HEADER_MAX]) if HEADER_MAX in lower else None
            interval_ms = int(lower[HEADER_INTERVAL_MS]) if HEADER_INTERVAL_MS in lower else None
            remaining = int(lower[HEADER_REMAINING]) if HEADER_REMAINING in lower else None
        except ValueError:
            return
        with self._lock:
            if server_max is not None and server_max > 0:
                self._server_max = server_max
            if interval_ms is not None and interval_ms > 0:
                self._interval = interval_ms / 1000.0
            limit = self.limit
            if remaining is not None and limit is not None and self._server_max is not None:
                reserve = self._server_max - limit
                if remaining < reserve:
                    # Someone else is using this app's allowance: let our oldest request age out.
                    self._pause_locked(self._until_oldest_frees(self._clock()))
