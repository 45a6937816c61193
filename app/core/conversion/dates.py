"""Dates and times from spreadsheet cells, turned into what each API expects.

A cell can hold a real date (``datetime.date``/``datetime.datetime`` from a workbook), an Excel
serial number (a workbook cell not formatted as a date), or text: read with the mapping's strftime
``format`` when one is given (``date_formats``), else recognised among ISO 8601 and common written
forms (``date_text``, which refuses day/month text it would have to guess).

Time zones: a value without an offset is read in the field's IANA ``timezone`` (UTC when none is
set, so that a file converts the same on every machine). Local times that do not exist (the hour
skipped when clocks go forward) move forward by the length of the gap; local times that happen twice
(clocks going back) take the first occurrence. That is the rule of java.time and of most schedulers,
so a row never fails because of a DST change, and the result is the same on every run.

Outputs (each destination module chooses one per field): ISO 8601 with the offset; the epoch
milliseconds of midnight UTC of the calendar day written in the cell (whatever the time zone, so a
midnight date never slips to the day before); the wall-clock ``YYYY-MM-DDTHH:MM:SS``; ...

Speed matters (100,000 rows convert in well under a second): the text readers are built once per
field, repeated values hit a small cache, and the UTC offset of a day without a clock change is
computed once per day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from app.core.conversion.date_formats import compile_format
from app.core.conversion.date_issue import DateIssue
from app.core.conversion.date_text import DATE_TEXT_MAX, parse_date_text

EXCEL_MAX_SERIAL = 2958465  # 9999-12-31
_EXCEL_EPOCH = datetime(1899, 12, 30)
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_MS_PER_DAY = 86_400_000
_DATE_TYPES = frozenset((date, datetime))
_CACHE_LIMIT = 50_000


# ---------------------------------------------------------------------------------------------
# Excel serial numbers


def excel_serial_to_datetime(serial: float) -> datetime:
    """Return the naive datetime of an Excel serial number (1900 date system).

    Excel counts 1900-01-01 as day 1 and also counts a 29 February 1900 that never existed
    (day 60, kept from Lotus 1-2-3 for compatibility), so serials from 61 on are one day ahead of
    a plain count: counting from 1899-12-30 is right for them, from 1899-12-31 for days 1-59.
    The time of day is rounded to the millisecond, which removes the float noise of Excel times.
    """
    if serial != serial or serial < 1 or serial >= EXCEL_MAX_SERIAL + 1:  # NaN, or out of range
        raise DateIssue("date_invalid", reason="serial_out_of_range")
    days = int(serial)
    if days == 60:
        raise DateIssue("date_not_real", reason="excel_1900_leap_day")
    ms = round((serial - days) * _MS_PER_DAY)
    if days < 60:
        days += 1
    return _EXCEL_EPOCH + timedelta(days=days, milliseconds=ms)


# ---------------------------------------------------------------------------------------------
# Cells


def cell_to_datetime(value: Any, fmt: str | None = None) -> date | datetime:
    """Read a cell as a ``date`` (no time) or a naive/aware ``datetime``; raise ``DateIssue``.

    Numbers are Excel serials (a date cell that lost its date format); ``bool`` and ``time``
    values are not dates.
    """
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return value
    if isinstance(value, bool) or isinstance(value, time):
        raise DateIssue("date_invalid")
    if isinstance(value, int | float):
        serial = excel_serial_to_datetime(value)
        if serial.hour == serial.minute == serial.second == serial.microsecond == 0:
            if isinstance(value, int) or float(value).is_integer():
                return serial.date()
        return serial
    if isinstance(value, str):
        return parse_date_text(value, fmt)
    raise DateIssue("date_invalid")


def localize(naive: datetime, tz: tzinfo) -> datetime:
    """Attach time zone ``tz`` to a wall-clock time, deterministically across DST changes.

    ``fold=0`` picks the first of two repeated times; the round trip through UTC moves a time in
    the spring-forward gap forward by the gap (02:30 that never happened becomes 03:30).
    """
    aware = naive.replace(tzinfo=tz, fold=0)
    return aware.astimezone(UTC).astimezone(tz)


class _OffsetCache:
    """UTC offsets of one time zone per calendar day, for days without a clock change."""

    __slots__ = ("tz", "days")

    def __init__(self, tz: tzinfo) -> None:
        self.tz = tz
        self.days: dict[int, str | None] = {}

    def offset_text(self, naive: datetime) -> str | None:
        """Return ``+HH:MM`` for this wall time, or None when its day has a clock change."""
        ordinal = naive.toordinal()
        cached = self.days.get(ordinal, False)
        if cached is not False:
            return cached  # type: ignore[return-value]
        day = naive.date()
        offsets = {
            datetime.combine(day, t, tzinfo=self.tz).utcoffset()
            for t in (time(0), time(12), time(23, 59, 59, 999999))
        }
        text = None
        if len(offsets) == 1:
            text = _offset_text(offsets.pop())
        if len(self.days) > _CACHE_LIMIT:
            self.days.clear()
        self.days[ordinal] = text
        return text


def _offset_text(offset: timedelta | None) -> str:
    if offset is None:
        return "+00:00"
    seconds = int(offset.total_seconds())
    sign = "+" if seconds >= 0 else "-"
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{sign}{hours:02d}:{minutes:02d}"
    return text + f":{secs:02d}" if secs else text


def _iso(dt: datetime) -> str:
    # isoformat() without arguments is twice as fast; it only differs when there are microseconds.
    return dt.isoformat(timespec="milliseconds") if dt.microsecond else dt.isoformat()


def local_zone_name() -> str | None:
    """Return the IANA name of this computer's time zone (``Europe/Paris``), or None.

    The window proposes it for dates written without an offset: a marketer's "14:30" means their
    own clock. None when the system does not say (the rule then stays on UTC).
    """
    try:
        import tzlocal  # deferred: tzlocal costs ~12 ms at start, and only Mapping asks

        name = tzlocal.get_localzone_name()
    except Exception:  # noqa: BLE001 - a system without a readable zone: no proposal
        return None
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return None
    return "UTC" if name in ("Etc/UTC", "UTC", "Etc/Universal", "Universal", "Zulu") else name


def zone(name: str | None) -> tzinfo:
    """Return the time zone called ``name`` (an IANA name), UTC for None."""
    return UTC if name is None else ZoneInfo(name)


# ---------------------------------------------------------------------------------------------
# Converters for the mapping compiler


_EPOCH_UTC = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_MS = timedelta(milliseconds=1)


def date_to_epoch_millis(day: date) -> int:
    """Return the epoch milliseconds of midnight UTC of a calendar day (date-only fields)."""
    return (day.toordinal() - _EPOCH_ORDINAL) * _MS_PER_DAY


def make_date_converter(
    output: str,
    fmt: str | None = None,
    timezone_name: str | None = None,
    day_first: bool | None = None,
) -> Callable[[Any], Any]:
    """Return a function that turns one cell into the API value, raising ``DateIssue``.

    ``day_first`` is the column's order of numeric text dates (``infer_day_order``), used when a
    value alone could be read either way and no ``fmt`` is given.

    ``output`` is ``iso_datetime`` (ISO 8601 with offset), ``epoch_millis_day`` (epoch millis of
    midnight UTC of the written day), ``local_datetime`` (``YYYY-MM-DDTHH:MM:SS``, the wall clock
    of the rule's zone), ``iso_date`` (``YYYY-MM-DD``) or ``epoch_millis_text``
    (epoch milliseconds as decimal text: a date-only value is midnight UTC of that day, a time
    without offset is read in the rule's zone). Text results are cached,
    since a column often repeats the same dates.
    """
    tz = zone(timezone_name)
    offsets = _OffsetCache(tz)
    has_zone = timezone_name is not None
    midnight = time(0)

    known_days = offsets.days

    def to_aware_text(value: date | datetime) -> str:
        if value.__class__ is not datetime:
            value = datetime.combine(value, midnight)
        if value.tzinfo is not None:
            return _iso(value)
        ordinal = value.toordinal()
        offset = known_days.get(ordinal)  # offset_text without its call, for a day seen before
        if offset is None and ordinal not in known_days:
            offset = offsets.offset_text(value)
        if offset is not None:
            return (value.isoformat() if not value.microsecond else _iso(value)) + offset
        return _iso(localize(value, tz))

    def to_local_text(value: date | datetime) -> str:
        if not isinstance(value, datetime):
            return f"{value.isoformat()}T00:00:00"
        if value.tzinfo is not None:
            value = value.astimezone(tz).replace(tzinfo=None)
        elif has_zone and offsets.offset_text(value) is None:
            value = localize(value, tz).replace(tzinfo=None)  # resolve a DST gap the same way
        return value.isoformat(timespec="seconds")

    def to_millis(value: date | datetime) -> int:
        if isinstance(value, datetime):
            value = value.date()  # the day as written: no time zone shift, no day off by one
        return date_to_epoch_millis(value)

    def to_epoch_millis_text(value: date | datetime) -> str:
        if value.__class__ is not datetime:
            return str(date_to_epoch_millis(value))
        aware = value if value.tzinfo is not None else localize(value, tz)
        return str((aware - _EPOCH_UTC) // _ONE_MS)

    def to_iso_date(value: date | datetime) -> str:
        if isinstance(value, datetime):
            value = value.date()
        return value.isoformat()

    finish: Callable[[Any], Any]
    if output == "iso_datetime":
        finish = to_aware_text
    elif output == "epoch_millis_day":
        finish = to_millis
    elif output == "local_datetime":
        finish = to_local_text
    elif output == "iso_date":
        finish = to_iso_date
    elif output == "epoch_millis_text":
        finish = to_epoch_millis_text
    else:
        raise ValueError(f"unknown date output {output!r}")

    read_format = compile_format(fmt) if fmt is not None else None

    def text_to_result(text: str) -> Any:
        if read_format is not None:
            return finish(read_format(text))
        return finish(parse_date_text(text, None, day_first))

    cache: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        cls = value.__class__
        if cls is str:
            hit = cache.get(value)
            if hit is not None:
                return hit
            text = value.strip()
            if not text or len(text) > DATE_TEXT_MAX:
                raise DateIssue("date_invalid")
            result = text_to_result(text)
        else:
            if cls is bool:  # True == 1: must never reach the cache of serial numbers
                raise DateIssue("date_invalid")
            hit = cache.get(value)
            if hit is not None:
                return hit
            result = finish(cell_to_datetime(value, fmt))
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        cache[value] = result
        return result

    def convert_column(values: list[Any]) -> list[Any] | None:
        """Convert a whole column of dates and date-times (None: another column, go per cell).

        Such cells need none of ``convert``'s tests and its cache only remembers ``finish``:
        the same values, without a lookup and three tests per cell.
        """
        if not set(map(type, values)) <= _DATE_TYPES:
            return None
        if finish is to_millis:  # the day as written: a date-time's ordinal is its day's
            return [(day - _EPOCH_ORDINAL) * _MS_PER_DAY for day in map(date.toordinal, values)]
        return list(map(finish, values))

    convert.column = convert_column  # type: ignore[attr-defined]
    return convert


__all__ = [
    "cell_to_datetime",
    "date_to_epoch_millis",
    "excel_serial_to_datetime",
    "local_zone_name",
    "localize",
    "make_date_converter",
    "zone",
]
