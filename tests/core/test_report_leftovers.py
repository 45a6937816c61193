"""Temporary files of a report writer killed mid-way are removed at the next write to the folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.core.reading.sheet import SheetData
from app.core.reports.report import (
    STALE_TMP_AGE,
    ReportRow,
    _host_tag,
    remove_stale_temporary_files,
    write_report,
)

REPO = Path(__file__).resolve().parents[2]

# A writer that stops for good in the middle of its rows, after saying so.
STUCK_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.core.reports.report import write_report
    from app.core.reading.sheet import SheetData

    def stop_for_good():
        Path(sys.argv[2]).write_text("writing")
        time.sleep(600)

    class Stuck(list):
        # The writer reads rows one by one or a block at a time: either way it stops here.
        def __iter__(self):
            yield ["first"]
            stop_for_good()

        def __getitem__(self, index):
            stop_for_good()

    sheet = SheetData(path=Path("in.csv"), sheet_name=None, sheet_names=[], header_row=1,
                      headers=["A"], rows=Stuck([["first"], ["second"]]), row_numbers=[2, 3])
    write_report(sys.argv[1], sheet, [])
    """
)


def small_sheet() -> SheetData:
    return SheetData(
        path=Path("in.csv"), sheet_name=None, sheet_names=[], header_row=1,
        headers=["A"], rows=[["x"]], row_numbers=[2],
    )  # fmt: skip


def kill_a_writer_mid_report(folder: Path) -> Path:
    """Start a report in another process, kill it while it writes, return its leftover."""
    ready = folder.parent / "ready"
    child = subprocess.Popen(
        [sys.executable, "-c", STUCK_WRITER, str(folder / "report.csv"), str(ready)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert child.poll() is None, "the writer ended before it was killed"
            assert time.monotonic() < deadline, "the writer never started its rows"
            time.sleep(0.02)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    leftovers = [p for p in folder.iterdir() if p.name.startswith(".report.")]
    assert len(leftovers) == 1 and ".tmp.csv" in leftovers[0].name
    return leftovers[0]


def aged(path: Path, seconds: float) -> Path:
    path.write_bytes(b"partial")
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


@pytest.mark.skipif(os.name != "posix", reason="kills a process with SIGKILL")
def test_a_killed_writers_leftover_goes_at_the_next_write(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    leftover = kill_a_writer_mid_report(folder)

    # Left by older versions (no pid in the name): by age only.
    old_unnamed = aged(folder / ".report.0123abcd.tmp.xlsx", STALE_TMP_AGE + 60)
    young_unnamed = aged(folder / ".report.89abcdef.tmp.csv", 60)
    # A writer still running on this computer (this test), and one on another computer.
    running_here = aged(folder / f".other.0a0b0c0d-{os.getpid()}-{_host_tag()}.tmp.csv", 60)
    elsewhere = aged(folder / ".other.1a1b1c1d-999999-abcdef.tmp.csv", 60)
    # Files of the user that merely look alike.
    users = [
        aged(folder / ".report.notes.tmp.csv", STALE_TMP_AGE + 60),
        aged(folder / "report.0123abcd.tmp.csv", STALE_TMP_AGE + 60),
        aged(folder / ".report.0123abcd.tmp.txt", STALE_TMP_AGE + 60),
    ]

    write_report(folder / "report.csv", small_sheet(), [ReportRow(0, "valid")])

    assert not leftover.exists()
    assert not old_unnamed.exists()
    for kept in (young_unnamed, running_here, elsewhere, *users):
        assert kept.exists(), kept.name
    assert (folder / "report.csv").read_text(encoding="utf-8-sig").startswith("Row,A,")


def test_an_unchanged_temporary_file_goes_after_the_safe_age_whoever_wrote_it(
    tmp_path: Path,
) -> None:
    foreign = aged(tmp_path / ".report.1a1b1c1d-999999-abcdef.tmp.xlsx", 60)
    now = time.time()
    assert remove_stale_temporary_files(tmp_path, now) == []
    assert remove_stale_temporary_files(tmp_path, now + STALE_TMP_AGE) == [foreign]
    assert not foreign.exists()


def test_a_folder_that_cannot_be_listed_does_not_stop_the_cleaning_caller(tmp_path: Path) -> None:
    assert remove_stale_temporary_files(tmp_path / "missing") == []
