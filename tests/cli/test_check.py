"""``event-loader check``: summaries, exit codes, reports, options, and never a traceback."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from app.cli.common import ProgressPrinter
from app.cli.main import main
from app.paths import samples_dir

ROOT = Path(__file__).resolve().parents[2]
HEADERS = "Email address;Company;Webinar;Minutes attended;Registered on;Attendance;Joined at"
GOOD = [
    "ana@example.com;Acme;Spring product launch;42;2025-03-10;Attended live;2025-03-27 16:02",
    "bob@example.com;Acme;Spring product launch;30;2025-03-11;watched replay;2025-03-28 09:15",
]
BAD = [
    "carla@example;Acme;Spring product launch;30;2025-03-11;Attended live;2025-03-27 16:05",
    "dan@example.com;Acme;Spring product launch;lots;2025-03-11;Left early;2025-03-27 16:05",
    "eve@example.com;Acme;Spring product launch;5;2025-03-11;Attended live;2025-03-27 16:07",
    "ana@example.com;Acme;Spring product launch;42;2025-03-10;Attended live;2025-03-27 16:02",
]
MAPPING = str(samples_dir() / "webinar-attendees.mapping.json")


def write_csv(
    tmp: Path, lines: list[str], name: str = "attendees.csv", preamble: list[str] = ()
) -> Path:
    path = tmp / name
    path.write_text("\r\n".join([*preamble, HEADERS, *lines]) + "\r\n", encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def test_all_valid_exits_0_with_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path, GOOD)
    code, out, err = run(["check", str(path), "--mapping", MAPPING], capsys)
    assert code == 0, err
    assert (
        "attendees.csv, header on row 1: 2 rows checked with webinar-attendees.mapping.json" in out
    )
    assert "  2 valid\n  0 invalid\n  0 duplicate" in out
    assert "Problems" not in out and err == ""
    assert list(tmp_path.iterdir()) == [path], "no report unless asked"


def test_invalid_rows_exit_1_and_are_counted_by_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path, GOOD + BAD)
    code, out, _ = run(["check", str(path), "--mapping", MAPPING], capsys)
    assert code == 1
    assert "6 rows checked" in out
    assert "  3 valid\n  2 invalid\n  1 duplicate" in out
    problem_lines = {
        line.split()[0]: line
        for line in out.splitlines()
        if line.startswith("  ") and "row " in line
    }
    assert "1 row" in problem_lines["email_invalid"] and "row 4:" in problem_lines["email_invalid"]
    assert "row 5:" in problem_lines["number_invalid"] and "lots" in problem_lines["number_invalid"]
    assert (
        "row 5:" in problem_lines["enum_unknown"] and "Left early" in problem_lines["enum_unknown"]
    )
    assert "Duplicates, sent only once: row 7 (same as row 2)" in out


def test_report_csv_has_one_line_per_row_with_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path, GOOD + BAD)
    report = tmp_path / "out" / "report.csv"
    report.parent.mkdir()
    code, out, _ = run(["check", str(path), "--mapping", MAPPING, "--report", str(report)], capsys)
    assert code == 1
    assert f"Report written to {report}" in out
    with open(report, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Row", *HEADERS.split(";"), "Status", "Error", "Event ID"]
    assert [r[0] for r in rows[1:]] == ["2", "3", "4", "5", "6", "7"]
    assert [r[-3] for r in rows[1:]] == [
        "valid",
        "valid",
        "invalid",
        "invalid",
        "valid",
        "duplicate",
    ]
    assert "carla@example" in rows[3][-2]
    assert " | " in rows[4][-2], "every problem of a row is listed"
    assert rows[6][-1] == rows[1][-1], "a duplicate carries the event id of its original"
    assert all(r[-1].startswith("el-") for r in rows[1:] if r[-3] == "valid")


def test_header_row_option_counts_rows_as_excel_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path, GOOD, preamble=["Webinar export;;;;;;", "Generated 2025-04-14;;;;;;"]
    )
    report = tmp_path / "r.xlsx"
    code, out, err = run(
        ["check", str(path), "--mapping", MAPPING, "--header-row", "3", "--report", str(report)],
        capsys,
    )
    assert code == 0, err
    assert "header on row 3" in out
    rows = list(openpyxl.load_workbook(report).active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == [4, 5]


def test_sheet_option_picks_the_named_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["This workbook holds the attendees on the next sheet"])
    data = book.create_sheet("Attendees")
    for line in [HEADERS, *GOOD]:
        data.append(line.split(";"))
    path = tmp_path / "two-sheets.xlsx"
    book.save(path)
    code, out, err = run(["check", str(path), "--mapping", MAPPING, "--sheet", "Attendees"], capsys)
    assert code == 0, err
    assert 'two-sheets.xlsx, sheet "Attendees", header on row 1: 2 rows' in out


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["--report", "{tmp}"], "is a folder"),
        (["--report", "{tmp}/missing/r.xlsx"], "does not exist"),
        (["--report", "{tmp}/r.json"], ".xlsx or .csv"),
        (["--report", "{tmp}/attendees.csv"], "would overwrite"),
    ],
)
def test_bad_report_paths_stop_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], expected: str
) -> None:
    path = write_csv(tmp_path, GOOD)
    args = [a.format(tmp=tmp_path) for a in extra]
    code, out, err = run(["check", str(path), "--mapping", MAPPING, *args], capsys)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and expected in err


def test_report_that_cannot_be_written_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path, GOOD)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "report.xlsx").mkdir()  # a folder where the file should go: rename fails on every OS
    code, _out, err = run(
        ["check", str(path), "--mapping", MAPPING, "--report", str(locked / "report.xlsx")], capsys
    )
    assert code == 2 and len(err.strip().splitlines()) == 1 and "report.xlsx" in err


def test_mapping_without_required_fields_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(Path(MAPPING).read_text(encoding="utf-8"))
    del data["fields"]["email"]
    data["event_id"] = {"columns": ["Webinar"]}
    mapping = tmp_path / "no-id.mapping.json"
    mapping.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(
        ["check", str(write_csv(tmp_path, GOOD)), "--mapping", str(mapping)], capsys
    )
    assert code == 2 and out == ""
    assert "no-id.mapping.json" in err and len(err.strip().splitlines()) == 1


def test_sheet_option_on_a_csv_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path, GOOD)
    code, out, err = run(["check", str(path), "--mapping", MAPPING, "--sheet", "Data"], capsys)
    assert code == 2 and out == ""
    assert err.strip() == (
        'event-loader: attendees.csv is a text file without sheets: leave out --sheet "Data".'
    )


def test_header_row_zero_is_an_option_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(
        ["check", str(write_csv(tmp_path, GOOD)), "--mapping", MAPPING, "--header-row", "0"], capsys
    )
    assert code == 2 and "counted from 1" in err


def test_an_unexpected_failure_is_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.core.conversion.convert

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(app.core.conversion.convert, "convert_rows", broken)
    code, out, err = run(["check", str(write_csv(tmp_path, GOOD)), "--mapping", MAPPING], capsys)
    assert code == 2 and out == ""
    assert err.strip() == (
        "event-loader: unexpected problem (ZeroDivisionError: division by zero). "
        "Nothing was sent; please report this message."
    )


def test_interrupt_exits_130(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.core.conversion.convert

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(app.core.conversion.convert, "convert_rows", interrupted)
    code, _out, err = run(["check", str(write_csv(tmp_path, GOOD)), "--mapping", MAPPING], capsys)
    assert code == 130 and "Interrupted" in err


def test_reader_notes_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.csv"
    path.write_text(
        HEADERS + ";\r\n" + GOOD[0] + ";\r\n;;;;;;;\r\n" + GOOD[1] + ";\r\n", encoding="utf-8"
    )  # a blank header and an empty row between the data
    code, out, err = run(["check", str(path), "--mapping", MAPPING], capsys)
    assert code == 0, err
    notes = out.split("While reading:\n", 1)[1].splitlines()
    assert notes and all(line.startswith("  ") and line.strip() for line in notes)


def test_progress_printer_rewrites_one_line_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    now = [0.0]
    stream = Tty()
    progress = ProgressPrinter(
        "Reading big.xlsx", total=20_000, stream=stream, clock=lambda: now[0]
    )
    progress.update(10)  # too soon: nothing
    now[0] = 0.5
    progress.update(5_000)
    now[0] = 0.55
    progress.update(6_000)  # within 0.1 s of the last line: skipped
    now[0] = 1.0
    progress.update(12_000)
    progress.finish()
    progress.finish()
    text = stream.getvalue()
    assert text.count("\r\x1b[2K") == 3
    assert "Reading big.xlsx: 5,000 of 20,000 rows (25 %)" in text
    assert "12,000 of 20,000 rows (60 %)" in text and "6,000" not in text
    assert "\n" not in text


def test_progress_printer_is_sparse_in_logs() -> None:
    now = [0.0]
    stream = io.StringIO()
    progress = ProgressPrinter("Reading big.csv", stream=stream, clock=lambda: now[0])
    for step in range(1, 30):
        now[0] = step  # one update a second
        progress.update(step * 1000)
    progress.finish()
    lines = stream.getvalue().splitlines()
    assert lines == ["Reading big.csv: 10,000 rows", "Reading big.csv: 20,000 rows"]


def test_check_runs_as_a_real_process(tmp_path: Path) -> None:
    report = tmp_path / "report.xlsx"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            sys.executable, "-m", "app", "check", str(samples_dir() / "webinar-attendees.xlsx"),
            "--mapping", MAPPING, "--report", str(report),
        ],  # fmt: skip
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
    )  # fmt: skip
    assert "Traceback" not in done.stderr
    assert done.returncode == 1, done.stderr
    assert "150 rows checked" in done.stdout and "145 valid" in done.stdout
    assert report.exists()
    missing = subprocess.run(
        [sys.executable, "-m", "app", "check", str(tmp_path / "nope.xlsx"), "--mapping", MAPPING],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
    )  # fmt: skip
    assert missing.returncode == 2
    lines = missing.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("event-loader: nope.xlsx")
    assert "does not exist" in lines[0] and "Traceback" not in missing.stderr


def test_rows_above_a_lower_header_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path, GOOD, preamble=["Webinar attendees", "Exported 2025-03-30", ""])
    code, out, err = run(["check", str(path), "--mapping", MAPPING], capsys)
    assert code == 0, err
    assert "header on row 4: 2 rows checked" in out
    assert (
        "  The column names are on row 4; rows 1, 2 were above them and skipped as not data." in out
    )


def test_without_sheet_option_the_sheet_holding_the_mapped_columns_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A notes sheet first, a summary table, then the attendees with a title above the header."""
    book = openpyxl.Workbook()
    book.active.title = "Read me"
    book.active.append(["The attendees are on the last sheet."])
    summary = book.create_sheet("Summary")
    summary.append(["Webinar", "Attendees"])
    summary.append(["Spring product launch", 2])
    data = book.create_sheet("Attendees")
    data.append(["Spring product launch: attendees"])
    data.append([])
    for line in [HEADERS, *GOOD]:
        data.append(line.split(";"))
    path = tmp_path / "three-sheets.xlsx"
    book.save(path)
    code, out, err = run(["check", str(path), "--mapping", MAPPING], capsys)
    assert code == 0, err
    assert 'three-sheets.xlsx, sheet "Attendees", header on row 3: 2 rows' in out


