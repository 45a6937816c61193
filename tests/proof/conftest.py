"""Proof suites that drive the window collect Python garbage on the GUI thread only, as the
program does (``app.ui.runtime``): otherwise a collection triggered by a worker thread, or one
that destroys a widget left from an earlier test, can crash the interpreter."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _gui_thread_collection(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.node.get_closest_marker("gui") is None:
        yield
        return
    request.getfixturevalue("qapp")
    from app.ui.runtime import GuiThreadCollector

    collector = GuiThreadCollector()
    yield
    collector.stop()
    collector.deleteLater()
    gc.collect()
