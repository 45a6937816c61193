"""Load a spreadsheet in the background: the first page at once, then every row, with progress.

``SheetLoadTask`` is a ``QRunnable`` (run on a ``QThreadPool``) that reads the first page with
``read_first_page`` (so the user sees rows within a fraction of a second), then the whole sheet
with ``read_sheet``. It emits through a ``SheetLoadSignals`` object created on the GUI thread, so
every emission is queued to the GUI thread. A newer load makes an older one stale: the owner
compares ``generation`` and ignores the rest, and ``cancel`` lets ``read_sheet`` stop early.
After the first page the task waits until the owner calls ``go_on`` (the page has painted, see
``app.ui.runtime.after_first_paint``), so the full read does not compete with that paint.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from app.core.reading import sheet as reader

log = logging.getLogger(__name__)

# The full read starts when the owner says the first page is on screen (``go_on``); this is
# only the limit for an owner that never says so, never the normal wait.
FIRST_PAGE_SHOWN_LIMIT_S = 5.0


@dataclass(frozen=True)
class LoadRequest:
    """What to read: the file and the user's overrides (None = detect)."""

    path: Path
    sheet: str | None = None
    header_row: int | None = None
    encoding: str | None = None
    delimiter: str | None = None
    # Columns of the mapping in use: with no sheet named, the sheet holding them is preferred.
    prefer_columns: tuple[str, ...] = ()


class SheetLoadSignals(QObject):
    """Signals of one load; every one carries the load's generation number first."""

    first_page = Signal(int, object)  # generation, SheetData (complete=False)
    progress = Signal(int, int)  # generation, data rows read so far
    loaded = Signal(int, object)  # generation, SheetData (complete)
    failed = Signal(int, object)  # generation, exception (SheetError or other)
    finished = Signal(int)  # generation; always last


class SheetLoadTask(QRunnable):
    """Read one sheet off the GUI thread."""

    PROGRESS_EVERY = (
        2000  # rows between progress signals: often enough to move, rarely enough to be cheap
    )

    def __init__(self, request: LoadRequest, generation: int, signals: SheetLoadSignals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until ``finished`` and may cancel it
        self.request = request
        self.generation = generation
        self.signals = signals
        self._stop = threading.Event()
        self._go_on = threading.Event()
        self._done = threading.Event()
        self._last_progress = 0

    def cancel(self) -> None:
        """Ask the reader to stop; ``finished`` still follows."""
        self._stop.set()
        self._go_on.set()  # a task waiting for the first paint ends at once

    def go_on(self) -> None:
        """Read the whole sheet now: the first page is on screen."""
        self._go_on.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the task is done (shutdown and tests only)."""
        return self._done.wait(timeout)

    def _on_progress(self, rows: int) -> None:
        if rows - self._last_progress >= self.PROGRESS_EVERY or rows < self._last_progress:
            self._last_progress = rows
            self.signals.progress.emit(self.generation, rows)

    def run(self) -> None:  # noqa: D102 - runs in the worker thread

        request = self.request
        options = {
            "sheet": request.sheet,
            "header_row": request.header_row,
            "encoding": request.encoding,
            "delimiter": request.delimiter,
        }
        try:
            page = reader.read_first_page(
                request.path, prefer_columns=request.prefer_columns, **options
            )
            if self._stop.is_set():
                return
            self.signals.first_page.emit(self.generation, page)
            # Let the window show those rows before the full read competes with it for the
            # interpreter: each call from Qt into Python waits for it, and the first paint of
            # the rows behind a running read took 20-60 ms. A cancel ends the wait at once.
            self._go_on.wait(FIRST_PAGE_SHOWN_LIMIT_S)
            if self._stop.is_set():
                return
            # Reuse what the first page detected so both reads agree on sheet and header.
            options["sheet"] = page.sheet_name
            options["header_row"] = page.header_row
            if page.encoding:
                options["encoding"] = page.encoding
            if page.delimiter:
                options["delimiter"] = page.delimiter
            sheet = reader.read_sheet(
                request.path, progress=self._on_progress, should_stop=self._stop.is_set, **options
            )
            if not self._stop.is_set():
                self.signals.loaded.emit(self.generation, sheet)
        except BaseException as exc:  # noqa: BLE001 - every failure reaches the GUI as a message
            if not self._stop.is_set():
                log.info("reading %s failed: %r", request.path.name, exc)
                self.signals.failed.emit(self.generation, exc)
        finally:
            try:
                self.signals.finished.emit(self.generation)
            except RuntimeError:  # the window is gone
                pass
            self._done.set()
