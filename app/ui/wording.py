"""Short, translatable words the Preview, Upload and Results steps share.

The core gives stable codes; the window turns them into a marketer's words here, through Qt's
translation tools, so the same problem reads the same in the summary chips, the status column and
the results page. A problem's label and sentence come from the core's registry of problem codes
(``app.core.conversion.problems``) through ``app.ui.text.problems``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTimeZone,
)

# The steps ask here for a problem's short label and sentence; both come from the core's registry.
from app.ui.text.problems import problem_label, problem_text

__all__ = [
    "breakable",
    "date_text",
    "date_time_text",
    "display_value",
    "duration",
    "epoch_day_text",
    "epoch_moment_text",
    "number",
    "problem_label",
    "problem_text",
    "seconds_text",
]

_CONTEXT = "wording"


def tr(text: str) -> str:
    """Translate ``text`` in this module's context."""
    return QCoreApplication.translate(_CONTEXT, text)


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


def epoch_moment_text(milliseconds: int, zone: str | None) -> str:
    """Write a moment sent as epoch milliseconds as ISO text.

    It is written in the field's time zone, the way the other dates of the grid are, so the
    marketer reads 04:00 when the cell said 04:00 rather than a 13-digit number.
    """
    try:
        where: tzinfo = ZoneInfo(zone) if zone else UTC
    except (ValueError, ZoneInfoNotFoundError):
        where = UTC
    moment = datetime.fromtimestamp(int(milliseconds) / 1000, where)
    return moment.isoformat(timespec="seconds" if milliseconds % 1000 == 0 else "milliseconds")


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
        return json.dumps(value, ensure_ascii=False, separators=(",", ": "))
    return str(value)
