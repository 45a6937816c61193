"""Collect Python garbage on the GUI thread only.

Python's cyclic garbage collector runs in whichever thread happens to allocate when a threshold is
crossed. If that is a worker thread (reading a sheet allocates a lot) and the garbage holds the
wrapper of a Qt widget, the widget's C++ destructor runs off the GUI thread and the program
crashes. So automatic collection is switched off and a timer on the GUI thread collects instead,
once the thresholds are passed.

The timer looks often: a collection walks every object made since the last one, so at 500 ms
intervals an upload's young objects took 22-28 ms to walk on this thread; at 100 ms, a fifth.

Bulk data is frozen instead of walked. More than ``BULK_OBJECTS`` new objects in one look are
rows being read, events being converted, an upload plan, journal rows or report lines: tens of
thousands of objects that live as long as the file stays open, where walking them stalled the
window 15-80 ms per collection. ``gc.freeze`` takes them out of every later collection for
free; they are still freed by reference counting when dropped. The price is that cyclic garbage
made in the same 100 ms is never collected, which is little next to the data itself.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 100
BULK_OBJECTS = 10_000  # new objects in one look: frozen, not walked (normal work makes ~2,000)


class GuiThreadCollector(QObject):
    """Disable automatic collection; collect from a GUI-thread timer when thresholds are reached."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
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
            gc.freeze()
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
