"""The fast first page and the full read agree cell for cell, on every workbook of a corpus.

The window shows the first page (streamed from the sheet XML by ``sheet_xlsx_stream``) and ``map``
matches columns on it; everything else uses the full read (calamine). Any cell that differs
between the two is a value the user saw and did not send. The corpus: workbooks built here for
each shape the streaming reader parses itself (``workbook_corpus``), and public test
workbooks of calamine and python-calamine (``tests/data/public-workbooks``). For each workbook,
the sheet chosen by default and every sheet by name are compared: the same sheet, header row,
column names, first 100 rows and row numbers, or the same refusal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from workbook_corpus import BUILDERS

from app.core.reading.sheet import SheetError, list_sheets, read_first_page, read_sheet

PUBLIC = Path(__file__).resolve().parents[1] / "data" / "public-workbooks"
PUBLIC_FILES = sorted(p for p in PUBLIC.rglob("*") if p.suffix.lower() in (".xlsx", ".xlsm"))
PAGE = 100


def outcome(reader: Any, path: Path, sheet: str | None) -> tuple[Any, ...]:
    """What a reader makes of a sheet: its first ``PAGE`` rows and their frame, or its refusal."""
    try:
        data = reader(path, sheet=sheet)
    except SheetError as exc:
        return ("refused", exc.code)
    return (
        data.sheet_name,
        data.header_row,
        data.headers,
        data.rows[:PAGE],
        data.row_numbers[:PAGE],
    )


def sheets_to_compare(path: Path) -> list[str | None]:
    try:
        return [None, *list_sheets(path)]
    except SheetError:
        return [None]


def assert_agree(path: Path) -> None:
    for sheet in sheets_to_compare(path):
        full = outcome(read_sheet, path, sheet)
        page = outcome(read_first_page, path, sheet)
        where = f"{path.name}, sheet {sheet!r}"
        assert page[:3] == full[:3], where
        if full[0] != "refused":
            for number, (want, got) in enumerate(zip(full[3], page[3], strict=True)):
                assert got == want, f"{where}, data row {full[4][number]}"
            assert page[4] == full[4], where


@pytest.mark.parametrize("build", BUILDERS, ids=[b.__name__ for b in BUILDERS])
def test_generated_workbooks_read_alike(tmp_path: Path, build) -> None:
    assert_agree(build(tmp_path))


@pytest.mark.parametrize("path", PUBLIC_FILES, ids=[p.name for p in PUBLIC_FILES])
def test_public_test_workbooks_read_alike(path: Path) -> None:
    assert_agree(path)


def test_the_corpus_is_there() -> None:
    """The comparison means something only on enough workbooks (counted in docs/proof.md)."""
    assert len(PUBLIC_FILES) >= 60 and len(BUILDERS) >= 15
