"""How a cell reads as text: the one canonical form ids, messages and string fields share.

Its own small module because conversion, validation, event ids and messages all need it and
none of them should import another for it.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any


def cell_text(value: Any) -> str:
    """Return a cell as the text a user sees, for ids, string tokens and event-id hashing.

    Whole-number floats lose their ``.0`` (an id 12345 read as 12345.0 stays "12345"); dates are
    ISO; text is stripped of surrounding spaces, which spreadsheets add without anyone seeing.
    """
    cls = value.__class__
    if cls is str:
        text: str = value
        return text.strip()
    if cls is int:
        return str(value)
    if cls is float:
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if value is None:
        return ""
    if cls is bool:
        return "true" if value else "false"
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).strip()


def display_value(value: Any) -> str:
    """Return a cell value as a message shows it (shortened when very long)."""
    text = cell_text(value) if not isinstance(value, str) else value
    return text if len(text) <= 80 else text[:77] + "..."
