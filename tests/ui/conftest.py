"""Window tests: Python garbage is collected on the GUI thread only (see ``app.ui.gc_guard``).

Without this, a worker thread of one test can trigger a collection that destroys a widget left
over from an earlier test, off the GUI thread, and crash the interpreter.
"""

from __future__ import annotations

import gc

import pytest


@pytest.fixture(autouse=True)
def _collect_on_gui_thread(qapp):
    from app.ui.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector()
    yield
    collector.stop()
    collector.deleteLater()
    gc.collect()
