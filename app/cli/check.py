"""``event-loader check FILE --mapping M.json``: validate every row without sending anything.

Prints a summary (rows, valid, invalid by problem with counts and a first example, duplicates,
what the reader changed or skipped) and, with ``--report``, writes every row with its status.
Exit codes: 0 every row can be sent, 1 some rows are invalid, 2 the file, the mapping or the
options cannot be used (one line on stderr naming the file).
"""

from __future__ import annotations

import argparse
import gc
from collections import Counter
from pathlib import Path
from typing import Any

from app.cli.common import (
    CommandError,
    ProgressPrinter,
    add_mapping_argument,
    add_report_argument,
    add_sheet_arguments,
    bulk_work,
    check_mapping_fits,
    count,
    guarded,
    mapped_columns,
    naming,
    note_text,
    one_line,
    open_mapping,
    open_sheet,
    plural,
    print_lines,
)
from app.cli.forked import ForkedValue
from app.cli.main import EXIT_OK, EXIT_ROWS_FAILED
from app.core.conversion.date_text import DAY_FIRST

DUPLICATES_LISTED = 5
PARALLEL_REPORT_ROWS = 20_000  # below this, starting a second process costs more than it saves


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``check`` and its options."""
    parser = subparsers.add_parser(
        "check",
        help="validate every row of a spreadsheet against a mapping, without sending anything",
        description=(
            "Convert and validate every row of FILE with the mapping, print a summary and "
            "optionally write a report with each row's status. Exit code 0: every row can be "
            "sent; 1: some rows are invalid; 2: the file, mapping or options cannot be used."
        ),
    )
    add_sheet_arguments(parser)
    add_mapping_argument(parser)
    add_report_argument(parser)
    parser.set_defaults(run=run)
    return parser


@guarded
def run(args: argparse.Namespace) -> int:
    """Check the file; return the exit code."""
    # deferred: conversion costs ~9 ms; reports cost ~14 ms at every command's start
    from app.core.conversion.convert import convert_rows
    from app.core.reports.report import (
        REPORT_SUFFIXES,
        csv_line_starts,
        report_rows_from_conversion,
        write_report,
    )
    from app.core.reports.report_xlsx import ReportTooWide

    report_path = Path(args.report) if args.report else None
    if report_path is not None:
        # Refuse bad report paths before minutes of reading, not after.
        if report_path.is_dir():
            raise CommandError(f"{report_path}: this is a folder; give a file name for the report.")
        if report_path.suffix.lower() not in REPORT_SUFFIXES:
            raise CommandError(
                f"{report_path.name}: a report can be saved as .xlsx or .csv; "
                "choose a name ending in one of them."
            )
        if not report_path.parent.exists():
            raise CommandError(
                f"{report_path.name}: the folder {report_path.parent} does not exist."
            )
        if report_path.resolve() == Path(args.file).resolve():
            raise CommandError(
                f"{report_path.name}: the report would overwrite the file being checked."
            )

    mapping = open_mapping(args.mapping)
    sheet = open_sheet(
        args,
        progress=ProgressPrinter(f"Reading {Path(args.file).name}"),
        prefer_columns=mapped_columns(mapping),
    )
    if not sheet.rows:
        raise CommandError(
            naming(
                args.file,
                "has column names but no data rows below them: there is nothing to check.",
            )
        )
    check_mapping_fits(mapping, args.mapping, sheet)
    # The sheet's millions of cells live until the command ends and hold no cycles: take them
    # out of every later scan of the cycle collector (a tenth of the run for 100,000 rows).
    gc.freeze()

    with bulk_work():
        # The text of the sheet's own columns in a .csv report does not depend on the checks: a
        # second process makes it meanwhile (a third of the time of a large check).
        starts = None
        if report_path is not None and report_path.suffix.lower() == ".csv":
            if len(sheet.rows) >= PARALLEL_REPORT_ROWS:
                starts = ForkedValue(lambda: csv_line_starts(sheet))
        try:
            result = convert_rows(sheet, mapping)
        finally:
            line_starts = starts.result() if starts is not None else None
        print_lines(summary_lines(sheet, mapping, args.mapping, result))
        print_lines(date_order_lines(mapping, result))

        if report_path is not None:
            try:
                rows = report_rows_from_conversion(result)
                write_report(report_path, sheet, rows, line_starts=line_starts)
            except ReportTooWide as exc:
                raise CommandError(f"{report_path.name}: {exc}") from None
            except OSError as exc:
                reason = exc.strerror or one_line(str(exc)) or type(exc).__name__
                raise CommandError(
                    f"{report_path.name}: the report cannot be written ({reason})."
                ) from None
            print_lines([f"Report written to {report_path}"])
        # The outcomes and report rows also live until the command ends: out of the collector's
        # sight before it comes back, or its first pass walks them all once more (50 ms).
        gc.freeze()

    return EXIT_ROWS_FAILED if result.counts.get("invalid", 0) else EXIT_OK


def date_order_lines(mapping: Any, result: Any) -> list[str]:
    """Say which date columns were read day-first or month-first, and which value settled it."""
    lines = []
    for target, (order, evidence) in result.date_orders.items():
        column = mapping.fields[target].column
        words = "day/month/year" if order == DAY_FIRST else "month/day/year"
        lines.append(f'Dates of "{column}" read as {words} (from {evidence})')
    return lines


def summary_lines(sheet: Any, mapping: Any, mapping_path: str, result: Any) -> list[str]:
    """Return the check summary as printed: one fact per line, counts first."""
    counts = result.counts
    total = len(result.outcomes)
    where = f', sheet "{sheet.sheet_name}"' if sheet.sheet_name else ""
    lines = [
        f"{Path(sheet.path).name}{where}, header on row {sheet.header_row}: "
        f"{plural(total, 'row')} checked with {Path(mapping_path).name}",
    ]
    count_width = len(count(total))
    for status in ("valid", "invalid", "duplicate"):
        lines.append(f"  {count(counts.get(status, 0)):>{count_width}} {status}")

    invalid = [o for o in result.outcomes if o.problems]
    if invalid:
        rows_by_code: Counter[str] = Counter()
        example: dict[str, Any] = {}
        for outcome in invalid:
            for code in dict.fromkeys(p.code for p in outcome.problems):
                rows_by_code[code] += 1
            for problem in outcome.problems:
                example.setdefault(problem.code, (outcome.row_number, problem))
        lines.append("Problems (rows affected, first example):")
        width = max(len(c) for c in rows_by_code)
        for code, n in rows_by_code.most_common():
            row_number, problem = example[code]
            lines.append(
                f"  {code.ljust(width)}  {plural(n, 'row'):>8}  "
                f"row {row_number}: {one_line(problem.message)}"
            )

    duplicates = [o for o in result.outcomes if o.status.value == "duplicate"]
    if duplicates:
        shown = ", ".join(
            f"row {o.row_number} (same as row {o.duplicate_of})"
            if o.duplicate_of
            else f"row {o.row_number}"
            for o in duplicates[:DUPLICATES_LISTED]
        )
        more = (
            f" and {count(len(duplicates) - DUPLICATES_LISTED)} more"
            if len(duplicates) > DUPLICATES_LISTED
            else ""
        )
        lines.append(f"Duplicates, sent only once: {shown}{more}")

    notes = [note_text(note) for note in sheet.notes]
    skipped = getattr(sheet, "empty_rows_skipped", 0)
    if skipped and not any(n.code == "empty_rows_skipped" for n in sheet.notes):
        notes.append(f"{plural(skipped, 'empty row')} skipped")
    if notes:
        lines.append("While reading:")
        lines.extend(f"  {text}" for text in notes)
    return lines
