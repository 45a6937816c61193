"""Results, decided: what the counts of an upload mean, in words, in a bar and in rows to fix.

The Results page lays these out; everything it says is decided here, from the journal's counts
alone, so each mix of counts (all sent, some failed, some with problems, already there, left
out, nothing sent, stopped part-way) is worded, and tested, without a window.

The headline counts the rows that are now in the destination (sent now, or already there from
an earlier upload) against every row of the file, then names what is left to act on: rows to
fix, rows to send again, rows not sent yet and rows left out on purpose.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.destinations import find
from app.core.upload.journal import RowState
from app.ui.wording import number

EXAMPLE_ROWS = 5  # row numbers named per group of rows to fix

# Failures worth another try as they are: the service was busy, slow or unreachable.
TEMPORARY_CODES = frozenset(
    {"server_error", "locked", "migrating", "timeout", "connection_error", "rate_limited"}
)

# The bar's segments, in the order they are drawn and listed.
SEGMENT_KEYS = ("sent", "already", "failed", "invalid", "excluded", "left")


def destination_display_name(mapping: Any) -> str:
    """Return the name users know the mapping's destination by ("HubSpot", "Pipeless").

    The only place Results asks the destination registry for a name: when the registry carries
    a name for messages of its own, this is the one line to change.
    """
    destination = find(getattr(mapping, "destination", None))
    if destination is None:
        return "HubSpot"
    return destination.display_name.split(" ")[0]


@dataclass(frozen=True, slots=True)
class ResultCounts:
    """The rows of one upload by where they ended."""

    sent: int = 0  # sent by this upload
    already: int = 0  # delivered by an earlier upload: not sent twice
    failed: int = 0  # refused by the service, or every attempt failed
    temporary: int = 0  # of ``failed``: the service was busy or unreachable; worth sending again
    invalid: int = 0  # never sent: the checks found a problem (or a duplicate)
    excluded: int = 0  # left out on purpose in Preview
    left: int = 0  # not sent yet: the upload stopped part-way

    @property
    def total(self) -> int:
        """Every row of the upload."""
        return self.sent + self.already + self.failed + self.invalid + self.excluded + self.left

    @property
    def in_destination(self) -> int:
        """Rows the destination now holds (sent now or before)."""
        return self.sent + self.already

    @property
    def to_fix(self) -> int:
        """Rows that go only once they are fixed: problems, and failures that were not temporary."""
        return self.invalid + self.failed - self.temporary

    def of(self, key: str) -> int:
        """Return the count of a segment key (``SEGMENT_KEYS``)."""
        return int(getattr(self, key))


def counts_of_states(
    states: Mapping[str, int], *, temporary: int = 0, excluded_problems: int = 0
) -> ResultCounts:
    """Count the journal's rows per state as Results shows them.

    ``excluded_problems`` rows had a problem and the user left them out: they count as excluded,
    not as rows to fix; ``temporary`` failures are worth sending again.
    """

    def count(state: RowState) -> int:
        return int(states.get(state.value, 0))

    return ResultCounts(
        sent=count(RowState.SENT),
        already=count(RowState.ALREADY_SENT),
        failed=count(RowState.FAILED),
        temporary=temporary,
        invalid=count(RowState.INVALID) + count(RowState.DUPLICATE) - excluded_problems,
        excluded=count(RowState.EXCLUDED) + excluded_problems,
        left=count(RowState.PENDING) + count(RowState.IN_FLIGHT),
    )


def counts_of(results: Any) -> ResultCounts:
    """Count a ``RunResults``: rows with a problem the user excluded count as excluded."""
    return counts_of_states(
        results.counts,
        temporary=sum(1 for _i, _n, code, _r in results.failed if code in TEMPORARY_CODES),
        excluded_problems=results.excluded_problems,
    )


def counts_of_outcome(outcome: Any) -> ResultCounts:
    """Count an ``UploadOutcome`` (the journal's rows per state) as Results would."""
    return counts_of_states(outcome.counts)


def headline(counts: ResultCounts, destination: str) -> str:
    """Return the page's one-line answer: how many rows are in ``destination``, and what is left.

    "146 of 150 rows are in HubSpot · 4 need fixing".
    """
    total, inside = counts.total, counts.in_destination
    if total == 0:
        return QCoreApplication.translate("ResultsStep", "The file had no rows to send")
    if inside == total and counts.sent == 0:
        main = QCoreApplication.translate(
            "ResultsStep", "Nothing new to add: all %Ln rows were already in {dest}", None, total
        )
    elif inside == total:
        main = QCoreApplication.translate("ResultsStep", "All %Ln rows are in {dest}", None, total)
    elif inside == 0:
        main = QCoreApplication.translate(
            "ResultsStep", "None of the %Ln rows is in {dest}", None, total
        )
    else:
        main = QCoreApplication.translate(
            "ResultsStep", "%Ln of {total} rows are in {dest}", None, inside
        ).replace("{total}", number(total))
    parts = [main.replace("{dest}", destination)]
    if counts.to_fix:
        parts.append(
            QCoreApplication.translate("ResultsStep", "%Ln need fixing", None, counts.to_fix)
        )
    if counts.temporary:
        parts.append(
            QCoreApplication.translate("ResultsStep", "%Ln to send again", None, counts.temporary)
        )
    if counts.left:
        parts.append(
            QCoreApplication.translate("ResultsStep", "%Ln not sent yet", None, counts.left)
        )
    if counts.already and (counts.sent or inside < total):
        parts.append(
            QCoreApplication.translate("ResultsStep", "%Ln already there", None, counts.already)
        )
    if counts.excluded:
        parts.append(
            QCoreApplication.translate("ResultsStep", "%Ln excluded", None, counts.excluded)
        )
    return " · ".join(parts)


def tone(counts: ResultCounts) -> str:
    """How it went at a glance: ``warning`` (rows to act on), ``info`` (stopped) or ``done``."""
    if counts.to_fix or counts.temporary or (counts.total and not counts.in_destination):
        return "warning"
    if counts.left or not counts.total:
        return "info"
    return "done"


def segment_text(key: str, count: int) -> str:
    """Return a segment's count in words ("146 sent"), for the legend and screen readers."""
    texts = {
        "sent": lambda: QCoreApplication.translate("ResultsStep", "%Ln sent", None, count),
        "already": lambda: QCoreApplication.translate(
            "ResultsStep", "%Ln already there", None, count
        ),
        "failed": lambda: QCoreApplication.translate("ResultsStep", "%Ln failed", None, count),
        "invalid": lambda: QCoreApplication.translate(
            "ResultsStep", "%Ln with problems", None, count
        ),
        "excluded": lambda: QCoreApplication.translate("ResultsStep", "%Ln excluded", None, count),
        "left": lambda: QCoreApplication.translate("ResultsStep", "%Ln not sent yet", None, count),
    }
    return texts[key]()


def segment_widths(counts: Sequence[int], width: int, minimum: int) -> list[int]:
    """Return each segment's width in pixels: proportional, summing to ``width``.

    A non-zero count never gets less than ``minimum`` pixels (one row of 100,000 stays visible);
    the others share what is left in proportion, rounded so that the widths add up exactly.
    """
    widths = [0] * len(counts)
    shown = [i for i, c in enumerate(counts) if c > 0]
    if not shown or width <= 0:
        return widths
    minimum = max(0, min(minimum, width // len(shown)))
    small: set[int] = set()
    while True:
        rest = [i for i in shown if i not in small]
        rest_width = width - minimum * len(small)
        rest_count = sum(counts[i] for i in rest)
        grown = {i for i in rest if counts[i] * rest_width < minimum * rest_count}
        if not grown:
            break
        small |= grown
    for i in small:
        widths[i] = minimum
    exact = {i: counts[i] * rest_width / rest_count for i in rest} if rest else {}
    for i, value in exact.items():
        widths[i] = int(value)
    left_over = width - sum(widths)
    for i in sorted(exact, key=lambda i: exact[i] - int(exact[i]), reverse=True)[:left_over]:
        widths[i] += 1
    return widths


@dataclass(frozen=True, slots=True)
class FixGroup:
    """Rows that did not go for one reason: what the page lists under the bar."""

    reason: str  # the reason in the window's words
    indices: tuple[int, ...]  # data rows (0-based), for Preview
    row_numbers: tuple[int, ...]  # the spreadsheet's row numbers, for the user
    code: str | None = None  # the problem Preview filters on; None for rows the service refused
    example: str = ""  # one row's problem as a sentence (what, where, what to do)

    @property
    def count(self) -> int:
        """Rows in the group."""
        return len(self.indices)

    def rows_text(self) -> str:
        """Name the first rows: "Rows 12, 15, 40 and 3 more"."""
        first = ", ".join(number(n) for n in self.row_numbers[:EXAMPLE_ROWS])
        if self.count == 1:
            return QCoreApplication.translate("ResultsStep", "Row {rows}").replace("{rows}", first)
        more = self.count - EXAMPLE_ROWS
        if more > 0:
            return QCoreApplication.translate(
                "ResultsStep", "Rows {rows} and %Ln more", None, more
            ).replace("{rows}", first)
        return QCoreApplication.translate("ResultsStep", "Rows {rows}").replace("{rows}", first)

    def title(self) -> str:
        """Return the group's count and reason: "4 rows: bad email"."""
        return QCoreApplication.translate(
            "ResultsStep", "%Ln rows: {reason}", None, self.count
        ).replace("{reason}", self.reason)


def failed_groups(
    failed: Sequence[tuple[int, int, str, str]], reason_text: Callable[[str, str], str]
) -> list[FixGroup]:
    """Group the refused rows by reason, most rows first; temporary failures are left to Retry."""
    groups: dict[str, tuple[list[int], list[int]]] = {}
    texts: dict[tuple[str, str], str] = {}  # thousands of rows share a few reasons
    for index, row_number, code, reason in failed:
        if code in TEMPORARY_CODES:
            continue
        text = texts.get((code, reason))
        if text is None:
            text = texts[(code, reason)] = reason_text(code, reason)
        indices, numbers = groups.setdefault(text, ([], []))
        indices.append(index)
        numbers.append(row_number)
    found = [FixGroup(r, tuple(i), tuple(n)) for r, (i, n) in groups.items()]
    return sorted(found, key=lambda g: -g.count)


def problem_groups(
    problems: Sequence[tuple[int, int, str]],
    label: Callable[[str], str],
    example: Callable[[int, str], str] | None = None,
) -> list[FixGroup]:
    """Group the rows the checks refused by problem, most rows first (as Preview's chips do).

    ``problems`` holds (index, row number, comma-separated codes); a row with two problems is
    in both groups, so each group's *Fix in Preview* shows exactly Preview's rows of that problem.
    """
    groups: dict[str, tuple[list[int], list[int]]] = {}
    for index, row_number, codes in problems:
        for code in codes.split(",") if codes else ["invalid"]:
            indices, numbers = groups.setdefault(code, ([], []))
            indices.append(index)
            numbers.append(row_number)
    found = []
    for code, (indices, numbers) in groups.items():
        text = label(code)
        found.append(
            FixGroup(
                text[:1].upper() + text[1:],
                tuple(indices),
                tuple(numbers),
                code,
                example(indices[0], code) if example is not None else "",
            )
        )
    return sorted(found, key=lambda g: -g.count)
