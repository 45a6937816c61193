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
    rows_by_code: dict[str, int] = field(default_factory=dict)  # rows having >= 1 problem of a code
    problem_rows: list[int] = field(default_factory=list)  # indices of rows not sent (in order)

    @property
    def ready(self) -> int:
        """Rows that will be uploaded."""
        return self.valid - self.excluded_valid


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
    excluded_valid = sum(
        1
        for i in excluded
        if 0 <= i < len(result.outcomes) and result.outcomes[i].status is RowStatus.VALID
    )
    if by_status[RowStatus.DUPLICATE]:
        by_code[DUPLICATE_CODE] = by_status[RowStatus.DUPLICATE]
    return PreviewSummary(
        total=len(result.outcomes),
        valid=by_status[RowStatus.VALID],
        invalid=by_status[RowStatus.INVALID],
        duplicate=by_status[RowStatus.DUPLICATE],
        excluded_valid=excluded_valid,
        rows_by_code=dict(by_code.most_common()),
        problem_rows=problem_rows,
    )


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
    by_code: Counter[str] = Counter(summary.rows_by_code)
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
    excluded_valid = sum(
        1 for i in excluded if 0 <= i < len(outcomes) and outcomes[i].status is RowStatus.VALID
    )
    return PreviewSummary(
        total=summary.total,
        valid=by_status[RowStatus.VALID],
        invalid=by_status[RowStatus.INVALID],
        duplicate=by_status[RowStatus.DUPLICATE],
        excluded_valid=excluded_valid,
        rows_by_code={c: n for c, n in by_code.most_common() if n > 0},
        problem_rows=sorted(problem_rows) if problem_rows is not None else summary.problem_rows,
    )
