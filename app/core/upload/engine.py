"""The upload loop: send planned rows in batches, several in flight, exactly once, resumably.

``run_upload`` is a generator the CLI iterates directly and the window runs in one worker thread.
It yields a ``BatchResult`` every time a batch changes state (sending, retrying with a countdown,
sent, partly failed, failed), so a progress view can show each batch; the terminal states are
final. The journal, not the order of arrival, is the source of truth for which rows went.
"""

from __future__ import annotations

import dataclasses
import logging
import queue
import random
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import tenacity

from app.core.conversion.event_ids import repeat_safe
from app.core.upload.client_errors import (
    ApiError,
    AuthRefused,
    BatchRejected,
    Forbidden,
    NotFound,
    RateLimited,
    RequestCancelled,
    TransientError,
)
from app.core.upload.engine_terms import (
    BatchResult,
    BatchState,
    IdInUsePolicy,
    UploadControl,
    UploadStopped,
)
from app.core.upload.journal import (
    UNFINISHED_ROW_STATES,
    Journal,
    JournalError,
    RowState,
    RunState,
)
from app.core.upload.outcomes import OUTCOME_UNKNOWN, OUTCOME_UNKNOWN_REASON
from app.core.upload.retries import (
    MAYBE_STORED_CODES,
    RetryBudget,
    RetryPolicy,
    gave_up_reason,
    retry_reason,
    retry_summary,
    worth_retrying,
)
from app.core.upload.upload_lock import UploadLock

if TYPE_CHECKING:
    from app.core.upload.client import BatchReply, DestinationClient
    from app.core.upload.upload_plan import PlannedBatch, PlannedRow, UploadPlan


log = logging.getLogger(__name__)

STOP_ERRORS: tuple[type[ApiError], ...] = (AuthRefused, Forbidden, NotFound)


