"""Echoed input text: cut with an ellipsis, control characters written as visible escapes."""

from __future__ import annotations

from app.core.echo import ECHO_LIMIT, clip, echo, escape_controls


def test_clip_keeps_short_text_and_marks_the_cut() -> None:
    assert clip("abc", 5) == "abc"
    assert clip("abcdefgh", 5) == "abcd…"
    assert len(echo("x" * 10_000_000)) == ECHO_LIMIT


def test_controls_are_escaped_and_printable_text_is_not() -> None:
    assert escape_controls("a\x1b]0;t\x07b\n\t\u202ec\x85") == "a\\x1b]0;t\\x07b\\n\\t\\u202ec\\x85"
    text = "Élodie · 東京 · 👩‍💻 · O'Brien"
    assert escape_controls(text) == text


def test_echo_escapes_then_keeps_within_the_limit() -> None:
    shown = echo("\x1b" * 1000, 20)
    assert len(shown) == 20 and "\x1b" not in shown and shown.endswith("…")


def test_echo_puts_a_header_written_on_two_lines_on_one() -> None:
    assert echo("Date\r\nof  birth\t") == "Date of birth "
    assert echo("a\x0bb\x0c") == "a b "
