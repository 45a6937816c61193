"""Files a marketer might pick by mistake: each gives a clear SheetError, never a crash.

The corpus is generated here. Every case is read both fully and as a first page, and the message
must name the file in one line.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from msoffcrypto.format.ooxml import OOXMLFile

from app.core.reading.sheet import SheetError, read_first_page, read_sheet
from app.core.reading.sheet_files import MAX_COLUMNS


def small_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    wb.active.append(["Email", "Score"])
    wb.active.append(["a@example.com", 1])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def empty_workbook(path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.create_sheet("Other")
    wb.save(path)


def encrypted(path: Path) -> None:
    source = OOXMLFile(io.BytesIO(small_xlsx()))
    with path.open("wb") as out:
        source.encrypt("Secret-123", out)


def truncated(path: Path) -> None:
    data = small_xlsx()
    path.write_bytes(data[: len(data) // 2])


def zip_of_photos(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.jpg", b"\xff\xd8\xff" + b"0" * 100)


def broken_sheet_xml(path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(small_xlsx())) as source, zipfile.ZipFile(path, "w") as out:
        for item in source.infolist():
            payload = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                payload = payload[: len(payload) // 2] + b"<<<not xml"
            out.writestr(item, payload)


def zip_bomb(path: Path) -> None:
    """A valid-looking workbook whose sheet unzips from ~60 KB to 60 MB."""
    with zipfile.ZipFile(io.BytesIO(small_xlsx())) as source, zipfile.ZipFile(path, "w") as out:
        for item in source.infolist():
            payload = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                payload = payload.replace(b"<sheetData>", b"<sheetData>" + b" " * (60 << 20))
            out.writestr(item, payload, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)


def write(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def text(value: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    return lambda path: path.write_bytes(value.encode(encoding))


CASES: list[tuple[str, str, Callable[[Path], None], str]] = [
    ("empty.xlsx", "empty_file", write(b""), ""),
    ("empty.csv", "empty_file", write(b""), ""),
    ("blank_lines.csv", "empty_file", text("\r\n \r\n\t\r\n"), ""),
    ("no_sheet_data.xlsx", "empty_file", empty_workbook, ""),
    ("junk.xlsx", "not_a_spreadsheet", write(bytes(range(256)) * 40), "binary"),
    ("report.xlsx", "not_a_spreadsheet", write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "PDF"),
    ("page.xls", "not_a_spreadsheet", text("<!DOCTYPE html><html><table><tr><td>1"), "web page"),
    ("tabbed.xls", "not_a_spreadsheet", text("Email\tName\na@x.io\tAna\n"), "text"),
    ("photos.xlsx", "not_a_spreadsheet", zip_of_photos, "zip"),
    ("binary.csv", "not_a_spreadsheet", write(b"\x00\x01\x02\x00" * 500), "binary"),
    ("image.csv", "not_a_spreadsheet", write(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), "image"),
    ("locked.xlsx", "encrypted", encrypted, "password"),
    ("cut.xlsx", "corrupt", truncated, "damaged"),
    ("broken.xlsx", "corrupt", broken_sheet_xml, "damaged"),
    ("bomb.xlsx", "too_large", zip_bomb, "zip bomb"),
    ("wide.csv", "too_many_columns", text(",".join(f"c{i}" for i in range(20_000))), "20,000"),
    ("numbers.csv", "no_header", text("1,2,3\n4,5,6\n"), "column names"),
    ("report.pdf", "unsupported_type", write(b"%PDF-1.7"), ".pdf"),
    ("noext", "unsupported_type", text("a,b\n1,2\n"), "no extension"),
]


@pytest.mark.parametrize(("name", "code", "make", "words"), CASES, ids=[case[0] for case in CASES])
@pytest.mark.parametrize("read", [read_sheet, read_first_page], ids=["full", "page"])
def test_bad_file_gives_a_clear_error(
    tmp_path: Path,
    name: str,
    code: str,
    make: Callable[[Path], None],
    words: str,
    read: Callable[..., object],
) -> None:
    path = tmp_path / name
    make(path)
    with pytest.raises(SheetError) as info:
        read(path)
    error = info.value
    message = str(error)
    assert error.code == code, message
    assert name in message
    assert words.lower() in message.lower()
    assert "\n" not in message and "Traceback" not in message
    assert error.path == str(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SheetError) as info:
        read_sheet(tmp_path / "gone.xlsx")
    assert info.value.code == "file_missing" and "gone.xlsx" in str(info.value)


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "exports.xlsx"
    folder.mkdir()
    with pytest.raises(SheetError) as info:
        read_first_page(folder)
    assert info.value.code == "is_directory" and "folder" in str(info.value)


def test_too_many_columns_names_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(MAX_COLUMNS + 1)) + "\n")
    with pytest.raises(SheetError) as info:
        read_sheet(path)
    assert info.value.params == {"count": MAX_COLUMNS + 1, "limit": MAX_COLUMNS}


def test_widest_allowed_csv_reads(tmp_path: Path) -> None:
    path = tmp_path / "wide_ok.csv"
    path.write_text(
        ",".join(f"c{i}" for i in range(MAX_COLUMNS))
        + "\n"
        + ",".join(str(i) for i in range(MAX_COLUMNS))
        + "\n"
    )
    data = read_sheet(path)
    assert len(data.headers) == MAX_COLUMNS and data.rows[0][-1] == str(MAX_COLUMNS - 1)


def test_header_only_files_are_not_errors(tmp_path: Path) -> None:
    csv_path = tmp_path / "header.csv"
    csv_path.write_text("Email;Name\n")
    wb = openpyxl.Workbook()
    wb.active.append(["Email", "Name"])
    xlsx_path = tmp_path / "header.xlsx"
    wb.save(xlsx_path)
    for path in (csv_path, xlsx_path):
        for read in (read_sheet, read_first_page):
            data = read(path)
            assert data.headers == ["Email", "Name"] and data.rows == []
