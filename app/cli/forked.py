"""Compute a value in a second process while this one goes on, on systems that can fork.

``event-loader check`` turns the sheet's own columns into report text while it converts the
rows: both are pure Python, so only a second process puts the second processor core to work. A
forked child shares the sheet already in memory (nothing is copied or sent to it); it sends
back its result as one ``marshal`` blob and ends without running any of this process's exit
code. Where there is no ``fork`` (Windows), or the child fails, the caller computes the value
itself: the result is the same, only later.
"""

from __future__ import annotations

import logging
import marshal
import os
import select
import signal
import sys
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

CHILD_TIMEOUT_S = 600.0  # far beyond the work given to a child: only a stuck one reaches it


class ForkedValue:
    """A value being computed by a forked child; ``result()`` waits for it (None: compute it)."""

    def __init__(self, compute: Callable[[], Any]) -> None:
        self._pid = 0
        self._fd = -1
        if not can_fork():
            return
        read_fd, write_fd = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: compute, send, leave at once
            status = 1
            try:
                os.close(read_fd)
                data = marshal.dumps(compute())
                with os.fdopen(write_fd, "wb") as out:
                    out.write(data)
                status = 0
            finally:
                os._exit(status)
        os.close(write_fd)
        self._pid, self._fd = pid, read_fd

    def result(self, timeout: float = CHILD_TIMEOUT_S) -> Any | None:
        """Wait for the child and return its value; None if it could not give one in time.

        The pipe is read while waiting (a child blocks once it has filled it); a child still
        busy after ``timeout`` seconds is stopped, so a command never hangs on it.
        """
        if not self._pid:
            return None
        pid, self._pid = self._pid, 0
        chunks: list[bytes] = []
        deadline = time.monotonic() + timeout
        with os.fdopen(self._fd, "rb", buffering=0) as stream:
            while True:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([stream], [], [], left)[0]:
                    log.warning("The second process took over %.0f s: stopped", timeout)
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                    return None
                chunk = stream.read(1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
        _, status = os.waitpid(pid, 0)
        data = b"".join(chunks)
        if status != 0 or not data:
            log.warning("The second process ended without its result (status %s)", status)
            return None
        try:
            return marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            log.warning("The second process sent back an unreadable result")
            return None


def can_fork() -> bool:
    """Tell whether this system can fork (POSIX); Windows cannot."""
    return hasattr(os, "fork") and sys.platform != "win32"
