"""A small file beside the journal that remembers how many uploads the journal has recorded.

SQLite opens an emptied (0-byte) or missing database as a new, empty one, and a journal whose
``-wal`` file was lost after a kill silently forgets the runs written there. Taken for a new
journal, either would send again every row that went before. The marker, ``journal.sqlite3.runs``,
holds the id of the last run created; it is written after the run is made durable, so it never
claims more than the journal holds. A journal that knows fewer runs than its marker lost them,
and is refused with what to do.

Legitimate fresh starts still work: on first use there is neither journal nor marker, and a user
who deletes the whole state folder deletes the marker with it.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)

MARKER_SUFFIX = ".runs"
_FORMAT = "event-loader-journal-marker"


def marker_path(journal_path: Path) -> Path:
    """Return the marker file of a journal (``journal.sqlite3.runs`` beside it)."""
    return journal_path.with_name(journal_path.name + MARKER_SUFFIX)


def read_marker(journal_path: Path) -> int:
    """Return the last run id the marker records, 0 when there is none (or it is unreadable).

    An unreadable marker only weakens the check; it must never stop an upload by itself.
    """
    path = marker_path(journal_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return 0
    except (OSError, ValueError) as exc:
        log.warning("ignoring the unreadable journal marker %s: %s", path, exc)
        return 0
    value = data.get("last_run_id") if isinstance(data, dict) else None
    return value if isinstance(value, int) and value > 0 else 0


def write_marker(journal_path: Path, last_run_id: int) -> None:
    """Record ``last_run_id`` durably (written, synced, renamed into place).

    The caller makes the journal's run durable first (the journal commits with
    ``synchronous=NORMAL``, so a power cut may drop its last commits); the marker must never
    claim a run the disk does not hold. The journal's own files are never opened here: closing
    any handle on them would drop SQLite's POSIX locks of the whole process.
    Raises ``OSError`` (the caller logs it: a stale marker is only a weaker check).
    """
    path = marker_path(journal_path)
    temporary = path.with_name(path.name + ".tmp")
    payload = {"format": _FORMAT, "last_run_id": last_run_id, "journal": journal_path.name}
    with temporary.open("w", encoding="utf-8") as handle:
        json.dump(payload, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _fsync_folder(path.parent)


def path_problem(journal_path: Path) -> tuple[str, str] | None:
    """Return ``(code, message)`` when the journal's path cannot be a file there, else None."""
    if journal_path.is_dir():
        return (
            "journal_is_folder",
            f"The upload journal {journal_path} is a folder, not a file. Move or rename that "
            "folder (or choose another state folder), then run again; nothing was sent.",
        )
    folder = journal_path.parent
    if folder.exists() and not folder.is_dir():
        return (
            "journal_unwritable",
            f"The state folder {folder} is a file, not a folder. Move or rename that file (or "
            "choose another state folder), then run again; nothing was sent.",
        )
    return None


def missing_or_empty(journal_path: Path) -> str | None:
    """Say how a journal that recorded runs is gone before SQLite opens it, or None."""
    if not journal_path.exists():
        return "the file is missing"
    wal = journal_path.with_name(journal_path.name + "-wal")
    if journal_path.stat().st_size == 0 and (not wal.exists() or wal.stat().st_size == 0):
        return "the file is empty"
    return None


def last_run_id(db: sqlite3.Connection) -> int:
    """Return the highest run id a journal ever gave (deleted runs included), 0 for none."""
    try:
        found = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'runs'").fetchall()
    except sqlite3.OperationalError:  # no table yet: a database without any run
        return 0
    return int(found[0][0]) if found else 0


def fully_checkpointed(db: sqlite3.Connection) -> bool:
    """Checkpoint the WAL into the database file (synced); True when every commit made it."""
    try:
        busy, frames, copied = (
            int(n) for n in db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        )
    except sqlite3.DatabaseError as exc:
        log.info("journal checkpoint not done: %s", exc)
        return False
    return busy == 0 and copied == frames


def lost_message(journal_path: Path, recorded: int, what: str) -> str:
    """Say that the journal lost its runs, and the two ways out (restore, or start anew)."""
    marker = marker_path(journal_path)
    return (
        f"The upload journal {journal_path} has lost its record of earlier uploads ({what}, "
        f"though {marker.name} shows {recorded} were recorded), so rows that went before could "
        f"be sent twice; nothing was sent. Put {journal_path.name} back from a backup and "
        f"delete {marker.name}, or move both files out of {journal_path.parent} to start a "
        "new record."
    )


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":  # pragma: no cover - Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = [
    "MARKER_SUFFIX",
    "fully_checkpointed",
    "last_run_id",
    "lost_message",
    "marker_path",
    "missing_or_empty",
    "path_problem",
    "read_marker",
    "write_marker",
]
