"""A service echoing the token back (as is, upper-cased, base64, URL-encoded) never gets it shown.

A tiny loopback server plays HubSpot and quotes the caller's token in every refusal: in a 403's
``context.missingScopes`` and message, and in a 400's reasons. ``event-loader upload`` runs as a
separate process against it; the token must appear in no form in stdout, stderr, the report or
the log file. The window's message functions are checked on the errors the real client raises.
"""

from __future__ import annotations

import base64
import csv
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from app.paths import samples_dir

REPO = Path(__file__).resolve().parents[2]
MAPPING = samples_dir() / "webinar-attendees.mapping.json"
TOKEN = "pat-na1-4f1c9e2a-77b3-4d0e-9a51-echoedtoken"
HEADER = ["Email address", "First name", "Last name", "Company", "Webinar", "Minutes attended",
          "Registered on", "Attendance", "Joined at"]  # fmt: skip


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# Every form the token is echoed in, and the forms searched for in what the program wrote.
ECHOES = [TOKEN, TOKEN.upper(), TOKEN.lower().title(), b64(TOKEN), b64("Bearer " + TOKEN),
          quote(b64("user:" + TOKEN), safe=""), quote(TOKEN, safe="")]  # fmt: skip
SEARCHED = [
    TOKEN.lower(),
    b64(TOKEN).lower(),
    b64(TOKEN.upper()).lower(),
    b64("Bearer " + TOKEN)[8:40].lower(),
]


def leaks(text: str) -> list[str]:
    """The searched forms found in ``text`` (case-blind)."""
    lowered = text.lower()
    return [form for form in SEARCHED if form in lowered]


class _EchoingHubSpot(BaseHTTPRequestHandler):
    """Answers every request with a refusal that quotes the token in every form."""

    protocol_version = "HTTP/1.1"
    status = 403

    def log_message(self, *_args: Any) -> None:
        """Quiet."""

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        echoed = " ".join(ECHOES)
        if self.server.status == 403:  # type: ignore[attr-defined]
            body = {
                "status": "error",
                "message": f"This app hasn't been granted all required scopes: {echoed}",
                "category": "MISSING_SCOPES",
                "context": {"missingScopes": ECHOES, "requiredScopes": [b64(TOKEN.upper())]},
                "errors": [{"message": echoed, "context": {"missingScopes": ECHOES}}],
            }
        else:
            body = {
                "status": "error",
                "message": f"Invalid input JSON for token {echoed}",
                "category": "VALIDATION_ERROR",
                "errors": [{"message": f"bad token {echoed}", "in": "inputs[0]"}],
            }
        data = json.dumps(body).encode()
        self.send_response(self.server.status)  # type: ignore[attr-defined]
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = _answer  # noqa: N815


@pytest.fixture
def echoing_server() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _EchoingHubSpot)
    server.daemon_threads = True
    server.status = 403  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


def write_rows(path: Path, n: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(n):
            writer.writerow([f"p{i}@example.com", "A", "B", "Acme", "Webinar 1", "12",
                             "2025-03-17", "Attended live", "2025-04-03 10:56:00"])  # fmt: skip
    return path


def run_upload(
    tmp_path: Path, base_url: str, name: str
) -> tuple[subprocess.CompletedProcess[str], str, str]:
    data = write_rows(tmp_path / f"{name}.csv", 12)
    report = tmp_path / f"{name}-report.csv"
    log_dir = tmp_path / f"{name}-log"
    env = dict(os.environ, PYTHONPATH=str(REPO), ECHO_TOKEN=TOKEN,
               EVENT_LOADER_LOG_DIR=str(log_dir),
               EVENT_LOADER_STATE_DIR=str(tmp_path / f"{name}-state"),
               EVENT_LOADER_CONFIG_DIR=str(tmp_path / f"{name}-config"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "app", "upload", str(data), "--mapping", str(MAPPING),
         "--base-url", base_url, "--token-env", "ECHO_TOKEN", "--report", str(report), "--yes"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    report_text = report.read_text("utf-8-sig") if report.exists() else ""
    logs = "".join(p.read_text("utf-8", "replace") for p in log_dir.rglob("*") if p.is_file())
    return result, report_text, logs


def test_a_403_quoting_the_token_shows_it_nowhere(echoing_server: Any, tmp_path: Path) -> None:
    base_url = f"http://127.0.0.1:{echoing_server.server_address[1]}"
    result, report, logs = run_upload(tmp_path, base_url, "forbidden")
    assert result.returncode == 3, result.stderr
    assert "permission" in result.stderr.lower() or "allow" in result.stderr.lower(), result.stderr
    places = {"stdout": result.stdout, "stderr": result.stderr, "report": report, "log": logs}
    assert {where: leaks(text) for where, text in places.items() if leaks(text)} == {}


def test_a_400_quoting_the_token_keeps_it_out_of_the_report(
    echoing_server: Any, tmp_path: Path
) -> None:
    echoing_server.status = 400
    base_url = f"http://127.0.0.1:{echoing_server.server_address[1]}"
    result, report, logs = run_upload(tmp_path, base_url, "rejected")
    assert result.returncode in (1, 3), result.stderr
    assert "[redacted]" in report + result.stderr, (report, result.stderr)
    places = {"stdout": result.stdout, "stderr": result.stderr, "report": report, "log": logs}
    assert {where: leaks(text) for where, text in places.items() if leaks(text)} == {}


def test_window_messages_of_an_echoing_service_hold_no_token(echoing_server: Any) -> None:
    from app.api.errors import ApiError
    from app.api.factory import make_client
    from app.core.conversion.mapping import load_mapping
    from app.ui.text.api_errors import api_error_text
    from app.ui.text.upload import failure_text, stop_text

    base_url = f"http://127.0.0.1:{echoing_server.server_address[1]}"
    mapping = load_mapping(MAPPING)
    client = make_client(mapping.destination, mapping, {"access_token": TOKEN}, base_url)
    event = {"eventTemplateId": "1009877", "email": "a@example.com", "tokens": {}, "id": "el-1"}
    shown: list[str] = []
    try:
        for status in (403, 400):
            echoing_server.status = status
            with pytest.raises(ApiError) as caught:
                client.send_batch([event])
            error = caught.value
            shown += [str(error), repr(error), api_error_text(error, "HubSpot"),
                      failure_text(error.code, error.message, "HubSpot"),
                      stop_text(error.code, "HubSpot", error.message),
                      *getattr(error, "missing_scopes", ()), *getattr(error, "reasons", ()),
                      *getattr(error, "positions", {}).values()]  # fmt: skip
    finally:
        client.close()
    assert [text for text in shown if leaks(text)] == []


def test_a_custom_events_403_quoting_the_token_names_no_token(echoing_server: Any) -> None:
    """The custom events client redacts the missing scopes it repeats, as the timeline one does."""
    from app.api.hubspot_auth import HubSpotCredentials
    from app.api.hubspot_events import HubSpotEventsClient
    from app.core.upload.client_errors import Forbidden

    base_url = f"http://127.0.0.1:{echoing_server.server_address[1]}"
    client = HubSpotEventsClient(
        base_url, HubSpotCredentials(access_token=TOKEN), "pe4040404_webinar_attended"
    )
    try:
        with pytest.raises(Forbidden) as refused:
            client.send_batch([{"eventName": "pe4040404_webinar_attended", "properties": {}}])
    finally:
        client.close()
    shown = " ".join([str(refused.value), *refused.value.missing_scopes])
    assert refused.value.missing_scopes  # the scopes are still named, only without the token
    assert leaks(shown) == []
