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
from test_upload_step import make_step  # noqa: F401

from app.core.conversion.mapping import HUBSPOT
from app.core.reading.sheet import read_sheet
from app.core.upload.journal import FileFingerprint, Journal, NewRow, RowState, RunState
from app.core.upload.upload_plan import destination_key
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


def test_resume_from_history_sends_the_rows_left_once(
    qtbot,
    make_step,
    sandbox_factory,
    tmp_path,
    context,
    wait_pool,  # noqa: F811
):
    from run_steps_support import sample_state
    from test_upload_step import planned, qtbot_button

    from app.core.conversion.convert import RowStatus
    from app.core.secrets import account_key, save_account

    sb = sandbox_factory(latency_ms=100, rate_limit_per_10s=None)
    state = sample_state(sb, tmp_path=tmp_path)
    state.demo = False  # the demo's uploads end with the program
    save_account(account_key("hubspot-timeline", state.account.app_id), dict(sb.credentials))
    expected = sum(1 for o in state.conversion.outcomes if o.status is RowStatus.VALID)
    step = make_step(batch_size=5, concurrency=1)
    step.enter(state)
    planned(qtbot, step)
    qtbot.mouseClick(step.all_button, qtbot_button())
    qtbot.waitUntil(lambda: len(sb.hubspot_events()) >= 10, timeout=20000)
    step.shutdown(20.0)  # the upload went away part done
    assert len(sb.hubspot_events()) < expected

    win = MainWindow(context)  # later, in another window
    qtbot.addWidget(win)
    win.show()
    results = win.steps[RESULTS_STEP]
    win.history_action.trigger()
    dialog = results.history_dialog
    _wait_loaded(qtbot, dialog)
    assert dialog.select_run(int(state.run_id))
    assert "not sent yet. Resume sends them" in dialog.details.text()
    assert dialog.resume_button.isEnabled()
    qtbot.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(win.current_step(), UploadStep), timeout=30000)
    upload = win.current_step()
    planned(qtbot, upload)
    assert upload.session.plan.resumed
    qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(win.current_step(), ResultsStep), timeout=60000)
    qtbot.waitUntil(lambda: win.current_step().results is not None, timeout=20000)
    events = sb.hubspot_events()
    assert len(events) == expected == len({e["id"] for e in events})  # every row, once
    for each in win.steps:
        shutdown = getattr(each, "shutdown", None)
        if shutdown is not None:
            shutdown()


def test_history_explains_an_upload_the_window_cannot_resume(qtbot, window, tmp_path):
    data = tmp_path / "attendees.csv"
    data.write_text("Email\nana@example.com\nbo@example.com\n", encoding="utf-8")
    with Journal.open_in() as journal:  # as the command line leaves it: a run without a ticket
        rows = [NewRow(i, i + 2, f"el-{i}", RowState.PENDING) for i in range(2)]
        run = journal.create_run(FileFingerprint.of(data), "m/1", KEY, rows)
        journal.record_outcome(run.id, KEY, sent=[(0, "el-0")], failed={})
        journal.set_run_state(run.id, RunState.STOPPED)
    results = window.steps[RESULTS_STEP]
    results.show_history()
    dialog = results.history_dialog
    _wait_loaded(qtbot, dialog)
    assert dialog.select_run(run.id)
    assert dialog.resume_button.isEnabled()
    qtbot.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.note.isHidden()
    assert "started from the command line" in dialog.note.text()
    assert isinstance(window.current_step(), type(window.file_step))
