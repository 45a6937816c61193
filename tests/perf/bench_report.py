"""Print how long writing a check report takes for 100,000 rows x 20 columns (.xlsx and .csv).

Run: ``python tests/perf/bench_report.py [ROWS]``. Prints figures only; nothing is asserted.
The rows mix text, whole numbers, decimals, dates and date-times, as an export does, and every
row gets a status, an error text for one row in ten and an event id.
"""

from __future__ import annotations

import datetime as dt
import resource
import sys
import tempfile
import time
from pathlib import Path

from app.core.reading.sheet import SheetData
from app.core.reports.report import ReportRow, write_report, write_rows_file


def make_sheet(rows: int, columns: int = 20) -> SheetData:
    """Build a sheet of ``rows`` x ``columns`` values of mixed types."""
    start = dt.datetime(2025, 3, 1, 9, 0)
    data = []
    for i in range(rows):
        row: list[object] = []
        for c in range(columns):
            kind = c % 5
            if kind == 0:
                row.append(f"user{i}@example.com")
            elif kind == 1:
                row.append(i * 7 + c)
            elif kind == 2:
                row.append((i % 1000) / 8)
            elif kind == 3:
                row.append(start + dt.timedelta(minutes=i))
            else:
                row.append(f"Some text {i % 97} in column {c}")
        data.append(row)
    return SheetData(
        path=Path("bench.xlsx"),
        sheet_name="Data",
        sheet_names=["Data"],
        header_row=1,
        headers=[f"Column {c + 1}" for c in range(columns)],
        rows=data,
        row_numbers=list(range(2, rows + 2)),
    )


def main(argv: list[str]) -> int:
    """Write the reports and print the figures."""
    rows = int(argv[0]) if argv else 100_000
    sheet = make_sheet(rows)
    report_rows = [
        ReportRow(
            i,
            "invalid" if i % 10 == 0 else "valid",
            "Bad email" if i % 10 == 0 else "",
            f"el-{i:032x}",
        )
        for i in range(rows)
    ]
    print(f"{rows:,} rows x {len(sheet.headers)} columns (+ Row, Status, Error, Event ID)")
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in (".xlsx", ".csv"):
            out = Path(tmp) / f"report{suffix}"
            began = time.perf_counter()
            write_report(out, sheet, report_rows)
            took = time.perf_counter() - began
            size = out.stat().st_size / (1 << 20)
            print(f"report {suffix:5}  {took:6.2f} s  {rows / took:9,.0f} rows/s  {size:6.1f} MB")
        began = time.perf_counter()
        write_rows_file(Path(tmp) / "failed.xlsx", sheet, list(range(0, rows, 10)))
        print(f"rows file .xlsx ({rows // 10:,} rows)  {time.perf_counter() - began:6.2f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the process (sheet included): {peak:,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
