"""Dates written as text with no format: ISO 8601 and the forms people commonly write.

Recognised: ISO 8601 (read by ``datetime.fromisoformat``, C code), numeric day/month/year with
``/ . -``, year-first ``2025/04/25``, and text with English or French month names (dateutil's
general parser, the last resort, with both languages' names). Numeric day/month text such as
``03/04/2025`` is refused as ambiguous unless the column settles the order (``infer_day_order``:
one of its values can only be read one way) or a format does: guessing would silently put a third
of the events on the wrong day. Text longer than ``DATE_TEXT_MAX`` is refused before any parsing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from dateutil import parser as dateutil_parser

from app.core.conversion.date_formats import compile_format
from app.core.conversion.date_issue import DateIssue

DATE_TEXT_MAX = 80  # longer text is no date: it is refused before it costs a parse

_NUMERIC_DMY = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"(?:(?:\s+|T|,\s*)(?P<time>.+))?\Z"
)
_NUMERIC_YMD = re.compile(
    r"(?P<y>\d{4})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?:(?:\s+|T)(?P<time>.+))?\Z"
)
_TIME = re.compile(
    r"(?P<h>\d{1,2})[:h](?P<m>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,6}))?)?"
    r"\s*(?P<p>[AaPp]\.?[Mm]\.?)?\Z"
)


_MONTH_NAMES: list[tuple[str, ...]] = [
    ("Jan", "January", "janv", "janvier"),
    ("Feb", "February", "févr", "fevr", "février", "fevrier"),
    ("Mar", "March", "mars"),
    ("Apr", "April", "avr", "avril"),
    ("May", "mai"),
    ("Jun", "June", "juin"),
    ("Jul", "July", "juil", "juillet"),
    ("Aug", "August", "août", "aout"),
    ("Sep", "Sept", "September", "septembre"),
    ("Oct", "October", "octobre"),
    ("Nov", "November", "novembre"),
    ("Dec", "December", "déc", "décembre", "decembre"),
]
_DAY_NAMES: list[tuple[str, ...]] = [
    ("Mon", "Monday", "lun", "lundi"),
    ("Tue", "Tuesday", "mar", "mardi"),
    ("Wed", "Wednesday", "mer", "mercredi"),
    ("Thu", "Thursday", "jeu", "jeudi"),
    ("Fri", "Friday", "ven", "vendredi"),
    ("Sat", "Saturday", "sam", "samedi"),
    ("Sun", "Sunday", "dim", "dimanche"),
]


class _BilingualParserInfo(dateutil_parser.parserinfo):
    """English and French month and day names for dateutil (the files come from both)."""

    # dateutil reads any number of names per month or day; its type stubs allow two or three.
    MONTHS = _MONTH_NAMES  # type: ignore[assignment]
    WEEKDAYS = _DAY_NAMES  # type: ignore[assignment]
    JUMP = [*dateutil_parser.parserinfo.JUMP, "le", "à", "a", "h"]


_PARSER_INFO = _BilingualParserInfo()
_SENTINELS = (datetime(2001, 1, 1), datetime(2002, 2, 2))


def _read_time(text: str) -> tuple[int, int, int, int]:
    found = _TIME.match(text.strip())
    if found is None:
        raise DateIssue("date_invalid")
    hour, minute = int(found["h"]), int(found["m"])
    second = int(found["s"] or 0)
    micro = int((found["f"] or "0").ljust(6, "0"))
    if found["p"]:
        if not 1 <= hour <= 12:
            raise DateIssue("date_invalid")
        hour = hour % 12 + (12 if found["p"][0] in "Pp" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise DateIssue("date_invalid")
    return hour, minute, second, micro


def _make(year: int, month: int, day: int, time_text: str | None) -> date | datetime:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        raise DateIssue("date_invalid")
    try:
        if time_text is None:
            return date(year, month, day)
        return datetime(year, month, day, *_read_time(time_text))
    except ValueError:
        raise DateIssue("date_not_real") from None


DAY_FIRST, MONTH_FIRST = "day_first", "month_first"
DAY_ORDER_SCAN = 200_000  # values of a column looked at to settle its order (bounds the cost)


def infer_day_order(values: Iterable[Any], limit: int = DAY_ORDER_SCAN) -> tuple[str, str] | None:
    """Return (``day_first`` or ``month_first``, the value that settles it) for a date column.

    A column is written one way: when one of its numeric text dates can only be read one way
    (28/03/2025: no 28th month), its ambiguous ones (01/04/2025) are read the same way. None when
    no value settles it, or when values contradict each other (then each ambiguous value is still
    refused, rather than guessed). Computed once per column, never per row.
    """
    found: dict[str, str] = {}
    seen = 0
    match = _NUMERIC_DMY.match
    for value in values:
        if value.__class__ is not str:
            continue
        seen += 1
        if seen > limit:
            break
        parts = match(value.strip())
        if parts is None:
            continue
        a, b = int(parts["a"]), int(parts["b"])
        if 12 < a <= 31 and 1 <= b <= 12:
            found.setdefault(DAY_FIRST, value.strip())
        elif 12 < b <= 31 and 1 <= a <= 12:
            found.setdefault(MONTH_FIRST, value.strip())
        if len(found) == 2:
            return None
    if len(found) != 1:
        return None
    order, evidence = next(iter(found.items()))
    return order, evidence


def parse_date_text(
    text: str, fmt: str | None = None, day_first: bool | None = None
) -> date | datetime:
    """Read a date written as text; return a ``date`` (no time given) or a ``datetime``.

    ``day_first`` settles numeric dates such as 03/04/2025 (the column's order, see
    ``infer_day_order``); without it they are refused as ambiguous.

    With ``fmt`` the text must follow that strftime pattern (result: naive datetime, or aware with
    ``%z``). Without, ISO 8601 (``2025-04-25``, ``2025-04-25T14:30:00+02:00``, ``...Z``), numeric
    day/month/year forms with ``/ . -`` (refused as ``date_ambiguous`` when day and month could be
    swapped: 03/04/2025), year-first ``2025/04/25`` and text with English or French month names
    (``25 April 2025``, ``Apr 25, 2025 3:00 PM``, ``25 avril 2025``) are recognised.
    Raises ``DateIssue``.
    """
    text = text.strip()
    if not text or len(text) > DATE_TEXT_MAX:  # a megabyte cell is no date: do not parse it
        raise DateIssue("date_invalid")
    if fmt is not None:
        return compile_format(fmt)(text)
    # ISO 8601, extended (2025-04-25...) or basic date (20250425).
    if len(text) >= 10 and text[4] == "-" and text[:4].isdigit():
        try:
            if len(text) == 10 or (len(text) <= 10 and "W" in text):
                return date.fromisoformat(text)
            return datetime.fromisoformat(text)
        except ValueError as exc:
            # Only "day is out of range for month" means a well-formed date that does not exist;
            # other text starting like ISO (2025-4-3 10:00) may still be read below.
            if "day is out of range" in str(exc):
                raise DateIssue("date_not_real") from None
    if len(text) == 8 and text.isdigit():
        try:
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            raise DateIssue("date_invalid") from None
    found = _NUMERIC_YMD.match(text)
    if found is not None:
        return _make(int(found["y"]), int(found["m"]), int(found["d"]), found["time"])
    found = _NUMERIC_DMY.match(text)
    if found is not None:
        a, b = int(found["a"]), int(found["b"])
        year = int(found["y"])
        if len(found["y"]) == 2:
            year = 2000 + year if year <= 68 else 1900 + year
        if a > 12 and b <= 12:
            day, month = a, b
        elif b > 12 and a <= 12:
            day, month = b, a
        elif a == b:
            day = month = a
        elif a <= 12 and b <= 12 and day_first is not None:
            day, month = (a, b) if day_first else (b, a)
        elif a <= 12 and b <= 12:
            raise DateIssue(
                "date_ambiguous", day_first=f"{a:02d}/{b:02d}", month_first=f"{b:02d}/{a:02d}"
            )
        else:
            raise DateIssue("date_invalid")
        return _make(year, month, day, found["time"])
    if not any(ch.isalpha() for ch in text):
        raise DateIssue("date_invalid")
    return _parse_with_names(text)


def _parse_with_names(text: str) -> date | datetime:
    """Last resort for text with month names; refuses text that leaves the day, month or year out.

    dateutil fills missing parts from a default date, so the text is read twice with two different
    defaults: any part that differs was not in the text.
    """
    results = []
    for default in _SENTINELS:
        try:
            results.append(dateutil_parser.parse(text, parserinfo=_PARSER_INFO, default=default))
        except (ValueError, OverflowError):
            raise DateIssue("date_invalid") from None
    first, second = results
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        raise DateIssue("date_invalid")
    has_time = any(ch.isdigit() for ch in text) and (":" in text or _has_meridian(text))
    if first.tzinfo is not None:
        return first
    return first if has_time else first.date()


def _has_meridian(text: str) -> bool:
    lowered = text.lower()
    return " am" in lowered or " pm" in lowered or lowered.endswith(("am", "pm"))


__all__ = [
    "DATE_TEXT_MAX",
    "DAY_FIRST",
    "DAY_ORDER_SCAN",
    "MONTH_FIRST",
    "infer_day_order",
    "parse_date_text",
]
