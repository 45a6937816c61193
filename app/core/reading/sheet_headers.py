"""Find the header row of a sheet and turn its cells into unique, non-blank column names.

Marketers' exports often start with a title, a date or a blank line before the real column
names, and they contain blank or repeated headers ("Email", "Email"). The mapping refers to
columns by name, so every column needs a name that is unique and that the user can recognise:
a blank header becomes ``Column C`` (the letter Excel shows), a repeat becomes ``Email (2)``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from app.core.reading.sheet_types import CellError, ReadNote

# How many non-empty rows auto-detection looks at before giving up on a better candidate.
HEADER_SCAN_ROWS = 30

_NUMBER_RE = re.compile(r"^[\s+-]*[\d.,\s%€$£]+$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE_TEXT_RE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
_YEAR_RE = re.compile(r"^\s*\d{4}\s*$")
YEAR_LABELS = range(1900, 2101)  # numbers a header row may hold as column names


def column_letter(index: int) -> str:
    """Return Excel's letter for a 0-based column index (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def header_text(value: Any) -> str:
    """Render a header cell as the text a user sees in the spreadsheet."""
    if value is None:
        return ""
    if isinstance(value, str):
        # Line breaks inside a header cell are common (wrapped titles); a name is one line.
        return " ".join(value.split())
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, CellError):
        return value.code
    return str(value)


def _looks_like_header_cell(value: Any) -> bool:
    """Tell whether a cell is text a column name is made of: not a number, email or date."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    if not text or len(text) > 255:
        return False
    if _NUMBER_RE.match(text) or _EMAIL_RE.match(text) or _DATE_TEXT_RE.match(text):
        return False
    return True


def _year_label(value: Any) -> int | None:
    """Return the year a header cell names (2013, "2014"), or None.

    Tables of figures by year ("Country | 2013 | 2014") have years for column names; as
    numbers they looked like data, so a data row was taken for the header.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        year = value
    elif isinstance(value, str) and _YEAR_RE.match(value):
        year = int(value.strip())
    else:
        return None
    return year if YEAR_LABELS.start <= year < YEAR_LABELS.stop else None


def non_empty_count(row: Sequence[Any]) -> int:
    """Count the cells of a row that hold something (None and blank text are empty)."""
    return sum(1 for v in row if v is not None and not (isinstance(v, str) and not v.strip()))


def looks_like_header(row: Sequence[Any], widest: int) -> bool:
    """Decide whether a row looks like a header row.

    A header row covers at least half the width of the table below it (so a title in A1 or a
    "Exported on: ..." line is passed over), is mostly text that is not data-like, and has no
    repeated names among that text.
    """
    filled = [v for v in row if v is not None and not (isinstance(v, str) and not v.strip())]
    if not filled or len(filled) * 2 < widest or (len(filled) == 1 and widest > 1):
        return False
    texts = [v.strip().casefold() for v in filled if _looks_like_header_cell(v)]
    years = [year for year in map(_year_label, filled) if year is not None]
    if len(years) >= 2 and len(set(years)) == len(years):
        # Two or more different years beside the names: a row of column titles by year. A
        # data row holds one year per date column, or the same year repeated.
        texts += [str(year) for year in years]
    if len(texts) * 2 < len(filled) or (len(filled) > 1 and len(texts) < 2):
        return False
    # Repeats are allowed (they get numbered) but a row of mostly the same word is data.
    return len(set(texts)) * 2 >= len(texts)


def detect_header_index(rows: Sequence[Sequence[Any]]) -> int | None:
    """Return the position in ``rows`` of the first row that looks like headers.

    ``rows`` are the first rows of the sheet in order. Falls back to the first non-empty row
    holding some text; None when no row qualifies (a sheet of bare numbers).
    """
    candidates = [(i, row) for i, row in enumerate(rows) if non_empty_count(row)]
    candidates = candidates[:HEADER_SCAN_ROWS]
    if not candidates:
        return None
    widest = max(non_empty_count(row) for _, row in candidates)
    for i, row in candidates:
        if looks_like_header(row, widest):
            return i
    first_index, first_row = candidates[0]
    if any(_looks_like_header_cell(v) for v in first_row):
        return first_index
    return None


def make_unique_headers(
    cells: Sequence[Any],
    first_column: int = 0,
    merged_from: dict[int, int] | None = None,
) -> tuple[list[str], list[ReadNote]]:
    """Name every column: blanks get their letter, repeats get a number, merges are spread.

    ``first_column`` is the 0-based sheet column of ``cells[0]`` (so letters match Excel);
    ``merged_from`` maps a position in ``cells`` to the position of the merged cell that covers
    it (its value is already in ``cells``). Names are compared without regard to case, because
    "Email" and "email" would be indistinguishable in a mapping.
    """
    merged_from = merged_from or {}
    texts = [header_text(v) for v in cells]
    notes: list[ReadNote] = []
    taken: set[str] = {t.casefold() for t in texts if t}
    seen: set[str] = set()
    names: list[str] = []
    merged_groups: dict[int, list[int]] = {}
    for pos, origin in merged_from.items():
        merged_groups.setdefault(origin, []).append(pos)
    for pos, text in enumerate(texts):
        letter = column_letter(first_column + pos)
        if not text:
            name = _free_name(f"Column {letter}", taken | seen)
            notes.append(ReadNote("header_blank", {"column": letter, "new_name": name}))
        elif text.casefold() in seen:
            name = _free_name(text, taken | seen)
            if pos not in merged_from:
                notes.append(
                    ReadNote("header_duplicate", {"column": letter, "name": text, "new_name": name})
                )
        else:
            name = text
        seen.add(name.casefold())
        names.append(name)
    for origin, spanned in sorted(merged_groups.items()):
        positions = sorted({origin, *spanned})
        notes.append(
            ReadNote(
                "header_merged",
                {
                    "columns": f"{column_letter(first_column + positions[0])}:"
                    f"{column_letter(first_column + positions[-1])}",
                    "name": texts[origin],
                    "new_names": [names[p] for p in positions],
                },
            )
        )
    return names, notes


def _free_name(base: str, used: set[str]) -> str:
    """Return ``base`` or ``base (2)``, ``base (3)`` ... whichever is not used yet."""
    if base.casefold() not in used:
        return base
    n = 2
    while f"{base} ({n})".casefold() in used:
        n += 1
    return f"{base} ({n})"
