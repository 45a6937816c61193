"""The HubSpot imitation over real HTTP: shapes, validation, ids, templates, auth, rate limits."""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import pytest

from app.sandbox.server import SandboxServer

BATCH = "/integrators/timeline/v3/events/batch/create"
SINGLE = "/integrators/timeline/v3/events"
OLD_BATCH = "/crm/v3/timeline/events/batch/create"
OLD_SINGLE = "/crm/v3/timeline/events"
WEBINAR = "1009877"
DEMO = "1009878"


def webinar(event_id: str, email: str = "ana@example.com", **changes: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "eventTemplateId": WEBINAR,
        "id": event_id,
        "email": email,
        "tokens": {
            "webinar": "Spring launch",
            "minutesAttended": 42,
            "registeredOn": 1714521600000,
            "attendance": "live",
        },
        "timestamp": "2024-05-01T09:30:00Z",
        "extraData": {"row": 17},
    }
    event.update(changes)
    return {k: v for k, v in event.items() if v is not None}


def test_batch_all_valid_answers_201_with_the_documented_batch_object(
    hubspot: httpx.Client, sandbox: SandboxServer
) -> None:
    reply = hubspot.post(
        BATCH, json={"inputs": [webinar("r-1"), webinar("r-2", "bob@example.com")]}
    )
    assert reply.status_code == 201
    body = reply.json()
    assert body["status"] == "COMPLETE"
    assert {"startedAt", "completedAt", "results"} <= body.keys()
    assert "errors" not in body and "numErrors" not in body
    first = body["results"][0]
    assert first["id"] == "r-1"
    assert first["objectType"] == "contacts"
    assert first["objectId"].isdigit()
    assert first["tokens"] == {
        "webinar": "Spring launch",
        "minutesAttended": "42",
        "registeredOn": "1714521600000",
        "attendance": "live",
    }
    assert first["timestamp"] == "2024-05-01T09:30:00Z"
    assert first["extraData"] == {"row": 17}
    assert "createdAt" in first
    stored = sandbox.hubspot_events()
    assert [e["id"] for e in stored] == ["r-1", "r-2"]
    assert stored[0]["objectId"] != stored[1]["objectId"]
    assert sandbox.hubspot_contacts() == {
        "ana@example.com": stored[0]["objectId"],
        "bob@example.com": stored[1]["objectId"],
    }


def test_same_email_lands_on_the_same_contact(
    hubspot: httpx.Client, sandbox: SandboxServer
) -> None:
    hubspot.post(BATCH, json={"inputs": [webinar("a"), webinar("b", "ANA@example.com")]})
    ids = {e["objectId"] for e in sandbox.hubspot_events()}
    assert len(ids) == 1


def test_207_names_failing_ids_in_context_and_returns_the_others(
    hubspot: httpx.Client, sandbox: SandboxServer
) -> None:
    bad_enum = webinar("r-2", tokens={"attendance": "Attended live"})
    bad_email = webinar("r-4", email="not-an-email")
    reply = hubspot.post(
        BATCH, json={"inputs": [webinar("r-1"), bad_enum, webinar("r-3"), bad_email]}
    )
    assert reply.status_code == 207
    body = reply.json()
    assert body["numErrors"] == 2
    assert [r["id"] for r in body["results"]] == ["r-1", "r-3"]
    assert [e["context"]["ids"] for e in body["errors"]] == [["r-2"], ["r-4"]]
    first = body["errors"][0]
    assert first["status"] == "error" and first["category"] == "VALIDATION_ERROR"
    assert "attendance" in first["message"] and "Attended live" in first["message"]
    assert first["errors"][0]["in"] == "inputs[1].tokens.attendance"
    assert body["errors"][1]["errors"][0]["in"] == "inputs[3].email"
    assert sorted(e["id"] for e in sandbox.hubspot_events()) == ["r-1", "r-3"]


