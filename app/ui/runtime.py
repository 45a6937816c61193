"""The window's runtime measures, in one place: what the window changes in the interpreter.

A desktop window next to workers that convert 100,000 rows needs four measures the command line
does not. Each is applied here and undone here, so no other module flips a process-wide switch:

- **The PySide6 guard** (``app.ui.pyside_fixes``): on the PySide6 release that loses references
  to ``None``/``True``/``False``, their counts are raised once. ``install_pyside_guard`` applies it
  explicitly and logs a WARNING when it is active, so a support log shows the affected install.
- **Garbage collected on the GUI thread** (``GuiThreadCollector``): automatic collection is off
  and a GUI-thread timer collects instead, so a worker never runs a Qt destructor.
- **Bulk data frozen, not walked** (``hold_bulk_data`` / ``release_bulk_data``): a sheet's rows or a
  conversion's events live as long as the file stays open; ``gc.freeze`` takes them out of every
  later collection. Each hold names its owner and is undone by that owner's release; when no
  owner holds bulk data any more the collector sees everything again (``gc.unfreeze``).
- **The GIL handed to the GUI thread quickly** (``favour_gui_thread``): a 1 ms switch interval.

And one way to start work *after* the window has painted (``after_first_paint``): while a
worker computes, each call from Qt into Python waits for the interpreter, so a page that starts
its work first paints late. The work starts on the widget's paint, not after a guessed pause.

``WindowRuntime.start``/``stop`` apply and undo the process-wide ones around the window's life
(``app.ui.launch``); tests and benchmarks use the same object.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.ui import pyside_fixes

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 100  # how often the GUI thread looks at the collector's counts
BULK_OBJECTS = 10_000  # new objects in one look: frozen, not walked (normal work makes ~2,000)
GUI_SWITCH_INTERVAL_S = 0.001
# Only if a visible widget never paints (a minimised window): the work must still start.
PAINT_WAIT_LIMIT_MS = 1_000


# -- the PySide6 guard --------------------------------------------------------------------------


def install_pyside_guard() -> bool:
    """Apply the PySide6 reference guard if this install needs it; return True when active.

    Call it before the first signal is emitted (``app.ui.launch`` does, before the application
    exists). It is a no-op on unaffected releases and on CPython 3.12+.
    """
    active = pyside_fixes.make_singletons_immortal()
    if active:
        log.warning(
            "PySide6 %s loses references to None/True/False: the reference guard is active "
            "(install another PySide6 release to do without it)",
            pyside_fixes.pyside_version(),
        )
    return active


# -- bulk data frozen, not walked ---------------------------------------------------------------


class BulkData:
    """Which owners hold bulk data in the collector's frozen generation.

    ``gc.freeze`` moves *every* object alive now into a permanent generation that collections
    skip; ``gc.unfreeze`` moves them all back. Neither can pick objects, so the holds are counted
    by owner: frozen while one owner holds, unfrozen when the last one lets go. Frozen objects
    are still freed by reference counting when dropped; only cycles among them wait for the
    unfreeze, after which the next full collection walks what is left once. One instance
    mirrors the one collector of the process (``BULK``).
    """

    def __init__(self) -> None:
        self._owners: set[str] = set()
        self._frozen = False

    @property
    def owners(self) -> frozenset[str]:
        """The owners holding bulk data now."""
        return frozenset(self._owners)

    def hold(self, owner: str) -> None:
        """Freeze what is alive now on behalf of ``owner`` (a sheet read, a conversion)."""
        self._owners.add(owner)
        self.freeze()

    def release(self, owner: str) -> None:
        """``owner``'s bulk data is gone; unfreeze once no owner holds any."""
        self._owners.discard(owner)
        if not self._owners:
            self.unfreeze()

    def freeze(self) -> None:
        """Freeze what is alive now (the collector's bursts, a hold); cheap, no walk."""
        gc.freeze()
        self._frozen = True

    def unfreeze(self) -> None:
        """Give every frozen object back to the collector (no owner left, or at shutdown)."""
        if self._frozen:
            gc.unfreeze()
            self._frozen = False

    def release_all(self) -> None:
        """Forget every hold and unfreeze (the window closes, a test ends)."""
        self._owners.clear()
        self.unfreeze()


BULK = BulkData()


def hold_bulk_data(owner: str) -> None:
    """Take what is alive now out of the collector's scans, until ``release_bulk_data(owner)``."""
    BULK.hold(owner)


def release_bulk_data(owner: str) -> None:
    """Undo ``hold_bulk_data(owner)`` (the data was replaced or dropped)."""
    BULK.release(owner)


# -- garbage collected on the GUI thread --------------------------------------------------------


