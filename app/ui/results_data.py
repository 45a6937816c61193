"""Step 6's data: one upload's counts, failed rows and report lines, read from the journal.

Read in a worker (``load_results``) so the page never waits on the journal; the page then
decides what to say with ``app.ui.results_summary``.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.reading.sheet import SheetData
from app.core.upload.journal import Journal, RowState
from app.ui.results_summary import TEMPORARY_CODES
from app.ui.state import WizardState
from app.ui.upload_session import UploadNotReady


@dataclass
class RunResults:
    """The numbers and rows the Results page shows, read from the journal in the background."""

    run_id: int
    counts: dict[str, int]
    failed: list[tuple[int, int, str, str]] = field(
        default_factory=list
    )  # index, row, code, reason
    sent_indices: list[int] = field(default_factory=list)
    created: float = 0.0
    updated: float = 0.0
    report_rows: list[Any] = field(default_factory=list)
    # rows with a problem the user excluded in Preview: counted as excluded, not as problems
    excluded_problems: int = 0
    fix_rows: int = 0  # rows in the "rows to fix" file: failed and invalid, not excluded
    # rows the checks refused, not excluded: index, row, comma-separated problem codes
    problems: list[tuple[int, int, str]] = field(default_factory=list)

    def count(self, state: RowState) -> int:
        """Rows of the run in ``state``."""
        return self.counts.get(state.value, 0)

    @property
    def temporary_failures(self) -> list[int]:
        """Indices of failed rows whose cause was temporary (worth retrying as they are)."""
        return [i for i, _n, code, _r in self.failed if code in TEMPORARY_CODES]

    def reasons(self) -> list[tuple[str, int]]:
        """Failure reasons with their row counts, most frequent first."""
        return Counter(reason or code for _i, _n, code, reason in self.failed).most_common()


def load_results(state: WizardState, journal_dir: Path | None = None) -> RunResults:
    """Read the run of ``state.run_id`` from the journal (runs in a worker)."""
    # deferred: the upload plan costs ~12-32 ms if imported before the window shows
    from app.core.upload.upload_plan import upload_report_rows

    if state.run_id is None:
        raise UploadNotReady(
            QCoreApplication.translate("ResultsStep", "No upload has run yet: see step 5.")
        )
    run_id = int(state.run_id)
    journal = Journal.open_in(journal_dir)
    try:
        info = journal.get_run(run_id)
        rows = journal.rows(run_id)
        result = RunResults(
            run_id=run_id,
            counts=dict(journal.counts(run_id)),
            failed=[
                (r.index, r.row_number, r.code, r.reason)
                for r in rows
                if r.state is RowState.FAILED
            ],
            sent_indices=[r.index for r in rows if r.state is RowState.SENT],
            created=info.created,
            updated=info.updated,
        )
        if state.conversion is not None:
            # deferred: the fix file pulls in httpx (~7 ms+) if imported before the window shows
            from app.core.reports.fix_file import rows_to_fix

            result.report_rows = upload_report_rows(state.conversion, journal, run_id)
            result.fix_rows = len(rows_to_fix(result.report_rows, state.excluded_rows))
        not_sendable = (RowState.INVALID, RowState.DUPLICATE)
        result.excluded_problems = sum(
            1 for r in rows if r.state in not_sendable and r.index in state.excluded_rows
        )
        result.problems = [
            (r.index, r.row_number, r.code)
            for r in rows
            if r.state in not_sendable and r.index not in state.excluded_rows
        ]
        return result
    finally:
        journal.close()


def report_subset(sheet: SheetData, lines: list[Any]) -> tuple[SheetData, list[Any]]:
    """Return a sheet holding only the rows of ``lines`` and the lines renumbered to match.

    The report writer writes one line per sheet row; the error and success files hold a part of
    the rows, each with its original spreadsheet row number, so they are written from a view.
    """
    part = SheetData(
        path=sheet.path,
        sheet_name=sheet.sheet_name,
        sheet_names=sheet.sheet_names,
        header_row=sheet.header_row,
        headers=sheet.headers,
        rows=[sheet.rows[line.index] for line in lines],
        row_numbers=[sheet.row_numbers[line.index] for line in lines],
        encoding=sheet.encoding,
        delimiter=sheet.delimiter,
    )
    return part, [dataclasses.replace(line, index=k) for k, line in enumerate(lines)]
