"""Bounds a mapping file must keep before it is parsed or used.

A mapping is a few kilobytes of JSON, five levels deep. A file anyone could have written may be
100,000 levels deep (Python's JSON parser then runs out of stack), hold a 10 MB column name, or
name a time zone that is a folder of the zone database (``Europe``) or longer than a file name
may be: each would end in an "unexpected problem" or a huge message. These checks refuse such
files early, with a sentence; ``app.core.conversion.mapping`` calls them.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MAX_MAPPING_BYTES = 4_000_000  # a mapping with large value maps is well under 1 MB
MAX_MAPPING_DEPTH = 32  # the format itself nests 5 levels
MAX_TIMEZONE_LENGTH = 64  # the longest IANA name has 32 characters

# A string literal (skipped whole, escapes included) or one bracket.
_STRUCTURE = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)
_ZONE_NAME = re.compile(r"[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+)*")


def nesting_depth(raw: bytes, limit: int = MAX_MAPPING_DEPTH) -> int:
    """Return how deep ``raw`` JSON nests, stopping early once it is deeper than ``limit``.

    Brackets inside strings do not count. Malformed JSON gets a depth too; the parser that
    runs next says what is wrong with it.
    """
    depth = deepest = 0
    for match in _STRUCTURE.finditer(raw):
        token = match.group()
        if token in (b"[", b"{"):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
        elif token in (b"]", b"}"):
            depth -= 1
    return deepest


def size_problem(raw: bytes) -> str | None:
    """Return why ``raw`` is too large or too deep to be a mapping file, or None."""
    if len(raw) > MAX_MAPPING_BYTES:
        return (
            f"this file is {len(raw) / 1_000_000:.1f} MB; a mapping file is at most "
            f"{MAX_MAPPING_BYTES // 1_000_000} MB. Choose the right file or save the mapping "
            "again from Event Loader."
        )
    if nesting_depth(raw) > MAX_MAPPING_DEPTH:
        return (
            f"this file nests more than {MAX_MAPPING_DEPTH} levels deep, which no mapping does. "
            "Choose the right file or save the mapping again from Event Loader."
        )
    return None


def is_known_zone(name: str) -> bool:
    """Return True when ``name`` is a time zone of the IANA database (``Europe/Paris``).

    The name is checked for shape and length first: the zone database is a folder tree, so
    ``Europe`` is a folder and a 300-character name is longer than a file name may be.
    """
    if len(name) > MAX_TIMEZONE_LENGTH or not _ZONE_NAME.fullmatch(name):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True
