"""Background work: items reach the GUI thread, failures become messages, cancel waits."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QLocale, QObject, QThread, QThreadPool, Slot

from app.core.reading.sheet import SheetError
from app.core.reports.report_xlsx import ReportTooWide
from app.ui.workers import (
    GeneratorWorker,
    describe_error,
    run_generator,
    run_task,
    run_task_with_progress,
)


class Collector(QObject):
    """A GUI-thread receiver that records what arrives and on which thread."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[object] = []
        self.threads: set[object] = set()
        self.failures: list[str] = []
        self.results: list[object] = []

    @Slot(object)
    def on_item(self, value: object) -> None:
        self.items.append(value)
        self.threads.add(QThread.currentThread())

    @Slot(str, object)
    def on_failed(self, message: str, exc: object) -> None:
        self.failures.append(message)

    @Slot(object)
    def on_finished(self, result: object) -> None:
        self.results.append(result)


@pytest.fixture
def pool():
    pool = QThreadPool()
    yield pool
    pool.waitForDone(5000)


def counting(n: int, worker_threads: list[object]):
    worker_threads.append(threading.get_ident())
    yield from range(n)
    return "done"


def test_items_and_result_arrive_on_the_gui_thread(qtbot, pool):
    sink = Collector()
    worker_threads: list[object] = []
    worker = GeneratorWorker(lambda: counting(5, worker_threads))
    worker.signals.item.connect(sink.on_item)
    worker.signals.finished.connect(sink.on_finished)
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        pool.start(worker)
    assert sink.items == [0, 1, 2, 3, 4]
    assert sink.results == ["done"]
    assert sink.threads == {QThread.currentThread()}
    assert worker_threads and worker_threads[0] != threading.get_ident()
    assert worker.done


def test_an_exception_becomes_a_readable_failure_then_finished(qtbot, pool):
    sink = Collector()

    def broken():
        yield 1
        raise SheetError("empty", "The core's English.", "/exports/people.xlsx")

    worker = run_generator(
        broken,
        on_item=sink.on_item,
        on_failed=sink.on_failed,
        on_finished=sink.on_finished,
        pool=pool,
    )
    qtbot.waitUntil(lambda: worker.done and bool(sink.results), timeout=5000)
    assert sink.items == [1]
    assert sink.failures == ["people.xlsx has no rows. Check that you exported the right sheet."]
    assert sink.results == [None]
    assert "Traceback" not in sink.failures[0]


def test_cancel_stops_a_running_generator_and_finished_follows(qtbot, pool):
    sink = Collector()
    started = threading.Event()

    def endless():
        i = 0
        while True:
            started.set()
            time.sleep(0.005)
            yield i
            i += 1

    worker = run_generator(endless, on_item=sink.on_item, on_finished=sink.on_finished, pool=pool)
    assert started.wait(5)
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        worker.cancel()
    assert worker.wait(1)
    count = len(sink.items)
    qtbot.wait(50)
    assert len(sink.items) == count  # nothing after finished


def test_drain_on_cancel_keeps_reading_until_the_generator_ends(qtbot, pool):
    sink = Collector()
    stop = threading.Event()

    def engine_like():
        for i in range(1000):
            if stop.is_set():
                yield ("stopped", i)
                return "stopped"
            yield ("sent", i)
            time.sleep(0.002)
        return "complete"

    worker = run_generator(
        engine_like,
        on_item=sink.on_item,
        on_finished=sink.on_finished,
        cancel_event=stop,
        drain_on_cancel=True,
        pool=pool,
    )
    qtbot.waitUntil(lambda: len(sink.items) >= 3, timeout=5000)
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        worker.cancel()
    assert sink.results == ["stopped"]
    assert sink.items[-1][0] == "stopped"


def test_run_task_calls_back_on_the_gui_thread(qtbot, pool):
    got: list[tuple[object, object]] = []
    run_task(
        lambda: sum(range(10)),
        lambda value: got.append((value, QThread.currentThread())),
        pool=pool,
    )
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(45, QThread.currentThread())]