def run_upload(
    plan: UploadPlan,
    client: DestinationClient,
    journal: Journal,
    control: UploadControl | None = None,
    *,
    concurrency: int = 4,
    retry: RetryPolicy | None = None,
    max_attempts: int | None = None,
    id_in_use: IdInUsePolicy = IdInUsePolicy.FAIL,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] | None = None,
    upload_lock: UploadLock | None = None,
) -> Iterator[BatchResult]:
    """Send ``plan`` through ``client``, yielding each batch's state changes; journal first.

    Up to ``concurrency`` batches are in flight at once (the client's shared connection pool and
    rate limiter pace them). Every row is marked ``in_flight`` in the journal before a request
    carrying it leaves and ``sent``/``failed`` after the answer, before the result is yielded.

    ``control.pause`` lets in-flight batches finish and holds; ``control.stop`` sends nothing
    more (a batch waiting to retry ends ``STOPPED``, its rows stay resumable);
    ``control.stop_after_first_batch`` sends the first batch only. An ``AuthRefused``,
    ``Forbidden`` or ``NotFound`` from the API, or a daily rate limit, ends the run with
    ``UploadStopped`` once in-flight batches are done; the run stays resumable.

    ``retry`` sets the backoff (``max_attempts`` alone overrides its number of attempts).
    ``sleep`` replaces the wait between attempts (tests pass a fast one); by default the wait
    ends early when ``control.stop`` is set. Closing the generator early stops the run too.

    ``upload_lock`` is the upload's lock (``Journal.lock_upload``) when the caller holds it
    since planning; it stays held afterwards. Without it the engine takes that lock for the
    run and raises ``JournalError`` ``run_in_use`` if another window or command holds it.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    retry = retry or RetryPolicy()
    if max_attempts is not None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        retry = dataclasses.replace(retry, max_attempts=max_attempts)
    if plan.batch_size > client.max_batch_size:
        raise ValueError(
            f"batch size {plan.batch_size} exceeds the destination's maximum "
            f"{client.max_batch_size}"
        )
    # The upload's lock, taken now (not at the first next()): a second sender learns it at
    # once. A caller that planned under the lock hands it over and keeps it afterwards.
    own_lock = upload_lock is None
    lock = journal.lock_upload_of_run(plan.run_id) if upload_lock is None else upload_lock
    try:
        runner = _Runner(
            plan,
            client,
            journal,
            control or UploadControl(),
            retry,
            id_in_use,
            clock,
            sleep,
        )
    except BaseException:
        if own_lock:
            lock.release()
        raise
    return runner.run(concurrency, lock if own_lock else None)


# -- internals --------------------------------------------------------------------------------

_DONE = object()  # a worker's last message for its batch


class _StopRequested(Exception):
    """Raised inside a worker when the run was stopped while a batch waited to retry."""


@dataclass
class _Tally:
    """What one batch achieved so far (across splits and retries)."""

    sent: int = 0
    failed: int = 0
    attempts: int = 0
    http_status: int | None = None
    code: str | None = None
    message: str = ""
    row_failures: dict[int, str] = field(default_factory=dict)


class _Runner:
    """State shared by the generator and its worker threads for one ``run_upload`` call."""

    def __init__(
        self,
        plan: UploadPlan,
        client: DestinationClient,
        journal: Journal,
        control: UploadControl,
        retry: RetryPolicy,
        id_in_use: IdInUsePolicy,
        clock: Callable[[], float],
        sleep: Callable[[float], None] | None,
    ) -> None:
        self.plan = plan
        self.client = client
        self.journal = journal
        self.control = control
        self.retry = retry
        self.id_in_use = id_in_use
        self.clock = clock
        self.custom_sleep = sleep
        self.halt = threading.Event()  # set on a stopping API error or an early close
        self.results: queue.Queue[object] = queue.Queue()
        self.fatal: BaseException | None = None
        self.fatal_lock = threading.Lock()
        # Retries by reason, for the run's last log line (a slow run explained afterwards).
        self.retries: Counter[str] = Counter()
        self.retries_lock = threading.Lock()
        # Rows an earlier request of ours may have delivered (for IdInUsePolicy.AUTO).
        self.maybe_stored: set[int] = set()
        self.maybe_stored_lock = threading.Lock()
        if id_in_use is IdInUsePolicy.AUTO:
            self.maybe_stored = {
                r.index
                for r in journal.rows(plan.run_id)
                if r.state is RowState.IN_FLIGHT
                or (r.attempts > 0 and r.code in MAYBE_STORED_CODES)
            }

    # -- the generator (caller's thread) --

    def run(self, concurrency: int, lock: UploadLock | None) -> Iterator[BatchResult]:
        plan, control = self.plan, self.control
        self.journal.set_run_state(plan.run_id, RunState.ACTIVE)
        log.info(
            "Run %s: sending %d rows in %d batches of up to %d, %d in flight",
            plan.run_id,
            plan.rows_to_send,
            len(plan.batches),
            plan.batch_size,
            concurrency,
        )
        waiting = deque(plan.batches)
        limit = 1 if control.stop_after_first_batch else len(waiting)
        submitted = 0
        in_flight = 0
        closed_early = True
        pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="upload")
        try:
            while True:
                while (
                    waiting
                    and in_flight < concurrency
                    and submitted < limit
                    and not self._stopping()
                    and not control.pause.is_set()
                ):
                    pool.submit(self._work, waiting.popleft())
                    submitted += 1
                    in_flight += 1
                if in_flight == 0:
                    if waiting and submitted < limit and not self._stopping():
                        control.stop.wait(0.05)  # paused: hold until resumed or stopped
                        continue
                    break
                try:
                    item = self.results.get(timeout=0.1)
                except queue.Empty:
                    continue
                if item is _DONE:
                    in_flight -= 1
                    continue
                assert isinstance(item, BatchResult)
                yield item
            closed_early = False
        finally:
            if closed_early:
                self.halt.set()  # the caller went away: no more retries, no more batches
            pool.shutdown(wait=True)
            self._close_run()
            if lock is not None:
                lock.release()
        if self.fatal is not None:
            raise self.fatal

    def _stopping(self) -> bool:
        return self.control.stop.is_set() or self.halt.is_set()

    def _close_run(self) -> None:
        """Mark the run finished when no row is left to send, else stopped (resumable)."""
        try:
            counts = self.journal.counts(self.plan.run_id)
            unfinished = sum(counts.get(s.value, 0) for s in UNFINISHED_ROW_STATES)
            state = RunState.STOPPED if unfinished else RunState.FINISHED
            self.journal.set_run_state(self.plan.run_id, state)
            with self.retries_lock:
                retries = retry_summary(self.retries)
            log.info("Run %s %s: %s; %s", self.plan.run_id, state.value, counts, retries)
        except JournalError as exc:
            with self.fatal_lock:
                if self.fatal is None:
                    self.fatal = exc

    # -- a worker (pool thread): one planned batch --

    def _work(self, batch: PlannedBatch) -> None:
        tally = _Tally()
        started = self.clock()
        try:
            try:
                self._deliver(batch, list(batch.rows), tally, started)
                state = _final_state(tally)
            except _StopRequested:
                state = BatchState.STOPPED
                tally.code = tally.code or "stopped"
                tally.message = "Stopped before this batch was confirmed; it will go on resume."
            except STOP_ERRORS as exc:
                self._set_fatal(UploadStopped(exc.code, exc.message, exc.http_status))
                state = BatchState.STOPPED
                tally.code, tally.message, tally.http_status = (
                    exc.code,
                    exc.message,
                    exc.http_status,
                )
            except RateLimited as exc:  # only a daily limit escapes the retries
                self._set_fatal(UploadStopped("daily_limit", exc.message, exc.http_status))
                state = BatchState.STOPPED
                tally.code, tally.message, tally.http_status = "daily_limit", exc.message, 429
            except BaseException as exc:  # journal trouble or a bug: stop, keep rows resumable
                self._set_fatal(exc)
                state = BatchState.STOPPED
                tally.code = "internal_error"
                tally.message = "The upload stopped unexpectedly; it can be resumed."
            if state is not BatchState.SENT:
                log.warning(
                    "Run %s batch %d %s: %d sent, %d failed, code %s: %s",
                    self.plan.run_id,
                    batch.batch_no,
                    state.value,
                    tally.sent,
                    tally.failed,
                    tally.code,
                    tally.message or next(iter(tally.row_failures.values()), ""),
                )
            self.results.put(self._result(batch, state, tally, started))
        finally:
            self.results.put(_DONE)

    def _set_fatal(self, exc: BaseException) -> None:
        with self.fatal_lock:
            if self.fatal is None:
                self.fatal = exc
        self.halt.set()

    def _result(
        self,
        batch: PlannedBatch,
        state: BatchState,
        tally: _Tally,
        started: float,
        retry_in: float | None = None,
    ) -> BatchResult:
        return BatchResult(
            batch_no=batch.batch_no,
            total_batches=self.plan.total_batches,
            row_numbers=batch.row_numbers,
            state=state,
            sent=tally.sent,
            failed=tally.failed,
            http_status=tally.http_status,
            attempts=tally.attempts,
            elapsed=max(0.0, self.clock() - started),
            retry_in=retry_in,
            code=tally.code,
            message=tally.message,
            row_failures=dict(tally.row_failures),
        )

    def _deliver(
        self, batch: PlannedBatch, rows: list[PlannedRow], tally: _Tally, started: float
    ) -> None:
        """Send ``rows`` until each is sent or failed; split when the API will not say which."""
        if not rows:
            return
        try:
            reply = self._send_with_retries(batch, rows, tally, started)
        except RequestCancelled:
            raise _StopRequested from None  # stopped while waiting for the rate limiter
        except BatchRejected as exc:
            tally.http_status = exc.http_status
            if exc.positions:
                blamed = {
                    p: (exc.position_codes.get(p, "rejected"), reason)
                    for p, reason in exc.positions.items()
                    if 0 <= p < len(rows)
                }
                self._refuse(rows, blamed, tally)
                rest = [r for p, r in enumerate(rows) if p not in blamed]
                if blamed:
                    self._deliver(batch, rest, tally, started)
                    return
            if len(rows) == 1:
                reason = exc.message or "; ".join(exc.reasons) or "Refused by the service."
                self._refuse(rows, {0: (exc.code, reason)}, tally)
                return
            self._bisect(batch, rows, tally, started)
            return
        except TransientError as exc:
            if isinstance(exc, RateLimited) and exc.policy == "DAILY":
                raise
            if exc.code in MAYBE_STORED_CODES and not all(repeat_safe(r.event) for r in rows):
                # Not retried (see _send_with_retries): the repeatable events stop here, the
                # others go again on their own.
                unsafe = {
                    p: (OUTCOME_UNKNOWN, OUTCOME_UNKNOWN_REASON)
                    for p, r in enumerate(rows)
                    if not repeat_safe(r.event)
                }
                tally.http_status = exc.http_status
                self._refuse(rows, unsafe, tally)
                self._deliver(
                    batch, [r for p, r in enumerate(rows) if p not in unsafe], tally, started
                )
                return
            reason = gave_up_reason(exc, self.retry)
            self._refuse(rows, {p: (exc.code, reason) for p in range(len(rows))}, tally)
            tally.http_status = exc.http_status
            return
        except STOP_ERRORS:
            raise
        except ApiError as exc:  # an answer the client did not understand: these rows fail
            self._refuse(rows, {p: (exc.code, exc.message) for p in range(len(rows))}, tally)
            tally.http_status = exc.http_status
            return
        tally.http_status = reply.http_status
        blamed = {
            f.position: (f.code, f.reason) for f in reply.failures if 0 <= f.position < len(rows)
        }
        if reply.unattributed and not blamed and len(rows) > 1:
            # Errors that name no event: resend halves (accepted ids are deduplicated). Some of
            # these rows are stored already, so "id in use" on the resend means delivered.
            with self.maybe_stored_lock:
                self.maybe_stored.update(r.index for r in rows)
            self._bisect(batch, rows, tally, started)
            return
        if reply.unattributed and len(rows) == 1 and not blamed:
            blamed = {0: ("rejected", "; ".join(reply.unattributed))}
        accepted = [r for p, r in enumerate(rows) if p not in blamed]
        self._confirm(accepted, tally)
        self._refuse(rows, blamed, tally)
        if reply.unattributed and blamed:
            # Some errors named no row: the accepted part is confirmed, nothing else to isolate.
            tally.message = "; ".join(reply.unattributed)

    def _bisect(
        self, batch: PlannedBatch, rows: list[PlannedRow], tally: _Tally, started: float
    ) -> None:
        middle = len(rows) // 2
        self._deliver(batch, rows[:middle], tally, started)
        self._deliver(batch, rows[middle:], tally, started)

    def _confirm(self, rows: list[PlannedRow], tally: _Tally) -> None:
        if rows:
            self.journal.record_outcome(
                self.plan.run_id, self.plan.destination_key, [(r.index, r.event_id) for r in rows]
            )
            tally.sent += len(rows)

    def _assume_delivered(self, row: PlannedRow) -> bool:
        if self.id_in_use is IdInUsePolicy.ASSUME_DELIVERED:
            return True
        if self.id_in_use is IdInUsePolicy.AUTO:
            with self.maybe_stored_lock:
                return row.index in self.maybe_stored
        return False

    def _refuse(
        self, rows: list[PlannedRow], blamed: dict[int, tuple[str, str]], tally: _Tally
    ) -> None:
        """Record refused rows (by position in ``rows``), applying the id-in-use policy."""
        if not blamed:
            return
        failed: dict[int, tuple[str, str]] = {}
        assumed: list[PlannedRow] = []
        notes: dict[int, tuple[str, str]] = {}
        for position, (code, reason) in blamed.items():
            row = rows[position]
            if code == "id_in_use":
                if self._assume_delivered(row):
                    assumed.append(row)
                    notes[row.index] = (code, ID_IN_USE_ASSUMED)
                    continue
                reason = ID_IN_USE_FAILED
            failed[row.index] = (code, reason)
            tally.row_failures[row.row_number] = reason
            tally.code = tally.code or code
        if assumed:
            self.journal.record_outcome(
                self.plan.run_id,
                self.plan.destination_key,
                [(r.index, r.event_id) for r in assumed],
                sent_notes=notes,
            )
            tally.sent += len(assumed)
        if failed:
            self.journal.record_outcome(self.plan.run_id, self.plan.destination_key, failed=failed)
            tally.failed += len(failed)

    def _send_with_retries(
        self, batch: PlannedBatch, rows: list[PlannedRow], tally: _Tally, started: float
    ) -> BatchReply:
        """One request with bounded retries on transient trouble; journal before each attempt."""
        events = [r.event for r in rows]
        indices = [r.index for r in rows]
        # A request whose answer was lost may have been stored: only events that cannot be
        # stored twice may be sent again after that.
        resendable = all(repeat_safe(event) for event in events)

        budget = RetryBudget(self.retry)

        def retry_this(exc: BaseException) -> bool:
            if not resendable and getattr(exc, "code", None) in MAYBE_STORED_CODES:
                return False
            return worth_retrying(exc)

        def attempt_once() -> BatchReply:
            if self._stopping():
                raise _StopRequested  # nothing of this attempt has left: rows stay as they are
            self.journal.mark_in_flight(self.plan.run_id, indices, batch.batch_no)
            tally.attempts += 1
            self.results.put(self._result(batch, BatchState.SENDING, tally, started))
            return self.client.send_batch(events)

        def announce(state: tenacity.RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            delay = state.next_action.sleep if state.next_action else 0.0
            if isinstance(exc, TransientError) and exc.code in MAYBE_STORED_CODES:
                with self.maybe_stored_lock:
                    self.maybe_stored.update(indices)
            if isinstance(exc, ApiError):
                tally.http_status = exc.http_status
                tally.code = exc.code
                tally.message = exc.message
            budget.record_wait(exc, delay)
            reason = retry_reason(exc)
            with self.retries_lock:
                self.retries[reason] += 1
            log.info(
                "Run %s batch %d: attempt %d of %d failed (%s); retrying in %.1f s",
                self.plan.run_id,
                batch.batch_no,
                state.attempt_number,
                self.retry.max_attempts,
                reason,
                delay,
            )
            self.results.put(self._result(batch, BatchState.RETRYING, tally, started, delay))
            tally.code, tally.message = None, ""

        retrying = tenacity.Retrying(
            stop=budget.exhausted,
            wait=self._wait,
            retry=tenacity.retry_if_exception(retry_this),
            sleep=self._sleep,
            before_sleep=announce,
            reraise=True,
        )
        return retrying(attempt_once)

    def _wait(self, state: tenacity.RetryCallState) -> float:
        policy = self.retry
        backoff = min(policy.maximum, policy.initial * 2.0 ** (state.attempt_number - 1))
        backoff += random.uniform(0, policy.jitter)
        exc = state.outcome.exception() if state.outcome else None
        server = getattr(exc, "retry_after", None)
        if server is not None:
            return max(min(float(server), policy.max_retry_after), backoff if server <= 0 else 0.0)
        return backoff

    def _sleep(self, seconds: float) -> None:
        """Wait between attempts; give up at once when the run is stopped."""
        if self.custom_sleep is not None:
            self.custom_sleep(seconds)
        else:
            deadline = time.monotonic() + seconds
            while not self._stopping():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self.control.stop.wait(min(remaining, 0.05))
        if self._stopping():
            raise _StopRequested


ID_IN_USE_FAILED = (
    "The service says this event id is already in use. The event may already be there from an "
    "earlier attempt, or another record holds this id: check the record before sending again."
)
ID_IN_USE_ASSUMED = (
    "The service says this event id is already in use; counted as delivered by an earlier attempt."
)


def _final_state(tally: _Tally) -> BatchState:
    if tally.failed == 0:
        return BatchState.SENT
    if tally.sent == 0:
        return BatchState.FAILED
    return BatchState.PARTLY_FAILED


# The terms' names too: the engine is the one module its callers import.
__all__ = [
    "ID_IN_USE_ASSUMED",
    "ID_IN_USE_FAILED",
    "BatchResult",
    "BatchState",
    "IdInUsePolicy",
    "RetryPolicy",
    "UploadControl",
    "UploadStopped",
    "run_upload",
]
