"""Cell edits from Preview: rows re-convert with them, duplicates follow, storage keeps types."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.core.conversion.convert import RowStatus, convert_rows
from app.core.conversion.edits import (
    CellEdit,
    RowFixer,
    active_edits,
    convert_with_edits,
    decode_cell,
    edit_map,
    edit_note,
    encode_cell,
)
from app.core.conversion.mapping import parse_mapping
from app.core.reading.sheet import CellError, SheetData
from app.core.reports.report import EDITED_COLUMN, write_report
from app.core.upload.journal import FileFingerprint, Journal
from app.core.upload.upload_plan import prepare_upload, upload_report_rows

DATA = Path(__file__).parent / "data"
HEADERS = ["Email address", "Finished", "Course", "Score", "Completion date", "Level"]
GOOD = ["ana@example.com", "2025-04-25 14:30", "Python 101", 87.0, date(2025, 4, 25), "Beginner"]


def mapping():  # type: ignore[no-untyped-def]
    data = json.loads((DATA / "issue-hubspot.mapping.json").read_text(encoding="utf-8"))
    return parse_mapping(copy.deepcopy(data))


def make_sheet(rows: list[list[Any]], path: Path = Path("test.xlsx")) -> SheetData:
    return SheetData(
        path=path,
        sheet_name="Sheet1",
        sheet_names=["Sheet1"],
        header_row=1,
        headers=HEADERS,
        rows=rows,
        row_numbers=list(range(2, len(rows) + 2)),
    )


def rows() -> list[list[Any]]:
    bad_level = ["cy@example.com", *GOOD[1:5], "Golden"]
    bob = ["bob@example.com", *GOOD[1:]]
    return [list(GOOD), bad_level, bob]


def test_an_edit_fixes_a_row_and_leaves_the_sheet_alone() -> None:
    sheet = make_sheet(rows())
    result = convert_rows(sheet, mapping())
    assert result.outcomes[1].status is RowStatus.INVALID
    edits = edit_map([CellEdit(1, "Level", "Expert", "Golden")])
    before = RowFixer(sheet, mapping()).refresh(result.outcomes, [1], edits)
    fixed = result.outcomes[1]
    assert fixed.status is RowStatus.VALID and not fixed.problems
    assert fixed.event["tokens"]["level"] == "expert"
    assert before[1].status is RowStatus.INVALID
    assert sheet.rows[1][5] == "Golden"  # the file's row is untouched
    assert result == convert_with_edits(sheet, mapping(), edits)


def test_duplicates_are_re_marked_after_an_edit() -> None:
    sheet = make_sheet(rows())
    result = convert_rows(sheet, mapping())
    fixer = RowFixer(sheet, mapping())
    # Making row 4 (bob) the same as row 2 turns it into a duplicate of row 2 ...
    edits = edit_map([CellEdit(2, "Email address", "ana@example.com", "bob@example.com")])
    changed = fixer.refresh(result.outcomes, [2], edits)
    assert set(changed) == {2}
    assert result.outcomes[2].status is RowStatus.DUPLICATE
    assert result.outcomes[2].duplicate_of == 2
    # ... and changing row 2 frees it: row 4 is then the first with that event
    edits[0] = {"Email address": CellEdit(0, "Email address", "cy@example.com", GOOD[0])}
    changed = fixer.refresh(result.outcomes, [0], edits)
    assert set(changed) == {0, 2}
    assert result.outcomes[2].status is RowStatus.VALID
    assert result == convert_with_edits(sheet, mapping(), edits)


def test_which_edits_apply() -> None:
    sheet = make_sheet(rows())
    edits = edit_map(
        [
            CellEdit(1, "Level", "Expert", "Golden"),  # applies
            CellEdit(0, "Level", "Expert", "Advanced"),  # the file no longer holds "Advanced"
            CellEdit(0, "Score", "90", 87),  # 87 (int) is not the file's 87.0 (float)
            CellEdit(9, "Level", "Expert", "Golden"),  # no such row
            CellEdit(0, "Notes", "x", None),  # no such column
        ]
    )
    assert active_edits(edits, sheet, mapping()) == [CellEdit(1, "Level", "Expert", "Golden")]
    unmapped = mapping()
    unmapped.fields["tokens.level"] = None
    assert active_edits(edits, sheet, unmapped) == []  # the mapping no longer reads Level


@pytest.mark.parametrize(
    "value",
    [
        "text",
        "",
        None,
        42,
        87.0,
        1.5,
        True,
        date(2025, 4, 25),
        datetime(2025, 4, 25, 14, 30),
        CellError("#N/A"),
    ],  # fmt: skip
)
def test_cells_keep_their_type_in_storage(value: Any) -> None:
    back = decode_cell(encode_cell(value))
    assert back == value and back.__class__ is value.__class__


def test_run_keeps_its_edits_and_the_report_names_them(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("x\n", encoding="utf-8")
    sheet = make_sheet(rows(), path)
    edits = edit_map([CellEdit(1, "Level", "Expert", "Golden")])
    result = convert_with_edits(sheet, mapping(), edits)
    with Journal(tmp_path / "j.sqlite3") as journal:
        plan = prepare_upload(
            result,
            journal,
            source=FileFingerprint.of(path),
            mapping_fingerprint="m",
            destination_key="hubspot@h:1:2",
            batch_size=10,
            edits=active_edits(edits, sheet, mapping()),
        )
        assert journal.cell_edits(plan.run_id) == [CellEdit(1, "Level", "Expert", "Golden")]
        sent = {r.index: r.event for b in plan.batches for r in b.rows}
        assert sent[1]["tokens"]["level"] == "expert"
        lines = upload_report_rows(result, journal, plan.run_id)
    assert lines[1].edited == edit_note([CellEdit(1, "Level", "Expert", "Golden")])
    assert lines[1].edited == 'Level: "Golden" → "Expert"'
    assert not lines[0].edited
    out = tmp_path / "report.csv"
    write_report(out, sheet, lines)
    header, *body = out.read_text(encoding="utf-8-sig").splitlines()
    assert header.endswith(EDITED_COLUMN)
    assert body[1].endswith('"Level: ""Golden"" → ""Expert"""')
