"""Pytest fixtures that run the built-in sandbox on 127.0.0.1 for the length of one test.

``sandbox`` is a started ``SandboxServer`` with no faults.
``sandbox_factory(config=None, **changes)`` starts more (or differently configured) ones; all are
stopped at teardown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.sandbox.server import SandboxConfig, SandboxServer

SandboxFactory = Callable[..., SandboxServer]


@pytest.fixture
def sandbox_factory() -> Iterator[SandboxFactory]:
    """Start sandboxes on demand: ``sandbox_factory(SandboxConfig(seed=3), retry_after=1)``."""
    started: list[SandboxServer] = []

    def start(config: SandboxConfig | None = None, **changes: Any) -> SandboxServer:
        config = (config or SandboxConfig()).replace(**changes)
        server = SandboxServer(config).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def sandbox(sandbox_factory: SandboxFactory) -> SandboxServer:
    """A running sandbox with default settings (HubSpot limit 100/10 s, no faults)."""
    return sandbox_factory()
