"""Workbook reading: calamine's traps, sheet and header choice, first page = full read.

Every workbook is generated here, with openpyxl and with xlsxwriter where the two write the
same thing differently (inline strings vs shared strings, error cells with or without formulas,
merged cells written as blanks or left out).
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from app.core.reading.sheet import (
    CellError,
    SheetError,
    list_sheets,
    read_first_page,
    read_sheet,
)


def codes(data) -> list[str]:
    return [n.code for n in data.notes]


def both_reads(path: Path, **kwargs):
    """Read a file fully and as a first page; assert the page is the start of the full read."""
    full = read_sheet(path, **kwargs)
    page = read_first_page(path, **kwargs)
    n = len(page.rows)
    assert page.headers == full.headers
    assert page.header_row == full.header_row
    assert page.rows == full.rows[:n]
    assert page.row_numbers == full.row_numbers[:n]
    assert page.sheet_name == full.sheet_name
    return full


# ---------------------------------------------------------------- values


@pytest.fixture
def typed_openpyxl(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Id", "Zip", "Day", "Moment", "Clock", "Flag", "Score", "Big", "Error"])
    ws.append(
        [
            12345,
            "00123",
            dt.date(2025, 3, 4),
            dt.datetime(2025, 3, 4, 10, 30),
            dt.time(9, 15),
            True,
            1.5,
            10**15,
            "#N/A",
        ]
    )
    ws["I2"].data_type = "e"
    ws.append([1.0, "0042", dt.datetime(2025, 12, 31), None, None, False, -3.0, 2.0**40, None])
    path = tmp_path / "typed.xlsx"
    wb.save(path)
    return path


def test_whole_numbers_are_int_and_text_keeps_leading_zeros(typed_openpyxl: Path) -> None:
    data = both_reads(typed_openpyxl)
    first, second = data.rows
    assert first[0] == 12345 and type(first[0]) is int
    assert str(first[0]) == "12345"
    assert second[0] == 1 and type(second[0]) is int
    assert first[1] == "00123" and second[1] == "0042"
    assert first[6] == 1.5 and type(first[6]) is float
    assert second[6] == -3 and type(second[6]) is int
    assert first[7] == 10**15 and type(first[7]) is int
    assert second[7] == 2**40


def test_dates_times_and_bools_keep_their_types(typed_openpyxl: Path) -> None:
    first, second = both_reads(typed_openpyxl).rows
    assert first[2] == dt.date(2025, 3, 4) and type(first[2]) is dt.date
    assert first[3] == dt.datetime(2025, 3, 4, 10, 30)
    assert first[4] == dt.time(9, 15)
    # A date-only value (a whole serial number) is a date, whatever the writer called it.
    assert second[2] == dt.date(2025, 12, 31) and type(second[2]) is dt.date
    assert first[5] is True and second[5] is False


def test_empty_cells_are_none(typed_openpyxl: Path) -> None:
    second = both_reads(typed_openpyxl).rows[1]
    assert second[3] is None and second[4] is None and second[8] is None


def test_error_cell_written_by_openpyxl_is_flagged(typed_openpyxl: Path) -> None:
    data = both_reads(typed_openpyxl)
    assert data.rows[0][8] == CellError("#N/A")
    assert str(data.rows[0][8]) == "#N/A"


@pytest.fixture
def xlsxwriter_book(tmp_path: Path) -> Path:
    path = tmp_path / "xw.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Export")
    date_format = book.add_format({"num_format": "dd/mm/yyyy"})
    stamp_format = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    sheet.write_row(0, 0, ["Id", "Zip", "Joined", "Seen", "Ratio", "Div", "Na", "Ref", "Value"])
    sheet.write_number(1, 0, 987654321)
    sheet.write_string(1, 1, "007")
    sheet.write_datetime(1, 2, dt.datetime(2024, 2, 29), date_format)
    sheet.write_datetime(1, 3, dt.datetime(2024, 2, 29, 23, 59, 58), stamp_format)
    sheet.write_formula(1, 4, "=A2/1000", None, 987654.321)
    sheet.write_formula(1, 5, "=1/0", None, "#DIV/0!")
    sheet.write_formula(1, 6, "=NA()", None, "#N/A")
    sheet.write_formula(1, 7, "=#REF!", None, "#REF!")
    sheet.write_formula(1, 8, '="a"+1', None, "#VALUE!")
    for col, code in enumerate(["#NAME?", "#NUM!", "#NULL!"]):
        sheet.write_formula(2, col, "=Z99", None, code)
    sheet.write_number(2, 3, 5)
    book.close()
    return path


def test_error_cells_with_formulas_are_flagged(xlsxwriter_book: Path) -> None:
    data = both_reads(xlsxwriter_book)
    first, second = data.rows
    assert first[5:9] == [
        CellError("#DIV/0!"),
        CellError("#N/A"),
        CellError("#REF!"),
        CellError("#VALUE!"),
    ]
    assert second[:3] == [CellError("#NAME?"), CellError("#NUM!"), CellError("#NULL!")]
    assert first[0] == 987654321 and first[1] == "007"
    assert first[2] == dt.date(2024, 2, 29)
    assert first[3] == dt.datetime(2024, 2, 29, 23, 59, 58)
    assert first[4] == pytest.approx(987654.321)
    assert second[3] == 5


def test_row_of_only_errors_is_not_skipped_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "errors_only.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["Email", "Score"])
    sheet.write_row(1, 0, ["a@example.com", 1])
    sheet.write_formula(2, 1, "=1/0", None, "#DIV/0!")
    sheet.write_row(3, 0, ["b@example.com", 2])
    sheet.write_formula(4, 0, "=NA()", None, "#N/A")
    book.close()
    data = both_reads(path)
    assert data.row_numbers == [2, 3, 4, 5]
    assert data.rows[1] == [None, CellError("#DIV/0!")]
    assert data.rows[3] == [CellError("#N/A"), None]
    assert data.empty_rows_skipped == 0


def test_text_that_looks_like_an_error_in_a_string_cell_stays_text(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["Note", "Other"])
    wb.active.append(['He wrote t="e" and #N/A', "x"])
    path = tmp_path / "texty.xlsx"
    wb.save(path)
    assert both_reads(path).rows == [['He wrote t="e" and #N/A', "x"]]


def test_very_long_cells_are_kept_whole(tmp_path: Path) -> None:
    long_text = "é" * 32_767  # Excel's own limit for one cell
    huge = "x" * 1_000_000  # beyond it, as some tools write
    wb = openpyxl.Workbook()
    wb.active.append(["Long", "Huge"])
    wb.active.append([long_text, huge])
    saved = tmp_path / "saved.xlsx"
    wb.save(saved)  # openpyxl cuts text at Excel's limit: put the whole 1 MB back in the XML
    path = tmp_path / "long.xlsx"
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            payload = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                payload = payload.replace(b"x" * 32_767, huge.encode())
            target.writestr(item, payload, compress_type=zipfile.ZIP_DEFLATED)
    data = both_reads(path)
    assert data.rows[0][0] == long_text
    assert len(data.rows[0][1]) == 1_000_000


def test_durations_are_shown_as_excel_shows_them(tmp_path: Path) -> None:
    path = tmp_path / "durations.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["Name", "Watched"])
    sheet.write_string(1, 0, "Ana")
    sheet.write_number(1, 1, 1.0625, book.add_format({"num_format": "[h]:mm:ss"}))
    book.close()
    data = both_reads(path)
    assert data.rows[0][1] in ("25:30:00",)


def test_1904_date_system(tmp_path: Path) -> None:
    path = tmp_path / "mac.xlsx"
    book = xlsxwriter.Workbook(str(path), {"date_1904": True})
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["Name", "Day"])
    sheet.write_string(1, 0, "Ana")
    sheet.write_datetime(1, 1, dt.datetime(2025, 3, 4), book.add_format({"num_format": "d/m/yy"}))
    book.close()
    assert both_reads(path).rows[0][1] == dt.date(2025, 3, 4)


# ---------------------------------------------------------------- headers and rows


def test_header_detected_below_a_title_and_blank_rows(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Webinar attendees - March export"
    ws["A2"] = "Generated 2025-03-04"
    ws.append([])
    ws.append(["Email", "First name", "Minutes"])
    ws.append(["a@example.com", "Ana", 42])
    path = tmp_path / "titled.xlsx"
    wb.save(path)
    data = both_reads(path)
    assert data.header_row == 4
    assert data.headers == ["Email", "First name", "Minutes"]
    assert data.row_numbers == [5]


def test_table_not_starting_at_a1_keeps_spreadsheet_row_numbers_and_letters(
    tmp_path: Path,
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["C3"], ws["D3"], ws["F3"] = "Email", "Score", "Level"
    ws["C4"], ws["D4"], ws["F4"] = "a@example.com", 1, "Expert"
    ws["C7"], ws["D7"] = "b@example.com", 2
    path = tmp_path / "offset.xlsx"
    wb.save(path)
    data = both_reads(path)
    assert data.header_row == 3
    assert data.headers == ["Email", "Score", "Column E", "Level"]
    assert data.rows == [["a@example.com", 1, None, "Expert"], ["b@example.com", 2, None, None]]
    assert data.row_numbers == [4, 7]
    assert data.empty_rows_skipped == 2
    assert {"code": "header_blank", "column": "E"} in [
        {"code": n.code, "column": n.params.get("column")} for n in data.notes
    ]


def test_blank_and_duplicate_headers_are_named_and_reported(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["Email", None, "Email", "email", "Name"])
    wb.active.append(["a", "b", "c", "d", "e"])
    path = tmp_path / "dups.xlsx"
    wb.save(path)
    data = both_reads(path)
    assert data.headers == ["Email", "Column B", "Email (2)", "email (3)", "Name"]
    assert codes(data).count("header_duplicate") == 2
    blank = next(n for n in data.notes if n.code == "header_blank")
    assert blank.params == {"column": "B", "new_name": "Column B"}


def test_header_only_sheet_gives_zero_rows(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["Email", "Name"])
    path = tmp_path / "header_only.xlsx"
    wb.save(path)
    data = both_reads(path)
    assert data.headers == ["Email", "Name"] and data.rows == [] and data.row_numbers == []


def test_explicit_header_row(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Campaign", "Spring"])
    ws.append(["Email", "Score"])
    ws.append(["a@example.com", 3])
    path = tmp_path / "explicit.xlsx"
    wb.save(path)
    data = both_reads(path, header_row=2)
    assert data.headers == ["Email", "Score"] and data.rows == [["a@example.com", 3]]
    first = both_reads(path, header_row=1)
    assert first.headers == ["Campaign", "Spring"] and len(first.rows) == 2


@pytest.mark.parametrize("row", [0, 4, 100])
def test_header_row_out_of_range(tmp_path: Path, row: int) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["Email"])
    wb.active.append(["a@example.com"])
    path = tmp_path / "short.xlsx"
    wb.save(path)
    for read in (read_sheet, read_first_page):
        with pytest.raises(SheetError) as info:
            read(path, header_row=row)
        assert info.value.code == "header_row_out_of_range"
        assert info.value.params == {"row": row, "last": 2}
        assert "short.xlsx" in str(info.value) and "rows 1 to 2" in str(info.value)


def test_header_row_pointing_at_an_empty_row(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["Email"])
    wb.active.append([])
    wb.active.append(["a@example.com"])
    path = tmp_path / "gap.xlsx"
    wb.save(path)
    with pytest.raises(SheetError) as info:
        read_sheet(path, header_row=2)
    assert info.value.code == "no_header"


@pytest.mark.parametrize("writer", ["openpyxl", "xlsxwriter"])
def test_merged_header_cells_are_spread_and_named(tmp_path: Path, writer: str) -> None:
    path = tmp_path / f"merged_{writer}.xlsx"
    if writer == "openpyxl":
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["Contact", None, "Address", None, None, "Score"])
        ws.append(["a@example.com", "Ana", "1 rue X", "75001", "Paris", 3])
        ws.merge_cells("A1:B1")
        ws.merge_cells("C1:E1")
        wb.save(path)
    else:
        book = xlsxwriter.Workbook(str(path))
        sheet = book.add_worksheet()
        sheet.merge_range("A1:B1", "Contact")
        sheet.merge_range("C1:E1", "Address")
        sheet.write_string(0, 5, "Score")
        sheet.write_row(1, 0, ["a@example.com", "Ana", "1 rue X", "75001", "Paris", 3])
        book.close()
    data = both_reads(path)
    assert data.headers == [
        "Contact",
        "Contact (2)",
        "Address",
        "Address (2)",
        "Address (3)",
        "Score",
    ]
    merged = [n.params for n in data.notes if n.code == "header_merged"]
    assert merged == [
        {"columns": "A:B", "name": "Contact", "new_names": ["Contact", "Contact (2)"]},
        {
            "columns": "C:E",
            "name": "Address",
            "new_names": ["Address", "Address (2)", "Address (3)"],
        },
    ]
    assert "header_duplicate" not in codes(data)


def test_header_merged_down_over_two_rows(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Email", "Scores", None])
    ws.append([None, "Quiz", "Exam"])
    ws.append(["a@example.com", 1, 2])
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:C1")
    path = tmp_path / "two_rows.xlsx"
    wb.save(path)
    data = both_reads(path, header_row=2)
    assert data.headers == ["Email", "Quiz", "Exam"]
    assert data.rows == [["a@example.com", 1, 2]]


def test_fully_empty_rows_are_skipped_and_counted(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Email", "Score"])
    ws.append(["a@example.com", 1])
    ws.append([None, None])
    ws.append([])
    ws.append(["b@example.com", 0])
    ws.append(["", ""])
    path = tmp_path / "empty_rows.xlsx"
    wb.save(path)
    data = both_reads(path)
    assert data.row_numbers == [2, 5]
    assert data.rows[1] == ["b@example.com", 0]
    assert data.empty_rows_skipped == 2
    assert ("empty_rows_skipped", {"count": 2}) in [(n.code, n.params) for n in data.notes]


def test_data_beyond_the_header_gets_a_named_column(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Email", "Score"])
    ws.append(["a@example.com", 1, "stray note"])
    path = tmp_path / "stray.xlsx"
    wb.save(path)
    data = both_reads(path)
    assert data.headers == ["Email", "Score", "Column C"]
    assert data.rows == [["a@example.com", 1, "stray note"]]
    assert "data_outside_header" in codes(data)


# ---------------------------------------------------------------- sheets


def test_default_sheet_is_first_visible_non_empty(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Cover"  # empty
    hidden = wb.create_sheet("Secret")
    hidden.append(["Hidden", "Data"])
    hidden.append([1, 2])
    hidden.sheet_state = "hidden"
    real = wb.create_sheet("Attendees")
    real.append(["Email"])
    real.append(["a@example.com"])
    path = tmp_path / "sheets.xlsx"
    wb.save(path)
    data = both_reads(path)
    assert data.sheet_name == "Attendees"
    assert data.sheet_names == ["Cover", "Secret", "Attendees"]
    assert list_sheets(path) == ["Cover", "Secret", "Attendees"]
    hidden_data = both_reads(path, sheet="secret")  # by name, any case
    assert hidden_data.sheet_name == "Secret" and hidden_data.headers == ["Hidden", "Data"]


def test_unknown_sheet_names_the_sheets_there_are(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Data"
    wb.active.append(["x"])
    path = tmp_path / "one.xlsx"
    wb.save(path)
    for read in (read_sheet, read_first_page):
        with pytest.raises(SheetError) as info:
            read(path, sheet="Summary")
        assert info.value.code == "sheet_not_found"
        assert '"Summary"' in str(info.value) and '"Data"' in str(info.value)


def test_named_empty_sheet_is_reported(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Blank"
    wb.create_sheet("Data").append(["x"])
    path = tmp_path / "blank_sheet.xlsx"
    wb.save(path)
    with pytest.raises(SheetError) as info:
        read_sheet(path, sheet="Blank")
    assert info.value.code == "empty_sheet"


def test_xlsx_saved_with_an_xls_name_is_still_read(tmp_path: Path, typed_openpyxl: Path) -> None:
    renamed = tmp_path / "export.xls"
    renamed.write_bytes(typed_openpyxl.read_bytes())
    data = read_sheet(renamed)
    assert data.headers[0] == "Id" and data.rows[0][0] == 12345


def test_csv_list_sheets_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("a,b\n1,2\n")
    assert list_sheets(path) == []


# ---------------------------------------------------------------- OpenDocument


def write_ods(path: Path, rows_xml: str, sheet: str = "Feuille1") -> None:
    """Write a minimal .ods as LibreOffice lays it out (no whitespace between elements)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
        ' office:version="1.2"><office:body><office:spreadsheet>'
        f'<table:table table:name="{sheet}">{rows_xml}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2"><manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest)


