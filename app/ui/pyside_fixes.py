"""Keep PySide6 reference-count slips from crashing a long session.

PySide6 6.12.0 on CPython 3.11 loses references to Python's singletons: every
``SignalInstance.emit()`` returns ``True`` without owning it (the caller's discarded result then
releases a reference ``True`` never gave), and every Python ``QRunnable.run`` drops ``None`` a
couple of times. Each loss is harmless on its own, but an upload of a million rows emits tens of
thousands of signals: once ``True`` or ``None`` reaches zero, CPython aborts with "deallocating
True or False" (``tests/ui/test_workers.py`` reproduces it).

The project's dependencies exclude 6.12.0, so a normal install never meets the bug; this guard
protects an environment where that release was installed anyway (a frozen build made from it, a
system package). CPython 3.12 made these singletons immortal, so the slip cannot hurt there. On
3.11 the same effect is obtained by giving them a reference count no session can exhaust; the
objects are never freed by CPython anyway, so nothing else changes. ``app.ui.runtime`` applies
it (``install_pyside_guard``), once, and only on the affected PySide6 release; importing this
module changes nothing.
"""

from __future__ import annotations

import ctypes
import platform
import sys
from importlib.metadata import PackageNotFoundError, version

_BOOST = 1 << 40  # far more references than any session can lose, far below overflow
_applied = False


def make_singletons_immortal() -> bool:
    """Raise the reference counts of None, True and False once; return True if applied."""
    global _applied
    if _applied:
        return True
    if platform.python_implementation() != "CPython" or sys.version_info >= (3, 12):
        return False  # immortal already (3.12+), or another runtime with its own scheme
    if not _affected_pyside():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BOOST
    _applied = True
    return True


def pyside_version() -> str:
    """Return the installed PySide6 release ("" when it cannot be told)."""
    for distribution in ("pyside6-essentials", "pyside6"):
        try:
            return version(distribution)
        except PackageNotFoundError:
            continue
    try:  # a frozen bundle has no package metadata: ask the module itself
        import PySide6

        return str(PySide6.__version__)
    except ImportError:
        return ""


def _affected_pyside() -> bool:
    """Return True for the PySide6 releases known to lose singleton references (6.12.x)."""
    return pyside_version().startswith("6.12.")
