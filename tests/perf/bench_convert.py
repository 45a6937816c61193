"""Convert and validate 100,000 rows with a realistic HubSpot mapping; print speed and memory.

The sheet is built in memory (as the reader returns it: text, numbers, dates, a few blanks and
errors), so the figure is the converter's alone. Target: <= 1.0 s for 100,000 rows. The mapping
has seven fields: email, a text timestamp with a format and a time zone, a string, a number
(cells and French text), a date token from date cells, an enumeration given by labels, and a
constant. Wall and CPU time are both printed: on a busy machine the CPU time is the fairer one.

Run: ``.venv/bin/python tests/perf/bench_convert.py [rows]``
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc
from datetime import date, datetime, timedelta
from pathlib import Path

from app.cli.common import bulk_work
from app.core.conversion.convert import convert_rows
from app.core.conversion.mapping import parse_mapping
from app.core.reading.sheet import CellError, SheetData

MAPPING = {
    "format": "event-loader-mapping",
    "version": 1,
    "destination": "hubspot-timeline",
    "hubspot": {
        "appId": 123456,
        "eventTemplateId": "1009877",
        "objectType": "contacts",
        "tokens": [
            {"name": "webinar", "type": "string", "label": "Webinar"},
            {"name": "minutesAttended", "type": "number", "label": "Minutes attended"},
            {"name": "registeredOn", "type": "date", "label": "Registration date"},
            {
                "name": "attendance",
                "type": "enumeration",
                "label": "Attendance",
                "options": [
                    {"label": "Attended live", "value": "live"},
                    {"label": "Watched replay", "value": "replay"},
                    {"label": "Did not attend", "value": "absent"},
                ],
            },
        ],
    },
    "fields": {
        "email": {"column": "Email"},
        "timestamp": {
            "column": "Joined at",
            "format": "%d/%m/%Y %H:%M",
            "timezone": "Europe/Paris",
        },
        "tokens.webinar": {"column": "Webinar"},
        "tokens.minutesAttended": {"column": "Minutes"},
        "tokens.registeredOn": {"column": "Registered"},
        "tokens.attendance": {"column": "Attendance"},
        "extraData.source": {"value": "Spring campaign"},
    },
}
RUNS = 3
HEADERS = ["Email", "First name", "Joined at", "Webinar", "Minutes", "Registered", "Attendance"]


def make_sheet(n: int, seed: int = 7) -> SheetData:
    """Build ``n`` rows like a webinar export read from xlsx: ~1% bad cells, ~0.3% duplicates."""
    rnd = random.Random(seed)
    start = datetime(2025, 1, 1, 8, 0)
    webinars = [f"Webinar {i}: growth tactics" for i in range(40)]
    attendance = ["Attended live", "Watched replay", "Did not attend", "attended LIVE", "replay"]
    rows = []
    for i in range(n):
        joined = start + timedelta(minutes=rnd.randrange(0, 365 * 24 * 60))
        registered: object = date(2024, 12, 1) + timedelta(days=rnd.randrange(0, 400))
        minutes: object = rnd.choice((rnd.randrange(0, 120), float(rnd.randrange(0, 120)), "45,5"))
        email: object = f"person{i}@example{i % 97}.com"
        roll = rnd.random()
        if roll < 0.003:
            registered = "31/02/2025"
        elif roll < 0.006:
            minutes = CellError("#N/A")
        elif roll < 0.009:
            email = "not an email"
        elif roll < 0.012 and rows:
            rows.append(list(rows[-1]))  # the same event twice: marked duplicate
            continue
        rows.append(
            [
                email,
                "Ana",
                joined.strftime("%d/%m/%Y %H:%M"),
                rnd.choice(webinars),
                minutes,
                registered,
                rnd.choice(attendance),
            ]
        )
    return SheetData(
        path=Path("bench.xlsx"),
        sheet_name="Attendees",
        sheet_names=["Attendees"],
        header_row=1,
        headers=HEADERS,
        rows=rows,
        row_numbers=list(range(2, n + 2)),
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    mapping = parse_mapping(MAPPING)
    sheet = make_sheet(n)
    convert_rows(make_sheet(2000, seed=1), mapping)  # warm imports and regex compilation
    walls, cpus = [], []
    for _ in range(RUNS):
        t0, c0 = time.perf_counter(), time.process_time()
        with bulk_work():  # as the commands convert (the window's collector runs apart)
            result = convert_rows(sheet, mapping)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    elapsed, cpu = min(walls), min(cpus)
    tracemalloc.start()
    convert_rows(sheet, mapping)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    counts = result.counts
    print(f"rows:              {n:,}")
    print(
        f"convert+validate:  {elapsed:.3f} s wall, {cpu:.3f} s CPU (best of {RUNS})  "
        f"({n / elapsed:,.0f} rows/s)  target <= 1.0 s"
    )
    print(f"  all runs, wall: {', '.join(f'{w:.3f}' for w in walls)} s")
    print(f"peak memory (tracemalloc, conversion only): {peak / 1e6:.1f} MB")
    print(
        f"valid {counts['valid']:,} · invalid {counts['invalid']:,} · "
        f"duplicate {counts['duplicate']:,}"
    )
    print("problems:", dict(result.problem_counts))


if __name__ == "__main__":
    main()
