"""The File step's start page: drop zone, Open, Try with sample data, recent files, accounts."""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import dataclasses
import time

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication
from shell_support import LIKES, WEBINAR, context, english, memory_keyring, sample, wait_pool  # noqa: F401

from app.core.settings import mapping_key, remember_mapping
from app.core.upload.history import HistoryEntry, HistoryState
from app.ui.state import Account, WizardState
from app.ui.views.file_step import FileStep
from app.ui.views.start_page import LastUse, last_uses

pytestmark = [
    pytest.mark.gui,
    pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning"),
]


@pytest.fixture
def step(qtbot, context, wait_pool):
    page = FileStep(context)
    qtbot.addWidget(page)
    page.enter(WizardState())
    page.resize(900, 600)
    page.show()
    yield page
    page.shutdown()


def mime_of(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drag_enter(widget, mime: QMimeData) -> QDragEnterEvent:
    event = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event


def drop(widget, mime: QMimeData) -> QDropEvent:
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event


def test_a_spreadsheet_dropped_on_the_zone_opens(qtbot, step):
    zone = step.drop_area
    assert zone.acceptDrops() and zone.isVisible()
    mime = mime_of(sample(WEBINAR))
    assert drag_enter(zone, mime).isAccepted()
    assert zone.backgroundRole() == QPalette.ColorRole.AlternateBase  # the zone says "drop here"
    with qtbot.waitSignal(step.file_loaded, timeout=20000):
        assert drop(zone, mime).isAccepted()
    assert zone.backgroundRole() == QPalette.ColorRole.Window
    assert step.state.file_path == sample(WEBINAR)
    assert step.pages.currentIndex() == 1  # the start page gave way to the file


def test_something_else_dragged_on_the_zone_is_refused(qtbot, step, tmp_path):
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.4")
    zone = step.drop_area
    mime = mime_of(notes)
    assert not drag_enter(zone, mime).isAccepted()
    assert not drop(zone, mime).isAccepted()
    leave = QDragLeaveEvent()
    QApplication.sendEvent(zone, leave)
    assert step.state.file_path is None and step.pages.currentIndex() == 0


def test_open_a_spreadsheet_asks_for_a_file(qtbot, step):
    with qtbot.waitSignal(step.choose_requested, timeout=2000):
        qtbot.mouseClick(step.drop_area.choose_button, Qt.MouseButton.LeftButton)


def entry(path, destination="hubspot-timeline", details="Webinar attended · Marketing", ended=0.0):
    return HistoryEntry(
        run_id=1,
        started=ended,
        ended=ended,
        file_path=str(path),
        destination=destination,
        local=False,
        label=f"{path.name} · {details}",  # as an upload stores it: file · template · account
        state=HistoryState.FINISHED,
        sent=1,
        already_there=0,
        failed=0,
        invalid=0,
        excluded=0,
        left=0,
    )


def test_where_each_recent_file_went_last(context, tmp_path):
    uploaded, mapped, unknown = (tmp_path / n for n in ("a.xlsx", "b.csv", "c.csv"))
    history = [
        entry(uploaded, "pipeless", ended=200.0),  # newest first: this one wins
        entry(uploaded, "hubspot-timeline", ended=100.0),
    ]
    key = mapping_key(["Email", "Course"], "hubspot-events", "pe1_webinar")
    remember_mapping(
        context.settings, key, {"destination": "hubspot-events"}, mapped.name, "2026-12-01T10:00"
    )
    recent = [str(uploaded), str(mapped), str(unknown)]
    uses = last_uses(recent, history, context.settings)
    assert uses == {
        str(uploaded): LastUse("Pipeless", "Webinar attended · Marketing", 200.0),
        str(mapped): LastUse("HubSpot custom events", uploaded=False),
    }


def test_recent_files_show_where_they_went_and_open(qtbot, step, english):
    path = sample(LIKES)
    key = mapping_key(["a"], "pipeless", 77)
    remember_mapping(step.context.settings, key, {"destination": "pipeless"}, path.name, "2026")
    step.context.settings.recent_files = [str(path)]
    step.enter(step.state)
    page = step.start_page
    qtbot.waitUntil(lambda: str(path) in page.uses, timeout=10000)
    item = step.recent_list.item(0)
    assert item.text() == f"{LIKES}\nMapped for Pipeless"
    assert step.recent_list.isVisible() and step.recent_label.isVisible()
    with qtbot.waitSignal(step.file_loaded, timeout=20000):
        step.recent_list.itemActivated.emit(item)
    assert step.state.file_path == path


def test_an_upload_names_destination_template_account_and_date(step, english):
    use = LastUse("HubSpot", "Webinar attended · Marketing", time.time())
    text = step.start_page.use_text(use)
    assert text.startswith("Sent to HubSpot · Webinar attended · Marketing on ")


def test_an_upload_stopped_or_cut_short_does_not_read_sent(step, context, tmp_path, english):
    """A window killed at 10,000 of 100,000 rows listed the file as "Sent to HubSpot"."""
    path = tmp_path / "a.xlsx"
    cut_short = entry(path, ended=300.0)
    cut_short = dataclasses.replace(
        cut_short, state=HistoryState.UNFINISHED, sent=10_000, left=90_000
    )
    use = last_uses([str(path)], [cut_short], context.settings)[str(path)]
    assert not use.finished
    text = step.start_page.use_text(use)
    assert text.startswith("Not all sent to HubSpot · Webinar attended · Marketing on ")
    done = last_uses([str(path)], [entry(path, ended=400.0)], context.settings)[str(path)]
    assert step.start_page.use_text(done).startswith("Sent to HubSpot")


def test_no_recent_file_hides_the_list(step):
    step.context.settings.recent_files = []
    step.enter(step.state)
    assert not step.recent_list.isVisible()
    assert not step.recent_label.isVisible()


def test_the_accounts_set_up_are_listed(qtbot, step, memory_keyring, english):
    label = step.start_page.accounts_label
    qtbot.waitUntil(lambda: label.text() == "None yet. You add one in the next step, Destination.")
    store = step.context.accounts
    store.add_demo(
        Account("hubspot-timeline", 123456, "Demo sandbox", "http://127.0.0.1:1", {"a": "x"})
    )
    saved = Account("pipeless", 77, "Marketing app", "https://api.pipeless.io", {"api_key": "k1"})
    assert store.save(saved)
    step.enter(step.state)
    qtbot.waitUntil(
        lambda: label.text().splitlines() == ["HubSpot: Demo sandbox", "Pipeless: Marketing app"]
    )
    assert "k1" not in label.text()


def test_try_with_sample_data_opens_the_sample_on_the_sandbox(qtbot, context, wait_pool):
    from app.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    step = window.file_step
    assert step.drop_area.sample_button.isVisible()
    try:
        with qtbot.waitSignal(step.file_loaded, timeout=20000):
            qtbot.mouseClick(step.drop_area.sample_button, Qt.MouseButton.LeftButton)
        sandbox = window.demo_sandbox
        assert window.state.file_path == sample(WEBINAR)
        assert window.state.mapping is not None  # the sample's mapping comes with it
        assert window.state.account.base_url == sandbox.base_url
        assert context.demo and window.state.demo
        assert window.windowTitle().startswith(f"{WEBINAR} — Demo")
        # A second try uses the same sandbox.
        window.file_step.pages.setCurrentIndex(0)
        qtbot.mouseClick(step.drop_area.sample_button, Qt.MouseButton.LeftButton)
        assert window.demo_sandbox is sandbox
        qtbot.waitUntil(lambda: not step.loading, timeout=20000)
    finally:
        window.file_step.shutdown()
        window.demo_sandbox.stop()