def test_207_errors_may_omit_ids_when_configured(
    sandbox: SandboxServer, hubspot: httpx.Client
) -> None:
    sandbox.configure(hubspot_error_ids=False)
    reply = hubspot.post(
        BATCH, json={"inputs": [webinar("r-1"), webinar("r-2", tokens={"x": "1"})]}
    )
    assert reply.status_code == 207
    assert "ids" not in reply.json()["errors"][0]["context"]


def test_reject_batch_policy_refuses_the_whole_batch(
    sandbox: SandboxServer, hubspot: httpx.Client
) -> None:
    sandbox.configure(hubspot_partial="reject_batch")
    reply = hubspot.post(
        BATCH, json={"inputs": [webinar("r-1"), webinar("r-2", tokens={"x": "1"})]}
    )
    assert reply.status_code == 400
    body = reply.json()
    assert body["category"] == "VALIDATION_ERROR" and body["context"]["ids"] == ["r-2"]
    assert body["errors"][0]["in"] == "inputs[1].tokens.x"
    assert sandbox.hubspot_events() == []


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"tokens": {"colour": "red"}}, "tokens.colour", "does not exist"),
        ({"tokens": {"minutesAttended": "forty"}}, "tokens.minutesAttended", "number"),
        ({"tokens": {"minutesAttended": True}}, "tokens.minutesAttended", "number"),
        ({"tokens": {"registeredOn": "2024-05-01"}}, "tokens.registeredOn", "milliseconds"),
        ({"tokens": {"attendance": "LIVE"}}, "tokens.attendance", "invalid option"),
        ({"tokens": {"webinar": None}}, "tokens.webinar", "null"),
        ({"tokens": None}, "tokens", "required"),
        ({"tokens": ["a"]}, "tokens", "object"),
        ({"email": "ana@@example"}, "email", "not a valid email"),
        ({"email": None}, "objectId", "needs objectId, email or utk"),
        ({"objectId": "abc"}, "objectId", "numeric"),
        ({"timestamp": "01/05/2024 09:30"}, "timestamp", "ISO 8601"),
        ({"timestamp": "2024-05-01"}, "timestamp", "ISO 8601"),
        ({"timestamp": 1714521600000}, "timestamp", "ISO 8601"),
        ({"eventTemplateId": None}, "eventTemplateId", "required"),
        ({"id": ""}, "id", "non-empty"),
        ({"extraData": "row 17"}, "extraData", "object"),
    ],
)
def test_single_create_refuses_invalid_events_with_400(
    hubspot: httpx.Client, changes: dict[str, Any], field: str, words: str
) -> None:
    event = webinar("r-1")
    for key, value in changes.items():
        if value is None:
            event.pop(key, None)
        else:
            event[key] = value
    if changes.get("tokens", "") is None:
        event.pop("tokens", None)
    reply = hubspot.post(SINGLE, json=event)
    assert reply.status_code == 400, reply.text
    body = reply.json()
    assert body["status"] == "error" and body["category"] == "VALIDATION_ERROR"
    assert body["correlationId"]
    assert any(d["in"] == field and words in d["message"] for d in body["errors"]), body


def test_valid_value_forms_are_accepted(hubspot: httpx.Client, sandbox: SandboxServer) -> None:
    event = webinar(
        "r-1",
        tokens={"minutesAttended": "12.5", "registeredOn": "1714521600000"},
        timestamp="2024-05-01T09:30:00+02:00",
    )
    event.pop("email")
    event["utk"] = "f1e2d3"
    reply = hubspot.post(SINGLE, json=event)
    assert reply.status_code == 201, reply.text
    assert reply.json()["tokens"] == {"minutesAttended": "12.5", "registeredOn": "1714521600000"}
    assert reply.json()["objectId"].isdigit()


