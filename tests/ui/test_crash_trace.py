"""A native crash leaves a trace in the log folder; the next start logs it and says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.logs import LAST_CRASH_NAME, CrashTrace, setup_file_logging, start_crash_trace
from app.ui.launch import notice_previous_crash

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import faulthandler, sys
from pathlib import Path
from app.core.logs import start_crash_trace
trace = start_crash_trace(Path(sys.argv[1]))
print(trace.path, flush=True)
getattr(faulthandler, sys.argv[2])()
"""


def crash_child(folder: Path, how: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONFAULTHANDLER", None)
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), how],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("how", ["_sigsegv", "_sigabrt"])
def test_a_native_crash_is_found_logged_and_told_at_the_next_start(qtbot, tmp_path, how):
    folder = tmp_path / "log"
    child = crash_child(folder, how)
    assert child.returncode != 0  # it really died
    assert Path(child.stdout.strip()).stat().st_size > 0
    log_file = setup_file_logging(folder)
    trace = start_crash_trace(folder)
    try:
        assert trace.previous == folder / LAST_CRASH_NAME
        assert "Fatal Python error" in trace.previous.read_text()
        assert "Fatal Python error" in log_file.read_text()
        assert not [p for p in folder.glob("crash-trace-*.txt") if p != trace.path]
        parent = QWidget()
        qtbot.addWidget(parent)
        parent.show()
        box = notice_previous_crash(parent, trace)
        assert isinstance(box, QMessageBox)
        qtbot.waitUntil(box.isVisible)
        assert not box.isModal()  # the window stays usable
        assert "closed unexpectedly last time" in box.text()
        assert str(folder / LAST_CRASH_NAME) in box.text()
        box.close()
    finally:
        trace.stop()
    assert not trace.path.exists()  # a run that ends normally leaves nothing behind
    # The crash was told once: the next start finds nothing new.
    again = start_crash_trace(folder)
    again.stop()
    assert again.previous is None


def test_empty_traces_of_killed_runs_are_removed(tmp_path):
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    gone = tmp_path / f"crash-trace-{child.stdout.strip()}.txt"
    gone.write_text("")  # a run killed by a signal leaves its empty file
    alive = tmp_path / f"crash-trace-{os.getppid()}.txt"
    alive.write_text("")  # a window still open keeps its file
    trace = start_crash_trace(tmp_path)
    trace.stop()
    assert trace.previous is None
    assert not gone.exists()
    assert alive.exists()


def test_a_clean_start_tells_nothing(qtbot, tmp_path):
    trace = start_crash_trace(tmp_path)
    trace.stop()
    assert trace.previous is None
    assert notice_previous_crash(QWidget(), CrashTrace()) is None
