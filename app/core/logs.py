"""Log files that can go to support as they are: secrets are redacted before anything is written.

Every record passes through ``app.core.redaction.redact`` (registered secret values in any
case, URL-encoded or base64, and credential-shaped text), the same function that cleans what
the command line prints, the window shows and reports hold. The window and the command line
share this module.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

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
