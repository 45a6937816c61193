"""The .xlsx writer of reports: cell types, error cells, hostile text, limits and the zip package.

Each file is read back three ways: the zip's XML itself, openpyxl (as Excel-like software sees
it) and this program's own reader (``read_sheet``), since a report or a rows-to-fix file is
loaded again.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.datetime import to_excel

from app.core.reading.sheet import CellError, SheetData, read_sheet
from app.core.reports import report_xlsx
from app.core.reports.report import (
    STATUS_INVALID,
    STATUS_VALID,
    ReportRow,
    write_report,
    write_rows_file,
)

PARIS = dt.timezone(dt.timedelta(hours=1))


def sheet_of(rows: list[list[object]], headers: list[str] | None = None, name: str = "Data"):
    width = max((len(r) for r in rows), default=1)
    return SheetData(
        path=Path("in.xlsx"), sheet_name=name, sheet_names=[name], header_row=1,
        headers=headers or [f"C{i}" for i in range(width)], rows=rows,
        row_numbers=list(range(2, len(rows) + 2)),
    )  # fmt: skip


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode()


def test_excel_serials_are_openpyxls_to_the_last_bit() -> None:
    values: list[dt.date | dt.time] = [
        dt.datetime(2025, 3, 20, 15, 5, 7, 123456),
        dt.datetime(1900, 1, 1),
        dt.datetime(1900, 2, 28, 23, 59, 59, 999999),
        dt.datetime(1900, 3, 1, 0, 0, 0, 1),
        dt.datetime(1899, 12, 30, 6),
        dt.datetime(1899, 12, 31, 18),
        dt.datetime(1850, 5, 5, 1, 2, 3),
        dt.datetime(9999, 12, 31, 23, 59, 59, 999999),
        dt.date(1900, 1, 1),
        dt.date(1900, 2, 28),
        dt.date(1900, 3, 1),
        dt.date(1800, 1, 1),
        dt.date(2025, 12, 31),
        dt.time(0, 0),
        dt.time(9, 30),
        dt.time(23, 59, 59, 999999),
    ]
    values += [dt.datetime(2024, 1, 1) + dt.timedelta(seconds=7919 * i + i / 7) for i in range(500)]
    for value in values:
        assert f"{report_xlsx.excel_serial(value):.16g}" == f"{to_excel(value):.16g}", value


def test_every_kind_of_value_keeps_its_type_for_openpyxl_and_for_our_reader(
    tmp_path: Path,
) -> None:
    values: list[object] = [
        "plain", 12, -5, 999_999_999_999_999, 3.5, -1e-300, 1.2345e-5, True, False,
        dt.datetime(2025, 3, 20, 15, 5), dt.datetime(2025, 3, 20, 15, 5, 0, 250_000),
        dt.date(2025, 3, 21), dt.time(9, 30),
    ]  # fmt: skip
    out = tmp_path / "kinds.xlsx"
    write_rows_file(out, sheet_of([values]), [0])
    ws = openpyxl.load_workbook(out).active
    cells = list(ws.iter_rows(min_row=2, max_row=2))[0]
    assert [c.value for c in cells] == [
        *values[:9],
        dt.datetime(2025, 3, 20, 15, 5),
        dt.datetime(2025, 3, 20, 15, 5, 0, 250_000),
        dt.datetime(2025, 3, 21),
        dt.time(9, 30),
    ]
    assert [c.data_type for c in cells] == ["s", *"nnnnnn", "b", "b", *"dddd"]
    assert [c.number_format for c in cells[9:]] == [
        "yyyy-mm-dd h:mm:ss", "yyyy-mm-dd h:mm:ss", "yyyy-mm-dd", "h:mm:ss",
    ]  # fmt: skip
    again = read_sheet(out)
    assert again.rows[0][:9] == values[:9]
    assert again.rows[0][9:] == values[9:]
    assert [type(v) for v in again.rows[0][1:9]] == [int, int, int, float, float, float, bool, bool]


def test_values_excel_cannot_hold_exactly_become_text(tmp_path: Path) -> None:
    values: list[object] = [
        10**15, -(10**15), 12345678901234567890, float("inf"), float("-inf"), float("nan"),
        dt.datetime(2025, 3, 20, 15, 5, tzinfo=PARIS), dt.time(9, 30, tzinfo=PARIS),
        dt.timedelta(hours=5),
    ]  # fmt: skip
    out = tmp_path / "text.xlsx"
    write_rows_file(out, sheet_of([values]), [0])
    ws = openpyxl.load_workbook(out).active
    cells = list(ws.iter_rows(min_row=2, max_row=2))[0]
    assert [c.value for c in cells] == [
        "1000000000000000", "-1000000000000000", "12345678901234567890", "inf", "-inf", "nan",
        "2025-03-20T15:05:00+01:00", "09:30:00+01:00", "5:00:00",
    ]  # fmt: skip
    assert {c.data_type for c in cells} == {"s"}
    # "-inf" and "-1000..." are not plain numbers for a spreadsheet's formula parser? "-inf"
    # starts with "-" and is no number: it carries the quote prefix; "-1000..." is a number.
    assert cells[4].quotePrefix and not cells[1].quotePrefix


@pytest.mark.parametrize("code", sorted(report_xlsx.EXCEL_ERRORS))
def test_error_cells_are_error_values_without_a_formula(tmp_path: Path, code: str) -> None:
    out = tmp_path / "errors.xlsx"
    write_rows_file(out, sheet_of([["a", CellError(code), 1]]), [0])
    xml = sheet_xml(out)
    assert f'<c r="B2" t="e"><v>{code}</v></c>' in xml
    assert "<f>" not in xml and "<f " not in xml
    cell = openpyxl.load_workbook(out).active["B2"]
    assert (cell.value, cell.data_type) == (code, "e")
    assert read_sheet(out).rows == [["a", CellError(code), 1]]


def test_unknown_error_codes_are_text_and_the_file_still_loads(tmp_path: Path) -> None:
    # calamine refuses a workbook holding a #GETTING_DATA error cell: as text it reads back.
    codes = ["#GETTING_DATA", "#SPILL!", "=HYPERLINK(1)"]
    out = tmp_path / "codes.xlsx"
    write_rows_file(out, sheet_of([[CellError(c) for c in codes]]), [0])
    ws = openpyxl.load_workbook(out).active
    assert [(c.value, c.data_type) for c in ws[2]] == [(c, "s") for c in codes]
    assert ws["C2"].quotePrefix and not ws["A2"].quotePrefix
    assert read_sheet(out).rows == [codes]


HOSTILE = [
    "a & b < c > d \"e\" 'f'",
    "]]><x/>",
    "<![CDATA[x]]>",
    "trailing ",
    " leading",
    "   ",
    "tab\tinside",
    "line\nbreak",
    "_x0041_ literal",
    "é ü ß 漢字 😀",
    "#N/A",
    "=1+1",
    "-2+3",
    "@SUM(A1)",
    "-12",
    "+33.5",
]


@pytest.mark.parametrize("mixed", [False, True], ids=["text column", "mixed column"])
def test_hostile_text_comes_back_exactly_and_never_as_a_formula(
    tmp_path: Path, mixed: bool
) -> None:
    # A column of text alone takes the column-wide path; with a number among it, the cell by cell
    # one: both must give the same cells.
    rows: list[list[object]] = [[text, "ok"] for text in HOSTILE]
    if mixed:
        rows.append([7, "ok"])
    out = tmp_path / "hostile.xlsx"
    write_rows_file(out, sheet_of(rows), range(len(rows)))
    xml = sheet_xml(out)
    assert "<f>" not in xml and "<f " not in xml
    ws = openpyxl.load_workbook(out).active
    for i, text in enumerate(HOSTILE, start=2):
        cell = ws.cell(row=i, column=1)
        # Excel reads "_x0041_" in a cell as "A": the writer escapes the underscore as Excel
        # does ("_x005F_x0041_"), which Excel and calamine read back as typed; openpyxl does
        # not undo that escape.
        seen = text.replace("_x0041_", "_x005F_x0041_")
        assert (cell.value, cell.data_type) == (seen, "s")
        assert cell.quotePrefix == (text in ("=1+1", "-2+3", "@SUM(A1)")), text
    again = read_sheet(out)
    assert [row[0] for row in again.rows[: len(HOSTILE)]] == HOSTILE


def test_characters_xml_cannot_hold_are_replaced(tmp_path: Path) -> None:
    texts = ["nul\x00here\x07", "bad\ud800half", "non\uffffchar", "=\x01formula"]
    out = tmp_path / "control.xlsx"
    write_rows_file(out, sheet_of([[t] for t in texts]), range(len(texts)))
    ws = openpyxl.load_workbook(out).active
    assert [ws.cell(row=i, column=1).value for i in range(2, 6)] == [
        "nul\ufffdhere\ufffd", "bad\ufffdhalf", "non\ufffdchar", "=\ufffdformula",
    ]  # fmt: skip
    assert ws["A5"].quotePrefix


def test_long_text_is_cut_to_excels_limit_in_utf16_units(tmp_path: Path) -> None:
    limit = report_xlsx.EXCEL_MAX_CELL_CHARS
    texts = ["x" * 40_000, "😀" * 20_000, "x" * limit, "=" + "y" * 40_000]
    out = tmp_path / "long.xlsx"
    write_rows_file(out, sheet_of([[t] for t in texts]), range(len(texts)))
    ws = openpyxl.load_workbook(out).active
    got = [ws.cell(row=i, column=1).value for i in range(2, 6)]
    assert got[0] == "x" * (limit - 1) + "…"
    assert got[1].endswith("…") and len(got[1].encode("utf-16-le")) // 2 <= limit
    assert got[1][:-1] == "😀" * (len(got[1]) - 1)
    assert got[2] == texts[2], "text at the limit is kept whole"
    assert len(got[3]) == limit and got[3].endswith("…") and ws["A5"].quotePrefix


def test_wide_and_ragged_sheets_get_the_right_column_letters(tmp_path: Path) -> None:
    width = 800  # past Z, ZZ: column AAA is the 703rd
    rows: list[list[object]] = [[f"r{r}c{c}" for c in range(width)] for r in range(3)]
    rows.append(["short", 1])  # a line shorter than the others
    sheet = sheet_of(rows)
    write_report(tmp_path / "wide.xlsx", sheet, [ReportRow(0, STATUS_VALID)])
    ws = openpyxl.load_workbook(tmp_path / "wide.xlsx").active
    assert ws["AAA2"].value == "r0c701" and ws["ADU4"].value == "r2c799"
    assert [c.value for c in ws[5]][:3] == [5, "short", 1]
    assert ws.auto_filter.ref == f"A1:{report_xlsx.column_letter(width + 3)}5"
    assert [report_xlsx.column_letter(i) for i in (0, 25, 26, 701, 702, 16_383)] == [
        "A", "Z", "AA", "ZZ", "AAA", "XFD",
    ]  # fmt: skip


def test_blocks_of_rows_follow_each_other_without_gaps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_xlsx, "BLOCK_ROWS", 3)
    rows: list[list[object]] = [[i, f"t{i}", dt.datetime(2025, 1, 1 + i)] for i in range(10)]
    write_report(tmp_path / "blocks.xlsx", sheet_of(rows), [ReportRow(4, STATUS_INVALID, "x")])
    values = [
        [c.value for c in row] for row in openpyxl.load_workbook(tmp_path / "blocks.xlsx").active
    ]
    assert [v[1] for v in values[1:]] == list(range(10))
    assert values[5][4:6] == [STATUS_INVALID, "x"] and values[6][4] is None
    assert re.findall(r'<row r="(\d+)"', sheet_xml(tmp_path / "blocks.xlsx")) == [
        str(n) for n in range(1, 12)
    ]


def test_a_sheet_past_the_plain_zip_size_is_written_again_with_zip64(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_xlsx, "ZIP64_FROM", 5_000)
    rows: list[list[object]] = [[f"row {i}", i] for i in range(500)]
    out = tmp_path / "big.xlsx"
    write_rows_file(out, sheet_of(rows), range(500))
    assert sheet_has_zip64_header(out)
    assert read_sheet(out).rows == rows
    # A small sheet stays a plain zip entry.
    write_rows_file(out, sheet_of(rows[:2]), range(2))
    assert not sheet_has_zip64_header(out)


def sheet_has_zip64_header(path: Path) -> bool:
    """Tell whether the sheet's local zip header carries a Zip64 extra field (id 0x0001)."""
    import struct

    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo("xl/worksheets/sheet1.xml").header_offset
    raw = path.read_bytes()
    name_len, extra_len = struct.unpack("<HH", raw[offset + 26 : offset + 30])
    extra = raw[offset + 30 + name_len : offset + 30 + name_len + extra_len]
    while len(extra) >= 4:
        kind, size = struct.unpack("<HH", extra[:4])
        if kind == 1:
            return True
        extra = extra[4 + size :]
    return False


