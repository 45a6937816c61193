"""Window responsiveness figures: time to window shown, and the longest GUI-thread stall while the
File step loads a 100,000-row workbook.

Run: ``QT_QPA_PLATFORM=offscreen python tests/perf/bench_ui.py [--rows N] [--runs N]``. It prints
figures and asserts nothing (targets: window shown < 1.0 s, longest stall < 50 ms).

The stall is measured with a 5 ms QTimer heartbeat on the GUI thread: the longest gap between two
beats, minus the interval, is the longest time the window could not repaint or react.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]

SHOWN_SCRIPT = """
import time
started = time.perf_counter()
import argparse, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
def shown():
    print(f"{time.perf_counter() - started:.3f}")
    app.quit()
QTimer.singleShot(0, shown)  # runs once the event loop shows the window
from app.ui.launch import launch_window
launch_window(argparse.Namespace(demo=False, smoke=False, lang="en", file=None))
"""


def time_to_shown(runs: int) -> list[float]:
    """Start the program ``runs`` times; return seconds from interpreter start to window shown."""
    figures = []
    with tempfile.TemporaryDirectory() as home:
        env = dict(
            os.environ,
            EVENT_LOADER_CONFIG_DIR=home,
            EVENT_LOADER_LOG_DIR=home,
            EVENT_LOADER_STATE_DIR=home,
        )
        for _ in range(runs):
            begin = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-c", SHOWN_SCRIPT],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
            )
            total = time.perf_counter() - begin
            inside = float(result.stdout.strip().splitlines()[-1])
            figures.append(inside)
            print(
                f"  run: window shown {inside:.3f} s after imports began ({total:.3f} s whole process)"
            )
    return figures


def make_workbook(path: Path, rows: int) -> None:
    """Write a realistic ``rows`` x 20 workbook (text, numbers, dates) with xlsxwriter."""
    import datetime as dt

    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Attendees")
    date_format = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    headers = ["Email", "First name", "Last name", "Company", "Webinar", "Minutes", "Joined at"]
    headers += [f"Extra {n}" for n in range(1, 14)]
    sheet.write_row(0, 0, headers)
    start = dt.datetime(2025, 1, 1, 9, 0)
    for r in range(1, rows + 1):
        sheet.write_string(r, 0, f"person{r}@example.com")
        sheet.write_string(r, 1, "Camille")
        sheet.write_string(r, 2, "Martin")
        sheet.write_string(r, 3, f"Company {r % 500}")
        sheet.write_string(r, 4, "Spring product launch")
        sheet.write_number(r, 5, r % 90)
        sheet.write_datetime(r, 6, start + dt.timedelta(minutes=r), date_format)
        for c in range(7, 20):
            sheet.write_string(r, c, f"value {r}-{c}")
    book.close()


def load_stall(path: Path) -> tuple[float, float, float]:
    """Load ``path`` in the File step; return (first rows s, all rows s, longest stall ms)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.launch import create_application
    from app.ui.state import WizardState
    from app.ui.views.file_step import FileStep

    app = create_application([sys.argv[0]])
    step = FileStep()
    step.enter(WizardState())
    step.resize(1000, 700)
    step.show()
    QApplication.processEvents()

    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def beat() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    marks: dict[str, float] = {}
    step._signals.first_page.connect(
        lambda *_: marks.setdefault("first", clock.nsecsElapsed() / 1e9)
    )
    step.file_loaded.connect(lambda *_: marks.setdefault("all", clock.nsecsElapsed() / 1e9))
    clock.start()
    heartbeat.start()
    step.open_file(path)
    deadline = time.monotonic() + 120
    while "all" not in marks and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    heartbeat.stop()
    step.shutdown()
    longest = max(gaps) - 5 if gaps else 0.0
    return marks.get("first", float("nan")), marks.get("all", float("nan")), longest


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print("time to window shown:")
    shown = time_to_shown(args.runs)
    print(f"  median {statistics.median(shown):.3f} s, best {min(shown):.3f} s (target < 1.0 s)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.xlsx"
        began = time.perf_counter()
        make_workbook(path, args.rows)
        print(f"workbook of {args.rows:,} x 20 written in {time.perf_counter() - began:.1f} s")
        first, every, stall = load_stall(path)
        print(f"File step: first rows shown after {first:.3f} s, every row after {every:.3f} s")
        print(f"  longest GUI-thread stall while loading: {stall:.1f} ms (target < 50 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
