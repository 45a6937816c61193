"""How the journal reads SQLite's refusals: wait out another program, or say what to do.

Two programs opening a new journal at the same instant both switch it to WAL; SQLite refuses
one of them at once ("database is locked") rather than wait its busy timeout, since waiting
could deadlock. Opening is therefore retried while SQLite says busy. Any other refusal becomes a
``JournalError`` whose code leads to the right action: only a file SQLite cannot parse is
damaged; a full disk or a read-only folder is a journal that cannot be written, never one to
throw away (it records what was delivered).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import tenacity

from app.core.upload.journal_records import JournalError

_OPEN_PATIENCE_S = 30.0  # how long opening waits out other programs opening the journal


def sqlite_busy(exc: BaseException) -> bool:
    """Tell SQLite's "database is locked" / "busy" apart: another program holds the file."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def opening_retries() -> tenacity.Retrying:
    """Retry the journal's opening while SQLite says busy, for at most ``_OPEN_PATIENCE_S``."""
    return tenacity.Retrying(
        retry=tenacity.retry_if_exception(sqlite_busy),
        wait=tenacity.wait_random_exponential(multiplier=0.02, max=0.5),
        stop=tenacity.stop_after_delay(_OPEN_PATIENCE_S),
        reraise=True,
    )


def journal_error(exc: sqlite3.DatabaseError, path: Path) -> JournalError:
    """Name what went wrong with the journal in a way that leads to the right action.

    Only a file SQLite cannot parse is "damaged"; a full disk, a size limit, a read-only folder
    or any I/O error is a journal that cannot be written, and the advice is to make room, never
    to throw the journal away (it holds the record of what was delivered).
    """
    text = str(exc).lower()
    if sqlite_busy(exc):
        return JournalError(
            "journal_busy",
            f"The upload journal ({path}) is in use by another Event Loader. "
            "Close it and try again.",
            path,
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return JournalError(
            "journal_corrupt",
            f"The upload journal ({path}) is damaged ({exc}). Keep the file: it records which "
            "rows were delivered. Use another state folder only for other files.",
            path,
        )
    return JournalError(
        "journal_unwritable",
        f"The upload journal cannot be written in {path.parent} ({exc}). Free some disk space "
        "or allow writing there, then run again; nothing was sent without being recorded.",
        path,
    )


__all__ = ["journal_error", "opening_retries", "sqlite_busy"]
