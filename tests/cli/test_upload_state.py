"""``upload`` and the state it keeps: a lost journal is refused, a token not saved is reported."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import keyring.errors
import pytest

from app.cli.main import main
from app.paths import samples_dir

MAPPING = samples_dir() / "webinar-attendees.mapping.json"
HEADER = ["Email address", "First name", "Last name", "Company", "Webinar", "Minutes attended",
          "Registered on", "Attendance", "Joined at"]  # fmt: skip


def write_rows(path: Path, n: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(n):
            cells = [f"p{i}@example.com", "F", "L", "Acme", f"Webinar {i % 5}", str(i % 90)]
            writer.writerow([*cells, "2025-03-17", "Attended live", "2025-04-03 10:56:00"])
    return path


@pytest.fixture
def upload(sandbox, tmp_path, monkeypatch, memory_keyring):
    monkeypatch.setenv("HS_TOKEN", sandbox.credentials["hubspot_access_token"])

    def run(file: Path, *extra: str, state: Path | None = None, token: str = "HS_TOKEN") -> int:
        args = ["upload", str(file), "--mapping", str(MAPPING), "--base-url", sandbox.base_url,
                "--state-dir", str(state or tmp_path / "state")]  # fmt: skip
        if token:
            args += ["--token-env", token]
        return main([*args, *extra])

    return run


def test_an_emptied_journal_is_refused_and_nothing_is_sent_again(
    upload, sandbox, tmp_path, capsys
) -> None:
    data = write_rows(tmp_path / "webinar.csv", 40)
    assert upload(data) == 0
    assert len(sandbox.hubspot_events()) == 40
    journal = tmp_path / "state" / "journal.sqlite3"
    journal.write_bytes(b"")  # emptied (a sync tool, a bad restore, a disk repair)
    for extra in ("-wal", "-shm"):
        journal.with_name(journal.name + extra).unlink(missing_ok=True)
    capsys.readouterr()
    assert upload(data) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(journal) in err
    assert "backup" in err and "journal.sqlite3.runs" in err
    assert len(sandbox.hubspot_events()) == 40  # nothing sent twice
    assert journal.stat().st_size == 0  # left for the user to restore, not re-created


def test_a_journal_path_that_is_a_folder_gets_the_right_advice(upload, tmp_path, capsys) -> None:
    data = write_rows(tmp_path / "webinar.csv", 3)
    state = tmp_path / "state"
    (state / "journal.sqlite3").mkdir(parents=True)
    assert upload(data, state=state) == 2
    err = capsys.readouterr().err
    assert "is a folder" in err and "disk space" not in err


def test_rows_left_unsent_never_exit_0(upload, sandbox, tmp_path, capsys) -> None:
    from app.cli.upload import _summarise

    plan = type("Plan", (), {"counts": {}})()
    assert _summarise({"sent": 5, "pending": 2}, plan, None, False, False, None) == 1
    assert "Not sent yet: 2" in capsys.readouterr().out
    assert _summarise({"sent": 5, "pending": 2}, plan, None, False, True, None) == 0  # test batch
    assert _summarise({"sent": 5}, plan, None, False, False, None) == 0


def test_a_renewed_token_the_keychain_refuses_is_reported_and_kept(
    upload, sandbox, tmp_path, monkeypatch, capsys, memory_keyring
) -> None:
    creds = sandbox.credentials
    lines = f"{creds['hubspot_refresh_token']}\n{creds['hubspot_client_secret']}\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    login = ["login", "hubspot", "--app-id", "123456", "--base-url", sandbox.base_url,
             "--refresh", "--client-id", creds["hubspot_client_id"]]  # fmt: skip
    assert main(login) == 0
    saved = dict(memory_keyring.items)
    sandbox.expire_tokens()  # the saved access token dies: the upload renews it

    def refuse(service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the keychain is locked")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    capsys.readouterr()
    data = write_rows(tmp_path / "webinar.csv", 250)
    assert upload(data, "--batch-size", "50", token="") == 0  # went on with the renewed token
    assert len(sandbox.hubspot_events()) == 250
    err = capsys.readouterr().err
    assert err.count("keychain did not save it") == 1
    assert "event-loader login hubspot --app-id 123456" in err
    assert memory_keyring.items == saved
    for secret in (creds["hubspot_refresh_token"], creds["hubspot_client_secret"]):
        assert secret not in err
    stored = json.loads(saved[("event-loader", "hubspot:123456")])
    assert stored["refresh_token"] == creds["hubspot_refresh_token"]
