"""One OS-level lock per upload (file content + mapping + destination), held from plan to end.

Two processes sending the same rows at once (the window and the command line, or the command
started twice) would each plan a run and each send every row. Planning reads the journal ("what
went already?") and then writes a run; if a second process may plan in between, both plans say
"nothing went yet". So whoever uploads a file with a mapping to a destination holds this lock
*before* it reads the journal for that upload and until its last batch is answered. A second
process finds it taken and is refused at once, before it touches any run.

The lock is an OS file lock (``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows) on a
small file in the journal's ``locks`` folder: the OS drops it when its process ends, even by
SIGKILL, so a crash never leaves an upload locked. The files themselves stay (removing a lock
file another process may be opening would let two holders lock two different files).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

LOCKS_FOLDER = "locks"


class UploadInUse(Exception):
    """Raised inside ``UploadLock.acquire`` when another holder has the lock (internal)."""


def upload_identity(file_sha256: str, mapping_fingerprint: str, destination_key: str) -> str:
    """Return what names one upload: the file's content, what the mapping does, where it goes.

    ``mapping_fingerprint`` may carry a run's ``/<event ids digest>`` suffix (see
    ``upload_plan.run_identity``); it is cut off, so every run of the same file, mapping and
    destination (whatever cells the window fixed) shares one lock.
    """
    plain = mapping_fingerprint.split("/", 1)[0]
    return f"{file_sha256}|{plain}|{destination_key}"


class UploadLock:
    """An exclusive, cross-process lock on one upload identity (see module docstring).

    ``acquire`` never waits: a second holder learns at once that the upload is running
    elsewhere. It is not re-entrant: a second ``UploadLock`` on the same identity, even in the
    same process, is refused while the first is held.
    """

    def __init__(self, journal_path: Path, identity: str) -> None:
        digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]
        self.identity = identity
        self.path = journal_path.parent / LOCKS_FOLDER / f"upload-{digest}.lock"
        self._handle: Any = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock; raise ``UploadInUse`` at once if another holder has it.

        ``OSError`` means the lock file cannot be created (read-only or full state folder).
        """
        if self._handle is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+b")
        try:
            lock_file(handle)
        except OSError:
            handle.close()
            raise UploadInUse(self.identity) from None
        self._handle = handle

    def release(self) -> None:
        """Let go of the lock (idempotent)."""
        handle, self._handle = self._handle, None
        if handle is not None:
            try:
                unlock_file(handle)
            finally:
                handle.close()

    def __enter__(self) -> UploadLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def lock_file(handle: Any) -> None:
        """Lock the first byte of ``handle`` or raise ``OSError`` at once."""
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def unlock_file(handle: Any) -> None:
        """Unlock what ``lock_file`` locked."""
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def lock_file(handle: Any) -> None:
        """Lock ``handle`` exclusively or raise ``OSError`` at once."""
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def unlock_file(handle: Any) -> None:
        """Unlock what ``lock_file`` locked."""
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


__all__ = [
    "LOCKS_FOLDER",
    "UploadInUse",
    "UploadLock",
    "lock_file",
    "unlock_file",
    "upload_identity",
]
