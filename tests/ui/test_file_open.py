"""Files macOS hands over by event (Finder's double-click, "Open With", the Dock icon).

A real ``QFileOpenEvent`` is sent to the application, as Qt does on macOS: before the window
exists (kept, then opened as ``event-loader FILE``) and while it runs (as File › Open).
"""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from shell_support import LIKES, WEBINAR, context, memory_keyring, sample, wait_pool  # noqa: F401

from app.ui import launch
from app.ui.file_open import EventLoaderApplication
from app.ui.main_window import FILE_STEP, MainWindow
from app.ui.views.results_step import ResultsStep

WAIT_S = 30  # the longest a launched window waits for a file to load


def hand_over(path: Path) -> None:
    """Ask the application to open ``path``, as macOS does for a file opened in Finder."""
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))


def shown_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


def launch_with_file_handed_over(monkeypatch, path: Path, watch) -> int:
    """Launch the window as ``event-loader`` without a file; ``path`` arrives before the window.

    The request is sent once the application exists and before the window is made (when the
    settings are read). ``watch(window)`` runs every few milliseconds until it returns True,
    then the window is closed; after WAIT_S it is closed anyway, and the test fails on what
    ``watch`` did not see.
    """
    deadline = time.monotonic() + WAIT_S
    read_settings = launch.load_settings

    def settings_after_a_file_is_handed_over():
        assert shown_window() is None
        hand_over(path)
        return read_settings()

    def check():
        window = shown_window()
        if window is None or (not watch(window) and time.monotonic() < deadline):
            QTimer.singleShot(20, check)
            return
        window.close()

    monkeypatch.setattr(launch, "load_settings", settings_after_a_file_is_handed_over)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    QTimer.singleShot(0, check)
    return launch.launch_window(argparse.Namespace(demo=False, smoke=False, lang="en", file=None))


def test_window_tests_run_on_the_program_application(qapp):
    assert isinstance(qapp, EventLoaderApplication)


def test_a_file_handed_over_before_the_window_opens_then_another_while_it_runs(
    qapp, monkeypatch, wait_pool
):
    seen: dict[str, object] = {}

    def watch(window: MainWindow) -> bool:
        if not window.file_step.is_complete():
            return False
        if "first" not in seen:
            seen["first"] = window.state.file_path
            seen["title"] = window.windowTitle()
            seen["rows shown"] = window.file_step.model.rowCount()
            seen["rows"] = len(window.state.sheet.rows)
            hand_over(sample(WEBINAR))  # the window is open now: File › Open's way
            return False
        if window.state.file_path != sample(WEBINAR):
            return False
        seen["second"] = window.state.file_path
        seen["step"] = window.current_index
        return True

    assert launch_with_file_handed_over(monkeypatch, sample(LIKES), watch) == 0
    assert seen.get("first") == sample(LIKES)
    assert seen["title"] == f"{LIKES} \u2014 Event Loader"
    assert seen["rows shown"] == seen["rows"] > 0
    assert seen.get("second") == sample(WEBINAR) and seen["step"] == FILE_STEP
    assert qapp.take_pending_file() is None  # nothing left over for the next window


def test_a_missing_file_handed_over_at_launch_says_so_without_an_error_dialog(
    qapp, monkeypatch, tmp_path, wait_pool
):
    errors: list[str] = []
    monkeypatch.setattr(launch.ErrorDialog, "exec", lambda self: errors.append(self.details))
    seen: dict[str, str] = {}

    def watch(window: MainWindow) -> bool:
        if window.file_step.loading or not window.file_step.error_message.text.text():
            return False
        seen["message"] = window.file_step.error_message.text.text()
        return True

    assert launch_with_file_handed_over(monkeypatch, tmp_path / "gone.csv", watch) == 0
    assert seen.get("message") == "gone.csv was not found. It may have been moved or renamed."
    assert errors == []


def open_window(qtbot, qapp, context):  # noqa: F811
    """Show a window that receives the files handed over, as the launch sets it up."""
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1100, 720)
    win.show()
    qapp.open_files_with(win.open_file)  # what the launch does once the window shows
    return win


def close_window(qapp, win: MainWindow) -> None:
    qapp.open_files_with(None)
    for step in win.steps:
        shutdown = getattr(step, "shutdown", None)
        if shutdown is not None:
            shutdown()


@pytest.fixture
def window(qtbot, qapp, context, wait_pool):  # noqa: F811
    win = open_window(qtbot, qapp, context)
    yield win
    close_window(qapp, win)


@pytest.fixture
def demo_window(qtbot, qapp, context, wait_pool, sandbox):  # noqa: F811
    context.demo = True
    win = open_window(qtbot, qapp, context)
    yield win
    close_window(qapp, win)


def test_a_file_asked_for_before_any_window_waits_for_it(qapp):
    qapp.open_files_with(None)
    hand_over(sample(LIKES))
    hand_over(sample(WEBINAR))  # two files dropped on the Dock icon: the last one is shown
    assert qapp.take_pending_file() == sample(WEBINAR)
    assert qapp.take_pending_file() is None


def test_a_folder_or_another_kind_of_file_handed_over_is_refused_in_words(qtbot, window, tmp_path):
    hand_over(tmp_path)
    qtbot.waitUntil(lambda: bool(window.file_step.error_message.text.text()), timeout=20000)
    assert window.file_step.error_message.text.text() == (
        f"{tmp_path.name} is a folder, not a spreadsheet."
    )
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"x")
    hand_over(photo)
    assert window.file_step.error_message.text.text() == (
        "photo.png is not a spreadsheet Event Loader can read. Save it as .xlsx or .csv and "
        "open it again."
    )
    assert window.state.file_path is None


def test_a_file_handed_over_during_an_upload_is_refused_like_file_open(qtbot, demo_window, sandbox):
    from app.ui.launch import prepare_demo

    window = demo_window
    sandbox.configure(latency_ms=300)
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    for _ in range(3):  # Destination, Mapping, Preview
        qtbot.waitUntil(lambda: window.current_step().is_complete(), timeout=20000)
        assert window.go_next()
    qtbot.waitUntil(lambda: window.current_step().is_complete(), timeout=20000)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    upload = window.current_step()
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
    assert upload.session.running
    hand_over(sample(LIKES))
    refused = window.status_label.text()
    still = window.current_step(), window.state.file_path
    # Checked once the upload is over, so that a failure never leaves it running.
    qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=60000)
    assert refused == "Finish or stop the upload before opening another file."
    assert still == (upload, sample(WEBINAR))


def test_a_file_handed_over_as_the_window_starts_comes_before_a_resume_offer(
    qtbot, window, monkeypatch
):
    import app.ui.resume as resume

    asked = []
    monkeypatch.setattr(resume, "offer_resume", lambda parent, state: asked.append(state))
    hand_over(sample(LIKES))  # macOS may deliver it before the offer's turn comes
    assert not launch.offer_unfinished_upload(window)
    assert asked == []
    qtbot.waitUntil(window.file_step.is_complete, timeout=20000)
    assert window.state.file_path == sample(LIKES)
