"""Deterministic ids: stable across runs and processes, short enough, sensitive to what matters."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

from app.core.conversion.event_ids import (
    HUBSPOT_ID_MAX,
    cells_text,
    column_event_ids,
    event_id,
    hash_text,
    pipeless_event_key,
    value_text,
)


def test_known_value_pins_the_algorithm() -> None:
    # BLAKE2b-128 of "1009876<US>ana@example.com<US>Python 101": changing the algorithm would
    # re-send every event of every interrupted upload, so it is pinned.
    import hashlib

    text = "1009876\x1fana@example.com\x1fPython 101"
    expected = "el-" + hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
    assert event_id("el", "1009876", ["ana@example.com", "Python 101"]) == expected


def test_same_in_another_process() -> None:
    code = (
        "from app.core.conversion.event_ids import event_id;"
        "print(event_id('el', '1009876', ['ana@example.com', 12345.0]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == event_id("el", "1009876", ["ana@example.com", 12345])


def test_length_and_characters() -> None:
    long_prefix = event_id("x" * 40, "1009876", ["a"])
    assert len(long_prefix) <= HUBSPOT_ID_MAX
    assert all(c.isalnum() or c == "-" for c in long_prefix)
    assert len(event_id("", "1009876", ["a"])) == 32


def test_canonical_text_of_cells() -> None:
    assert cells_text([12345.0, 12345, "12345"]) == "12345\x1f12345\x1f12345"
    assert cells_text([None, date(2025, 4, 25)]) == "\x1f2025-04-25"
    assert [value_text(v) for v in ["a", 12, 1.5, None, True]] == ["a", "12", "1.5", "", "True"]


def test_order_and_boundaries_matter() -> None:
    assert event_id("el", "t", ["ab", "c"]) != event_id("el", "t", ["a", "bc"])
    assert event_id("el", "t", ["a", "b"]) != event_id("el", "t", ["b", "a"])
    assert event_id("el", "t", ["a"]) != event_id("el", "u", ["a"])
    assert hash_text("el", "x") != hash_text("el2", "x")


def test_pipeless_key_is_the_triple() -> None:
    event = {
        "start_object": {"id": "u1", "type": "user", "created_on": "2025-01-01T00:00:00"},
        "relationship": {"type": "liked", "created_on": "2025-04-25T10:00:00"},
        "end_object": {"id": "p1", "type": "post"},
    }
    later = {**event, "relationship": {"type": "liked", "created_on": "2025-04-26T10:00:00"}}
    assert pipeless_event_key("el", 77, event) == pipeless_event_key("el", 77, later)
    assert pipeless_event_key("el", 77, event) != pipeless_event_key("el", 78, event)
    other = {**event, "end_object": {"id": "p1", "type": "video"}}
    assert pipeless_event_key("el", 77, event) != pipeless_event_key("el", 77, other)
    repeatable = {**event, "relationship": {**event["relationship"], "single": False}}
    repeat_later = {**later, "relationship": {**later["relationship"], "single": False}}
    assert pipeless_event_key("el", 77, repeatable) != pipeless_event_key("el", 77, repeat_later)


def test_event_id_hashes_the_canonical_text() -> None:
    # Raw cells: whole floats without ".0", dates ISO, a boolean cell "true", empty as nothing.
    cells = ["ana@example.com", 12345.0, date(2025, 4, 25), True, None]
    text = "1009876\x1fana@example.com\x1f12345\x1f2025-04-25\x1ftrue\x1f"
    assert event_id("el", "1009876", cells) == hash_text("el", text)
    # Converted values go in as value_text: a boolean stays "True", as journals hold it.
    values = [value_text(v) for v in ["ana@example.com", 87, True, None]]
    assert event_id("el", "1009876", values) == hash_text(
        "el", "1009876\x1fana@example.com\x1f87\x1fTrue\x1f"
    )


def test_column_ids_equal_row_ids() -> None:
    first = ["ana@example.com", " spaced ", "", "é\udc80", "x"]
    second = [12345.0, date(2025, 4, 25), None, True, datetime(2025, 4, 25, 9, 30, 0, 5)]
    for prefix in ("el", ""):
        expected = [event_id(prefix, "77", [a, b]) for a, b in zip(first, second, strict=True)]
        assert column_event_ids(prefix, "77", [first, second]) == expected
        assert column_event_ids(prefix, "77", [first]) == [
            event_id(prefix, "77", [a]) for a in first
        ]