def test_package_parts_title_and_layout(tmp_path: Path) -> None:
    out = tmp_path / "title.xlsx"
    title = "Bob's <data> & co: [2025] / long name'"
    write_rows_file(out, sheet_of([["a", 1]], name=title), [0])
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert names[0] == "[Content_Types].xml", "file-type sniffers look for it first"
        assert archive.testzip() is None
    book = openpyxl.load_workbook(out)
    ws = book.active
    assert ws.title == "Bob's <data> & co_ _2025_ _ lon"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:B2"
    assert ws["A1"].font.b and ws["B1"].font.b and not ws["A2"].font.b
    assert [ws.column_dimensions[c].width for c in "AB"] == [10, 10]
    assert read_sheet(out).sheet_name == ws.title


def test_sheet_names_never_end_with_an_apostrophe_once_cut(tmp_path: Path) -> None:
    out = tmp_path / "quote.xlsx"
    write_rows_file(out, sheet_of([["a"]], name="x" * 30 + "'abc"), [0])
    assert openpyxl.load_workbook(out).active.title == "x" * 30


COLUMNS: list[list[object]] = [
    ["a", None, "b & c", "d ", "", "x" * 20_000, "<t>", "_x0000_"],
    [1, None, -5, 999_999_999_999_999, 0, -999_999_999_999_999, 7, 8],
    [1.5, None, -0.25, 1e-300, 2.0, 1e20, 0.1 + 0.2, 3.25],
    [dt.datetime(2025, 1, 1, 8, 30, 0, 5), None, dt.datetime(1900, 2, 28, 12)] * 2 + [None] * 2,
    [dt.datetime(2025, 1, 1, 8, 30) + dt.timedelta(seconds=7 * i + i / 9) for i in range(8)],
]