def test_company_templates_need_object_id_and_refuse_email(hubspot: httpx.Client) -> None:
    base = {"eventTemplateId": DEMO, "tokens": {"product": "CRM", "seats": 5}}
    assert hubspot.post(SINGLE, json={**base, "id": "c-1", "objectId": "9001"}).status_code == 201
    missing = hubspot.post(SINGLE, json={**base, "id": "c-2"})
    assert missing.status_code == 400 and missing.json()["errors"][0]["in"] == "objectId"
    by_email = hubspot.post(
        SINGLE, json={**base, "id": "c-3", "objectId": "9001", "email": "a@example.com"}
    )
    assert by_email.status_code == 400 and "contacts only" in by_email.json()["message"]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"inputs": []}, "at least one"),
        ({"events": []}, "inputs array"),
        ([1, 2], "inputs array"),
        ({"inputs": [{"id": str(i)} for i in range(101)]}, "maximum of 100"),
    ],
)
def test_whole_batch_problems_answer_400(hubspot: httpx.Client, body: Any, words: str) -> None:
    reply = hubspot.post(BATCH, json=body)
    assert reply.status_code == 400
    assert reply.json()["category"] == "VALIDATION_ERROR" and words in reply.json()["message"]


def test_malformed_json_answers_400(hubspot: httpx.Client) -> None:
    reply = hubspot.post(
        BATCH, content=b'{"inputs": [', headers={"Content-Type": "application/json"}
    )
    assert reply.status_code == 400 and "JSON" in reply.json()["message"]


def test_batch_maximum_is_configurable(sandbox: SandboxServer, hubspot: httpx.Client) -> None:
    sandbox.configure(hubspot_batch_max=3)
    inputs = [webinar(f"r-{i}") for i in range(4)]
    assert hubspot.post(BATCH, json={"inputs": inputs[:3]}).status_code == 201
    assert hubspot.post(BATCH, json={"inputs": inputs}).status_code == 400


def test_unknown_templates(hubspot: httpx.Client, sandbox: SandboxServer) -> None:
    all_unknown = hubspot.post(
        BATCH,
        json={"inputs": [webinar("a", eventTemplateId="42"), webinar("b", eventTemplateId="43")]},
    )
    assert all_unknown.status_code == 404
    assert all_unknown.json()["category"] == "OBJECT_NOT_FOUND"
    assert "42" in all_unknown.json()["message"] and "43" in all_unknown.json()["message"]
    mixed = hubspot.post(BATCH, json={"inputs": [webinar("a"), webinar("b", eventTemplateId="42")]})
    assert mixed.status_code == 207
    assert mixed.json()["errors"][0]["category"] == "OBJECT_NOT_FOUND"
    assert mixed.json()["errors"][0]["context"]["ids"] == ["b"]
    single = hubspot.post(SINGLE, json=webinar("c", eventTemplateId="42"))
    assert single.status_code == 404
    assert [e["id"] for e in sandbox.hubspot_events()] == ["a"]


def test_repeated_id_same_record_is_stored_once(
    hubspot: httpx.Client, sandbox: SandboxServer
) -> None:
    first = hubspot.post(BATCH, json={"inputs": [webinar("r-1")]})
    again = hubspot.post(BATCH, json={"inputs": [webinar("r-1"), webinar("r-2")]})
    assert first.status_code == 201 and again.status_code == 201
    assert [r["id"] for r in again.json()["results"]] == ["r-1", "r-2"]
    assert hubspot.post(SINGLE, json=webinar("r-1")).status_code == 201
    assert [e["id"] for e in sandbox.hubspot_events()] == ["r-1", "r-2"]
    assert sandbox.event_counts()["hubspot"] == {"r-1": 1, "r-2": 1}
    assert sandbox.stats()["hubspot_repeats_accepted"] == 2


def test_repeated_id_on_another_record_is_already_in_use(
    hubspot: httpx.Client, sandbox: SandboxServer
) -> None:
    hubspot.post(BATCH, json={"inputs": [webinar("r-1")]})
    batch = hubspot.post(
        BATCH, json={"inputs": [webinar("r-1", "zoe@example.com"), webinar("r-2")]}
    )
    assert batch.status_code == 207
    error = batch.json()["errors"][0]
    assert error["context"]["ids"] == ["r-1"] and "already in use" in error["message"]
    single = hubspot.post(SINGLE, json=webinar("r-1", "zoe@example.com"))
    assert single.status_code == 400
    assert single.json()["message"] == "Event ID already in use, please choose a new unique ID"
    stored = sandbox.hubspot_events()
    assert [(e["id"], e["email"]) for e in stored] == [
        ("r-1", "ana@example.com"),
        ("r-2", "ana@example.com"),
    ]


