"""Small cell helpers shared by the workbook readers (calamine's and the streaming XLSX reader).

Kept apart so ``sheet_workbook`` (which opens the streaming reader) and ``sheet_xlsx_stream``
(which uses these) do not import each other.
"""

from __future__ import annotations

import datetime as dt


def duration_text(value: dt.timedelta) -> str:
    """Show a duration as Excel does with [h]:mm:ss (``25:30:00``)."""
    total = int(round(value.total_seconds()))
    sign = "-" if total < 0 else ""
    hours, rest = divmod(abs(total), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"


def column_index(letters: bytes | str) -> int:
    """Return the 0-based index of a column from its letters (A → 0, AA → 26)."""
    if isinstance(letters, bytes):
        letters = letters.decode("ascii")
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1
