"""The report and failed-rows files: content read back, formula escaping, atomic writes."""

from __future__ import annotations

import csv
import datetime as dt
import os
import stat
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.core.conversion.convert import ConversionResult, Problem, RowOutcome, RowStatus
from app.core.reading.sheet import CellError, SheetData, read_sheet
from app.core.reports.report import (
    STATUS_DUPLICATE,
    STATUS_INVALID,
    STATUS_VALID,
    ReportFormatError,
    ReportRow,
    escape_csv_text,
    needs_formula_escape,
    report_headers,
    report_rows_from_conversion,
    write_report,
    write_rows_file,
)

FORMULAS = [
    "=1+1",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    '  =HYPERLINK("http://evil.example","click")',
    "=",
    "-",
]
SAFE = ["hello", "-5", "+33.5", "12,5", "", "a=b", "ana@example.com", "#hashtag"]


def make_sheet(path: Path = Path("in.xlsx"), delimiter: str | None = None) -> SheetData:
    headers = ["Email", "Score", "Joined", "Note"]
    rows = [
        ["ana@example.com", 12, dt.datetime(2025, 3, 20, 15, 5), "first"],
        ["bob@example", 3.5, dt.date(2025, 3, 21), "=1+1"],
        [None, CellError("#N/A"), None, "-"],
        ["zoe@example.com", 7, dt.datetime(2025, 3, 30, 2, 30), "@cmd"],
    ]
    return SheetData(
        path=path,
        sheet_name="Attendees" if path.suffix == ".xlsx" else None,
        sheet_names=["Attendees"] if path.suffix == ".xlsx" else [],
        header_row=1,
        headers=headers,
        rows=rows,
        row_numbers=[2, 3, 5, 6],
        delimiter=delimiter,
    )


REPORT_ROWS = [
    ReportRow(0, STATUS_VALID, "", "el-aaa"),
    ReportRow(
        1, STATUS_INVALID, 'Row 3, "Email": "bob@example" is not an email address.', "el-bbb"
    ),
    ReportRow(2, STATUS_INVALID, "two | problems", ""),
    ReportRow(3, STATUS_DUPLICATE, "Same event as row 2", "el-aaa"),
]


def read_xlsx(path: Path) -> list[list[object]]:
    workbook = openpyxl.load_workbook(path)
    return [[c.value for c in row] for row in workbook.active.iter_rows()]


