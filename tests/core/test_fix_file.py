"""The rows-to-fix file: failed and invalid rows of an upload, with reasons, loading again."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.conversion.convert import RowStatus, convert_rows
from app.core.conversion.edits import CellEdit
from app.core.conversion.mapping import load_mapping
from app.core.reading.sheet import read_sheet
from app.core.reports.fix_file import rows_to_fix, write_rows_to_fix
from app.core.reports.report import (
    STATUS_DUPLICATE,
    STATUS_FAILED,
    STATUS_SENT,
    ReportRow,
    report_rows_from_conversion,
)
from app.paths import samples_dir


def test_only_failed_and_invalid_rows_not_excluded() -> None:
    lines = [
        ReportRow(0, STATUS_SENT),
        ReportRow(1, "invalid", "bad email"),
        ReportRow(2, STATUS_FAILED, "refused"),
        ReportRow(3, STATUS_DUPLICATE, "same as row 2"),
        ReportRow(4, "invalid", "no email"),
    ]
    assert [r.index for r in rows_to_fix(lines)] == [1, 2, 4]
    assert [r.index for r in rows_to_fix(lines, excluded={4})] == [1, 2]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_rows_to_fix_load_again_with_the_same_mapping(tmp_path: Path, suffix: str) -> None:
    sheet = read_sheet(samples_dir() / "webinar-attendees.xlsx")
    mapping = load_mapping(samples_dir() / "webinar-attendees.mapping.json")
    conversion = convert_rows(sheet, mapping)
    lines = report_rows_from_conversion(conversion)
    invalid = [o.index for o in conversion.outcomes if o.status is RowStatus.INVALID]
    valid = [o.index for o in conversion.outcomes if o.status is RowStatus.VALID]
    failed = valid[:2]
    lines = [
        ReportRow(line.index, STATUS_FAILED, "Refused by HubSpot: no such option", line.event_id)
        if line.index in failed
        else line
        for line in lines
    ]
    out = tmp_path / f"rows to fix{suffix}"
    written = write_rows_to_fix(out, sheet, lines)

    assert written == len(invalid) + len(failed)
    again = read_sheet(out)
    row, status, error = (again.headers.index(h) for h in ("Row", "Status", "Error"))
    expected = sorted(invalid + failed)
    assert [int(r[row]) for r in again.rows] == [sheet.row_numbers[i] for i in expected]
    assert [r[status] for r in again.rows] == [
        "failed" if i in failed else "invalid" for i in expected
    ]
    assert all(r[error] for r in again.rows)
    recheck = convert_rows(again, mapping)
    statuses = [o.status for o in recheck.outcomes]
    assert statuses == [RowStatus.VALID if i in failed else RowStatus.INVALID for i in expected]
    if suffix == ".xlsx":  # the failed rows come back as the very same events
        by_row = {o.row_number: o for o in conversion.outcomes}
        for outcome, line in zip(recheck.outcomes, again.rows, strict=True):
            if outcome.status is RowStatus.VALID:
                assert outcome.event_id == by_row[int(line[row])].event_id


def test_cells_fixed_in_the_window_are_written_fixed_and_named(tmp_path: Path) -> None:
    sheet = read_sheet(samples_dir() / "webinar-attendees.xlsx")
    mapping = load_mapping(samples_dir() / "webinar-attendees.mapping.json")
    conversion = convert_rows(sheet, mapping)
    lines = report_rows_from_conversion(conversion)
    bad = next(o for o in conversion.outcomes if o.status is RowStatus.INVALID)
    column = next(h for h in sheet.headers if "ompany" in h)
    position = sheet.headers.index(column)
    edit = CellEdit(bad.index, column, "Fixed Co", sheet.rows[bad.index][position])
    out = tmp_path / "fix.xlsx"
    write_rows_to_fix(out, sheet, lines, mapping=mapping, edits={bad.index: {column: edit}})
    again = read_sheet(out)
    line = next(r for r in again.rows if r[0] == bad.row_number)
    assert line[again.headers.index(column)] == "Fixed Co"
    assert "Fixed Co" in line[again.headers.index("Edited in Event Loader")]
