"""Why a cell is not a date: the one exception every date reader raises.

The format readers (``date_formats``), the free-text reader (``date_text``) and the cell
converters (``dates``) all raise it, and the conversion turns it into a row's ``Problem``. It
lives apart from all three so that each can raise it without importing the others.
"""

from __future__ import annotations

from typing import Any


class DateIssue(Exception):
    """A value that cannot be read as a date; ``code`` and ``params`` become a ``Problem``.

    Codes: ``date_invalid`` (not a date, or not in the given format), ``date_ambiguous`` (day and
    month could be swapped), ``date_not_real`` (such as 31/02/2024 or Excel's 29/02/1900).
    """

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


__all__ = ["DateIssue"]