@pytest.mark.parametrize(
    "column", COLUMNS, ids=["text", "whole", "decimal", "repeated date-times", "date-times"]
)
def test_column_wide_paths_write_what_the_cell_by_cell_path_writes(column: list[object]) -> None:
    from app.core.reports.report_xlsx import _column_xml, cell_xml

    numbers = [str(n) for n in range(2, 2 + len(column))]
    fast = _column_xml("C", numbers, column)
    assert fast == [cell_xml(f"C{n}", v) for n, v in zip(numbers, column, strict=True)]
    # With one value of another kind the column goes cell by cell: the same cells come out.
    assert _column_xml("C", [*numbers, "99"], [*column, True])[:-1] == fast


def test_sheets_without_rows_or_columns_still_make_a_workbook(tmp_path: Path) -> None:
    write_report(tmp_path / "empty.xlsx", sheet_of([], headers=["A", "B"]), [])
    ws = openpyxl.load_workbook(tmp_path / "empty.xlsx").active
    assert [c.value for c in ws[1]] == ["Row", "A", "B", "Status", "Error", "Event ID"]
    assert ws.max_row == 1 and ws.auto_filter.ref == "A1:F1"
    bare = SheetData(
        path=Path("in.csv"), sheet_name=None, sheet_names=[], header_row=1, headers=[],
        rows=[[], []], row_numbers=[2, 3],
    )  # fmt: skip
    write_rows_file(tmp_path / "bare.xlsx", bare, [0, 1])
    assert openpyxl.load_workbook(tmp_path / "bare.xlsx").active.title == "Rows"


