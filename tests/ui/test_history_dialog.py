"""History: opened from Results after a real upload, from the menu, on old runs and on none."""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from shell_support import context, memory_keyring, wait_pool  # noqa: F401

from app.core.journal import FileFingerprint, Journal, NewRow, RowState, RunState
from app.core.mapping import HUBSPOT
from app.core.sheet import read_sheet
from app.core.upload_plan import destination_key
from app.ui.dialogs.history_dialog import HistoryDialog
from app.ui.launch import prepare_demo
from app.ui.main_window import RESULTS_STEP, MainWindow
from app.ui.views.results_step import ResultsStep
from app.ui.views.upload_step import UploadStep

pytestmark = pytest.mark.gui
KEY = destination_key(HUBSPOT, 1, "2", "https://api.hubapi.com")


@pytest.fixture
def window(qtbot, context, wait_pool, sandbox):  # noqa: F811
    context.demo = True
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1100, 720)
    win.show()
    yield win
    for step in win.steps:
        shutdown = getattr(step, "shutdown", None)
        if shutdown is not None:
            shutdown()


def _wait_loaded(qtbot, dialog: HistoryDialog) -> None:
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is not dialog.loading_label, timeout=10000)


def _save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_history_from_results_saves_the_uploads_report(
    qtbot, window, sandbox, tmp_path, monkeypatch
):
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    for _ in range(3):  # Destination, Mapping, Preview
        qtbot.waitUntil(lambda: window.current_step().is_complete(), timeout=20000)
        assert window.go_next()
    qtbot.waitUntil(window.current_step().is_complete, timeout=20000)
    window.go_next()
    upload = window.current_step()
    assert isinstance(upload, UploadStep)
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=60000)
    results = window.current_step()
    qtbot.waitUntil(lambda: results.results is not None, timeout=20000)
    sent = len(sandbox.hubspot_events())
    outcomes = window.state.conversion.outcomes

    qtbot.mouseClick(results.history_button, Qt.MouseButton.LeftButton)
    dialog = results.history_dialog
    assert isinstance(dialog, HistoryDialog) and dialog.isVisible()
    _wait_loaded(qtbot, dialog)
    assert dialog.table.hasFocus()  # keyboard users start in the list
    entry = dialog.selected_entry()
    assert entry is not None and entry.run_id == results.results.run_id
    assert entry.sent == sent and entry.failed == 0
    assert entry.not_sent == len(outcomes) - sent  # the sample's rows with problems
    assert entry.file_name == window.state.file_path.name
    assert dialog.folder_button.isEnabled()

    report = tmp_path / "history report.csv"
    _save_to(monkeypatch, report)
    with qtbot.waitSignal(dialog.report_saved, timeout=20000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].complete
    assert str(report) in dialog.note.text()
    with report.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=window.state.sheet.delimiter or ","))
    header = lines[0]
    assert header[0] == "Row" and header[-3:] == ["Status", "Error", "Event ID"]
    assert header[1:-3] == window.state.sheet.headers  # the file's own columns
    assert len(lines) - 1 == len(outcomes)
    statuses = Counter(line[-3] for line in lines[1:])
    assert statuses["sent"] == sent
    assert statuses["invalid"] + statuses["duplicate"] == len(outcomes) - sent
    row_numbers = [int(line[0]) for line in lines[1:]]
    assert row_numbers == window.state.sheet.row_numbers

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(window.state.file_path.parent))]
    dialog.close()


def test_menu_opens_history(qtbot, window):
    assert window.history_action.text() == "&History…"
    window.history_action.trigger()
    dialog = window.steps[RESULTS_STEP].history_dialog
    assert isinstance(dialog, HistoryDialog)
    _wait_loaded(qtbot, dialog)
    assert dialog.empty_label.text() == "No uploads yet."
    dialog.close()


def test_no_uploads_yet(qtbot, tmp_path, wait_pool):  # noqa: F811
    dialog = HistoryDialog(journal_dir=tmp_path / "state")
    qtbot.addWidget(dialog)
    dialog.show()
    _wait_loaded(qtbot, dialog)
    assert dialog.stack.currentWidget() is dialog.empty_label
    assert dialog.empty_label.text() == "No uploads yet."
    assert not dialog.save_button.isEnabled() and not dialog.folder_button.isEnabled()
    assert not (tmp_path / "state").exists()  # looking creates no journal


def test_report_of_a_file_that_is_gone_says_so(qtbot, tmp_path, monkeypatch, wait_pool):  # noqa: F811
    state_dir = tmp_path / "state"
    source = tmp_path / "old export.csv"
    source.write_text("email\na@x.io\nb@x.io\nc@x.io\n", encoding="utf-8")
    with Journal.open_in(state_dir) as journal:
        rows = [NewRow(i, i + 2, f"ev-{i}", RowState.PENDING) for i in range(3)]
        old = journal.create_run(FileFingerprint.of(source), "m", KEY, rows, label="old export.csv")
        journal.record_outcome(old.id, KEY, sent=[(0, "ev-0")], failed={1: ("x", "Refused.")})
        journal.set_run_state(old.id, RunState.STOPPED)
        newer = journal.create_run(FileFingerprint.of(source), "n", KEY, rows[:1])
        journal.set_run_state(newer.id, RunState.FINISHED)
    source.unlink()

    dialog = HistoryDialog(journal_dir=state_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    _wait_loaded(qtbot, dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.selected_entry().run_id == newer.id  # newest first, selected
    assert dialog.select_run(old.id)
    assert "no longer there" in dialog.details.text()
    assert not dialog.folder_button.isEnabled()

    report = tmp_path / "old.xlsx"
    _save_to(monkeypatch, report)
    with qtbot.waitSignal(dialog.report_saved, timeout=20000) as saved:
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert not saved.args[0].complete
    assert "old export.csv is no longer where it was" in dialog.note.text()
    sheet = read_sheet(report)
    assert sheet.headers == ["Row", "Status", "Error", "Event ID"]
    assert [row[:3] for row in sheet.rows] == [
        [2, "sent", None],
        [3, "failed", "Refused."],
        [4, "not sent", "Not sent yet: run the upload again to send it."],
    ]
    with Journal.open_in(state_dir) as journal:  # History only reads
        assert journal.get_run(old.id).state is RunState.STOPPED
        assert journal.delivered_count(KEY) == 1
