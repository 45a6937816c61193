"""The server itself: inspection endpoints, settings, life cycle, HTTP details."""

from __future__ import annotations

import socket
import struct
import time
from typing import Any

import httpx
import pytest

from app.sandbox.server import SandboxConfig, SandboxServer

BATCH = "/integrators/timeline/v3/events/batch/create"
PIPELESS_BATCH = "/v1/apps/77/events/batch"


def _webinar(event_id: str) -> dict[str, Any]:
    return {
        "eventTemplateId": "1009877",
        "id": event_id,
        "objectId": "51",
        "tokens": {"attendance": "replay"},
    }


def _fill(sandbox: SandboxServer) -> None:
    creds = sandbox.credentials
    with httpx.Client(base_url=sandbox.base_url) as client:
        auth = {"Authorization": f"Bearer {creds['hubspot_access_token']}"}
        client.post(BATCH, json={"inputs": [_webinar("a"), _webinar("b")]}, headers=auth)
        client.post(BATCH, json={"inputs": [_webinar("a")]}, headers=auth)
        client.post(
            PIPELESS_BATCH,
            headers={"Authorization": f"Bearer {creds['pipeless_api_key']}"},
            json={
                "events": [
                    {
                        "start_object": {"id": "u", "type": "user"},
                        "relationship": {"type": "viewed"},
                        "end_object": {"id": "v", "type": "video"},
                    }
                ]
            },
        )


def test_credentials_and_base_url(sandbox: SandboxServer) -> None:
    assert sandbox.base_url == f"http://127.0.0.1:{sandbox.port}"
    assert sandbox.credentials == {
        "hubspot_access_token": "sandbox-access-token",
        "hubspot_refresh_token": "sandbox-refresh-token",
        "hubspot_client_id": "sandbox-client-id",
        "hubspot_client_secret": "sandbox-client-secret",
        "hubspot_developer_key": "sandbox-developer-key",
        "hubspot_app_id": 123456,
        "hubspot_no_scope_token": "sandbox-no-scope-token",
        "pipeless_api_key": "sandbox-pipeless-key",
        "pipeless_app_id": 77,
        "hubspot_events_access_token": "sandbox-private-app-token",
        "hubspot_events_portal_id": 4040404,
    }


def test_inspection_endpoints(sandbox: SandboxServer) -> None:
    _fill(sandbox)
    with httpx.Client(base_url=sandbox.base_url) as client:
        index = client.get("/_sandbox/").json()
        assert index["hubspot_app_id"] == 123456 and index["pipeless_app_id"] == 77
        assert "GET /_sandbox/events" in index["inspection"]
        events = client.get("/_sandbox/events").json()
        assert [e["id"] for e in events["hubspot"]] == ["a", "b"]
        assert events["pipeless"][0]["event"]["relationship"]["type"] == "viewed"
        assert events["counts"] == {
            "hubspot": {"a": 1, "b": 1},
            "pipeless": {"user:u -viewed-> video:v": 1},
            "hubspot_custom_events": {},
        }
        assert client.get("/_sandbox/hubspot/events").json() == events["hubspot"]
        assert client.get("/_sandbox/pipeless/events").json() == events["pipeless"]
        assert len(client.get("/_sandbox/pipeless/objects").json()) == 2
        assert client.get("/_sandbox/counts").json() == events["counts"]
        stats = client.get("/_sandbox/stats").json()
    assert stats == sandbox.stats()
    assert stats["requests"] == 3
    assert stats["by_route"] == {"hubspot.batch_create": {"201": 2}, "pipeless.batch": {"202": 1}}
    assert stats["by_status"] == {"201": 2, "202": 1}
    assert stats["hubspot_events"] == 2 and stats["hubspot_repeats_accepted"] == 1
    assert stats["pipeless_events"] == 1


def test_reset_over_http_forgets_events_and_counters(sandbox: SandboxServer) -> None:
    _fill(sandbox)
    sandbox.configure(latency_jitter_ms=1)
    with httpx.Client(base_url=sandbox.base_url) as client:
        assert client.post("/_sandbox/reset").json() == {"reset": True}
    assert sandbox.hubspot_events() == [] and sandbox.pipeless_events() == []
    assert sandbox.stats()["requests"] == 0
    assert sandbox.config.latency_jitter_ms == 1  # settings stay


def test_config_over_http(sandbox: SandboxServer) -> None:
    with httpx.Client(base_url=sandbox.base_url) as client:
        assert client.get("/_sandbox/config").json()["rate_limit_per_10s"] == 100
        changed = client.post("/_sandbox/config", json={"rate_limit_per_10s": None, "seed": 9})
        assert changed.status_code == 200 and changed.json()["seed"] == 9
        unknown = client.post("/_sandbox/config", json={"speed": 1})
        assert unknown.status_code == 400 and "speed" in unknown.json()["errors"][0]
        impossible = client.post("/_sandbox/config", json={"reset_rate": 0.7, "timeout_rate": 0.7})
        assert impossible.status_code == 400
        assert client.post("/_sandbox/config", json=[1]).status_code == 400
    assert sandbox.config.rate_limit_per_10s is None and sandbox.config.seed == 9
    assert sandbox.config.reset_rate == 0


