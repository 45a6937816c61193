"""The .xlsx writer of reports: cell types, error cells, hostile text, limits, atomic writes.

Each file is read back with openpyxl (as Excel-like software sees it) and with this program's
own reader (``read_sheet``), since a report or a rows-to-fix file is loaded again.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

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


def row_cells(path: Path, row: int = 2) -> list[openpyxl.cell.Cell]:
    return list(openpyxl.load_workbook(path).active[row])


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
    cells = row_cells(out)
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


def test_dates_read_back_to_the_millisecond(tmp_path: Path) -> None:
    moments = [
        dt.datetime(2024, 1, 1) + dt.timedelta(seconds=7919 * i + i / 7) for i in range(1, 300)
    ]
    moments += [dt.datetime(1900, 3, 1, 0, 0, 1), dt.datetime(9999, 12, 31, 23, 59, 59)]
    days = [dt.date(1900, 3, 1) + dt.timedelta(days=331 * i) for i in range(len(moments))]
    rows: list[list[object]] = [[m, d] for m, d in zip(moments, days, strict=True)]
    out = tmp_path / "dates.xlsx"
    write_rows_file(out, sheet_of(rows), range(len(rows)))
    got = read_sheet(out).rows
    assert [row[1] for row in got] == days
    # A date-time is a fraction of a day in the file; calamine reads it to the millisecond.
    assert all(
        abs(row[0] - m) < dt.timedelta(milliseconds=1) for row, m in zip(got, moments, strict=True)
    )


def test_values_excel_cannot_hold_exactly_become_text(tmp_path: Path) -> None:
    values: list[object] = [
        10**15, -(10**15), 12345678901234567890, float("inf"), float("-inf"), float("nan"),
        dt.datetime(2025, 3, 20, 15, 5, tzinfo=PARIS), dt.time(9, 30, tzinfo=PARIS),
        dt.timedelta(hours=5), dt.datetime(1850, 5, 5, 1, 2, 3), dt.datetime(1900, 1, 1, 6),
        dt.date(1900, 2, 28),
    ]  # fmt: skip
    texts = [
        "1000000000000000", "-1000000000000000", "12345678901234567890", "inf", "-inf", "nan",
        "2025-03-20T15:05:00+01:00", "09:30:00+01:00", "5:00:00", "1850-05-05T01:02:03",
        "1900-01-01T06:00:00", "1900-02-28",
    ]  # fmt: skip
    out = tmp_path / "text.xlsx"
    write_rows_file(out, sheet_of([values]), [0])
    cells = row_cells(out)
    assert [c.value for c in cells] == texts
    assert {c.data_type for c in cells} == {"s"}
    # "-inf" starts with "-" and is no number: it carries the quote prefix; "-1000..." is one.
    assert cells[4].quotePrefix and not cells[1].quotePrefix
    # Dates Excel cannot show come back as their text, not as a time of day.
    assert read_sheet(out).rows == [texts]


@pytest.mark.parametrize("code", sorted(report_xlsx.EXCEL_ERRORS))
def test_error_cells_are_the_error_literal_with_the_error_as_value(
    tmp_path: Path, code: str
) -> None:
    out = tmp_path / "errors.xlsx"
    write_rows_file(out, sheet_of([["a", CellError(code), 1]]), [0])
    # XlsxWriter writes an error only as a formula with a cached result: the formula is the
    # error literal itself, the value Excel shows before and after recalculating.
    cell = openpyxl.load_workbook(out).active["B2"]
    assert (cell.value, cell.data_type) == (f"={code}", "f")
    cached = openpyxl.load_workbook(out, data_only=True).active["B2"]
    assert (cached.value, cached.data_type) == (code, "e")
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


def formula_cells(path: Path) -> list[str]:
    """Return every formula of the workbook, as openpyxl sees them."""
    book = openpyxl.load_workbook(path)
    return [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row
            if c.data_type == "f"]  # fmt: skip


def test_the_only_formulas_are_error_literals_whatever_the_text(tmp_path: Path) -> None:
    # Error cells among text that looks like formulas, errors, numbers, links: only the error
    # cells hold a formula, and only the fixed literal of their code.
    texts = ["=#N/A", "=1+1", "#N/A", "=A1", "@SUM(A1)", '=HYPERLINK("http://x")', "+1-"]
    rows: list[list[object]] = [[text, CellError("#N/A"), CellError("#REF!")] for text in texts]
    out = tmp_path / "mixed.xlsx"
    write_report(out, sheet_of(rows, headers=["=A", "#N/A", "=B"]), [ReportRow(0, "=x", "=y")])
    assert sorted(set(formula_cells(out))) == ["=#N/A", "=#REF!"]
    assert len(formula_cells(out)) == 2 * len(texts)
    again = read_sheet(out)
    assert [row[1:4] for row in again.rows] == [
        [text, CellError("#N/A"), CellError("#REF!")] for text in texts
    ]


def test_text_that_looks_like_a_number_a_link_or_a_formula_stays_text(tmp_path: Path) -> None:
    # XlsxWriter's strings_to_numbers / _formulas / _urls are off: nothing is guessed.
    texts = ["007", "1e5", "12.50", "TRUE", "https://example.com/a?b=1", "mailto:a@b.example",
             "ftp://x.example", "external:c:\\x.xlsx", "internal:Sheet1!A1",
             "{=SUM(A1)}"]  # fmt: skip
    out = tmp_path / "looks.xlsx"
    write_rows_file(out, sheet_of([[t] for t in texts]), range(len(texts)))
    ws = openpyxl.load_workbook(out).active
    assert [(ws.cell(row=i, column=1).value, ws.cell(row=i, column=1).data_type)
            for i in range(2, 2 + len(texts))] == [(t, "s") for t in texts]  # fmt: skip
    assert not ws._hyperlinks
    with zipfile.ZipFile(out) as archive:
        assert not any("hyperlink" in archive.read(n).decode() for n in archive.namelist())
    assert [row[0] for row in read_sheet(out).rows] == texts


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
    assert formula_cells(out) == []
    ws = openpyxl.load_workbook(out).active
    for i, text in enumerate(HOSTILE, start=2):
        cell = ws.cell(row=i, column=1)
        # Excel reads "_x0041_" in a cell as "A": its underscore is escaped as Excel does
        # ("_x005F_x0041_"), which Excel and calamine read back as typed; openpyxl does not undo
        # that escape.
        seen = text.replace("_x0041_", "_x005F_x0041_")
        assert (cell.value, cell.data_type) == (seen, "s")
        assert cell.quotePrefix == (text in ("=1+1", "-2+3", "@SUM(A1)")), text
    again = read_sheet(out)
    assert [row[0] for row in again.rows[: len(HOSTILE)]] == HOSTILE


def test_characters_xml_cannot_hold_are_replaced(tmp_path: Path) -> None:
    texts = ["nul\x00here\x07", "bad\ud800half", "non\uffffchar", "=\x01formula", "cr\r\nlf\r"]
    out = tmp_path / "control.xlsx"
    write_rows_file(out, sheet_of([[t] for t in texts]), range(len(texts)))
    expected = [
        "nul\ufffdhere\ufffd",
        "bad\ufffdhalf",
        "non\ufffdchar",
        "=\ufffdformula",
        "cr\nlf\n",
    ]
    ws = openpyxl.load_workbook(out).active
    assert [ws.cell(row=i, column=1).value for i in range(2, 7)] == expected
    assert ws["A5"].quotePrefix
    assert [row[0] for row in read_sheet(out).rows] == expected


def test_long_text_is_cut_to_excels_limit_in_utf16_units(tmp_path: Path) -> None:
    limit = report_xlsx.EXCEL_MAX_CELL_CHARS
    texts = ["x" * 40_000, "😀" * 20_000, "x" * limit, "=" + "y" * 40_000, "a" + "😀" * 20_000]
    out = tmp_path / "long.xlsx"
    write_rows_file(out, sheet_of([[t] for t in texts]), range(len(texts)))
    ws = openpyxl.load_workbook(out).active
    got = [ws.cell(row=i, column=1).value for i in range(2, 7)]
    assert got[0] == "x" * (limit - 1) + "…"
    assert got[1] == "😀" * ((limit - 1) // 2) + "…", "as many emoji as fit, two units each"
    assert got[2] == texts[2], "text at the limit is kept whole"
    assert len(got[3]) == limit and got[3].endswith("…") and ws["A5"].quotePrefix
    assert got[4] == "a" + "😀" * ((limit - 2) // 2) + "…", "half an emoji is never left"
    assert [row[0] for row in read_sheet(out).rows] == got


def test_wide_and_ragged_sheets_keep_every_cell_in_its_column(tmp_path: Path) -> None:
    width = 800  # past Z, ZZ: column AAA is the 703rd
    rows: list[list[object]] = [[f"r{r}c{c}" for c in range(width)] for r in range(3)]
    rows.append(["short", 1])  # a line shorter than the others
    sheet = sheet_of(rows)
    write_report(tmp_path / "wide.xlsx", sheet, [ReportRow(0, STATUS_VALID)])
    ws = openpyxl.load_workbook(tmp_path / "wide.xlsx").active
    assert ws["AAA2"].value == "r0c701" and ws["ADU4"].value == "r2c799"
    assert [c.value for c in ws[5]][:3] == [5, "short", 1]
    assert ws.auto_filter.ref == f"A1:{get_column_letter(width + 4)}5"
    assert read_sheet(tmp_path / "wide.xlsx").rows[3][:3] == [5, "short", 1]


def test_a_sheet_wider_than_excel_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    # XlsxWriter drops cells past column XFD without a word: the writer refuses instead.
    out = tmp_path / "too-wide.xlsx"
    widest = report_xlsx.MAX_COLUMNS - 4  # with Row, Status, Error and Event ID: column XFD
    write_report(out, sheet_of([list(range(widest))]), [])
    again = read_sheet(out)
    assert again.headers[-1] == "Event ID" and again.rows[0][widest] == widest - 1
    with pytest.raises(ValueError, match=r"16,384 columns and this report needs 16,385"):
        write_report(out, sheet_of([list(range(widest + 1))]), [])
    assert [p.name for p in tmp_path.iterdir()] == ["too-wide.xlsx"]


def test_blocks_of_rows_follow_each_other_without_gaps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_xlsx, "BLOCK_ROWS", 3)
    rows: list[list[object]] = [[i, f"t{i}", dt.datetime(2025, 1, 1 + i)] for i in range(10)]
    rows[7] = [7, "t7"]  # a ragged line inside one block
    write_report(tmp_path / "blocks.xlsx", sheet_of(rows), [ReportRow(4, STATUS_INVALID, "x")])
    values = [
        [c.value for c in row] for row in openpyxl.load_workbook(tmp_path / "blocks.xlsx").active
    ]
    assert [v[0] for v in values[1:]] == list(range(2, 12))
    assert [v[1] for v in values[1:]] == list(range(10))
    assert values[5][4:6] == [STATUS_INVALID, "x"] and values[6][4] is None
    assert values[8][:3] == [9, 7, "t7"]
    assert [row[:2] for row in read_sheet(tmp_path / "blocks.xlsx").rows] == [
        [n, i] for n, i in zip(range(2, 12), range(10), strict=True)
    ]


def test_package_parts_title_and_layout(tmp_path: Path) -> None:
    out = tmp_path / "title.xlsx"
    title = "Bob's <data> & co: [2025] / long name'"
    write_rows_file(out, sheet_of([["a", 1]], ["Email", "A much longer name"], title), [0])
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist()[0] == "[Content_Types].xml", "file-type sniffers look for it"
        assert archive.testzip() is None
    book = openpyxl.load_workbook(out)
    ws = book.active
    assert ws.title == "Bob's <data> & co_ _2025_ _ lon"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:B2"
    assert ws["A1"].font.b and ws["B1"].font.b and not ws["A2"].font.b
    # Widths of 10 and 20 characters, stored as Excel stores them (with the cell's padding).
    widths = {
        col: dim.width
        for dim in ws.column_dimensions.values()
        for col in range(dim.min, dim.max + 1)
    }
    assert widths == {1: pytest.approx(10.71, abs=0.01), 2: pytest.approx(20.71, abs=0.01)}
    assert read_sheet(out).sheet_name == ws.title


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("x" * 30 + "'abc", "x" * 30),  # never ends with an apostrophe once cut
        ("😀" * 20, "😀" * 15),  # 31 UTF-16 units at most, as Excel counts
        ("tab\there\x00", "tab_here_"),
    ],
)
def test_sheet_names_are_ones_excel_accepts(tmp_path: Path, name: str, title: str) -> None:
    out = tmp_path / "name.xlsx"
    write_rows_file(out, sheet_of([["a"]], name=name), [0])
    assert openpyxl.load_workbook(out).active.title == title


COLUMNS: list[list[object]] = [
    ["a", None, "b & c", "d ", "", "x" * 20_000, "<t>", "_x0000_"],
    [1, None, -5, 999_999_999_999_999, 0, -999_999_999_999_999, 7, 8],
    [1.5, None, -0.25, 1e-300, 2.0, 1e20, 0.1 + 0.2, 3.25],
    [True, None, False, True, True, False, None, False],
    [dt.datetime(2025, 1, 1, 8, 30, 0, 5), None, dt.datetime(1900, 3, 1, 12)] * 2 + [None] * 2,
    [dt.date(2025, 1, 1) + dt.timedelta(days=97 * i) for i in range(7)] + [None],
]


def cell_facts(path: Path, column: int, count: int) -> list[tuple[object, ...]]:
    ws = openpyxl.load_workbook(path).active
    cells = [ws.cell(row=r, column=column) for r in range(2, 2 + count)]
    return [(c.value, c.data_type, c.number_format, c.quotePrefix, c.font.b) for c in cells]


@pytest.mark.parametrize(
    "column", COLUMNS, ids=["text", "whole", "decimal", "booleans", "date-times", "dates"]
)
def test_column_wide_paths_write_what_the_cell_by_cell_path_writes(
    tmp_path: Path, column: list[object]
) -> None:
    # A column of one kind is written with one plain call per cell; with one value of another
    # kind the column goes cell by cell: the same cells must come out.
    fast, slow = tmp_path / "fast.xlsx", tmp_path / "slow.xlsx"
    write_rows_file(fast, sheet_of([[v] for v in column]), range(len(column)))
    rows: list[list[object]] = [[v] for v in [*column, CellError("#N/A")]]
    write_rows_file(slow, sheet_of(rows), range(len(rows)))
    assert cell_facts(fast, 1, len(column)) == cell_facts(slow, 1, len(column))
    assert read_sheet(fast).rows == read_sheet(slow).rows[:-1]


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
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), int(sys.argv[2])))
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
def test_a_full_disk_fails_cleanly(tmp_path: Path) -> None:
    # The rows first go to XlsxWriter's temporary file: a write that fails there must reach the
    # caller as the OSError it is, the atomic write must keep the previous report, and no
    # temporary file may stay, next to the report or in the temporary folder.
    import errno
    import subprocess
    import sys

    out = tmp_path / "reports" / "report.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"previous report")
    temp = tmp_path / "temp"
    temp.mkdir()
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK_SCRIPT, str(out), "200000"], cwd=repo,
        capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(repo), "PATH": "/usr/bin:/bin", "TMPDIR": str(temp)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"refused: OSError {errno.EFBIG}"
    assert out.read_bytes() == b"previous report"
    assert [p.name for p in out.parent.iterdir()] == ["report.xlsx"]
    assert list(temp.iterdir()) == []


def test_a_failure_while_the_package_is_zipped_is_the_os_error_itself(tmp_path: Path) -> None:
    # XlsxWriter wraps the OSError of its final write in its own FileCreateError, which the
    # callers (they catch OSError to word the message) would not recognise.
    missing = tmp_path / "gone" / "r.xlsx"
    with pytest.raises(FileNotFoundError) as caught:
        report_xlsx.write_xlsx(missing, "Rows", ["A"], lambda: iter([["a"]]), [10.0])
    assert caught.value.filename == str(missing)


def test_temporary_files_are_removed_after_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    write_rows_file(tmp_path / "r.xlsx", sheet_of([["a", 1]] * 10), range(10))
    assert list(temp.iterdir()) == []
    assert read_sheet(tmp_path / "r.xlsx").rows == [["a", 1]] * 10


_NOT_XML = __import__("re").compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(st.text(max_size=30), min_size=1, max_size=6), mixed=st.booleans())
def test_any_text_reads_back_as_written(tmp_path: Path, texts: list[str], mixed: bool) -> None:
    # What XML cannot hold becomes U+FFFD, and a carriage return a line feed (as XML reads it);
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