def test_repeated_id_rejected_when_configured(
    sandbox: SandboxServer, hubspot: httpx.Client
) -> None:
    sandbox.configure(hubspot_repeated_id="reject")
    assert hubspot.post(SINGLE, json=webinar("r-1")).status_code == 201
    again = hubspot.post(SINGLE, json=webinar("r-1"))
    assert again.status_code == 400 and "already in use" in again.json()["message"]
    assert len(sandbox.hubspot_events()) == 1


def test_uuid_placeholder_is_expanded_and_resending_it_shows_in_counts(
    hubspot: httpx.Client, sandbox: SandboxServer
) -> None:
    hubspot.post(BATCH, json={"inputs": [webinar("row-17-{{uuid}}")]})
    hubspot.post(BATCH, json={"inputs": [webinar("row-17-{{uuid}}")]})
    ids = [e["id"] for e in sandbox.hubspot_events()]
    assert len(set(ids)) == 2 and all(i.startswith("row-17-") and "{{" not in i for i in ids)
    assert sandbox.event_counts()["hubspot"] == {"row-17-{{uuid}}": 2}


def test_event_without_id_gets_one(hubspot: httpx.Client) -> None:
    reply = hubspot.post(SINGLE, json=webinar(None))  # type: ignore[arg-type]
    assert reply.status_code == 201 and len(reply.json()["id"]) >= 32