def read_csv(path: Path, delimiter: str = ",") -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def test_xlsx_report_has_every_row_in_order_with_typed_values(tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    write_report(out, make_sheet(), REPORT_ROWS)
    workbook = openpyxl.load_workbook(out)
    sheet = workbook.active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Row", "Email", "Score", "Joined", "Note", "Status", "Error", "Event ID"]
    assert [r[0] for r in rows[1:]] == [2, 3, 5, 6]
    assert [r[5] for r in rows[1:]] == ["valid", "invalid", "invalid", "duplicate"]
    assert rows[2][6] == REPORT_ROWS[1].error
    assert [r[7] for r in rows[1:]] == ["el-aaa", "el-bbb", None, "el-aaa"]
    # Values keep their types: numbers, dates and Excel errors.
    assert rows[1][2] == 12 and rows[2][2] == 3.5
    assert rows[1][3] == dt.datetime(2025, 3, 20, 15, 5)
    assert sheet.cell(row=2, column=4).is_date and sheet.cell(row=3, column=4).is_date
    # An error cell is the error literal as formula, with the error as its value (XlsxWriter
    # writes errors no other way): Excel and our reader show #N/A, openpyxl the formula.
    assert rows[3][2] == "=#N/A" and sheet.cell(row=4, column=3).data_type == "f"
    cached = openpyxl.load_workbook(out, data_only=True).active.cell(row=4, column=3)
    assert (cached.value, cached.data_type) == ("#N/A", "e")
    assert read_sheet(out).rows[2][2] == CellError("#N/A")
    # Header bold and frozen so it stays visible while scrolling.
    assert all(sheet.cell(row=1, column=c).font.b for c in range(1, 9))
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:H5", "filter buttons on the header"


def test_rows_without_outcome_get_an_empty_status(tmp_path: Path) -> None:
    out = tmp_path / "partial.xlsx"
    write_report(out, make_sheet(), [REPORT_ROWS[2]])
    rows = read_xlsx(out)
    assert len(rows) == 5
    assert [r[5] for r in rows[1:]] == [None, None, "invalid", None]


def test_csv_report_content_keeps_separator_and_writes_iso_dates(tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    write_report(out, make_sheet(Path("in.csv"), delimiter=";"), REPORT_ROWS)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM so that Excel reads accents right"
    rows = read_csv(out, ";")
    assert rows[0] == ["Row", "Email", "Score", "Joined", "Note", "Status", "Error", "Event ID"]
    assert rows[1] == [
        "2",
        "ana@example.com",
        "12",
        "2025-03-20 15:05:00",
        "first",
        "valid",
        "",
        "el-aaa",
    ]
    assert rows[2][3] == "2025-03-21"
    assert rows[3][2] == "#N/A"
    assert [r[5] for r in rows[1:]] == ["valid", "invalid", "invalid", "duplicate"]
    assert rows[2][6] == REPORT_ROWS[1].error


def test_added_columns_never_clash_with_original_ones() -> None:
    sheet = make_sheet()
    sheet.headers = ["Row", "Status", "Error", "Status (report)"]
    assert report_headers(sheet) == [
        "Row (report)", "Row", "Status", "Error", "Status (report)",
        "Status (report 2)", "Error (report)", "Event ID",
    ]  # fmt: skip


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_like_text_is_detected(text: str) -> None:
    assert needs_formula_escape(text)
    assert escape_csv_text(text) == "'" + text


@pytest.mark.parametrize("text", SAFE)
def test_plain_text_and_numbers_are_left_alone(text: str) -> None:
    assert not needs_formula_escape(text)
    assert escape_csv_text(text) == text


def formula_sheet(path: Path) -> SheetData:
    return SheetData(
        path=path,
        sheet_name=None,
        sheet_names=[],
        header_row=1,
        headers=["=HEADER()", "Plain"],
        rows=[[text, "ok"] for text in FORMULAS + SAFE],
        row_numbers=list(range(2, 2 + len(FORMULAS) + len(SAFE))),
    )


def test_xlsx_report_stores_no_formula_and_keeps_values_exact(tmp_path: Path) -> None:
    out = tmp_path / "escaped.xlsx"
    sheet = formula_sheet(tmp_path / "in.csv")
    write_report(
        out, sheet, [ReportRow(i, STATUS_VALID, "=error()", "@id") for i in range(len(sheet.rows))]
    )
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml, "text must never become a formula"
    book = openpyxl.load_workbook(out)
    ws = book.active
    assert ws.cell(row=1, column=2).value == "=HEADER()"
    assert ws.cell(row=1, column=2).quotePrefix
    for i, text in enumerate(FORMULAS, start=2):
        cell = ws.cell(row=i, column=2)
        assert cell.data_type == "s"
        # openpyxl reads a lone "\r" back as "\n" (XML end-of-line rule); nothing else changes.
        assert cell.value == text.replace("\r", "\n")
        assert cell.quotePrefix, f"{text!r} must carry the quote prefix"
        assert ws.cell(row=i, column=5).value == "=error()" and ws.cell(row=i, column=5).quotePrefix
        assert ws.cell(row=i, column=6).value == "@id" and ws.cell(row=i, column=6).quotePrefix
    for i, text in enumerate(SAFE, start=2 + len(FORMULAS)):
        cell = ws.cell(row=i, column=2)
        assert (cell.value or "") == text
        assert not cell.quotePrefix


def test_csv_report_prefixes_formula_like_text_with_a_quote(tmp_path: Path) -> None:
    out = tmp_path / "escaped.csv"
    sheet = formula_sheet(tmp_path / "in.csv")
    write_report(
        out, sheet, [ReportRow(i, STATUS_VALID, "-1+2", "=id") for i in range(len(sheet.rows))]
    )
    rows = read_csv(out)
    assert rows[0][1] == "'=HEADER()"
    for row, text in zip(rows[1:], FORMULAS, strict=False):
        assert row[1] == "'" + text
        assert row[-2:] == ["'-1+2", "'=id"]
    for row, text in zip(rows[1 + len(FORMULAS) :], SAFE, strict=True):
        assert row[1] == text
    # No cell of the file starts with a trigger once the CSV is parsed.
    for row in rows:
        for cell in row:
            assert not needs_formula_escape(cell)


def test_long_whole_numbers_stay_exact_in_xlsx(tmp_path: Path) -> None:
    sheet = SheetData(
        path=tmp_path / "in.xlsx", sheet_name="S", sheet_names=["S"], header_row=1,
        headers=["Record ID", "Small"], rows=[[12345678901234567890, 999_999_999_999_999]],
        row_numbers=[2],
    )  # fmt: skip
    write_report(tmp_path / "r.xlsx", sheet, [ReportRow(0, STATUS_VALID)])
    values = read_xlsx(tmp_path / "r.xlsx")[1]
    assert values[1] == "12345678901234567890"
    assert values[2] == 999_999_999_999_999


def test_control_characters_and_huge_cells(tmp_path: Path) -> None:
    big = "x" * 40_000
    sheet = SheetData(
        path=tmp_path / "in.csv", sheet_name=None, sheet_names=[], header_row=1,
        headers=["A", "B"], rows=[["nul\x00here\x07", big]], row_numbers=[2],
    )  # fmt: skip
    write_report(tmp_path / "r.xlsx", sheet, [ReportRow(0, STATUS_VALID)])
    values = read_xlsx(tmp_path / "r.xlsx")[1]
    assert values[1] == "nul\ufffdhere\ufffd"
    assert len(values[2]) == 32_767 and values[2].endswith("…")
    write_report(tmp_path / "r.csv", sheet, [ReportRow(0, STATUS_VALID)])
    values = read_csv(tmp_path / "r.csv")[1]
    assert values[1] == "nul\x00here\x07"
    assert values[2] == big


@pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX notion")
def test_report_gets_the_usual_file_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_report(tmp_path / "shared.xlsx", make_sheet(), REPORT_ROWS)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "shared.xlsx").stat().st_mode) == 0o644


