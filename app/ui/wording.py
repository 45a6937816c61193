"""Short, translatable words the Preview, Upload and Results steps share.

The core gives stable codes; the window turns them into a marketer's words here, through Qt's
translation tools, so the same problem reads the same in the summary chips, the status column and
the results page. Full sentences for a single problem come from ``app.core.messages`` for now.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app.core.convert import Problem

_CONTEXT = "wording"

# code -> short label for a chip such as "31 bad date" (tr() happens in problem_label).
_PROBLEM_LABELS: dict[str, str] = {
    "date_invalid": "bad date",
    "date_ambiguous": "unclear date",
    "datetime_invalid": "bad date",
    "enum_unknown": "unknown option",
    "required_missing": "missing value",
    "email_invalid": "bad email",
    "number_invalid": "not a number",
    "cell_error": "spreadsheet error",
    "id_invalid": "bad id",
    "type_invalid": "unknown type",
    "too_long": "too long",
    "boolean_invalid": "not yes/no",
    "timezone_invalid": "unknown time zone",
    "duplicate": "duplicate",
}


def tr(text: str) -> str:
    """Translate ``text`` in this module's context."""
    return QCoreApplication.translate(_CONTEXT, text)


def problem_label(code: str) -> str:
    """Return the short label of a problem code ("bad date"), translated."""
    label = _PROBLEM_LABELS.get(code)
    if label is None:
        return code.replace("_", " ")
    # The literal strings above are listed for the translation tools in this dict; translate here.
    return QCoreApplication.translate(_CONTEXT, label)


def problem_text(problem: Problem) -> str:
    """Return one sentence for a problem (the core's English until the catalogue is translated)."""
    try:
        text = problem.message
    except Exception:  # noqa: BLE001 - a missing message must never break the grid
        text = ""
    if text:
        return text
    where = f'"{problem.column}": ' if problem.column else ""
    value = problem.params.get("value")
    shown = f'"{value}" ' if value not in (None, "") else ""
    return f"{where}{shown}{problem_label(problem.code)}"


def number(value: int | float) -> str:
    """Format a count the way the user's locale writes numbers (1,198 or 1 198)."""
    return QLocale().toString(value)


def duration(seconds: float) -> str:
    """Return a rounded duration ("45 s", "3 min", "1 h 20 min")."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return QCoreApplication.translate(_CONTEXT, "%n s", "", seconds)
    minutes = round(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate(_CONTEXT, "%n min", "", minutes)
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate(_CONTEXT, "{h} h {m} min").format(h=hours, m=minutes)


def display_value(value: Any) -> str:
    """Return a cell value as the grid shows it: the exact value that will be sent."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        import json

        return json.dumps(value, ensure_ascii=False, separators=(",", ": "))
    return str(value)
