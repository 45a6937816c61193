"""The whole flow in the window: sample, auto-map, invalid rows, upload, every batch, report."""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from shell_support import context, memory_keyring, wait_pool  # noqa: F401

from app.core.conversion.convert import RowStatus
from app.core.reading.sheet import read_sheet
from app.ui.launch import prepare_demo
from app.ui.main_window import MainWindow
from app.ui.models.batch_model import BatchModel
from app.ui.models.preview_model import PreviewModel
from app.ui.views.preview_step import PreviewStep
from app.ui.views.results_step import ResultsStep
from app.ui.views.upload_step import UploadStep

pytestmark = pytest.mark.gui


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


def to_preview(qtbot, window, sandbox) -> PreviewStep:
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    for _ in range(3):  # Destination, Mapping (auto-matched / the sample's mapping), Preview
        qtbot.waitUntil(lambda: window.current_step().is_complete(), timeout=20000)
        assert window.go_next()
    preview = window.current_step()
    assert isinstance(preview, PreviewStep)
    qtbot.waitUntil(preview.is_complete, timeout=20000)
    return preview


def test_sample_to_sandbox_through_the_window(qtbot, window, sandbox, tmp_path, monkeypatch):
    preview = to_preview(qtbot, window, sandbox)
    outcomes = window.state.conversion.outcomes
    ready = sum(o.status is RowStatus.VALID for o in outcomes)
    assert 0 < ready < len(outcomes)  # the sample has invalid rows, and they are shown
    assert window.next_button.text() == f"Up&load {ready} rows"
    qtbot.keyClick(preview, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert preview.proxy.rowCount() == len(outcomes) - ready

    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    upload = window.current_step()
    assert isinstance(upload, UploadStep)
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    assert window.back_button.isEnabled()
    qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
    assert not window.back_button.isEnabled()  # sending: no way back
    qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=60000)
    model = upload.model
    assert {model.data(model.index(r, BatchModel.STATUS)) for r in range(model.rowCount())} == {
        "Sent"
    }
    assert len(sandbox.hubspot_events()) == ready

    results = window.current_step()
    qtbot.waitUntil(lambda: results.results is not None, timeout=20000)
    problems = len(outcomes) - ready
    assert results.heading.text() == (
        f"{ready} of {len(outcomes)} rows are in HubSpot · {problems} need fixing"
    )
    report = tmp_path / "report.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(report), ""))
    )
    qtbot.mouseClick(results.save_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(report.exists, timeout=10000)
    lines = read_sheet(report)
    assert len(lines.rows) == len(outcomes)


def test_fix_failed_rows_opens_preview_filtered(qtbot, window, sandbox):
    preview = to_preview(qtbot, window, sandbox)
    state = window.state
    outcomes = list(state.conversion.outcomes)
    bad = [i for i, o in enumerate(outcomes) if o.status is RowStatus.VALID][:2]
    for i in bad:  # an option the template does not have: the API refuses these two
        tokens = {**outcomes[i].event["tokens"], "attendance": "nope"}
        outcomes[i] = dataclasses.replace(
            outcomes[i], event={**outcomes[i].event, "tokens": tokens}
        )
    state.conversion.outcomes[:] = outcomes
    window.go_next()
    upload = window.current_step()
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: upload._phase == "ended", timeout=60000)
    qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=20000)
    results = window.current_step()
    assert isinstance(results, ResultsStep)
    qtbot.waitUntil(lambda: results.results is not None, timeout=20000)
    groups = results.fix_groups
    refused = next(k for k, g in enumerate(groups.groups) if g.code is None)
    qtbot.mouseClick(groups.buttons[refused], Qt.MouseButton.LeftButton)
    assert window.current_step() is preview
    shown = [preview.proxy.outcome_index(r) for r in range(preview.proxy.rowCount())]
    assert shown == bad
    assert not preview.filter_note.isHidden()

    # A problem found before sending opens Preview filtered on that problem, chip and all.
    results.results = None
    window.go_to(window.steps.index(results))
    qtbot.waitUntil(lambda: results.results is not None, timeout=20000)
    found = next(k for k, g in enumerate(groups.groups) if g.code is not None)
    group = groups.groups[found]
    qtbot.mouseClick(groups.buttons[found], Qt.MouseButton.LeftButton)
    assert window.current_step() is preview
    shown = [preview.proxy.outcome_index(r) for r in range(preview.proxy.rowCount())]
    assert shown == list(group.indices)
    assert preview.chips[group.code].isChecked()