def test_expire_tokens_over_http(sandbox: SandboxServer) -> None:
    with httpx.Client(base_url=sandbox.base_url) as client:
        client.post("/_sandbox/expire-tokens")
        auth = {"Authorization": "Bearer sandbox-access-token"}
        reply = client.post(BATCH, json={"inputs": [_webinar("a")]}, headers=auth)
    assert reply.status_code == 401 and reply.json()["category"] == "EXPIRED_AUTHENTICATION"


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"error_rate_5xx": 1.5}, "between 0 and 1"),
        ({"error_rate_5xx": 0.6, "reset_rate": 0.6}, "must not exceed 1"),
        ({"hubspot_repeated_id": "ignore"}, "hubspot_repeated_id"),
        ({"pipeless_partial": "partial"}, "pipeless_partial"),
        ({"rate_limit_per_10s": 0}, "at least 1"),
        ({"error_statuses": []}, "error_statuses"),
    ],
)
def test_impossible_settings_are_refused(sandbox: SandboxServer, changes: dict, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        sandbox.configure(**changes)
    with pytest.raises(ValueError, match=words):
        SandboxConfig(**changes).validated()


def test_unknown_setting_is_a_type_error(sandbox: SandboxServer) -> None:
    with pytest.raises(TypeError, match="latency"):
        sandbox.configure(latency=5)


def test_unknown_path_and_wrong_method(sandbox: SandboxServer) -> None:
    with httpx.Client(base_url=sandbox.base_url) as client:
        assert client.get("/nowhere").status_code == 404
        assert client.delete(BATCH).status_code == 405
    assert sandbox.stats()["by_route"]["unknown"] == {"404": 1, "405": 1}


def test_chunked_request_body(sandbox: SandboxServer) -> None:
    body = b'{"inputs": [{"eventTemplateId": "1009877", "id": "c", "objectId": "1", "tokens": {}}]}'

    def chunks() -> Any:
        yield body[:10]
        yield body[10:]

    with httpx.Client(base_url=sandbox.base_url) as client:
        reply = client.post(
            BATCH, content=chunks(), headers={"Authorization": "Bearer sandbox-access-token"}
        )
    assert reply.status_code == 201 and [e["id"] for e in sandbox.hubspot_events()] == ["c"]


def test_keep_alive_serves_many_requests_on_one_connection(sandbox: SandboxServer) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as sock:
        request = (
            f"GET /_sandbox/config HTTP/1.1\r\nHost: 127.0.0.1:{sandbox.port}\r\n\r\n"
        ).encode()
        stream = sock.makefile("rb")
        for _ in range(3):
            sock.sendall(request)
            assert stream.readline().startswith(b"HTTP/1.1 200")
            length = 0
            while (line := stream.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            assert b"seed" in stream.read(length)


def test_stop_closes_open_connections_and_frees_the_port() -> None:
    server = SandboxServer(SandboxConfig()).start()
    port = server.port
    client = httpx.Client(base_url=server.base_url, timeout=2)
    assert client.get("/_sandbox/").status_code == 200  # leaves a keep-alive connection open
    server.stop()
    assert not server.running
    with pytest.raises(httpx.TransportError):
        client.get("/_sandbox/")
    client.close()
    again = SandboxServer(port=port).start()  # the same port can be taken again at once
    try:
        assert again.port == port
    finally:
        again.stop()


def test_context_manager_and_given_port() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    with SandboxServer(port=free) as server:
        assert server.base_url == f"http://127.0.0.1:{free}"
        assert httpx.get(server.base_url + "/_sandbox/").status_code == 200
    assert not server.running


def test_a_client_vanishing_mid_request_is_ignored_quietly(
    sandbox: SandboxServer, capfd: pytest.CaptureFixture[str]
) -> None:
    head = (
        "POST /integrators/timeline/v3/events/batch/create HTTP/1.1\r\nHost: x\r\n"
        "Authorization: Bearer sandbox-access-token\r\nContent-Length: 500\r\n\r\n"
    )
    for linger in (False, True):  # a plain close, then a reset (a killed process)
        sock = socket.create_connection(("127.0.0.1", sandbox.port))
        sock.sendall(head.encode() + b'{"inputs": [')
        if linger:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()
    time.sleep(0.3)  # let the handler threads see the end of their connections
    assert sandbox.stats()["requests"] == 0
    assert httpx.get(sandbox.base_url + "/_sandbox/").status_code == 200
    assert "Traceback" not in capfd.readouterr().err
