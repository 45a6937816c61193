"""The Pipeless imitation over HTTP: statuses, validation messages, uniqueness, partial modes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from app.sandbox.server import SandboxServer, pipeless_key

BATCH = "/v1/apps/77/events/batch"
SINGLE = "/v1/apps/77/events"


def like(user: str = "u-1", post: str = "post-9", **rel: Any) -> dict[str, Any]:
    return {
        "start_object": {"id": user, "type": "user", "created_on": "2024-05-01T09:30:00"},
        "relationship": {"type": "liked", **rel},
        "end_object": {"id": post, "type": "post"},
    }


def test_async_batch_answers_202_and_sync_201(
    pipeless: httpx.Client, sandbox: SandboxServer
) -> None:
    assert pipeless.post(BATCH, json={"events": [like("u-1")]}).status_code == 202
    assert (
        pipeless.post(BATCH, json={"events": [like("u-2")], "synchronous": False}).status_code
        == 202
    )
    reply = pipeless.post(BATCH, json={"events": [like("u-3"), like("u-4")], "synchronous": True})
    assert reply.status_code == 201 and reply.json() == {}
    stored = sandbox.pipeless_events()
    assert [s["event"]["start_object"]["id"] for s in stored] == ["u-1", "u-2", "u-3", "u-4"]
    first = stored[0]["event"]
    assert first["relationship"]["type"] == "liked" and first["relationship"]["single"] is True
    assert first["relationship"]["created_on"]  # defaulted to the time of arrival
    assert first["end_object"] == {"id": "post-9", "type": "post"}


def test_single_endpoint(pipeless: httpx.Client, sandbox: SandboxServer) -> None:
    assert pipeless.post(SINGLE, json={"event": like(), "synchronous": True}).status_code == 201
    bad = pipeless.post(SINGLE, json={"event": like(user="")})
    assert bad.status_code == 400
    assert bad.json()["errors"] == ["event.start_object.id must be 1 to 40 characters, got 0"]
    assert pipeless.post(SINGLE, json={"events": [like()]}).status_code == 400
    assert len(sandbox.pipeless_events()) == 1


@pytest.mark.parametrize(
    ("mutate", "message_start"),
    [
        (lambda e: e["end_object"].update(type="Post"), "events[1].end_object.type must be one of"),
        (
            lambda e: e["relationship"].update(type="like"),
            "events[1].relationship.type must be one of",
        ),
        (
            lambda e: e["start_object"].update(id="x" * 41),
            "events[1].start_object.id must be 1 to 40",
        ),
        (lambda e: e["start_object"].update(id="user_1"), "events[1].start_object.id contains"),
        (lambda e: e["start_object"].update(id=1001), "events[1].start_object.id must be a string"),
        (
            lambda e: e["start_object"].update(created_on="2024-05-01T09:30:00Z"),
            "events[1].start_object.created_on must be a date-time formatted YYYY-MM-DDTHH:MM:SS",
        ),
        (
            lambda e: e["start_object"].update(created_on="2024-05-01 09:30:00"),
            "events[1].start_object.created_on must be a date-time",
        ),
        (
            lambda e: e["start_object"].update(created_on="2024-02-30T09:30:00"),
            "events[1].start_object.created_on is not a real date-time",
        ),
        (
            lambda e: e["relationship"].update(created_on="2024-05-01T09:30:00.123"),
            "events[1].relationship.created_on must be a date-time",
        ),
        (lambda e: e["relationship"].update(single="yes"), "events[1].relationship.single must be"),
        (lambda e: e.pop("end_object"), "events[1].end_object is required"),
        (lambda e: e["start_object"].pop("type"), "events[1].start_object.type is required"),
    ],
)
def test_invalid_events_are_named_by_position_and_field(
    pipeless: httpx.Client, sandbox: SandboxServer, mutate: Any, message_start: str
) -> None:
    bad = like("u-2")
    mutate(bad)
    reply = pipeless.post(BATCH, json={"events": [like("u-1"), bad]})
    assert reply.status_code == 400
    errors = reply.json()["errors"]
    assert len(errors) == 1 and errors[0].startswith(message_start), errors
    assert sandbox.pipeless_events() == []  # refused whole by default


def test_ids_accept_the_documented_characters(
    pipeless: httpx.Client, sandbox: SandboxServer
) -> None:
    odd = "Zoé 42 @-!#%^&()/+=;:'\"?<>\\][{}.,"
    assert len(odd) <= 40
    assert pipeless.post(BATCH, json={"events": [like(user=odd)]}).status_code == 202
    assert sandbox.pipeless_objects()[0]["id"] == odd


def test_every_error_of_a_batch_is_listed(pipeless: httpx.Client) -> None:
    one = like("u-1")
    one["end_object"]["type"] = "photo"
    two = like("u" * 50)
    errors = pipeless.post(BATCH, json={"events": [one, like(), two]}).json()["errors"]
    assert [e.split(" ", 1)[0] for e in errors] == [
        "events[0].end_object.type",
        "events[2].start_object.id",
    ]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"events": []}, "1 to 10 events, got 0"),
        ({"events": [like(f"u-{i}") for i in range(11)]}, "1 to 10 events, got 11"),
        ({"event": like()}, "events is required"),
        ({"events": [like()], "synchronous": "yes"}, "synchronous must be true or false"),
        ([like()], "JSON object"),
    ],
)
def test_whole_batch_problems(pipeless: httpx.Client, body: Any, words: str) -> None:
    reply = pipeless.post(BATCH, json=body)
    assert reply.status_code == 400 and words in reply.json()["errors"][0]


def test_malformed_json(pipeless: httpx.Client) -> None:
    reply = pipeless.post(BATCH, content=b"{nope", headers={"Content-Type": "application/json"})
    assert reply.status_code == 400 and "JSON" in reply.json()["errors"][0]


def test_key_and_app_checks(sandbox: SandboxServer) -> None:
    key = sandbox.credentials["pipeless_api_key"]
    body = {"events": [like()]}
    with httpx.Client(base_url=sandbox.base_url) as client:
        assert client.post(BATCH, json=body).status_code == 401
        wrong = client.post(BATCH, json=body, headers={"Authorization": "Bearer guess"})
        assert wrong.status_code == 401 and wrong.json()["errors"]
        assert client.post(BATCH, json=body, headers={"Authorization": key}).status_code == 401
        other = client.post(
            "/v1/apps/78/events/batch", json=body, headers={"Authorization": f"Bearer {key}"}
        )
        assert other.status_code == 404 and "78" in other.json()["errors"][0]
    assert sandbox.pipeless_events() == []


def test_single_relationships_are_not_repeated(
    pipeless: httpx.Client, sandbox: SandboxServer
) -> None:
    for _ in range(3):
        assert pipeless.post(BATCH, json={"events": [like(), like(single=True)]}).status_code == 202
    assert len(sandbox.pipeless_events()) == 1
    assert sandbox.event_counts()["pipeless"] == {"user:u-1 -liked-> post:post-9": 1}
    assert sandbox.stats()["pipeless_repeats_accepted"] == 5


def test_non_single_relationships_repeat(pipeless: httpx.Client, sandbox: SandboxServer) -> None:
    pipeless.post(BATCH, json={"events": [like(single=False), like(single=False)]})
    pipeless.post(BATCH, json={"events": [like(single=False)]})
    key = pipeless_key(like())
    assert sandbox.event_counts()["pipeless"] == {key: 3}
    assert len(sandbox.pipeless_events()) == 3


def test_objects_are_unique_by_type_and_id_and_take_new_dates(
    pipeless: httpx.Client, sandbox: SandboxServer
) -> None:
    later = like()
    later["start_object"]["created_on"] = "2024-06-01T08:00:00"
    follow = {
        "start_object": {"id": "u-1", "type": "user"},
        "relationship": {"type": "followed"},
        "end_object": {"id": "u-1", "type": "person"},
    }
    pipeless.post(BATCH, json={"events": [like(), like(post="post-10"), later, follow]})
    objects = {(o["type"], o["id"]): o for o in sandbox.pipeless_objects()}
    assert set(objects) == {
        ("user", "u-1"),
        ("post", "post-9"),
        ("post", "post-10"),
        ("person", "u-1"),
    }
    assert objects[("user", "u-1")]["created_on"] == "2024-06-01T08:00:00"
    assert objects[("user", "u-1")]["modified_on"] == "2024-05-01T09:30:00"


def test_accept_valid_mode_stores_the_valid_events_and_still_answers_400(
    sandbox: SandboxServer, pipeless: httpx.Client
) -> None:
    sandbox.configure(pipeless_partial="accept_valid")
    bad = like("u-2")
    bad["relationship"]["type"] = "nope"
    reply = pipeless.post(BATCH, json={"events": [like("u-1"), bad, like("u-3")]})
    assert reply.status_code == 400 and reply.json()["errors"][0].startswith("events[1].")
    assert [s["event"]["start_object"]["id"] for s in sandbox.pipeless_events()] == ["u-1", "u-3"]


def test_batch_maximum_is_configurable(sandbox: SandboxServer, pipeless: httpx.Client) -> None:
    sandbox.configure(pipeless_batch_max=2)
    assert pipeless.post(BATCH, json={"events": [like("a"), like("b")]}).status_code == 202
    assert (
        pipeless.post(BATCH, json={"events": [like("c"), like("d"), like("e")]}).status_code == 400
    )


def test_recent_events_newest_first(pipeless: httpx.Client) -> None:
    for i in range(12):
        pipeless.post(BATCH, json={"events": [like(f"u-{i}")]})
    recent = pipeless.get("/v1/apps/77/recent-events").json()
    assert [r["event"]["start_object"]["id"] for r in recent] == [
        f"u-{i}" for i in range(11, 1, -1)
    ]
    assert {"event_at", "event"} == set(recent[0])
    assert len(pipeless.get("/v1/apps/77/recent-events", params={"limit": 3}).json()) == 3


def test_optional_rate_limit(sandbox: SandboxServer, pipeless: httpx.Client) -> None:
    codes = [pipeless.post(BATCH, json={"events": [like(f"u-{i}")]}).status_code for i in range(5)]
    assert codes == [202] * 5  # off by default
    sandbox.configure(pipeless_rate_limit=2, retry_after=1.5)
    sandbox.reset()
    replies = [pipeless.post(BATCH, json={"events": [like(f"v-{i}")]}) for i in range(3)]
    assert [r.status_code for r in replies] == [202, 202, 429]
    assert replies[2].json()["errors"] and replies[2].headers["Retry-After"] == "1.5"
    assert "X-HubSpot-RateLimit-Max" not in replies[0].headers
    assert len(sandbox.pipeless_events()) == 2
