"""The HubSpot client against the built-in sandbox, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.api.base import BatchReply
from app.api.errors import (
    AuthRefused,
    BatchRejected,
    Forbidden,
    NotFound,
    RateLimited,
    RequestCancelled,
    TransientError,
)
from app.api.http import HttpSettings, make_http_client
from app.api.hubspot import HubSpotClient
from app.api.hubspot_auth import HubSpotCredentials
from app.api.ratelimit import RateLimiter

APP = 123456
WEBINAR = "1009877"


def event(event_id: str, attendance: str = "live", minutes: object = 42, **extra: object) -> dict:
    return {
        "eventTemplateId": WEBINAR,
        "id": event_id,
        "email": f"{event_id}@example.com",
        "tokens": {
            "webinar": "Spring launch",
            "minutesAttended": minutes,
            "registeredOn": 1714521600000,
            "attendance": attendance,
        },
        **extra,
    }


def access(sb) -> HubSpotCredentials:
    return HubSpotCredentials(access_token=sb.credentials["hubspot_access_token"])


def refreshable(sb, access_token: str | None = None) -> HubSpotCredentials:
    c = sb.credentials
    return HubSpotCredentials(
        access_token=access_token,
        refresh_token=c["hubspot_refresh_token"],
        client_id=c["hubspot_client_id"],
        client_secret=c["hubspot_client_secret"],
    )


@pytest.fixture
def client_for():
    made: list[HubSpotClient] = []

    def make(sb, credentials: HubSpotCredentials | None = None, **kw) -> HubSpotClient:
        kw.setdefault("developer_key", sb.credentials["hubspot_developer_key"])
        client = HubSpotClient(sb.base_url, credentials or access(sb), APP, WEBINAR, **kw)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def stored_ids(sb) -> list[str]:
    return sorted(e["id"] for e in sb.hubspot_events())


def test_all_created_is_a_reply_without_failures(sandbox, client_for) -> None:
    client = client_for(sandbox)
    reply = client.send_batch([event(f"ok-{i}") for i in range(5)])
    assert isinstance(reply, BatchReply)
    assert reply.http_status == 201
    assert reply.failures == () and reply.unattributed == ()
    assert reply.headers["x-hubspot-ratelimit-max"] == "100"
    assert stored_ids(sandbox) == [f"ok-{i}" for i in range(5)]


def test_207_maps_each_refused_event_to_its_position(sandbox, client_for) -> None:
    client = client_for(sandbox)
    batch = [event("a"), event("b", attendance="nope"), event("c"), event("d", minutes="lots")]
    reply = client.send_batch(batch)
    assert reply.http_status == 207
    assert [f.position for f in reply.failures] == [1, 3]
    assert all(f.code == "rejected" for f in reply.failures)
    assert "attendance" in reply.failures[0].reason
    assert "minutesAttended" in reply.failures[1].reason
    assert reply.unattributed == ()
    assert stored_ids(sandbox) == ["a", "c"]


def test_207_without_ids_leaves_the_errors_unattributed(sandbox_factory, client_for) -> None:
    sb = sandbox_factory(hubspot_error_ids=False)
    reply = client_for(sb).send_batch([event("a"), event("b", attendance="nope")])
    assert reply.http_status == 207
    assert reply.failures == ()
    assert len(reply.unattributed) == 1 and "attendance" in reply.unattributed[0]


def test_id_used_for_another_record_is_id_in_use(sandbox, client_for) -> None:
    client = client_for(sandbox)
    client.send_batch([event("same")])
    reply = client.send_batch([event("same", email="someone-else@example.com"), event("fresh")])
    assert [(f.position, f.code) for f in reply.failures] == [(0, "id_in_use")]
    assert "already in use" in reply.failures[0].reason


def test_same_id_same_record_again_is_accepted_once(sandbox, client_for) -> None:
    client = client_for(sandbox)
    assert client.send_batch([event("once")]).failures == ()
    assert client.send_batch([event("once")]).failures == ()
    assert sandbox.event_counts()["hubspot"]["once"] == 1


def test_whole_batch_rejection_names_the_blamed_positions(sandbox_factory, client_for) -> None:
    sb = sandbox_factory(hubspot_partial="reject_batch")
    batch = [event("a"), event("b", attendance="nope"), event("c"), event("d", minutes="lots")]
    with pytest.raises(BatchRejected) as info:
        client_for(sb).send_batch(batch)
    error = info.value
    assert error.code == "batch_rejected" and error.http_status == 400
    assert sorted(error.positions) == [1, 3]
    assert "attendance" in error.positions[1] and "minutesAttended" in error.positions[3]
    assert error.reasons and sb.hubspot_events() == []


def test_whole_batch_rejection_without_ids_has_no_positions(sandbox_factory, client_for) -> None:
    sb = sandbox_factory(hubspot_partial="reject_batch", hubspot_error_ids=False)
    with pytest.raises(BatchRejected) as info:
        client_for(sb).send_batch([event("a"), event("b", attendance="nope")])
    assert info.value.positions == {}
    assert "attendance" in info.value.message


def test_batch_over_the_server_maximum_is_rejected_whole(sandbox_factory, client_for) -> None:
    sb = sandbox_factory(hubspot_batch_max=3)
    with pytest.raises(BatchRejected) as info:
        client_for(sb).send_batch([event(f"x{i}") for i in range(4)])
    assert info.value.positions == {}


def test_batch_size_guard() -> None:
    creds = HubSpotCredentials(access_token="t" * 10)
    with pytest.raises(ValueError):
        HubSpotClient("https://api.hubapi.com", creds, APP, WEBINAR, max_batch_size=101)
    big = HubSpotClient(
        "https://api.hubapi.com", creds, APP, WEBINAR, max_batch_size=250, allow_larger_batches=True
    )
    assert big.max_batch_size == 250
    small = HubSpotClient("https://api.hubapi.com", creds, APP, WEBINAR, max_batch_size=2)
    with pytest.raises(ValueError):
        small.send_batch([event("1"), event("2"), event("3")])
    big.close()
    small.close()


def test_unknown_template_is_not_found(sandbox, client_for) -> None:
    client = client_for(sandbox)
    with pytest.raises(NotFound) as info:
        client.send_batch([dict(event("a"), eventTemplateId="999")])
    assert info.value.code == "template_not_found"


def test_wrong_token_is_refused_without_showing_it(sandbox, client_for) -> None:
    client = client_for(sandbox, HubSpotCredentials(access_token="wrong-token-abc"))
    with pytest.raises(AuthRefused) as info:
        client.send_batch([event("a")])
    assert info.value.code == "auth_refused"
    assert "wrong-token-abc" not in str(info.value) and "wrong-token-abc" not in repr(info.value)
    assert sandbox.hubspot_events() == []


def test_wrong_refresh_token_is_refused(sandbox, client_for) -> None:
    creds = HubSpotCredentials(
        refresh_token="bad-refresh",
        client_id="sandbox-client-id",
        client_secret="sandbox-client-secret",
    )
    with pytest.raises(AuthRefused) as info:
        client_for(sandbox, creds).send_batch([event("a")])
    assert info.value.credential == "refresh_token"
    assert "bad-refresh" not in str(info.value)


def test_missing_scope_is_forbidden_with_the_scope(sandbox, client_for) -> None:
    token = sandbox.credentials["hubspot_no_scope_token"]
    client = client_for(sandbox, HubSpotCredentials(access_token=token))
    with pytest.raises(Forbidden) as info:
        client.send_batch([event("a")])
    assert info.value.missing_scopes == ("timeline",)
    assert "timeline" in str(info.value)


def test_refresh_token_alone_gets_an_access_token_first(sandbox, client_for) -> None:
    client = client_for(sandbox, refreshable(sandbox))
    assert client.send_batch([event("a")]).http_status == 201
    assert client.credentials.access_token.startswith("sandbox-at-")
    assert client.credentials.expires_at is not None


def test_expired_token_is_renewed_on_401_and_the_batch_goes(sandbox, client_for) -> None:
    seen: list[HubSpotCredentials] = []
    client = client_for(
        sandbox,
        refreshable(sandbox, sandbox.credentials["hubspot_access_token"]),
        on_tokens_refreshed=seen.append,
    )
    assert client.send_batch([event("a")]).http_status == 201
    sandbox.expire_tokens()
    assert client.send_batch([event("b")]).http_status == 201
    assert len(seen) == 1 and seen[0].access_token != sandbox.credentials["hubspot_access_token"]
    assert stored_ids(sandbox) == ["a", "b"]


def test_token_renewed_before_it_expires(sandbox_factory, client_for) -> None:
    sb = sandbox_factory(token_ttl_s=61.0)  # just over the one-minute renewal margin
    client = client_for(sb, refreshable(sb))
    client.send_batch([event("a")])
    first = client.credentials.access_token
    time.sleep(1.1)  # now inside the margin: the next call renews first, with no 401
    client.send_batch([event("b")])
    assert client.credentials.access_token != first
    stats = sb.stats()
    assert "401" not in stats["by_status"]
    assert stats["tokens_refreshed"] == 2


def test_expired_token_with_nothing_to_renew_it_is_refused(sandbox, client_for) -> None:
    client = client_for(sandbox)
    sandbox.expire_tokens()
    with pytest.raises(AuthRefused):
        client.send_batch([event("a")])


def test_one_refresh_for_many_batches_in_flight(sandbox, client_for) -> None:
    http = make_http_client(HttpSettings(concurrency=8))
    client = client_for(
        sandbox,
        refreshable(sandbox, sandbox.credentials["hubspot_access_token"]),
        http=http,
        owns_http=True,
    )
    sandbox.expire_tokens()
    with ThreadPoolExecutor(8) as pool:
        replies = list(pool.map(lambda i: client.send_batch([event(f"p{i}")]), range(8)))
    assert all(r.http_status == 201 for r in replies)
    assert sandbox.stats()["tokens_refreshed"] == 1
    assert len(stored_ids(sandbox)) == 8


def test_429_without_retry_after_is_rate_limited_and_pauses_the_limiter(
    sandbox_factory, client_for
) -> None:
    sb = sandbox_factory(rate_limit_per_10s=2, retry_after=None)
    limiter = RateLimiter(100, 10.0, adapt_to_headers=False)  # deliberately unaware of the limit
    client = client_for(sb, limiter=limiter)
    client.send_batch([event("a")])
    client.send_batch([event("b")])
    with pytest.raises(RateLimited) as info:
        client.send_batch([event("c")])
    assert isinstance(info.value, TransientError)
    assert info.value.code == "rate_limited" and info.value.http_status == 429
    assert info.value.retry_after is not None and 1.0 <= info.value.retry_after <= 10.0
    assert limiter.pauses == 1


def test_429_with_retry_after_passes_it_on(sandbox_factory, client_for) -> None:
    sb = sandbox_factory(burst_429_every=1, burst_429_length=1, retry_after=2)
    limiter = RateLimiter(100, 10.0)
    client = client_for(sb, limiter=limiter)
    with pytest.raises(RateLimited) as info:
        for i in range(3):
            client.send_batch([event(f"r{i}")])
    assert info.value.retry_after == pytest.approx(2.0, abs=0.01)
    # Everyone waits now: a stop during that wait cancels without sending.
    stop = threading.Event()
    stop.set()
    before = sb.stats()["requests"]
    with pytest.raises(RequestCancelled) as cancelled:
        client.send_batch([event("never")], stop_event=stop)
    assert isinstance(cancelled.value, TransientError) and cancelled.value.code == "cancelled"
    assert sb.stats()["requests"] == before  # nothing was sent


def test_limiter_adapts_to_the_servers_headers(sandbox_factory, client_for) -> None:
    sb = sandbox_factory(rate_limit_per_10s=20)
    limiter = RateLimiter(100, 10.0)
    client_for(sb, limiter=limiter).send_batch([event("a")])
    assert limiter.limit == 20


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_are_transient(sandbox_factory, client_for, status) -> None:
    sb = sandbox_factory(error_rate_5xx=1.0, error_statuses=(status,))
    with pytest.raises(TransientError) as info:
        client_for(sb).send_batch([event("a")])
    assert info.value.code == "server_error" and info.value.http_status == status


@pytest.mark.parametrize(("status", "code"), [(423, "locked"), (477, "migrating")])
def test_locked_and_migrating_are_transient(sandbox_factory, client_for, status, code) -> None:
    sb = sandbox_factory(error_rate_5xx=1.0, error_statuses=(status,))
    with pytest.raises(TransientError) as info:
        client_for(sb).send_batch([event("a")])
    assert info.value.code == code
    if status == 423:
        assert info.value.retry_after is not None and info.value.retry_after >= 2


def test_timeout_is_transient_and_a_resend_stores_once(sandbox_factory, client_for) -> None:
    sb = sandbox_factory(timeout_rate=1.0, timeout_s=1.0)
    http = make_http_client(HttpSettings(read=0.3))
    client = client_for(sb, http=http, owns_http=True)
    with pytest.raises(TransientError) as info:
        client.send_batch([event("slow")])
    assert info.value.code == "timeout"
    sb.configure(timeout_rate=0.0)
    time.sleep(0.8)  # let the sandbox finish storing the first attempt
    assert client.send_batch([event("slow")]).http_status == 201
    assert sb.event_counts()["hubspot"]["slow"] == 1


def test_connection_reset_is_transient(sandbox_factory, client_for) -> None:
    sb = sandbox_factory(reset_rate=1.0)
    with pytest.raises(TransientError) as info:
        client_for(sb).send_batch([event("a")])
    assert info.value.code == "connection_error"


def test_templates_list_with_the_developer_key(sandbox, client_for) -> None:
    templates = client_for(sandbox).list_templates()
    by_id = {t.id: t for t in templates}
    assert set(by_id) >= {"1009876", "1009877", "1009878"}
    webinar = by_id["1009877"]
    assert webinar.name == "Webinar attended" and webinar.object_type == "contacts"
    tokens = {t.name: t for t in webinar.tokens}
    assert tokens["minutesAttended"].type == "number"
    assert [o.value for o in tokens["attendance"].options] == ["live", "replay", "absent"]
    assert by_id["1009878"].object_type == "companies"
    settings = webinar.to_settings(APP)
    assert settings.event_template_id == "1009877" and settings.template_name == "Webinar attended"


def test_get_template_and_unknown_template(sandbox, client_for) -> None:
    client = client_for(sandbox)
    assert client.get_template().id == WEBINAR
    with pytest.raises(NotFound) as info:
        client.get_template("424242")
    assert info.value.code == "template_not_found"


def test_templates_with_a_wrong_developer_key(sandbox, client_for) -> None:
    with pytest.raises(AuthRefused) as info:
        client_for(sandbox, developer_key="nope-key").list_templates()
    assert info.value.credential == "developer_key"


def test_templates_of_an_unknown_app(sandbox) -> None:
    c = sandbox.credentials
    client = HubSpotClient(
        sandbox.base_url, access(sandbox), 999, WEBINAR, c["hubspot_developer_key"]
    )
    with pytest.raises(NotFound) as info:
        client.list_templates()
    assert info.value.code == "app_not_found"
    client.close()


def test_check_connection(sandbox, client_for) -> None:
    client_for(sandbox).check_connection()
    client_for(sandbox, refreshable(sandbox)).check_connection()
    with pytest.raises(AuthRefused):
        client_for(sandbox, HubSpotCredentials(access_token="nope-nope")).check_connection()
    token = sandbox.credentials["hubspot_no_scope_token"]
    with pytest.raises(Forbidden):
        client_for(sandbox, HubSpotCredentials(access_token=token)).check_connection()
    unknown = HubSpotClient(
        sandbox.base_url,
        access(sandbox),
        APP,
        "424242",
        sandbox.credentials["hubspot_developer_key"],
    )
    with pytest.raises(NotFound):
        unknown.check_connection()
    unknown.close()
    assert sandbox.hubspot_events() == []  # checking writes nothing


def test_credentials_repr_hides_secrets() -> None:
    creds = HubSpotCredentials("tok-1234", "ref-5678", "cid-0000", "sec-9999")
    assert not any(s in repr(creds) for s in ("tok-1234", "ref-5678", "cid-0000", "sec-9999"))


def test_a_failing_refresh_callback_does_not_sink_the_batch(sandbox, client_for) -> None:
    def broken(_creds: HubSpotCredentials) -> None:
        raise OSError("keychain locked")

    client = client_for(sandbox, refreshable(sandbox), on_tokens_refreshed=broken)
    assert client.send_batch([event("a")]).http_status == 201
