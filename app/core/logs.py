"""Log files that can go to support as they are: secrets are redacted before anything is written.

Every record passes through ``app.core.redaction.redact`` (registered secret values in any
case, URL-encoded or base64, and credential-shaped text), the same function that cleans what
the command line prints, the window shows and reports hold. The window and the command line
share this module.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from app.core.redaction import (
    MIN_SECRET_LENGTH,
    REDACTED,
    SECRETS,
    SecretRegistry,
    redact,
    register_secret,
)

LOG_FILE_NAME = "event-loader.log"
MAX_LOG_BYTES = 2_000_000
LOG_BACKUPS = 3

__all__ = [
    "LOG_FILE_NAME",
    "MIN_SECRET_LENGTH",
    "REDACTED",
    "SECRETS",
    "RedactingFilter",
    "RedactingFormatter",
    "SecretRegistry",
    "redact",
    "register_secret",
    "setup_file_logging",
]


class RedactingFilter(logging.Filter):
    """A logging filter that rewrites each record's message (and traceback) without secrets.

    Attach it to handlers (not loggers) so that records from every library pass through it.
    """

    def __init__(self, registry: SecretRegistry | None = None) -> None:
        super().__init__()
        self._registry = registry

    def filter(self, record: logging.LogRecord) -> bool:  # noqa: D102 - logging API
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = str(record.msg)
        record.msg = redact(message, self._registry)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self._registry)
        record.exc_info = None  # the redacted text above replaces the raw traceback
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self._registry)
        return True


class RedactingFormatter(logging.Formatter):
    """A formatter that redacts each whole line it writes (message, traceback, stack).

    The file handler uses it rather than ``RedactingFilter``: a filter rewrites the record
    itself, which every other handler then sees (tests capturing the log lose its traceback).
    """

    def __init__(self, fmt: str | None = None, registry: SecretRegistry | None = None) -> None:
        super().__init__(fmt)
        self._registry = registry

    def format(self, record: logging.LogRecord) -> str:  # noqa: D102 - logging API
        return redact(super().format(record), self._registry)


def setup_file_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Send the program's log to a rotating file in ``folder``, redacted; return the file path.

    Calling it twice for the same folder does not add a second handler. Noisy HTTP libraries are
    kept at WARNING so that request lines (which carry URLs with keys) never reach the file, even
    before redaction.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_event_loader", False):
            if Path(getattr(handler, "baseFilename", "")) == path.resolve():
                return path
            root.removeHandler(handler)  # another folder now (tests, a changed override)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler._event_loader = True  # type: ignore[attr-defined]
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    for noisy in ("httpx", "httpcore", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path


# ---------------------------------------------------------------------------------------------
# Native crashes

CRASH_TRACE_PATTERN = "crash-trace-*.txt"
LAST_CRASH_NAME = "last-crash.txt"
CRASH_TRACE_LIMIT = 64_000  # characters of a trace kept for the log (a trace is a few KB)


@dataclass
class CrashTrace:
    """The native-crash trace file of this run, and what a crashed previous run left."""

    path: Path | None = None  # where a crash of this run is written
    previous: Path | None = None  # the trace a crashed earlier run left (kept for support)
    previous_text: str = ""
    _file: IO[str] | None = field(default=None, repr=False)
    _was_enabled: bool = False  # faulthandler already on (to stderr) before this run's file

    def stop(self) -> None:
        """Turn the trace off at a normal exit and remove this run's empty file."""
        if self._file is None:
            return
        faulthandler.disable()
        if self._was_enabled and sys.__stderr__ is not None:
            faulthandler.enable(sys.__stderr__, all_threads=True)  # as it was before
        self._file.close()
        self._file = None
        if self.path is not None:
            with contextlib.suppress(OSError):
                if self.path.stat().st_size == 0:
                    self.path.unlink()


def start_crash_trace(folder: Path) -> CrashTrace:
    """Write Python's trace of a native crash (segmentation fault, abort) into ``folder``.

    A crash in Qt's C++ code ends the process before any Python handler runs; ``faulthandler``
    still writes where it happened. Each run writes to its own file (two windows may be open); a
    non-empty file found at the next start is a crash: it is logged, moved to
    ``last-crash.txt`` and returned, so the window can tell the user where the details are.
    """
    trace = CrashTrace()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        trace.previous, trace.previous_text = _collect_crash_traces(folder)
        trace.path = folder / f"crash-trace-{os.getpid()}.txt"
        trace._file = trace.path.open("w", encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("native crashes will leave no trace: %s", exc)
        return trace
    trace._was_enabled = faulthandler.is_enabled()
    faulthandler.enable(trace._file, all_threads=True)
    if trace.previous is not None:
        logging.getLogger(__name__).error(
            "The previous run ended with a native crash (kept in %s):\n%s",
            trace.previous,
            trace.previous_text,
        )
    return trace


def _owner_running(path: Path) -> bool:
    """Return True when the run that writes ``crash-trace-<pid>.txt`` may still be running.

    On Windows a file another process holds open cannot be removed anyway, so the removal that
    follows is what tells; elsewhere signal 0 asks whether the process exists.
    """
    if os.name == "nt":
        return False
    try:
        pid = int(path.stem.rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _collect_crash_traces(folder: Path) -> tuple[Path | None, str]:
    """Gather the non-empty trace files of earlier runs into ``last-crash.txt``."""
    texts: list[str] = []
    for path in sorted(folder.glob(CRASH_TRACE_PATTERN)):
        try:
            if path.stat().st_size == 0:
                if not _owner_running(path):
                    path.unlink()  # a run that was killed (logout, kill): nothing to report
                continue
            with path.open(encoding="utf-8", errors="replace") as handle:
                texts.append(redact(handle.read(CRASH_TRACE_LIMIT)))
            path.unlink()
        except OSError:
            continue
    if not texts:
        return None, ""
    last = folder / LAST_CRASH_NAME
    text = "\n".join(texts)
    last.write_text(text, encoding="utf-8")
    return last, text