def test_unknown_extension_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReportFormatError, match=r"\.xlsx or \.csv"):
        write_report(tmp_path / "report.pdf", make_sheet(), REPORT_ROWS)
    assert list(tmp_path.iterdir()) == []


def test_write_is_atomic_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"previous report")

    def exploding_rows():
        yield REPORT_ROWS[0]
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        write_report(out, make_sheet(), exploding_rows())
    assert out.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]

    sheet = make_sheet()
    sheet.rows[1] = ["x", object(), None, None]  # an unexpected value type is written as text
    write_report(out, sheet, REPORT_ROWS)
    assert read_xlsx(out)[2][2].startswith("<object object")
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_report_rows_from_conversion_uses_problem_messages() -> None:
    problem_a = Problem("email", "Email", "email_invalid", {"value": "bob@example"})
    problem_b = Problem("tokens.score", "Score", "number_invalid", {"value": "lots"})
    result = ConversionResult(
        outcomes=[
            RowOutcome(0, 2, {"email": "ana@example.com"}, "el-1"),
            RowOutcome(1, 3, {}, "el-2", (problem_a, problem_b), RowStatus.INVALID),
            RowOutcome(2, 4, {"email": "ana@example.com"}, "el-1", (), RowStatus.DUPLICATE, 2),
        ]
    )
    rows = report_rows_from_conversion(result)
    assert [r.index for r in rows] == [0, 1, 2]
    assert [r.status for r in rows] == ["valid", "invalid", "duplicate"]
    assert rows[0].error == "" and rows[0].event_id == "el-1"
    assert rows[1].error == f"{problem_a.message} | {problem_b.message}"
    assert problem_a.message and "bob@example" in problem_a.message
    assert "2" in rows[2].error and rows[2].event_id == "el-1"