def test_closing_the_window_during_an_upload_asks(qtbot, window, sandbox, monkeypatch):
    sandbox.configure(latency_ms=200)
    to_preview(qtbot, window, sandbox)
    window.go_next()
    upload = window.current_step()
    upload.batch_size = 5
    upload.enter(window.state)  # plan again with small batches so the upload lasts
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: upload.session.running, timeout=5000)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    window.close()
    assert window.isVisible() and upload.session.running
    window.close()
    assert not window.isVisible()
    assert not upload.session.running
    ready = sum(o.status is RowStatus.VALID for o in window.state.conversion.outcomes)
    assert len(sandbox.hubspot_events()) < ready  # stopped: the rest waits for a resume


def test_every_row_bad_goes_back_to_mapping(qtbot, window, sandbox):
    preview = to_preview(qtbot, window, sandbox)
    assert window.go_to(window.steps.index(window.mapping_step))
    webinar = next(h for h in window.state.sheet.headers if "ebinar" in h)
    window.mapping_step.model.set_column("email", webinar)  # every email is now a webinar name
    qtbot.waitUntil(window.mapping_step.is_complete, timeout=5000)
    assert window.go_to(window.steps.index(preview))
    qtbot.waitUntil(lambda: not preview.mapping_button.isHidden(), timeout=20000)
    qtbot.mouseClick(preview.mapping_button, Qt.MouseButton.LeftButton)
    assert window.current_step() is window.mapping_step


def test_new_upload_of_the_same_file_sends_nothing_twice(qtbot, window, sandbox):
    to_preview(qtbot, window, sandbox)
    ready = sum(o.status is RowStatus.VALID for o in window.state.conversion.outcomes)
    window.go_next()
    upload = window.current_step()
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=60000)
    assert len(sandbox.hubspot_events()) == ready

    assert window.next_button.isEnabled() and window.next_button.text() == "&New upload"
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step() is window.file_step
    assert window.state.run_id is None and window.state.conversion is None
    for _ in range(3):  # the same file, account and mapping: straight through to Preview
        qtbot.waitUntil(lambda: window.current_step().is_complete(), timeout=20000)
        assert window.go_next()
    preview = window.current_step()
    assert isinstance(preview, PreviewStep)
    qtbot.waitUntil(preview.is_complete, timeout=20000)
    window.go_next()
    upload = window.current_step()
    qtbot.waitUntil(lambda: upload._phase in ("ready", "ended"), timeout=20000)
    if upload._phase == "ready":
        qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=60000)
    assert len(sandbox.hubspot_events()) == ready  # nothing went a second time
    assert set(sandbox.event_counts()["hubspot"].values()) == {1}


def test_an_upload_ending_while_the_user_works_elsewhere_alerts_them(
    qtbot, window, sandbox, monkeypatch
):
    from PySide6.QtWidgets import QApplication, QLineEdit, QSystemTrayIcon

    from app.ui import notify

    alerts, messages = [], []
    monkeypatch.setattr(QApplication, "alert", staticmethod(lambda w, ms=0: alerts.append(w)))
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(
        notify.EndNotifier,
        "show_message",
        lambda self, title, message, problem: messages.append((title, message, problem)),
    )
    to_preview(qtbot, window, sandbox)
    ready = sum(o.status is RowStatus.VALID for o in window.state.conversion.outcomes)
    window.go_next()
    upload = window.current_step()
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
    elsewhere = QLineEdit()  # the user's other window
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=5000)
    qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=60000)
    assert alerts == [window]
    results = window.current_step()
    qtbot.waitUntil(lambda: results.results is not None, timeout=20000)
    total = len(window.state.conversion.outcomes)
    assert ready < total  # the sample has rows with problems: the notice must not say "All"
    notice = f"{ready} of {total} rows are in HubSpot · {total - ready} need fixing"
    assert messages == [("Event Loader", notice, False)]
    assert results.heading.text() == notice  # the notice and the page say the same
    assert window.focusWidget() is results.heading  # where the user lands on coming back


def test_bad_cells_follow_a_switch_to_dark_while_the_window_is_open(qtbot, window, sandbox):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    preview = to_preview(qtbot, window, sandbox)
    model = preview.model

    def bad_cell_colour():
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                brush = model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
                if brush is not None:
                    return brush.color()
        raise AssertionError("no bad cell in the sample")

    light = bad_cell_colour()
    original = QApplication.palette()
    dark = QPalette(original)
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
    ):
        dark.setColor(role, QColor(colour))
    try:
        QApplication.setPalette(dark)
        qtbot.waitUntil(lambda: bad_cell_colour() != light, timeout=2000)
        assert bad_cell_colour().lightness() < 128  # a dark tint under light text
    finally:
        QApplication.setPalette(original)


