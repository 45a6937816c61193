"""``Problem``: one reason a row cannot be sent, shared by conversion, validation and messages.

Kept on its own so that ``convert``, ``validate`` and ``messages`` need not import each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
        from app.core.conversion.messages import problem_message

        return problem_message(self)