def text_cell(text: str, extra: str = "") -> str:
    return (
        f'<table:table-cell{extra} office:value-type="string">'
        f"<text:p>{text}</text:p></table:table-cell>"
    )


def test_ods_values_errors_and_merged_header(tmp_path: Path) -> None:
    path = tmp_path / "export.ods"
    header = (
        text_cell("Id")
        + text_cell("Zip")
        + text_cell("Day")
        + text_cell("Error")
        + text_cell("Address", ' table:number-columns-spanned="2"')
        + "<table:covered-table-cell/>"
    )
    data_row = (
        '<table:table-cell office:value-type="float" office:value="12345"><text:p>12345</text:p>'
        "</table:table-cell>"
        + text_cell("00123")
        + '<table:table-cell office:value-type="date" office:date-value="2025-03-04">'
        "<text:p>04/03/2025</text:p></table:table-cell>"
        '<table:table-cell table:formula="of:=1/0" office:value-type="string"'
        ' office:string-value="" calcext:value-type="error"><text:p>#DIV/0!</text:p>'
        "</table:table-cell>" + text_cell("1 rue X") + text_cell("Paris")
    )
    empty = '<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>'
    write_ods(
        path,
        f"<table:table-row>{header}</table:table-row>{empty}"
        f"<table:table-row>{data_row}</table:table-row>",
    )
    data = both_reads(path)
    assert data.headers == ["Id", "Zip", "Day", "Error", "Address", "Address (2)"]
    assert data.rows == [
        [12345, "00123", dt.date(2025, 3, 4), CellError("#DIV/0!"), "1 rue X", "Paris"]
    ]
    assert data.row_numbers == [4]
    assert "header_merged" in codes(data)


