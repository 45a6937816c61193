"""Launch to window, and the first 100 rows of a 100,000 x 20 workbook on screen, against calamine.

Usage: ``python tests/perf/bench_first_page.py [--runs 3] [--rows N] [--cache DIR]``

Each figure is taken in fresh processes, as a user meets it, and printed as the best and the
range of the runs:

- launch: from spawning ``python -m app``-like start-up (``app.ui.launch``) to the main window
  being shown (the same child as ``bench_ui.py``);
- first page in the window: a fresh process builds the window, waits for its warm-up (a person
  takes longer than that to pick a file), opens the workbook and waits until the File step's
  table holds 100 rows and has painted them;
- the core's ``read_first_page`` alone, in the same child;
- calamine's bare read of the same first 100 rows: open the workbook, load the sheet, take 100
  rows from ``iter_rows`` (calamine parses the whole sheet before the first row).

The ratios window / calamine and read_first_page / calamine are printed. The workbook is the one
``bench_read.py`` generates, kept outside the repository.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from bench_read import COLUMNS, make_workbook  # noqa: E402
from bench_ui import CHILD as LAUNCH_CHILD  # noqa: E402

PAGE = 100


def first_page_child(path: Path) -> None:
    """In a fresh process: print the seconds to the first page in the window and in the core."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = MainWindow(AppContext(demo=True))
    window.resize(1100, 720)
    window.show()
    deadline = time.monotonic() + 30
    while window.warm_up is None or window.warm_up.is_alive():
        app.processEvents()
        time.sleep(0.005)
        if time.monotonic() > deadline:
            break
    table = window.file_step.table
    started = time.perf_counter()
    window.open_file(path)
    while window.file_step.model.rowCount() < PAGE:
        app.processEvents()
        if time.perf_counter() - started > 120:
            raise SystemExit("the first page never came")
    table.viewport().repaint()  # painted, not only queued
    shown = time.perf_counter() - started
    window.close()

    from app.core.reading.sheet import read_first_page

    started = time.perf_counter()
    page = read_first_page(path, limit=PAGE)
    core = time.perf_counter() - started
    assert len(page.rows) == PAGE
    print(f"WINDOW {shown:.4f} CORE {core:.4f}", flush=True)


def calamine_first_page(path: Path) -> float:
    """Seconds for calamine alone to hand over the first 100 rows (fresh process)."""
    code = (
        "import sys, time, itertools, python_calamine\n"
        "t = time.perf_counter()\n"
        "book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])\n"
        "sheet = book.get_sheet_by_name(book.sheet_names[0])\n"
        f"rows = list(itertools.islice(sheet.iter_rows(), {PAGE + 1}))\n"
        "print(time.perf_counter() - t)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip())


def launch_once(workdir: Path) -> float:
    """Seconds from spawning the program to its window being shown."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    for name in ("EVENT_LOADER_CONFIG_DIR", "EVENT_LOADER_STATE_DIR", "EVENT_LOADER_LOG_DIR"):
        env[name] = str(workdir / ("launch-" + name.lower()))
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH_CHILD], capture_output=True, text=True, env=env, cwd=REPO
    )
    shown = [line for line in done.stdout.splitlines() if line.startswith("SHOWN")]
    if not shown:
        raise SystemExit(f"the window was never shown: {done.stderr.strip()[-500:]}")
    return float(shown[0].split()[1]) - start


def window_first_page(path: Path, workdir: Path) -> tuple[float, float]:
    """Run the first-page child; return (window seconds, core seconds)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    for name in ("EVENT_LOADER_CONFIG_DIR", "EVENT_LOADER_STATE_DIR", "EVENT_LOADER_LOG_DIR"):
        env[name] = str(workdir / ("page-" + name.lower()))
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
    )
    line = [x for x in done.stdout.splitlines() if x.startswith("WINDOW")]
    if not line:
        raise SystemExit(f"the first-page child failed: {done.stderr.strip()[-800:]}")
    parts = line[0].split()
    return float(parts[1]), float(parts[3])


def main() -> int:
    """Generate (or reuse) the workbook, time each figure in fresh processes, print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "event-loader-bench"
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        first_page_child(args.child)
        os._exit(0)  # skip Qt teardown noise

    args.cache.mkdir(parents=True, exist_ok=True)
    book = args.cache / f"bench-{args.rows}x{COLUMNS}.xlsx"
    if not book.exists():
        make_workbook(book, args.rows)
    print(f"file: {book} ({book.stat().st_size / (1 << 20):.1f} MB, {args.rows} x {COLUMNS})")

    launch: list[float] = []
    window: list[float] = []
    core: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory(prefix="el-bench-page-") as tmp:
        for _ in range(args.runs):
            launch.append(launch_once(Path(tmp)))
            shown, alone = window_first_page(book, Path(tmp))
            window.append(shown)
            core.append(alone)
            bare.append(calamine_first_page(book))

    def show(label: str, times: list[float]) -> None:
        spread = f"{min(times) * 1000:.0f}-{max(times) * 1000:.0f} ms"
        print(f"{label:<40}{min(times) * 1000:7.0f} ms  ({spread} over {len(times)} runs)")

    show("launch to window shown (source)", launch)
    show(f"first {PAGE} rows shown in the window", window)
    show(f"read_first_page ({PAGE} rows), core alone", core)
    show(f"calamine bare, first {PAGE} rows", bare)
    print(f"{'ratio window first page / calamine':<40}{min(window) / min(bare):7.2f}")
    print(f"{'ratio read_first_page / calamine':<40}{min(core) / min(bare):7.2f}")
    print(f"machine load average (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
