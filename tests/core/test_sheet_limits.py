"""Excel's row and column limits, enforced while reading so a hostile file costs little.

The inputs are generated here: sheet XML written straight into a zip (as large as needed,
compressed to little), and text files whose one line holds a million separators.
"""

from __future__ import annotations

import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.reading import sheet_files
from app.core.reading.sheet import SheetError, read_first_page, read_sheet

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.openxmlformats'
    '.org/officeDocument/2006/relationships/worksheet"/></Relationships>'
)


def _sheet_xml(rows: int, *, dimension: bool) -> Iterator[bytes]:
    yield (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    )
    if dimension:
        yield f'<dimension ref="A1:B{rows}"/>'.encode()
    yield b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Id</t></is></c>'
    yield b'<c r="B1" t="inlineStr"><is><t>Name</t></is></c></row>'
    step = 10_000
    for start in range(2, rows + 1, step):
        yield "".join(
            f'<row r="{n}"><c r="A{n}"><v>{n}</v></c><c r="B{n}"><v>{n % 7}</v></c></row>'
            for n in range(start, min(start + step, rows + 1))
        ).encode()
    yield b"</sheetData></worksheet>"


def write_xlsx(path: Path, rows: int, *, dimension: bool) -> Path:
    """Write a two-column workbook of ``rows`` rows, part by part (little memory, small file)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for part in _sheet_xml(rows, dimension=dimension):
                sheet.write(part)
    return path


def test_excel_limits_are_the_defaults() -> None:
    assert sheet_files.MAX_ROWS == 1_048_576 and sheet_files.MAX_COLUMNS == 16_384


@pytest.mark.parametrize("dimension", [True, False], ids=["declared", "undeclared"])
def test_workbook_past_excels_last_row_is_refused_before_it_is_loaded(
    tmp_path: Path, dimension: bool
) -> None:
    """One row more than Excel allows: refused from the sheet's declared size or by counting.

    The counted case streams 45 MB of sheet XML and stops at the first row past the limit;
    calamine, which would keep every row in memory, is never asked for the sheet.
    """
    path = write_xlsx(tmp_path / "big.xlsx", sheet_files.MAX_ROWS + 1, dimension=dimension)
    tracemalloc.start()
    try:
        with pytest.raises(SheetError) as info:
            read_sheet(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert info.value.code == "too_many_rows"
    assert info.value.params["limit"] == 1_048_576 and info.value.params["row"] > 1_048_576
    assert str(info.value) == (
        "big.xlsx has more than 1,048,576 rows, more than a spreadsheet can have: split it into "
        "smaller files."
    )
    # The rows were not kept: a million two-cell rows are well over 100 MB of Python objects.
    assert peak < 20 << 20


def test_workbook_at_a_lowered_limit_is_refused_and_just_under_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheet_files, "MAX_ROWS", 3_000)
    fits = write_xlsx(tmp_path / "fits.xlsx", 3_000, dimension=False)
    data = read_sheet(fits)
    assert len(data.rows) == 2_999 and data.row_numbers[-1] == 3_000
    over = write_xlsx(tmp_path / "over.xlsx", 5_000, dimension=False)
    with pytest.raises(SheetError) as info:
        read_sheet(over)
    assert info.value.code == "too_many_rows" and info.value.params["row"] > 3_000
    # The first page stops long before the limit: it still shows the first rows.
    page = read_first_page(over)
    assert len(page.rows) == 100 and not page.complete


def test_text_file_past_the_row_limit_is_refused_while_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheet_files, "MAX_ROWS", 10_000)
    path = tmp_path / "long.csv"
    path.write_text("Email,Name\n" + "".join(f"u{i}@x.io,N{i}\n" for i in range(30_000)))
    seen: list[int] = []
    with pytest.raises(SheetError) as info:
        read_sheet(path, progress=seen.append)
    assert info.value.code == "too_many_rows"
    # Refused during the read, after about the limit's worth of rows, not at the end.
    assert max(seen, default=0) <= 10_000 + 5_000
    assert info.value.params["row"] <= 10_000 + 4_096 + 1


@pytest.mark.parametrize("reader", [read_sheet, read_first_page], ids=["full", "first-page"])
def test_a_line_of_a_million_separators_is_refused_before_it_is_split(
    tmp_path: Path, reader
) -> None:
    """3 MB of ``ab,``: the csv module would have made a million strings (60 MB) of it."""
    path = tmp_path / "commas.csv"
    path.write_bytes(b"Email,Name\r\n" + b"ab," * 1_000_000 + b"\r\nx@y.io,Z\r\n")
    tracemalloc.start()
    try:
        with pytest.raises(SheetError) as info:
            reader(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert info.value.code == "too_many_columns"
    assert info.value.params["count"] == 1_000_001 and info.value.params["limit"] == 16_384
    assert str(info.value).startswith("commas.csv has 1,000,001 columns, more than the 16,384")
    assert peak < 40 << 20


def test_separators_inside_quotes_do_not_count_as_columns(tmp_path: Path) -> None:
    long_text = "a," * 20_000
    path = tmp_path / "quoted.csv"
    path.write_text(f'Email,Comment\r\nx@y.io,"{long_text}"\r\n')
    data = read_sheet(path)
    assert data.rows == [["x@y.io", long_text]]


@pytest.mark.parametrize("short_lines", [0, 3_000], ids=["alone", "among-short-lines"])
def test_a_long_line_is_refused_wherever_it_sits(tmp_path: Path, short_lines: int) -> None:
    """Alone (found in the text itself) or among thousands of short lines (csv's own lines)."""
    path = tmp_path / "long.csv"
    body = "".join(f"u{i}@x.io,N{i}\r\n" for i in range(short_lines))
    path.write_text("Email,Name\r\n" + body + "a," * 20_000 + "\r\n" + body)
    with pytest.raises(SheetError) as info:
        read_sheet(path)
    assert info.value.code == "too_many_columns" and info.value.params["count"] == 20_001


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_files_of_long_lines_keep_their_rows(tmp_path: Path, ending: str) -> None:
    """Lines of 20,000 characters but few fields read as before, whatever the line ends."""
    path = tmp_path / "wide-text.csv"
    cell = "word " * 4_000
    path.write_text(ending.join(["Email,Comment", f"a@x.io,{cell}", f"b@x.io,{cell}"]) + ending)
    data = read_sheet(path)
    assert data.rows == [["a@x.io", cell], ["b@x.io", cell]]