FULL_DISK_SCRIPT = """
import resource, signal, sys
from pathlib import Path
from app.core.reading.sheet import SheetData
from app.core.reports.report import write_report

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a silent death
resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))
rows = [[f"user{i}@example.com", i, f"note {i} " * 5] for i in range(40_000)]
sheet = SheetData(
    path=Path("in.csv"), sheet_name=None, sheet_names=[], header_row=1,
    headers=["Email", "N", "Note"], rows=rows, row_numbers=list(range(2, 40_002)),
)
try:
    write_report(sys.argv[1], sheet, [])
except OSError as exc:
    print("refused:", type(exc).__name__, exc.errno)
"""


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_while_the_sheet_is_compressed_fails_cleanly(tmp_path: Path) -> None:
    # The sheet is compressed and written in a second thread: a write that fails there must
    # reach the caller, and the atomic write must keep the previous report and no leftover.
    import errno
    import subprocess
    import sys

    out = tmp_path / "report.xlsx"
    out.write_bytes(b"previous report")
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK_SCRIPT, str(out)], cwd=repo, capture_output=True,
        text=True, timeout=120, env={"PYTHONPATH": str(repo), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"refused: OSError {errno.EFBIG}"
    assert out.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(st.text(max_size=30), min_size=1, max_size=6), mixed=st.booleans())
def test_any_text_reads_back_as_written(tmp_path: Path, texts: list[str], mixed: bool) -> None:
    # What XML cannot hold becomes U+FFFD, and XML reads a carriage return as a line feed;
    # everything else (spaces, "&<>", "_x0041_", any script) comes back exactly.
    rows: list[list[object]] = [[text, "k"] for text in texts]
    if mixed:  # a number in the column: the cell by cell path
        rows.append([5, "k"])
    out = tmp_path / "any.xlsx"
    write_rows_file(out, sheet_of(rows), range(len(rows)))
    got = [row[0] for row in read_sheet(out).rows[: len(texts)]]
    expected = [
        _NOT_XML.sub("\ufffd", t).replace("\r\n", "\n").replace("\r", "\n") or None for t in texts
    ]
    assert got == expected
