"""The knobs of the sandbox: which faults to inject and how to settle what the API docs leave open.

One flat dataclass, so a test, the command line and the ``/_sandbox/config`` endpoint all speak
the same field names. Every default imitates a healthy API; faults are opt-in.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

RepeatedIdPolicy = Literal["accept", "reject"]
HubSpotPartialPolicy = Literal["multi_status", "reject_batch"]
PipelessPartialPolicy = Literal["reject_batch", "accept_valid"]
PipelessIdLetters = Literal["any", "ascii"]
FaultScope = Literal["writes", "all"]

_CHOICES: dict[str, tuple[str, ...]] = {
    "hubspot_repeated_id": ("accept", "reject"),
    "hubspot_partial": ("multi_status", "reject_batch"),
    "pipeless_partial": ("reject_batch", "accept_valid"),
    "hubspot_events_repeated_uuid": ("accept", "reject"),
    "pipeless_id_letters": ("any", "ascii"),
    "fault_scope": ("writes", "all"),
}
_RATES = ("error_rate_5xx", "timeout_rate", "reset_rate")


@dataclass(frozen=True)
class SandboxConfig:
    """Behaviour of one sandbox; change it at run time with ``SandboxServer.configure``.

    Faults are drawn from one ``random.Random(seed)`` in request arrival order, so a run with
    requests sent one after the other sees the same faults every time.
    """

    seed: int = 0

    # Rate limits: requests per ``rate_limit_interval_ms`` (rolling). None switches a limit off.
    rate_limit_per_10s: int | None = 100
    pipeless_rate_limit: int | None = None
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

    # Tokens: lifetime of the access tokens the refresh endpoint issues; the static demo token
    # can be made to expire after N authenticated requests (None = never).
    token_ttl_s: float = 1800.0
    static_token_expires_after: int | None = None

    # HubSpot choices where the docs say "unconfirmed".
    hubspot_batch_max: int = 100
    hubspot_repeated_id: RepeatedIdPolicy = "accept"
    # "multi_status": invalid events are reported in a 207 next to the created ones;
    # "reject_batch": any invalid event refuses the whole batch with a 400 (nothing stored).
    hubspot_partial: HubSpotPartialPolicy = "multi_status"
    # Whether 207 errors name the failing events in ``context.ids``.
    hubspot_error_ids: bool = True

    # HubSpot custom events: batch maximum ("batches of 500"), rate limit (none documented for
    # the send endpoints), and whether 400 details name the event as ``inputs[i]`` (unconfirmed).
    hubspot_events_batch_max: int = 500
    hubspot_events_rate_limit: int | None = None
    hubspot_events_error_index: bool = False
    # A uuid sent again: "accept" (kept once, 204) or "reject" (400, as the v3 spec words it:
    # "the first will be accepted and all others will be rejected").
    hubspot_events_repeated_uuid: RepeatedIdPolicy = "accept"

    # Pipeless choices where the docs say "unconfirmed".
    pipeless_batch_max: int = 10
    # "reject_batch": one invalid event refuses the batch whole (400, nothing stored);
    # "accept_valid": the valid events are stored and the answer is still a 400 naming the others.
    pipeless_partial: PipelessPartialPolicy = "reject_batch"
    # Letters and digits allowed in object ids: "any" script, as the docs read ("article-é-0"),
    # or "ascii" only, to see how an upload handles ids the service refuses.
    pipeless_id_letters: PipelessIdLetters = "any"

    def validated(self) -> SandboxConfig:
        """Return self, or raise ValueError naming the first field with an impossible value."""
        for name, allowed in _CHOICES.items():
            if getattr(self, name) not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(allowed)}")
        for name in _RATES:
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        if sum(getattr(self, name) for name in _RATES) > 1.0:
            raise ValueError("error_rate_5xx + timeout_rate + reset_rate must not exceed 1")
        for name in (
            "rate_limit_per_10s",
            "pipeless_rate_limit",
            "hubspot_events_rate_limit",
            "burst_429_every",
        ):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise ValueError(f"{name} must be at least 1 (or None to switch it off)")
        if min(self.hubspot_batch_max, self.pipeless_batch_max, self.hubspot_events_batch_max) < 1:
            raise ValueError("batch maximums must be at least 1")
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
