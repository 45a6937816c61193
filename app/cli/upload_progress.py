"""The progress line of ``event-loader upload``: a bar on a terminal, a line every 5 s in a log.

The numbers (rows done, rows/s, time left) come from the core's ``UploadProgress``, the same
counter the window's progress bar reads; this module only prints them.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import IO, TYPE_CHECKING

from app.cli.common import count, one_line, plural

if TYPE_CHECKING:
    from app.core.upload.engine import BatchResult


class UploadProgress:
    """Progress on stderr: a bar with rows/s and time left on a terminal, else a line every 5 s.

    The numbers come from the core's ``UploadProgress`` (the window's bar reads the same);
    this class only prints them. Failed batches are always listed (with the first reason), so
    a log shows what went wrong.
    """

    BAR_WIDTH = 24

    def __init__(
        self,
        total_rows: int,
        total_batches: int,
        stream: IO[str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        # deferred: upload progress costs ~25 ms at every command's start
        from app.core.upload.upload_progress import UploadProgress as Counter

        # Time left from the first finished batch: a log line every 5 s has room to change.
        self.counts = Counter(total_rows, total_batches, clock, eta_after_batches=1)
        self.stream = stream or sys.stderr
        self.clock = clock
        self.interactive = bool(getattr(self.stream, "isatty", lambda: False)())
        self.gap = 0.1 if self.interactive else 5.0
        self.last_shown = self.counts.started
        self.finished = False

    def update(self, result: BatchResult) -> None:
        """Take one ``BatchResult``."""
        self.counts.update(result)
        if result.state.final and result.failed:
            self._line(self._failure_text(result))
        now = self.clock()
        if now - self.last_shown >= self.gap:
            self.last_shown = now
            self._show()

    def _failure_text(self, result: BatchResult) -> str:
        rows = sorted(result.row_failures.items())
        first = f" (row {rows[0][0]}: {one_line(rows[0][1])})" if rows else ""
        more = f" and {len(rows) - 1} more" if len(rows) > 1 else ""
        return (
            f"batch {result.batch_no}: {plural(result.failed, 'row')} failed{first}{more}"
            if result.sent
            else f"batch {result.batch_no}: failed{first}{more}"
        )

    def _eta(self) -> str:
        left = self.counts.seconds_left()
        if left is None:
            return "--:--"
        seconds = int(left)
        return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"

    def _show(self) -> None:
        counts = self.counts
        retry = f", {len(counts.retrying)} retrying" if counts.retrying else ""
        failed = f", {count(counts.failed)} failed" if counts.failed else ""
        numbers = (
            f"{count(counts.rows_done)}/{count(counts.total_rows)} rows{failed}{retry}, "
            f"{counts.rate() or 0:,.0f} rows/s, {self._eta()} left"
        )
        if self.interactive:
            share = counts.fraction
            filled = int(share * self.BAR_WIDTH)
            bar = "#" * filled + "-" * (self.BAR_WIDTH - filled)
            self.stream.write(f"\r\x1b[2K[{bar}] {share:4.0%} {numbers}")
        else:
            self.stream.write(f"uploading: {numbers}\n")
        self.stream.flush()

    def _line(self, text: str) -> None:
        if self.interactive:
            self.stream.write("\r\x1b[2K")
        self.stream.write(text + "\n")
        self.stream.flush()

    def finish(self) -> None:
        """Clear the bar (terminal) and leave the summary to the caller."""
        if self.finished:
            return
        self.finished = True
        if self.interactive:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
