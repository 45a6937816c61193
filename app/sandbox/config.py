"""The knobs of the sandbox: which faults to inject and how to settle what the API docs leave open.

One flat frozen dataclass, so a test, the command line and the ``/_sandbox/config`` endpoint all
speak the same field names. The fields every API shares (faults, latency, connections) are
written here; each imitation adds its own (``Imitation.settings``: batch maximum, rate limit,
policies), so ``SandboxConfig`` is built from the imitation list. Every default imitates a
healthy API; faults are opt-in.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from app.sandbox.imitations import all_settings

FaultScope = Literal["writes", "all"]

_CHOICES: dict[str, tuple[str, ...]] = {"fault_scope": ("writes", "all")}
_RATES = ("error_rate_5xx", "timeout_rate", "reset_rate")


@dataclass(frozen=True)
class _SharedConfig:
    """Behaviour of one sandbox; change it at run time with ``SandboxServer.configure``.

    Faults are drawn from one ``random.Random(seed)`` in request arrival order, so a run with
    requests sent one after the other sees the same faults every time.
    """

    seed: int = 0

    # Rate limits: requests per ``rate_limit_interval_ms`` (rolling), set per API.
    rate_limit_interval_ms: int = 10_000
    # Retry-After on 429 answers: None = no header (HubSpot does not promise one), else seconds.
    retry_after: float | None = None

    # Slowness: every API request waits latency_ms plus a uniform 0..latency_jitter_ms.
    latency_ms: float = 0.0
    latency_jitter_ms: float = 0.0

    # Faults, as probabilities per request (their sum must stay <= 1).
    error_rate_5xx: float = 0.0
    error_statuses: tuple[int, ...] = (500, 502, 503, 504)
    # The request is processed and stored, and the answer is sent only after timeout_s, so a
    # client that gives up and retries exercises the API's idempotency.
    timeout_rate: float = 0.0
    timeout_s: float = 3.0
    # TCP reset (SO_LINGER 0) instead of an answer: half before processing, half after storing.
    reset_rate: float = 0.0
    # Every burst_429_every requests, the next burst_429_length requests get a 429.
    burst_429_every: int | None = None
    burst_429_length: int = 3
    # "writes": faults hit only event-creating requests; "all": every API request.
    fault_scope: FaultScope = "writes"

    # Connections: one that has not sent a whole request this long after connecting or after
    # its last answer is closed (longer than the clients' 30 s keep-alive, so a pooled
    # connection is never closed under a client); past max_connections open, the
    # longest-waiting one is closed to make room.
    connection_timeout_s: float = 60.0
    max_connections: int = 256

    def validated(self) -> SandboxConfig:
        """Return self, or raise ValueError naming the first field with an impossible value."""
        choices = dict(_CHOICES)
        choices.update({s.name: s.choices for s in all_settings() if s.choices})
        for name, allowed in choices.items():
            if getattr(self, name) not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(allowed)}")
        for name in _RATES:
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        if sum(getattr(self, name) for name in _RATES) > 1.0:
            raise ValueError("error_rate_5xx + timeout_rate + reset_rate must not exceed 1")
        if self.burst_429_every is not None and self.burst_429_every < 1:
            raise ValueError("burst_429_every must be at least 1 (or None to switch it off)")
        for setting in all_settings():
            value = getattr(self, setting.name)
            if setting.minimum is None or value is None or value >= setting.minimum:
                continue
            if "None" in setting.annotation:
                raise ValueError(
                    f"{setting.name} must be at least {setting.minimum} (or None to switch it off)"
                )
            raise ValueError(f"{setting.name} must be at least {setting.minimum}")
        if self.connection_timeout_s <= 0:
            raise ValueError("connection_timeout_s must be more than 0")
        if self.max_connections < 1:
            raise ValueError("max_connections must be at least 1")
        if not self.error_statuses:
            raise ValueError("error_statuses must name at least one status")
        return self

    def replace(self, **changes: Any) -> SandboxConfig:
        """Return a copy with ``changes`` applied; unknown field names raise TypeError."""
        known = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise TypeError(f"unknown sandbox setting(s): {', '.join(unknown)}")
        if "error_statuses" in changes:
            changes["error_statuses"] = tuple(int(s) for s in changes["error_statuses"])
        return dataclasses.replace(self, **changes).validated()

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready view (for the inspection endpoint)."""
        data = dataclasses.asdict(self)
        data["error_statuses"] = list(self.error_statuses)
        return data


if TYPE_CHECKING:
    SandboxConfig = _SharedConfig  # each imitation's fields are added at run time
else:
    SandboxConfig = dataclasses.make_dataclass(
        "SandboxConfig",
        [(s.name, s.annotation, dataclasses.field(default=s.default)) for s in all_settings()],
        bases=(_SharedConfig,),
        frozen=True,
    )
    SandboxConfig.__module__ = __name__
    SandboxConfig.__doc__ = _SharedConfig.__doc__
