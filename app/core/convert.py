"""Turn each spreadsheet row into the exact JSON event the destination API will receive.

A row gives a ``RowOutcome``: the event (built from every value that converted), the row's
deterministic ``event_id``, and the ``problems`` that keep it from being sent. A row with problems
is never sent; a row whose event equals an earlier row's is a duplicate and is not sent either.
The core returns codes and parameters; the UI and the CLI own the wording (``app.core.messages``
gives the English text the CLI and reports use).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.core.mapping import Mapping
from app.core.sheet import SheetData


class RowStatus(StrEnum):
    """What the checks decided for a row before anything is sent."""

    VALID = "valid"
    INVALID = "invalid"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason a row cannot be sent.

    ``target`` is the event field (``tokens.score``), ``column`` the spreadsheet column it came
    from (None for a constant), ``code`` a stable identifier (``date_invalid``, ``enum_unknown``,
    ``required_missing``, ``cell_error``, ``email_invalid`` ...), ``params`` what a message needs
    (``value``, ``options``, ``format`` ...).
    """

    target: str
    column: str | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """English text a marketer understands (the UI translates from ``code`` instead)."""
        from app.core.messages import problem_message

        return problem_message(self)


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """The result of converting and validating one data row."""

    index: int  # position among the sheet's data rows (0-based)
    row_number: int  # spreadsheet row number (1-based, as the user sees it)
    event: dict[str, Any]  # the API body for this row (partial when problems exist)
    event_id: str  # deterministic: HubSpot ``id``; for Pipeless the journal key of the triple
    problems: tuple[Problem, ...] = ()
    status: RowStatus = RowStatus.VALID
    duplicate_of: int | None = None  # row_number of the first row with the same event

    @property
    def sendable(self) -> bool:
        """True when the row goes to the API."""
        return self.status is RowStatus.VALID


@dataclass(slots=True)
class ConversionResult:
    """Every row's outcome, in file order, with counts for summaries."""

    outcomes: list[RowOutcome]

    @property
    def counts(self) -> Counter[str]:
        """Rows per status (``valid``, ``invalid``, ``duplicate``)."""
        return Counter(o.status.value for o in self.outcomes)

    @property
    def problem_counts(self) -> Counter[str]:
        """Problems per code, over all rows."""
        return Counter(p.code for o in self.outcomes for p in o.problems)


def value_at(event: dict[str, Any], target: str) -> Any:
    """Return the value an event holds for a dotted target (``tokens.score``), or None."""
    node: Any = event
    for part in target.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def convert_rows(sheet: SheetData, mapping: Mapping) -> ConversionResult:
    """Convert and validate every row of ``sheet`` with ``mapping``; duplicates are marked."""
    raise NotImplementedError
