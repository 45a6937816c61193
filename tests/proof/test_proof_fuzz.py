"""Bad input, generated: property tests over the readers and the converter.

Thousands of generated cases (each test prints how many it ran), bounded in time with
``max_examples`` and no per-example deadline:

- random bytes named .csv/.txt/.tsv/.xlsx/.xls/.ods, and random zip archives named .xlsx: the
  reader returns a sheet or raises ``SheetError`` with a known code and a one-line message;
  nothing else;
- random tables written in random CSV dialects (separator, quoting, line ends, encoding, BOM):
  read back cell for cell;
- random cell values of every kind under a HubSpot mapping that uses every token type, and a
  Pipeless mapping: every row is valid or invalid with problems that each carry a code and a
  message; every valid event is strict JSON (no NaN/Infinity);
- random date strings and formats: parsed, or refused with a ``DateIssue`` code;
- valid events generated this way are accepted by the sandbox, which was written separately from
  the API docs: the two sides agree on what the API takes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
import shutil
import tempfile
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from proof_support import COURSE_MAPPING

from app.core.conversion.convert import ConversionResult, RowStatus, convert_rows
from app.core.conversion.date_issue import DateIssue
from app.core.conversion.date_text import parse_date_text
from app.core.conversion.dates import cell_to_datetime
from app.core.conversion.mapping import parse_mapping
from app.core.conversion.messages import note_message, problem_message
from app.core.reading.sheet import CellError, SheetData, SheetError, read_sheet

SHEET_ERROR_CODES = {
    "file_missing", "is_directory", "unreadable", "unsupported_type", "not_a_spreadsheet",
    "encrypted", "corrupt", "too_large", "empty_file", "empty_sheet", "no_header",
    "sheet_not_found", "header_row_out_of_range", "too_many_columns", "cancelled",
}  # fmt: skip
RUNS: Counter[str] = Counter()
COMMON = settings(deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


@pytest.fixture(scope="module", autouse=True)
def _print_counts() -> Any:
    yield
    print("\nhypothesis cases: " + ", ".join(f"{k} {v}" for k, v in sorted(RUNS.items())))
    print(f"hypothesis cases in all: {sum(RUNS.values())}")


_FOLDER = Path(tempfile.mkdtemp(prefix="proof-fuzz-"))  # one folder, removed at the end


@pytest.fixture(scope="module", autouse=True)
def _remove_folder() -> Any:
    yield
    shutil.rmtree(_FOLDER, ignore_errors=True)


def _read(data: bytes, suffix: str) -> SheetData | None:
    path = _FOLDER / f"input{suffix}"
    path.write_bytes(data)
    try:
        sheet = read_sheet(path)
    except SheetError as exc:
        assert exc.code in SHEET_ERROR_CODES, exc.code
        text = str(exc)
        assert text and "\n" not in text.strip() and "Traceback" not in text
        return None
    assert len(sheet.headers) == len(set(sheet.headers))
    assert all(len(row) == len(sheet.headers) for row in sheet.rows)
    assert len(sheet.rows) == len(sheet.row_numbers)
    for note in sheet.notes:
        assert note.code and note_message(note)
    return sheet


# --- readers --------------------------------------------------------------------------------------


@settings(COMMON, max_examples=500)
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".csv", ".txt", ".tsv"]))
def test_random_bytes_as_text_files(data: bytes, suffix: str) -> None:
    RUNS["random bytes as text"] += 1
    _read(data, suffix)


@settings(COMMON, max_examples=300)
@given(
    data=st.one_of(
        st.binary(max_size=4096),
        st.binary(max_size=64).map(lambda b: b"PK\x03\x04" + b),
        st.binary(max_size=64).map(lambda b: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b),
    ),
    suffix=st.sampled_from([".xlsx", ".xls", ".ods", ".xlsm"]),
)
def test_random_bytes_as_workbooks(data: bytes, suffix: str) -> None:
    RUNS["random bytes as workbooks"] += 1
    _read(data, suffix)


_PARTS = [
    "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
    "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
]  # fmt: skip
_XMLISH = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda t: t.encode("utf-8")),
    st.sampled_from([b"", b"<?xml version='1.0'?>", b"<worksheet><sheetData><row r='1'><c r='A1' "
                     b"t='s'><v>99</v></c></row></sheetData></worksheet>", b"<a>" * 200]),
)  # fmt: skip


@settings(COMMON, max_examples=300)
@given(parts=st.dictionaries(st.sampled_from(_PARTS), _XMLISH, max_size=len(_PARTS)))
def test_random_zip_archives_as_xlsx(parts: dict[str, bytes]) -> None:
    RUNS["random zip archives as .xlsx"] += 1
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    _read(buffer.getvalue(), ".xlsx")


_CELL = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
    max_size=12,
).map(str.strip)
# Words of French exports (names, towns, comments); random letter soup such as "ÇŒ" is also
# valid UTF-8 ("ǌ"), so only real text can be expected to come back as written.
_FRENCH_WORDS = [
    "Hélène",
    "François",
    "réunion",
    "à",
    "Orléans",
    "déjà",
    "terminée",
    "Très",
    "intéressé",
    "démo",
    "rappeler",
    "après",
    "rentrée",
    "Gaëlle",
    "cœur",
    "Noël",
    "où",
    "Ça",
    "Œuvres",
    "garçon",
    "élève",
    "naïve",
    "hôtel",
    "forêt",
    "août",
    "«",
    "»",
    "€",
    "Jérôme",
    "Lefèvre",
    "Besançon",
    "Nîmes",
    "Chloé",
    "Île-de-France",
    "Béziers",
    "bientôt",
    "reçu",
    "À",
    "ÉTÉ",
]
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_HEADER = st.text(alphabet=_LETTERS, min_size=3, max_size=10)


@settings(COMMON, max_examples=400)
@given(
    headers=st.lists(_HEADER, min_size=1, max_size=6, unique_by=str.lower),
    rows=st.lists(st.lists(_CELL, min_size=6, max_size=6), min_size=1, max_size=15),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]),
    newline=st.sampled_from(["\r\n", "\n"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]),
    sniff=st.booleans(),
)
def test_random_csv_dialects_read_back_cell_for_cell(
    headers: list[str], rows: list[list[str]], delimiter: str, quoting: int, newline: str,
    encoding: str, sniff: bool,
) -> None:  # fmt: skip
    """Read back exactly: with the separator given (any cell content), or sniffed (at least two
    columns and no separator character inside cells: otherwise the file itself is ambiguous)."""
    RUNS["random CSV dialects"] += 1
    if sniff:
        headers = headers if len(headers) > 1 else [*headers, "Zz" + headers[0]]
        rows = [["".join(ch for ch in c if ch not in ",;\t|") for c in r] for r in rows]
    width = len(headers)
    table = [r[:width] for r in rows if any(c for c in r[:width])]
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter, quoting=quoting, lineterminator=newline)
    writer.writerows([headers, *table])
    path = _FOLDER / "dialect.csv"
    path.write_bytes(text.getvalue().encode(encoding))
    sheet = read_sheet(path, header_row=1, delimiter=None if sniff else delimiter)
    assert sheet.headers == headers
    got = [["" if v is None else str(v) for v in row] for row in sheet.rows]
    assert got == table, (sheet.delimiter, sheet.encoding)


@settings(COMMON, max_examples=150)
@given(
    cells=st.lists(
        st.lists(st.sampled_from(_FRENCH_WORDS), min_size=1, max_size=6).map(" ".join),
        min_size=1, max_size=6,
    ),
    delimiter=st.sampled_from([",", ";"]),
)  # fmt: skip
def test_french_windows_csv_reads_back(cells: list[str], delimiter: str) -> None:
    """A Windows-1252 export of French text (the sample post-likes.csv is one) reads back as
    written: Western European text must not come back in a Baltic or Central European code page
    (it did, for short files, until this suite found it)."""
    RUNS["French Windows-1252 CSV"] += 1
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([["Commentaire"], *[[c] for c in cells]])
    path = _FOLDER / "windows.csv"
    path.write_bytes(text.getvalue().encode("cp1252"))
    sheet = read_sheet(path, header_row=1)
    assert [row[0] for row in sheet.rows] == cells, sheet.encoding


# --- converters -----------------------------------------------------------------------------------

ALL_TYPES_MAPPING = {
    **COURSE_MAPPING,
    "fields": {
        "email": {"column": "Email"},
        "timestamp": {"column": "When", "timezone": "Europe/Paris"},
        "tokens.course": {"column": "Course"},
        "tokens.score": {"column": "Score"},
        "tokens.completedOn": {"column": "Completed"},
        "tokens.level": {"column": "Level"},
        "extraData.note": {"column": "Course"},
    },
    "event_id": {"columns": ["Email", "Course"]},
}
PIPELESS_MAPPING = {
    "format": "event-loader-mapping", "version": 1, "destination": "pipeless",
    "pipeless": {"appId": 77, "synchronous": True},
    "fields": {"start_object.type": {"value": "user"}, "start_object.id": {"column": "Email"},
               "relationship.type": {"column": "Level"},
               "relationship.created_on": {"column": "When"},
               "end_object.type": {"value": "video"}, "end_object.id": {"column": "Course"}},
}  # fmt: skip
COLUMNS = ["Email", "When", "Course", "Score", "Completed", "Level"]

_DATE_TEXT = st.one_of(
    st.text(alphabet="0123456789/-.: TZApm+", max_size=22),
    st.dates(min_value=dt.date(1, 1, 1)).map(lambda d: d.strftime(
        ["%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%Y%m%d", "%d %B %Y"][d.day % 6])),
    st.datetimes().map(lambda d: d.isoformat()),
    st.sampled_from(["", " ", "31/02/2024", "29/02/1900", "00/00/0000", "9999-12-31 23:59",
                     "0001-01-01", "2025-03-30 02:30", "2025-10-26 02:30", "24:00", "now"]),
)  # fmt: skip
_NUMBER_TEXT = st.one_of(
    st.from_regex(r"[+-]?[0-9]{0,6}([.,][0-9]{0,4})?([eE][+-]?[0-9]{1,4})?", fullmatch=True),
    st.sampled_from(["NaN", "nan", "inf", "-inf", "Infinity", "1e400", "-0", "1 234,5",
                     "1,234.5", "1.234,5", "١٢٣", "0x1F", "½", "--1", "+", "."]),
)  # fmt: skip
_ANY_CELL = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    _DATE_TEXT,
    _NUMBER_TEXT,
    st.dates(),
    st.datetimes(),
    st.times(),
    st.sampled_from([CellError("#N/A"), CellError("#DIV/0!"), CellError("#REF!")]),
    st.sampled_from(["a@b.example", "Ana.Smith+x@Example.COM", "a@b", "@b.example", "a@@b.c",
                     "Expert", "expert", "BEGINNER", "liked", "viewed", "purchased"]),
)  # fmt: skip


def _sheet(rows: list[list[Any]]) -> SheetData:
    return SheetData(
        path=Path("generated.xlsx"), sheet_name="Sheet1", sheet_names=["Sheet1"], header_row=1,
        headers=list(COLUMNS), rows=rows, row_numbers=list(range(2, len(rows) + 2)),
    )  # fmt: skip


def _check_outcomes(result: ConversionResult, rows: int) -> None:
    assert len(result.outcomes) == rows
    seen_ids: set[str] = set()
    for outcome in result.outcomes:
        if outcome.status is RowStatus.INVALID:
            assert outcome.problems
            for problem in outcome.problems:
                assert problem.code and isinstance(problem.code, str)
                text = problem_message(problem)
                assert text and "Traceback" not in text, (problem, text)
                assert not re.search(r"\{[a-z_]+\}", text) or "{" in str(problem.params), text
        else:
            assert not outcome.problems, outcome
            json.dumps(outcome.event, allow_nan=False)  # strict JSON: no NaN, no Infinity
            assert outcome.event_id
            if outcome.status is RowStatus.VALID:
                assert outcome.event_id not in seen_ids
                seen_ids.add(outcome.event_id)


_ROWS = st.lists(st.lists(_ANY_CELL, min_size=6, max_size=6), min_size=1, max_size=8)

# Rows that are mostly valid, so that many events reach the sandbox.
_WHEN = st.one_of(
    st.datetimes(min_value=dt.datetime(1971, 1, 1), max_value=dt.datetime(2099, 12, 31)),
    st.datetimes(min_value=dt.datetime(1971, 1, 1), max_value=dt.datetime(2099, 12, 31)).map(
        lambda d: d.strftime("%Y-%m-%d %H:%M")),
)  # fmt: skip
_PIPELESS_ID = st.text(
    alphabet=_LETTERS + "0123456789 @-!#%^&()/+=;:'\"?<>\\][{}.,",
    min_size=1, max_size=40,
)  # fmt: skip
_RELATIONSHIPS = ["posted", "followed", "liked", "favorited", "saved", "disliked", "purchased",
                  "commentedOn", "created", "viewed", "reported", "blocked", "deleted", "authored",
                  "used", "dismissed", "loggedIn", "taggedWith", "categorizedIn", "interestedIn",
                  "locatedIn", "readQuarter", "readHalf", "readAll", "subscribedTo",
                  "subscribedFrom", "addedTo", "madeBy", "pausedOn"]  # fmt: skip
_HUBSPOT_ROW = st.tuples(
    st.emails(),
    _WHEN,
    st.text(min_size=1, max_size=60),
    st.one_of(st.integers(-10**12, 10**12), st.floats(allow_nan=False, allow_infinity=False,
              width=32), st.from_regex(r"-?[0-9]{1,7}([.][0-9]{1,3})?", fullmatch=True)),
    st.one_of(st.dates(min_value=dt.date(1971, 1, 1), max_value=dt.date(2099, 12, 31)), _WHEN),
    st.sampled_from(["Beginner", "beginner", "EXPERT", "Expert", "expert", " Expert "]),
).map(list)  # fmt: skip
_PIPELESS_ROW = st.tuples(
    _PIPELESS_ID, _WHEN, _PIPELESS_ID, st.none(), st.none(), st.sampled_from(_RELATIONSHIPS)
).map(list)


@settings(COMMON, max_examples=500)
@given(rows=_ROWS)
def test_random_cells_convert_or_get_coded_problems_hubspot(rows: list[list[Any]]) -> None:
    RUNS["random cells, HubSpot"] += 1
    _check_outcomes(convert_rows(_sheet(rows), parse_mapping(ALL_TYPES_MAPPING)), len(rows))


@settings(COMMON, max_examples=500)
@given(rows=_ROWS)
def test_random_cells_convert_or_get_coded_problems_pipeless(rows: list[list[Any]]) -> None:
    RUNS["random cells, Pipeless"] += 1
    _check_outcomes(convert_rows(_sheet(rows), parse_mapping(PIPELESS_MAPPING)), len(rows))


_FORMATS = st.one_of(
    st.none(),
    st.sampled_from(["%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y %I:%M %p", "%Y-%m-%d %H:%M", "%d.%m.%y",
                     "%Y%m%d", "%d %B %Y", "%H:%M", "%Y", "%%", "%Q", ""]),
    st.text(alphabet="%YmdHMSIpbBy/-: ", max_size=12),
).filter(lambda f: f is None or not _repeats_a_directive(f))  # fmt: skip


def _repeats_a_directive(fmt: str) -> bool:
    """Formats such as %d/%d/%d: refused when the mapping loads, proven separately below."""
    import re

    found = re.findall(r"%(.)", fmt.replace("%%", ""))
    return len(found) != len(set(found))


@settings(COMMON, max_examples=600)
@given(text=_DATE_TEXT, fmt=_FORMATS)
def test_random_date_strings_parse_or_give_a_code(text: str, fmt: str | None) -> None:
    RUNS["random date strings"] += 1
    for parse in (parse_date_text, cell_to_datetime):
        try:
            value = parse(text, fmt)
        except DateIssue as issue:
            assert issue.code in ("date_invalid", "date_ambiguous", "date_not_real"), issue.code
        else:
            assert isinstance(value, dt.date)


@pytest.mark.parametrize("fmt", ["%d/%d/%d", "%Y-%m-%d %H:%M %H"])
def test_date_format_repeating_a_directive_is_refused_with_a_code(fmt: str) -> None:
    """It raised re.error ("redefinition of group name") until this suite found it."""
    for parse in (parse_date_text, cell_to_datetime):
        with pytest.raises(DateIssue):
            parse("01/02/2025", fmt)


@settings(COMMON, max_examples=300)
@given(
    value=st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-(10**9), 10**9))
)
def test_excel_serial_numbers_as_dates(value: float) -> None:
    RUNS["Excel serial numbers"] += 1
    try:
        out = cell_to_datetime(value)
    except DateIssue as issue:
        assert issue.code in ("date_invalid", "date_ambiguous", "date_not_real")
    else:
        assert isinstance(out, dt.date) and not (isinstance(value, float) and math.isnan(value))


# --- the converter and the sandbox agree ---------------------------------------------------------


@pytest.fixture(scope="module")
def agreement_sandbox() -> Any:
    from app.sandbox.server import SandboxConfig, SandboxServer

    with SandboxServer(SandboxConfig(rate_limit_per_10s=None)) as server:
        yield server


@pytest.mark.parametrize("destination", ["hubspot", "pipeless"])
def test_valid_events_are_accepted_by_the_sandbox(destination: str, agreement_sandbox: Any) -> None:
    """Every event the converter calls valid must be taken by the independent API imitation."""
    mapping = parse_mapping(ALL_TYPES_MAPPING if destination == "hubspot" else PIPELESS_MAPPING)
    creds = agreement_sandbox.credentials
    refused: list[Any] = []
    sent = 0

    row = _HUBSPOT_ROW if destination == "hubspot" else _PIPELESS_ROW

    @settings(COMMON, max_examples=150)
    @given(rows=st.lists(row, min_size=1, max_size=10))
    def check(rows: list[list[Any]]) -> None:
        nonlocal sent
        RUNS[f"converter vs sandbox, {destination}"] += 1
        result = convert_rows(_sheet(rows), mapping)
        events = [o.event for o in result.outcomes if o.status is RowStatus.VALID]
        if not events:
            return
        if destination == "hubspot":
            url = f"{agreement_sandbox.base_url}/integrators/timeline/v3/events/batch/create"
            body: Any = {"inputs": events}
            auth = creds["hubspot_access_token"]
        else:
            url = f"{agreement_sandbox.base_url}/v1/apps/77/events/batch"
            body = {"events": events[:10], "synchronous": True}
            auth = creds["pipeless_api_key"]
        answer = http.post(url, json=body, headers={"Authorization": f"Bearer {auth}"})
        sent += len(body.get("inputs", body.get("events", [])))
        if answer.status_code not in (200, 201, 202):
            refused.append((answer.status_code, answer.text[:400], body))

    with httpx.Client(timeout=30) as http:
        check()
    assert sent >= 300, "too few valid events to prove agreement"
    print(f"\nconverter vs sandbox [{destination}]: {sent} valid events sent, "
          f"{len(refused)} batches refused")  # fmt: skip
    assert refused == [], refused[:3]


# --- time zones: no shifted wall times, no off-by-one days ----------------------------------

ZONES = [
    "UTC", "Europe/Paris", "America/New_York", "America/Sao_Paulo", "Australia/Lord_Howe",
    "Asia/Kathmandu", "Pacific/Chatham", "Pacific/Kiritimati", "America/St_Johns",
    "Africa/Casablanca", "Europe/Dublin",
]  # fmt: skip


@settings(COMMON, max_examples=600)
@given(
    wall=st.datetimes(min_value=dt.datetime(1971, 1, 1), max_value=dt.datetime(2090, 12, 31)),
    day=st.dates(min_value=dt.date(1971, 1, 1), max_value=dt.date(2090, 12, 31)),
    zone=st.sampled_from(ZONES),
    as_text=st.booleans(),
    date_only_timestamp=st.booleans(),
)
def test_wall_times_and_days_survive_every_time_zone(
    wall: dt.datetime, day: dt.date, zone: str, as_text: bool, date_only_timestamp: bool
) -> None:
    """A timestamp keeps its wall time in the mapping's zone (a time in a spring-forward gap
    moves forward by the gap), a date-only timestamp stays on its day in that zone, and a
    ``date`` token is midnight UTC of its day whatever the zone (HubSpot's convention)."""
    from zoneinfo import ZoneInfo

    RUNS["time zones"] += 1
    wall = wall.replace(second=0, microsecond=0)
    mapping_data = json.loads(json.dumps(ALL_TYPES_MAPPING))
    mapping_data["fields"]["timestamp"] = {"column": "When", "timezone": zone}
    if as_text:
        mapping_data["fields"]["timestamp"]["format"] = (
            "%Y-%m-%d" if date_only_timestamp else ("%Y-%m-%d %H:%M")
        )
    when: Any = wall.date() if date_only_timestamp else wall
    if as_text:
        when = wall.strftime("%Y-%m-%d" if date_only_timestamp else "%Y-%m-%d %H:%M")
    row = ["ana@example.com", when, "Course", "5", day, "Expert"]
    outcome = convert_rows(_sheet([row]), parse_mapping(mapping_data)).outcomes[0]
    assert outcome.status is RowStatus.VALID, [problem_message(p) for p in outcome.problems]
    tz = ZoneInfo(zone)
    sent = dt.datetime.fromisoformat(outcome.event["timestamp"])
    assert sent.utcoffset() is not None
    local = sent.astimezone(tz).replace(tzinfo=None)
    if date_only_timestamp:
        assert local.date() == wall.date(), (outcome.event["timestamp"], zone)
    else:
        round_trip = wall.replace(tzinfo=tz).astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None)
        in_gap = round_trip != wall
        assert local == wall or (in_gap and local > wall), (wall, outcome.event["timestamp"], zone)
    midnight = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    assert int(outcome.event["tokens"]["completedOn"]) == int(midnight.timestamp() * 1000)
