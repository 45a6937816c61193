"""The upload loop: send planned rows in batches, several in flight, exactly once, resumably.

``run_upload`` is a generator the CLI iterates directly and the window runs in one worker thread.
It yields a ``BatchResult`` every time a batch changes state (sending, retrying with a countdown,
sent, partly failed, failed), so a progress view can show each batch; the terminal states are
final. The journal, not the order of arrival, is the source of truth for which rows went.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from enum import StrEnum


class BatchState(StrEnum):
    """Where a batch stands; the last four are final."""

    QUEUED = "queued"
    SENDING = "sending"
    RETRYING = "retrying"  # waiting ``retry_in`` seconds before another attempt (not a failure)
    SENT = "sent"
    PARTLY_FAILED = "partly_failed"
    FAILED = "failed"
    STOPPED = "stopped"  # not sent because the run was stopped; its rows stay pending

    @property
    def final(self) -> bool:
        """True once the batch will not change again in this run."""
        return self in (BatchState.SENT, BatchState.PARTLY_FAILED, BatchState.FAILED, BatchState.STOPPED)


@dataclass(frozen=True, slots=True)
class BatchResult:
    """One state change of one batch, as the progress views show it."""

    batch_no: int  # 1-based, in plan order
    total_batches: int
    row_numbers: tuple[int, ...]  # spreadsheet row numbers in the batch
    state: BatchState
    sent: int = 0
    failed: int = 0
    http_status: int | None = None
    attempts: int = 0
    elapsed: float = 0.0  # seconds since the batch's first attempt
    retry_in: float | None = None  # seconds to the next attempt when RETRYING
    code: str | None = None  # stable reason code (``rate_limited``, ``server_error`` ...)
    message: str = ""  # English summary; the UI words it from ``code``
    row_failures: dict[int, str] = field(default_factory=dict)  # row_number -> API reason


@dataclass
class UploadControl:
    """Flags the caller sets from another thread; the engine checks them between batches/retries.

    Pause lets in-flight batches finish, then holds. Stop sends no more; what was sent stays sent.
    ``stop_after_first_batch`` sends one batch only (the test batch), so the user can check it.
    """

    stop: threading.Event = field(default_factory=threading.Event)
    pause: threading.Event = field(default_factory=threading.Event)
    stop_after_first_batch: bool = False


class UploadStopped(Exception):
    """The API stopped the run (auth refused, permission, unknown template); it can be resumed.

    ``code`` is stable (``auth_refused``, ``forbidden``, ``template_not_found``, ``app_not_found``).
    """

    def __init__(self, code: str, message: str, http_status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.http_status = http_status
