"""Injected faults: each kind happens, is counted, and repeats identically for the same seed."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from app.sandbox.server import SandboxConfig, SandboxServer

SINGLE = "/integrators/timeline/v3/events"
TEMPLATES = "/integrators/timeline/v3/123456/event-templates"
PIPELESS_BATCH = "/v1/apps/77/events/batch"


def event(event_id: str) -> dict[str, Any]:
    return {
        "eventTemplateId": "1009876",
        "id": event_id,
        "email": "ana@example.com",
        "tokens": {"course": "Python", "score": 90},
    }


def send_all(sandbox: SandboxServer, count: int, prefix: str = "e", read: float = 0.6) -> list[str]:
    """Send ``count`` single creates one after the other; outcome per request."""
    outcomes: list[str] = []
    token = sandbox.credentials["hubspot_access_token"]
    with httpx.Client(
        base_url=sandbox.base_url,
        headers={"Authorization": f"Bearer {token}"},
        timeout=httpx.Timeout(2.0, read=read),
    ) as client:
        for i in range(count):
            try:
                outcomes.append(str(client.post(SINGLE, json=event(f"{prefix}-{i}")).status_code))
            except httpx.ReadTimeout:
                outcomes.append("timeout")
            except (httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError):
                outcomes.append("reset")
    return outcomes


Factory = Callable[..., SandboxServer]
MIXED = {"error_rate_5xx": 0.15, "timeout_rate": 0.1, "reset_rate": 0.2, "timeout_s": 1.5}


def test_mixed_faults_repeat_for_the_same_seed_and_are_counted(sandbox_factory: Factory) -> None:
    first = sandbox_factory(SandboxConfig(seed=7, **MIXED))
    second = sandbox_factory(SandboxConfig(seed=7, **MIXED))
    # Both runs at once: each timeout costs the client its read timeout.
    with ThreadPoolExecutor(2) as pool:
        outcomes, again = pool.map(lambda sb: send_all(sb, 40), (first, second))
    assert again == outcomes
    seen = Counter(outcomes)
    assert seen["201"] and seen["timeout"] and seen["reset"]
    assert {o for o in outcomes if o[0] == "5"} <= {"500", "502", "503", "504"}
    stats = first.stats()
    faults = stats["faults"]
    assert faults.get("5xx", 0) == sum(n for o, n in seen.items() if o[0] == "5") > 0
    assert faults["timeout"] == seen["timeout"]
    assert faults.get("reset_before", 0) + faults.get("reset_after", 0) == seen["reset"]
    # Timeouts and late resets happen after the event is stored: the client cannot know it arrived.
    stored = {e["id"] for e in first.hubspot_events()}
    assert len(stored) == seen["201"] + seen["timeout"] + faults.get("reset_after", 0)
    assert stats["by_route"]["hubspot.create"]["201"] == seen["201"] + seen["timeout"]


def test_another_seed_gives_other_faults(sandbox_factory: Factory) -> None:
    one = send_all(sandbox_factory(SandboxConfig(seed=1, error_rate_5xx=0.5)), 30)
    two = send_all(sandbox_factory(SandboxConfig(seed=2, error_rate_5xx=0.5)), 30)
    assert one != two


def test_reset_restarts_the_fault_sequence(sandbox_factory: Factory) -> None:
    sandbox = sandbox_factory(SandboxConfig(seed=5, error_rate_5xx=0.5))
    first = send_all(sandbox, 20)
    sandbox.reset()
    assert send_all(sandbox, 20) == first
    assert sandbox.stats()["requests"] == 20


def test_timeout_stores_before_answering_late(sandbox_factory: Factory) -> None:
    sandbox = sandbox_factory(timeout_rate=1.0, timeout_s=1.5)
    assert send_all(sandbox, 1) == ["timeout"]
    assert [e["id"] for e in sandbox.hubspot_events()] == ["e-0"]
    sandbox.configure(timeout_rate=0.0)
    assert send_all(sandbox, 1) == ["201"]  # the retry: same id, same contact
    assert len(sandbox.hubspot_events()) == 1
    assert sandbox.stats()["hubspot_repeats_accepted"] == 1


def test_resets_come_before_and_after_storing(sandbox_factory: Factory) -> None:
    sandbox = sandbox_factory(SandboxConfig(seed=3, reset_rate=1.0))
    assert send_all(sandbox, 16) == ["reset"] * 16
    faults = sandbox.stats()["faults"]
    assert faults["reset_before"] > 0 and faults["reset_after"] > 0
    assert faults["reset_before"] + faults["reset_after"] == 16
    assert len(sandbox.hubspot_events()) == faults["reset_after"]
    assert sandbox.stats()["by_status"]["reset"] == 16


def test_5xx_statuses_and_bodies(sandbox_factory: Factory) -> None:
    sandbox = sandbox_factory(error_rate_5xx=1.0, error_statuses=(503,))
    assert send_all(sandbox, 3) == ["503"] * 3
    assert sandbox.hubspot_events() == []
    key = sandbox.credentials["pipeless_api_key"]
    with httpx.Client(
        base_url=sandbox.base_url, headers={"Authorization": f"Bearer {key}"}
    ) as client:
        reply = client.post(PIPELESS_BATCH, json={"events": []})
        assert reply.status_code == 503 and reply.json()["errors"]
        assert "Retry-After" not in reply.headers
        token = sandbox.credentials["hubspot_access_token"]
        hub = client.post(SINGLE, json=event("x"), headers={"Authorization": f"Bearer {token}"})
        assert hub.json()["status"] == "error" and hub.json()["category"] == "INTERNAL_ERROR"
    sandbox.configure(error_statuses=(477,), retry_after=2)
    token = sandbox.credentials["hubspot_access_token"]
    with httpx.Client(base_url=sandbox.base_url, headers={"Authorization": f"Bearer {token}"}) as c:
        migrating = c.post(SINGLE, json=event("m"))
    assert migrating.status_code == 477 and migrating.headers["Retry-After"] == "2"


def test_429_bursts_follow_their_cycle(sandbox_factory: Factory) -> None:
    sandbox = sandbox_factory(burst_429_every=3, burst_429_length=2)
    outcomes = send_all(sandbox, 10)
    assert outcomes == ["201", "201", "201", "429", "429"] * 2
    assert sandbox.stats()["faults"] == {"burst_429": 4}
    assert len(sandbox.hubspot_events()) == 6
    sandbox.configure(retry_after=3)
    token = sandbox.credentials["hubspot_access_token"]
    with httpx.Client(
        base_url=sandbox.base_url, headers={"Authorization": f"Bearer {token}"}
    ) as client:
        replies = [client.post(SINGLE, json=event(f"z-{i}")) for i in range(5)]
    limited = replies[3]
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "3"
    assert limited.json()["errorType"] == "RATE_LIMIT"
    assert limited.headers["X-HubSpot-RateLimit-Remaining"] == "0"


def test_latency_delays_answers(sandbox_factory: Factory) -> None:
    sandbox = sandbox_factory(latency_ms=150)
    started = time.perf_counter()
    assert send_all(sandbox, 2, read=2.0) == ["201", "201"]
    assert time.perf_counter() - started >= 0.3


@pytest.mark.parametrize(("scope", "expected"), [("writes", 200), ("all", 500)])
def test_fault_scope(sandbox_factory: Factory, scope: str, expected: int) -> None:
    sandbox = sandbox_factory(error_rate_5xx=1.0, error_statuses=(500,), fault_scope=scope)
    key = sandbox.credentials["hubspot_developer_key"]
    with httpx.Client(base_url=sandbox.base_url) as client:
        assert client.get(TEMPLATES, params={"hapikey": key}).status_code == expected
        assert client.get("/_sandbox/stats").status_code == 200  # inspection is never faulted
    assert send_all(sandbox, 1) == ["500"]


def test_faults_can_be_switched_on_over_http(sandbox: SandboxServer) -> None:
    with httpx.Client(base_url=sandbox.base_url) as client:
        reply = client.post("/_sandbox/config", json={"error_rate_5xx": 1, "error_statuses": [502]})
        assert reply.status_code == 200 and reply.json()["error_rate_5xx"] == 1
    assert send_all(sandbox, 2) == ["502", "502"]
