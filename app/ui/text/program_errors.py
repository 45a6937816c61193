"""The window's sentences for errors of the program's own parts: files, mappings, the journal.

The core and the API clients raise exceptions with a stable ``code`` and an English message for
the command line; the window words them from the code here.
"""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.api.errors import ApiError
from app.core.conversion.mapping import MappingError
from app.core.reading.sheet import SheetError
from app.core.reports.report_xlsx import MAX_COLUMNS, ReportTooWide
from app.core.upload.engine import UploadStopped
from app.core.upload.journal import JournalError
from app.core.upload.journal_marker import marker_path
from app.ui.text.api_errors import api_error_text
from app.ui.text.sheet import sheet_error_text
from app.ui.text.upload import stop_text
from app.ui.wording import number

log = logging.getLogger(__name__)


def os_error_reason(error: OSError) -> str:
    """Return why the system refused a file operation, as a sentence with what to do."""
    if isinstance(error, FileNotFoundError):
        return QCoreApplication.translate(
            "messages", "The file or its folder does not exist (any more)."
        )
    if isinstance(error, PermissionError):
        return QCoreApplication.translate(
            "messages",
            "Event Loader may not use it. Close it in other programs or pick another place.",
        )
    if isinstance(error, IsADirectoryError):
        return QCoreApplication.translate("messages", "That is a folder, not a file.")
    if error.errno == errno.ENOSPC:
        return QCoreApplication.translate(
            "messages", "The disk is full. Free some space and try again."
        )
    if error.errno == errno.EROFS:
        return QCoreApplication.translate(
            "messages", "That place is read-only. Pick another folder."
        )
    code = errno.errorcode.get(error.errno or 0, type(error).__name__)
    return QCoreApplication.translate(
        "messages", "The system refused ({code}). Details are in the log file."
    ).format(code=code)


def mapping_error_text(error: BaseException) -> str:
    """Return why a mapping file cannot be used, from ``MappingError.code``, and what to do."""
    code = getattr(error, "code", "")
    if isinstance(error, OSError):
        return os_error_reason(error)
    if code == "file_missing":
        return QCoreApplication.translate("messages", "The file does not exist (any more).")
    if code == "file_unreadable":
        return QCoreApplication.translate(
            "messages", "The file could not be read. Close it in other programs and try again."
        )
    if code in ("json_invalid", "not_an_object", "format_wrong") or not code:
        return QCoreApplication.translate(
            "messages", "It is not a mapping file saved by Event Loader."
        )
    if code == "version_unsupported":
        return QCoreApplication.translate(
            "messages",
            "It was saved by a newer Event Loader. Update Event Loader to use it.",
        )
    if code == "destination_unknown":
        return QCoreApplication.translate(
            "messages", "It is for a destination this Event Loader does not know."
        )
    # A setting, token, rule or field that does not fit: the exact spot goes to the log.
    log.info("mapping file refused, %s: %s", code, error)
    return QCoreApplication.translate(
        "messages",
        "Part of it was changed by hand or damaged ({code}). Save the mapping again from the "
        "Mapping step.",
    ).format(code=code)


def journal_error_text(error: BaseException) -> str:
    """Return what a journal failure means: the record of sent rows cannot be kept."""
    code = getattr(error, "code", "")
    path = getattr(error, "path", None) or ""
    if code == "run_in_use":
        return QCoreApplication.translate(
            "messages",
            "This file is already being uploaded with this mapping, in another Event Loader "
            "window or from the command line. Let that upload finish (or stop it), then try "
            "again; nothing was sent or changed here.",
        )
    if code == "journal_lost":
        journal = Path(path)
        return QCoreApplication.translate(
            "messages",
            "The record of sent rows, {path}, has lost the uploads it held, so Event Loader "
            "cannot tell which rows went and sends nothing. Put that file back from a backup "
            "and delete {marker}, or move both files to another folder to start a new record.",
        ).format(path=journal, marker=marker_path(journal).name)
    if code == "journal_is_folder":
        return QCoreApplication.translate(
            "messages",
            "The record of sent rows must be a file, but {path} is a folder. Move or rename "
            "that folder, then try again; nothing was sent.",
        ).format(path=path)
    if code == "journal_corrupt":
        return QCoreApplication.translate(
            "messages",
            "The record of sent rows is damaged, so Event Loader cannot tell which rows went. "
            "Details are in the log file.",
        )
    return QCoreApplication.translate(
        "messages",
        "Event Loader cannot write the record of sent rows (disk full or a read-only folder). "
        "Free some space and try again; nothing is sent twice.",
    )


def program_error_text(error: BaseException) -> str | None:
    """Return the window's sentence for an error of the program's own parts, or None.

    The core and the API clients raise exceptions with a stable ``code`` and an English message
    for the command line; the window words them from the code here. None means the error is not
    one of them, so the caller says something general.
    """
    if isinstance(error, ReportTooWide):
        return QCoreApplication.translate(
            "messages",
            "This report has {count} columns, more than an .xlsx sheet holds ({limit}). "
            "Save it as .csv instead.",
        ).format(count=number(error.width), limit=number(MAX_COLUMNS))
    if isinstance(error, SheetError):
        name = Path(error.path).name if error.path else ""
        return sheet_error_text(error, name or QCoreApplication.translate("messages", "The file"))
    if isinstance(error, UploadStopped):
        service = QCoreApplication.translate("messages", "The service")
        return stop_text(error.code, service, str(error))
    if isinstance(error, ApiError):
        service = QCoreApplication.translate("messages", "The service")
        return api_error_text(error, service)
    if isinstance(error, MappingError):
        return mapping_error_text(error)
    if isinstance(error, JournalError):
        log.info("journal error %s: %s", error.code, error)
        return journal_error_text(error)
    return None
