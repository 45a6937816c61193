"""How one run of the upload engine ended, in the journal's numbers: what each face sums up.

Kept apart from ``app.core.upload.upload_service`` so that the window can name an outcome without
importing the planner and the report writer at start (they are imported in the background).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.core.upload.engine import UploadControl, UploadStopped
from app.core.upload.journal import UNFINISHED_ROW_STATES


class Ending(StrEnum):
    """How a run of the engine ended."""

    COMPLETE = "complete"  # every planned row reached a final state
    TEST_DONE = "test_done"  # the test batch went; the rest waits for the user
    STOPPED = "stopped"  # the user stopped; the rest stays resumable
    STOPPED_BY_API = "stopped_by_api"  # the API refused (token, permission, template)
    FAILED = "failed"  # something unexpected (disk full, bug): message says what


@dataclass
class UploadOutcome:
    """How a run ended and the journal's rows per state: what each face sums up.

    Mutable on purpose: the window turns a test batch's ``TEST_DONE`` into ``STOPPED`` when the
    user decides not to send the rest.
    """

    ending: Ending
    counts: dict[str, int] = field(default_factory=dict)  # journal rows per state
    code: str | None = None
    message: str = ""
    http_status: int | None = None
    error: BaseException | None = None  # what ended a STOPPED_BY_API or FAILED run

    @property
    def unfinished(self) -> int:
        """Rows still to send."""
        return sum(self.counts.get(s.value, 0) for s in UNFINISHED_ROW_STATES)

    @property
    def sent(self) -> int:
        """Rows delivered by this run."""
        return self.counts.get("sent", 0)

    @property
    def failed(self) -> int:
        """Rows the destination refused (or that ran out of attempts)."""
        return self.counts.get("failed", 0)


def outcome_of(
    counts: dict[str, int],
    control: UploadControl | None,
    *,
    error: BaseException | None = None,
    message: str = "",
) -> UploadOutcome:
    """Classify a run's end: stopped by the API, failed, test batch done, stopped or complete."""
    if isinstance(error, UploadStopped):
        return UploadOutcome(
            Ending.STOPPED_BY_API, counts, error.code, str(error), error.http_status, error
        )
    if error is not None:
        code = getattr(error, "code", None)
        return UploadOutcome(
            Ending.FAILED, counts, code if isinstance(code, str) else None, message, error=error
        )
    outcome = UploadOutcome(Ending.COMPLETE, counts)
    if outcome.unfinished:
        stopped = control is not None and control.stop.is_set()
        test_batch = control is not None and control.stop_after_first_batch
        outcome.ending = Ending.TEST_DONE if test_batch and not stopped else Ending.STOPPED
    return outcome
