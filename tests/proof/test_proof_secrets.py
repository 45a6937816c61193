"""Secret hygiene: a recognisable token goes through whole uploads and is found nowhere after.

Every credential the program holds in these tests contains ``NEEDLE`` (``token_proxy`` swaps them
for the sandbox's demo credentials on the wire), so a byte search for it in every file the runs
wrote (journal, settings, logs, reports, resume tickets, temporary files) and in everything they
printed proves or disproves a leak. The runs include failures on purpose: invalid rows, 5xx
answers, an expired token refreshed mid-run, a refused token, a plain-HTTP address.

Also here: HTTPS is required for every non-loopback host (including addresses crafted to fool a
URL parser), the Authorization header never follows a redirect to another host, and no code turns
TLS verification off.
"""

from __future__ import annotations

import dataclasses
import http.server
import logging
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx
import keyring
import keyring.backend
import pytest
from memory_keyring import MemoryKeyring
from proof_support import PYTHON, REPO, cli_env, run_cli, upload_args, write_course_file
from token_proxy import (
    NEEDLE,
    PROOF_ACCESS,
    PROOF_DEVELOPER,
    PROOF_REFRESH,
    PROOF_SECRET,
    PROOF_WRONG,
    TokenProxy,
)

from app.api.errors import ApiError, InsecureURL
from app.api.factory import make_client
from app.api.http import check_base_url, is_loopback_host
from app.core.conversion.mapping import HubSpotSettings, load_mapping

NEEDLE_BYTES = [NEEDLE.encode(), NEEDLE.encode("utf-16-le"), NEEDLE.upper().encode()]


def leaks_in_files(roots: Iterable[Path]) -> list[str]:
    """Every file under ``roots`` that holds the needle (as UTF-8, UTF-16 or upper case)."""
    hits = []
    for root in roots:
        if not root.exists():
            continue
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for path in files:
            data = path.read_bytes()
            if any(n in data for n in NEEDLE_BYTES):
                hits.append(str(path))
    return hits


def files_under(roots: Iterable[Path]) -> int:
    return sum(1 for root in roots if root.exists() for p in root.rglob("*") if p.is_file())


@pytest.fixture
def faulty_proxy(sandbox_factory: Any) -> Any:
    sandbox = sandbox_factory(
        seed=5, rate_limit_per_10s=None, error_rate_5xx=0.10, static_token_expires_after=4
    )
    with TokenProxy(sandbox.base_url) as proxy:
        proxy.sandbox = sandbox
        yield proxy


