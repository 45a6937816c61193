"""Turn a stream of raw rows into ``SheetData``: header row, column names, data rows.

Workbooks and text files share this step so that the same file gives the same headers and rows
whichever reader produced them. The per-row work is kept to a few C-level list operations,
because a 100,000-row sheet goes through it on every load.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.reading import sheet_files
from app.core.reading.sheet_files import sheet_error
from app.core.reading.sheet_headers import (
    column_letter,
    detect_header_index,
    make_unique_headers,
    non_empty_count,
)
from app.core.reading.sheet_types import CellError, ReadNote, SheetData

PROGRESS_EVERY = 5_000  # rows between progress calls and stop checks
HEADER_WINDOW_ROWS = 1_000  # raw rows buffered at most while looking for the header
BATCH_ROWS = 4_096  # rows normalised per comprehension

Normaliser = Callable[[list[Any]], list[Any]]
MergedRange = tuple[tuple[int, int], tuple[int, int]]  # ((row0, col0), (row1, col1)), 0-based


@dataclass(slots=True)
class RawSheet:
    """What a format reader hands over: raw rows and where they sit in the sheet.

    Row ``i`` of ``rows`` is spreadsheet row ``first_row_number + i``; its cell ``j`` is sheet
    column ``first_column + j`` (0-based). ``normalise`` turns a raw row into reader values
    (None for empty); ``errors`` holds Excel error cells the parser reported as empty, by
    spreadsheet row number then 0-based sheet column.
    """

    path: Path
    rows: Iterator[list[Any]]
    sheet_name: str | None = None
    sheet_names: list[str] = field(default_factory=list)
    first_row_number: int = 1
    first_column: int = 0
    normalise: Normaliser | None = None
    # The same for many rows at once (faster for large sheets); ``normalise`` is used if None.
    normalise_batch: Callable[[list[list[Any]]], list[list[Any]]] | None = None
    errors: dict[int, list[tuple[int, CellError]]] = field(default_factory=dict)
    # Error cells found by a scan still running while rows are read; applied after the rows.
    errors_loader: Callable[[], dict[int, list[tuple[int, CellError]]]] | None = None
    merged: list[MergedRange] = field(default_factory=list)
    # Reads the merged ranges when they are not in ``merged`` yet (costly: the whole sheet XML);
    # called only when the header row has blank cells that a merge could explain.
    merged_loader: Callable[[], list[MergedRange]] | None = None
    # Columns the sheet declares it uses (an .xlsx ``<dimension>``); 0 when unknown. A merged
    # header cell can reach columns no row of the first page has a value in.
    declared_width: int = 0
    notes: list[ReadNote] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    track_ragged: bool = False  # text files: rows whose field count differs from the header's


def build_sheet(
    raw: RawSheet,
    *,
    header_row: int | None,
    limit: int | None = None,
    progress: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> SheetData:
    """Find the header, name the columns and collect the data rows of ``raw``.

    Millions of small lists are made here, none in a cycle: the cyclic collector rescanning
    them costs about a quarter of the read. Pausing it is the caller's decision, since it acts
    on the whole process (the window collects on its own thread, ``event-loader`` commands
    pause it around their bulk steps: ``app.cli.common.bulk_work``).
    """
    return _build(raw, header_row, limit, progress, should_stop)


def _build(
    raw: RawSheet,
    header_row: int | None,
    limit: int | None,
    progress: Callable[[int], None] | None,
    should_stop: Callable[[], bool] | None,
) -> SheetData:
    normalise = raw.normalise
    errors = raw.errors
    first_number = raw.first_row_number

    def cook(raw_row: list[Any], number: int) -> list[Any]:
        row = normalise(raw_row) if normalise is not None else raw_row
        if errors and number in errors:
            for column, error in errors[number]:
                pos = column - raw.first_column
                if 0 <= pos < len(row):
                    row[pos] = error
        return row

    # 1. Buffer the first rows and choose the header among them.
    head: list[list[Any]] = []
    head_raw: list[list[Any]] = []
    head_raw_lengths: list[int] = []
    rows_iter = raw.rows
    exhausted = False
    non_empty_seen = 0
    while True:
        if header_row is not None:
            # A row number below 1 is read to the end, so the message can say how many rows exist.
            if first_number + len(head) > header_row >= 1:
                break
        elif non_empty_seen >= 30 or len(head) >= HEADER_WINDOW_ROWS:
            break
        raw_row = next(rows_iter, None)
        if raw_row is None:
            exhausted = True
            break
        head_raw.append(raw_row)
        head_raw_lengths.append(len(raw_row))
        row = cook(raw_row, first_number + len(head))
        head.append(row)
        if row.count(None) != len(row) and not all(
            v is None or isinstance(v, CellError) for v in row
        ):
            # Error cells alone do not make a sheet hold data: the full read learns of them
            # only after the header search, and both reads must call such a sheet empty.
            non_empty_seen += 1

    last_seen = first_number + len(head) - 1
    if header_row is not None:
        if header_row < 1 or header_row > last_seen:
            if header_row >= 1 and non_empty_seen == 0:
                raise _empty_error(raw)
            raise sheet_error(
                "header_row_out_of_range", raw.path, row=header_row, last=max(last_seen, 1)
            )
        header_index = header_row - first_number
        if header_index < 0 or non_empty_count(head[header_index]) == 0:
            raise sheet_error("no_header", raw.path, row=header_row)
    else:
        if non_empty_seen == 0:
            raise _empty_error(raw)
        found = detect_header_index(head)
        if found is None:
            raise sheet_error("no_header", raw.path, row=None, rows_scanned=len(head))
        header_index = found
    header_number = first_number + header_index
    above_header = [first_number + i for i in range(header_index) if non_empty_count(head[i])]
    header_cells = list(head[header_index])
    header_raw_length = head_raw_lengths[header_index]

    # 2. Spread merged header cells over the columns they cover.
    merged_from: dict[int, int] = {}
    header_row0 = header_number - 1
    merged = raw.merged
    if raw.merged_loader is not None:
        widest = max(raw.declared_width, *(len(row) for row in head))
        padded = header_cells + [None] * (widest - len(header_cells))
        if any(v is None or (isinstance(v, str) and not v.strip()) for v in padded):
            merged = raw.merged_loader()
    for (r0, c0), (r1, c1) in merged:
        if not r0 <= header_row0 <= r1 or c1 < raw.first_column:
            continue
        origin = c0 - raw.first_column
        source_index = r0 - (first_number - 1)
        if 0 <= source_index < len(head) and 0 <= origin < len(head[source_index]):
            value = head[source_index][origin]
        else:
            continue
        width_needed = c1 - raw.first_column + 1
        if len(header_cells) < width_needed:
            header_cells.extend([None] * (width_needed - len(header_cells)))
        for pos in range(max(origin, 0), width_needed):
            header_cells[pos] = value
            if pos != origin or r0 != header_row0:
                merged_from[pos] = origin
        if r0 != header_row0 and c0 == c1:
            merged_from.pop(origin, None)  # a header merged down only: nothing was spread

    filled = [
        i
        for i, v in enumerate(header_cells)
        if v is not None and not (isinstance(v, str) and not v.strip())
    ]
    header_start, header_end = filled[0], filled[-1] + 1
    if header_end - header_start > sheet_files.MAX_COLUMNS:
        raise sheet_error(
            "too_many_columns",
            raw.path,
            count=header_end - header_start,
            limit=sheet_files.MAX_COLUMNS,
        )

    # 3. Data rows: skip empty ones, note where data lies outside the header's columns.
    rows: list[list[Any]] = []
    numbers: list[int] = []
    pending_empty = 0
    empty_skipped = 0
    data_start, data_end = header_start, header_end
    ragged: list[int] = []
    ragged_count = 0
    track_ragged = raw.track_ragged
    stop_check = should_stop
    next_report = PROGRESS_EVERY

    source = itertools.chain(head_raw[header_index + 1 :], () if exhausted else rows_iter)
    batch_normalise = raw.normalise_batch
    if batch_normalise is None:
        one = normalise if normalise is not None else list
        batch_normalise = lambda batch: [one(r) for r in batch]  # noqa: E731
    error_rows = errors or None
    first_column = raw.first_column
    count = 0
    checkpoint = min(limit, PROGRESS_EVERY) if limit is not None else PROGRESS_EVERY
    append_row = rows.append
    append_number = numbers.append
    number = header_number
    done = False
    while not done:
        # Rows are normalised a batch at a time: one comprehension over thousands of rows costs
        # less than one function call per row.
        raw_batch = list(itertools.islice(source, BATCH_ROWS))
        if not raw_batch:
            break
        for raw_row, row in zip(raw_batch, batch_normalise(raw_batch), strict=True):
            number += 1
            if error_rows is not None and number in error_rows:
                for column, error in error_rows[number]:
                    if 0 <= column - first_column < len(row):
                        row[column - first_column] = error
            width = len(row)
            if row.count(None) == width:
                pending_empty += 1
                continue
            if pending_empty:
                empty_skipped += pending_empty
                pending_empty = 0
            if width > data_end and row[data_end:].count(None) != width - data_end:
                data_end = max(data_end, _last_filled(row) + 1)
            if header_start and row[:header_start].count(None) != header_start:
                data_start = min(data_start, _first_filled(row))
            if track_ragged and len(raw_row) != header_raw_length:
                ragged_count += 1
                if len(ragged) < 20:
                    ragged.append(number)
            append_row(row)
            append_number(number)
            count += 1
            if count >= checkpoint:
                if limit is not None and count >= limit:
                    done = True
                    break
                next_report += PROGRESS_EVERY
                checkpoint = min(limit, next_report) if limit is not None else next_report
                if progress is not None:
                    progress(count)
                if stop_check is not None and stop_check():
                    raise sheet_error("cancelled", raw.path)
        if number > sheet_files.MAX_ROWS:
            # Checked every batch, so a sheet of millions of rows is refused after its first
            # million, not when memory runs out.
            raise sheet_error("too_many_rows", raw.path, limit=sheet_files.MAX_ROWS, row=number)
    # A first page that reached its limit may have more rows after it.
    complete = limit is None or len(rows) < limit

    if raw.errors_loader is not None:
        late_errors = raw.errors_loader()
        if late_errors:
            data_start, data_end, fixed = _apply_late_errors(
                late_errors,
                raw.first_column,
                header_number,
                header_cells,
                rows,
                numbers,
                data_start,
                data_end,
            )
            empty_skipped -= fixed

    if data_end - data_start > sheet_files.MAX_COLUMNS:
        raise sheet_error(
            "too_many_columns", raw.path, count=data_end - data_start, limit=sheet_files.MAX_COLUMNS
        )

    # 4. Shape every row to the final columns and name them.
    width = data_end - data_start
    for i, row in enumerate(rows):
        if data_start or len(row) != data_end:
            row = row[data_start:data_end]
            if len(row) < width:
                row.extend([None] * (width - len(row)))
            rows[i] = row
    header_slice = header_cells[data_start:data_end]
    header_slice.extend([None] * (width - len(header_slice)))
    merged_positions = {
        pos - data_start: origin - data_start
        for pos, origin in merged_from.items()
        if data_start <= pos < data_end and data_start <= origin < data_end
    }
    headers, header_notes = make_unique_headers(
        header_slice, raw.first_column + data_start, merged_positions
    )

    notes = list(raw.notes) + header_notes
    if above_header:
        # Titles, export dates or a notes line above the column names are not data; say which
        # rows were left out, so that a table that starts higher up is not lost unseen.
        notes.append(
            ReadNote(
                "rows_above_header_skipped",
                {
                    "count": len(above_header),
                    "row_numbers": above_header[:20],
                    "header_row": header_number,
                },
            )
        )
    if empty_skipped:
        notes.append(ReadNote("empty_rows_skipped", {"count": empty_skipped}))
    if ragged_count:
        notes.append(
            ReadNote(
                "ragged_row",
                {
                    "count": ragged_count,
                    "row_numbers": ragged,
                    "expected": header_raw_length,
                },
            )
        )
    outside = [
        column_letter(raw.first_column + c)
        for c in range(data_start, data_end)
        if not (header_start <= c < header_end)
        and (header_cells[c] if c < len(header_cells) else None) is None
    ]
    if outside:
        notes.append(ReadNote("data_outside_header", {"columns": outside}))
    if progress is not None:
        progress(len(rows))
    return SheetData(
        path=raw.path,
        sheet_name=raw.sheet_name,
        sheet_names=list(raw.sheet_names),
        header_row=header_number,
        headers=headers,
        rows=rows,
        row_numbers=numbers,
        notes=notes,
        encoding=raw.encoding,
        delimiter=raw.delimiter,
        complete=complete,
        empty_rows_skipped=empty_skipped,
    )


def _apply_late_errors(
    errors: dict[int, list[tuple[int, CellError]]],
    first_column: int,
    header_number: int,
    header_cells: list[Any],
    rows: list[list[Any]],
    numbers: list[int],
    data_start: int,
    data_end: int,
) -> tuple[int, int, int]:
    """Put error cells into rows read before the scan finished.

    A row holding only error cells looked empty when it was read, so it is inserted at its
    place; returns the new column bounds and how many such rows had been counted as empty.
    """
    revived = 0
    for number in sorted(errors):
        if number < header_number:
            continue
        if number == header_number:
            for column, error in errors[number]:
                pos = column - first_column
                if 0 <= pos < len(header_cells) and header_cells[pos] is None:
                    header_cells[pos] = error
            continue
        index = bisect.bisect_left(numbers, number)
        if index < len(numbers) and numbers[index] == number:
            row = rows[index]
        else:
            row = []
            rows.insert(index, row)
            numbers.insert(index, number)
            if index < len(numbers) - 1:
                revived += 1  # it sat between data rows, so it was counted as skipped
        for column, error in errors[number]:
            pos = column - first_column
            if pos < 0:
                continue
            if pos >= len(row):
                row.extend([None] * (pos + 1 - len(row)))
            row[pos] = error
            data_end = max(data_end, pos + 1)
            data_start = min(data_start, pos)
    return data_start, data_end, revived


def _empty_error(raw: RawSheet) -> Exception:
    if raw.sheet_name is None:
        return sheet_error("empty_file", raw.path)
    return sheet_error("empty_sheet", raw.path, sheet=raw.sheet_name)


def _last_filled(row: list[Any]) -> int:
    for i in range(len(row) - 1, -1, -1):
        if row[i] is not None:
            return i
    return -1


def _first_filled(row: list[Any]) -> int:
    for i, v in enumerate(row):
        if v is not None:
            return i
    return len(row)
