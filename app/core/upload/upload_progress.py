"""How far one upload got and how long it still takes, from the engine's ``BatchResult`` stream.

The window's progress bar and the command line's progress line read the same numbers from one
``UploadProgress``: rows done, rows per second averaged over the last ~30 s (so a slow start or
a pause long ago does not skew the figure), and the time left once enough batches finished to
make a guess. Wording stays with each face; this module only counts.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable

from app.core.upload.engine import BatchResult, BatchState

RATE_WINDOW_S = 30.0  # rows/s is averaged over this many seconds
ETA_AFTER_BATCHES = 3  # by default, time left is guessed once this many batches have finished


class UploadProgress:
    """Counts and speed of one upload, fed with the engine's results (repeats are harmless).

    ``eta_after_batches`` sets how many finished batches the time left waits for: the window
    waits for three so that the first guess does not jump; the command line prints one at once.
    """

    def __init__(
        self,
        total_rows: int,
        total_batches: int,
        clock: Callable[[], float] = time.monotonic,
        *,
        eta_after_batches: int = ETA_AFTER_BATCHES,
    ) -> None:
        self.total_rows = total_rows
        self.total_batches = total_batches
        self.clock = clock
        self.eta_after_batches = eta_after_batches
        self.sent = 0
        self.failed = 0
        self.batches_done = 0
        self.current_batch = 0
        self.retrying: dict[int, float] = {}  # batch_no -> seconds it waits before its retry
        self.started = clock()
        self._final: dict[int, tuple[int, int]] = {}  # batch_no -> (sent, failed) once final
        self._samples: deque[tuple[float, int]] = deque([(self.started, 0)])

    @property
    def rows_done(self) -> int:
        """Rows that reached a final state (sent or failed)."""
        return self.sent + self.failed

    @property
    def rows_left(self) -> int:
        """Rows not done yet (never below zero)."""
        return max(0, self.total_rows - self.rows_done)

    @property
    def fraction(self) -> float:
        """Share of rows done, 0..1."""
        return 1.0 if self.total_rows == 0 else min(1.0, self.rows_done / self.total_rows)

    def update(self, result: BatchResult) -> None:
        """Count one batch state change."""
        self.add((result,))

    def add(self, results: Iterable[BatchResult]) -> None:
        """Count a group of batch state changes (a repeated final state counts once)."""
        now = self.clock()
        for result in results:
            self.total_batches = max(self.total_batches, result.total_batches)
            if result.state is BatchState.RETRYING:
                self.retrying[result.batch_no] = result.retry_in or 0.0
            else:
                self.retrying.pop(result.batch_no, None)
            if result.state in (BatchState.SENDING, BatchState.RETRYING):
                self.current_batch = max(self.current_batch, result.batch_no)
            if result.state.final and result.state is not BatchState.STOPPED:
                self._count_final(result)
        self._samples.append((now, self.rows_done))
        while len(self._samples) > 2 and now - self._samples[1][0] >= RATE_WINDOW_S:
            self._samples.popleft()

    def _count_final(self, result: BatchResult) -> None:
        old_sent, old_failed = self._final.get(result.batch_no, (0, 0))
        if result.batch_no not in self._final:
            self.batches_done += 1
        self._final[result.batch_no] = (result.sent, result.failed)
        self.sent += result.sent - old_sent
        self.failed += result.failed - old_failed
        self.current_batch = max(self.current_batch, result.batch_no)

    def rate(self) -> float | None:
        """Rows per second over the last ~30 s, or None before any row is done."""
        if len(self._samples) < 2:
            return None
        (t0, r0), (t1, r1) = self._samples[0], self._samples[-1]
        now = max(t1, self.clock())
        if now - t0 < 0.5 or r1 <= r0:
            return None
        return (r1 - r0) / (now - t0)

    def restart_rate(self) -> None:
        """Measure the speed afresh from now (after a pause or a wait for the user)."""
        self._samples = deque([(self.clock(), self.rows_done)])

    def seconds_left(self) -> float | None:
        """Estimated seconds to the end, once enough batches finished to guess."""
        rate = self.rate()
        if rate is None or self.batches_done < self.eta_after_batches:
            return None
        return self.rows_left / rate
