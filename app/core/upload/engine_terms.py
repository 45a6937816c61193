"""What the upload engine takes and gives, apart from how it sends.

The batch states and results it yields to the progress views, the control its caller holds
(pause, stop, the test batch), what to do when an event id is already in use, and the stop it
raises when the API ends a run. The window and the command line speak these terms; the
sending loop itself is in ``engine``.
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
        return self in (
            BatchState.SENT,
            BatchState.PARTLY_FAILED,
            BatchState.FAILED,
            BatchState.STOPPED,
        )


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

    ``code`` is stable (``auth_refused``, ``forbidden``, ``template_not_found``, ``app_not_found``,
    ``not_found``, ``daily_limit``).
    """

    def __init__(self, code: str, message: str, http_status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.http_status = http_status


class IdInUsePolicy(StrEnum):
    """What to do when the API says an event id is already in use.

    HubSpot answers so when an id was stored for another record; whether it also does for a
    resend of the same event to the same record is unconfirmed. ``FAIL`` (the default) never
    claims a delivery the API did not confirm: the row fails with code ``id_in_use`` and a reason
    saying it may already be there. ``AUTO`` counts it as sent (with a note) only when an earlier
    request of ours may have carried it (it was in flight at a crash, or an attempt ended without
    a clear answer: timeout, dropped connection, server error), and fails it otherwise: then the
    id can only be another record's. ``ASSUME_DELIVERED`` always counts it as sent, with a note.
    None retries: the answer would not change.
    """

    FAIL = "fail"
    AUTO = "auto"
    ASSUME_DELIVERED = "assume_delivered"


__all__ = ["BatchResult", "BatchState", "IdInUsePolicy", "UploadControl", "UploadStopped"]