def test_rows_file_keeps_header_and_chosen_rows_only(tmp_path: Path) -> None:
    sheet = make_sheet()
    write_rows_file(tmp_path / "fix.xlsx", sheet, [1, 3])
    rows = read_xlsx(tmp_path / "fix.xlsx")
    assert rows == [
        ["Email", "Score", "Joined", "Note"],
        ["bob@example", 3.5, dt.datetime(2025, 3, 21), "=1+1"],
        ["zoe@example.com", 7, dt.datetime(2025, 3, 30, 2, 30), "@cmd"],
    ]
    write_rows_file(tmp_path / "fix.csv", sheet, [2])
    assert read_csv(tmp_path / "fix.csv") == [
        ["Email", "Score", "Joined", "Note"],
        ["", "#N/A", "", "'-"],
    ]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_failed_rows_file_loads_again_with_the_same_mapping(tmp_path: Path, suffix: str) -> None:
    from app.core.conversion.convert import convert_rows
    from app.core.conversion.mapping import load_mapping
    from app.core.reading.sheet import read_sheet
    from app.paths import samples_dir

    source = samples_dir() / "webinar-attendees.xlsx"
    mapping = load_mapping(samples_dir() / "webinar-attendees.mapping.json")
    sheet = read_sheet(source)
    result = convert_rows(sheet, mapping)
    failed = [o for o in result.outcomes if o.status is RowStatus.INVALID]
    assert failed, "the sample has invalid rows on purpose"
    out = tmp_path / f"failed{suffix}"
    write_rows_file(out, sheet, [o.index for o in failed])

    again = read_sheet(out)
    assert again.headers == sheet.headers
    assert len(again.rows) == len(failed)
    recheck = convert_rows(again, mapping)
    assert [o.status for o in recheck.outcomes] == [RowStatus.INVALID] * len(failed)
    if suffix == ".xlsx":  # types survive, so each row fails for the very same reason
        assert again.rows == [sheet.rows[o.index] for o in failed]
        assert [sorted(p.code for p in o.problems) for o in recheck.outcomes] == [
            sorted(p.code for p in o.problems) for o in failed
        ]


