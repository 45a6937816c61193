"""Measure what hostile files cost before they are refused, and print the figures.

Usage: ``python tests/perf/bench_limits.py [--rows N] [--cache DIR] [--empty-sheets N]``

1. A workbook of ``--rows`` rows (14,500,000 by default: a file that honestly unzips to 1.9 GB),
   with and without a declared size (``<dimension>``): the time and peak memory of ``read_sheet``
   until it refuses the sheet for having more rows than Excel allows.
2. A 200 MB CSV line of commas: the time and peak memory until ``read_sheet`` and
   ``read_first_page`` refuse it for having more columns than Excel allows.
3. A workbook of ``--empty-sheets`` empty sheets: the time until it is called empty.

Each refusal runs in a child process so that its peak resident memory is its own. The generated
files are kept in the cache folder (outside the repository); the large ones take a minute to
write the first time.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "core"))


def _sheet_parts(rows: int, dimension: bool) -> Iterator[bytes]:
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{ns}">'.encode()
    if dimension:
        yield f'<dimension ref="A1:D{rows}"/>'.encode()
    yield (
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Email</t></is></c>'
        b'<c r="B1" t="inlineStr"><is><t>Id</t></is></c><c r="C1" t="inlineStr"><is><t>Score'
        b'</t></is></c><c r="D1" t="inlineStr"><is><t>Minutes</t></is></c></row>'
    )
    step = 20_000
    for start in range(2, rows + 1, step):
        yield "".join(
            f'<row r="{n}"><c r="A{n}"><v>{n}</v></c><c r="B{n}"><v>{n % 97}</v></c>'
            f'<c r="C{n}"><v>{n % 13}.5</v></c><c r="D{n}"><v>{n % 60}</v></c></row>'
            for n in range(start, min(start + step, rows + 1))
        ).encode()
    yield b"</sheetData></worksheet>"


def make_big_workbook(path: Path, rows: int, dimension: bool) -> None:
    """Write the workbook part by part, so that writing it needs little memory."""
    from test_sheet_limits import _CONTENT_TYPES, _ROOT_RELS, _WORKBOOK, _WORKBOOK_RELS

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for part in _sheet_parts(rows, dimension):
                sheet.write(part)


def make_comma_line(path: Path, size: int) -> None:
    with path.open("wb") as f:
        f.write(b"Email,Name\r\n")
        block = b"," * (1 << 20)
        for _ in range(size // len(block)):
            f.write(block)
        f.write(b"\r\nx@y.io,Z\r\n")


def make_empty_sheets(path: Path, count: int) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    for i in range(count):
        book.add_worksheet(f"Sheet{i + 1}")
    book.close()


def refuse_in_child(path: Path, reader: str) -> dict[str, object]:
    """Run one read in a child process; return its outcome, time and peak memory."""
    code = (
        "import json, resource, sys, time\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from app.core.reading.sheet import SheetError, read_first_page, read_sheet\n"
        f"reader = {reader}\n"
        "start = time.perf_counter()\n"
        "try:\n"
        f"    reader({str(path)!r})\n"
        "    outcome = 'read'\n"
        "except SheetError as exc:\n"
        "    outcome = exc.code\n"
        "elapsed = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024\n"
        "print(json.dumps({'outcome': outcome, 'seconds': round(elapsed, 2), 'peak_mb': peak}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=3600
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=14_500_000)
    parser.add_argument("--comma-mb", type=int, default=200)
    parser.add_argument("--empty-sheets", type=int, default=1024)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "el-limits")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"(a bare interpreter with the reader imported peaks near {baseline} MB)")

    for dimension in (True, False):
        name = f"rows-{args.rows}-{'declared' if dimension else 'undeclared'}.xlsx"
        path = args.cache / name
        if not path.exists():
            start = time.perf_counter()
            make_big_workbook(path, args.rows, dimension)
            print(f"wrote {name} in {time.perf_counter() - start:.0f} s")
        with zipfile.ZipFile(path) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
        result = refuse_in_child(path, "read_sheet")
        print(
            f"{args.rows:,} rows, {path.stat().st_size >> 20} MB unzipping to "
            f"{unzipped >> 20} MB, size {'declared' if dimension else 'not declared'}: "
            f"{result['outcome']} in {result['seconds']} s, peak {result['peak_mb']} MB"
        )

    commas = args.cache / f"commas-{args.comma_mb}mb.csv"
    if not commas.exists():
        make_comma_line(commas, args.comma_mb << 20)
    for reader in ("read_sheet", "read_first_page"):
        result = refuse_in_child(commas, reader)
        print(
            f"a {args.comma_mb} MB line of commas, {reader}: {result['outcome']} in "
            f"{result['seconds']} s, peak {result['peak_mb']} MB"
        )

    empty = args.cache / f"empty-{args.empty_sheets}.xlsx"
    if not empty.exists():
        make_empty_sheets(empty, args.empty_sheets)
    for reader in ("read_sheet", "read_first_page"):
        result = refuse_in_child(empty, reader)
        print(
            f"{args.empty_sheets} empty sheets, {reader}: {result['outcome']} in "
            f"{result['seconds']} s, peak {result['peak_mb']} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
