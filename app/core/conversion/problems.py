"""``Problem``: one reason a row cannot be sent, shared by conversion, validation and messages.

Its wording lives in the registry of problem codes (``problem_codes``), whose names are
re-exported here for the modules that import them with ``Problem``. The registry and the
English messages name ``Problem`` only for type checking, so this module imports them and
neither imports it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.conversion.messages import problem_message
from app.core.conversion.problem_codes import (
    CONTEXT,
    PROBLEM_CODES,
    QT_TRANSLATE_NOOP,
    UNKNOWN_CODE,
    WHERE_AND_PROBLEM,
    WHERE_DEFAULT,
    WHERE_FIXED,
    ProblemCode,
    problem_code,
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason a row cannot be sent.

    ``target`` is the event field (``tokens.score``), ``column`` the spreadsheet column it came
    from (None for a constant), ``code`` a stable identifier (``date_invalid``, ``enum_unknown``,
    ``required_missing``, ``cell_error``, ``email_invalid`` ...), ``params`` what a message needs
    (``value``, ``options``, ``format`` ...).
    """

    target: str
    column: str | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """English text a marketer understands (the UI translates from ``code`` instead)."""
        return problem_message(self)


__all__ = [
    "CONTEXT",
    "PROBLEM_CODES",
    "QT_TRANSLATE_NOOP",
    "UNKNOWN_CODE",
    "WHERE_AND_PROBLEM",
    "WHERE_DEFAULT",
    "WHERE_FIXED",
    "Problem",
    "ProblemCode",
    "problem_code",
]
