"""A corpus of bad inputs, generated here, each run through ``event-loader check``.

Every case must end either with exit code 2 and ONE line on stderr naming the file at fault, or
with per-row problems (exit 0/1 and a summary): never a traceback, never an "unexpected problem".
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from app.cli.main import main
from app.paths import samples_dir

UNUSABLE = "unusable"  # exit 2, one line naming the culprit
ROWS = "rows"  # the file is read; rows may be valid or invalid (exit 0 or 1)
EITHER = "either"  # both outcomes are acceptable, each with its own rules

HEADERS = [
    "Email address", "Company", "Webinar", "Minutes attended", "Registered on", "Attendance",
    "Joined at",
]  # fmt: skip
GOOD_ROW = [
    "ana@example.com", "Acme", "Spring product launch", "42", "2025-03-10", "Attended live",
    "2025-03-27 16:02",
]  # fmt: skip


@dataclass
class Case:
    """One bad input: ``build`` writes it and returns the check arguments and the culprit's name."""

    name: str
    expect: str
    build: Callable[[Path], tuple[list[str], str]]


def mapping_path() -> str:
    return str(samples_dir() / "webinar-attendees.mapping.json")


def csv_text(rows: list[list[str]], sep: str = ";") -> str:
    return "\r\n".join(sep.join(r) for r in [HEADERS, *rows]) + "\r\n"


def check_args(path: Path, *extra: str, mapping: str | None = None) -> list[str]:
    return ["check", str(path), "--mapping", mapping or mapping_path(), *extra]


def write(tmp: Path, name: str, data: bytes | str) -> Path:
    path = tmp / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def data_file(tmp: Path, name: str, data: bytes | str) -> tuple[list[str], str]:
    return check_args(write(tmp, name, data)), name


def good_xlsx_bytes() -> bytes:
    return (samples_dir() / "webinar-attendees.xlsx").read_bytes()


