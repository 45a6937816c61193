"""Reports a user can open in Excel: every input row with its status, and files of rows to fix.

A report keeps every original column and adds ``Status``, ``Error`` and ``Event ID``: one line per
input data row, in file order. Cell values that a spreadsheet would run as a formula (starting
with ``= + - @``, or a tab/CR before them) are escaped, so a report never executes anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.convert import ConversionResult
from app.core.sheet import SheetData

# Status values a report line can carry.
STATUS_VALID = "valid"
STATUS_INVALID = "invalid"
STATUS_DUPLICATE = "duplicate"
STATUS_SENT = "sent"
STATUS_ALREADY_SENT = "already sent"
STATUS_FAILED = "failed"
STATUS_NOT_SENT = "not sent"  # a valid row left pending because the run stopped


@dataclass(frozen=True, slots=True)
class ReportRow:
    """The outcome of one input data row (``index`` is its position among the sheet's data rows)."""

    index: int
    status: str
    error: str = ""
    event_id: str = ""


def report_rows_from_conversion(result: ConversionResult) -> list[ReportRow]:
    """Return one ReportRow per outcome: valid / invalid (with every problem) / duplicate."""
    raise NotImplementedError


def write_report(path: str | Path, sheet: SheetData, rows: Iterable[ReportRow]) -> None:
    """Write the report as .xlsx or .csv (by extension), atomically."""
    raise NotImplementedError


def write_rows_file(path: str | Path, sheet: SheetData, indices: Sequence[int]) -> None:
    """Write only the given data rows, with the original header, as .xlsx or .csv.

    The file loads again in Event Loader with the same mapping (used for "save failed rows").
    """
    raise NotImplementedError