def test_cli_runs_leave_no_secret_anywhere(faulty_proxy: Any, tmp_path: Path) -> None:
    proxy = faulty_proxy
    data = write_course_file(tmp_path, 1_500, name="members.csv")
    home = tmp_path / "home"
    dirs = {
        "EVENT_LOADER_STATE_DIR": home / "state",
        "EVENT_LOADER_LOG_DIR": home / "log",
        "EVENT_LOADER_CONFIG_DIR": home / "config",
        "TMPDIR": home / "tmp",
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_CACHE_HOME": home / ".cache",
    }
    for folder in dirs.values():
        folder.mkdir(parents=True, exist_ok=True)
    env = cli_env({k: str(v) for k, v in dirs.items()})
    env.update(
        PROOF_TOKEN=PROOF_ACCESS,
        PROOF_REFRESH=PROOF_REFRESH,
        PROOF_SECRET=PROOF_SECRET,
        PROOF_WRONG=PROOF_WRONG,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    outputs: list[str] = []
    reports = tmp_path / "reports"
    reports.mkdir()

    def run(args: list[str], stdin: str | None = None) -> int:
        if stdin is None:
            result = run_cli(args, env)
        else:
            result = subprocess.run(
                args, cwd=REPO, env=env, input=stdin, capture_output=True, text=True, timeout=120
            )
        outputs.extend([result.stdout, result.stderr])
        return result.returncode

    refresh = ["--refresh-token-env", "PROOF_REFRESH", "--client-id", "sandbox-client-id",
               "--client-secret-env", "PROOF_SECRET"]  # fmt: skip
    # 1. A full upload on the refresh-token path: invalid rows, 5xx retries, the token expiring.
    code = run(
        upload_args(data, None, proxy.base_url, home / "state", *refresh,
                    "--report", str(reports / "first.xlsx"))
    )  # fmt: skip
    assert code == 1, outputs[-1]
    # 2. Again: nothing left to send, a CSV report of rows already sent.
    code = run(
        upload_args(data, None, proxy.base_url, home / "state", *refresh,
                    "--report", str(reports / "again.csv"))
    )  # fmt: skip
    assert code == 1, outputs[-1]
    # 3. A refused token stops the run (exit 3); its message must not quote the token.
    code = run(
        upload_args(data, None, proxy.base_url, home / "state2", "--force",
                    "--report", str(reports / "refused.csv"), token_env="PROOF_WRONG")
    )  # fmt: skip
    assert code == 3, outputs[-1]
    # 4. Plain HTTP to a remote host is refused before anything leaves.
    code = run(upload_args(data, None, "http://192.0.2.10", home / "state3"))
    assert code == 2 and "https" in outputs[-1].lower(), outputs[-1]
    # 5. login with no keychain: told plainly, nothing written.
    code = run(
        [PYTHON, "-m", "app", "login", "hubspot", "--app-id", "123456",
         "--base-url", proxy.base_url],
        stdin=PROOF_ACCESS + "\n",
    )  # fmt: skip
    assert code == 2 and "keychain" in outputs[-1].lower(), outputs[-1]

    sandbox = proxy.sandbox
    assert len(sandbox.hubspot_events()) == data.valid_rows
    issued = [t for t in proxy.to_sandbox if "-access-" in t]
    assert issued, "the refresh path was not taken"
    stats = sandbox.stats()
    assert stats["faults"].get("5xx"), "no failure was injected"

    roots = [home, reports, data.path.parent / "members.csv", data.mapping_path]
    in_files = leaks_in_files(roots)
    in_output = [i for i, text in enumerate(outputs) if NEEDLE in text]
    print(
        f"\nsecrets [CLI]: {len(outputs) // 2} runs, {files_under([home, reports])} files "
        f"written, {len(issued)} access tokens issued by refresh; hits in files {len(in_files)}, "
        f"in output {len(in_output)}"
    )
    assert in_files == [] and in_output == [], (in_files, [outputs[i] for i in in_output])


# --- the window ---------------------------------------------------------------------------------


@pytest.mark.gui
def test_window_upload_leaves_no_secret_anywhere(
    qtbot: Any, faulty_proxy: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    from app.core.conversion.convert import convert_rows
    from app.core.conversion.mapping import HUBSPOT
    from app.core.logs import register_secret, setup_file_logging
    from app.core.reading.sheet import read_sheet
    from app.paths import samples_dir
    from app.ui.state import Account, WizardState
    from app.ui.views.results_step import ResultsStep
    from app.ui.views.upload_step import UploadStep

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())  # the real one: test_proof_keychain
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr("tempfile.tempdir", str(temp))
    log_dir = Path(os.environ["EVENT_LOADER_LOG_DIR"])
    log_file = setup_file_logging(log_dir, logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    register_secret(PROOF_ACCESS)
    try:
        source = tmp_path / "webinar-attendees.xlsx"
        source.write_bytes((samples_dir() / "webinar-attendees.xlsx").read_bytes())
        sheet = read_sheet(source)
        mapping = load_mapping(samples_dir() / "webinar-attendees.mapping.json")
        state = WizardState(
            file_path=source,
            sheet_name=sheet.sheet_name,
            header_row=sheet.header_row,
            sheet=sheet,
            account=Account(
                destination=HUBSPOT,
                app_id=123456,
                label="Proof account",
                base_url=faulty_proxy.base_url,
                secrets={
                    "access_token": PROOF_ACCESS,
                    "refresh_token": PROOF_REFRESH,
                    "client_id": "sandbox-client-id",
                    "client_secret": PROOF_SECRET,
                    "developer_key": PROOF_DEVELOPER,
                },
                verified=True,
            ),
            mapping=mapping,
        )
        state.conversion = convert_rows(sheet, mapping)
        step = UploadStep(batch_size=10)
        qtbot.addWidget(step)
        step.show()
        step.enter(state)
        qtbot.waitUntil(lambda: step._phase in ("ready", "ended", "idle"), timeout=15000)
        assert step._phase == "ready", step.banner_message()
        with qtbot.waitSignal(step.advance_requested, timeout=90000):
            qtbot.mouseClick(step.all_button, _left())
        assert step.shutdown(20.0)

        results = ResultsStep()
        qtbot.addWidget(results)
        results.enter(state)
        qtbot.waitUntil(lambda: results.results is not None, timeout=15000)
        report = tmp_path / "window-report.xlsx"
        monkeypatch.setattr(results, "_ask_path", lambda *_a: str(report))
        monkeypatch.setattr("app.ui.views.results_step.QDesktopServices.openUrl", lambda *_: True)
        qtbot.mouseClick(results.save_report_button, _left())
        qtbot.waitUntil(lambda: report.exists(), timeout=15000)

        # The same upload with a refused token (no refresh token): stopped, with a message.
        refused = dataclasses.replace(state)
        refused.account = dataclasses.replace(state.account, secrets={"access_token": PROOF_WRONG})
        stopped = UploadStep(batch_size=10, journal_dir=Path(os.environ["EVENT_LOADER_STATE_DIR"])
                             / "refused")  # fmt: skip
        qtbot.addWidget(stopped)
        stopped.enter(refused)
        qtbot.waitUntil(lambda: stopped._phase in ("ready", "ended", "idle"), timeout=15000)
        if stopped._phase == "ready":
            qtbot.mouseClick(stopped.all_button, _left())
            qtbot.waitUntil(lambda: stopped._phase in ("ended", "test_done"), timeout=60000)
        assert stopped.shutdown(20.0)
        refused_text = stopped.banner_message()
        for handler in logging.getLogger().handlers:
            handler.flush()
    finally:
        keyring.set_keyring(previous)

    sandbox = faulty_proxy.sandbox
    assert sandbox.stats()["tokens_refreshed"] >= 1
    roots = [
        Path(os.environ["EVENT_LOADER_STATE_DIR"]),
        Path(os.environ["EVENT_LOADER_CONFIG_DIR"]),
        log_dir,
        temp,
        report,
    ]
    in_files = leaks_in_files(roots)
    in_records = [r.getMessage() for r in caplog.records if NEEDLE in r.getMessage()]
    shown = [step.banner_message(), results.cause.text(), results.heading.text(), refused_text]
    assert refused_text, "the refused token was not reported"
    print(
        f"\nsecrets [window]: {files_under(roots[:-1]) + 1} files written (log "
        f"{log_file.stat().st_size if log_file.exists() else 0} bytes), "
        f"{len(caplog.records)} log records; hits in files {len(in_files)}, in log records "
        f"{len(in_records)}; refused token shown as: {refused_text!r}"
    )
    assert in_files == []
    assert in_records == []
    assert not any(NEEDLE in text for text in shown)


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


# --- transport rules ----------------------------------------------------------------------------

REMOTE_HTTP = [
    "http://api.hubapi.com",
    "http://192.0.2.10",
    "http://10.0.0.1:8080",
    "http://localhost.attacker.example",
    "http://127.0.0.1.nip.io",
    "http://127.0.0.1@attacker.example",
    "http://attacker.example#@127.0.0.1",
    "http://attacker.example\\@127.0.0.1",
    "http://attacker.example?@127.0.0.1",
    "http://attacker.example\t.127.0.0.1",
    "http://[::ffff:192.0.2.10]",
    "http://0x7f000001.attacker.example",
    "HTTP://API.HUBAPI.COM",
    "http://%31%32%37.0.0.1",
]


@pytest.mark.parametrize("url", REMOTE_HTTP)
def test_plain_http_is_refused_for_every_non_loopback_host(url: str) -> None:
    """Refused outright, or (if the check passes) the request really goes to a loopback host."""
    try:
        checked = check_base_url(url)
    except (InsecureURL, ApiError):
        return
    host = httpx.URL(checked).host
    assert is_loopback_host(host), f"{url!r} passes the HTTPS check but httpx sends it to {host!r}"


def test_client_for_a_remote_plain_http_host_is_never_built() -> None:
    settings = HubSpotSettings(app_id=1, event_template_id="2")
    with pytest.raises(InsecureURL):
        make_client(
            "hubspot-timeline", settings, {"access_token": PROOF_ACCESS}, "http://192.0.2.1"
        )


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Answers 200 and records each request's path and Authorization header."""

    seen: list[tuple[str, str | None]] = []

    def log_message(self, *_a: Any) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        type(self).seen.append((self.path, self.headers.get("Authorization")))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    do_GET = do_POST = _answer  # noqa: N815


def _serve(handler: type) -> tuple[http.server.ThreadingHTTPServer, str, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    return server, f"http://127.0.0.1:{port}", f"http://localhost:{port}"


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_authorization_never_follows_a_redirect_to_another_host(status: int) -> None:
    _Recorder.seen = []
    other, _ip_url, other_url = _serve(_Recorder)  # "localhost" is another host than 127.0.0.1

    class Redirector(http.server.BaseHTTPRequestHandler):
        def log_message(self, *_a: Any) -> None:
            pass

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            self.send_response(status)
            self.send_header("Location", other_url + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_POST = _answer  # noqa: N815

    first, first_url, _ = _serve(Redirector)
    folder = Path(_tmp())
    mapping = load_mapping(write_course_file(folder, 1).mapping_path)
    shutil.rmtree(folder, ignore_errors=True)
    client = make_client(
        "hubspot-timeline", mapping, {"access_token": PROOF_ACCESS,
                                      "developer_key": PROOF_DEVELOPER}, first_url
    )  # fmt: skip
    outcomes = []
    try:
        for call in (
            lambda: client.send_batch([{"eventTemplateId": "1009876", "email": "a@b.example",
                                        "tokens": {}, "id": "x"}]),
            client.check_connection,
        ):  # fmt: skip
            try:
                call()
                outcomes.append("returned")
            except ApiError as exc:
                outcomes.append(exc.code)
                assert NEEDLE not in str(exc) and NEEDLE not in exc.message
    finally:
        client.close()
        first.shutdown()
        other.shutdown()
    print(f"\nredirect {status}: outcomes {outcomes}; requests at the other host {_Recorder.seen}")
    assert all(auth is None or NEEDLE not in auth for _path, auth in _Recorder.seen)
    assert _Recorder.seen == []  # redirects are not followed at all


def _tmp() -> str:
    import tempfile

    return tempfile.mkdtemp(prefix="proof-redirect-")


TLS_OFF = re.compile(
    r"verify\s*=\s*False|CERT_NONE|check_hostname\s*=\s*False|_create_unverified_context|"
    r"PYTHONHTTPSVERIFY|ssl\._create_default_https_context|InsecureRequestWarning"
)


def test_tls_verification_is_never_turned_off() -> None:
    hits = []
    sources = sorted((REPO / "app").rglob("*.py"))
    for path in sources:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if TLS_OFF.search(line):
                hits.append(f"{path.relative_to(REPO)}:{n}: {line.strip()}")
    print(f"\nTLS: {len(sources)} source files searched, {len(hits)} places turn verification off")
    assert sources and hits == []
    from app.api.http import make_http_client

    client = make_http_client()
    try:
        context = client._transport._pool._ssl_context  # the context httpx will use
        import ssl

        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    finally:
        client.close()
