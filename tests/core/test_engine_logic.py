"""Engine decisions with a scripted destination (no network): splitting, mapping, stop, pause.

The round trips over real HTTP are in ``test_engine.py``; here a client that follows a script
lets each decision be checked exactly (which rows were sent how many times, in what state).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from app.api.base import BatchReply, ItemFailure
from app.api.errors import (
    ApiError,
    AuthRefused,
    BatchRejected,
    NotFound,
    RateLimited,
    TransientError,
)
from app.core.conversion.convert import ConversionResult, Problem, RowOutcome, RowStatus
from app.core.upload.engine import (
    BatchState,
    IdInUsePolicy,
    UploadControl,
    UploadStopped,
    run_upload,
)
from app.core.upload.journal import FileFingerprint, Journal, RowState, RunState
from app.core.upload.retries import RetryPolicy
from app.core.upload.upload_plan import prepare_upload, remaining_plan

DEST = "scripted@local:1"
FAST = RetryPolicy(max_attempts=4, initial=0.001, maximum=0.01, jitter=0.0)


class ScriptedClient:
    """Stores events by id; refuses those marked ``bad`` the way a chosen API would."""

    name = "scripted"

    def __init__(self, max_batch_size: int = 10, mode: str = "positions") -> None:
        self.max_batch_size = max_batch_size
        self.mode = mode  # positions | bisect | multi_status | unattributed
        self.stored: Counter[str] = Counter()
        self.requests = 0
        self.lock = threading.Lock()
        self.fail_next: list[BaseException] = []
        self.gate: threading.Event | None = None
        self.reject_repeats = False  # answer "id already in use" to an id sent again

    def send_batch(self, events: Sequence[dict[str, Any]]) -> BatchReply:
        if self.gate is not None:
            self.gate.wait(5)
        with self.lock:
            self.requests += 1
            if self.fail_next:
                raise self.fail_next.pop(0)
            bad = [p for p, e in enumerate(events) if e.get("bad")]
            if bad and self.mode == "positions":
                raise BatchRejected("refused", positions={p: "bad value" for p in bad})
            if bad and self.mode == "bisect":
                raise BatchRejected("refused", reasons=["something is wrong"])
            if bad and self.mode == "id_in_use":
                raise BatchRejected("in use", code="id_in_use")
            if self.reject_repeats:
                seen = {p: "in use" for p, e in enumerate(events) if e["id"] in self.stored}
                if seen:
                    codes = dict.fromkeys(seen, "id_in_use")
                    raise BatchRejected("in use", positions=seen, position_codes=codes)
            for p, e in enumerate(events):
                if p not in bad:
                    self.stored[e["id"]] += 1
            if bad and self.mode == "multi_status":
                return BatchReply(207, failures=tuple(ItemFailure(p, "bad value") for p in bad))
            if bad and self.mode == "unattributed":
                return BatchReply(207, unattributed=("one event was refused",))
            return BatchReply(201)

    def check_connection(self) -> None:
        pass

    def close(self) -> None:
        pass


def _conversion(n: int, bad: Sequence[int] = (), invalid: Sequence[int] = ()) -> ConversionResult:
    outcomes = []
    for i in range(n):
        event = {"id": f"ev-{i}", "n": i}
        if i in bad:
            event["bad"] = True
        if i in invalid:
            outcomes.append(
                RowOutcome(
                    i,
                    i + 2,
                    event,
                    f"ev-{i}",
                    (Problem("n", "n", "date_invalid"),),
                    RowStatus.INVALID,
                )
            )
        else:
            outcomes.append(RowOutcome(i, i + 2, event, f"ev-{i}"))
    return ConversionResult(outcomes)


@pytest.fixture
def journal(tmp_path: Path):
    with Journal(tmp_path / "journal.sqlite3") as j:
        yield j


@pytest.fixture
def source(tmp_path: Path) -> FileFingerprint:
    path = tmp_path / "in.csv"
    path.write_text("n\n1\n")
    return FileFingerprint.of(path)


def _plan(conversion, journal, source, size=10, **kw):
    return prepare_upload(
        conversion,
        journal,
        source=source,
        mapping_fingerprint="m",
        destination_key=DEST,
        batch_size=size,
        **kw,
    )


def _states(journal, run_id) -> Counter[str]:
    return Counter(r.state.value for r in journal.rows(run_id))


@pytest.mark.parametrize("mode", ["positions", "bisect", "multi_status"])
def test_bad_rows_are_isolated_and_good_neighbours_go(journal, source, mode) -> None:
    client = ScriptedClient(mode=mode)
    plan = _plan(_conversion(45, bad=[3, 17, 18, 44]), journal, source)
    results = list(run_upload(plan, client, journal, retry=FAST))
    finals = [r for r in results if r.state.final]
    assert sorted(r.batch_no for r in finals) == [1, 2, 3, 4, 5]
    assert set(client.stored) == {f"ev-{i}" for i in range(45) if i not in (3, 17, 18, 44)}
    assert max(client.stored.values()) == 1
    rows = {r.index: r for r in journal.rows(plan.run_id)}
    assert {i for i, r in rows.items() if r.state is RowState.FAILED} == {3, 17, 18, 44}
    assert rows[17].reason
    by_batch = {r.batch_no: r for r in finals}
    assert by_batch[2].state is BatchState.PARTLY_FAILED
    assert by_batch[2].failed == 2 and by_batch[2].sent == 8
    assert set(by_batch[2].row_failures) == {19, 20}  # row numbers of indices 17, 18
    assert by_batch[5].state is BatchState.PARTLY_FAILED
    assert journal.get_run(plan.run_id).state is RunState.FINISHED


def test_unattributed_errors_are_isolated_by_splitting(journal, source) -> None:
    client = ScriptedClient(mode="unattributed")
    plan = _plan(_conversion(10, bad=[6]), journal, source)
    list(run_upload(plan, client, journal, retry=FAST))
    # accepted ids are resent while splitting; a real API deduplicates them, so count ids
    assert set(client.stored) == {f"ev-{i}" for i in range(10) if i != 6}
    assert _states(journal, plan.run_id) == {"sent": 9, "failed": 1}


@pytest.mark.parametrize(
    ("policy", "state"),
    [
        (IdInUsePolicy.FAIL, RowState.FAILED),
        (IdInUsePolicy.ASSUME_DELIVERED, RowState.SENT),
    ],
)
def test_id_in_use_is_never_retried(journal, source, policy, state) -> None:
    client = ScriptedClient(mode="id_in_use")
    plan = _plan(_conversion(8, bad=[5]), journal, source)
    list(run_upload(plan, client, journal, retry=FAST, id_in_use=policy))
    rows = {r.index: r for r in journal.rows(plan.run_id)}
    assert rows[5].state is state and rows[5].code == "id_in_use"
    assert "already in use" in rows[5].reason
    assert client.requests <= 1 + 2 * 3  # one batch, then a bisection down to row 5 (log2 8)
    assert journal.delivered_among(DEST, ["ev-5"]) == (
        {"ev-5"} if policy is IdInUsePolicy.ASSUME_DELIVERED else set()
    )


def test_transient_errors_are_retried_then_rows_fail_with_the_reason(journal, source) -> None:
    client = ScriptedClient()
    client.fail_next = [TransientError("server_error", "The service had a problem.", 503)] * 2
    plan = _plan(_conversion(5), journal, source)
    results = list(run_upload(plan, client, journal, retry=FAST, concurrency=1))
    states = [r.state for r in results]
    assert states.count(BatchState.RETRYING) == 2
    retrying = [r for r in results if r.state is BatchState.RETRYING]
    assert all(r.retry_in is not None and r.code == "server_error" for r in retrying)
    assert results[-1].state is BatchState.SENT and results[-1].attempts == 3
    assert journal.rows(plan.run_id)[0].attempts == 3
    # now a batch that never gets through
    client2 = ScriptedClient()
    client2.fail_next = [TransientError("timeout", "No answer in time.")] * 10
    plan2 = _plan(_conversion(5), journal, source, force=True, resume=False)
    results2 = list(run_upload(plan2, client2, journal, retry=FAST))
    assert results2[-1].state is BatchState.FAILED
    assert client2.requests == FAST.max_attempts
    rows = journal.rows(plan2.run_id)
    assert {r.state for r in rows} == {RowState.FAILED}
    assert "4 attempts" in rows[0].reason and rows[0].code == "timeout"


def test_retry_after_is_honoured(journal, source) -> None:
    client = ScriptedClient()
    client.fail_next = [RateLimited(retry_after=7.0)]
    waits: list[float] = []
    plan = _plan(_conversion(3), journal, source)
    results = list(run_upload(plan, client, journal, retry=FAST, sleep=waits.append))
    assert waits == [7.0]
    assert [r.retry_in for r in results if r.state is BatchState.RETRYING] == [7.0]
    assert results[-1].state is BatchState.SENT


def test_rate_limited_answers_do_not_use_up_the_attempts(journal, source) -> None:
    # Ten 429s in a row: more than FAST's 4 attempts, yet the service only asked to wait.
    client = ScriptedClient()
    client.fail_next = [RateLimited(retry_after=1.0) for _ in range(10)]
    waits: list[float] = []
    plan = _plan(_conversion(3), journal, source)
    results = list(run_upload(plan, client, journal, retry=FAST, sleep=waits.append))
    assert waits == [1.0] * 10
    assert results[-1].state is BatchState.SENT
    assert client.stored == Counter({f"ev-{i}": 1 for i in range(3)})
    assert journal.counts(plan.run_id) == {"sent": 3}


def test_rate_limited_waits_are_bounded_by_time(journal, source) -> None:
    policy = RetryPolicy(max_attempts=4, initial=0.001, maximum=0.01, max_rate_limited_wait=120)
    client = ScriptedClient()
    client.fail_next = [RateLimited(retry_after=50.0) for _ in range(10)]
    waits: list[float] = []
    plan = _plan(_conversion(3), journal, source)
    results = list(run_upload(plan, client, journal, retry=policy, sleep=waits.append))
    # 50 + 50 + 50 s waited: the fourth 429 finds the 2-minute budget spent.
    assert waits == [50.0, 50.0, 50.0] and client.requests == 4
    assert results[-1].state is BatchState.FAILED
    rows = journal.rows(plan.run_id)
    assert {r.code for r in rows} == {"rate_limited"}
    assert "still asked to slow down after 2 min of waiting" in rows[0].reason


def test_other_failures_count_apart_from_rate_limits(journal, source) -> None:
    # Three 429s between server errors: the 5xx alone reach max_attempts (4).
    client = ScriptedClient()
    server_error = TransientError("server_error", "The service had a problem.", 502)
    client.fail_next = [RateLimited(retry_after=0.5), server_error] * 3 + [server_error] * 3
    plan = _plan(_conversion(3), journal, source)
    results = list(run_upload(plan, client, journal, retry=FAST, sleep=lambda s: None))
    assert results[-1].state is BatchState.FAILED
    assert client.requests == 3 + 4  # three 429s, then the fourth server error ends it
    assert "gave up after 4 attempts" in journal.rows(plan.run_id)[0].reason


def test_auth_refused_stops_the_run_resumably(journal, source) -> None:
    client = ScriptedClient(max_batch_size=5)
    plan = _plan(_conversion(30), journal, source, size=5)
    client.fail_next = [AuthRefused()]
    with pytest.raises(UploadStopped) as info:
        list(run_upload(plan, client, journal, retry=FAST, concurrency=1))
    assert info.value.code == "auth_refused"
    assert journal.get_run(plan.run_id).state is RunState.STOPPED
    assert [r.id for r in journal.find_unfinished_runs()] == [plan.run_id]
    # resume: the same rows go, nothing twice
    plan2 = _plan(_conversion(30), journal, source, size=5)
    assert plan2.run_id == plan.run_id and plan2.resumed
    list(run_upload(plan2, client, journal, retry=FAST))
    assert len(client.stored) == 30 and max(client.stored.values()) == 1
    assert journal.get_run(plan.run_id).state is RunState.FINISHED


def test_not_found_keeps_code(journal, source) -> None:
    client = ScriptedClient()
    client.fail_next = [NotFound("template_not_found", "Unknown template.")]
    with pytest.raises(UploadStopped) as info:
        list(run_upload(_plan(_conversion(3), journal, source), client, journal, retry=FAST))
    assert info.value.code == "template_not_found"


def test_unknown_api_answer_fails_the_rows_and_goes_on(journal, source) -> None:
    client = ScriptedClient(max_batch_size=5)
    client.fail_next = [ApiError("unexpected_status", "Unexpected answer 418.", 418)]
    plan = _plan(_conversion(10), journal, source, size=5)
    list(run_upload(plan, client, journal, retry=FAST, concurrency=1))
    assert _states(journal, plan.run_id) == {"failed": 5, "sent": 5}


def test_test_batch_then_continue(journal, source) -> None:
    client = ScriptedClient()
    conversion = _conversion(35, bad=[2])
    plan = _plan(conversion, journal, source)
    first = list(
        run_upload(plan, client, journal, UploadControl(stop_after_first_batch=True), retry=FAST)
    )
    assert {r.batch_no for r in first} == {1}
    assert len(client.stored) == 9
    assert journal.get_run(plan.run_id).state is RunState.STOPPED
    rest = remaining_plan(plan, journal)
    assert [b.batch_no for b in rest.batches] == [2, 3, 4] and rest.total_batches == 4
    second = list(run_upload(rest, client, journal, retry=FAST))
    assert {r.batch_no for r in second if r.state.final} == {2, 3, 4}
    assert len(client.stored) == 34 and max(client.stored.values()) == 1
    assert journal.get_run(plan.run_id).state is RunState.FINISHED


def test_stop_sends_nothing_more_and_pending_rows_stay(journal, source) -> None:
    client = ScriptedClient(max_batch_size=5)
    plan = _plan(_conversion(100), journal, source, size=5)
    control = UploadControl()
    seen = []
    for result in run_upload(plan, client, journal, control, retry=FAST, concurrency=2):
        seen.append(result)
        if result.state.final and len([r for r in seen if r.state.final]) == 3:
            control.stop.set()
    assert client.requests <= 5  # three done, at most two more already in flight
    counts = _states(journal, plan.run_id)
    assert counts["sent"] == 5 * client.requests
    assert counts["pending"] == 100 - counts["sent"]
    assert journal.get_run(plan.run_id).state is RunState.STOPPED


def test_pause_holds_then_resume_finishes(journal, source) -> None:
    client = ScriptedClient(max_batch_size=5)
    plan = _plan(_conversion(40), journal, source, size=5)
    control = UploadControl()
    gen = run_upload(plan, client, journal, control, retry=FAST, concurrency=2)
    finals = 0
    for result in gen:
        if result.state.final:
            finals += 1
            if finals == 2:
                control.pause.set()
                threading.Timer(0.3, control.pause.clear).start()
                paused_at = client.requests
        if finals == 4 and control.pause.is_set():
            pytest.fail("batches went on while paused")
    assert paused_at <= 4
    assert len(client.stored) == 40
    assert journal.get_run(plan.run_id).state is RunState.FINISHED


def test_closing_the_generator_early_leaves_a_resumable_run(journal, source) -> None:
    client = ScriptedClient(max_batch_size=5)
    plan = _plan(_conversion(50), journal, source, size=5)
    gen = run_upload(plan, client, journal, retry=FAST, concurrency=2)
    next(gen)
    gen.close()
    run = journal.get_run(plan.run_id)
    assert run.state is RunState.STOPPED and run.unfinished_rows > 0


def test_rerun_skips_delivered_and_force_sends_again(journal, source, tmp_path) -> None:
    client = ScriptedClient()
    list(
        run_upload(
            _plan(_conversion(20, invalid=[4]), journal, source), client, journal, retry=FAST
        )
    )
    assert len(client.stored) == 19
    # the file grows by two rows: only those go
    bigger = tmp_path / "bigger.csv"
    bigger.write_text("n\n1\n2\n")
    plan = _plan(_conversion(22, invalid=[4]), journal, FileFingerprint.of(bigger))
    assert plan.rows_to_send == 2 and not plan.resumed
    assert plan.counts == {"already_sent": 19, "invalid": 1, "pending": 2}
    list(run_upload(plan, client, journal, retry=FAST))
    assert len(client.stored) == 21 and max(client.stored.values()) == 1
    forced = _plan(_conversion(22, invalid=[4]), journal, FileFingerprint.of(bigger), force=True)
    assert forced.rows_to_send == 21
    list(run_upload(forced, client, journal, retry=FAST))
    assert max(client.stored.values()) == 2


def test_excluded_rows_are_not_sent(journal, source) -> None:
    client = ScriptedClient()
    plan = _plan(_conversion(10), journal, source, excluded={0, 9})
    list(run_upload(plan, client, journal, retry=FAST))
    assert set(client.stored) == {f"ev-{i}" for i in range(1, 9)}
    assert _states(journal, plan.run_id) == {"sent": 8, "excluded": 2}


def test_auto_policy_trusts_only_rows_we_may_have_delivered(journal, source) -> None:
    client = ScriptedClient(mode="id_in_use")
    # row 2 timed out once (maybe stored), then the API says its id is in use; row 7 never left
    client.fail_next = [TransientError("timeout", "No answer in time.")]
    plan = _plan(_conversion(10, bad=[2, 7]), journal, source, size=5)
    list(run_upload(plan, client, journal, retry=FAST, id_in_use=IdInUsePolicy.AUTO, concurrency=1))
    rows = {r.index: r for r in journal.rows(plan.run_id)}
    assert rows[2].state is RowState.SENT and rows[2].code == "id_in_use"
    assert rows[7].state is RowState.FAILED and rows[7].code == "id_in_use"


def test_stop_while_waiting_for_the_rate_limiter(journal, source) -> None:
    from app.api.errors import RequestCancelled

    control = UploadControl()

    class WaitingClient(ScriptedClient):
        def send_batch(self, events):
            if events[0]["id"] == "ev-10":  # the limiter holds batch 3 until the stop
                control.stop.wait(5)
                raise RequestCancelled()
            return super().send_batch(events)

    client = WaitingClient(max_batch_size=5)
    plan = _plan(_conversion(50), journal, source, size=5)
    results = []
    for result in run_upload(plan, client, journal, control, retry=FAST, concurrency=2):
        results.append(result)
        if result.state is BatchState.SENDING and result.batch_no == 3:
            control.stop.set()
    finals = {r.batch_no: r.state for r in results if r.state.final}
    assert finals.pop(3) is BatchState.STOPPED
    # batches 1 and 2 went; batch 4 may have started (then sent, or stopped before leaving)
    assert finals[1] is finals[2] is BatchState.SENT and set(finals) <= {1, 2, 4}
    sent_batches = sum(state is BatchState.SENT for state in finals.values())
    assert not any(r.state is BatchState.RETRYING for r in results)
    counts = _states(journal, plan.run_id)
    assert counts["sent"] == 5 * sent_batches
    assert counts["sent"] + counts["pending"] + counts["in_flight"] == 50
    assert journal.get_run(plan.run_id).state is RunState.STOPPED


def test_one_sender_per_run(journal, source) -> None:
    from app.core.upload.journal import JournalError

    client = ScriptedClient()
    plan = _plan(_conversion(30), journal, source)
    first = run_upload(plan, client, journal, retry=FAST)
    with pytest.raises(JournalError) as info:
        run_upload(plan, client, journal, retry=FAST)
    assert info.value.code == "run_in_use"
    list(first)
    assert len(client.stored) == 30
    # once the first is done, the run can be sent again (nothing left, it just closes)
    assert list(run_upload(remaining_plan(plan, journal), client, journal, retry=FAST)) == []


def test_auto_policy_after_a_reply_that_named_no_event(journal, source) -> None:
    # A 207 stores the good events but names no failing one; resending halves then meets
    # "id already in use" for the stored ones: with AUTO they count as delivered.
    client = ScriptedClient(mode="unattributed")
    client.reject_repeats = True
    plan = _plan(_conversion(10, bad=[6]), journal, source)
    list(run_upload(plan, client, journal, retry=FAST, id_in_use=IdInUsePolicy.AUTO))
    assert _states(journal, plan.run_id) == {"sent": 9, "failed": 1}
    assert max(client.stored.values()) == 1


def test_other_rows_of_the_same_file_get_their_own_run(journal, source) -> None:
    # e.g. another sheet of the same workbook with the same mapping
    client = ScriptedClient(max_batch_size=5)
    plan = _plan(_conversion(20), journal, source, size=5)
    list(run_upload(plan, client, journal, UploadControl(stop_after_first_batch=True), retry=FAST))
    other_sheet = ConversionResult(
        [RowOutcome(o.index, o.row_number, {**o.event, "id": "b-" + o.event_id}, "b-" + o.event_id)
         for o in _conversion(12).outcomes]
    )  # fmt: skip
    other = _plan(other_sheet, journal, source, size=5)
    assert other.run_id != plan.run_id and not other.resumed and other.rows_to_send == 12
    list(run_upload(other, client, journal, retry=FAST))
    # the first sheet's run is still there to resume, and resumes where it stopped
    assert plan.run_id in [r.id for r in journal.find_unfinished_runs()]
    again = _plan(_conversion(20), journal, source, size=5)
    assert again.run_id == plan.run_id and again.rows_to_send == 15


def test_max_attempts_overrides_the_policy(journal, source) -> None:
    client = ScriptedClient()
    client.fail_next = [TransientError("server_error", "Down.", 503)] * 5
    plan = _plan(_conversion(3), journal, source)
    results = list(run_upload(plan, client, journal, retry=FAST, max_attempts=2))
    assert results[-1].state is BatchState.FAILED and client.requests == 2
    with pytest.raises(ValueError):
        run_upload(plan, client, journal, max_attempts=0)


def _repeatable(conversion: ConversionResult, indices: Sequence[int]) -> ConversionResult:
    """Make some events Pipeless relationships with ``single: false`` (no identity)."""
    outcomes = list(conversion.outcomes)
    for i in indices:
        event = {**outcomes[i].event, "relationship": {"type": "liked", "single": False}}
        outcomes[i] = RowOutcome(i, i + 2, event, f"ev-{i}")
    return ConversionResult(outcomes)


def test_a_lost_answer_is_not_resent_for_events_the_service_would_store_twice(
    journal, source
) -> None:
    client = ScriptedClient()
    client.fail_next = [TransientError("timeout", "The service did not answer in time.")]
    plan = _plan(_repeatable(_conversion(6), [1, 4]), journal, source)
    list(run_upload(plan, client, journal, retry=FAST, concurrency=1))
    rows = {r.index: r for r in journal.rows(plan.run_id)}
    # The first request may have been stored: the repeatable rows are not sent again ...
    assert {i for i, r in rows.items() if r.state is RowState.FAILED} == {1, 4}
    assert {rows[1].code, rows[4].code} == {"outcome_unknown"}
    assert "may or may not be there" in rows[1].reason
    # ... while the others go again (their ids make a second copy harmless).
    assert set(client.stored) == {"ev-0", "ev-2", "ev-3", "ev-5"}
    assert client.requests == 2

    # Loading the file again does not send them either: they stay failed for the user to check,
    # unless the upload is forced.
    again = _plan(_repeatable(_conversion(6), [1, 4]), journal, source)
    assert again.batches == ()
    assert _states(journal, again.run_id) == {"already_sent": 4, "failed": 2}
    forced = _plan(_repeatable(_conversion(6), [1, 4]), journal, source, force=True)
    assert sorted(r.index for b in forced.batches for r in b.rows) == [0, 1, 2, 3, 4, 5]


def test_a_429_is_retried_even_for_repeatable_events(journal, source) -> None:
    client = ScriptedClient()
    client.fail_next = [RateLimited(retry_after=0.0)]
    plan = _plan(_repeatable(_conversion(3), [0, 1, 2]), journal, source)
    list(run_upload(plan, client, journal, retry=FAST, concurrency=1))
    assert _states(journal, plan.run_id) == {"sent": 3}  # a 429 stores nothing


def test_repeatable_rows_in_flight_at_a_crash_are_not_resent(journal, source) -> None:
    conversion = _repeatable(_conversion(4), [2])
    plan = _plan(conversion, journal, source)
    journal.mark_in_flight(plan.run_id, [0, 1, 2, 3], 1)  # the process died here
    resumed = _plan(conversion, journal, source)
    assert resumed.run_id == plan.run_id
    assert [r.index for b in resumed.batches for r in b.rows] == [0, 1, 3]
    row = {r.index: r for r in journal.rows(plan.run_id)}[2]
    assert row.state is RowState.FAILED and row.code == "outcome_unknown"


def test_the_retry_budget_the_readme_states_is_the_default() -> None:
    # README: six failed attempts fail a batch; 429s only after 15 minutes of them.
    policy = RetryPolicy()
    assert policy.max_attempts == 6
    assert policy.max_rate_limited_wait == 15 * 60
