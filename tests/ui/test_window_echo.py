"""The window quotes hostile input short and with control characters escaped, as the CLI does."""

from __future__ import annotations

from app.core.conversion.convert import Problem
from app.ui.text.problems import problem_message


def test_a_huge_date_format_and_a_control_sequence_are_quoted_short(qapp) -> None:
    problem = Problem(
        "timestamp",
        "Joined\x1b]0;owned\x07",
        "date_invalid",
        {"value": "2025-04-03\x1b[2J" + "9" * 100_000, "format": "%Y-%m-%d" + "x" * 1_000_000},
    )
    text = problem_message(problem)
    assert len(text) < 600
    assert "\x1b" not in text and "\x07" not in text
    assert "\\x1b[2J" in text and "year-month-dayxxx" in text and "…" in text


def test_enumeration_options_from_a_mapping_are_quoted_short(qapp) -> None:
    options = ["level-" + "z" * 50_000, "beginner\x1b]0;x\x07"]
    problem = Problem("tokens.level", "Level", "enum_unknown", {"value": "Pro", "options": options})
    text = problem_message(problem)
    assert len(text) < 600 and "\x1b" not in text