# ---------------------------------------------------------------- first page, progress, stop


@pytest.fixture(scope="module")
def long_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("long") / "long.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Rows")
    stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    sheet.write_row(0, 0, ["Email", "Id", "Score", "When", "Zip"])
    base = dt.datetime(2025, 1, 1, 8, 0)
    for r in range(1, 12_001):
        sheet.write_string(r, 0, f"user{r}@example.com")
        sheet.write_number(r, 1, r)
        sheet.write_number(r, 2, r / 8)
        sheet.write_datetime(r, 3, base + dt.timedelta(minutes=13 * r, seconds=r % 60), stamp)
        sheet.write_string(r, 4, f"{r % 1000:05d}")
        if r % 997 == 0:
            sheet.write_formula(r, 2, "=1/0", None, "#DIV/0!")
    book.close()
    return path


def test_first_page_equals_the_start_of_the_full_read(long_book: Path) -> None:
    full = read_sheet(long_book)
    page = read_first_page(long_book, limit=2_500)
    assert len(full.rows) == 12_000 and full.complete
    assert len(page.rows) == 2_500 and not page.complete
    assert page.rows == full.rows[:2_500]
    assert page.row_numbers == full.row_numbers[:2_500]
    assert full.rows[996][2] == CellError("#DIV/0!")
    assert full.rows[11_999][:2] == ["user12000@example.com", 12000]


