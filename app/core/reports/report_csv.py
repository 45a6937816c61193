"""Write the lines of a CSV report a block of rows at a time, column by column.

The csv module turns each cell into text and scans it for characters that need quotes, one cell
at a time: for a 100,000 x 24 report that was most of the report's cost. Here each column of a
block is turned into text in one pass that runs in C for the usual columns (all text, or all
numbers and dates), each column is checked once for formula triggers and for characters that
need quotes, and the lines are joined with ``str.join``. Every cell gets exactly the text
``report._csv_text`` gives it; only the rare lines whose cells need quotes go through
``csv.writer``, so quoting stays the csv module's own.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from itertools import repeat
from operator import itemgetter
from typing import Any, TextIO

from app.core.reading.sheet import CellError
from app.core.reports.report import _CSV_RISKY_START, _csv_line, _csv_text, escape_csv_text

BLOCK_ROWS = 8_192  # rows turned into text together: bounded memory, few calls per cell
LINE_END = "\r\n"

_NONE = type(None)
_TEXT_KINDS = frozenset((str, _NONE))
# Types whose ``str()`` is the report text and that are never formula-escaped: an int or a
# float is a plain number, a date its ISO text (seconds unless there are microseconds).
_PLAIN_KINDS = frozenset((int, float, _NONE, dt.datetime, dt.date, dt.time, CellError))
_FIRST_CHAR = itemgetter(slice(0, 1))
_DATE_KINDS = frozenset((dt.date, dt.datetime))
_DATETIMES = frozenset((dt.datetime,))
_SAMPLE = 512  # first values of a date column looked at to tell whether its days repeat


def column_text(values: Sequence[Any]) -> list[str]:
    """Return the report text of every cell of a column, as ``_csv_text`` gives it."""
    kinds = set(map(type, values))
    if kinds <= _TEXT_KINDS:
        text = [v or "" for v in values] if _NONE in kinds else list(values)
        if _CSV_RISKY_START.isdisjoint(map(_FIRST_CHAR, text)):
            return text
        return list(map(escape_csv_text, text))
    if kinds <= _PLAIN_KINDS:
        if _NONE in kinds:
            return ["" if v is None else str(v) for v in values]
        if kinds <= _DATE_KINDS:
            return _date_text(values, kinds)
        return list(map(str, values))
    return list(map(_csv_text, values))


def _date_text(values: Sequence[dt.date], kinds: set[type]) -> list[str]:
    """Return the text of a column of dates and naive date-times, as ``str()`` gives it.

    A date column repeats its days (many events a day): then each distinct value is turned into
    text once. Equal naive date-times and equal dates always have the same text (a date never
    equals a date-time); aware ones need not (the same instant in two offsets), so a column
    holding any is not shared this way.
    """
    sample = values[:_SAMPLE]
    naive = dt.datetime not in kinds or not any(
        v.tzinfo for v in values if v.__class__ is dt.datetime
    )
    if naive and len(set(sample)) * 2 <= len(sample):
        text: dict[Any, str] = dict.fromkeys(values, "")
        for value in text:
            text[value] = str(value)
        return list(map(text.__getitem__, values))
    # str() of a date-time is isoformat(" "), called here without its keyword: a fifth faster.
    if kinds == _DATETIMES:
        return list(map(dt.datetime.isoformat, values, repeat(" ", len(values))))  # type: ignore[arg-type]
    return [v.isoformat(" ") if v.__class__ is dt.datetime else str(v) for v in values]


def _rows_needing_quotes(texts: list[list[str]], sep: str) -> set[int]:
    """Return the positions of the rows where some cell holds a separator, quote or line break."""
    special = (sep, '"', "\r", "\n")
    rows: set[int] = set()
    for text in texts:
        joined = "".join(text)
        if any(char in joined for char in special):
            rows.update(i for i, cell in enumerate(text) if any(c in cell for c in special))
    return rows


def joined_columns(columns: Sequence[Sequence[Any]], sep: str) -> list[str]:
    """Return each line of a block given as columns, as its CSV text without the line end.

    The fields of most lines are joined as they are; a line where some field holds the
    separator, a quote or a line break is quoted by ``csv.writer`` itself. Quoting is decided
    field by field, so the text of a line's first fields joined by ``sep`` to the text of its
    last fields is the text of the whole line (``report.csv_line_starts`` relies on it).
    """
    texts = [column_text(column) for column in columns]
    if not texts or not texts[0]:
        return []
    lines = list(map(sep.join, zip(*texts, strict=True)))
    for position in _rows_needing_quotes(texts, sep):
        lines[position] = quoted_line([text[position] for text in texts], sep)
    return lines


def quoted_line(cells: Sequence[str], sep: str) -> str:
    """Return one line of report texts as ``csv.writer`` writes it, without the line end."""
    out = io.StringIO()
    new_writer(out, sep).writerow(cells)
    return out.getvalue()[: -len(LINE_END)]


def write_columns(handle: TextIO, writer: Any, sep: str, columns: list[Sequence[Any]]) -> None:
    """Write one block of lines, given as columns of equal length, to ``handle``."""
    if len(columns) < 2:  # csv writes a lone empty field as "": leave such lines to it
        writer.writerows(zip(*[column_text(column) for column in columns], strict=True))
        return
    lines = joined_columns(columns, sep)
    if lines:
        handle.write(LINE_END.join(lines))
        handle.write(LINE_END)


def write_lines(handle: TextIO, writer: Any, sep: str, lines: Iterable[list[Any]]) -> None:
    """Write lines of cells a block at a time; a block of lines of unequal length goes per line."""
    block: list[list[Any]] = []
    for line in lines:
        block.append(line)
        if len(block) >= BLOCK_ROWS:
            _write_line_block(handle, writer, sep, block)
            block = []
    if block:
        _write_line_block(handle, writer, sep, block)


def _write_line_block(handle: TextIO, writer: Any, sep: str, block: list[list[Any]]) -> None:
    if len(set(map(len, block))) == 1:
        write_columns(handle, writer, sep, list(zip(*block, strict=True)))
    else:
        writer.writerows(map(_csv_line, block))


def new_writer(handle: TextIO, sep: str) -> Any:
    """Return the csv writer used for the header and the lines that need quotes."""
    return csv.writer(handle, delimiter=sep, lineterminator=LINE_END)