def openpyxl_book(tmp: Path, name: str, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    for row in rows:
        sheet.append(row)
    path = tmp / name
    book.save(path)
    return path


# --- builders -----------------------------------------------------------------------------------


def header_only_xlsx(tmp: Path) -> tuple[list[str], str]:
    return check_args(openpyxl_book(tmp, "header-only.xlsx", [HEADERS])), "header-only.xlsx"


def empty_sheet_xlsx(tmp: Path) -> tuple[list[str], str]:
    return check_args(openpyxl_book(tmp, "empty-sheet.xlsx", [])), "empty-sheet.xlsx"


def truncated_xlsx(tmp: Path) -> tuple[list[str], str]:
    data = good_xlsx_bytes()
    return data_file(tmp, "truncated.xlsx", data[: len(data) // 2])


def foreign_zip(tmp: Path) -> tuple[list[str], str]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "holiday photos")
        archive.writestr("photo.jpg", b"\xff\xd8\xff" + bytes(500))
    return data_file(tmp, "photos.xlsx", buffer.getvalue())


def password_xlsx(tmp: Path) -> tuple[list[str], str]:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(good_xlsx_bytes())).encrypt("s3cret", out)
    return data_file(tmp, "protected.xlsx", out.getvalue())


def zip_flagged_encrypted(tmp: Path) -> tuple[list[str], str]:
    """A workbook whose zip entries say "encrypted" (as zip tools with a password write them)."""
    source = good_xlsx_bytes()
    data = bytearray(source)
    for info in zipfile.ZipFile(io.BytesIO(source)).infolist():
        data[info.header_offset + 6] |= 1
    at = data.find(b"PK\x01\x02")
    while at != -1:
        data[at + 8] |= 1
        at = data.find(b"PK\x01\x02", at + 4)
    return data_file(tmp, "zip-password.xlsx", bytes(data))


def zip_bomb(tmp: Path) -> tuple[list[str], str]:
    """A real workbook whose sheet unzips to 64 MB of blanks from about 60 KB."""
    source = zipfile.ZipFile(io.BytesIO(good_xlsx_bytes()))
    path = tmp / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                archive.writestr(info.filename, source.read(info.filename))
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(
                b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            )
            chunk = b" " * (1 << 20)
            for _ in range(64):
                sheet.write(chunk)
            sheet.write(b"<sheetData/></worksheet>")
    return check_args(path), path.name


def broken_sheet_xml(tmp: Path) -> tuple[list[str], str]:
    source = zipfile.ZipFile(io.BytesIO(good_xlsx_bytes()))
    path = tmp / "broken-xml.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 3]  # cut in the middle of a tag
            archive.writestr(info.filename, data)
    return check_args(path), path.name


def wide_csv(tmp: Path) -> tuple[list[str], str]:
    header = HEADERS + [f"Extra {i}" for i in range(20_000 - len(HEADERS))]
    row = GOOD_ROW + [""] * (len(header) - len(GOOD_ROW))
    return data_file(tmp, "wide.csv", ";".join(header) + "\n" + ";".join(row) + "\n")


def directory(tmp: Path) -> tuple[list[str], str]:
    folder = tmp / "exports.xlsx"
    folder.mkdir()
    return check_args(folder), folder.name


def missing(tmp: Path) -> tuple[list[str], str]:
    return check_args(tmp / "gone.xlsx"), "gone.xlsx"


def wrong_sheet(tmp: Path) -> tuple[list[str], str]:
    return check_args(
        samples_dir() / "webinar-attendees.xlsx", "--sheet", "Sheet9"
    ), "webinar-attendees.xlsx"


def header_row_past_end(tmp: Path) -> tuple[list[str], str]:
    path = write(tmp, "short.csv", csv_text([GOOD_ROW]))
    return check_args(path, "--header-row", "99"), path.name


def mapping_case(
    text: bytes | str | None, name: str = "bad.mapping.json"
) -> Callable[[Path], tuple[list[str], str]]:
    def build(tmp: Path) -> tuple[list[str], str]:
        data = write(tmp, "ok.csv", csv_text([GOOD_ROW]))
        mapping = tmp / name
        if text is None:
            mapping.mkdir()
        elif text != "":
            mapping.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return check_args(data, mapping=str(mapping)), name

    return build


def renamed_columns_mapping() -> str:
    data = json.loads(Path(mapping_path()).read_text(encoding="utf-8"))
    data["fields"]["email"] = {"column": "E-mail"}
    data["fields"]["tokens.webinar"] = {"column": "Webinar title"}
    return json.dumps(data)


def report_case(report: str) -> Callable[[Path], tuple[list[str], str]]:
    def build(tmp: Path) -> tuple[list[str], str]:
        data = write(tmp, "ok.csv", csv_text([GOOD_ROW]))
        return [*check_args(data), "--report", str(tmp / report)], Path(report).name

    return build


def rows_csv(name: str, data: bytes | str) -> Callable[[Path], tuple[list[str], str]]:
    return lambda tmp: data_file(tmp, name, data)


def huge_email_cell() -> str:
    return csv_text([GOOD_ROW, ["x" * 1_000_000 + "@example.com", *GOOD_ROW[1:]]])


def huge_unmapped_cell() -> str:
    header = ";".join([*HEADERS, "Notes"])
    return f"{header}\r\n{';'.join([*GOOD_ROW, 'n' * 1_000_000])}\r\n"


def mixed_encodings() -> bytes:
    utf8 = csv_text([[*GOOD_ROW[:1], "Café Éclair", *GOOD_ROW[2:]]]).encode("utf-8")
    cp1252 = ";".join(["zoe@example.com", "Crème Brûlée SARL", *GOOD_ROW[2:]]).encode("cp1252")
    return utf8 + cp1252 + b"\r\n"


def ragged() -> str:
    return (
        ";".join(HEADERS) + "\r\n"
        + ";".join(GOOD_ROW) + "\r\n"
        + ";".join(GOOD_ROW[:3]) + "\r\n"
        + ";".join([*GOOD_ROW[:1], "Other", *GOOD_ROW[2:], "surplus", "more"]) + "\r\n"
    )  # fmt: skip


def nul_bytes() -> bytes:
    return csv_text([GOOD_ROW, ["bob@exa\x00mple.com", *GOOD_ROW[1:]]]).encode("utf-8")


def utf16_text() -> bytes:
    return ("\ufeff" + csv_text([GOOD_ROW], sep="\t")).encode("utf-16-le")


def error_cells_xlsx(tmp: Path) -> tuple[list[str], str]:
    import xlsxwriter

    path = tmp / "errors.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Data")
    sheet.write_row(0, 0, HEADERS)
    sheet.write_row(1, 0, GOOD_ROW)
    sheet.write_row(2, 0, ["bob@example.com", *GOOD_ROW[1:]])
    sheet.write_formula(2, 3, "=1/0", None, "#DIV/0!")
    sheet.write_formula(2, 5, "=#REF!", None, "#REF!")
    book.close()
    return check_args(path), path.name


def formula_cells() -> str:
    return csv_text(
        [
            GOOD_ROW,
            ['=HYPERLINK("http://evil.example","x")', "@SUM(1)", "+cmd", "-1+1", *GOOD_ROW[4:]],
        ]
    )


