"""Window tests run under the window's runtime measures (``app.ui.runtime``).

Python garbage is collected on the GUI thread only: without this, a worker thread of one test
can trigger a collection that destroys a widget left over from an earlier test, off the GUI
thread, and crash the interpreter. The PySide6 reference guard is installed before any test, as
the program installs it before its first signal; bulk data frozen by a test is given back.
"""

from __future__ import annotations

import gc

import pytest


@pytest.fixture(autouse=True, scope="session")
def _pyside_guard() -> None:
    from app.ui.runtime import install_pyside_guard

    install_pyside_guard()


@pytest.fixture(autouse=True)
def _collect_on_gui_thread(qapp):
    from app.ui.runtime import BULK, GuiThreadCollector

    collector = GuiThreadCollector()
    yield
    collector.stop()
    collector.deleteLater()
    BULK.release_all()
    gc.collect()
