"""The one progress counter both faces read: rows done, rows/s over a window, time left."""

from __future__ import annotations

from app.core.upload.engine import BatchResult, BatchState
from app.core.upload.upload_progress import UploadProgress


def result(batch_no: int, state: BatchState, sent: int = 0, failed: int = 0, **more) -> BatchResult:
    return BatchResult(batch_no, 10, (), state, sent=sent, failed=failed, **more)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_rows_done_count_final_batches_once_and_leave_stopped_ones_out() -> None:
    clock = Clock()
    progress = UploadProgress(1000, 10, clock)
    progress.add([result(1, BatchState.SENDING), result(1, BatchState.SENT, sent=100)])
    progress.update(result(1, BatchState.SENT, sent=100))  # the same final state again
    progress.update(result(2, BatchState.PARTLY_FAILED, sent=97, failed=3))
    progress.update(result(3, BatchState.STOPPED))
    assert (progress.sent, progress.failed, progress.rows_done) == (197, 3, 200)
    assert progress.batches_done == 2 and progress.rows_left == 800
    assert progress.fraction == 0.2
    assert progress.current_batch == 2


def test_a_batch_waiting_to_retry_is_listed_until_it_moves_on() -> None:
    progress = UploadProgress(1000, 10, Clock())
    progress.update(result(4, BatchState.RETRYING, retry_in=8.0, code="rate_limited"))
    assert progress.retrying == {4: 8.0} and progress.current_batch == 4
    progress.update(result(4, BatchState.SENDING))
    assert progress.retrying == {}


def test_speed_is_measured_over_the_last_half_minute_only() -> None:
    clock = Clock()
    progress = UploadProgress(10_000, 100, clock)
    clock.now += 100  # a slow start: 100 rows in 100 s
    progress.update(result(1, BatchState.SENT, sent=100))
    assert progress.rate() == 1.0
    for batch in range(2, 8):  # then 100 rows every 5 s
        clock.now += 5
        progress.update(result(batch, BatchState.SENT, sent=100))
    assert progress.rate() == 20.0  # the slow start is forgotten


def test_time_left_waits_for_enough_batches() -> None:
    clock = Clock()
    progress = UploadProgress(400, 4, clock)
    clock.now += 10
    progress.update(result(1, BatchState.SENT, sent=100))
    assert progress.rate() == 10.0 and progress.seconds_left() is None  # one batch: no guess
    eager = UploadProgress(400, 4, clock, eta_after_batches=1)
    clock.now += 10
    eager.update(result(1, BatchState.SENT, sent=100))
    assert eager.seconds_left() == 30.0


def test_a_pause_is_not_counted_as_slowness() -> None:
    clock = Clock()
    progress = UploadProgress(1000, 10, clock)
    clock.now += 10
    progress.update(result(1, BatchState.SENT, sent=100))
    clock.now += 600  # paused ten minutes
    progress.restart_rate()
    assert progress.rate() is None  # nothing measured since
    clock.now += 5
    progress.update(result(2, BatchState.SENT, sent=100))
    assert progress.rate() == 20.0


def test_an_empty_plan_is_done() -> None:
    progress = UploadProgress(0, 0, Clock())
    assert progress.fraction == 1.0 and progress.rate() is None and progress.seconds_left() is None
