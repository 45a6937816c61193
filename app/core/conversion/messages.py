"""English messages for problems and reader notes, in the marketer's words.

The core hands out stable codes and parameters. The problem sentences live in the registry of
``app.core.conversion.problems``; this module fills them (``render_problem``), in English for the
command line and the reports, or in the window's language through the ``ProblemWording`` it is
given. Every message says what happened, where (row, column, value) and what to do:

    Row 14, "Purchase date": "31/02/2024" is not a real date. Fix the cell or change this
    column's date format in Mapping.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from app.core.conversion.problem_codes import (
    PROBLEM_CODES,
    UNKNOWN_CODE,
    WHERE_AND_PROBLEM,
    WHERE_DEFAULT,
    WHERE_FIXED,
    ProblemCode,
    problem_code,
)
from app.core.echo import ECHO_LIMIT, echo

if TYPE_CHECKING:
    from app.core.conversion.convert import RowOutcome
    from app.core.conversion.problems import Problem
    from app.core.reading.sheet import ReadNote

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


class ProblemWording(Protocol):
    """How one language fills a problem sentence: translation, quotes, lists and field names.

    ``app.core.conversion.problems`` holds the sentences; this protocol is what differs between the
    command line's English (``ENGLISH`` below) and the window's interface language.
    """

    def sentence(self, text: str) -> str:
        """Return a registry string in this language (the English is the source)."""
        ...

    def quote(self, value: Any) -> str:
        """Return a value in quotation marks, shortened and with control characters escaped."""
        ...

    def either(self, items: Sequence[Any], limit: int) -> str:
        """Return "a, b or c", or the first ``limit`` items and how many more."""
        ...

    def field_name(self, problem: Problem) -> str:
        """Return the field a problem is about, as the mapping names it."""
        ...

    def id_field_names(self, labels: Sequence[str]) -> list[str]:
        """Return the contact-finding fields' names from their English labels."""
        ...

    def format_example(self, fmt: str) -> str:
        """Return a date format in words with an example."""
        ...

    def space(self) -> str:
        """Return the word for a space character in a list of characters."""
        ...


class _English:
    """The command line's and the reports' English (the registry's source text as it is)."""

    def sentence(self, text: str) -> str:
        return text

    def quote(self, value: Any) -> str:
        return _quote(value)

    def either(self, items: Sequence[Any], limit: int) -> str:
        return _join(items, limit)

    def field_name(self, problem: Problem) -> str:
        return echo(problem.params.get("field", problem.target))

    def id_field_names(self, labels: Sequence[str]) -> list[str]:
        return list(labels)

    def format_example(self, fmt: str) -> str:
        return format_example(fmt)

    def space(self) -> str:
        return "space"


ENGLISH: ProblemWording = _English()


class _Placeholders(dict[str, str]):
    """A problem's placeholders, each worded only when its sentence uses it.

    ``str.format_map`` asks for the names a sentence holds; a name without a method of its own
    is the problem's parameter of that name, shown as it is.
    """

    def __init__(
        self, problem: Problem, wording: ProblemWording, entry: ProblemCode | None
    ) -> None:
        super().__init__()
        self.problem = problem
        self.wording = wording
        self.entry = entry
        self.params = {**(entry.defaults if entry else {}), **problem.params}

    def __missing__(self, key: str) -> str:
        maker = getattr(self, f"_{key}", None)
        text = maker() if maker is not None else echo(self.params.get(key, ""))
        self[key] = text
        return text

    def _value(self) -> str:
        return self.wording.quote(self.params.get("value", ""))

    def _field(self) -> str:
        return self.wording.field_name(self.problem)

    def _options(self) -> str:
        limit = self.entry.list_limit if self.entry else _LIST_LIMIT
        return self.wording.either(self.params.get("options") or [], limit)

    def _format(self) -> str:
        return self.wording.format_example(str(self.params.get("format", "")))

    def _column(self) -> str:
        return echo(self.problem.column)

    def _columns(self) -> str:
        columns = self.params.get("columns") or []
        return self.wording.either([self.wording.quote(c) for c in columns], _LIST_LIMIT)

    def _fields(self) -> str:
        names = self.wording.id_field_names(self.params.get("fields") or [])
        return self.wording.either(names, _LIST_LIMIT)

    def _fields_lower(self) -> str:
        return self["fields"].lower()

    def _chars(self) -> str:
        chars = str(self.params.get("chars", ""))
        return ", ".join(self.wording.quote(c) if c != " " else self.wording.space() for c in chars)

    def _error(self) -> str:
        return echo(self.params.get("value", ""))

    def _thousands(self) -> str:
        return echo(self.params.get("as_thousands"))

    def _decimal(self) -> str:
        return echo(self.params.get("as_decimal"))

    def _code(self) -> str:
        return echo(self.problem.code)


def _where(problem: Problem, wording: ProblemWording) -> str:
    """Return where a value came from: its column, the field's fixed value or its default."""
    if problem.params.get("from_default"):
        where = WHERE_DEFAULT
    elif problem.column is not None:
        return wording.quote(problem.column)
    else:
        where = WHERE_FIXED
    return wording.sentence(where).format(field=wording.field_name(problem))


def render_problem(problem: Problem, wording: ProblemWording) -> str:
    """Return the sentence of ``problem`` from the registry, worded by ``wording``.

    A value's problem follows where the value came from (``"Score": "n/a" is not a number. …``);
    a row-wide one stands alone. A code the registry does not know still gets a sentence.
    """
    entry = problem_code(problem.code)
    placeholders = _Placeholders(problem, wording, entry)
    source = entry.sentence(problem) if entry is not None else UNKNOWN_CODE
    text = wording.sentence(source).format_map(placeholders)
    if entry is not None and entry.row_wide:
        return text
    return wording.sentence(WHERE_AND_PROBLEM).format(where=_where(problem, wording), problem=text)


def problem_message(problem: Problem) -> str:
    """Return the English message for a problem, without the row (see ``row_message``)."""
    return render_problem(problem, ENGLISH)


def row_message(row_number: int, problem: Problem) -> str:
    """Return ``Row 14, "Column": ...`` (or ``Row 14: ...`` for row-wide problems)."""
    text = problem_message(problem)
    entry = problem_code(problem.code)
    if entry is not None and entry.row_wide:
        return f"Row {row_number}: {text}"
    if text.startswith('"'):
        return f"Row {row_number}, {text}"
    return f"Row {row_number}, {text[0].lower()}{text[1:]}"


def duplicate_message(row_number: int, first_row: int) -> str:
    """Return the message for a row that would send the same event as an earlier row."""
    return PROBLEM_CODES["duplicate"].sentences[""].format(row=row_number, first=first_row)


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
    "ENGLISH",
    "ProblemWording",
    "duplicate_message",
    "format_example",
    "format_words",
    "note_message",
    "outcome_message",
    "problem_message",
    "render_problem",
    "row_message",
]
