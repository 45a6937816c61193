"""The engine over real HTTP to the sandbox: every row arrives exactly once, whatever happens."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.api.factory import make_client
from app.api.http import HttpSettings
from app.core.conversion.convert import ConversionResult, RowOutcome
from app.core.conversion.mapping import HUBSPOT, PIPELESS, HubSpotSettings, PipelessSettings
from app.core.upload.engine import (
    BatchState,
    IdInUsePolicy,
    UploadControl,
    UploadStopped,
    run_upload,
)
from app.core.upload.journal import FileFingerprint, Journal, RowState, RunState
from app.core.upload.retries import RetryPolicy
from app.core.upload.upload_plan import destination_key, prepare_upload, remaining_plan

TEMPLATE = "1009877"  # "Webinar attended" in the sandbox's demo app
APP = 123456
FAST_RETRY = RetryPolicy(max_attempts=12, initial=0.02, maximum=0.3, jitter=0.02)
ATTENDANCE = ("live", "replay", "absent")


def hubspot_outcomes(n: int, *, bad: set[int] = frozenset(), start: int = 0) -> ConversionResult:
    outcomes = []
    for i in range(start, start + n):
        event = {
            "eventTemplateId": TEMPLATE,
            "id": f"el-web-{i:06d}",
            "email": f"person{i}@example.com",
            "timestamp": "2024-05-01T10:00:00Z",
            "tokens": {
                "webinar": f"Webinar {i % 7}",
                "minutesAttended": i % 90,
                "registeredOn": 1714521600000 + i * 60000,
                "attendance": "platinum" if i in bad else ATTENDANCE[i % 3],
            },
        }
        outcomes.append(RowOutcome(i - start, i + 2, event, event["id"]))
    return ConversionResult(outcomes)


def pipeless_outcomes(n: int, *, bad: set[int] = frozenset()) -> ConversionResult:
    outcomes = []
    for i in range(n):
        event = {
            "start_object": {"id": f"user-{i}", "type": "user"},
            "relationship": {"type": "spaceship" if i in bad else "liked"},
            "end_object": {"id": f"post-{i % 40}", "type": "post"},
        }
        outcomes.append(RowOutcome(i, i + 2, event, f"pl-{i:06d}"))
    return ConversionResult(outcomes)


@pytest.fixture
def journal(tmp_path: Path):
    with Journal(tmp_path / "journal.sqlite3") as j:
        yield j


@pytest.fixture
def source(tmp_path: Path) -> FileFingerprint:
    path = tmp_path / "rows.csv"
    path.write_text("made-up rows\n")
    return FileFingerprint.of(path)


def hubspot_client(
    sb,
    *,
    secrets: dict[str, Any] | None = None,
    batch_size: int = 100,
    read_timeout: float = 10.0,
    rate: int | None = None,
    control=None,
):
    creds = sb.credentials
    secrets = secrets if secrets is not None else {"access_token": creds["hubspot_access_token"]}
    return make_client(
        HUBSPOT,
        HubSpotSettings(app_id=APP, event_template_id=TEMPLATE),
        secrets,
        sb.base_url,
        batch_size=batch_size,
        http_settings=HttpSettings(read=read_timeout, connect=2.0),
        requests_per_10s=rate,
        stop_event=control.stop if control else None,
    )


def pipeless_client(sb, *, read_timeout: float = 10.0):
    return make_client(
        PIPELESS,
        PipelessSettings(app_id=77, synchronous=True),
        {"api_key": sb.credentials["pipeless_api_key"]},
        sb.base_url,
        http_settings=HttpSettings(read=read_timeout, connect=2.0),
    )


def plan_for(conversion, journal, source, sb, dest=HUBSPOT, size=100, **kw):
    key = destination_key(
        dest, APP if dest == HUBSPOT else 77, TEMPLATE if dest == HUBSPOT else None, sb.base_url
    )
    return prepare_upload(
        conversion,
        journal,
        source=source,
        mapping_fingerprint="m",
        destination_key=key,
        batch_size=size,
        **kw,
    )


def assert_hubspot_exactly_once(sb, conversion, skip: set[int] = frozenset()) -> None:
    counts = sb.event_counts()["hubspot"]
    expected = {o.event_id for o in conversion.outcomes if o.index not in skip}
    assert set(counts) == expected
    assert max(counts.values()) == 1
    stored = {e["id"]: e for e in sb.hubspot_events()}
    for outcome in conversion.outcomes:
        if outcome.index in skip:
            continue
        got = stored[outcome.event_id]
        sent = outcome.event
        assert got["email"] == sent["email"]
        assert got["eventTemplateId"] == TEMPLATE
        assert {k: str(v) for k, v in sent["tokens"].items()} == {
            k: str(v) for k, v in got["tokens"].items()
        }


def test_hubspot_round_trip(sandbox, journal, source) -> None:
    conversion = hubspot_outcomes(1000)
    plan = plan_for(conversion, journal, source, sandbox)
    client = hubspot_client(sandbox)
    try:
        results = list(run_upload(plan, client, journal))
    finally:
        client.close()
    finals = [r for r in results if r.state.final]
    assert len(finals) == 10 and all(r.state is BatchState.SENT for r in finals)
    assert sum(r.sent for r in finals) == 1000
    assert_hubspot_exactly_once(sandbox, conversion)
    assert journal.counts(plan.run_id) == {"sent": 1000}
    assert journal.get_run(plan.run_id).state is RunState.FINISHED


def test_pipeless_round_trip(sandbox, journal, source) -> None:
    conversion = pipeless_outcomes(250)
    plan = plan_for(conversion, journal, source, sandbox, dest=PIPELESS, size=10)
    client = pipeless_client(sandbox)
    try:
        results = list(run_upload(plan, client, journal))
    finally:
        client.close()
    assert sum(r.sent for r in results if r.state.final) == 250
    counts = sandbox.event_counts()["pipeless"]
    assert len(counts) == 250 and max(counts.values()) == 1
    stored = {
        (e["event"]["start_object"]["id"], e["event"]["end_object"]["id"])
        for e in sandbox.pipeless_events()
    }
    assert stored == {(f"user-{i}", f"post-{i % 40}") for i in range(250)}


@pytest.mark.parametrize("retry_after", [0.3, pytest.param(None, marks=pytest.mark.slow)])
def test_faults_every_row_exactly_once(sandbox_factory, journal, source, retry_after) -> None:
    # Timeouts: the sandbox stores the events, then answers after 0.8 s; the client gives up at
    # 0.4 s and sends the batch again with the same ids. Resets hit before and after storing.
    sb = sandbox_factory(
        seed=7,
        error_rate_5xx=0.10,
        timeout_rate=0.05,
        reset_rate=0.05,
        timeout_s=0.8,
        burst_429_every=15,
        burst_429_length=3,
        retry_after=retry_after,
        rate_limit_per_10s=None,
    )
    conversion = hubspot_outcomes(1200 if retry_after else 600)
    plan = plan_for(conversion, journal, source, sb, size=20)
    client = hubspot_client(sb, batch_size=20, read_timeout=0.4, rate=1000)
    try:
        results = list(run_upload(plan, client, journal, retry=FAST_RETRY))
    finally:
        client.close()
    codes = Counter(r.code for r in results if r.state is BatchState.RETRYING)
    assert codes["server_error"] and codes["rate_limited"] and codes["timeout"]
    assert journal.counts(plan.run_id) == {"sent": len(conversion.outcomes)}
    assert_hubspot_exactly_once(sb, conversion)


def test_a_long_429_storm_delays_batches_but_fails_none(sandbox_factory, journal, source) -> None:
    # Of every nine requests the sandbox answers one and refuses eight with 429: each batch
    # after the first waits through eight refusals, far more than the three attempts allowed
    # for real failures. Being told to slow down is not failing: every row arrives, once.
    sb = sandbox_factory(
        burst_429_every=1, burst_429_length=8, retry_after=0.05, rate_limit_per_10s=None
    )
    conversion = hubspot_outcomes(60)
    plan = plan_for(conversion, journal, source, sb, size=20)
    client = hubspot_client(sb, batch_size=20, rate=1000)
    policy = RetryPolicy(max_attempts=3, initial=0.02, maximum=0.1, jitter=0.0)
    try:
        results = list(run_upload(plan, client, journal, retry=policy, concurrency=1))
    finally:
        client.close()
    retried = Counter(r.batch_no for r in results if r.state is BatchState.RETRYING)
    assert sorted(retried.values()) == [8, 8]
    assert {r.state for r in results if r.state.final} == {BatchState.SENT}
    assert journal.counts(plan.run_id) == {"sent": 60}
    assert_hubspot_exactly_once(sb, conversion)


def test_pipeless_faults_exactly_once(sandbox_factory, journal, source) -> None:
    sb = sandbox_factory(
        seed=3,
        error_rate_5xx=0.10,
        timeout_rate=0.05,
        reset_rate=0.05,
        timeout_s=0.8,
        burst_429_every=10,
        burst_429_length=2,
        retry_after=0.3,
    )
    conversion = pipeless_outcomes(300)
    plan = plan_for(conversion, journal, source, sb, dest=PIPELESS, size=10)
    client = pipeless_client(sb, read_timeout=0.4)
    try:
        list(run_upload(plan, client, journal, retry=FAST_RETRY))
    finally:
        client.close()
    counts = sb.event_counts()["pipeless"]
    assert len(counts) == 300 and max(counts.values()) == 1
    assert journal.counts(plan.run_id) == {"sent": 300}


@pytest.mark.parametrize(
    "policy",
    [
        {"hubspot_partial": "multi_status"},
        {"hubspot_partial": "reject_batch"},
        {"hubspot_partial": "reject_batch", "hubspot_error_ids": False},
        {"hubspot_partial": "multi_status", "hubspot_error_ids": False},
    ],
)
def test_hubspot_refused_rows_are_isolated(sandbox_factory, journal, source, policy) -> None:
    sb = sandbox_factory(**policy)
    bad = {5, 77, 78, 150}
    conversion = hubspot_outcomes(200, bad=bad)
    plan = plan_for(conversion, journal, source, sb)
    client = hubspot_client(sb)
    try:
        results = list(run_upload(plan, client, journal, retry=FAST_RETRY))
    finally:
        client.close()
    assert_hubspot_exactly_once(sb, conversion, skip=bad)
    rows = {r.index: r for r in journal.rows(plan.run_id)}
    assert {i for i, r in rows.items() if r.state is RowState.FAILED} == bad
    assert all(rows[i].reason for i in bad)
    finals = {r.batch_no: r for r in results if r.state.final}
    assert finals[1].state is BatchState.PARTLY_FAILED
    assert set(finals[1].row_failures) == {7, 79, 80}  # spreadsheet row numbers
    assert finals[2].failed == 1 and finals[2].sent == 99


def test_pipeless_refused_batch_is_split(sandbox, journal, source) -> None:
    bad = {3, 24}
    conversion = pipeless_outcomes(40, bad=bad)
    plan = plan_for(conversion, journal, source, sandbox, dest=PIPELESS, size=10)
    client = pipeless_client(sandbox)
    try:
        list(run_upload(plan, client, journal, retry=FAST_RETRY))
    finally:
        client.close()
    counts = sandbox.event_counts()["pipeless"]
    assert len(counts) == 38 and max(counts.values()) == 1
    states = {r.index: r.state for r in journal.rows(plan.run_id)}
    assert {i for i, s in states.items() if s is RowState.FAILED} == bad


def test_id_in_use_for_another_record_fails_without_retry(sandbox, journal, source) -> None:
    first = hubspot_outcomes(3)
    plan = plan_for(first, journal, source, sandbox)
    client = hubspot_client(sandbox)
    list(run_upload(plan, client, journal))
    # the same ids now for other contacts: HubSpot answers "already in use"
    moved = ConversionResult(
        [
            RowOutcome(
                o.index,
                o.row_number,
                {**o.event, "email": f"other{o.index}@example.com"},
                o.event_id,
            )
            for o in first.outcomes
        ]
    )
    plan2 = plan_for(moved, journal, source, sandbox, force=True, resume=False)
    try:
        list(run_upload(plan2, client, journal, retry=FAST_RETRY))
    finally:
        client.close()
    rows = journal.rows(plan2.run_id)
    assert {r.state for r in rows} == {RowState.FAILED}
    assert {r.code for r in rows} == {"id_in_use"}
    assert all(r.attempts == 1 or r.attempts <= 3 for r in rows)  # split, never retried
    assert len(sandbox.hubspot_events()) == 3


def test_token_expiry_is_survived_with_a_refresh_token(sandbox, journal, source) -> None:
    creds = sandbox.credentials
    secrets = {
        "access_token": creds["hubspot_access_token"],
        "refresh_token": creds["hubspot_refresh_token"],
        "client_id": creds["hubspot_client_id"],
        "client_secret": creds["hubspot_client_secret"],
    }
    sandbox.configure(static_token_expires_after=4, token_ttl_s=1.0)
    conversion = hubspot_outcomes(1500)
    plan = plan_for(conversion, journal, source, sandbox, size=50)
    client = hubspot_client(sandbox, secrets=secrets, batch_size=50, rate=1000)
    try:
        list(run_upload(plan, client, journal, retry=FAST_RETRY))
    finally:
        client.close()
    assert journal.counts(plan.run_id) == {"sent": 1500}
    assert_hubspot_exactly_once(sandbox, conversion)
    statuses = sandbox.stats()
    assert "401" in str(statuses)  # the token did expire on the way


def test_wrong_token_stops_and_resumes_with_the_right_one(sandbox, journal, source) -> None:
    conversion = hubspot_outcomes(300)
    plan = plan_for(conversion, journal, source, sandbox)
    wrong = hubspot_client(sandbox, secrets={"access_token": "not-the-token"})
    try:
        with pytest.raises(UploadStopped) as info:
            list(run_upload(plan, wrong, journal))
    finally:
        wrong.close()
    assert info.value.code == "auth_refused"
    assert "not-the-token" not in str(info.value)
    assert sandbox.hubspot_events() == []
    run = journal.get_run(plan.run_id)
    assert run.state is RunState.STOPPED and run.unfinished_rows == 300
    again = plan_for(conversion, journal, source, sandbox)
    assert again.run_id == plan.run_id and again.rows_to_send == 300
    right = hubspot_client(sandbox)
    try:
        list(run_upload(again, right, journal))
    finally:
        right.close()
    assert_hubspot_exactly_once(sandbox, conversion)


def test_test_batch_then_the_rest(sandbox, journal, source) -> None:
    conversion = hubspot_outcomes(450)
    plan = plan_for(conversion, journal, source, sandbox)
    client = hubspot_client(sandbox)
    try:
        first = list(run_upload(plan, client, journal, UploadControl(stop_after_first_batch=True)))
        assert {r.batch_no for r in first} == {1}
        assert len(sandbox.hubspot_events()) == 100
        rest = remaining_plan(plan, journal)
        assert [b.batch_no for b in rest.batches] == [2, 3, 4, 5]
        list(run_upload(rest, client, journal))
    finally:
        client.close()
    assert_hubspot_exactly_once(sandbox, conversion)


def test_pause_stop_and_resume_over_http(sandbox_factory, journal, source) -> None:
    sb = sandbox_factory(latency_ms=40)
    conversion = hubspot_outcomes(2000)
    plan = plan_for(conversion, journal, source, sb, size=20)
    control = UploadControl()
    client = hubspot_client(sb, batch_size=20, rate=1000, control=control)
    finals = 0
    seen_while_paused: list[int] = []

    def unpause() -> None:
        seen_while_paused.append(len(sb.hubspot_events()))
        control.pause.clear()

    try:
        for result in run_upload(plan, client, journal, control, concurrency=3):
            if not result.state.final:
                continue
            finals += 1
            if finals == 5:
                control.pause.set()
                threading.Timer(0.8, unpause).start()
            if finals == 20:
                control.stop.set()
    finally:
        client.close()
    # while paused nothing new went out beyond the batches already in flight
    assert seen_while_paused and seen_while_paused[0] <= (5 + 3) * 20
    stored = len(sb.hubspot_events())
    assert 20 * 20 <= stored <= 23 * 20
    run = journal.get_run(plan.run_id)
    assert run.state is RunState.STOPPED
    assert journal.counts(plan.run_id)["sent"] == stored
    # resume finishes the job, nothing twice
    plan2 = plan_for(conversion, journal, source, sb, size=20)
    assert plan2.rows_to_send == 2000 - stored
    client2 = hubspot_client(sb, batch_size=20, rate=1000)
    try:
        list(run_upload(plan2, client2, journal))
    finally:
        client2.close()
    assert_hubspot_exactly_once(sb, conversion)


def test_in_flight_rows_from_a_crash_go_again_with_the_same_ids(sandbox, journal, source) -> None:
    conversion = hubspot_outcomes(250)
    plan = plan_for(conversion, journal, source, sandbox)
    client = hubspot_client(sandbox)
    try:
        # a crash right after batch 1 left: journal says in flight, the API stored it
        batch = plan.batches[0]
        journal.mark_in_flight(plan.run_id, [r.index for r in batch.rows], batch.batch_no)
        client.send_batch([r.event for r in batch.rows])
        resumed = plan_for(conversion, journal, source, sandbox)
        assert resumed.resumed and resumed.rows_to_send == 250
        states = Counter(r.state for r in journal.rows(plan.run_id))
        assert states[RowState.IN_FLIGHT] == 100
        list(run_upload(resumed, client, journal))
    finally:
        client.close()
    assert_hubspot_exactly_once(sandbox, conversion)


@pytest.mark.parametrize(
    ("policy", "state"),
    [(IdInUsePolicy.AUTO, RowState.SENT), (IdInUsePolicy.FAIL, RowState.FAILED)],
)
def test_resent_ids_refused_as_in_use(sandbox_factory, journal, source, policy, state) -> None:
    # An API that answers "already in use" even for the same event sent again to the same record.
    sb = sandbox_factory(hubspot_repeated_id="reject")
    conversion = hubspot_outcomes(150)
    plan = plan_for(conversion, journal, source, sb)
    client = hubspot_client(sb)
    try:
        batch = plan.batches[0]  # a crash after this request left, before its answer
        journal.mark_in_flight(plan.run_id, [r.index for r in batch.rows], batch.batch_no)
        client.send_batch([r.event for r in batch.rows])
        resumed = plan_for(conversion, journal, source, sb)
        list(run_upload(resumed, client, journal, retry=FAST_RETRY, id_in_use=policy))
    finally:
        client.close()
    rows = journal.rows(plan.run_id)
    first = [r for r in rows if r.index < 100]
    assert {r.state for r in first} == {state}
    assert {r.code for r in first} == {"id_in_use"}
    assert {r.state for r in rows if r.index >= 100} == {RowState.SENT}
    assert_hubspot_exactly_once(sb, conversion)


@pytest.mark.parametrize(
    ("sample", "mapping_name"),
    [
        ("webinar-attendees.xlsx", "webinar-attendees.mapping.json"),
        ("post-likes.csv", "post-likes.mapping.json"),
    ],
)
def test_samples_arrive_once_with_their_values(sandbox, journal, sample, mapping_name) -> None:
    from app.core.conversion.convert import convert_rows
    from app.core.conversion.mapping import load_mapping
    from app.core.reading.sheet import read_sheet
    from app.core.upload.upload_plan import destination_key_for, mapping_fingerprint
    from app.paths import samples_dir
    from app.sandbox.server import pipeless_key

    mapping = load_mapping(samples_dir() / mapping_name)
    path = samples_dir() / sample
    conversion = convert_rows(read_sheet(path), mapping)
    valid = [o for o in conversion.outcomes if o.sendable]
    assert valid and len(valid) < len(conversion.outcomes)  # the samples hold bad rows too
    plan = prepare_upload(
        conversion,
        journal,
        source=FileFingerprint.of(path),
        mapping_fingerprint=mapping_fingerprint(mapping),
        destination_key=destination_key_for(mapping, sandbox.base_url),
        batch_size=10 if mapping.destination == PIPELESS else 100,
    )
    secrets = (
        {"access_token": sandbox.credentials["hubspot_access_token"]}
        if mapping.destination == HUBSPOT
        else {"api_key": sandbox.credentials["pipeless_api_key"]}
    )
    client = make_client(mapping.destination, mapping, secrets, sandbox.base_url)
    try:
        list(run_upload(plan, client, journal))
    finally:
        client.close()
    assert journal.counts(plan.run_id)["sent"] == len(valid)
    if mapping.destination == HUBSPOT:
        stored = {e["id"]: e for e in sandbox.hubspot_events()}
        assert set(stored) == {o.event_id for o in valid}
        assert max(sandbox.event_counts()["hubspot"].values()) == 1
        for outcome in valid:
            got, sent = stored[outcome.event_id], outcome.event
            assert got.get("email") == sent.get("email")
            assert {k: str(v) for k, v in sent["tokens"].items()} == {
                k: str(v) for k, v in got["tokens"].items()
            }
            assert got.get("extraData") == sent.get("extraData")
    else:
        counts = sandbox.event_counts()["pipeless"]
        assert set(counts) == {pipeless_key(o.event) for o in valid}
        assert max(counts.values()) == 1
        stored = {pipeless_key(e): e["event"] for e in sandbox.pipeless_events()}
        for outcome in valid:
            got = stored[pipeless_key(outcome.event)]
            for part in ("start_object", "end_object"):
                assert got[part]["id"] == outcome.event[part]["id"]
                assert got[part]["type"] == outcome.event[part]["type"]
            assert got["relationship"]["type"] == outcome.event["relationship"]["type"]
