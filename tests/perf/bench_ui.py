"""How responsive the window stays: longest GUI-thread stall while loading, converting, uploading.

A ``QTimer`` beats every 5 ms on the GUI thread; the longest gap between two beats, minus the
5 ms period, is the longest time the window could not repaint or react. It is measured while a
generated 100,000-row workbook goes through the real window: loaded by the File step's worker,
converted by the Preview step's worker and shown in its grid, scrolled, then uploaded by the
Upload step to the built-in sandbox (rate limit off, so the upload runs as fast as the machine
allows). First, the time from starting the program to its window being shown, in fresh processes,
counted from the moment the process is spawned.

Targets: stall < 50 ms, launch < 1.0 s.
Run: ``.venv/bin/python tests/perf/bench_ui.py [--rows N] [--launch-runs N] [--diagnose]
[--in-process-sandbox] [--batches N]`` (``--batches 1000``: the upload in about 1,000 batches, as
many squares in the Upload step's batch strip). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

HEARTBEAT_MS = 5

# -- launch ----------------------------------------------------------------------------------

CHILD = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
import app.ui.launch as launch

original = launch.create_application

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and obj.objectName() == "MainWindow":
            print("SHOWN", time.time(), flush=True)
            QTimer.singleShot(0, obj.close)
        return False

def create_application(argv=None):
    qapp = original(argv)
    qapp._watch = Watch()
    qapp.installEventFilter(qapp._watch)
    return qapp

launch.create_application = create_application
sys.argv = ["event-loader"]
from app.cli.main import main
raise SystemExit(main())
"""


