"""English messages for problems and reader notes, in the marketer's words.

The core hands out stable codes and parameters; this module is the English wording the command
line and the reports use (the window translates from the same codes). Every message says what
happened, where (row, column, value) and what to do:

    Row 14, "Purchase date": "31/02/2024" is not a real date. Fix the cell or change this
    column's date format in Mapping.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.core.echo import ECHO_LIMIT, echo

if TYPE_CHECKING:
    from app.core.convert import RowOutcome
    from app.core.problems import Problem
    from app.core.sheet import ReadNote

_LIST_LIMIT = 8
_EXAMPLE_MOMENT = datetime(2025, 4, 25, 14, 30, 0)


def _quote(value: Any) -> str:
    return f'"{echo(value)}"'


def _join(items: Sequence[Any], limit: int = _LIST_LIMIT, last: str = "or") -> str:
    # Items may come quoted already ("name"): the two quotation marks are not counted.
    names = [echo(i, ECHO_LIMIT + 2) for i in items[: limit + 1]]
    if len(items) > limit:
        return ", ".join(names[:limit]) + f" … ({len(items) - limit} more)"
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {last} " + names[-1]


FORMAT_WORDS = {
    "d": "day", "m": "month", "Y": "year", "y": "year", "H": "hour", "I": "hour",
    "M": "minute", "S": "second", "p": "AM/PM", "b": "month", "B": "month", "f": "fraction",
}  # fmt: skip


def format_words(fmt: str, words: dict[str, str] | None = None) -> str:
    """Return a strftime pattern in words: ``%d/%m/%Y`` → ``day/month/year``.

    Marketers never see strftime codes; ``words`` gives them in another language.
    """
    names = words or FORMAT_WORDS
    return re.sub(r"%(.)", lambda m: names.get(m[1], m[1]) if m[1] != "%" else "%", fmt)


def format_example(fmt: str) -> str:
    """Return ``fmt`` in words with an example (``day/month/year (for example 25/04/2025)``)."""
    try:
        return f"{echo(format_words(fmt))} (for example {echo(_EXAMPLE_MOMENT.strftime(fmt))})"
    except ValueError:
        return echo(format_words(fmt))


def _where(problem: Problem) -> str:
    params = problem.params
    field = params.get("field", problem.target)
    if params.get("from_default"):
        return f'The default value of "{echo(field)}"'
    if problem.column is not None:
        return _quote(problem.column)
    return f'The fixed value of "{echo(field)}"'


def _option_owner(problem: Problem) -> str:
    """Name what lists the options, as the destination owning the target calls it."""
    from app.core.destinations import field_noun

    return field_noun(problem.target)


def _value(problem: Problem) -> str:
    return _quote(problem.params.get("value", ""))


def _date_invalid(p: Problem) -> str:
    fmt = p.params.get("format")
    if fmt:
        return (
            f"{_value(p)} does not match the date format {format_example(fmt)}. Fix the cell or "
            "change this column's date format in Mapping."
        )
    if p.params.get("reason") == "serial_out_of_range":
        return f"{_value(p)} is a number, not a date. Fix the cell or format it as a date."
    return (
        f"{_value(p)} is not a date Event Loader recognises. Write it like 2025-04-25 or "
        "25/04/2025 14:30, or set this column's date format in Mapping."
    )


def _date_ambiguous(p: Problem) -> str:
    return (
        f"{_value(p)} could be read day first or month first. Set this column's date format in "
        "Mapping (%d/%m/%Y for day first, %m/%d/%Y for month first)."
    )


def _date_not_real(p: Problem) -> str:
    if p.params.get("reason") == "excel_1900_leap_day":
        return "the date 29/02/1900 does not exist (a leftover of old spreadsheets). Fix the cell."
    return (
        f"{_value(p)} is not a real date. Fix the cell or change this column's date format in "
        "Mapping."
    )


def _type_unknown(p: Problem) -> str:
    kind = "relationship" if p.target.startswith("relationship.") else "object"
    options = p.params.get("options") or []
    # Types are mostly fixed values typed in Mapping: there is no cell to fix then.
    fix = "Fix the cell." if p.column is not None else "Change it in Mapping."
    return f"{_value(p)} is not a Pipeless {kind} type. Use one of: {_join(options, 40)}. {fix}"


def _chars(p: Problem) -> str:
    shown = ", ".join(_quote(c) if c != " " else "space" for c in p.params.get("chars", ""))
    return (
        f"{_value(p)} contains characters Pipeless does not accept in IDs ({shown}). Use letters, "
        "digits, spaces and common symbols."
    )


_TEMPLATES: dict[str, Callable[[Problem], str]] = {
    "cell_error": lambda p: (
        f"the cell shows the spreadsheet error {echo(p.params.get('value', ''))}. Fix the formula "
        "or the cell in the file."
    ),
    "required_missing": lambda p: (
        f"the cell is empty, but {echo(p.params.get('field', p.target))} is required. Fill it in "
        "or set a default value in Mapping."
    ),
    "email_invalid": lambda p: f"{_value(p)} is not a valid email address. Fix the cell.",
    "object_id_invalid": lambda p: (
        f"{_value(p)} is not a HubSpot record ID (those are digits only). Fix the cell."
    ),
    "number_invalid": lambda p: f"{_value(p)} is not a number. Fix the cell.",
    "number_ambiguous": lambda p: (
        f"{_value(p)} could mean {echo(p.params.get('as_thousands'))} or "
        f"{echo(p.params.get('as_decimal'))}. "
        "Write it without a thousands separator or set this column's decimal separator in Mapping."
    ),
    "date_invalid": _date_invalid,
    "date_ambiguous": _date_ambiguous,
    "date_not_real": _date_not_real,
    "enum_unknown": lambda p: (
        f"{_value(p)} is not an option of {_option_owner(p)} "
        f"{echo(p.params.get('field', p.target))} "
        f"({_join(p.params.get('options') or [], last='or')}). Map it or fix the cell."
    ),
    "id_too_long": lambda p: (
        f"{_value(p)} has {p.params.get('length')} characters; Pipeless IDs have 1 to "
        f"{p.params.get('max', 40)}. Shorten it."
    ),
    "id_invalid_chars": _chars,
    "type_unknown": _type_unknown,
    "boolean_invalid": lambda p: (
        f"{_value(p)} is not true or false. Use true/false, yes/no or 1/0."
    ),
    "text_invalid": lambda p: f"{_value(p)} cannot be sent. Fix the cell.",
    "value_too_long": lambda p: (
        f"{_value(p)} has {p.params.get('length')} characters; HubSpot takes at most "
        f"{p.params.get('max', 256)} in a {_option_owner(p)}. Shorten it."
    ),
}


def problem_message(problem: Problem) -> str:
    """Return the English message for a problem, without the row (see ``row_message``)."""
    code = problem.code
    params = problem.params
    field = params.get("field", problem.target)
    if code == "column_missing":
        return (
            f"Column {_quote(problem.column)} is not in this file. Choose another column for "
            f'"{echo(field)}" '
            "in Mapping."
        )
    if code == "field_not_mapped":
        return (
            f"{echo(field)} is required but no column is mapped to it. Choose a column or a fixed "
            "value."
        )
    if code == "record_id_not_mapped":
        names = _join(params.get("fields") or ["Email", "Record ID", "User token (utk)"])
        return (
            f"HubSpot finds each contact by {names}, but none is mapped. Choose a column for one "
            "of them in Mapping."
        )
    if code == "record_id_missing":
        columns = params.get("columns") or []
        where = f" (column {_join([_quote(c) for c in columns])})" if columns else ""
        names = _join(params.get("fields") or ["email"])
        return (
            f"No {names.lower()}{where}, so HubSpot cannot tell which contact this event is for. "
            "Fill one in or exclude the row."
        )
    template = _TEMPLATES.get(code)
    if template is None:
        text = f"{_value(problem)} cannot be used ({code}). Fix the cell or the mapping."
    else:
        text = template(problem)
    return f"{_where(problem)}: {text}"


def row_message(row_number: int, problem: Problem) -> str:
    """Return ``Row 14, "Column": ...`` (or ``Row 14: ...`` for row-wide problems)."""
    text = problem_message(problem)
    if problem.code in (
        "column_missing",
        "field_not_mapped",
        "record_id_not_mapped",
        "record_id_missing",
    ):
        return f"Row {row_number}: {text}"
    if text.startswith('"'):
        return f"Row {row_number}, {text}"
    return f"Row {row_number}, {text[0].lower()}{text[1:]}"


def duplicate_message(row_number: int, first_row: int) -> str:
    """Return the message for a row that would send the same event as an earlier row."""
    return (
        f"Row {row_number} gives the same event as row {first_row}, so it will not be sent twice. "
        "Remove it or change the Event ID columns in Mapping."
    )


def outcome_message(outcome: RowOutcome) -> str:
    """Return every reason a row will not be sent, one sentence after the other ('' if valid)."""
    if outcome.problems:
        return " ".join(row_message(outcome.row_number, p) for p in outcome.problems)
    if outcome.duplicate_of is not None:
        return duplicate_message(outcome.row_number, outcome.duplicate_of)
    return ""


def _rows(numbers: Sequence[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:_LIST_LIMIT])
    more = len(numbers) - _LIST_LIMIT
    return shown + (f" and {more} more" if more > 0 else "")


def note_message(note: ReadNote) -> str:
    """Return the English message for something the reader changed or skipped."""
    p = note.params
    code = note.code
    if code == "header_blank":
        return (
            f"Column {p.get('column')} has no header; it is called {_quote(p.get('new_name'))} "
            "here. Give it a name in the file if you want to map it."
        )
    if code == "header_duplicate":
        return (
            f"Two columns are called {_quote(p.get('name'))}; the one in column {p.get('column')} "
            f"is called {_quote(p.get('new_name'))} here."
        )
    if code == "header_merged":
        names = _join([_quote(n) for n in p.get("new_names") or []], last="and")
        return (
            f"The header {_quote(p.get('name'))} spans merged cells {p.get('columns')}; the "
            "columns are "
            f"called {names} here."
        )
    if code == "empty_rows_skipped":
        count = int(p.get("count", 0))
        return f"{count} empty row{'s were' if count != 1 else ' was'} skipped."
    if code == "encoding_guessed":
        return (
            f"The text encoding was not marked in the file; it was read as {p.get('encoding')}. If "
            "accented letters look wrong, choose another encoding."
        )
    if code == "encoding_replaced":
        return (
            f"{p.get('count')} characters could not be read as {p.get('encoding')} and were "
            "replaced. Choose another encoding if text looks wrong."
        )
    if code == "encoding_mixed":
        return (
            f"The file mixes text encodings: {p.get('count')} line(s) were read as "
            f"{p.get('fallback')} instead of {p.get('encoding')}. Check the accented letters."
        )
    if code == "ragged_row":
        rows = p.get("row_numbers") or ([p["row_number"]] if "row_number" in p else [])
        count = int(p.get("count", len(rows)))
        return (
            f"{count} row{'s have' if count != 1 else ' has'} a different number of cells than the "
            f"header ({p.get('expected')}): row {_rows(rows)}. Missing cells are read as empty; "
            "check the separator if columns look shifted."
        )
    if code == "data_outside_header":
        return (
            f"Column {_join(p.get('columns') or [], last='and')} has data but no header; it is "
            "read under a generated name. Add a header in the file to give it a name of its own."
        )
    if code == "nul_removed":
        return f"{p.get('count')} invisible NUL characters were removed from the file."
    if code == "rows_above_header_skipped":
        rows = list(p.get("row_numbers") or [])
        count = int(p.get("count", len(rows)))
        which = f"row {_rows(rows)} was" if count == 1 else f"rows {_rows(rows)} were"
        more = f" (and {count - len(rows)} more)" if count > len(rows) else ""
        return (
            f"The column names are on row {p.get('header_row')}; {which}{more} above them and "
            "skipped as not data. If the table starts higher, choose the header row."
        )
    details = ", ".join(f"{k}: {echo(v)}" for k, v in p.items())
    return f"Note while reading the file: {code}" + (f" ({details})." if details else ".")


__all__ = [
    "duplicate_message",
    "format_example",
    "format_words",
    "note_message",
    "outcome_message",
    "problem_message",
    "row_message",
]
