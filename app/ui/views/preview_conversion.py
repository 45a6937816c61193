"""Preview's conversion run: the rows converted inline, or in a worker once the page has painted.

``PreviewController`` decides when to convert; ``PreviewConversion`` does it the right way for the
sheet's size. A small sheet converts inline (instant); a large one in a worker that reports how
many rows it has checked, started only after the page's busy bar has painted
(``app.ui.runtime.after_first_paint``), with the events held out of the garbage collector's scans
(``hold_bulk_data``) for as long as they are shown.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Generator, Iterator

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.core.conversion import convert
from app.core.conversion.convert import ConversionResult
from app.core.conversion.edits import RowFixer
from app.core.conversion.mapping import mapping_to_dict, targets_for
from app.ui.models.preview_model import PreviewSummary, summarize
from app.ui.runtime import PendingStart, after_first_paint, hold_bulk_data, release_bulk_data
from app.ui.state import WizardState
from app.ui.text.targets import target_label
from app.ui.workers import GeneratorWorker, describe_error, run_task_with_progress

log = logging.getLogger(__name__)

CONVERT_IN_WORKER_ABOVE = 2_000  # rows: below this the conversion is instant enough inline
FREEZE_ABOVE = 20_000  # rows: from here a full garbage collection would stall the window
PROGRESS_EVERY_ROWS = 15_000  # about 8 counts a second at 130,000 rows/s (UX.md: ≤ 10 repaints/s)
CONVERSION_HOLD = "conversion"  # owner of the events among the bulk data (``app.ui.runtime``)


def targets_to_show(state: WizardState) -> list[tuple[str, str]]:
    """Return (target, column title) for each mapped field, in the destination's order."""
    mapping = state.mapping
    if mapping is None:
        return []
    mapped = [t for t, rule in mapping.fields.items() if rule is not None]
    try:
        known = targets_for(mapping)
    except Exception:  # noqa: BLE001 - titles fall back to target names
        log.warning("field titles unavailable for the preview", exc_info=True)
        known = []

    # The interface's words ("Contact email", "Courriel du contact"), as Mapping shows them.
    labels = {t.name: target_label(t) or t.name for t in known}
    order = {t.name: i for i, t in enumerate(known)}
    mapped.sort(key=lambda t: (order.get(t, len(order)), t))
    return [(t, labels.get(t, t)) for t in mapped]


def day_targets(state: WizardState) -> frozenset[str]:
    """Return the fields sent as a day in epoch milliseconds: HubSpot ``date`` tokens."""
    mapping = state.mapping
    if mapping is None or mapping.hubspot is None:
        return frozenset()
    return frozenset(f"tokens.{t.name}" for t in mapping.hubspot.tokens if t.type == "date")


def moment_targets(state: WizardState) -> dict[str, str | None]:
    """Return the date-and-time fields with their time zones (None: UTC).

    A destination may send such a field as epoch milliseconds; the grid then writes it as a
    date in that zone (``PreviewModel.set_moment_targets``).
    """
    mapping = state.mapping
    if mapping is None:
        return {}
    return {
        target.name: getattr(mapping.fields.get(target.name), "timezone", None)
        for target in targets_for(mapping)
        if target.kind == "datetime"
    }


def conversion_key(state: WizardState) -> str | None:
    """Return what the conversion depends on, to know when it must be redone."""
    if state.sheet is None or state.mapping is None:
        return None
    try:
        mapping_part = json.dumps(mapping_to_dict(state.mapping), sort_keys=True, default=str)
    except Exception:  # noqa: BLE001 - any stable text will do as a key
        log.warning("mapping not serialisable for the preview key", exc_info=True)
        mapping_part = repr(state.mapping)
    return f"{id(state.sheet)}:{len(state.sheet.rows)}:{mapping_part}"


