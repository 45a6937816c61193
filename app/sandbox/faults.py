"""Trouble on request: rate limits, 429 bursts, 5xx, slow answers, timeouts and TCP resets.

Random faults come from one seeded ``random.Random`` drawn a fixed number of times per faultable
request, in arrival order; so the same seed and the same sequence of requests give the same
faults, whatever the fault rates are. Latency jitter has its own generator so that adding
latency does not shift the faults.
"""

from __future__ import annotations

import random
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.sandbox.config import SandboxConfig

# Fault kinds, as counted in stats()["faults"].
FAULT_5XX = "5xx"
FAULT_TIMEOUT = "timeout"
FAULT_RESET_BEFORE = "reset_before"
FAULT_RESET_AFTER = "reset_after"
FAULT_BURST_429 = "burst_429"
FAULT_KINDS = (FAULT_5XX, FAULT_TIMEOUT, FAULT_RESET_BEFORE, FAULT_RESET_AFTER, FAULT_BURST_429)


@dataclass(frozen=True, slots=True)
class FaultDecision:
    """What to do to one request. ``kind`` None means: answer normally."""

    kind: str | None = None
    status: int | None = None  # the 5xx status to answer when kind is FAULT_5XX


class FaultInjector:
    """Draws the faults of successive requests; thread-safe."""

    def __init__(self, seed: int) -> None:
        self._lock = threading.Lock()
        self.reseed(seed)

    def reseed(self, seed: int) -> None:
        """Start the sequence again, as for a fresh server with this seed."""
        with self._lock:
            self._rng = random.Random(seed)
            self._jitter_rng = random.Random(f"latency-{seed}")
            self._count = 0

    def decide(self, config: SandboxConfig) -> FaultDecision:
        """Draw the fate of the next faultable request."""
        with self._lock:
            position = self._count
            self._count += 1
            # Always three draws, so the sequence does not depend on which branch is taken.
            r_kind, r_sub, r_status = self._rng.random(), self._rng.random(), self._rng.random()
        if config.burst_429_every:
            cycle = config.burst_429_every + config.burst_429_length
            if position % cycle >= config.burst_429_every:
                return FaultDecision(FAULT_BURST_429, 429)
        threshold = config.error_rate_5xx
        if r_kind < threshold:
            statuses = config.error_statuses
            return FaultDecision(FAULT_5XX, statuses[int(r_status * len(statuses)) % len(statuses)])
        threshold += config.timeout_rate
        if r_kind < threshold:
            return FaultDecision(FAULT_TIMEOUT)
        threshold += config.reset_rate
        if r_kind < threshold:
            return FaultDecision(FAULT_RESET_BEFORE if r_sub < 0.5 else FAULT_RESET_AFTER)
        return FaultDecision()

    def latency_s(self, config: SandboxConfig) -> float:
        """Seconds to wait before answering one API request."""
        if config.latency_ms <= 0 and config.latency_jitter_ms <= 0:
            return 0.0
        with self._lock:
            jitter = self._jitter_rng.random() * config.latency_jitter_ms
        return max(0.0, config.latency_ms + jitter) / 1000.0


@dataclass(frozen=True, slots=True)
class RateVerdict:
    """The rate limiter's answer for one request, with what the headers should say."""

    allowed: bool
    limit: int
    remaining: int
    interval_ms: int
    retry_in_s: float  # until the oldest counted request leaves the window


class RollingWindow:
    """At most ``limit`` requests in any ``interval_ms`` (a rolling window, as HubSpot's)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._times: deque[float] = deque()

    def clear(self) -> None:
        """Forget every counted request."""
        with self._lock:
            self._times.clear()

    def acquire(self, limit: int, interval_ms: int) -> RateVerdict:
        """Count one request if it fits; refused requests are not counted."""
        interval = interval_ms / 1000.0
        now = time.monotonic()
        with self._lock:
            times = self._times
            while times and times[0] <= now - interval:
                times.popleft()
            allowed = len(times) < limit
            if allowed:
                times.append(now)
            retry_in = (times[0] + interval - now) if times else 0.0
            return RateVerdict(allowed, limit, max(0, limit - len(times)), interval_ms, retry_in)
