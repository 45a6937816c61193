"""Garbage is collected on the GUI thread, a little at a time; bulk data is frozen, not walked."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest

from app.ui.gc_guard import BULK_OBJECTS, GuiThreadCollector


class Node:
    """An object that can sit in a reference cycle."""

    def __init__(self) -> None:
        self.other: Node | None = None


def make_cycle() -> weakref.ref[Node]:
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)


@pytest.fixture
def collector(qapp) -> Iterator[GuiThreadCollector]:
    gc.collect()
    collector = GuiThreadCollector(interval_ms=60_000)  # checked by hand below
    yield collector
    collector.stop()
    gc.unfreeze()


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
