"""Import, in the background once the window is up, the modules later steps will need.

The window starts fast because the HTTP stack, the keychain, the upload planner and the report
writer are imported only when first needed. But "first needed" used to be a worker of a later
step: the Destination step's template fetch imported httpx, httpcore, h11 and anyio (110 ms of
interpreter time, more with PySide6's import hook) while the Preview step was converting, and the
window lost 80-110 ms as both threads wanted the interpreter. Importing them while the user is
still looking at the File step costs nothing anyone can see.
"""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

LATER_MODULES = (
    "app.api.factory",  # httpx and its stack, both API clients
    "app.core.secrets",  # keyring and its backends
    "app.core.upload.upload_plan",
    "app.core.reports.report",
    "app.core.reading.sheet_xlsx_stream",
)


def warm_up_in_background(modules: tuple[str, ...] = LATER_MODULES) -> threading.Thread:
    """Start importing ``modules`` in a daemon thread; return the thread (tests join it)."""
    thread = threading.Thread(target=_import_all, args=(modules,), name="warm-up", daemon=True)
    thread.start()
    return thread


def _import_all(modules: tuple[str, ...]) -> None:
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the step that needs it will report the problem
            log.warning("Could not import %s ahead of time", name, exc_info=True)