def test_small_sheet_first_page_is_complete(typed_openpyxl: Path) -> None:
    assert read_first_page(typed_openpyxl).complete is True


def test_progress_is_reported_and_stop_is_honoured(long_book: Path) -> None:
    seen: list[int] = []
    read_sheet(long_book, progress=seen.append)
    assert seen[0] == 5_000 and seen[-1] == 12_000 and seen == sorted(seen)

    with pytest.raises(SheetError) as info:
        read_sheet(long_book, should_stop=lambda: True)
    assert info.value.code == "cancelled"


def test_first_page_follows_calamine_on_every_date_and_number_format(tmp_path: Path) -> None:
    """Serial numbers under many formats read the same cell for cell on both paths."""
    path = tmp_path / "formats.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    formats = {
        "date": "yyyy-mm-dd",
        "stamp": "yyyy-mm-dd hh:mm:ss.000",
        "clock": "hh:mm:ss",
        "hours": "[h]:mm:ss",
        "quoted": 'dd" de "mmmm yyyy',
        "ampm": "h:mm AM/PM",
        "fixed": "0.00",
        "percent": "0%",
        "science": "0.00E+00",
        "text": "@",
        "colour": "[Red]#,##0",
    }
    styles = {name: book.add_format({"num_format": code}) for name, code in formats.items()}
    sheet.write_row(0, 0, list(formats))
    tricky = [0, 0.5, 0.9999999, 1, 1.5, 59, 59.5, 60, 60.25, 61, 45000.999988426, 45000.0000115]
    values = tricky + [i * 613.37 for i in range(1, 60)]
    for r, value in enumerate(values, start=1):
        for c, name in enumerate(formats):
            sheet.write_number(r, c, value, styles[name])
    book.close()
    data = both_reads(path)
    assert len(data.rows) == len(values)
    assert data.rows[0][0] == dt.time(0, 0)  # serial 0 under a date format: a time, as calamine
    assert data.rows[9][0] == dt.date(1900, 3, 1)  # serial 61, past Excel's 29 Feb 1900
    assert data.rows[1][3] == "12:00:00"
    assert data.rows[4][6] == 1.5 and data.rows[3][6] == 1


