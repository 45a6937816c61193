"""A value computed in a forked child comes back whole, or not at all, and never hangs a command."""

from __future__ import annotations

import os
import time

import pytest

from app.cli.forked import ForkedValue

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")


def test_a_large_value_comes_back_whole() -> None:
    # Several megabytes: more than a pipe holds, so the child waits for the reader.
    lines = [f"{i};user{i}@example.com;'=1+1" for i in range(200_000)]
    assert ForkedValue(lambda: lines).result() == lines


def test_a_failing_child_gives_none() -> None:
    def fail() -> list[str]:
        raise RuntimeError("no")

    assert ForkedValue(fail).result() is None


def test_a_stuck_child_is_stopped_and_gives_none() -> None:
    stuck = ForkedValue(lambda: time.sleep(600))
    pid = stuck._pid
    assert stuck.result(timeout=0.5) is None
    with pytest.raises(ProcessLookupError):  # stopped and reaped, not left running
        os.kill(pid, 0)
