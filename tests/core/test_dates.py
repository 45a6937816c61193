"""Dates: Excel cells and serials, text with and without a format, time zones and DST, outputs."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.conversion.date_formats import compile_format
from app.core.conversion.date_issue import DateIssue
from app.core.conversion.date_text import parse_date_text
from app.core.conversion.dates import (
    cell_to_datetime,
    date_to_epoch_millis,
    excel_serial_to_datetime,
    localize,
    make_date_converter,
)

NEW_YORK = ZoneInfo("America/New_York")
PARIS = ZoneInfo("Europe/Paris")


def issue(fn, *args) -> DateIssue:  # type: ignore[no-untyped-def]
    with pytest.raises(DateIssue) as info:
        fn(*args)
    return info.value


# --- Excel serials ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, datetime(1900, 1, 1)),
        (59, datetime(1900, 2, 28)),
        (61, datetime(1900, 3, 1)),
        (45000, datetime(2023, 3, 15)),
        (45772, datetime(2025, 4, 25)),
        (45772.5, datetime(2025, 4, 25, 12)),
        (45000.4375, datetime(2023, 3, 15, 10, 30)),
        (2958465, datetime(9999, 12, 31)),
    ],
)
def test_excel_serials_follow_the_1900_system(serial: float, expected: datetime) -> None:
    assert excel_serial_to_datetime(serial) == expected


def test_excel_serial_time_noise_is_rounded() -> None:
    # 10:31 stored by Excel as a binary fraction: must not come back as 10:30:59.999999
    serial = 45000 + (10 * 60 + 31) / 1440
    assert excel_serial_to_datetime(serial) == datetime(2023, 3, 15, 10, 31)


def test_excel_1900_leap_bug_day_is_not_real() -> None:
    err = issue(excel_serial_to_datetime, 60)
    assert err.code == "date_not_real"


@pytest.mark.parametrize("serial", [0, -5, 2958466, float("nan"), 1e20])
def test_excel_serial_out_of_range(serial: float) -> None:
    assert issue(excel_serial_to_datetime, serial).code == "date_invalid"


def test_cells_become_dates_or_datetimes() -> None:
    assert cell_to_datetime(date(2025, 4, 25)) == date(2025, 4, 25)
    assert cell_to_datetime(datetime(2025, 4, 25, 9)) == datetime(2025, 4, 25, 9)
    assert cell_to_datetime(45772) == date(2025, 4, 25)
    assert cell_to_datetime(45772.0) == date(2025, 4, 25)
    assert cell_to_datetime(45772.25) == datetime(2025, 4, 25, 6)
    assert issue(cell_to_datetime, True).code == "date_invalid"
    assert issue(cell_to_datetime, time(10, 30)).code == "date_invalid"


# --- Text without a format -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-04-25", date(2025, 4, 25)),
        ("2025-04-25T14:30", datetime(2025, 4, 25, 14, 30)),
        ("2025-04-25 14:30:15", datetime(2025, 4, 25, 14, 30, 15)),
        ("2025-04-25T14:30:00Z", datetime(2025, 4, 25, 14, 30, tzinfo=UTC)),
        (
            "2025-04-25T14:30:00+02:00",
            datetime(2025, 4, 25, 14, 30, tzinfo=timezone(timedelta(hours=2))),
        ),
        ("20250425", date(2025, 4, 25)),
        ("25/04/2025", date(2025, 4, 25)),
        ("04/25/2025", date(2025, 4, 25)),
        ("25.04.2025", date(2025, 4, 25)),
        ("25-04-2025 14:30", datetime(2025, 4, 25, 14, 30)),
        ("04/25/2025 3:30 PM", datetime(2025, 4, 25, 15, 30)),
        ("25/04/2025 14h30", datetime(2025, 4, 25, 14, 30)),
        ("05/05/2025", date(2025, 5, 5)),
        ("2025/04/03", date(2025, 4, 3)),
        ("2025-4-3", date(2025, 4, 3)),
        ("2025-04-3 10:00", datetime(2025, 4, 3, 10)),
        ("25 April 2025", date(2025, 4, 25)),
        ("Apr 25, 2025 3:00 PM", datetime(2025, 4, 25, 15)),
        ("25 avril 2025", date(2025, 4, 25)),
        ("3 févr. 2025", date(2025, 2, 3)),
        ("vendredi 25 avril 2025", date(2025, 4, 25)),
        ("  2025-04-25  ", date(2025, 4, 25)),
    ],
)
def test_auto_detected_forms(text: str, expected: date) -> None:
    result = parse_date_text(text)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize("text", ["03/04/2025", "01.02.2024", "12-11-2025 10:00"])
def test_day_month_ambiguity_is_flagged(text: str) -> None:
    err = issue(parse_date_text, text)
    assert err.code == "date_ambiguous"


def test_ambiguous_text_is_fine_with_a_format() -> None:
    assert parse_date_text("03/04/2025", "%d/%m/%Y") == datetime(2025, 4, 3)
    assert parse_date_text("03/04/2025", "%m/%d/%Y") == datetime(2025, 3, 4)


@pytest.mark.parametrize("text", ["31/02/2024", "2024-02-30", "29/02/2023", "31/04/2025 10:00"])
def test_dates_that_do_not_exist(text: str) -> None:
    assert issue(parse_date_text, text).code == "date_not_real"


def test_leap_day_exists_in_leap_years() -> None:
    assert parse_date_text("29/02/2024") == date(2024, 2, 29)


@pytest.mark.parametrize(
    "text",
    ["hello", "12", "2025", "April 2025", "13/13/2025", "2025-04-25T25:00", "32/01/2025", "", "  "],
)
def test_not_dates(text: str) -> None:
    assert issue(parse_date_text, text).code == "date_invalid"


# --- Text with a format ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fmt", "expected"),
    [
        ("2025-04-03 10:30", "%Y-%m-%d %H:%M", datetime(2025, 4, 3, 10, 30)),
        ("04/03/2025 01:15 PM", "%m/%d/%Y %I:%M %p", datetime(2025, 4, 3, 13, 15)),
        ("04/03/2025 12:15 am", "%m/%d/%Y %I:%M %p", datetime(2025, 4, 3, 0, 15)),
        ("3 Apr 2025", "%d %b %Y", datetime(2025, 4, 3)),
        ("3 April 25", "%d %B %y", datetime(2025, 4, 3)),
        ("25.04.2025 14:30:05.5", "%d.%m.%Y %H:%M:%S.%f", datetime(2025, 4, 25, 14, 30, 5, 500000)),
        ("2025-04-25T14:30:00+0200", "%Y-%m-%dT%H:%M:%S%z",
         datetime(2025, 4, 25, 14, 30, tzinfo=timezone(timedelta(hours=2)))),
    ],
)  # fmt: skip
def test_formats(text: str, fmt: str, expected: datetime) -> None:
    assert parse_date_text(text, fmt) == expected


def test_format_mismatch_and_unreal_dates() -> None:
    err = issue(parse_date_text, "2025-04-03", "%Y-%m-%d %H:%M")
    assert err.code == "date_invalid" and err.params["format"] == "%Y-%m-%d %H:%M"
    assert issue(parse_date_text, "31/02/2024", "%d/%m/%Y").code == "date_not_real"
    assert issue(parse_date_text, "31/02/2024 10:00", "%d/%m/%Y %H:%M").code == "date_not_real"
    assert issue(parse_date_text, "13/25/2025 03:15 PM", "%m/%d/%Y %I:%M %p").code == "date_invalid"
    assert issue(parse_date_text, "25/04/2025 24:00", "%d/%m/%Y %H:%M").code == "date_invalid"
    assert issue(parse_date_text, "00/04/2025", "%d/%m/%Y").code == "date_invalid"


FAST_FORMATS = ["%Y-%m-%d %H:%M", "%d/%m/%Y", "%m/%d/%Y %I:%M %p", "%d %b %Y", "%d.%m.%y %H:%M:%S"]


@settings(max_examples=300, deadline=None)
@given(
    moment=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2099, 12, 31)),
    fmt=st.sampled_from(FAST_FORMATS),
)
def test_compiled_formats_agree_with_strptime_on_real_dates(moment: datetime, fmt: str) -> None:
    text = moment.strftime(fmt)
    assert compile_format(fmt)(text) == datetime.strptime(text, fmt)


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet="0123456789/-: .APMapmJanFebOct", max_size=22),
    fmt=st.sampled_from(FAST_FORMATS),
)
def test_compiled_formats_accept_exactly_what_strptime_accepts(text: str, fmt: str) -> None:
    try:
        expected: datetime | None = datetime.strptime(text.strip(), fmt)
    except ValueError:
        expected = None
    try:
        got: datetime | None = compile_format(fmt)(text.strip())
    except DateIssue as exc:
        assert exc.code in ("date_invalid", "date_not_real")
        got = None
    assert got == expected


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_parser_never_raises_anything_but_a_date_issue(text: str) -> None:
    try:
        result = parse_date_text(text)
    except DateIssue as exc:
        assert exc.code in ("date_invalid", "date_ambiguous", "date_not_real")
    else:
        assert isinstance(result, date)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.integers(), st.floats(allow_nan=True), st.booleans(), st.none(), st.text(max_size=20)
    )
)
def test_converters_never_raise_anything_but_a_date_issue(value: object) -> None:
    for output in ("iso_datetime", "epoch_millis_day", "local_datetime"):
        try:
            make_date_converter(output, None, "Europe/Paris")(value)
        except DateIssue as exc:
            assert exc.code.startswith("date_")


# --- Time zones and DST ----------------------------------------------------------------------


def test_new_york_spring_forward_gap_moves_forward() -> None:
    convert = make_date_converter("iso_datetime", "%Y-%m-%d %H:%M", "America/New_York")
    assert convert("2025-03-09 01:59") == "2025-03-09T01:59:00-05:00"
    assert convert("2025-03-09 02:30") == "2025-03-09T03:30:00-04:00"  # 02:30 never happened
    assert convert("2025-03-09 03:00") == "2025-03-09T03:00:00-04:00"


def test_new_york_fall_back_takes_the_first_occurrence() -> None:
    convert = make_date_converter("iso_datetime", "%Y-%m-%d %H:%M", "America/New_York")
    assert convert("2025-11-02 00:59") == "2025-11-02T00:59:00-04:00"
    assert convert("2025-11-02 01:30") == "2025-11-02T01:30:00-04:00"  # first of two 01:30s
    assert convert("2025-11-02 02:00") == "2025-11-02T02:00:00-05:00"


def test_paris_offsets_summer_winter_and_transitions() -> None:
    convert = make_date_converter("iso_datetime", None, "Europe/Paris")
    assert convert(datetime(2025, 1, 15, 9)) == "2025-01-15T09:00:00+01:00"
    assert convert(datetime(2025, 7, 15, 9)) == "2025-07-15T09:00:00+02:00"
    assert convert(datetime(2025, 3, 30, 2, 30)) == "2025-03-30T03:30:00+02:00"
    assert convert(datetime(2025, 10, 26, 2, 30)) == "2025-10-26T02:30:00+02:00"
    assert convert(date(2025, 3, 30)) == "2025-03-30T00:00:00+01:00"


@pytest.mark.parametrize(
    "zone_name",
    # Midnight changes (Santiago), half-hour changes (Lord Howe), no DST (Kolkata, +05:30).
    ["America/New_York", "Europe/Paris", "America/Santiago", "Australia/Lord_Howe", "Asia/Kolkata"],
)
def test_day_offset_cache_agrees_with_localize_all_year(zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    convert = make_date_converter("iso_datetime", None, zone_name)
    moment = datetime(2025, 1, 1)
    while moment.year == 2025:
        assert convert(moment) == localize(moment, zone).isoformat(), moment
        moment += timedelta(minutes=53)


def test_midnight_that_does_not_exist() -> None:
    # Santiago moved its clocks from 00:00 to 01:00 on 7 September 2025.
    convert = make_date_converter("iso_datetime", None, "America/Santiago")
    assert convert(date(2025, 9, 7)) == "2025-09-07T01:00:00-03:00"
    assert make_date_converter("epoch_millis_day", None, "America/Santiago")(date(2025, 9, 7)) == (
        date_to_epoch_millis(date(2025, 9, 7))
    )


def test_timestamp_default_zone_is_utc_and_offsets_are_kept() -> None:
    convert = make_date_converter("iso_datetime")
    assert convert("2025-04-25 14:30") == "2025-04-25T14:30:00+00:00"
    assert convert("2025-04-25T14:30:00-04:00") == "2025-04-25T14:30:00-04:00"
    paris = make_date_converter("iso_datetime", None, "Europe/Paris")
    assert paris("2025-04-25T14:30:00Z") == "2025-04-25T14:30:00+00:00"  # an offset wins


def test_timestamp_keeps_milliseconds() -> None:
    convert = make_date_converter("iso_datetime")
    assert convert(datetime(2025, 4, 25, 14, 30, 5, 123456)) == "2025-04-25T14:30:05.123+00:00"


# --- HubSpot date tokens ---------------------------------------------------------------------


def test_date_token_is_midnight_utc_of_the_written_day() -> None:
    convert = make_date_converter("epoch_millis_day", None, "America/New_York")
    expected = int(datetime(2025, 4, 25, tzinfo=UTC).timestamp() * 1000)
    assert expected == 1745539200000
    assert convert(date(2025, 4, 25)) == expected
    assert convert(datetime(2025, 4, 25, 0, 0)) == expected  # midnight: no slip to the 24th
    assert convert(datetime(2025, 4, 25, 23, 59)) == expected  # late evening: no slip to the 26th
    assert convert("2025-04-25") == expected
    assert convert("25/04/2025") == expected
    assert convert(45772) == expected
    assert convert("2025-04-25T23:30:00-04:00") == expected  # the day as written


def test_epoch_millis_before_1970() -> None:
    assert date_to_epoch_millis(date(1969, 12, 31)) == -86_400_000
    assert date_to_epoch_millis(date(1970, 1, 1)) == 0


# --- Pipeless --------------------------------------------------------------------------------


def test_pipeless_format() -> None:
    convert = make_date_converter("local_datetime", "%m/%d/%Y %I:%M %p")
    assert convert("04/25/2025 03:15 PM") == "2025-04-25T15:15:00"
    plain = make_date_converter("local_datetime")
    assert plain(date(2025, 4, 25)) == "2025-04-25T00:00:00"
    assert plain(datetime(2025, 4, 25, 9, 5, 7, 999)) == "2025-04-25T09:05:07"
    assert plain("2025-04-25T14:30:00+02:00") == "2025-04-25T12:30:00"  # to UTC without a zone
    paris = make_date_converter("local_datetime", None, "Europe/Paris")
    assert paris("2025-04-25T12:30:00Z") == "2025-04-25T14:30:00"
    assert paris("2025-03-30T02:30:00") == "2025-03-30T03:30:00"  # the DST gap, as for HubSpot


def test_converter_cache_does_not_confuse_true_with_serial_one() -> None:
    convert = make_date_converter("epoch_millis_day")
    assert convert(1) == date_to_epoch_millis(date(1900, 1, 1))
    with pytest.raises(DateIssue):
        convert(True)


def test_unknown_output_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        make_date_converter("excel")


@settings(max_examples=400, deadline=None)
@given(
    digits=st.lists(st.sampled_from("0123456789"), min_size=14, max_size=14),
    fmt=st.sampled_from(["%d/%m/%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%m.%d.%Y %H:%M:%S"]),
)
def test_zero_padded_shortcut_agrees_with_strptime(digits: list[str], fmt: str) -> None:
    # Text of exactly the format's shape takes the fromisoformat shortcut: any digits in any
    # position (months 13, hours 24, 31 February) must give what strptime gives.
    shape = datetime(2000, 1, 1).strftime(fmt)
    it = iter(digits)
    text = "".join(next(it) if ch.isdigit() else ch for ch in shape)
    try:
        expected: datetime | None = datetime.strptime(text, fmt)
    except ValueError:
        expected = None
    try:
        got: datetime | None = compile_format(fmt)(text)
    except DateIssue:
        got = None
    assert got == expected


@pytest.mark.parametrize(
    "output",
    [
        "epoch_millis_day",
        "local_datetime",
        "iso_date",
        "iso_datetime",
        "epoch_millis_text",
    ],
)
def test_a_whole_column_converts_as_each_cell_does(output: str) -> None:
    start = datetime(2025, 3, 29, 23, 30)  # across the night Paris changes its clocks
    column = [start + timedelta(minutes=17 * i) for i in range(400)]
    column += [date(2025, 3, 30), datetime(2025, 3, 30, 2, 30), datetime(2024, 2, 29, 12, 0, 0, 1)]
    convert = make_date_converter(output, timezone_name="Europe/Paris")
    assert convert.column(column) == [convert(value) for value in column]  # type: ignore[attr-defined]
    assert convert.column(["2025-03-30", *column]) is None  # type: ignore[attr-defined]
    assert convert.column([True, *column]) is None  # type: ignore[attr-defined]


def test_a_column_of_text_is_stripped_as_each_cell_is() -> None:
    from app.core.conversion.converters import make_string_converter

    convert = make_string_converter()
    column = [" a ", "b", "\u00a0c\t", "d e"]
    assert convert.column(column) == [convert(value) for value in column]  # type: ignore[attr-defined]
    assert convert.column([*column, 12]) is None  # type: ignore[attr-defined]
