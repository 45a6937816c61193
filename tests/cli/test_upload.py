"""``event-loader upload`` and ``login`` against the sandbox over real HTTP."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from memory_keyring import MemoryKeyring

from app.cli.main import main
from app.paths import samples_dir

MAPPING = samples_dir() / "webinar-attendees.mapping.json"
HEADER = [
    "Email address",
    "First name",
    "Last name",
    "Company",
    "Webinar",
    "Minutes attended",
    "Registered on",
    "Attendance",
    "Joined at",
]
ATTENDANCE = ("Attended live", "Watched replay", "Did not attend")


@pytest.fixture(autouse=True)
def _memory_keychain(memory_keyring: MemoryKeyring) -> MemoryKeyring:
    return memory_keyring


def webinar_rows(n: int, start: int = 0) -> list[list[str]]:
    return [
        [
            f"person{i}@example.com",
            f"First{i}",
            f"Last{i}",
            "Acme",
            f"Webinar {i % 5}",
            str(i % 90),
            "2025-03-17",
            ATTENDANCE[i % 3],
            "2025-04-03 10:56:00",
        ]
        for i in range(start, start + n)
    ]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def read_report(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def env(sandbox, tmp_path, monkeypatch):
    monkeypatch.setenv("HS_TOKEN", sandbox.credentials["hubspot_access_token"])
    monkeypatch.setenv("PL_KEY", sandbox.credentials["pipeless_api_key"])

    def upload(file: Path, *extra: str, mapping: Path = MAPPING, token: str = "HS_TOKEN") -> int:
        args = [
            "upload",
            str(file),
            "--mapping",
            str(mapping),
            "--base-url",
            sandbox.base_url,
            "--state-dir",
            str(tmp_path / "state"),
        ]
        if token:
            args += ["--token-env", token]
        return main([*args, *extra])

    return upload


def test_sample_upload_report_and_rerun(env, sandbox, tmp_path, capsys) -> None:
    report = tmp_path / "report.csv"
    sample = samples_dir() / "webinar-attendees.xlsx"
    assert env(sample, "--report", str(report)) == 1  # the sample has invalid rows
    lines = read_report(report)
    statuses = [line["Status"] for line in lines]
    assert statuses.count("sent") == len(sandbox.hubspot_events())
    assert {"sent", "invalid", "duplicate"} <= set(statuses)
    assert all(line["Error"] for line in lines if line["Status"] == "invalid")
    counts = sandbox.event_counts()["hubspot"]
    assert max(counts.values()) == 1
    sent_ids = {line["Event ID"] for line in lines if line["Status"] == "sent"}
    assert sent_ids == set(counts)
    out = capsys.readouterr()
    assert f"Sent: {len(sent_ids)}" in out.out
    # the same file again: nothing goes twice
    assert env(sample, "--report", str(report)) == 1
    again = read_report(report)
    assert [line["Status"] for line in again].count("already sent") == len(sent_ids)
    assert "sent" not in [line["Status"] for line in again]
    assert sandbox.event_counts()["hubspot"] == counts


def test_clean_file_exits_0_and_an_appended_row_goes_alone(env, sandbox, tmp_path) -> None:
    data = write_csv(tmp_path / "webinar.csv", webinar_rows(30))
    assert env(data) == 0
    assert len(sandbox.hubspot_events()) == 30
    write_csv(data, webinar_rows(31))
    report = tmp_path / "r.csv"
    assert env(data, "--report", str(report)) == 0
    statuses = [line["Status"] for line in read_report(report)]
    assert statuses.count("already sent") == 30 and statuses.count("sent") == 1
    counts = sandbox.event_counts()["hubspot"]
    assert len(counts) == 31 and max(counts.values()) == 1
    assert sandbox.stats()["by_route"]["hubspot.batch_create"] == {"201": 2}


def test_force_sends_again_on_purpose(env, sandbox, tmp_path) -> None:
    data = write_csv(tmp_path / "webinar.csv", webinar_rows(12))
    assert env(data) == 0
    report = tmp_path / "r.csv"
    assert env(data, "--force", "--report", str(report)) == 0
    assert [line["Status"] for line in read_report(report)] == ["sent"] * 12
    # same ids for the same contacts: the API keeps one copy
    assert max(sandbox.event_counts()["hubspot"].values()) == 1


def test_wrong_token_exits_3_and_the_run_resumes(env, sandbox, tmp_path, monkeypatch, capsys):
    data = write_csv(tmp_path / "webinar.csv", webinar_rows(250))
    monkeypatch.setenv("BAD_TOKEN", "wrong-token-1234567")
    assert env(data, token="BAD_TOKEN") == 3
    captured = capsys.readouterr()
    assert "refused" in captured.err.lower()
    assert "run the same command again" in captured.err.lower()
    assert "wrong-token-1234567" not in captured.err + captured.out
    assert "Traceback" not in captured.err
    assert sandbox.hubspot_events() == []
    log_dir = Path(__import__("os").environ["EVENT_LOADER_LOG_DIR"])
    logged = "".join(p.read_text() for p in log_dir.rglob("*") if p.is_file())
    assert "auth_refused" in logged and "wrong-token-1234567" not in logged
    assert env(data) == 0
    assert "Resuming" in capsys.readouterr().err
    counts = sandbox.event_counts()["hubspot"]
    assert len(counts) == 250 and max(counts.values()) == 1


def test_test_batch_then_the_rest(env, sandbox, tmp_path, capsys) -> None:
    data = write_csv(tmp_path / "webinar.csv", webinar_rows(230))
    assert env(data, "--test-batch") == 0
    assert len(sandbox.hubspot_events()) == 100
    assert "without --test-batch" in capsys.readouterr().err
    assert env(data) == 0
    assert len(sandbox.event_counts()["hubspot"]) == 230


def test_batch_size_and_concurrency_options(env, sandbox, tmp_path) -> None:
    data = write_csv(tmp_path / "webinar.csv", webinar_rows(45))
    assert env(data, "--batch-size", "10", "--concurrency", "2") == 0
    assert len(sandbox.hubspot_events()) == 45
    assert sandbox.stats()["by_route"]["hubspot.batch_create"] == {"201": 5}


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (("--batch-size", "500"), "batch size"),
        (("--resume",), "no unfinished upload"),
        (("--report", "out.txt"), ".xlsx or .csv"),
        (("--base-url", "http://example.com"), "https"),
    ],
)
def test_unusable_options_exit_2(env, tmp_path, capsys, extra, needle) -> None:
    data = write_csv(tmp_path / "webinar.csv", webinar_rows(3))
    args = list(extra)
    if "--base-url" in args:
        code = main(
            [
                "upload",
                str(data),
                "--mapping",
                str(MAPPING),
                "--token-env",
                "HS_TOKEN",
                "--state-dir",
                str(tmp_path / "s"),
                *args,
            ]
        )
    else:
        code = env(data, *args)
    assert code == 2
    err = capsys.readouterr().err
    assert needle.lower() in err.lower()
    assert err.count("\n") == 1 and err.startswith("event-loader:")


def test_missing_credentials_exit_2(env, tmp_path, capsys) -> None:
    data = write_csv(tmp_path / "webinar.csv", webinar_rows(3))
    assert env(data, token="") == 2
    assert "event-loader login hubspot --app-id 123456" in capsys.readouterr().err
    assert env(data, token="NOT_SET_ANYWHERE") == 2
    assert "NOT_SET_ANYWHERE" in capsys.readouterr().err


def test_login_then_upload_from_the_keychain(
    env, sandbox, tmp_path, monkeypatch, capsys, memory_keyring
) -> None:
    token = sandbox.credentials["hubspot_access_token"]
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong-token-7654321\n"))
    assert main(["login", "hubspot", "--app-id", "123456", "--base-url", sandbox.base_url]) == 3
    assert memory_keyring.items == {}
    monkeypatch.setattr("sys.stdin", io.StringIO(token + "\n"))
    assert main(["login", "hubspot", "--app-id", "123456", "--base-url", sandbox.base_url]) == 0
    assert ("event-loader", "hubspot:123456") in memory_keyring.items
    captured = capsys.readouterr()
    assert token not in captured.out + captured.err
    assert "wrong-token-7654321" not in captured.out + captured.err
    data = write_csv(tmp_path / "webinar.csv", webinar_rows(20))
    assert env(data, token="") == 0
    assert len(sandbox.hubspot_events()) == 20
    # the config folder lists the account but holds no secret
    config = Path(__import__("os").environ["EVENT_LOADER_CONFIG_DIR"])
    text = "".join(p.read_text() for p in config.rglob("*") if p.is_file())
    assert "hubspot:123456" in text and token not in text


def test_pipeless_sample(env, sandbox, tmp_path) -> None:
    report = tmp_path / "likes.xlsx"
    sample = samples_dir() / "post-likes.csv"
    mapping = samples_dir() / "post-likes.mapping.json"
    code = env(sample, "--report", str(report), mapping=mapping, token="PL_KEY")
    assert code in (0, 1)
    counts = sandbox.event_counts()["pipeless"]
    assert counts and max(counts.values()) == 1
    from openpyxl import load_workbook

    sheet = load_workbook(report, read_only=True).active
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    status_col = header.index("Status")
    statuses = [row[status_col] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert statuses.count("sent") == len(counts)
    assert code == (1 if {"invalid"} & set(statuses) else 0)


def test_report_copy_is_not_the_input(env, tmp_path, capsys) -> None:
    data = write_csv(tmp_path / "webinar.csv", webinar_rows(2))
    shutil.copy(data, tmp_path / "copy.csv")
    assert env(data, "--report", str(data)) == 2
    assert "overwrite" in capsys.readouterr().err


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "code", "stored"), [("n\n", 130, 0), ("y\n", 0, 5)])
def test_asks_before_sending_at_a_terminal(
    env, sandbox, tmp_path, monkeypatch, answer, code, stored
) -> None:
    data = write_csv(tmp_path / "webinar.csv", webinar_rows(5))
    terminal = FakeTerminal()
    monkeypatch.setattr("sys.stdin", FakeTerminal(answer))
    monkeypatch.setattr("sys.stderr", terminal)
    assert env(data) == code
    assert "Events cannot be undone" in terminal.getvalue()
    assert len(sandbox.hubspot_events()) == stored
    from app.core.upload.journal import Journal

    with Journal.open_in(tmp_path / "state") as journal:
        assert journal.find_unfinished_runs() == []


def test_file_changed_while_read_is_refused(env, sandbox, tmp_path, monkeypatch, capsys) -> None:
    import app.core.conversion.convert as convert_module

    data = write_csv(tmp_path / "webinar.csv", webinar_rows(5))
    original = convert_module.convert_rows

    def convert_then_edit(sheet, mapping):
        result = original(sheet, mapping)
        write_csv(data, webinar_rows(6))  # someone saves the file meanwhile
        return result

    monkeypatch.setattr(convert_module, "convert_rows", convert_then_edit)
    assert env(data) == 2
    assert "changed while it was being read" in capsys.readouterr().err
    assert sandbox.hubspot_events() == []


def _result(batch_no: int, state, sent: int = 0, failed: int = 0, **kw):
    from app.core.upload.engine import BatchResult

    return BatchResult(batch_no, 4, (batch_no,), state, sent=sent, failed=failed, **kw)


def test_progress_plain_lines_and_terminal_bar() -> None:
    from app.cli.upload import UploadProgress
    from app.core.upload.engine import BatchState

    now = [0.0]
    plain = io.StringIO()
    progress = UploadProgress(400, 4, stream=plain, clock=lambda: now[0])
    now[0] = 1.0
    progress.update(_result(1, BatchState.SENT, sent=100))
    assert plain.getvalue() == ""  # a quick step prints nothing in a log
    now[0] = 6.0
    progress.update(_result(2, BatchState.RETRYING, retry_in=2.0, code="rate_limited"))
    line = plain.getvalue()
    assert line.startswith("uploading: 100/400 rows") and "1 retrying" in line
    progress.update(
        _result(2, BatchState.PARTLY_FAILED, sent=99, failed=1, row_failures={57: "bad option"})
    )
    assert "batch 2: 1 row failed (row 57: bad option)" in plain.getvalue()

    terminal = FakeTerminal()
    now[0] = 0.0
    bar = UploadProgress(400, 4, stream=terminal, clock=lambda: now[0])
    now[0] = 10.0
    bar.update(_result(1, BatchState.SENT, sent=200))
    shown = terminal.getvalue()
    assert "[############------------]  50%" in shown
    assert "20 rows/s" in shown and "0:00:10 left" in shown
    bar.finish()
    assert terminal.getvalue().endswith("\r\x1b[2K")


def test_login_pipeless_and_hubspot_refresh(sandbox, monkeypatch, memory_keyring) -> None:
    import json

    creds = sandbox.credentials
    monkeypatch.setattr("sys.stdin", io.StringIO("not-the-key\n"))
    assert main(["login", "pipeless", "--app-id", "77", "--base-url", sandbox.base_url]) == 3
    monkeypatch.setattr("sys.stdin", io.StringIO(creds["pipeless_api_key"] + "\n"))
    assert main(["login", "pipeless", "--app-id", "77", "--base-url", sandbox.base_url]) == 0
    stored = json.loads(memory_keyring.items[("event-loader", "pipeless:77")])
    assert stored == {"api_key": creds["pipeless_api_key"]}
    lines = f"{creds['hubspot_refresh_token']}\n{creds['hubspot_client_secret']}\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    args = ["login", "hubspot", "--app-id", "123456", "--base-url", sandbox.base_url, "--refresh",
            "--client-id", creds["hubspot_client_id"]]  # fmt: skip
    assert main(args) == 0
    stored = json.loads(memory_keyring.items[("event-loader", "hubspot:123456")])
    assert stored["refresh_token"] == creds["hubspot_refresh_token"]
    assert stored["client_id"] == creds["hubspot_client_id"]


def test_login_without_a_keychain_says_so(sandbox, monkeypatch, capsys) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr("sys.stdin", io.StringIO("whatever-token\n"))
    assert main(["login", "hubspot", "--app-id", "1", "--base-url", sandbox.base_url]) == 2
    assert "no keychain" in capsys.readouterr().err


def test_missing_permission_and_unknown_template_exit_3(
    env, sandbox, tmp_path, monkeypatch, capsys
) -> None:
    import json

    data = write_csv(tmp_path / "webinar.csv", webinar_rows(5))
    monkeypatch.setenv("NO_SCOPE", "sandbox-no-scope-token")
    assert env(data, token="NO_SCOPE") == 3
    err = capsys.readouterr().err
    assert "[forbidden]" in err and "run the same command again" in err.lower()
    mapping = json.loads(MAPPING.read_text())
    mapping["hubspot"]["eventTemplateId"] = "4040404"
    unknown = tmp_path / "unknown-template.mapping.json"
    unknown.write_text(json.dumps(mapping))
    assert env(data, mapping=unknown) == 3
    assert "template_not_found" in capsys.readouterr().err
    assert sandbox.hubspot_events() == []


def test_unwritable_state_folder_exit_2(env, tmp_path, capsys) -> None:
    data = write_csv(tmp_path / "webinar.csv", webinar_rows(2))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert env(data, "--state-dir", str(blocker / "state")) == 2
    err = capsys.readouterr().err
    assert "journal" in err and "Traceback" not in err


def test_no_keychain_and_no_token_says_how(env, tmp_path, capsys) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    data = write_csv(tmp_path / "webinar.csv", webinar_rows(2))
    assert env(data, token="") == 2
    err = capsys.readouterr().err
    assert "keychain cannot be used" in err and "--token-env" in err


def test_a_window_run_with_fixed_cells_resumes_from_the_command_line_as_fixed(
    env, sandbox, tmp_path, capsys
) -> None:
    """The window stores the cells fixed in Preview with its run; the command line, which knows
    of no edits, must resume that run with them rather than send the file's values."""
    from app.api.factory import make_client
    from app.core.conversion.edits import CellEdit, convert_with_edits, edit_map
    from app.core.conversion.mapping import load_mapping
    from app.core.reading.sheet import read_sheet
    from app.core.upload.engine import UploadControl, run_upload
    from app.core.upload.journal import FileFingerprint, Journal
    from app.core.upload.upload_plan import destination_key_for, mapping_fingerprint, prepare_upload

    data = write_csv(tmp_path / "webinar.csv", webinar_rows(230))
    sheet, mapping = read_sheet(data), load_mapping(MAPPING)
    # Row 151 of the file (data row 150) had 60 minutes; fixed to 77 in the window's Preview.
    # Not an event-id column, so the run's rows keep their ids.
    fix = CellEdit(index=150, column="Minutes attended", value="77", original="60")
    conversion = convert_with_edits(sheet, mapping, edit_map([fix]))
    with Journal.open_in(tmp_path / "state") as journal:
        plan = prepare_upload(
            conversion,
            journal,
            source=FileFingerprint.of(data),
            mapping_fingerprint=mapping_fingerprint(mapping),
            destination_key=destination_key_for(mapping, sandbox.base_url),
            batch_size=100,
            edits=[fix],
        )
        client = make_client(
            mapping.destination,
            mapping,
            {"access_token": sandbox.credentials["hubspot_access_token"]},
            sandbox.base_url,
        )
        try:  # the window sends its first batch, then goes away
            list(run_upload(plan, client, journal, UploadControl(stop_after_first_batch=True)))
        finally:
            client.close()
    assert len(sandbox.hubspot_events()) == 100

    assert env(data) == 0
    assert "1 cell fixed in the window's Preview" in capsys.readouterr().err
    events = sandbox.hubspot_events()
    assert len(events) == 230 == len({e["id"] for e in events})
    fixed = next(e for e in events if e["email"] == "person150@example.com")
    assert fixed["tokens"]["minutesAttended"] == "77"
    assert data.read_text(encoding="utf-8").count("person150@example.com,First150") == 1
