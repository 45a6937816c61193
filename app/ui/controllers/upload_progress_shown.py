"""The Upload step's live progress: the bar's numbers, the batch table's follow, the slow-down note.

Part of ``UploadController``: it takes each group of batch results, feeds the core's counter
(through ``batch_model.UploadProgress``, which words it), keeps the table on the batch being
sent unless the user scrolled away, and counts a slow-down (429) down in the banner once a
second. Screen readers hear the bar's numbers at most every ``SPOKEN_EVERY_S``.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from app.core.upload.engine import BatchResult, BatchState
from app.ui.controllers import upload_wording as wording
from app.ui.models.batch_model import UploadProgress

if TYPE_CHECKING:
    from app.core.upload.upload_plan import UploadPlan
    from app.ui.controllers.upload_controller import UploadController

# The legend's and the spoken description's order: what went, what goes, what went wrong.
STRIP_ORDER = (
    BatchState.SENT,
    BatchState.SENDING,
    BatchState.RETRYING,
    BatchState.PARTLY_FAILED,
    BatchState.FAILED,
    BatchState.STOPPED,
    BatchState.QUEUED,
)
TICK_MS = 1000  # retry countdowns
SPOKEN_EVERY_S = 15.0  # how often the progress bar's accessible description may change


class UploadProgressShown(QObject):
    """Show how far the upload got (see module docstring)."""

    def __init__(self, controller: UploadController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.view = controller.view
        self.progress: UploadProgress | None = None
        self.rate_limited_until = 0.0
        self.follow = True
        self._spoken_at = float("-inf")
        self._strip_spoken_at: float | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.on_tick)

    def reset(self) -> None:
        """Forget the previous upload's numbers and empty the bar and the table."""
        self.progress = None
        self.follow = True
        self._spoken_at = float("-inf")
        self.view.model.clear()
        self.view.progress_bar.reset_numbers()
        self.view.progress_bar.hide()

    def new_plan(self, plan: UploadPlan) -> None:
        """Show every planned batch as waiting and count the plan's rows afresh."""
        # Row numbers are looked up only for the batches painted (a plan may hold 10,000).
        self.view.model.set_plan((b.batch_no, lambda b=b: b.row_numbers) for b in plan.batches)
        self.progress = UploadProgress(plan.rows_to_send, len(plan.batches))
        self.progress.current_batch = plan.batches[0].batch_no if plan.batches else 0

    def rows_left(self) -> int:
        """Rows of the plan not done yet."""
        return 0 if self.progress is None else self.progress.rows_left

    def start(self) -> None:
        """Show the bar and count retry waits down while batches go."""
        self.view.progress_bar.show()
        self._tick.start()

    def go_on(self) -> None:
        """Measure the speed afresh: a pause or a check of the test batch is not slowness."""
        if self.progress is not None:
            self.progress.restart_rate()
        self._tick.start()

    def stop(self) -> None:
        """Stop the countdowns (the engine's run ended) and show the batches as they are."""
        self._tick.stop()
        self.view.model.tick()
        self.describe_strip()

    @Slot(list)
    def on_batches(self, results: list[BatchResult]) -> None:
        """Show a group of batch state changes (the session flushes them ten times a second)."""
        active = self.view.model.apply(results)
        if self.progress is not None:
            self.progress.add(results)
        for result in results:
            if result.state is BatchState.RETRYING and (
                result.http_status == 429 or result.code == "rate_limited"
            ):
                self.rate_limited_until = time.monotonic() + (result.retry_in or 1.0)
                self.show_slow_down()
        if active is not None and self.follow:
            self.view.table.show_row(active)
        self.controller.show_pause_progress()
        self.refresh()

    def refresh(self) -> None:
        """Show the numbers on the bar; let screen readers hear them now and then only."""
        if self.progress is None:
            return
        # Rows/s and time left only while rows go: waiting for the user is not slowness.
        session = self.controller.session
        sending = self.controller.phase == "running" and not (session and session.paused)
        text = self.progress.text(speed=sending)
        # The bar's own text is read on demand; its description, which screen readers may
        # announce when it changes, follows at most every SPOKEN_EVERY_S, never on every tick.
        now = time.monotonic()
        describe = now - self._spoken_at >= SPOKEN_EVERY_S or self.progress.fraction >= 1.0
        if describe:
            self._spoken_at = now
            self.describe_strip()
        self.view.progress_bar.show_numbers(self.progress.fraction, text, describe=describe)

    def show_strip_counts(self) -> None:
        """Count the strip's batches by state in its legend, in words."""
        strip = self.view.strip
        counts = strip.counts()
        texts = {state: wording.strip_count_text(state, n) for state, n in counts.items()}
        per_cell = strip.strip_layout().per_cell
        scale = wording.strip_scale_text(per_cell) if per_cell > 1 else ""
        self.view.legend.show_counts(texts, scale)
        self.view.legend.setVisible(bool(counts))
        if self._strip_spoken_at is None or self.controller.phase != "running":
            self.describe_strip()

    def describe_strip(self) -> None:
        """Let screen readers hear the batches counted by state (not on every change)."""
        strip = self.view.strip
        counts = strip.counts()
        ordered = {state: counts[state] for state in STRIP_ORDER if counts.get(state)}
        strip.setAccessibleDescription(
            wording.strip_description(ordered, sum(counts.values())) if counts else ""
        )
        self._strip_spoken_at = time.monotonic()

    def show_final(self, complete: bool) -> None:
        """Show the rows done once the upload ended, full when it completed."""
        bar = self.view.progress_bar
        if complete:
            bar.setValue(1000)
        if self.progress is not None:
            bar.setFormat(wording.rows_done_text(self.progress.rows_done, self.progress.total_rows))
        bar.setAccessibleDescription(bar.format())

    def show_slow_down(self) -> None:
        """Say that the destination asked to slow down, counting down like the batch table."""
        left = self.rate_limited_until - time.monotonic()
        dest = wording.destination_name(self.controller.state)
        self.view.banner.show_message("info", wording.slow_down_text(dest, max(1, round(left))))

    @Slot()
    def on_tick(self) -> None:
        """Count retry waits down, and take the slow-down note away once it is over."""
        self.view.model.tick()
        self.refresh()
        if not self.rate_limited_until or self.view.banner.kind() != "info":
            return
        running = self.controller.phase == "running"
        now = time.monotonic()
        if now > self.rate_limited_until + 1:
            self.rate_limited_until = 0.0
            if running:
                self.view.banner.clear()
        elif now < self.rate_limited_until and running:
            self.show_slow_down()
