"""The Pipeless client against the built-in sandbox, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import pytest

from app.api.errors import (
    AuthRefused,
    BatchRejected,
    NotFound,
    RateLimited,
    TransientError,
)
from app.api.http import HttpSettings, make_http_client
from app.api.pipeless import PipelessClient, positions_from_errors
from app.api.ratelimit import RateLimiter

APP = 77


def like(user: str, post: str = "post-9", rel: str = "liked") -> dict:
    return {
        "start_object": {"id": user, "type": "user", "created_on": "2024-05-01T09:30:00"},
        "relationship": {"type": rel, "created_on": "2024-05-01T09:31:10"},
        "end_object": {"id": post, "type": "post"},
    }


@pytest.fixture
def client_for():
    made: list[PipelessClient] = []

    def make(sb, api_key: str | None = None, app_id: int = APP, **kw) -> PipelessClient:
        key = sb.credentials["pipeless_api_key"] if api_key is None else api_key
        client = PipelessClient(sb.base_url, key, app_id, **kw)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def test_asynchronous_batch_is_accepted_with_202(sandbox, client_for) -> None:
    reply = client_for(sandbox).send_batch([like(f"u-{i}") for i in range(10)])
    assert reply.http_status == 202 and reply.failures == () and reply.unattributed == ()
    assert len(sandbox.pipeless_events()) == 10


def test_synchronous_batch_is_created_with_201(sandbox, client_for) -> None:
    reply = client_for(sandbox, synchronous=True).send_batch([like("u-1")])
    assert reply.http_status == 201


def test_resending_the_same_events_stores_them_once(sandbox, client_for) -> None:
    client = client_for(sandbox)
    client.send_batch([like("u-1"), like("u-2")])
    client.send_batch([like("u-1"), like("u-2")])
    assert sorted(sandbox.event_counts()["pipeless"].values()) == [1, 1]


def test_400_names_the_bad_events_by_position(sandbox, client_for) -> None:
    batch = [like("u-1"), like("u-2", rel="adored"), like("u-3"), like("x" * 41)]
    with pytest.raises(BatchRejected) as info:
        client_for(sandbox).send_batch(batch)
    error = info.value
    assert error.code == "batch_rejected" and error.http_status == 400
    assert sorted(error.positions) == [1, 3]
    assert "relationship" in error.positions[1]
    assert "start_object.id" in error.positions[3]
    assert len(error.reasons) == 2
    assert sandbox.pipeless_events() == []
    # The engine drops the blamed ones and resends the rest: they go through.
    good = [e for i, e in enumerate(batch) if i not in error.positions]
    assert client_for(sandbox).send_batch(good).http_status == 202
    assert len(sandbox.pipeless_events()) == 2


def test_400_about_the_whole_request_has_no_positions(sandbox_factory, client_for) -> None:
    sb = sandbox_factory(pipeless_batch_max=2)
    with pytest.raises(BatchRejected) as info:
        client_for(sb).send_batch([like("a"), like("b"), like("c")])
    assert info.value.positions == {}
    assert info.value.reasons


def test_positions_from_errors_parsing() -> None:
    texts = [
        "events[0].end_object.type must be one of the allowed object types",
        "events[0].start_object.id is required",
        "events[12].relationship.type is required",  # outside the batch: ignored
        "synchronous must be true or false",
    ]
    positions = positions_from_errors(texts, batch_size=5)
    assert list(positions) == [0]
    assert positions[0] == texts[0] + "; " + texts[1]


def test_batch_size_is_at_most_ten(sandbox, client_for) -> None:
    with pytest.raises(ValueError):
        client_for(sandbox, max_batch_size=11)
    with pytest.raises(ValueError):
        client_for(sandbox).send_batch([like(f"u{i}") for i in range(11)])


def test_wrong_key_is_refused_without_showing_it(sandbox, client_for) -> None:
    with pytest.raises(AuthRefused) as info:
        client_for(sandbox, api_key="not-the-key-123").send_batch([like("u-1")])
    assert info.value.credential == "api_key"
    assert "not-the-key-123" not in str(info.value)


def test_missing_key_is_refused_before_any_request(sandbox, client_for) -> None:
    with pytest.raises(AuthRefused):
        client_for(sandbox, api_key="").send_batch([like("u-1")])
    assert sandbox.stats()["requests"] == 0


def test_unknown_app_is_not_found(sandbox, client_for) -> None:
    with pytest.raises(NotFound) as info:
        client_for(sandbox, app_id=78).send_batch([like("u-1")])
    assert info.value.code == "app_not_found"


def test_429_is_rate_limited(sandbox_factory, client_for) -> None:
    sb = sandbox_factory(pipeless_rate_limit=1, retry_after=1.5)
    limiter = RateLimiter(None)
    client = client_for(sb, limiter=limiter)
    client.send_batch([like("u-1")])
    with pytest.raises(RateLimited) as info:
        client.send_batch([like("u-2")])
    assert info.value.retry_after == pytest.approx(1.5, abs=0.01)
    assert limiter.pauses == 1


def test_server_error_and_timeout_are_transient(sandbox_factory, client_for) -> None:
    sb = sandbox_factory(error_rate_5xx=1.0, error_statuses=(503,))
    with pytest.raises(TransientError) as info:
        client_for(sb).send_batch([like("u-1")])
    assert info.value.code == "server_error"
    sb.configure(error_rate_5xx=0.0, timeout_rate=1.0, timeout_s=1.0)
    http = make_http_client(HttpSettings(read=0.2))
    with pytest.raises(TransientError) as info:
        client_for(sb, http=http, owns_http=True).send_batch([like("u-1")])
    assert info.value.code == "timeout"


def test_check_connection(sandbox, client_for) -> None:
    client_for(sandbox).check_connection()
    with pytest.raises(AuthRefused):
        client_for(sandbox, api_key="nope-nope").check_connection()
    with pytest.raises(NotFound):
        client_for(sandbox, app_id=78).check_connection()
    assert sandbox.pipeless_events() == []