def test_checking_a_workbook_loads_neither_the_package_metadata_nor_the_text_detector(
    tmp_path: Path,
) -> None:
    """Start-up of ``check`` on an .xlsx: the version and the CSV encoding detector wait."""
    book = openpyxl.Workbook()
    for line in [HEADERS, *GOOD]:
        book.active.append(line.split(";"))
    path = tmp_path / "attendees.xlsx"
    book.save(path)
    code = (
        "import sys\n"
        "from app.cli.main import main\n"
        f"status = main(['check', {str(path)!r}, '--mapping', {MAPPING!r}])\n"
        "print(status, sorted(m for m in ('importlib.metadata', 'charset_normalizer')"
        " if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.stdout.splitlines()[-1] == "0 []", done.stdout + done.stderr
    version = subprocess.run(
        [sys.executable, "-m", "app", "--version"], cwd=ROOT, capture_output=True, text=True
    )
    assert version.returncode == 0
    assert version.stdout.startswith("Event Loader ") and version.stdout.strip()[-1].isdigit()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="a second process is forked on POSIX only")
def test_csv_report_made_with_a_second_process_is_the_same_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.cli import check, forked

    lines = [*GOOD, *BAD, 'zed@example.com;"Acme; ""Ltd""";=HYPERLINK("x");7;2025-03-11;Left;']
    path = write_csv(tmp_path, lines * 40)
    started: list[int] = []
    real_fork = os.fork

    def counted_fork() -> int:
        pid = real_fork()
        if pid:
            started.append(pid)
        return pid

    monkeypatch.setattr(forked.os, "fork", counted_fork)
    reports = {}
    for name, threshold in (("alone", 10**9), ("parallel", 1)):
        monkeypatch.setattr(check, "PARALLEL_REPORT_ROWS", threshold)
        report = tmp_path / f"{name}.csv"
        code, _, err = run(["check", str(path), "-m", MAPPING, "--report", str(report)], capsys)
        assert code == 1, err
        reports[name] = report.read_bytes()
    assert len(started) == 1, "only the second check uses a second process"
    assert reports["parallel"] == reports["alone"]
    assert b"'=HYPERLINK" in reports["alone"] and b'"Acme; ""Ltd"""' in reports["alone"]


def test_csv_report_is_written_when_the_second_process_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.cli import check
    from app.cli.forked import ForkedValue

    def failing() -> list[str]:
        raise RuntimeError("out of memory in the second process")

    monkeypatch.setattr(check, "PARALLEL_REPORT_ROWS", 1)
    monkeypatch.setattr(check, "ForkedValue", lambda _compute: ForkedValue(failing))
    path = write_csv(tmp_path, GOOD)
    report = tmp_path / "r.csv"
    code, _, err = run(["check", str(path), "-m", MAPPING, "--report", str(report)], capsys)
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(report.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert [row[0] for row in rows] == ["Row", "2", "3"] and rows[1][-3] == "valid"
