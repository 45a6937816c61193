"""Hostile mapping files and cells: refused with a sentence, echoed short and with controls shown.

A mapping nested 100,000 levels deep, a time zone that is a folder of the zone database or 300
characters long, megabytes of column name or date format, and terminal control sequences
(``ESC]0;…BEL`` retitles a terminal) in cells, column names and token names.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main
from app.core.conversion.mapping_limits import MAX_MAPPING_BYTES
from app.paths import samples_dir

SAMPLE_MAPPING = samples_dir() / "webinar-attendees.mapping.json"
HEADER = "Email address,Company,Webinar,Minutes attended,Registered on,Attendance,Joined at"
ROW = "ana@example.com,Acme,Launch,42,2025-03-10,Attended live,2025-03-27 16:02"
TITLE = "\x1b]0;owned\x07"  # sets the terminal's title when printed raw


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def sample_mapping() -> dict[str, Any]:
    return json.loads(SAMPLE_MAPPING.read_text("utf-8"))


def write(tmp: Path, mapping: dict[str, Any] | str, rows: list[str] | None = None) -> list[str]:
    data = tmp / "attendees.csv"
    data.write_text("\n".join([HEADER, *(rows or [ROW] * 50)]) + "\n", encoding="utf-8")
    path = tmp / "m.json"
    path.write_text(mapping if isinstance(mapping, str) else json.dumps(mapping), "utf-8")
    return ["check", str(data), "--mapping", str(path)]


def with_timezone(zone: str) -> dict[str, Any]:
    mapping = sample_mapping()
    mapping["fields"]["timestamp"]["timezone"] = zone
    return mapping


@pytest.mark.parametrize(
    ("mapping", "expected"),
    [
        ("[" * 100_000 + "]" * 100_000, "levels deep"),
        ('{"a":' * 100_000 + "1" + "}" * 100_000, "levels deep"),
        (with_timezone("Europe"), 'unknown time zone "Europe"'),
        (with_timezone("x" * 300), "unknown time zone"),
        (with_timezone("Europe/../../../etc/passwd"), "unknown time zone"),
        (" " * (MAX_MAPPING_BYTES + 1) + "{}", "a mapping file is at most"),
        ('{"format": "event-loader-mapping", "version": ' + "9" * 5000 + "}", "cannot read"),
    ],
)
def test_hostile_mapping_files_are_refused_with_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mapping: Any, expected: str
) -> None:
    code, out, err = run(write(tmp_path, mapping), capsys)
    assert code == 2
    assert expected in err and "m.json" in err
    assert "unexpected problem" not in err
    assert len(err) < 400 and err.count("\n") == 1


def test_a_huge_column_name_is_echoed_short(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = sample_mapping()
    mapping["fields"]["email"]["column"] = "C" * 3_000_000
    code, out, err = run(write(tmp_path, mapping), capsys)
    assert code == 2
    assert "not found in attendees.csv" in err and "C…" in err
    assert len(out) + len(err) < 1_000


def test_a_huge_date_format_is_echoed_short_on_screen_and_in_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = sample_mapping()
    mapping["fields"]["timestamp"]["format"] = "%Y-%m-%d %H:%M" + "x" * 1_000_000
    report = tmp_path / "report.csv"
    code, out, err = run([*write(tmp_path, mapping), "--report", str(report)], capsys)
    assert code == 1, err
    assert "does not match the date format year-month-day hour:minutexxx" in out
    assert len(out) + len(err) < 3_000
    assert report.stat().st_size < 100_000  # 50 rows, each with one clipped message


def test_control_characters_from_cells_columns_and_tokens_are_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_cell = ROW.replace("ana@example.com", f"ana{TITLE}example.com")
    code, out, err = run(write(tmp_path, sample_mapping(), [ROW, bad_cell]), capsys)
    assert code == 1
    assert "\\x1b]0;owned\\x07" in out

    mapping = sample_mapping()
    mapping["fields"]["email"]["column"] = f"Email{TITLE}\u202e"
    code, out2, err2 = run(write(tmp_path, mapping), capsys)
    assert code == 2 and "Email\\x1b]0;owned\\x07\\u202e" in err2

    mapping = sample_mapping()
    mapping["hubspot"]["tokens"][0]["type"] = f"text{TITLE}"
    code, out3, err3 = run(write(tmp_path, mapping), capsys)
    assert code == 2 and "text\\x1b]0;owned\\x07" in err3

    printed = out + err + out2 + err2 + out3 + err3
    assert not any(c in printed for c in "\x1b\x07\u202e")


def test_upload_prints_a_hostile_template_name_escaped(
    sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HS_TOKEN", sandbox.credentials["hubspot_access_token"])
    mapping = sample_mapping()
    mapping["hubspot"]["templateName"] = f"Webinar{TITLE}"
    argv = write(tmp_path, mapping, [ROW])
    argv[0] = "upload"
    code, out, err = run(
        [*argv, "--base-url", sandbox.base_url, "--state-dir", str(tmp_path / "state"),
         "--token-env", "HS_TOKEN", "--yes"],
        capsys,
    )  # fmt: skip
    assert code == 0, err
    assert "(Webinar\\x1b]0;owned\\x07)" in err
    assert "\x1b" not in out + err and "\x07" not in out + err