class GuiThreadCollector(QObject):
    """Disable automatic collection; collect from a GUI-thread timer when thresholds are reached.

    Python's cyclic collector runs in whichever thread allocates when a threshold is crossed. If
    that is a worker and the garbage holds a Qt widget's wrapper, the widget's C++ destructor
    runs off the GUI thread and the program crashes. The timer looks often: a collection walks
    every object made since the last one, so at 500 ms an upload's young objects took 22-28 ms
    to walk on this thread; at 100 ms, a fifth.

    More than ``BULK_OBJECTS`` new objects in one look are bulk data arriving (rows read, events
    converted, an upload plan): walking them stalled the window 15-80 ms a collection, so they
    are frozen instead (``BULK.freeze``), and unfrozen with the holds (``BulkData``).
    """

    def __init__(
        self,
        parent: QObject | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
        bulk: BulkData | None = None,
    ) -> None:
        super().__init__(parent)
        self._bulk = bulk or BULK
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their threshold."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        if counts[0] > BULK_OBJECTS:
            self._bulk.freeze()
            return
        generation = 0
        if counts[1] > self._thresholds[1]:
            generation = 2 if counts[2] > self._thresholds[2] else 1
        gc.collect(generation)

    def stop(self) -> None:
        """Give collection back to Python (at shutdown, or when a test ends)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


# -- the GIL handed to the GUI thread -----------------------------------------------------------


def favour_gui_thread(interval_s: float = GUI_SWITCH_INTERVAL_S) -> float:
    """Shorten the interpreter's switch interval; return the previous one to restore.

    A thread waiting for the GIL gets it only after the running one held it for the switch
    interval (5 ms by default), and every call from Qt into Python waits again: behind a worker
    converting 100,000 rows one repaint of the Preview grid took 200-270 ms, under 40 ms at 1 ms,
    with no measurable cost to the worker (``tests/perf/bench_ui.py``).
    """
    previous = sys.getswitchinterval()
    sys.setswitchinterval(interval_s)
    return previous


# -- paint first, then start --------------------------------------------------------------------


class _AfterPaint(QObject):
    """Run a callback on the event loop's next turn after ``widget`` has painted.

    It stays a child of the widget once done (a few bytes a conversion): deleting it from its
    own timer's callback crashed PySide6 when the widget went at the same time.
    """

    def __init__(self, widget: QWidget, start: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._start: Callable[[], None] | None = start
        self._painted = False
        widget.installEventFilter(self)
        self._timer = QTimer(self)  # the limit at first; after the paint, the next turn
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        self._timer.start(PAINT_WAIT_LIMIT_MS)
        widget.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Once the widget's paint event has gone through, start on the next turn."""
        if watched is self._widget and event.type() == QEvent.Type.Paint and not self._painted:
            # Not removed here: removing a filter while Qt runs the filters can skip the next.
            self._painted = True
            self._timer.start(0)  # after this paint has been drawn
        return False

    def cancel(self) -> None:
        """Never start (the page was left)."""
        self._start = None
        self._timer.stop()
        self._widget.removeEventFilter(self)

    def _run(self) -> None:
        start, self._start = self._start, None
        self._widget.removeEventFilter(self)
        if start is not None:
            start()


class PendingStart:
    """A start waiting for a paint; ``cancel`` drops it."""

    def __init__(self, waiter: _AfterPaint | None, timer: QTimer | None) -> None:
        self._waiter = waiter
        self._timer = timer

    @property
    def waiting_for_paint(self) -> bool:
        """True when the start waits for a paint (the widget is on screen)."""
        return self._waiter is not None

    def cancel(self) -> None:
        """Drop the start if it has not run yet."""
        if self._waiter is not None:
            self._waiter.cancel()
            self._waiter = None
        if self._timer is not None:
            self._timer.stop()
            self._timer.deleteLater()
            self._timer = None


def after_first_paint(widget: QWidget, start: Callable[[], None]) -> PendingStart:
    """Call ``start`` once ``widget`` has painted, on the event loop's next turn.

    A widget that is not on screen (hidden, or its window not exposed) will not paint: ``start``
    then runs on the next turn at once. Returns a handle whose ``cancel`` drops the start.
    """
    handle = widget.window().windowHandle()
    if widget.isVisible() and handle is not None and handle.isExposed():
        return PendingStart(_AfterPaint(widget, start), None)
    timer = QTimer(widget)
    timer.setSingleShot(True)
    timer.timeout.connect(start)
    timer.start(0)
    return PendingStart(None, timer)


# -- the whole set, around the window's life ----------------------------------------------------


class WindowRuntime:
    """Apply the window's process-wide measures at start and undo them, in pairs, at stop."""

    def __init__(self, bulk: BulkData | None = None) -> None:
        self.bulk = bulk or BULK
        self.collector: GuiThreadCollector | None = None
        self.guard_active = False
        self._guard_installed = False
        self._previous_switch_interval: float | None = None

    def install_guard(self) -> bool:
        """Apply the PySide6 guard now (before the application exists); True when active.

        The guard is never undone: the raised counts are what keeps the singletons alive.
        """
        if not self._guard_installed:
            self.guard_active = install_pyside_guard()
            self._guard_installed = True
        return self.guard_active

    def start(self, parent: QObject | None = None) -> WindowRuntime:
        """Install the guard (if not yet), the GUI-thread collector and the switch interval."""
        self.install_guard()
        self.collector = GuiThreadCollector(parent, bulk=self.bulk)
        self._previous_switch_interval = favour_gui_thread()
        return self

    def stop(self) -> None:
        """Undo ``start``: interval back, collection back to Python, bulk data unfrozen."""
        if self._previous_switch_interval is not None:
            sys.setswitchinterval(self._previous_switch_interval)
            self._previous_switch_interval = None
        if self.collector is not None:
            self.collector.stop()
            self.collector.deleteLater()
            self.collector = None
        self.bulk.release_all()
