"""The window's wording of conversion problems: the core's registry, in the interface language.

Every problem code's label and sentences live in ``app.core.conversion.problems`` (English source
marked for ``lupdate`` in the ``Problems`` context); ``app.core.conversion.messages.render_problem``
picks and fills them. This module gives it the window's ``ProblemWording``: Qt's translation, the
language's quotation marks and list words, and the field names the Mapping step shows. So the
English window reads exactly like the command line and a new code needs nothing here.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.conversion.messages import ProblemWording, format_words, render_problem
from app.core.conversion.problems import CONTEXT, Problem, problem_code
from app.core.echo import ECHO_LIMIT, echo
from app.ui.text.targets import fixed_targets

log = logging.getLogger(__name__)

_EXAMPLE_MOMENT = datetime(2025, 4, 25, 14, 30, 0)
# The core names the contact-finding fields by their English labels; the window has its own.
_ID_FIELD_TARGETS = {"Email": "email", "Record ID": "objectId", "User token (utk)": "utk"}


def date_format_words(fmt: str) -> str:
    """Return a date format in the interface language's words: ``day/month/year``."""
    words = {
        "d": QCoreApplication.translate("messages", "day"),
        "m": QCoreApplication.translate("messages", "month"),
        "b": QCoreApplication.translate("messages", "month"),
        "B": QCoreApplication.translate("messages", "month"),
        "Y": QCoreApplication.translate("messages", "year"),
        "y": QCoreApplication.translate("messages", "year"),
        "H": QCoreApplication.translate("messages", "hour"),
        "I": QCoreApplication.translate("messages", "hour"),
        "M": QCoreApplication.translate("messages", "minute"),
        "S": QCoreApplication.translate("messages", "second"),
        "p": QCoreApplication.translate("messages", "AM/PM"),
        "f": QCoreApplication.translate("messages", "fraction"),
    }
    return format_words(fmt, words)


def date_format_example(fmt: str) -> str:
    """Return a date format in words with an example: ``day/month/year (for example 25/04/2025)``.

    Marketers never see strftime codes such as ``%d/%m/%Y``.
    """
    try:
        example = _EXAMPLE_MOMENT.strftime(fmt)
    except ValueError:
        return echo(date_format_words(fmt))
    return QCoreApplication.translate("messages", "{format} (for example {example})").format(
        format=echo(date_format_words(fmt)), example=echo(example)
    )


class _WindowWording:
    """``ProblemWording`` in the interface language, through Qt's translations."""

    def sentence(self, text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)

    def quote(self, value: Any) -> str:
        """Return a value in the interface language's quotation marks ("x", « x »)."""
        return QCoreApplication.translate("messages", '"{value}"').format(value=echo(value))

    def either(self, items: Sequence[Any], limit: int) -> str:
        """Return "a, b or c" (or "a, b … (3 more)"), with the language's own words."""
        names = [echo(item, ECHO_LIMIT + 2) for item in items]  # items may come quoted
        if len(names) > limit:
            return QCoreApplication.translate(
                "messages", "{items} … (%n more)", None, len(names) - limit
            ).format(items=", ".join(names[:limit]))
        if len(names) <= 1:
            return "".join(names)
        return QCoreApplication.translate("messages", "{items} or {last}").format(
            items=", ".join(names[:-1]), last=names[-1]
        )

    def field_name(self, problem: Problem) -> str:
        """Return the field a problem is about, as the Mapping step names it."""
        fixed = fixed_targets().get(problem.target)
        if fixed is not None:
            return fixed[0]
        if problem.target == "event_id":
            return QCoreApplication.translate("messages", "Event ID")
        return echo(problem.params.get("field", problem.target))

    def id_field_names(self, labels: Sequence[str]) -> list[str]:
        fixed = fixed_targets()
        return [fixed[_ID_FIELD_TARGETS[x]][0] if x in _ID_FIELD_TARGETS else x for x in labels]

    def format_example(self, fmt: str) -> str:
        return date_format_example(fmt)

    def space(self) -> str:
        return QCoreApplication.translate("messages", "space")


WINDOW: ProblemWording = _WindowWording()


def problem_message(problem: Problem) -> str:
    """Return what is wrong with a value, where, and what to do, in the interface language."""
    return render_problem(problem, WINDOW)


def problem_label(code: str) -> str:
    """Return the short label of a problem code ("bad date"), translated."""
    entry = problem_code(code)
    if entry is None:
        return code.replace("_", " ")
    return QCoreApplication.translate(CONTEXT, entry.label)


def duplicate_row_text(first_row: int | None) -> str:
    """Return why a duplicate row is not sent: it is the same event as ``first_row``."""
    return QCoreApplication.translate(
        "PreviewModel", "The same event as row {row}: it is sent once, from row {row}."
    ).format(row=first_row)


def problem_text(problem: Problem) -> str:
    """Return one sentence for a problem in the interface language: what, where, what to do."""
    try:
        return problem_message(problem)
    except Exception:  # noqa: BLE001 - odd parameters must never break the grid
        log.exception("no sentence for problem %s", problem.code)
    where = f'"{problem.column}": ' if problem.column else ""
    value = problem.params.get("value")
    shown = f'"{value}" ' if value not in (None, "") else ""
    return f"{where}{shown}{problem_label(problem.code)}"
