"""Clients for the sandbox tests: plain httpx over real HTTP to 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.sandbox.server import SandboxServer

BATCH = "/integrators/timeline/v3/events/batch/create"
SINGLE = "/integrators/timeline/v3/events"
PIPELESS_BATCH = "/v1/apps/77/events/batch"


@pytest.fixture
def hubspot(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """Authenticated with the demo access token."""
    token = sandbox.credentials["hubspot_access_token"]
    with httpx.Client(
        base_url=sandbox.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=5
    ) as client:
        yield client


@pytest.fixture
def pipeless(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """Authenticated with the demo Pipeless key."""
    key = sandbox.credentials["pipeless_api_key"]
    with httpx.Client(
        base_url=sandbox.base_url, headers={"Authorization": f"Bearer {key}"}, timeout=5
    ) as client:
        yield client