def measure_launch(runs: int, workdir: Path) -> None:
    """Start the program in fresh processes; print the time from spawn to the window shown."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("EVENT_LOADER_CONFIG_DIR", "EVENT_LOADER_STATE_DIR", "EVENT_LOADER_LOG_DIR"):
        env[name] = str(workdir / ("launch-" + name.lower()))
    times = []
    for _ in range(runs):
        start = time.time()
        done = subprocess.run(
            [sys.executable, "-c", CHILD],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
        )
        shown = [line for line in done.stdout.splitlines() if line.startswith("SHOWN")]
        if not shown:
            print("launch: the window was never shown:", done.stderr.strip().splitlines()[-1:])
            return
        times.append(float(shown[0].split()[1]) - start)
    print(
        f"launch to window shown:        first {times[0]:.2f} s, median "
        f"{statistics.median(times):.2f} s, best {min(times):.2f} s over {runs} runs"
    )


# -- the workbook ----------------------------------------------------------------------------


def make_workbook(path: Path, rows: int) -> None:
    """Write ``rows`` webinar attendees (the sample's valid rows, unique emails) with xlsxwriter."""
    import xlsxwriter

    from app.core.conversion.convert import RowStatus, convert_rows
    from app.core.conversion.mapping import load_mapping
    from app.core.reading.sheet import read_sheet
    from app.paths import samples_dir

    sample = read_sheet(samples_dir() / "webinar-attendees.xlsx")
    mapping = load_mapping(samples_dir() / "webinar-attendees.mapping.json")
    outcomes = convert_rows(sample, mapping).outcomes
    good = [sample.rows[o.index] for o in outcomes if o.status is RowStatus.VALID]
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Attendees")
    date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    stamp_format = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    sheet.write_row(0, 0, sample.headers)
    for i in range(rows):
        row = list(good[i % len(good)])
        row[0] = f"attendee{i}@example.com"
        for column, value in enumerate(row):
            if value is None:
                continue
            if column == 6:
                sheet.write_datetime(i + 1, column, value, date_format)
            elif column == 8:
                sheet.write_datetime(i + 1, column, value, stamp_format)
            else:
                sheet.write(i + 1, column, value)
    book.close()


# -- measuring stalls ------------------------------------------------------------------------


class Heartbeat:
    """Record the gaps between 5 ms timer beats on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = 0.0
        self.started = 0.0
        self.gaps: list[float] = []
        self.late: list[tuple[float, float]] = []  # (ms since start, gap in ms) over 20 ms

    def start(self) -> None:
        self.gaps.clear()
        self.late.clear()
        self.last = self.started = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _beat(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        self.gaps.append(gap)
        if gap > 0.02 + HEARTBEAT_MS / 1000:
            self.late.append(((self.last - self.started) * 1000, gap * 1000 - HEARTBEAT_MS))
        self.last = now

    def worst_ms(self) -> float:
        return max(0.0, max(self.gaps, default=0.0) * 1000 - HEARTBEAT_MS)

    def p99_ms(self) -> float:
        if not self.gaps:
            return 0.0
        ordered = sorted(self.gaps)
        return max(0.0, ordered[int(len(ordered) * 0.99)] * 1000 - HEARTBEAT_MS)

    def line(self) -> str:
        return f"longest stall {self.worst_ms():6.1f} ms   p99 {self.p99_ms():5.1f} ms"

    def late_line(self) -> str:
        """Each stall over 20 ms as "at 120 ms: 35 ms" (for ``--diagnose``)."""
        return ", ".join(f"at {at:.0f} ms: {gap:.0f} ms" for at, gap in self.late)


class StallWatch:
    """With ``--diagnose``: print where the GUI thread is when a beat is over 40 ms late, and
    every cyclic garbage collection over 10 ms (which thread, which generation, how long)."""

    def __init__(self, heart: Heartbeat) -> None:
        import gc

        self.heart = heart
        self.main = threading.main_thread().ident
        self.seen: set[str] = set()
        self._gc_started = 0.0
        gc.callbacks.append(self._on_gc)
        threading.Thread(target=self._run, daemon=True).start()

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
            return
        took = (time.perf_counter() - self._gc_started) * 1000
        if took > 10:
            thread = threading.current_thread().name
            print(
                f"--- collection of generation {info['generation']} on {thread}: {took:.0f} ms",
                flush=True,
            )

    def _run(self) -> None:
        while True:
            time.sleep(0.01)
            late = time.perf_counter() - self.heart.last
            if late <= 0.04 or not self.heart.timer.isActive():
                continue
            frame = sys._current_frames().get(self.main)
            if frame is None:
                continue
            stack = "".join(traceback.format_stack(frame)[-5:])
            if stack not in self.seen:
                self.seen.add(stack)
                print(f"--- GUI thread {late * 1000:.0f} ms late at:\n{stack}", flush=True)


def pool_idle() -> bool:
    """True when no worker of the window's thread pool is running."""
    from PySide6.QtCore import QThreadPool

    return QThreadPool.globalInstance().activeThreadCount() == 0


def show_late(heart: Heartbeat, diagnose: bool) -> None:
    """With ``--diagnose``: when each stall over 20 ms happened in the phase just measured."""
    if diagnose and heart.late:
        print(f"    stalls over 20 ms: {heart.late_line()}")


def run_until(condition: Callable[[], bool], timeout_s: float) -> float:
    """Run the event loop until ``condition``; return the seconds it took."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    app = QApplication.instance()
    while not condition():
        if time.perf_counter() - start > timeout_s:
            raise TimeoutError("timed out")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.001)
    return time.perf_counter() - start


# -- the sandbox -----------------------------------------------------------------------------


class ExternalSandbox:
    """The sandbox in its own process (``event-loader sandbox``), as a remote API would be."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "sandbox", "--port", "0", "--rate-limit", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
        )
        line = self.process.stdout.readline() if self.process.stdout else ""
        self.base_url = line.strip().rsplit(" ", 1)[-1]
        from app.sandbox.server import SandboxServer  # its credentials are constants

        self.credentials = dict(SandboxServer().credentials)

    def event_count(self) -> int:
        import httpx

        data = httpx.get(f"{self.base_url}/_sandbox/hubspot/events", timeout=60).json()
        return len(data.get("events", []) if isinstance(data, dict) else data)

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)


