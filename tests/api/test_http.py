"""Transport rules over real loopback HTTP: HTTPS only, no redirects, timeouts, quiet logs."""

from __future__ import annotations

import logging
import socket
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from app import __version__
from app.api.errors import ApiError, InsecureURL, NotFound, TransientError
from app.api.http import (
    HttpSettings,
    check_base_url,
    is_loopback_host,
    make_http_client,
    parse_retry_after,
    redact_url,
    send_request,
)
from app.api.hubspot import HubSpotClient
from app.api.hubspot_auth import HubSpotCredentials
from app.api.pipeless import PipelessClient

TOKEN = "secret-access-token-123"
KEY = "secret-developer-key-456"


def recording_client(seen: list[httpx.Request]) -> httpx.Client:
    client = make_http_client()
    client.event_hooks["request"] = [seen.append]
    return client


@pytest.mark.parametrize(
    "url",
    [
        "https://api.hubapi.com",
        "http://127.0.0.1:8080",
        "http://127.3.4.5",
        "http://localhost:1/x",
        "http://[::1]:9000",
        "https://example.com/",
    ],
)
def test_accepted_base_urls(url: str) -> None:
    assert check_base_url(url) == url.rstrip("/")


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com",
        "http://api.hubapi.com",
        "http://10.0.0.1",
        "http://127.0.0.1.example.com",
        "http://localhost.evil.com",
    ],
)
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    with pytest.raises(InsecureURL) as info:
        check_base_url(url)
    assert info.value.code == "insecure_url"


@pytest.mark.parametrize(
    "url", ["ftp://127.0.0.1", "api.hubapi.com", "https://user:pw@api.hubapi.com"]
)
def test_unusable_base_urls(url: str) -> None:
    with pytest.raises(ApiError) as info:
        check_base_url(url)
    assert info.value.code == "bad_url"


def test_loopback_hosts() -> None:
    assert is_loopback_host("127.0.0.1") and is_loopback_host("::1") and is_loopback_host("[::1]")
    assert is_loopback_host("LOCALHOST") and is_loopback_host("127.255.0.9")
    assert not is_loopback_host("128.0.0.1") and not is_loopback_host("example.com")


def test_clients_refuse_insecure_urls_before_any_request() -> None:
    seen: list[httpx.Request] = []
    http = recording_client(seen)
    with pytest.raises(InsecureURL):
        HubSpotClient(
            "http://example.com", HubSpotCredentials(access_token=TOKEN), 1, "2", http=http
        )
    with pytest.raises(InsecureURL):
        PipelessClient("http://example.com", TOKEN, 77, http=http)
    with pytest.raises(InsecureURL):
        send_request(
            http, "POST", "http://example.com/v1/x", headers={"Authorization": f"Bearer {TOKEN}"}
        )
    assert seen == []
    http.close()


