"""One rate limiter shared by every request in flight.

Several batches at once must never add up to more than the API allows, and a run should use the
allowance as soon as it exists: an upload of less than one window's worth goes out at once.

The limiter keeps the service's rolling window as a log: at most ``limit`` requests in any
``interval`` seconds. A request occupies its slot from the moment it is allowed to leave until
``interval`` seconds after its answer came back. The server counts a request when it *arrives*,
which is somewhere between those two moments, so counting it until answer + interval can never
undercount, whatever the latency and however many requests run in parallel; it costs at most one
latency per window. No pacing and no headroom: the whole allowance is there to be used, and a
slot is granted the moment the log shows one free.

It follows what the server says: ``X-HubSpot-RateLimit-Max`` and ``-Interval-Milliseconds`` set
the window. ``-Remaining`` tells how many requests the server had counted when that request
arrived; when that is more than this process can have sent (another program using the same
app), the difference is logged as requests of others that hold their slots for one interval.
A 429 pauses everyone (for ``Retry-After`` when given).

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

_POLL = 0.02  # seconds between looks when every slot is taken by a request still in flight
_MAX_WAIT = 1.0  # longest single sleep, so a pause or a stop is noticed soon


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
    """Thread-safe rolling-window limiter (see module docstring).

    ``max_requests=None`` means no known limit: requests are only held by pauses after a 429
    (Pipeless documents no rate limit). ``headroom`` is the share of the limit kept unused
    (none by default: other programs' requests are learnt from the ``Remaining`` header).
    """

    def __init__(
        self,
        max_requests: int | None = 100,
        interval: float = 10.0,
        headroom: float = 0.0,
        *,
        adapt_to_headers: bool = True,
        clock: Clock = time.monotonic,
        wait: Waiter = _default_wait,
    ) -> None:
        if max_requests is not None and max_requests < 1:
            raise ValueError("max_requests must be at least 1")
        if interval <= 0:
            raise ValueError("interval must be positive")
        if not 0.0 <= headroom < 1.0:
            raise ValueError("headroom must be between 0 and 1")
        self._lock = threading.Lock()
        self._clock = clock
        self._wait = wait
        self._headroom = headroom
        self._adapt = adapt_to_headers
        self._server_max = max_requests
        self._interval = float(interval)
        self._log: deque[Permit] = deque()  # this process's requests still in the window
        self._others: list[float] = []  # when other programs' requests leave the window
        self._estimates: deque[int] = deque(maxlen=3)  # others' requests, by the last answers
        self._paused_until = 0.0
        self.pauses = 0  # how many times a 429 held everyone (for reports)

    # ----------------------------------------------------------------- state
    @property
    def limit(self) -> int | None:
        """Requests this process allows itself per interval (``None``: unlimited)."""
        if self._server_max is None:
            return None
        return max(1, self._server_max - math.ceil(self._server_max * self._headroom))

    @property
    def interval(self) -> float:
        """Window length in seconds."""
        return self._interval

    def _occupied(self, now: float) -> list[Permit]:
        """Return this process's requests that still hold a slot; called with the lock held.

        The log keeps a request one more interval after its slot frees, so that a ``Remaining``
        header arriving late can still be compared with what was in the window back then.
        """
        interval = self._interval
        log = self._log
        while log and log[0].released_at is not None and log[0].released_at + 2 * interval <= now:
            log.popleft()
        if self._others and min(self._others) <= now:
            self._others = [t for t in self._others if t > now]
        return [p for p in log if p.released_at is None or p.released_at + interval > now]

    def _delay(self, now: float) -> float:
        """Seconds until a slot may be free (0: grant now); called with the lock held."""
        if now < self._paused_until:
            return self._paused_until - now
        limit = self.limit
        if limit is None:
            return 0.0
        occupied = self._occupied(now)
        if len(occupied) + len(self._others) < limit:
            return 0.0
        frees = [p.released_at + self._interval for p in occupied if p.released_at is not None]
        frees.extend(self._others)
        return max(min(frees) - now, 0.0005) if frees else _POLL

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
                    permit = Permit(granted_at=now)
                    if self._server_max is not None:
                        self._log.append(permit)
                    return permit
            if self._wait(stop_event, min(delay, _MAX_WAIT)):
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

        Without ``Retry-After`` the server's window is full, so wait until the oldest request
        this process knows of leaves it (at least one second, at most one interval).
        """
        with self._lock:
            if retry_after is None:
                retry_after = self._until_oldest_frees(self._clock())
            self._pause_locked(retry_after)
            return retry_after

    def _until_oldest_frees(self, now: float) -> float:
        occupied = self._occupied(now)
        frees = [p.released_at + self._interval for p in occupied if p.released_at is not None]
        frees.extend(self._others)
        wait = (min(frees) - now) if frees else self._interval / 10
        return min(max(wait, 1.0), self._interval)

    def update_from_headers(self, headers: Mapping[str, str], permit: Permit | None = None) -> None:
        """Adapt to the server's ``X-HubSpot-RateLimit-*`` headers (names case-insensitive).

        ``permit`` is the request these headers answer: its ``Remaining`` is compared with what
        this process had sent by then, to learn of other programs' requests.
        """
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
            # Zero says only "full", as every 429 does (the sandbox's injected ones too): the
            # pause after a 429 deals with it, so it is not taken as a count of others' requests.
            if remaining is not None and remaining > 0 and self._server_max is not None:
                self._note_others(self._server_max - remaining, permit)

    def _note_others(self, counted: int, permit: Permit | None) -> None:
        """Log the requests the server counted beyond this process's own; lock held.

        ``counted`` is the server's count when the answered request arrived. Requests leave in
        the order they are granted and arrive, nearly always, in the same order: this process's
        share of that count is its requests granted up to the answered one that were still in
        the window (answered less than an interval before that grant); the rest are others'.
        A request overtaken on the way makes one answer count too many, so the smallest of the
        last three answers' figures is taken, and the logged requests of others follow it down
        as well as up. Others' requests arrived before the answer, so they leave the window at
        the latest an interval after it.
        """
        now = self._clock()
        self._occupied(now)
        granted = permit.granted_at if permit is not None else now
        answered = permit.released_at if permit and permit.released_at is not None else now
        horizon = granted - self._interval
        ours = sum(
            1
            for p in self._log
            if p.granted_at <= granted and (p.released_at is None or p.released_at > horizon)
        )
        self._estimates.append(max(0, counted - ours))
        others = min(self._estimates)
        live = sorted(t for t in self._others if t > now)
        if others > len(live):
            live.extend([answered + self._interval] * (others - len(live)))
        self._others = live[:others]  # the soonest to leave are kept when there are too many
