"""Preview's counts: rows ready, with problems (by code), duplicates and excluded.

``summarize`` counts a conversion once (in the conversion's worker for a large sheet);
``update_summary`` recounts after an edit or an exclusion from the rows that changed only. The
chips above the grid, the commit button and the status line read these counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.core.conversion.convert import ConversionResult, RowOutcome, RowStatus

DUPLICATE_CODE = "duplicate"  # pseudo problem code for the duplicate-row filter chip


@dataclass(frozen=True)
class PreviewSummary:
    """Counts for the summary chips; computed once per conversion (in the worker for big files)."""

    total: int
    valid: int
    invalid: int
    duplicate: int
    excluded_valid: int  # valid rows the user excluded
    # Rows having >= 1 problem of a code, excluded rows left out: an excluded row counts as
    # excluded, not as a problem, as Results and the files of rows to fix count it.
    rows_by_code: dict[str, int] = field(default_factory=dict)
    problem_rows: list[int] = field(default_factory=list)  # indices of rows not sent (in order)
    excluded_problems: int = 0  # rows with a problem or duplicates the user excluded
    # ``rows_by_code`` with the excluded rows still in: what ``update_summary`` moves from.
    all_rows_by_code: dict[str, int] = field(default_factory=dict)

    @property
    def ready(self) -> int:
        """Rows that will be uploaded."""
        return self.valid - self.excluded_valid

    @property
    def excluded(self) -> int:
        """Rows the user excluded, whatever their checks said."""
        return self.excluded_valid + self.excluded_problems


def summarize(
    result: ConversionResult, excluded: set[int] | frozenset[int] = frozenset()
) -> PreviewSummary:
    """Count rows per status and per problem code (a row counts once per code)."""
    by_status: Counter[RowStatus] = Counter()
    by_code: Counter[str] = Counter()
    problem_rows: list[int] = []
    valid = RowStatus.VALID
    for index, outcome in enumerate(result.outcomes):
        by_status[outcome.status] += 1
        if outcome.status is not valid:
            problem_rows.append(index)
        if outcome.problems:
            by_code.update({p.code for p in outcome.problems})
    if by_status[RowStatus.DUPLICATE]:
        by_code[DUPLICATE_CODE] = by_status[RowStatus.DUPLICATE]
    all_rows_by_code = dict(by_code)
    excluded_valid, excluded_problems = _count_excluded(by_code, result.outcomes, excluded)
    return PreviewSummary(
        total=len(result.outcomes),
        valid=by_status[RowStatus.VALID],
        invalid=by_status[RowStatus.INVALID],
        duplicate=by_status[RowStatus.DUPLICATE],
        excluded_valid=excluded_valid,
        rows_by_code={c: n for c, n in by_code.most_common() if n > 0},
        problem_rows=problem_rows,
        excluded_problems=excluded_problems,
        all_rows_by_code=all_rows_by_code,
    )


def row_codes(outcome: RowOutcome) -> set[str]:
    """Return the chip codes a row counts under: its problems' codes, or the duplicate code."""
    if outcome.status is RowStatus.DUPLICATE:
        return {DUPLICATE_CODE}
    return {p.code for p in outcome.problems}


def _count_excluded(
    by_code: Counter[str], outcomes: Sequence[RowOutcome], excluded: set[int] | frozenset[int]
) -> tuple[int, int]:
    """Take the excluded rows out of ``by_code``; return (excluded valid, excluded others)."""
    excluded_valid = excluded_problems = 0
    for i in excluded:
        if not 0 <= i < len(outcomes):
            continue
        outcome = outcomes[i]
        if outcome.status is RowStatus.VALID:
            excluded_valid += 1
        else:
            excluded_problems += 1
            by_code.subtract(row_codes(outcome))
    return excluded_valid, excluded_problems


def update_summary(
    summary: PreviewSummary,
    before: dict[int, RowOutcome],
    outcomes: Sequence[RowOutcome],
    excluded: set[int] | frozenset[int] = frozenset(),
) -> PreviewSummary:
    """Return ``summary`` after the rows in ``before`` changed to ``outcomes``' current ones.

    Counts move by the difference of the changed rows only, so an edit in a million-row sheet
    updates the chips without counting every row again.
    """
    by_status: Counter[RowStatus] = Counter(
        {
            RowStatus.VALID: summary.valid,
            RowStatus.INVALID: summary.invalid,
            RowStatus.DUPLICATE: summary.duplicate,
        }
    )
    by_code: Counter[str] = Counter(summary.all_rows_by_code)
    by_code.pop(DUPLICATE_CODE, None)
    problem_rows = set(summary.problem_rows) if before else None
    for index, old in before.items():
        new = outcomes[index]
        by_status[old.status] -= 1
        by_status[new.status] += 1
        by_code.subtract({p.code for p in old.problems})
        by_code.update({p.code for p in new.problems})
        assert problem_rows is not None
        if new.status is RowStatus.VALID:
            problem_rows.discard(index)
        else:
            problem_rows.add(index)
    if by_status[RowStatus.DUPLICATE]:
        by_code[DUPLICATE_CODE] = by_status[RowStatus.DUPLICATE]
    all_rows_by_code = {c: n for c, n in by_code.items() if n > 0}
    excluded_valid, excluded_problems = _count_excluded(by_code, outcomes, excluded)
    return PreviewSummary(
        total=summary.total,
        valid=by_status[RowStatus.VALID],
        invalid=by_status[RowStatus.INVALID],
        duplicate=by_status[RowStatus.DUPLICATE],
        excluded_valid=excluded_valid,
        rows_by_code={c: n for c, n in by_code.most_common() if n > 0},
        problem_rows=sorted(problem_rows) if problem_rows is not None else summary.problem_rows,
        excluded_problems=excluded_problems,
        all_rows_by_code=all_rows_by_code,
    )
