"""Hand the GIL to the GUI thread quickly while workers compute.

CPython lets a thread that waits for the GIL take it only after the running thread has held it for
the *switch interval*, 5 ms by default. The GUI thread does not wait once per frame: every call
from Qt into Python (a paint event, a model's ``data()``, a slot) waits again. Repainting the
Preview grid makes dozens of such calls, so behind a worker converting 100,000 rows one repaint
took 200–270 ms. With a 1 ms interval the same repaint takes under 40 ms, and the worker's own
speed does not change measurably (``tests/perf/bench_ui.py``).
"""

from __future__ import annotations

import sys

GUI_SWITCH_INTERVAL_S = 0.001


def favour_gui_thread(interval_s: float = GUI_SWITCH_INTERVAL_S) -> float:
    """Shorten the interpreter's switch interval; return the previous one to restore."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(interval_s)
    return previous