def test_rich_text_and_escaped_characters(tmp_path: Path) -> None:
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Note", "Plain"])
    ws["A2"] = CellRichText(["Very ", TextBlock(InlineFont(b=True), "important"), " note"])
    ws["B2"] = "line_x000D_end"
    ws["A3"] = "x"
    ws["B3"] = "   "  # no xml:space="preserve": blank, on both paths
    ws["A4"] = " lead"
    path = tmp_path / "rich.xlsx"
    wb.save(path)
    data = both_reads(path)
    assert data.rows[0] == ["Very important note", "line\rend"]
    assert data.rows[1] == ["x", None]
    assert data.rows[2] == [" lead", None]


# ---------------------------------------------------------------- legacy .xls


def test_legacy_xls_values_sheets_and_merged_header(tmp_path: Path) -> None:
    import xlwt

    book = xlwt.Workbook()
    cover = book.add_sheet("Cover")  # left empty: passed over
    del cover
    sheet = book.add_sheet("Export")
    sheet.write_merge(0, 0, 0, 1, "Contact")
    sheet.write(0, 2, "Day")
    sheet.write(0, 3, "Score")
    sheet.write(1, 0, 12345)
    sheet.write(1, 1, "00123")
    sheet.write(1, 2, dt.date(2025, 3, 4), xlwt.easyxf(num_format_str="DD/MM/YYYY"))
    sheet.write(1, 3, 2.5)
    sheet.write(2, 0, 7.0)
    sheet.write(2, 3, True)
    path = tmp_path / "legacy.xls"
    book.save(str(path))
    data = both_reads(path)
    assert data.sheet_name == "Export"
    assert data.headers == ["Contact", "Contact (2)", "Day", "Score"]
    assert data.rows == [
        [12345, "00123", dt.date(2025, 3, 4), 2.5],
        [7, None, None, True],
    ]
    assert type(data.rows[1][0]) is int