def test_redirect_to_another_host_is_not_followed_and_never_gets_the_token(loopback) -> None:
    other = loopback(lambda seen: (200, {}, {"results": []}), name_as="localhost")
    redirector = loopback(lambda seen: (307, {"Location": f"{other.base_url}{seen.path}"}, b""))
    client = HubSpotClient(redirector.base_url, HubSpotCredentials(access_token=TOKEN), 123, "9")
    with pytest.raises(ApiError) as info:
        client.send_batch([{"eventTemplateId": "9", "id": "a", "tokens": {}}])
    client.close()
    assert info.value.code == "unexpected_redirect"
    assert not isinstance(info.value, TransientError)
    assert redirector.requests[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert other.requests == []  # nothing at all reached the other host
    assert TOKEN not in str(info.value)


def test_redirect_to_another_loopback_address_is_not_followed(loopback) -> None:
    try:
        other = loopback(lambda seen: (200, {}, {}), bind="127.0.0.2")
    except OSError:
        pytest.skip("127.0.0.2 is not usable on this system")
    redirector = loopback(
        lambda seen: (302, {"Location": f"{other.base_url}/v1/apps/77/events/batch"}, b"")
    )
    client = PipelessClient(redirector.base_url, TOKEN, 77)
    with pytest.raises(ApiError) as info:
        client.send_batch([{"start_object": {}}])
    client.close()
    assert info.value.code == "unexpected_redirect"
    assert other.requests == []


def test_user_agent_and_no_redirect_policy_of_the_shared_client(loopback) -> None:
    server = loopback(lambda seen: (200, {}, {}))
    http = make_http_client(HttpSettings(concurrency=6))
    assert http.follow_redirects is False
    response = send_request(http, "GET", server.base_url + "/ping")
    assert response.status_code == 200
    assert server.requests[0].headers["user-agent"] == f"EventLoader/{__version__}"
    http.close()


def test_read_timeout_is_transient(loopback) -> None:
    def slow(seen):
        time.sleep(1.0)
        return (200, {}, {})

    server = loopback(slow)
    http = make_http_client(HttpSettings(read=0.2))
    started = time.monotonic()
    with pytest.raises(TransientError) as info:
        send_request(http, "POST", server.base_url + "/x", json={})
    assert time.monotonic() - started < 0.9
    assert info.value.code == "timeout"
    http.close()


def test_refused_connection_is_transient() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    http = make_http_client()
    with pytest.raises(TransientError) as info:
        send_request(http, "GET", f"http://127.0.0.1:{port}/x")
    assert info.value.code == "connection_error"
    http.close()


def test_connection_closed_without_an_answer_is_transient() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    import threading

    def hang_up() -> None:
        conn, _ = listener.accept()
        conn.recv(65536)
        conn.close()

    threading.Thread(target=hang_up, daemon=True).start()
    http = make_http_client()
    with pytest.raises(TransientError) as info:
        send_request(http, "POST", f"http://127.0.0.1:{port}/x", json={"a": 1})
    assert info.value.code == "connection_error"
    http.close()
    listener.close()


def test_requests_are_logged_without_secrets(loopback, caplog) -> None:
    server = loopback(lambda seen: (200, {}, {"results": []}))
    client = HubSpotClient(server.base_url, HubSpotCredentials(access_token=TOKEN), 123, "9", KEY)
    with caplog.at_level(logging.DEBUG, logger="app.api"):
        client.list_templates()
        client.send_batch([{"eventTemplateId": "9", "id": "e1", "tokens": {}}])
    client.close()
    assert "hapikey=***" in caplog.text
    assert "GET /integrators/timeline/v3/123/event-templates" in caplog.text
    assert "POST /integrators/timeline/v3/events/batch/create -> 200" in caplog.text
    assert KEY not in caplog.text and TOKEN not in caplog.text
    assert server.requests[0].path.endswith(f"hapikey={KEY}")  # the key did go to the server


def test_redact_url() -> None:
    assert redact_url("https://h/x?hapikey=abc&limit=2") == "/x?hapikey=***&limit=2"
    assert redact_url("https://h/x") == "/x"


def test_parse_retry_after() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("1.5") == 1.5
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=42), usegmt=True)
    assert parse_retry_after(later, now=now.timestamp()) == pytest.approx(42)
    assert (
        parse_retry_after(
            format_datetime(now - timedelta(seconds=5), usegmt=True), now=now.timestamp()
        )
        == 0
    )


def test_templates_fall_back_to_the_older_path(loopback) -> None:
    template = {
        "id": "55",
        "name": "Signed up",
        "objectType": "contacts",
        "tokens": [
            {
                "name": "plan",
                "label": "Plan",
                "type": "enumeration",
                "options": [{"label": "Gold", "value": "gold"}],
            }
        ],
    }

    def old_api(seen):
        if seen.path.startswith("/crm/v3/timeline/9/event-templates/55"):
            return (200, {}, template)
        if seen.path.startswith("/crm/v3/timeline/9/event-templates"):
            return (200, {}, {"results": [template]})
        return (
            404,
            {},
            {"status": "error", "message": "Not found", "category": "OBJECT_NOT_FOUND"},
        )

    server = loopback(old_api)
    client = HubSpotClient(server.base_url, HubSpotCredentials(access_token=TOKEN), 9, "55", KEY)
    templates = client.list_templates()
    assert [t.id for t in templates] == ["55"]
    assert templates[0].tokens[0].options[0].value == "gold"
    assert client.get_template().name == "Signed up"
    paths = [r.path.split("?")[0] for r in server.requests]
    assert paths == [
        "/integrators/timeline/v3/9/event-templates",
        "/crm/v3/timeline/9/event-templates",
        "/integrators/timeline/v3/9/event-templates/55",
        "/crm/v3/timeline/9/event-templates/55",
    ]
    client.close()


def test_unknown_app_on_both_template_paths_is_not_found(loopback) -> None:
    server = loopback(lambda seen: (404, {}, {"message": "App not found"}))
    client = HubSpotClient(server.base_url, HubSpotCredentials(access_token=TOKEN), 9, "55", KEY)
    with pytest.raises(NotFound) as info:
        client.list_templates()
    assert info.value.code == "app_not_found"
    assert len(server.requests) == 2
    client.close()


def _self_signed_certificate(tmp_path):
    x509 = pytest.importorskip("cryptography.x509")
    import ipaddress

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def test_a_certificate_that_does_not_verify_is_refused_not_retried(loopback, tmp_path) -> None:
    import ssl

    cert_file, key_file = _self_signed_certificate(tmp_path)
    server = loopback(lambda seen: (200, {}, {}))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server.server.socket = context.wrap_socket(server.server.socket, server_side=True)
    client = PipelessClient(f"https://127.0.0.1:{server.port}", TOKEN, 77)
    with pytest.raises(ApiError) as info:
        client.send_batch([{"start_object": {}}])
    client.close()
    assert info.value.code == "certificate_error"
    assert not isinstance(info.value, TransientError)
    assert server.requests == []  # the token never left: the handshake failed first