def test_a_task_with_progress_reports_each_step_then_its_result(qtbot, pool):
    steps: list[tuple[object, object]] = []
    results: list[object] = []
    run_task_with_progress(
        lambda: counting(3, []),
        lambda value: steps.append((value, QThread.currentThread())),
        results.append,
        pool=pool,
    )
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    gui = QThread.currentThread()
    assert steps == [(0, gui), (1, gui), (2, gui)]
    assert results == ["done"]


def test_a_cancelled_task_with_progress_stops_and_calls_nothing_more(qtbot, pool):
    steps: list[object] = []
    results: list[object] = []
    closed = threading.Event()

    def endless():
        try:
            i = 0
            while True:
                time.sleep(0.005)
                yield i
                i += 1
        finally:
            closed.set()

    worker = run_task_with_progress(endless, steps.append, results.append, pool=pool)
    qtbot.waitUntil(lambda: len(steps) >= 2, timeout=5000)
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        worker.cancel()
    assert closed.wait(1)  # the generator was closed at its next yield
    count = len(steps)
    qtbot.wait(50)
    assert len(steps) == count and results == []


def test_run_task_reports_errors_without_traceback(qtbot, pool):
    errors: list[str] = []
    results: list[object] = []

    def fails():
        raise FileNotFoundError(2, "No such file", "/nowhere/report.xlsx")

    run_task(fails, results.append, lambda message, exc: errors.append(message), pool=pool)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    qtbot.wait(20)
    assert results == []
    assert "/nowhere/report.xlsx" in errors[0]
    assert "Traceback" not in errors[0]


def test_a_report_too_wide_for_xlsx_says_to_save_it_as_csv():
    message = describe_error(ReportTooWide(16_390))
    locale = QLocale()  # counts are written the way the interface's locale writes numbers
    assert f"{locale.toString(16_390)} columns" in message and ".csv" in message
    assert f"({locale.toString(16_384)})" in message
    assert "ValueError" not in message


def test_describe_error_never_leaks_a_traceback_and_names_unknown_errors():
    message = describe_error(KeyError("tokens.level"))
    assert "KeyError" in message and "tokens.level" in message
    assert "\n" not in message


def test_expected_refusals_are_logged_without_traceback_faults_with_one(qtbot, pool, caplog):
    import logging

    from app.core.logs import register_secret

    register_secret("sk-WORKER-0123456789")
    failures: list[str] = []

    def refused():
        raise SheetError("empty_file", "The core's English.", "/exports/report.csv")

    def broken():
        raise ValueError("token sk-WORKER-0123456789 was odd")

    caplog.set_level(logging.INFO, logger="app.ui.workers")
    for fn in (refused, broken):
        run_task(fn, lambda _v: None, lambda message, exc: failures.append(message), pool=pool)
        seen = len(failures)
        qtbot.waitUntil(lambda seen=seen: len(failures) > seen, timeout=5000)
    refused_record, broken_record = [r for r in caplog.records if r.name == "app.ui.workers"][-2:]
    assert refused_record.levelno == logging.WARNING and refused_record.exc_info is None
    assert broken_record.levelno == logging.ERROR and broken_record.exc_info is not None
    # Worded by the window from the code, naming the file.
    assert failures[0] == "report.csv is empty. Check that you exported the right sheet."
    assert "sk-WORKER-0123456789" not in failures[1]


def test_many_emissions_from_a_worker_do_not_exhaust_python_singletons(qtbot, pool):
    """PySide6 6.12 loses a reference to True per emit and to None per run (see pyside_fixes)."""
    import sys

    sink = Collector()
    before = sys.getrefcount(True)
    n = 50_000  # far more than True's own reference count in a small process
    worker = GeneratorWorker(lambda: iter(range(n)))
    worker.signals.item.connect(sink.on_item)
    with qtbot.waitSignal(worker.signals.finished, timeout=60000):
        pool.start(worker)
    qtbot.waitUntil(lambda: len(sink.items) == n, timeout=60000)
    for _ in range(200):
        run_task(lambda: None, pool=pool)
    pool.waitForDone(10000)
    qtbot.wait(50)
    assert sys.getrefcount(True) > 0 and sys.getrefcount(None) > 0
    assert abs(sys.getrefcount(True) - before) < 10 * n  # still alive, no abort above
