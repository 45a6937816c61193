"""Which sheet a workbook opens on when none is named: the one with the data."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from app.core.reading.sheet import SheetError, read_first_page, read_sheet
from app.core.reading.sheet_choice import choose_sheet


def notes_then_data(path: Path) -> Path:
    """A notes sheet first, then the attendees with a title and the header on row 3."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Read me"
    notes.append(["This export lists the webinar attendees on the next sheet."])
    notes.append(["Questions: events@example.com"])
    data = book.create_sheet("Attendees")
    data.append(["Spring webinar - attendees"])
    data.append([])
    data.append(["Email", "Name", "Attended at"])
    for i in range(5):
        data.append([f"user{i}@example.com", f"User {i}", "28/03/2025 10:00"])
    book.save(path)
    return path


@pytest.mark.parametrize("reader", [read_sheet, read_first_page], ids=["full", "first-page"])
def test_a_notes_sheet_first_opens_on_the_data_sheet(tmp_path: Path, reader) -> None:
    path = notes_then_data(tmp_path / "attendees.xlsx")
    data = reader(path)
    assert data.sheet_name == "Attendees"
    assert data.header_row == 3 and data.headers == ["Email", "Name", "Attended at"]
    assert len(data.rows) == 5 and data.row_numbers[0] == 4
    assert data.sheet_names == ["Read me", "Attendees"]


def test_the_named_sheet_is_read_even_when_it_holds_notes(tmp_path: Path) -> None:
    path = notes_then_data(tmp_path / "attendees.xlsx")
    data = read_sheet(path, sheet="Read me")
    assert data.sheet_name == "Read me" and len(data.headers) == 1 and len(data.rows) == 1


def test_a_mapping_prefers_the_sheet_whose_header_holds_its_columns(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "Summary"
    summary.append(["Webinar", "Attendees"])
    summary.append(["Spring launch", 120])
    detail = book.create_sheet("Detail")
    detail.append(["Email address", "Webinar", "Joined at"])
    detail.append(["ana@example.com", "Spring launch", "2025-03-27 16:02"])
    path = tmp_path / "two-tables.xlsx"
    book.save(path)
    assert choose_sheet(path) == "Summary"  # no mapping: the first sheet with data rows
    columns = ["Email address", "Joined at", "Webinar"]
    assert choose_sheet(path, prefer_columns=columns) == "Detail"
    assert read_sheet(path, prefer_columns=columns).sheet_name == "Detail"
    assert read_first_page(path, prefer_columns=columns).sheet_name == "Detail"
    # Columns no sheet holds change nothing.
    assert choose_sheet(path, prefer_columns=["Phone"]) == "Summary"


def test_only_a_header_sheet_is_still_opened(tmp_path: Path) -> None:
    """No sheet has data rows: the first with a header opens, and reads as 0 rows."""
    book = openpyxl.Workbook()
    book.active.title = "Empty"
    headers = book.create_sheet("Template")
    headers.append(["Email", "Name"])
    path = tmp_path / "template.xlsx"
    book.save(path)
    data = read_sheet(path)
    assert data.sheet_name == "Template" and data.headers == ["Email", "Name"] and data.rows == []


def test_hidden_sheets_are_passed_over(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    hidden = book.active
    hidden.title = "Lookup"
    hidden.append(["Code", "Label"])
    hidden.append(["A", "Alpha"])
    hidden.sheet_state = "hidden"
    shown = book.create_sheet("Data")
    shown.append(["Email", "Name"])
    shown.append(["a@x.io", "Ana"])
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    assert read_sheet(path).sheet_name == "Data"


@pytest.mark.parametrize("reader", [read_sheet, read_first_page], ids=["full", "first-page"])
def test_a_workbook_of_1024_empty_sheets_is_called_empty(tmp_path: Path, reader) -> None:
    """Each sheet is looked at through its first rows only (tests/perf/bench_read.py times it)."""
    path = tmp_path / "empty.xlsx"
    book = xlsxwriter.Workbook(str(path))
    for i in range(1024):
        book.add_worksheet(f"Sheet{i + 1}")
    book.close()
    with pytest.raises(SheetError) as info:
        reader(path)
    assert info.value.code == "empty_file"


def test_a_table_below_many_blank_formatted_rows_is_found(tmp_path: Path) -> None:
    """Rows present in the file but empty (formatted, or cleared) are not the end of the look."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["See the next sheet."])
    data = book.create_sheet("Data")
    bold = openpyxl.styles.Font(bold=True)
    for row in range(1, 151):
        data.cell(row=row, column=1).font = bold  # present in the XML, holding nothing
    data.cell(row=151, column=1, value="Email")
    data.cell(row=151, column=2, value="Name")
    data.cell(row=152, column=1, value="a@x.io")
    data.cell(row=152, column=2, value="Ana")
    path = tmp_path / "low.xlsx"
    book.save(path)
    assert choose_sheet(path) == "Data"
    data_read = read_sheet(path)
    assert data_read.sheet_name == "Data" and data_read.header_row == 151
    assert data_read.rows == [["a@x.io", "Ana"]]
