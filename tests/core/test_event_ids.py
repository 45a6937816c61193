"""Deterministic ids: stable across runs and processes, short enough, sensitive to what matters."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from app.core.conversion.event_ids import (
    HUBSPOT_ID_MAX,
    cells_text,
    hash_text,
    hubspot_event_id,
    make_event_id,
    pipeless_event_key,
    values_text,
)


def test_known_value_pins_the_algorithm() -> None:
    # BLAKE2b-128 of "1009876<US>ana@example.com<US>Python 101": changing the algorithm would
    # re-send every event of every interrupted upload, so it is pinned.
    import hashlib

    text = "1009876\x1fana@example.com\x1fPython 101"
    expected = "el-" + hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
    assert hubspot_event_id("el", "1009876", ["ana@example.com", "Python 101"]) == expected


def test_same_in_another_process() -> None:
    code = (
        "from app.core.conversion.event_ids import make_event_id;"
        "print(make_event_id('el', ['1009876', 'ana@example.com', 12345.0]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == make_event_id("el", ["1009876", "ana@example.com", 12345])


def test_length_and_characters() -> None:
    event_id = make_event_id("x" * 40, ["a"])
    assert len(event_id) <= HUBSPOT_ID_MAX
    assert all(c.isalnum() or c == "-" for c in event_id)
    assert len(make_event_id("", ["a"])) == 32


def test_canonical_text_of_cells() -> None:
    assert cells_text([12345.0, 12345, "12345"]) == "12345\x1f12345\x1f12345"
    assert cells_text([None, date(2025, 4, 25)]) == "\x1f2025-04-25"
    assert values_text(["1009876", "a", 12, 1.5, ""]) == "1009876\x1fa\x1f12\x1f1.5\x1f"


def test_order_and_boundaries_matter() -> None:
    assert make_event_id("el", ["ab", "c"]) != make_event_id("el", ["a", "bc"])
    assert make_event_id("el", ["a", "b"]) != make_event_id("el", ["b", "a"])
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