@pytest.mark.parametrize("chunk", [97, 1 << 20])
def test_error_cells_and_merges_found_whatever_the_scan_chunk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """The sheet XML is scanned in chunks; cells and merged ranges cut by a chunk's end count."""
    from app.core.reading import sheet_workbook

    path = tmp_path / "chunks.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.merge_range("A1:B1", "Contact")
    sheet.write_string(0, 2, "Score")
    for row in range(1, 300):
        sheet.write_row(row, 0, [f"u{row}@example.com", f"Name {row}", row])
        if row % 37 == 0:
            sheet.write_formula(row, 2, "=1/0", None, "#DIV/0!")
    sheet.merge_range("E400:F400", "after the data")
    book.close()
    monkeypatch.setattr(sheet_workbook, "_CHUNK", chunk)
    scan = sheet_workbook.SheetXmlScan(path, "Sheet1", want_errors=True).start()
    scan.join()
    assert not scan.failed
    assert sorted(scan.errors) == [row + 1 for row in range(37, 300, 37)]
    assert all(cells == [(2, CellError("#DIV/0!"))] for cells in scan.errors.values())
    assert sorted(scan.merged) == [((0, 0), (0, 1)), ((399, 4), (399, 5))]
    data = read_sheet(path)
    assert data.headers[:3] == ["Contact", "Contact (2)", "Score"]
    assert data.rows[36][2] == CellError("#DIV/0!")
