"""Input text quoted back to the user: shortened, and with terminal control characters made visible.

A cell, a column name, a token name or a date format comes from a file anyone could have
written. Quoted whole, a 10 MB column name becomes a 10 MB message on every row of a report;
quoted raw, ``ESC]0;…BEL`` retitles the terminal that prints it and a right-to-left override
reverses the text around it. Every message that echoes input goes through ``echo``.
"""

from __future__ import annotations

import re

ECHO_LIMIT = 80  # characters of an echoed value kept in a message
ELLIPSIS = "…"

# C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional controls
# (U+061C, U+200E-F, U+202A-E, U+2066-9) that reorder the text around them.
_CONTROLS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_WHITE_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def clip(text: str, limit: int = ECHO_LIMIT) -> str:
    """Return ``text`` cut to ``limit`` characters, the cut marked with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)] + ELLIPSIS


def escape_controls(text: str) -> str:
    r"""Return ``text`` with control characters written as visible escapes (ESC as ``\x1b``)."""
    return _CONTROLS.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def echo(value: object, limit: int = ECHO_LIMIT) -> str:
    """Return input text as a message may quote it: on one line, controls escaped, short.

    Runs of white space (a header written on two lines in Excel) become one space. The text is
    cut before anything else so a huge value costs nothing, and again at the end, since an
    escape is longer than the character it shows.
    """
    text = _WHITE_SPACE.sub(" ", clip(str(value), limit + 1))
    return clip(escape_controls(text), limit)