CELL_KINDS: list[tuple[object, str]] = [
    (None, ""),
    (12, "12"),
    (-12, "-12"),
    (12345678901234567890, "12345678901234567890"),
    (3.5, "3.5"),
    (0.1 + 0.2, "0.30000000000000004"),
    (float("inf"), "inf"),
    (True, "TRUE"),
    (False, "FALSE"),
    (dt.datetime(2025, 3, 20, 15, 5), "2025-03-20 15:05:00"),
    (dt.datetime(2025, 3, 20, 15, 5, 0, 250), "2025-03-20 15:05:00.000250"),
    (
        dt.datetime(2025, 3, 20, 15, 5, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        "2025-03-20 15:05:00+01:00",
    ),
    (dt.date(2025, 3, 21), "2025-03-21"),
    (dt.time(9, 30), "09:30:00"),
    (CellError("#N/A"), "#N/A"),
    ("plain", "plain"),
    ("-5", "-5"),
    ("  =1+1", "'  =1+1"),
    (" padded", " padded"),
]


@pytest.mark.parametrize(
    ("value", "expected"), CELL_KINDS, ids=[e or "blank" for _, e in CELL_KINDS]
)
def test_csv_cells_are_written_the_same_on_plain_and_escaped_lines(
    tmp_path: Path, value: object, expected: str
) -> None:
    # A line with only plain cells is handed to the csv module whole; one with a formula-like
    # cell is converted cell by cell. Each kind of value must come out the same both ways.
    sheet = SheetData(
        path=tmp_path / "in.csv", sheet_name=None, sheet_names=[], header_row=1,
        headers=["Value", "Other"], rows=[[value, "quiet"], [value, "=1+1"]], row_numbers=[2, 3],
    )  # fmt: skip
    write_report(tmp_path / "r.csv", sheet, [ReportRow(0, STATUS_VALID), ReportRow(1, "")])
    plain, escaped = read_csv(tmp_path / "r.csv")[1:]
    assert plain[1:3] == [expected, "quiet"]
    assert escaped[1:3] == [expected, "'=1+1"]


def test_valid_report_row_built_fast_equals_the_dataclass_constructor() -> None:
    from app.core.reports.report import ReportRow, _valid_row

    fast = _valid_row(4, "el-9")
    assert fast == ReportRow(4, "valid", "", "el-9", "")
    with pytest.raises(AttributeError):
        fast.status = "invalid"  # type: ignore[misc]


@pytest.mark.parametrize("sep", [",", ";", "\t", "|"])
def test_csv_column_writer_gives_the_bytes_of_csv_writer_cell_by_cell(
    tmp_path: Path, sep: str
) -> None:
    """Columns of every kind (and lines of unequal length) come out as csv.writer writes them."""
    import io

    from app.core.reports import report_csv
    from app.core.reports.report import _csv_line

    when = dt.datetime(2024, 3, 1, 9, 30)
    columns = [
        [1, -2, 3.5, float("inf"), None, 10**20],  # numbers, an empty cell
        ["a", "=1+1", None, " @x", "x" + sep + "y", 'say "hi"'],  # text: formulas, quotes
        [when, when.replace(microsecond=5), dt.date(2024, 1, 2), dt.time(8, 0), None, when],
        [CellError("#N/A"), CellError("#a" + sep), True, False, "-12", "- 3"],  # mixed kinds
        ["line\nbreak", "r\rx", "", "plain", "+33", "\tx"],
    ]
    # Columns long enough for the date writer to share the text of repeated days, with equal
    # instants in two offsets that must keep their own text.
    paris = dt.timezone(dt.timedelta(hours=1))
    columns = [column * 200 for column in columns]
    columns.append([dt.date(2024, 1, 1 + i % 3) for i in range(len(columns[0]))])
    columns.append(
        [when.replace(tzinfo=dt.UTC), (when + dt.timedelta(hours=1)).replace(tzinfo=paris)]
        * (len(columns[0]) // 2)
    )
    columns.append([when + dt.timedelta(hours=i % 2) for i in range(len(columns[0]))])
    columns.append([dt.date(2024, 1, 4) if i % 7 else when for i in range(len(columns[0]))])
    columns.append(  # distinct date-times (aware and naive) with a few dates among them
        [
            dt.date(2024, 2, 1 + i % 20)
            if i % 9 == 0
            else (when + dt.timedelta(minutes=i)).replace(tzinfo=paris if i % 2 else None)
            for i in range(len(columns[0]))
        ]
    )
    lines = [list(line) for line in zip(*columns, strict=True)]
    uneven = [lines[1], ["short"]]
    expected, got = io.StringIO(), io.StringIO()
    reference = csv.writer(expected, delimiter=sep, lineterminator="\r\n")
    reference.writerows(map(_csv_line, lines + uneven))
    writer = report_csv.new_writer(got, sep)
    report_csv.write_columns(got, writer, sep, columns)
    report_csv.write_lines(got, writer, sep, uneven)
    assert got.getvalue() == expected.getvalue()
    assert "'=1+1" in got.getvalue() and '"say ""hi"""' in got.getvalue()


@pytest.mark.parametrize("delimiter", [None, ";", "\t", "|"])
@pytest.mark.parametrize("ragged", [False, True])
def test_csv_report_from_line_starts_is_byte_for_byte_the_usual_one(
    tmp_path: Path, delimiter: str | None, ragged: bool
) -> None:
    # ``event-loader check`` computes the Row and original columns beforehand (in a second
    # process): with formulas, quotes, separators, line breaks and edits, the file is the same.
    from app.core.reports.report import csv_line_starts

    sep = delimiter or ","
    when = dt.datetime(2025, 3, 20, 15, 5)
    cells = [*FORMULAS, *SAFE, 'say "hi"', f"a{sep}b", "two\nlines", None, 12, 3.5, when]
    rows = [[cells[i % len(cells)], cells[(i * 7) % len(cells)], i] for i in range(9_000)]
    if ragged:
        rows[5] = rows[5][:2]
    sheet = SheetData(
        path=tmp_path / "in.csv", sheet_name=None, sheet_names=[], header_row=1,
        headers=["A", "B", "C"], rows=rows, row_numbers=list(range(2, 9_002)),
        delimiter=delimiter,
    )  # fmt: skip
    lines = [
        ReportRow(i, STATUS_INVALID, f'bad{sep} "x"\n', f"el-{i}", "A: =1" if i % 5 else "")
        if i % 3
        else ReportRow(i, STATUS_VALID, "", f"el-{i}")
        for i in range(0, 9_000, 2)
    ]
    write_report(tmp_path / "usual.csv", sheet, lines)
    write_report(tmp_path / "started.csv", sheet, lines, line_starts=csv_line_starts(sheet))
    usual = (tmp_path / "usual.csv").read_bytes()
    assert (tmp_path / "started.csv").read_bytes() == usual
    assert b"'=1+1" in usual and b'"say ""hi"""' in usual


def test_line_starts_of_another_sheet_are_refused(tmp_path: Path) -> None:
    from app.core.reports.report import csv_line_starts

    sheet = make_sheet(tmp_path / "in.csv")
    with pytest.raises(ValueError, match="line starts"):
        write_report(tmp_path / "r.csv", sheet, [], line_starts=csv_line_starts(sheet)[1:])
