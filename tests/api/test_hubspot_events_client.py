"""The HubSpot custom events client against the built-in sandbox, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import uuid

import pytest

from app.api.errors import AuthRefused, BatchRejected, Forbidden
from app.api.factory import make_client
from app.api.http import HttpSettings
from app.api.hubspot_auth import HubSpotCredentials
from app.api.hubspot_events import HubSpotEventsClient
from app.core.conversion.convert import ConversionResult, RowOutcome
from app.core.destinations.hubspot_events import HubSpotEventsSettings
from app.core.upload.engine import (
    BatchState,
    run_upload,
)
from app.core.upload.journal import FileFingerprint, Journal, RowState
from app.core.upload.retries import RetryPolicy
from app.core.upload.upload_plan import destination_key, prepare_upload

NAME = "pe4040404_webinar_attended"
FAST_RETRY = RetryPolicy(max_attempts=12, initial=0.02, maximum=0.3, jitter=0.02)


def occurrence(i: int, **changes: object) -> dict:
    event = {
        "eventName": NAME,
        "email": f"m{i}@example.org",
        "occurredAt": "2025-03-14T16:00:00+01:00",
        "uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"row-{i}")),
        "properties": {"webinar_name": "Spring launch", "minutes_watched": "42.5",
                       "attendance": "live", "registered_on": "1742169600000"},
    }  # fmt: skip
    event.update(changes)
    return event


@pytest.fixture
def client(sandbox):
    made = HubSpotEventsClient(
        sandbox.base_url, HubSpotCredentials(access_token="sandbox-private-app-token"), NAME
    )
    yield made
    made.close()


def test_a_batch_answered_204_is_stored_whole(sandbox, client) -> None:
    reply = client.send_batch([occurrence(i) for i in range(3)])
    assert reply.http_status == 204 and not reply.failures and not reply.unattributed
    stored = sandbox.hubspot_custom_events()
    assert [e["email"] for e in stored] == ["m0@example.org", "m1@example.org", "m2@example.org"]
    assert stored[0]["properties"]["minutes_watched"] == "42.5"


def test_a_repeated_uuid_is_accepted_and_kept_once(sandbox, client) -> None:
    client.send_batch([occurrence(1)])
    assert client.send_batch([occurrence(1)]).http_status == 204
    assert len(sandbox.hubspot_custom_events()) == 1
    assert sandbox.stats()["hubspot_custom_events_repeats"] == 1


def test_one_bad_event_refuses_the_batch_in_the_documented_shape(sandbox, client) -> None:
    bad = occurrence(2, properties={"attendance": "gold"})
    with pytest.raises(BatchRejected) as caught:
        client.send_batch([occurrence(1), bad])
    assert caught.value.http_status == 400
    assert caught.value.positions == {}  # the sandbox does not say which: the engine splits
    assert "attendance" in caught.value.message
    assert sandbox.hubspot_custom_events() == []


def test_details_naming_inputs_blame_that_event(sandbox_factory) -> None:
    sandbox = sandbox_factory(hubspot_events_error_index=True)
    client = HubSpotEventsClient(
        sandbox.base_url, HubSpotCredentials(access_token="sandbox-private-app-token"), NAME
    )
    try:
        with pytest.raises(BatchRejected) as caught:
            client.send_batch([occurrence(1), occurrence(2, properties={"seats": "3"})])
        assert list(caught.value.positions) == [1]
        assert "seats" in caught.value.positions[1]
    finally:
        client.close()


def test_the_engine_splits_a_refused_batch_and_delivers_the_good_events(sandbox, tmp_path) -> None:
    bad = {3, 17}
    outcomes = []
    for i in range(30):
        event = occurrence(i, properties={"attendance": "gold"}) if i in bad else occurrence(i)
        outcomes.append(RowOutcome(i, i + 2, event, f"el-{i}"))
    data = tmp_path / "rows.csv"
    data.write_text("rows\n")
    with Journal(tmp_path / "journal.sqlite3") as journal:
        plan = prepare_upload(
            ConversionResult(outcomes),
            journal,
            source=FileFingerprint.of(data),
            mapping_fingerprint="m",
            destination_key=destination_key("hubspot-events", NAME, None, sandbox.base_url),
            batch_size=10,
        )
        settings = HubSpotEventsSettings(event_name=NAME)
        client = make_client("hubspot-events", settings, sandbox.credentials, sandbox.base_url)
        try:
            list(run_upload(plan, client, journal, retry=FAST_RETRY))
        finally:
            client.close()
        states = {r.index: r.state for r in journal.rows(plan.run_id)}
    assert {i for i, s in states.items() if s is RowState.FAILED} == bad
    stored = sandbox.hubspot_custom_events()
    assert len(stored) == 28 and {e["email"] for e in stored}.isdisjoint({"m3@example.org"})


def test_definitions_follow_the_pages_and_hide_archived_ones(sandbox, client) -> None:
    names = [d.name for d in client.list_definitions()]
    assert names == ["pe4040404_webinar_attended", "pe4040404_demo_booked"]
    with_archived = client.list_definitions(include_archived=True)
    assert [d.archived for d in with_archived] == [False, False, True]
    webinar = client.get_definition(NAME)
    assert (webinar.label, webinar.primary_object, webinar.property_count) == (
        "Webinar attended", "CONTACT", 6,
    )  # fmt: skip
    settings = webinar.to_settings()
    assert {p.type for p in settings.properties} == {"string", "number", "datetime", "enumeration"}


def test_paging_is_followed(sandbox, client, monkeypatch) -> None:
    monkeypatch.setattr("app.api.hubspot_events.DEFINITIONS_PAGE", 1)
    assert len(client.list_definitions(include_archived=True)) == 3
    requests = sandbox.stats()["by_route"]["events.definitions"]
    assert requests == {"200": 3}


def test_check_connection_refuses_a_wrong_token(sandbox) -> None:
    bad = HubSpotEventsClient(sandbox.base_url, HubSpotCredentials(access_token="nope"), NAME)
    no_scope = HubSpotEventsClient(
        sandbox.base_url, HubSpotCredentials(access_token="sandbox-no-scope-token"), NAME
    )
    try:
        with pytest.raises(AuthRefused):
            bad.check_connection()
        with pytest.raises(Forbidden) as caught:
            no_scope.check_connection()
        assert "Enterprise" in caught.value.message
    finally:
        bad.close()
        no_scope.close()


def test_faults_every_occurrence_exactly_once(sandbox_factory, tmp_path) -> None:
    # Timeouts store the batch and answer late: the client gives up and resends the same uuids.
    sandbox = sandbox_factory(
        seed=11,
        error_rate_5xx=0.1,
        timeout_rate=0.06,
        reset_rate=0.06,
        timeout_s=0.8,
        burst_429_every=12,
        burst_429_length=2,
    )
    outcomes = [RowOutcome(i, i + 2, occurrence(i), f"el-{i}") for i in range(400)]
    data = tmp_path / "rows.csv"
    data.write_text("rows\n")
    settings = HubSpotEventsSettings(event_name=NAME)
    with Journal(tmp_path / "journal.sqlite3") as journal:
        plan = prepare_upload(
            ConversionResult(outcomes),
            journal,
            source=FileFingerprint.of(data),
            mapping_fingerprint="m",
            destination_key=destination_key("hubspot-events", NAME, None, sandbox.base_url),
            batch_size=20,
        )
        client = make_client(
            "hubspot-events",
            settings,
            sandbox.credentials,
            sandbox.base_url,
            batch_size=20,
            http_settings=HttpSettings(read=0.4, connect=2.0),
        )
        try:
            # One batch at a time: the faults are drawn in the same order on every run.
            results = list(run_upload(plan, client, journal, retry=FAST_RETRY, concurrency=1))
        finally:
            client.close()
        assert journal.counts(plan.run_id) == {"sent": 400}
    retried = {r.code for r in results if r.state is BatchState.RETRYING}
    assert {"server_error", "rate_limited", "timeout"} <= retried
    counts = sandbox.event_counts()["hubspot_custom_events"]
    assert len(counts) == 400 and set(counts.values()) == {1}
    assert sandbox.stats()["hubspot_custom_events_repeats"] > 0  # resent after lost answers


def test_a_uuid_refused_as_used_before_is_left_to_the_id_in_use_policy(sandbox_factory) -> None:
    sandbox = sandbox_factory(hubspot_events_repeated_uuid="reject")
    client = HubSpotEventsClient(
        sandbox.base_url, HubSpotCredentials(access_token="sandbox-private-app-token"), NAME
    )
    try:
        assert client.send_batch([occurrence(1)]).http_status == 204
        with pytest.raises(BatchRejected) as caught:
            client.send_batch([occurrence(1)])
    finally:
        client.close()
    assert caught.value.code == "id_in_use"
    assert caught.value.position_codes == {0: "id_in_use"}
    assert "already exists" in caught.value.positions[0]
    assert len(sandbox.hubspot_custom_events()) == 1