def test_concurrent_senders_store_each_id_once(sandbox: SandboxServer) -> None:
    token = sandbox.credentials["hubspot_access_token"]
    sandbox.configure(rate_limit_per_10s=None)
    inputs = [webinar(f"r-{i}", f"u{i % 7}@example.com") for i in range(40)]

    def send() -> None:
        with httpx.Client(
            base_url=sandbox.base_url, headers={"Authorization": f"Bearer {token}"}
        ) as client:
            for start in range(0, 40, 10):
                assert (
                    client.post(BATCH, json={"inputs": inputs[start : start + 10]}).status_code
                    == 201
                )

    threads = [threading.Thread(target=send) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(sandbox.event_counts()["hubspot"].values()) == [1] * 40
    assert sandbox.stats()["hubspot_repeats_accepted"] == 200
    assert len(sandbox.hubspot_contacts()) == 7


def test_older_crm_paths_and_reading_one_event(hubspot: httpx.Client) -> None:
    assert hubspot.post(OLD_BATCH, json={"inputs": [webinar("r-1")]}).status_code == 201
    assert hubspot.post(OLD_SINGLE, json=webinar("r-2")).status_code == 201
    for prefix in ("/integrators/timeline/v3", "/crm/v3/timeline"):
        reply = hubspot.get(f"{prefix}/events/{WEBINAR}/r-2")
        assert reply.status_code == 200 and reply.json()["id"] == "r-2"
    assert hubspot.get(f"{SINGLE}/{WEBINAR}/nope").status_code == 404
    assert hubspot.get(f"{SINGLE}/{DEMO}/r-1").status_code == 404


def test_templates_with_developer_key(sandbox: SandboxServer) -> None:
    key = sandbox.credentials["hubspot_developer_key"]
    with httpx.Client(base_url=sandbox.base_url) as client:
        for prefix in ("/integrators/timeline/v3", "/crm/v3/timeline"):
            reply = client.get(f"{prefix}/123456/event-templates", params={"hapikey": key})
            assert reply.status_code == 200
            templates = {t["id"]: t for t in reply.json()["results"]}
            assert set(templates) == {"1009876", "1009877", "1009878"}
            webinar_t = templates[WEBINAR]
            assert webinar_t["name"] == "Webinar attended" and webinar_t["objectType"] == "contacts"
            tokens = {t["name"]: t for t in webinar_t["tokens"]}
            assert tokens["minutesAttended"]["label"] == "Minutes attended"
            assert tokens["registeredOn"]["type"] == "date"
            assert [o["value"] for o in tokens["attendance"]["options"]] == [
                "live",
                "replay",
                "absent",
            ]
            assert templates[DEMO]["objectType"] == "companies"
            one = client.get(f"{prefix}/123456/event-templates/{WEBINAR}", params={"hapikey": key})
            assert one.status_code == 200 and one.json()["name"] == "Webinar attended"
        base = "/integrators/timeline/v3"
        wrong = client.get(f"{base}/123456/event-templates", params={"hapikey": "nope"})
        assert wrong.status_code == 401 and wrong.json()["category"] == "INVALID_AUTHENTICATION"
        assert client.get(f"{base}/123456/event-templates").status_code == 401
        token = sandbox.credentials["hubspot_access_token"]
        bearer = client.get(
            f"{base}/123456/event-templates", headers={"Authorization": f"Bearer {token}"}
        )
        assert bearer.status_code == 401
        assert client.get(f"{base}/999/event-templates", params={"hapikey": key}).status_code == 404
        missing = client.get(f"{base}/123456/event-templates/1", params={"hapikey": key})
        assert missing.status_code == 404


def test_authentication_and_scope(sandbox: SandboxServer) -> None:
    with httpx.Client(base_url=sandbox.base_url) as client:
        none = client.post(BATCH, json={"inputs": [webinar("r-1")]})
        assert none.status_code == 401 and none.json()["category"] == "INVALID_AUTHENTICATION"
        wrong = client.post(
            BATCH, json={"inputs": [webinar("r-1")]}, headers={"Authorization": "Bearer guess"}
        )
        assert wrong.status_code == 401 and wrong.json()["category"] == "INVALID_AUTHENTICATION"
        no_scope = client.post(
            BATCH,
            json={"inputs": [webinar("r-1")]},
            headers={"Authorization": "Bearer sandbox-no-scope-token"},
        )
        assert no_scope.status_code == 403
        assert no_scope.json()["context"]["missingScopes"] == ["timeline"]
    assert sandbox.hubspot_events() == []


def _refresh(client: httpx.Client, creds: dict[str, Any], **changes: str) -> httpx.Response:
    form = {
        "grant_type": "refresh_token",
        "client_id": creds["hubspot_client_id"],
        "client_secret": creds["hubspot_client_secret"],
        "refresh_token": creds["hubspot_refresh_token"],
        **changes,
    }
    return client.post("/oauth/v1/token", data=form)


def test_oauth_refresh_issues_tokens_that_expire(sandbox: SandboxServer) -> None:
    creds = sandbox.credentials
    sandbox.configure(token_ttl_s=0.3)
    with httpx.Client(base_url=sandbox.base_url) as client:
        reply = _refresh(client, creds)
        assert reply.status_code == 200
        body = reply.json()
        assert body["refresh_token"] == creds["hubspot_refresh_token"]
        assert body["expires_in"] == 1 and body["token_type"] == "bearer"
        auth = {"Authorization": f"Bearer {body['access_token']}"}
        assert client.post(SINGLE, json=webinar("r-1"), headers=auth).status_code == 201
        time.sleep(0.4)  # past the token's 0.3 s lifetime
        expired = client.post(SINGLE, json=webinar("r-2"), headers=auth)
        assert expired.status_code == 401 and expired.json()["category"] == "EXPIRED_AUTHENTICATION"
        fresh = _refresh(client, creds).json()["access_token"]
        assert fresh != body["access_token"]
        ok = client.post(SINGLE, json=webinar("r-2"), headers={"Authorization": f"Bearer {fresh}"})
        assert ok.status_code == 201
    assert sandbox.stats()["tokens_refreshed"] == 2


@pytest.mark.parametrize(
    ("changes", "status"),
    [
        ({"refresh_token": "stolen"}, "BAD_REFRESH_TOKEN"),
        ({"client_secret": "guess"}, "BAD_CLIENT_SECRET"),
        ({"client_id": "other"}, "BAD_CLIENT_ID"),
        ({"grant_type": "authorization_code"}, "BAD_GRANT_TYPE"),
    ],
)
def test_oauth_refresh_refusals(
    sandbox: SandboxServer, changes: dict[str, str], status: str
) -> None:
    with httpx.Client(base_url=sandbox.base_url) as client:
        reply = _refresh(client, sandbox.credentials, **changes)
    assert reply.status_code == 400
    assert reply.json()["status"] == status and reply.json()["message"]


def test_static_token_expires_after_n_requests_and_on_demand(
    sandbox: SandboxServer, hubspot: httpx.Client
) -> None:
    sandbox.configure(static_token_expires_after=2)
    codes = [hubspot.post(SINGLE, json=webinar(f"r-{i}")).status_code for i in range(3)]
    assert codes == [201, 201, 401]
    sandbox.configure(static_token_expires_after=None)
    sandbox.reset()
    assert hubspot.post(SINGLE, json=webinar("r-9")).status_code == 201
    sandbox.expire_tokens()
    assert hubspot.post(SINGLE, json=webinar("r-10")).status_code == 401


def test_rate_limit_headers_and_429(sandbox: SandboxServer, hubspot: httpx.Client) -> None:
    sandbox.configure(rate_limit_per_10s=3)
    replies = [hubspot.post(SINGLE, json=webinar(f"r-{i}")) for i in range(4)]
    assert [r.status_code for r in replies] == [201, 201, 201, 429]
    assert [r.headers["X-HubSpot-RateLimit-Remaining"] for r in replies] == ["2", "1", "0", "0"]
    assert all(r.headers["X-HubSpot-RateLimit-Max"] == "3" for r in replies)
    assert all(r.headers["X-HubSpot-RateLimit-Interval-Milliseconds"] == "10000" for r in replies)
    limited = replies[3]
    assert "Retry-After" not in limited.headers
    body = limited.json()
    assert body["status"] == "error" and body["errorType"] == "RATE_LIMIT"
    assert body["policyName"] == "TEN_SECONDLY_ROLLING" and body["correlationId"]
    assert len(sandbox.hubspot_events()) == 3
    assert sandbox.stats()["rate_limited"] == {"hubspot": 1}
    sandbox.configure(retry_after=2)
    assert hubspot.post(SINGLE, json=webinar("r-9")).headers["Retry-After"] == "2"


def test_rate_limit_window_rolls(sandbox: SandboxServer, hubspot: httpx.Client) -> None:
    sandbox.configure(rate_limit_per_10s=2, rate_limit_interval_ms=300)
    assert [hubspot.post(SINGLE, json=webinar(f"r-{i}")).status_code for i in range(3)] == [
        201,
        201,
        429,
    ]
    time.sleep(0.35)  # past the 300 ms window
    assert hubspot.post(SINGLE, json=webinar("r-3")).status_code == 201


def test_reading_an_event_whose_id_needs_escaping(hubspot: httpx.Client) -> None:
    assert hubspot.post(SINGLE, json=webinar("row 17/2024")).status_code == 201
    reply = hubspot.get(f"{SINGLE}/{WEBINAR}/row%2017%2F2024")
    assert reply.status_code == 200 and reply.json()["id"] == "row 17/2024"


def test_reject_batch_policy_refuses_an_id_in_use_without_storing_the_rest(
    sandbox: SandboxServer, hubspot: httpx.Client
) -> None:
    hubspot.post(SINGLE, json=webinar("r-1"))
    sandbox.configure(hubspot_partial="reject_batch")
    reply = hubspot.post(
        BATCH, json={"inputs": [webinar("r-2"), webinar("r-1", "zoe@example.com")]}
    )
    assert reply.status_code == 400
    assert reply.json()["context"]["ids"] == ["r-1"] and "already in use" in reply.json()["message"]
    assert [e["id"] for e in sandbox.hubspot_events()] == ["r-1"]