class PreviewConversion(QObject):
    """One conversion at a time for the Preview page; a newer ``start`` or ``abandon`` wins."""

    started = Signal(int)  # rows to check (a worker conversion only)
    progressed = Signal(int)  # rows checked so far
    converted = Signal(object)  # (ConversionResult, PreviewSummary)
    failed = Signal(str)  # a sentence to show

    def __init__(self, paint_first: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paint_first = paint_first  # a large conversion starts once this has painted
        self.converting = False
        self._worker: GeneratorWorker | None = None
        self._pending: PendingStart | None = None

    def start(self, state: WizardState) -> None:
        """Convert ``state.sheet`` with ``state.mapping`` and the cells edited here."""
        sheet, mapping = state.sheet, state.mapping
        assert sheet is not None and mapping is not None
        excluded = set(state.excluded_rows)
        edits = state.cell_edits  # not changed while converting: the grid is disabled
        if len(sheet.rows) <= CONVERT_IN_WORKER_ABOVE:
            try:
                result = convert.convert_rows(sheet, mapping)
                if edits:
                    RowFixer(sheet, mapping).apply_all(result, edits)
            except Exception as exc:  # noqa: BLE001 - shown, never a traceback
                self._on_failed(describe_error(exc), exc)
                return
            self._on_converted((result, summarize(result, excluded)))
            return

        def work() -> Generator[int, None, tuple[ConversionResult, PreviewSummary]]:
            result = yield from convert.iter_convert_rows(sheet, mapping, every=PROGRESS_EVERY_ROWS)
            # the edits that still apply to this file and mapping (app.core.conversion.edits)
            if edits:
                RowFixer(sheet, mapping).apply_all(result, edits)
            return result, summarize(result, excluded)

        self.converting = True
        if len(sheet.rows) >= FREEZE_ABOVE:
            # Now as well: what the previous steps made (a template fetch imports a whole HTTP
            # stack) would otherwise be walked by the first collection, 70 ms measured.
            hold_bulk_data(CONVERSION_HOLD)
        self.started.emit(len(sheet.rows))
        # The page paints first: while a worker converts, each call from Qt into Python waits
        # for the interpreter, and a first paint of the page took 40-90 ms behind it.
        self._pending = after_first_paint(self._paint_first, lambda: self._start_worker(work))

    def abandon(self, shown: ConversionResult | None) -> None:
        """Drop the conversion under way; ``shown`` is the one still in use (or None)."""
        self._drop_pending()
        if self._worker is not None:
            self._worker.cancel()  # its result is dropped
        self._worker = None
        self.converting = False
        hold_for(shown)

    def shutdown(self, timeout_s: float = 10.0) -> bool:
        """Wait for a running conversion (tests and window teardown)."""
        self._drop_pending()
        if self._worker is not None:
            self._worker.cancel()
            return self._worker.wait(timeout_s)
        return True

    def _start_worker(self, work: Callable[[], Iterator[int]]) -> None:
        """Start the conversion prepared by ``start`` (the page has painted)."""
        self._pending = None
        if not self.converting:
            return
        self._worker = run_task_with_progress(
            work, self.progressed.emit, self._on_converted, self._on_failed
        )

    def _drop_pending(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    def _on_converted(self, value: tuple[ConversionResult, PreviewSummary]) -> None:
        self.converting = False
        self._worker = None
        # The rows and their events live as long as the file stays open: out of the cyclic
        # collector's scans, which would otherwise walk them on the GUI thread.
        hold_for(value[0])
        self.converted.emit(value)

    def _on_failed(self, message: str, exc: BaseException) -> None:
        log.info("preview conversion failed: %r", exc)
        self.converting = False
        self._worker = None
        self.failed.emit(message)


def hold_for(conversion: ConversionResult | None) -> None:
    """Hold the bulk data of a large conversion; let go of it for a small one or none."""
    if conversion is not None and len(conversion.outcomes) >= FREEZE_ABOVE:
        hold_bulk_data(CONVERSION_HOLD)
    else:
        release_bulk_data(CONVERSION_HOLD)