CASES = [
    Case("empty csv", UNUSABLE, rows_csv("empty.csv", b"")),
    Case("empty xlsx", UNUSABLE, rows_csv("empty.xlsx", b"")),
    Case("blank lines only", UNUSABLE, rows_csv("blank.csv", "\r\n\r\n  \r\n;;;\r\n")),
    Case("BOM only", UNUSABLE, rows_csv("bom.csv", b"\xef\xbb\xbf")),
    Case("header only csv", UNUSABLE, rows_csv("header-only.csv", ";".join(HEADERS) + "\r\n")),
    Case("header only xlsx", UNUSABLE, header_only_xlsx),
    Case("empty sheet xlsx", UNUSABLE, empty_sheet_xlsx),
    Case(
        "binary junk named xlsx", UNUSABLE, rows_csv("junk.xlsx", random.Random(7).randbytes(4096))
    ),
    Case(
        "pdf named xlsx",
        UNUSABLE,
        rows_csv("invoice.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
    ),
    Case(
        "web page named xls",
        UNUSABLE,
        rows_csv("export.xls", "<html><body><table><tr><td>a</td></tr></table>"),
    ),
    Case(
        "junk with OLE magic named xls",
        UNUSABLE,
        rows_csv("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024)),
    ),
    Case("truncated xlsx", UNUSABLE, truncated_xlsx),
    Case("zip of other files", UNUSABLE, foreign_zip),
    Case("password-protected xlsx", UNUSABLE, password_xlsx),
    Case("zip entries flagged encrypted", UNUSABLE, zip_flagged_encrypted),
    Case("zip bomb", UNUSABLE, zip_bomb),
    Case("sheet xml cut in the middle", UNUSABLE, broken_sheet_xml),
    Case("20,000 columns", UNUSABLE, wide_csv),
    Case("a directory", UNUSABLE, directory),
    Case("a missing file", UNUSABLE, missing),
    Case("wrong extension", UNUSABLE, rows_csv("notes.docx", csv_text([GOOD_ROW]))),
    Case("no extension", UNUSABLE, rows_csv("export", csv_text([GOOD_ROW]))),
    Case("unknown sheet", UNUSABLE, wrong_sheet),
    Case("header row past the end", UNUSABLE, header_row_past_end),
    Case("mapping missing", UNUSABLE, mapping_case("", "absent.mapping.json")),
    Case(
        "mapping malformed json",
        UNUSABLE,
        mapping_case('{"format": "event-loader-mapping", "version": 1,'),
    ),
    Case("mapping is a list", UNUSABLE, mapping_case("[1, 2, 3]")),
    Case(
        "mapping from the future",
        UNUSABLE,
        mapping_case('{"format": "event-loader-mapping", "version": 99}'),
    ),
    Case("mapping is binary", UNUSABLE, mapping_case(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")),
    Case("mapping is a folder", UNUSABLE, mapping_case(None, "mappings")),
    Case(
        "mapping names missing columns",
        UNUSABLE,
        mapping_case(renamed_columns_mapping(), "renamed.mapping.json"),
    ),
    Case("report folder missing", UNUSABLE, report_case("nowhere/report.xlsx")),
    Case("report extension", UNUSABLE, report_case("report.txt")),
    Case("1 MB email cell", ROWS, rows_csv("huge-email.csv", huge_email_cell())),
    Case("1 MB unmapped cell", ROWS, rows_csv("huge-notes.csv", huge_unmapped_cell())),
    Case("mixed encodings", ROWS, rows_csv("mixed.csv", mixed_encodings())),
    Case("ragged rows", ROWS, rows_csv("ragged.csv", ragged())),
    Case("NUL bytes", EITHER, rows_csv("nul.csv", nul_bytes())),
    Case("UTF-16 tab text", ROWS, rows_csv("unicode.txt", utf16_text())),
    Case("Excel error cells", ROWS, error_cells_xlsx),
    Case("formula-like cells", ROWS, rows_csv("formulas.csv", formula_cells())),
]


def run_check(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse refusing an option
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 25
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_gives_a_clear_outcome(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, culprit = case.build(tmp_path)
    code, out, err = run_check(argv, capsys)
    assert "Traceback" not in err and "Traceback" not in out
    assert "unexpected problem" not in err, err
    if case.expect == UNUSABLE or (case.expect == EITHER and code == 2):
        assert code == 2, f"expected exit 2, got {code}; stdout: {out[:500]}"
        lines = err.strip().splitlines()
        assert len(lines) == 1, f"expected one line on stderr, got: {err!r}"
        assert culprit in lines[0], f"{culprit!r} not named in {lines[0]!r}"
        assert len(lines[0]) < 400
    else:
        assert code in (0, 1), f"expected a summary, got exit {code}: {err}"
        assert "checked with" in out
        assert err.strip() == "" or "event-loader:" not in err


def test_per_row_problems_are_reported_for_huge_and_error_cells(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for build in (rows_csv("huge-email.csv", huge_email_cell()), error_cells_xlsx):
        argv, _ = build(tmp_path)
        code, out, _err = run_check(argv, capsys)
        assert code == 1
        assert "1 invalid" in out and "1 valid" in out


def test_formula_like_cells_never_reach_the_report_as_formulas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, _ = rows_csv("formulas.csv", formula_cells())(tmp_path)
    report = tmp_path / "report.xlsx"
    code, _out, _err = run_check([*argv, "--report", str(report)], capsys)
    assert code == 1
    with zipfile.ZipFile(report) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    values = [
        c.value
        for c in next(iter(openpyxl.load_workbook(report).active.iter_rows(min_row=3, max_row=3)))
    ]
    assert values[1].startswith("=HYPERLINK")
