"""The window's sentence for a spreadsheet that cannot be read (``SheetError.code``)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.core.reading.sheet import SheetError

log = logging.getLogger(__name__)


def sheet_error_text(error: SheetError, name: str) -> str:
    """Return what went wrong with a file and what to do, naming the file."""
    code = error.code
    texts = {
        "not_found": QCoreApplication.translate(
            "messages", "{name} was not found. It may have been moved or renamed."
        ),
        "file_not_found": QCoreApplication.translate(
            "messages", "{name} was not found. It may have been moved or renamed."
        ),
        "file_missing": QCoreApplication.translate(
            "messages", "{name} was not found. It may have been moved or renamed."
        ),
        "not_a_file": QCoreApplication.translate(
            "messages", "{name} is a folder, not a spreadsheet."
        ),
        "is_directory": QCoreApplication.translate(
            "messages", "{name} is a folder, not a spreadsheet."
        ),
        "unsupported_type": QCoreApplication.translate(
            "messages",
            "{name} is not a spreadsheet Event Loader can read. Save it as .xlsx or .csv.",
        ),
        "not_a_spreadsheet": QCoreApplication.translate(
            "messages",
            "{name} is not a spreadsheet, or it is damaged. Open it in Excel and save it again as "
            ".xlsx.",
        ),
        "corrupt": QCoreApplication.translate(
            "messages",
            "{name} is damaged and cannot be read. Open it in Excel and save it again as .xlsx.",
        ),
        "encrypted": QCoreApplication.translate(
            "messages",
            "{name} is protected by a password. Save a copy without a password and open that.",
        ),
        "empty": QCoreApplication.translate(
            "messages", "{name} has no rows. Check that you exported the right sheet."
        ),
        "empty_file": QCoreApplication.translate(
            "messages", "{name} is empty. Check that you exported the right sheet."
        ),
        "empty_sheet": QCoreApplication.translate(
            "messages", "The chosen sheet of {name} is empty. Pick another sheet."
        ),
        "no_data_rows": QCoreApplication.translate(
            "messages", "{name} has column names but no rows below them."
        ),
        "no_header": QCoreApplication.translate(
            "messages", "No row of {name} looks like column names. Choose the header row by hand."
        ),
        "header_row_out_of_range": QCoreApplication.translate(
            "messages",
            "{name} has fewer rows than the header row you chose. Pick a smaller row number.",
        ),
        "sheet_not_found": QCoreApplication.translate(
            "messages", "{name} has no sheet with that name. Pick one from the list."
        ),
        "too_many_columns": QCoreApplication.translate(
            "messages",
            "{name} has too many columns to be an export of contacts or events. Check the file.",
        ),
        "too_many_rows": QCoreApplication.translate(
            "messages",
            "{name} has more rows than a spreadsheet can hold (1,048,576). Split it into smaller "
            "files.",
        ),
        "too_large": QCoreApplication.translate(
            "messages", "{name} is too large to read safely. Split it into smaller files."
        ),
        "permission_denied": QCoreApplication.translate(
            "messages",
            "Event Loader may not read {name}. Close it in other programs and try again.",
        ),
        # The system refused to read the file (locked by another program, no permission).
        "unreadable": QCoreApplication.translate(
            "messages",
            "Event Loader may not read {name}. Close it in other programs and try again.",
        ),
        "decode_failed": QCoreApplication.translate(
            "messages",
            "The text of {name} could not be read with this encoding. Choose another encoding.",
        ),
    }
    text = texts.get(code)
    if text is None:
        # A code this window does not know: the reader's English goes to the log, not the screen.
        log.info("file error %s: %s", code, error)
        text = QCoreApplication.translate(
            "messages", "{name} cannot be read. Details are in the log file."
        )
    return text.format(name=name)
