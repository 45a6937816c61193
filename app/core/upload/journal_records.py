"""What the upload journal records: runs, their rows and the states they move through.

``RowState`` is the exactly-once contract: ``pending`` and ``in_flight`` rows are sent (again)
with the same event ids, ``sent`` rows never go again; ``RunState`` says which runs are offered
for resuming. The records are plain values, so the engine, the upload service and the window
read them without holding the journal's connection.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class JournalError(Exception):
    """The journal cannot be opened or written (disk full, read-only folder, corrupt file).

    ``code`` is stable (``journal_unwritable``, ``journal_corrupt``); the message names the file.
    """

    def __init__(self, code: str, message: str, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.path = str(path) if path is not None else None


class RowState(StrEnum):
    """Where one row of a run stands."""

    PENDING = "pending"  # valid, not sent yet in this run
    IN_FLIGHT = "in_flight"  # a request carrying it has left (or is about to); answer not recorded
    SENT = "sent"  # the API said it was stored, in this run
    FAILED = "failed"  # the API refused it, or every attempt failed; ``reason`` says why
    INVALID = "invalid"  # never sent: the checks found problems
    DUPLICATE = "duplicate"  # never sent: same event as an earlier row
    ALREADY_SENT = "already_sent"  # delivered by an earlier run of the same destination
    EXCLUDED = "excluded"  # valid, but the user chose not to send it


class RunState(StrEnum):
    """Where a whole run stands; ``active`` and ``stopped`` runs are offered for resume."""

    ACTIVE = "active"  # started and not finished (or killed): resumable
    STOPPED = "stopped"  # stopped by the user or the API: resumable
    FINISHED = "finished"  # every planned row reached a final state
    ABANDONED = "abandoned"  # replaced by a fresh run of the same upload; not offered again


UNFINISHED_ROW_STATES = (RowState.PENDING, RowState.IN_FLIGHT)


@dataclass(frozen=True, slots=True)
class FileFingerprint:
    """What identifies the content of an input file: size, modification time and SHA-256."""

    path: str
    size: int
    mtime: float
    sha256: str

    @classmethod
    def of(cls, path: str | Path) -> FileFingerprint:
        """Fingerprint a file, reading it in chunks (a 200,000-row workbook stays cheap)."""
        p = Path(path)
        digest = hashlib.sha256()
        with p.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        stat = p.stat()
        return cls(str(p.resolve()), stat.st_size, stat.st_mtime, digest.hexdigest())


@dataclass(frozen=True, slots=True)
class RunInfo:
    """One upload run as the journal knows it."""

    id: int
    created: float  # Unix time
    updated: float
    file_path: str
    file_size: int
    file_mtime: float
    file_sha256: str
    run_identity: str  # mapping fingerprint + digest of the run's events (upload_plan.run_identity)
    destination_key: str
    state: RunState
    force: bool
    label: str  # free text for the window's "resume?" offer (template name, file name)
    counts: Mapping[str, int]  # rows per RowState value

    @property
    def unfinished_rows(self) -> int:
        """Rows still to send (pending or in flight)."""
        return sum(self.counts.get(s.value, 0) for s in UNFINISHED_ROW_STATES)


@dataclass(frozen=True, slots=True)
class JournalRow:
    """One row of a run."""

    index: int
    row_number: int
    event_id: str
    state: RowState
    attempts: int
    batch_no: int | None
    reason: str
    code: str
    updated: float


@dataclass(frozen=True, slots=True)
class NewRow:
    """A row to register when a run starts (``state`` as the checks and the journal decided)."""

    index: int
    row_number: int
    event_id: str
    state: RowState
    reason: str = ""
    code: str = ""


__all__ = [
    "UNFINISHED_ROW_STATES",
    "FileFingerprint",
    "JournalError",
    "JournalRow",
    "NewRow",
    "RowState",
    "RunInfo",
    "RunState",
]