class InProcessSandbox:
    """The sandbox in this process (the demo mode): its threads share the GIL with the window."""

    def __init__(self) -> None:
        from app.sandbox.server import SandboxConfig, SandboxServer

        self.server = SandboxServer(SandboxConfig(seed=1, rate_limit_per_10s=None)).start()
        self.base_url = self.server.base_url
        self.credentials = self.server.credentials

    def event_count(self) -> int:
        return len(self.server.hubspot_events())

    def close(self) -> None:
        self.server.stop()


@contextlib.contextmanager
def sandbox_for_bench(in_process: bool) -> Iterator[Any]:
    sandbox = InProcessSandbox() if in_process else ExternalSandbox()
    try:
        yield sandbox
    finally:
        sandbox.close()


# -- the window ------------------------------------------------------------------------------


def measure_window(
    rows: int,
    workdir: Path,
    diagnose: bool,
    in_process: bool,
    upload_too: bool = True,
    batches: int | None = None,
) -> None:
    """Load, convert, scroll and upload ``rows`` through the real window; print the stalls.

    ``batches`` sizes the upload's batches so that about that many go (the batch strip and
    table then hold that many); None keeps the destination's batch size.
    """
    from PySide6.QtWidgets import QApplication

    from app.core.conversion.mapping import load_mapping
    from app.paths import samples_dir
    from app.ui.context import AppContext
    from app.ui.demo import demo_account
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    from app.ui.runtime import WindowRuntime

    # As the program does at launch: garbage is collected by a timer on the GUI thread, so a
    # collection walking a large heap shows up here as the stall it is in the window; the GUI
    # thread gets the interpreter within 1 ms.
    runtime = WindowRuntime().start(app)  # noqa: F841 - lives as long as the window
    book = workdir / f"attendees-{rows}.xlsx"
    started = time.perf_counter()
    make_workbook(book, rows)
    print(
        f"generated {rows:,} rows in {time.perf_counter() - started:.1f} s "
        f"({book.stat().st_size / 1e6:.1f} MB)"
    )
    heart = Heartbeat()
    if diagnose:
        StallWatch(heart)
    with sandbox_for_bench(in_process) as sandbox:
        window = MainWindow(AppContext(demo=True))
        window.resize(1100, 720)
        window.show()
        account = demo_account(sandbox)
        window.context.accounts.add_demo(account)
        window.state.account = account
        window.state.mapping = load_mapping(samples_dir() / "webinar-attendees.mapping.json")
        # A person takes longer than the window's warm-up (later steps' imports, about 0.2 s) to
        # choose a file; the launch figure above covers the time before it.
        run_until(lambda: window.warm_up is not None and not window.warm_up.is_alive(), 10)

        heart.start()
        window.open_file(book)
        seconds = run_until(
            lambda: (
                window.file_step.is_complete()
                and window.state.sheet is not None
                and window.state.sheet.complete
                and len(window.state.sheet.rows) == rows
            ),
            300,
        )
        heart.stop()
        print(f"load (File step worker):  {seconds:7.2f} s   {heart.line()}")
        show_late(heart, diagnose)

        # Next is pressed once a step is complete and its background work (the template fetch)
        # is done: a person reads a step for longer than that.
        window.go_next()  # Destination
        run_until(lambda: window.current_step().is_complete() and pool_idle(), 30)
        window.go_next()  # Mapping
        run_until(lambda: window.current_step().is_complete() and pool_idle(), 30)
        heart.start()
        window.go_next()  # Preview: converts in a worker, then fills the grid
        preview = window.current_step()
        seconds = run_until(lambda: preview.is_complete(), 300)
        heart.stop()
        print(
            f"convert + grid (Preview): {seconds:7.2f} s   {heart.line()}   "
            f"({preview.summary.ready:,} ready)"
        )
        show_late(heart, diagnose)

        heart.start()
        bar = preview.table.verticalScrollBar()
        for step in range(101):
            bar.setValue(bar.maximum() * step // 100)
            app.processEvents()
        heart.stop()
        print(f"scroll the grid end to end:          {heart.line()}")
        show_late(heart, diagnose)

        if not upload_too:
            return
        if batches:
            for step in window.steps:
                if step.objectName() == "uploadStep":
                    step.batch_size = max(1, -(-preview.summary.ready // batches))
        window.go_next()  # Upload
        upload = window.current_step()
        run_until(lambda: upload._phase == "ready", 300)
        print(
            f"upload plan: {upload.model.rowCount():,} batches; batch strip "
            f"{upload.strip.width()}×{upload.strip.height()} px, "
            f"{upload.strip.strip_layout().per_cell} batch(es) a square"
        )
        heart.start()
        upload.all_button.click()
        seconds = run_until(lambda: window.current_step() is not upload, 1800)
        heart.stop()
        sent = sandbox.event_count()
        print(
            f"upload to the sandbox:    {seconds:7.2f} s   {heart.line()}   "
            f"({sent:,} events, {sent / seconds:,.0f}/s)"
        )
        show_late(heart, diagnose)
        results = window.current_step()
        run_until(lambda: getattr(results, "results", None) is not None, 120)
        window.close()
        app.processEvents()


def measure_million_scroll() -> None:
    """Scroll a grid of 1,000,000 rows end to end; the rows are made on demand, as a model that
    copied or scanned them would show in the time taken."""
    from collections.abc import Sequence

    from PySide6.QtWidgets import QApplication, QTableView

    from app.core.conversion.convert import ConversionResult, RowOutcome
    from app.ui.models.preview_model import PreviewFilterProxy, PreviewModel

    class Outcomes(Sequence):
        def __len__(self) -> int:
            return 1_000_000

        def __getitem__(self, i):  # type: ignore[override]
            event = {
                "email": f"u{i}@example.com",
                "tokens": {"webinar": "Spring", "minutes": i % 90},
            }
            return RowOutcome(i, i + 2, event, f"el-{i}")

    app = QApplication.instance() or QApplication([sys.argv[0]])
    model = PreviewModel()
    proxy = PreviewFilterProxy(model)
    view = QTableView()
    view.verticalHeader().setDefaultSectionSize(22)
    view.setModel(proxy)
    view.resize(1000, 700)
    view.show()
    heart = Heartbeat()
    heart.start()
    started = time.perf_counter()
    targets = [("email", "Email"), ("tokens.webinar", "Webinar"), ("tokens.minutes", "Minutes")]
    model.set_conversion(ConversionResult(Outcomes()), None, targets)  # type: ignore[arg-type]
    app.processEvents()
    shown = time.perf_counter() - started
    bar = view.verticalScrollBar()
    for step in range(201):
        bar.setValue(bar.maximum() * step // 200)
        app.processEvents()
    heart.stop()
    print(
        f"1,000,000-row grid: shown in {shown * 1000:.0f} ms, scrolled end to end in 200 "
        f"steps: {heart.line()}"
    )
    view.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--launch-runs", type=int, default=5)
    parser.add_argument("--diagnose", action="store_true", help="print where long stalls happen")
    parser.add_argument(
        "--in-process-sandbox",
        action="store_true",
        help="run the sandbox inside this process, as the demo mode does",
    )
    parser.add_argument("--no-upload", action="store_true", help="stop after the Preview step")
    parser.add_argument(
        "--batches",
        type=int,
        default=None,
        help="size the upload's batches so that about this many go (e.g. 1000)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="el-bench-ui-") as tmp:
        workdir = Path(tmp)
        for name in ("EVENT_LOADER_CONFIG_DIR", "EVENT_LOADER_STATE_DIR", "EVENT_LOADER_LOG_DIR"):
            os.environ[name] = str(workdir / name.lower())
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, offscreen")
        print("targets: longest stall < 50 ms, launch < 1.0 s")
        if args.launch_runs:
            measure_launch(args.launch_runs, workdir)
        measure_million_scroll()
        print(
            "sandbox:", "in this process (demo mode)" if args.in_process_sandbox else "own process"
        )
        measure_window(
            args.rows,
            workdir,
            args.diagnose,
            args.in_process_sandbox,
            not args.no_upload,
            args.batches,
        )
        sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: Qt objects outliving the app make it noisy


if __name__ == "__main__":
    raise SystemExit(main())
