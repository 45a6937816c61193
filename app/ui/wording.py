"""Short, translatable words the Preview, Upload and Results steps share.

The core gives stable codes; the window turns them into a marketer's words here, through Qt's
translation tools, so the same problem reads the same in the summary chips, the status column and
the results page. Full sentences for a single problem come from ``app.ui.messages``.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTimeZone,
)

from app.core.conversion.convert import Problem
from app.ui.messages import problem_message

log = logging.getLogger(__name__)

_CONTEXT = "wording"

# code -> short label for a chip such as "31 bad date" (tr() happens in problem_label).
_PROBLEM_LABELS: dict[str, str] = {
    "date_invalid": QT_TRANSLATE_NOOP("wording", "bad date"),
    "date_not_real": QT_TRANSLATE_NOOP("wording", "impossible date"),
    "date_ambiguous": QT_TRANSLATE_NOOP("wording", "unclear date"),
    "enum_unknown": QT_TRANSLATE_NOOP("wording", "unknown option"),
    "required_missing": QT_TRANSLATE_NOOP("wording", "missing value"),
    "email_invalid": QT_TRANSLATE_NOOP("wording", "bad email"),
    "number_invalid": QT_TRANSLATE_NOOP("wording", "not a number"),
    "number_ambiguous": QT_TRANSLATE_NOOP("wording", "unclear number"),
    "cell_error": QT_TRANSLATE_NOOP("wording", "spreadsheet error"),
    "object_id_invalid": QT_TRANSLATE_NOOP("wording", "bad record id"),
    "id_too_long": QT_TRANSLATE_NOOP("wording", "id too long"),
    "id_invalid_chars": QT_TRANSLATE_NOOP("wording", "bad characters"),
    "type_unknown": QT_TRANSLATE_NOOP("wording", "unknown type"),
    "boolean_invalid": QT_TRANSLATE_NOOP("wording", "not yes/no"),
    "text_invalid": QT_TRANSLATE_NOOP("wording", "bad text"),
    "record_id_missing": QT_TRANSLATE_NOOP("wording", "no email or id"),
    "record_id_not_mapped": QT_TRANSLATE_NOOP("wording", "no email or id column"),
    "column_missing": QT_TRANSLATE_NOOP("wording", "missing column"),
    "field_not_mapped": QT_TRANSLATE_NOOP("wording", "field not mapped"),
    "duplicate": QT_TRANSLATE_NOOP("wording", "duplicate"),
}


def tr(text: str) -> str:
    """Translate ``text`` in this module's context."""
    return QCoreApplication.translate(_CONTEXT, text)


def problem_label(code: str) -> str:
    """Return the short label of a problem code ("bad date"), translated."""
    label = _PROBLEM_LABELS.get(code)
    if label is None:
        return code.replace("_", " ")
    return QCoreApplication.translate(_CONTEXT, label)


def problem_text(problem: Problem) -> str:
    """Return one sentence for a problem in the interface language: what, where, what to do."""
    try:
        return problem_message(problem)
    except Exception:  # noqa: BLE001 - odd parameters must never break the grid
        log.exception("no sentence for problem %s", problem.code)
    where = f'"{problem.column}": ' if problem.column else ""
    value = problem.params.get("value")
    shown = f'"{value}" ' if value not in (None, "") else ""
    return f"{where}{shown}{problem_label(problem.code)}"


def number(value: int | float) -> str:
    """Format a count the way the user's locale writes numbers (1,198 or 1 198)."""
    return QLocale().toString(value)


def seconds_text(value: float) -> str:
    """Format a time in seconds with one decimal, in the locale's way ("0.6 s", "0,6 s")."""
    return QLocale().toString(float(value), "f", 1) + "\u00a0s"


def date_time_text(epoch_seconds: float) -> str:
    """Format a moment as the user's locale writes a short date and time."""
    moment = QDateTime.fromSecsSinceEpoch(int(epoch_seconds))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def date_text(iso: str) -> str:
    """Format an ISO 8601 date or timestamp as the locale's short date (15/06/2025 in French).

    Settings keep moments in ISO form so that any language can read them back; the user reads
    them the way their own locale writes dates. Text that is not ISO is shown as it is.
    """
    try:
        moment = datetime.fromisoformat(iso.strip())
    except ValueError:
        return iso
    day = QDate(moment.year, moment.month, moment.day)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


def epoch_day_text(milliseconds: int) -> str:
    """Format a HubSpot date token (epoch milliseconds of midnight UTC) as the locale's date.

    The token is the day written in the cell, so it is read in UTC: it never slips a day,
    whatever the computer's time zone.
    """
    moment = QDateTime.fromMSecsSinceEpoch(int(milliseconds), QTimeZone.utc())
    return QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat)


ZERO_WIDTH_SPACE = "\u200b"
LONG_RUN = 40  # characters without a space before a line may break inside the run


def breakable(text: str) -> str:
    """Return ``text`` with line-break chances inside very long words (ids, e-mails, URLs).

    A word-wrapped label cannot break a word, so one 300-character value would widen its panel;
    a zero-width space every few characters lets it wrap at the panel's width instead.
    """
    if len(text) <= LONG_RUN:
        return text
    out: list[str] = []
    run = 0
    for char in text:
        if char.isspace():
            run = 0
        elif run >= LONG_RUN:
            out.append(ZERO_WIDTH_SPACE)
            run = 0
        run += 0 if char.isspace() else 1
        out.append(char)
    return "".join(out)


def duration(seconds: float) -> str:
    """Return a rounded duration ("45 s", "3 min", "1 h 20 min")."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return QCoreApplication.translate("wording", "%n s", None, seconds)
    minutes = round(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("wording", "%n min", None, minutes)
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("wording", "{h} h {m} min").format(h=hours, m=minutes)


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
