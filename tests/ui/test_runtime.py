"""The window's runtime measures (``app.ui.runtime``): applied and undone in pairs, paint first."""

from __future__ import annotations

import gc
import logging
import subprocess
import sys
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel

from app.ui import pyside_fixes
from app.ui.runtime import (
    BULK_OBJECTS,
    GUI_SWITCH_INTERVAL_S,
    BulkData,
    GuiThreadCollector,
    WindowRuntime,
    after_first_paint,
)

ROOT = Path(__file__).resolve().parents[2]


class Node:
    """An object that can sit in a reference cycle."""

    def __init__(self) -> None:
        self.other: Node | None = None


def make_cycle() -> weakref.ref[Node]:
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)


@pytest.fixture
def bulk() -> Iterator[BulkData]:
    gc.collect()
    bulk = BulkData()
    yield bulk
    bulk.release_all()
    gc.unfreeze()


@pytest.fixture
def collector(qapp, bulk) -> Iterator[GuiThreadCollector]:
    collector = GuiThreadCollector(interval_ms=60_000, bulk=bulk)  # checked by hand below
    yield collector
    collector.stop()


def test_cycles_made_by_a_worker_are_collected_on_the_gui_thread(collector):
    made: list[weakref.ref[Node]] = []
    worker = threading.Thread(target=lambda: made.extend(make_cycle() for _ in range(400)))
    worker.start()
    worker.join()
    assert not gc.isenabled()  # a worker's allocations can no longer trigger a collection
    assert all(ref() is not None for ref in made)  # nothing collected them yet
    threads: list[str] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(record)
    try:
        collector.check()
    finally:
        gc.callbacks.remove(record)
    assert threads and set(threads) == {threading.main_thread().name}
    assert all(ref() is None for ref in made)


def test_bulk_data_is_frozen_instead_of_walked(collector):
    frozen_before = gc.get_freeze_count()
    rows = [[i] for i in range(BULK_OBJECTS + 1000)]  # as a sheet's rows arrive
    collections: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(record)
    try:
        collector.check()
    finally:
        gc.callbacks.remove(record)
    assert collections == []  # nothing walked
    assert gc.get_freeze_count() >= frozen_before + len(rows)
    assert gc.get_count()[0] < 100  # the next look starts from nothing
    del rows


def test_holds_are_undone_by_their_owners_and_the_last_release_unfreezes(bulk):
    cycle = make_cycle()  # garbage made before the data was frozen
    bulk.hold("sheet")
    bulk.hold("conversion")
    assert gc.get_freeze_count() > 0 and bulk.owners == {"sheet", "conversion"}
    bulk.release("sheet")  # the conversion still holds: still frozen
    assert gc.get_freeze_count() > 0
    gc.collect()
    assert cycle() is not None  # frozen objects are out of every collection
    bulk.release("conversion")
    assert gc.get_freeze_count() == 0 and not bulk.owners
    gc.collect()
    assert cycle() is None  # given back to the collector, the cycle goes


def test_the_collectors_bursts_are_undone_with_the_holds(collector, bulk):
    bulk.hold("sheet")
    rows = [[i] for i in range(BULK_OBJECTS + 1000)]
    collector.check()  # a burst: frozen
    bulk.release("sheet")
    assert gc.get_freeze_count() == 0  # the burst was frozen under the hold, undone with it
    del rows


def test_window_runtime_applies_and_undoes_every_measure(qapp):
    interval, enabled = sys.getswitchinterval(), gc.isenabled()
    runtime = WindowRuntime(BulkData()).start(qapp)
    try:
        assert sys.getswitchinterval() == GUI_SWITCH_INTERVAL_S
        assert not gc.isenabled() and runtime.collector is not None
        runtime.bulk.hold("sheet")
        assert gc.get_freeze_count() > 0
    finally:
        runtime.stop()
    assert sys.getswitchinterval() == interval and gc.isenabled() == enabled
    assert gc.get_freeze_count() == 0 and runtime.collector is None


def test_the_pyside_guard_is_installed_explicitly_and_logged():
    """Importing the window no longer patches the interpreter; installing the guard does, loudly."""
    code = (
        "import logging, sys\n"
        "logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s')\n"
        "import app.ui, app.ui.workers\n"
        "from app.ui import pyside_fixes, runtime\n"
        "pyside_fixes.pyside_version = lambda: '6.12.0'  # the affected release\n"
        "before = sys.getrefcount(True)\n"
        "print('IMPORTED', sys.getrefcount(True) - before < 1000, flush=True)\n"
        "print('ACTIVE', runtime.install_pyside_guard(), flush=True)\n"
        "print('RAISED', sys.getrefcount(True) - before > 1 << 39, flush=True)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "IMPORTED True" in done.stdout
    if sys.version_info >= (3, 12):  # immortal already: nothing to guard
        assert "ACTIVE False" in done.stdout
        return
    assert "ACTIVE True" in done.stdout and "RAISED True" in done.stdout
    warning = [line for line in done.stderr.splitlines() if line.startswith("WARNING")]
    assert warning and "6.12.0" in warning[0] and "reference guard is active" in warning[0]


@pytest.mark.skipif(
    pyside_fixes.pyside_version().startswith("6.12.") and sys.version_info < (3, 12),
    reason="this install is the affected one",
)
def test_an_unaffected_pyside_logs_nothing(caplog):
    from app.ui.runtime import install_pyside_guard

    caplog.set_level(logging.WARNING, logger="app.ui.runtime")
    assert install_pyside_guard() is False  # another release, or 3.12+
    assert not caplog.records


class PaintOrder(QObject):
    """Record, in order, a widget's paint events and the start of the work."""

    def __init__(self, widget: QLabel) -> None:
        super().__init__(widget)
        self.seen: list[str] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.seen.append("paint")
        return False

    def start(self) -> None:
        self.seen.append("work")


def test_the_work_starts_once_the_widget_has_painted_not_after_a_pause(qtbot):
    label = QLabel("Checking rows…")
    qtbot.addWidget(label)
    with qtbot.waitExposed(label):
        label.show()
    order = PaintOrder(label)
    pending = after_first_paint(label, order.start)
    assert pending.waiting_for_paint
    # Driven by events alone: a few turns of the event loop, no clock, and it has started.
    turns = 0
    while "work" not in order.seen and turns < 20:
        QApplication.processEvents()
        turns += 1
    assert order.seen[:2] == ["paint", "work"]


def test_a_hidden_widget_does_not_hold_the_work_back(qtbot):
    label = QLabel()
    qtbot.addWidget(label)  # never shown: it will not paint
    order = PaintOrder(label)
    assert not after_first_paint(label, order.start).waiting_for_paint
    assert order.seen == []  # never inline: the caller finishes first
    qtbot.waitUntil(lambda: order.seen == ["work"], timeout=1000)


def test_a_cancelled_start_never_runs(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    with qtbot.waitExposed(label):
        label.show()
    order = PaintOrder(label)
    after_first_paint(label, order.start).cancel()
    label.repaint()
    qtbot.wait(50)  # events flow; nothing may start
    assert "work" not in order.seen