def test_enter_sends_the_test_batch_then_the_rest(qtbot, window, sandbox):
    to_preview(qtbot, window, sandbox)
    window.activateWindow()
    window.go_next()
    upload = window.current_step()
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    assert window.focusWidget() is upload.test_button  # where the eye and Enter expect it
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: upload._phase == "test_done", timeout=60000)
    assert window.focusWidget() is upload.continue_button
    # Read-only batch table focused: Enter still sends the rest, the step's default button.
    upload.table.setFocus()
    qtbot.keyClick(upload.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=60000)


def click_step(qtbot, window, index: int) -> None:
    """Click step ``index`` (0-based) in the step list on the left, as a user does."""
    item = window.step_list.item(index)
    rect = window.step_list.visualItemRect(item)
    qtbot.mouseClick(window.step_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_status_line_follows_the_upload_not_ready_to_send(qtbot, window, sandbox):
    sandbox.configure(latency_ms=300)
    to_preview(qtbot, window, sandbox)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    upload = window.current_step()
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    assert window.status_label.text() == "Ready to send"
    qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
    while_sending = window.status_label.text()
    assert upload.session.running
    # Checked once the upload is over, so that a failure never leaves it running.
    qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=60000)
    assert while_sending == "Sending…"


def test_step_5_after_a_finished_upload_keeps_its_results(qtbot, window, sandbox):
    to_preview(qtbot, window, sandbox)
    ready = sum(o.status is RowStatus.VALID for o in window.state.conversion.outcomes)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    upload = window.current_step()
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=60000)
    results = window.current_step()
    qtbot.waitUntil(lambda: results.results is not None, timeout=20000)
    total = len(window.state.conversion.outcomes)
    done = f"{ready} of {total} rows are in HubSpot · {total - ready} need fixing"
    assert results.heading.text() == done
    run = window.state.run_id

    click_step(qtbot, window, 4)  # "5. Upload": look at the batches again
    assert window.current_step() is upload
    assert upload.heading.text() == "Done"
    assert window.state.run_id == run  # not planned again
    results.results = None
    click_step(qtbot, window, 5)
    qtbot.waitUntil(lambda: results.results is not None, timeout=20000)
    assert results.heading.text() == done  # not "Nothing new to add…"
    assert window.state.run_id == run


def test_the_demo_has_both_accounts_and_saves_neither(qtbot, window, sandbox):
    from app.core import secrets

    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    qtbot.waitUntil(window.file_step.is_complete, timeout=20000)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    destination = window.destination_step
    assert window.current_step() is destination
    radio = destination.radios["pipeless"]
    assert radio.isVisible() and radio.isEnabled(), (radio.isVisible(), radio.isEnabled())
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert destination.destination() == "pipeless"
    account = destination.current_account()
    assert account is not None and account.demo and account.base_url == sandbox.base_url
    assert account.app_id == int(sandbox.credentials["pipeless_app_id"])
    assert "Demo sandbox" in destination.account_combo.currentText()
    qtbot.waitUntil(destination.is_complete, timeout=5000)
    assert window.next_button.isEnabled()
    assert secrets.list_accounts() == []  # nothing of the demo reaches the keychain


def test_a_row_fixed_in_preview_after_the_upload_is_sent_next(qtbot, window, sandbox):
    """Results › Fix in Preview, F2 on the bad cell: Upload plans that row (it showed the
    finished upload again, with nothing left to press), and what went is not sent twice."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    preview = to_preview(qtbot, window, sandbox)
    state = window.state
    ready = sum(o.status is RowStatus.VALID for o in state.conversion.outcomes)
    window.go_next()
    upload = window.current_step()
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=60000)
    results = window.current_step()
    qtbot.waitUntil(lambda: results.results is not None, timeout=20000)
    assert len(sandbox.hubspot_events()) == ready

    groups = results.fix_groups
    found = next(k for k, g in enumerate(groups.groups) if g.code is not None)
    qtbot.mouseClick(groups.buttons[found], Qt.MouseButton.LeftButton)
    assert window.current_step() is preview
    index = preview.proxy.outcome_index(0)
    problem = next(p for p in state.conversion.outcomes[index].problems if p.column)
    column = PreviewModel.FIRST_FIELD_COLUMN + preview.model.targets.index(problem.target)
    assert problem.code == "email_invalid"  # the sample's "paul.martinez@@quadra-…"
    good = preview.editor.source_text(index, problem.column).replace("@@", "@")
    assert preview.select_outcome(index, column)
    preview.table.setFocus()
    qtbot.keyClick(preview.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, good)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(state.cell_edits))
    assert state.conversion.outcomes[index].status is RowStatus.VALID

    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step() is upload
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=60000)
    qtbot.waitUntil(lambda: results.results is not None, timeout=20000)
    assert len(sandbox.hubspot_events()) == ready + 1  # the fixed row, and only it
