"""The Upload step against a real sandbox over HTTP: every batch, stop, resume, 429s, bad token."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from run_steps_support import memory_keyring, sample_state  # noqa: F401

from app.core.conversion.convert import RowStatus
from app.core.upload.engine import BatchState
from app.ui.models.batch_model import BatchModel
from app.ui.upload_session import Ending, tickets_dir
from app.ui.views.upload_step import UploadStep

pytestmark = pytest.mark.gui


@pytest.fixture
def make_step(qtbot, memory_keyring):  # noqa: F811
    steps: list[UploadStep] = []

    def make(**kwargs) -> UploadStep:
        step = UploadStep(**kwargs)
        qtbot.addWidget(step)
        step.show()
        steps.append(step)
        return step

    yield make
    for step in steps:
        assert step.shutdown(20.0), "an upload worker did not stop"


def planned(qtbot, step: UploadStep) -> None:
    qtbot.waitUntil(lambda: step._phase in ("ready", "ended", "idle"), timeout=15000)
    assert step._phase != "idle", step.banner_message()


def ended(qtbot, step: UploadStep, timeout: int = 60000) -> None:
    qtbot.waitUntil(lambda: step._phase in ("ended", "test_done"), timeout=timeout)


def statuses(step: UploadStep) -> list[str]:
    model = step.model
    return [model.data(model.index(r, BatchModel.STATUS)) for r in range(model.rowCount())]


def valid_count(state) -> int:
    return sum(1 for o in state.conversion.outcomes if o.status is RowStatus.VALID)


def test_upload_the_sample_every_batch_sent(qtbot, make_step, sandbox, tmp_path):
    state = sample_state(sandbox, tmp_path=tmp_path)
    step = make_step(batch_size=10)
    step.show()
    step.enter(state)
    planned(qtbot, step)
    expected = valid_count(state)
    assert step.model.rowCount() == -(-expected // 10)
    assert set(statuses(step)) == {"Waiting"}
    assert step.all_button.isEnabled() and step.test_button.isVisible()
    assert step.allows_back()
    with qtbot.waitSignal(step.advance_requested, timeout=60000):
        qtbot.mouseClick(step.all_button, qtbot_button())
    assert step.outcome.ending is Ending.COMPLETE
    assert set(statuses(step)) == {"Sent"}
    assert step.is_complete() and not step.allows_back()
    assert step.progress.rows_done == expected
    assert step.progress_bar.value() == 1000
    ids = {e.get("id") for e in sandbox.hubspot_events()}
    assert len(sandbox.hubspot_events()) == expected == len(ids)
    assert not (tickets_dir() / f"{state.run_id}.json").exists()


def test_test_batch_first_then_the_rest(qtbot, make_step, sandbox, tmp_path):
    state = sample_state(sandbox, tmp_path=tmp_path)
    step = make_step(batch_size=20)
    step.enter(state)
    planned(qtbot, step)
    planned_batches = step.model.rowCount()
    qtbot.mouseClick(step.test_button, qtbot_button())
    ended(qtbot, step)
    assert step._phase == "test_done"
    assert len(sandbox.hubspot_events()) == 5  # a handful of real events, not a full batch
    assert step.model.rowCount() == planned_batches + 1  # the first batch was cut in two
    assert statuses(step)[0] == "Sent" and statuses(step)[1] == "Waiting"
    assert "check one of them" in step.banner_message().lower()
    assert step.continue_button.isVisible()
    with qtbot.waitSignal(step.advance_requested, timeout=60000):
        qtbot.mouseClick(step.continue_button, qtbot_button())
    assert len(sandbox.hubspot_events()) == valid_count(state)
    assert set(sandbox.event_counts()["hubspot"].values()) == {1}  # each row exactly once
    assert set(statuses(step)) == {"Sent"}


def test_one_batch_still_offers_a_small_test_and_says_so(qtbot, make_step, sandbox, tmp_path):
    state = sample_state(sandbox, tmp_path=tmp_path)
    step = make_step()  # HubSpot's 100 a batch: the sample's rows fit in two, its first 100 in one
    state.excluded_rows = set(range(60, len(state.conversion.outcomes)))
    step.enter(state)
    planned(qtbot, step)
    assert step.model.rowCount() == 1
    assert step.test_button.isVisible()
    assert "Send a test batch of 5 rows first" in step.intro.text()
    qtbot.mouseClick(step.test_button, qtbot_button())
    ended(qtbot, step)
    assert len(sandbox.hubspot_events()) == 5


def test_the_test_batch_size_is_a_setting_and_rows_go_once(qtbot, make_step, sandbox, tmp_path):
    from app.core.settings import Settings
    from app.core.upload.journal import Journal
    from app.ui.context import AppContext

    state = sample_state(sandbox, tmp_path=tmp_path)
    step = make_step(context=AppContext(settings=Settings(test_batch_rows=3)))
    step.enter(state)
    planned(qtbot, step)
    assert "test batch of 3 rows" in step.intro.text()
    qtbot.mouseClick(step.test_button, qtbot_button())
    ended(qtbot, step)
    assert len(sandbox.hubspot_events()) == 3
    assert step.model.data(step.model.index(0, BatchModel.ROWS)) == "2–4"
    with qtbot.waitSignal(step.advance_requested, timeout=60000):
        qtbot.mouseClick(step.continue_button, qtbot_button())
    expected = valid_count(state)
    assert len(sandbox.hubspot_events()) == expected
    assert set(sandbox.event_counts()["hubspot"].values()) == {1}
    journal = Journal.open_in(None)
    try:
        assert journal.counts(int(state.run_id)).get("sent") == expected
    finally:
        journal.close()


def test_speed_and_times_show_only_while_rows_go(qtbot, make_step, sandbox_factory, tmp_path):
    sb = sandbox_factory(latency_ms=700, rate_limit_per_10s=None)
    state = sample_state(sb, tmp_path=tmp_path)
    step = make_step(batch_size=10, concurrency=1)
    step.enter(state)
    planned(qtbot, step)
    qtbot.mouseClick(step.test_button, qtbot_button())
    qtbot.waitUntil(lambda: "Sending" in statuses(step), timeout=10000)
    sending = statuses(step).index("Sending")
    assert step.model.data(step.model.index(sending, BatchModel.TIME)) == ""  # not "0.0 s"
    ended(qtbot, step)
    assert step.model.data(step.model.index(0, BatchModel.TIME)).endswith("s")  # its real time
    # Waiting for the user to check the test batch: counts, but no speed.
    assert "rows/s" not in step.progress_bar.format()
    assert "5 of" in step.progress_bar.format()
    qtbot.mouseClick(step.continue_button, qtbot_button())
    qtbot.waitUntil(lambda: "rows/s" in step.progress_bar.format(), timeout=20000)
    qtbot.mouseClick(step.pause_button, qtbot_button())
    assert "rows/s" not in step.progress_bar.format()  # paused: no speed either
    with qtbot.waitSignal(step.advance_requested, timeout=60000):
        qtbot.mouseClick(step.pause_button, qtbot_button())


def test_stop_mid_upload_then_resume_in_a_new_step(
    qtbot, make_step, sandbox_factory, tmp_path, monkeypatch
):
    sb = sandbox_factory(latency_ms=150, rate_limit_per_10s=None)
    state = sample_state(sb, tmp_path=tmp_path)
    state.demo = False  # demo uploads leave no resume ticket
    step = make_step(batch_size=5, concurrency=1)
    step.enter(state)
    planned(qtbot, step)
    qtbot.mouseClick(step.all_button, qtbot_button())
    qtbot.waitUntil(lambda: "Sent" in statuses(step), timeout=20000)
    asked: list[str] = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    qtbot.mouseClick(step.stop_button, qtbot_button())
    ended(qtbot, step)
    assert step.outcome.ending is Ending.STOPPED
    assert asked == []  # few rows left (< 500): no confirmation
    sent_before = len(sb.hubspot_events())
    expected = valid_count(state)
    assert 0 < sent_before < expected
    assert "Not sent (stopped)" in statuses(step) or "Waiting" in statuses(step)
    assert "were not sent" in step.banner_message()
    assert (tickets_dir() / f"{state.run_id}.json").exists()

    # Restart: a new step on the same journal picks up the run and sends only the rest.
    fresh = sample_state(sb, tmp_path=None)
    fresh.file_path = state.file_path
    fresh.sheet = state.sheet
    fresh.conversion = state.conversion
    again = make_step(batch_size=5, concurrency=2)
    again.enter(fresh)
    planned(qtbot, again)
    assert "already went" in again.banner_message()
    assert again.progress.total_rows == expected - sent_before
    with qtbot.waitSignal(again.advance_requested, timeout=60000):
        qtbot.mouseClick(again.all_button, qtbot_button())
    events = sb.hubspot_events()
    assert len(events) == expected
    assert len({e.get("id") for e in events}) == expected


def test_a_429_storm_is_shown_as_waiting_not_failing(qtbot, make_step, sandbox_factory, tmp_path):
    sb = sandbox_factory(
        burst_429_every=2, burst_429_length=2, retry_after=1.0, rate_limit_per_10s=None
    )
    state = sample_state(sb, tmp_path=tmp_path)
    step = make_step(batch_size=20, concurrency=2)
    step.enter(state)
    planned(qtbot, step)
    seen: list[str] = []
    banners: list[str] = []

    def watch(results):
        # A busy machine may flush a batch's wait and its next attempt together: the table then
        # shows the later state, so only a batch whose latest news is the wait is looked at.
        latest = {r.batch_no: r for r in results}
        for r in latest.values():
            if r.state is BatchState.RETRYING:
                row = step.model.row_of_batch(r.batch_no)
                seen.append(step.model.data(step.model.index(row, BatchModel.STATUS)))
        if step.banner_message():
            banners.append(step.banner_message())

    step.session.batches_flushed.connect(watch)
    qtbot.mouseClick(step.all_button, qtbot_button())
    ended(qtbot, step, timeout=90000)
    assert step.outcome.ending is Ending.COMPLETE
    assert any(s.startswith("Retry in") or s == "Waiting to retry" for s in seen), seen
    assert any("slow down" in b and "nothing is lost" in b for b in banners), banners
    assert "Failed" not in statuses(step)
    assert len(sb.hubspot_events()) == valid_count(state)


def test_a_wrong_token_is_one_clear_message(qtbot, make_step, sandbox, tmp_path):
    state = sample_state(sandbox, tmp_path=tmp_path, token="not-a-real-token")
    step = make_step(batch_size=10)
    step.enter(state)
    planned(qtbot, step)
    qtbot.mouseClick(step.all_button, qtbot_button())
    ended(qtbot, step)
    assert step.outcome.ending is Ending.STOPPED_BY_API
    message = step.banner_message()
    assert "refused this access token" in message and "Paste a fresh one" in message
    assert "Traceback" not in message and "not-a-real-token" not in message
    assert "Failed" not in statuses(step)
    assert sandbox.hubspot_events() == []


def test_closing_during_an_upload_asks_first(
    qtbot, make_step, sandbox_factory, tmp_path, monkeypatch
):
    sb = sandbox_factory(latency_ms=200, rate_limit_per_10s=None)
    state = sample_state(sb, tmp_path=tmp_path)
    step = make_step(batch_size=5, concurrency=1)
    step.enter(state)
    planned(qtbot, step)
    qtbot.mouseClick(step.all_button, qtbot_button())
    qtbot.waitUntil(lambda: step.session.running, timeout=5000)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    assert step.can_close() is False
    assert step.session.running
    assert step.can_close() is True
    assert not step.session.running


def test_pause_holds_and_resume_goes_on(qtbot, make_step, sandbox_factory, tmp_path):
    sb = sandbox_factory(latency_ms=100, rate_limit_per_10s=None)
    state = sample_state(sb, tmp_path=tmp_path)
    step = make_step(batch_size=5, concurrency=1)
    step.enter(state)
    planned(qtbot, step)
    qtbot.mouseClick(step.all_button, qtbot_button())
    qtbot.waitUntil(lambda: "Sent" in statuses(step), timeout=20000)
    qtbot.mouseClick(step.pause_button, qtbot_button())
    assert step.pause_button.text() == "&Resume"
    qtbot.wait(600)  # in-flight batch finishes, then it holds
    held = len(sb.hubspot_events())
    qtbot.wait(600)
    assert len(sb.hubspot_events()) == held
    with qtbot.waitSignal(step.advance_requested, timeout=60000):
        qtbot.mouseClick(step.pause_button, qtbot_button())
    assert len(sb.hubspot_events()) == valid_count(state)


def test_pause_heading_says_it_holds_once_batches_in_flight_are_done(
    qtbot, make_step, sandbox_factory, tmp_path
):
    sb = sandbox_factory(latency_ms=300, rate_limit_per_10s=None)
    state = sample_state(sb, tmp_path=tmp_path)
    step = make_step(batch_size=5, concurrency=2)
    step.enter(state)
    planned(qtbot, step)
    qtbot.mouseClick(step.all_button, qtbot_button())
    qtbot.waitUntil(lambda: "Sending" in statuses(step), timeout=20000)
    qtbot.mouseClick(step.pause_button, qtbot_button())
    assert "already on their way" in step.heading.text()  # a batch is still out
    qtbot.waitUntil(
        lambda: "Sending" not in statuses(step) and "Sent" in statuses(step), timeout=20000
    )
    # Nothing goes out any more: the heading must not say batches are still finishing.
    qtbot.waitUntil(lambda: "already on their way" not in step.heading.text(), timeout=5000)
    assert step.heading.text() == "Paused: nothing is being sent. Resume to send the rest."
    held = len(sb.hubspot_events())
    with qtbot.waitSignal(step.advance_requested, timeout=60000):
        qtbot.mouseClick(step.pause_button, qtbot_button())
    assert held < len(sb.hubspot_events()) == valid_count(state)


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_offer_resume_at_start_rebuilds_the_upload(
    qtbot, make_step, sandbox_factory, tmp_path, monkeypatch
):
    from app.core.secrets import account_key, save_account
    from app.ui import resume
    from app.ui.state import WizardState

    sb = sandbox_factory(latency_ms=100, rate_limit_per_10s=None)
    state = sample_state(sb, tmp_path=tmp_path)
    state.demo = False  # demo runs are not offered: their sandbox is gone after a restart
    save_account(account_key("hubspot-timeline", state.account.app_id), dict(sb.credentials))
    step = make_step(batch_size=5, concurrency=1)
    step.enter(state)
    planned(qtbot, step)
    qtbot.mouseClick(step.all_button, qtbot_button())
    qtbot.waitUntil(lambda: len(sb.hubspot_events()) >= 10, timeout=20000)
    step.shutdown(20.0)  # as if the window went away mid-upload
    sent_before = len(sb.hubspot_events())
    expected = valid_count(state)
    assert sent_before < expected

    offer = resume.find_offer()
    assert offer is not None and offer.run_id == int(state.run_id)
    assert offer.left == expected - sent_before
    assert offer.stopped_at_batch is not None and offer.stopped_at_batch > 1
    asked: list[int] = []
    monkeypatch.setattr(resume, "ask_resume", lambda parent, o: asked.append(o.run_id) or "resume")
    fresh = WizardState()
    assert resume.offer_resume(None, fresh) is True
    assert asked == [offer.run_id]
    assert fresh.mapping is not None and fresh.conversion is not None
    assert fresh.account.secrets  # from the (in-memory) keychain, never from the ticket
    again = make_step(batch_size=5, concurrency=2)
    again.enter(fresh)
    planned(qtbot, again)
    assert "already went" in again.banner_message()
    with qtbot.waitSignal(again.advance_requested, timeout=60000):
        qtbot.mouseClick(again.all_button, qtbot_button())
    events = sb.hubspot_events()
    assert len(events) == expected == len({e.get("id") for e in events})
    assert resume.find_offer() is None  # finished: not offered again


def test_declined_offer_can_be_discarded(qtbot, make_step, sandbox_factory, tmp_path, monkeypatch):
    from app.ui import resume
    from app.ui.state import WizardState

    sb = sandbox_factory(latency_ms=100, rate_limit_per_10s=None)
    state = sample_state(sb, tmp_path=tmp_path)
    state.demo = False
    step = make_step(batch_size=5, concurrency=1)
    step.enter(state)
    planned(qtbot, step)
    qtbot.mouseClick(step.all_button, qtbot_button())
    qtbot.waitUntil(lambda: len(sb.hubspot_events()) >= 5, timeout=20000)
    step.shutdown(20.0)
    monkeypatch.setattr(resume, "ask_resume", lambda parent, o: resume.DISCARD)
    assert resume.offer_resume(None, WizardState()) is False
    assert resume.find_offer() is None


def test_stop_here_after_the_test_batch(qtbot, make_step, sandbox, tmp_path):
    state = sample_state(sandbox, tmp_path=tmp_path)
    step = make_step(batch_size=50)
    step.enter(state)
    planned(qtbot, step)
    qtbot.mouseClick(step.test_button, qtbot_button())
    ended(qtbot, step)
    assert step.stop_button.text() == "&Stop here"
    qtbot.mouseClick(step.stop_button, qtbot_button())
    assert step.outcome.ending is Ending.STOPPED and step.is_complete()
    assert step.heading.text() == "Stopped"
    assert "5 rows went to HubSpot" in step.banner_message()
    assert len(sandbox.hubspot_events()) == 5
    # Nothing is left "Waiting", and the test-batch instructions are gone.
    assert statuses(step)[0] == "Sent"
    assert set(statuses(step)[1:]) == {"Not sent (stopped)"}
    assert "then continue" not in step.intro.text()


def test_pipeless_sample_goes_in_batches_of_ten(qtbot, make_step, sandbox, tmp_path):
    from app.core.conversion.convert import convert_rows
    from app.core.conversion.mapping import PIPELESS, load_mapping
    from app.core.reading.sheet import read_sheet
    from app.paths import samples_dir
    from app.ui.state import Account, WizardState

    path = tmp_path / "post-likes.csv"
    path.write_bytes((samples_dir() / "post-likes.csv").read_bytes())
    sheet = read_sheet(path)
    mapping = load_mapping(samples_dir() / "post-likes.mapping.json")
    state = WizardState(
        file_path=path,
        sheet=sheet,
        mapping=mapping,
        account=Account(
            destination=PIPELESS,
            app_id=int(sandbox.credentials["pipeless_app_id"]),
            label="Sandbox",
            base_url=sandbox.base_url,
            secrets=dict(sandbox.credentials),
            verified=True,
        ),
    )
    state.conversion = convert_rows(sheet, mapping)
    step = make_step()
    step.enter(state)
    planned(qtbot, step)
    expected = valid_count(state)
    assert step.model.rowCount() == -(-expected // 10)
    assert "Pipeless" in step.intro.text()
    with qtbot.waitSignal(step.advance_requested, timeout=60000):
        qtbot.mouseClick(step.all_button, qtbot_button())
    assert set(statuses(step)) == {"Sent"}
    assert step.progress.rows_done == expected
    assert len(sandbox.pipeless_events()) > 0


def test_rows_excluded_after_planning_are_left_out(qtbot, make_step, sandbox, tmp_path):
    state = sample_state(sandbox, tmp_path=tmp_path)
    step = make_step(batch_size=50)
    step.enter(state)
    planned(qtbot, step)
    total = step.progress.total_rows
    step.enter(state)  # back and forth without changes keeps the plan
    assert step._phase == "ready" and step.progress.total_rows == total
    first_valid = next(o.index for o in state.conversion.outcomes if o.status is RowStatus.VALID)
    state.excluded_rows.add(first_valid)  # as Preview's Exclude row does
    step.enter(state)
    planned(qtbot, step)
    assert step.progress.total_rows == total - 1
    with qtbot.waitSignal(step.advance_requested, timeout=60000):
        qtbot.mouseClick(step.all_button, qtbot_button())
    sent_ids = {e["id"] for e in sandbox.hubspot_events()}
    assert state.conversion.outcomes[first_valid].event_id not in sent_ids
    assert len(sent_ids) == total - 1


def test_nothing_to_upload_says_what_is_missing(qtbot, make_step):
    from app.ui.state import WizardState

    step = make_step()
    step.enter(WizardState())
    qtbot.waitUntil(lambda: step._phase == "idle" and bool(step.banner_message()), timeout=5000)
    message = step.banner_message()
    assert message.startswith("Nothing to upload yet") and "ValueError" not in message
    assert not step.all_button.isEnabled()


def test_a_refused_upload_alerts_a_user_working_elsewhere(
    qtbot, make_step, sandbox, tmp_path, monkeypatch
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
    state = sample_state(sandbox, tmp_path=tmp_path, token="not-a-real-token")
    step = make_step(batch_size=10)
    step.enter(state)
    planned(qtbot, step)
    qtbot.mouseClick(step.all_button, qtbot_button())
    elsewhere = QLineEdit()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(lambda: not step.isActiveWindow(), timeout=5000)
    ended(qtbot, step)
    assert alerts == [step]
    [(title, message, problem)] = messages
    assert title == "HubSpot stopped the upload" and "Paste a fresh one" in message and problem
    # The message says to paste a fresh token in Destination: the way back is open.
    assert step.allows_back()


def test_an_upload_ending_in_the_active_window_alerts_nobody(
    qtbot, make_step, sandbox, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QApplication

    alerts = []
    monkeypatch.setattr(QApplication, "alert", staticmethod(lambda w, ms=0: alerts.append(w)))
    state = sample_state(sandbox, tmp_path=tmp_path)
    step = make_step()
    step.enter(state)
    planned(qtbot, step)
    step.activateWindow()
    qtbot.waitUntil(step.isActiveWindow, timeout=5000)
    qtbot.mouseClick(step.all_button, qtbot_button())
    ended(qtbot, step)
    assert step.outcome.ending is Ending.COMPLETE
    assert alerts == []


def test_the_slow_down_note_counts_down_with_the_batch_table(qtbot, make_step, monkeypatch):
    from app.ui.controllers import upload_progress_shown

    now = [1000.0]
    monkeypatch.setattr(upload_progress_shown.time, "monotonic", lambda: now[0])
    step = make_step()
    step._phase = "running"
    step.controller.shown.rate_limited_until = now[0] + 8
    step.controller.shown.show_slow_down()
    assert "Resuming in 8 s" in step.banner_message()
    now[0] += 5
    step.controller.shown.on_tick()
    assert "Resuming in 3 s" in step.banner_message()
    now[0] += 5  # the wait is over: the note goes once the batches move again
    step.controller.shown.on_tick()
    assert step.banner_message() == ""


def test_progress_is_readable_without_an_announcement_per_tick(qtbot, make_step, monkeypatch):
    from app.ui.controllers import upload_progress_shown
    from app.ui.models.batch_model import UploadProgress

    now = [1000.0]
    monkeypatch.setattr(upload_progress_shown.time, "monotonic", lambda: now[0])
    step = make_step()
    step.progress = UploadProgress(200, 2)
    step.controller.shown.refresh()
    first = step.progress_bar.accessibleDescription()
    assert first == step.progress_bar.format() and "200 rows" in first
    changes = []
    for _ in range(10):  # ten ticks, one a second: the text the bar shows changes each time
        now[0] += 1
        step.progress.sent += 10
        step.controller.shown.refresh()
        changes.append(step.progress_bar.accessibleDescription())
    assert set(changes) == {first}  # described once, not announced on every tick
    assert "100 of 200 rows" in step.progress_bar.format()
    now[0] += upload_progress_shown.SPOKEN_EVERY_S
    step.controller.shown.refresh()
    assert step.progress_bar.accessibleDescription() == step.progress_bar.format()


def test_a_new_demo_sandbox_at_the_same_address_gets_every_row(
    qtbot, make_step, tmp_path, monkeypatch
):
    import socket

    from app.sandbox.server import SandboxServer
    from app.ui import upload_session

    with socket.socket() as probe:  # the demo's fixed address: a port free right now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    counts = []
    for run in ("first", "second"):  # the demo closed, then opened again at the same address
        monkeypatch.setattr(upload_session, "DEMO_SANDBOX_RUN", run, raising=False)
        with SandboxServer(port=port) as sb:
            state = sample_state(sb, tmp_path=tmp_path)
            state.account.demo = True
            step = make_step()
            step.enter(state)
            planned(qtbot, step)
            assert step._phase == "ready", step.heading.text()  # not "Nothing left to send"
            with qtbot.waitSignal(step.advance_requested, timeout=60000):
                qtbot.mouseClick(step.all_button, qtbot_button())
            counts.append(len(sb.hubspot_events()))
            assert step.shutdown(20.0)
    assert counts == [valid_count(state)] * 2


def test_the_panels_keep_the_names_the_window_and_screen_readers_find(qtbot, make_step):
    from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QTableView

    step = make_step()
    expected = {
        "uploadHeading": QLabel,
        "uploadBanner": QLabel,
        "sendTestBatchButton": QPushButton,
        "sendAllButton": QPushButton,
        "continueButton": QPushButton,
        "pauseButton": QPushButton,
        "stopButton": QPushButton,
        "uploadProgress": QProgressBar,
        "batchTable": QTableView,
    }
    for name, kind in expected.items():
        assert len(step.findChildren(kind, name)) == 1, name
    assert step.objectName() == "uploadStep"
    assert step.findChild(QTableView, "batchTable").model() is step.model


def test_the_buttons_follow_the_controllers_phase(qtbot, make_step, sandbox, tmp_path):
    state = sample_state(sandbox, tmp_path=tmp_path)
    step = make_step(batch_size=10)
    step.enter(state)
    planned(qtbot, step)
    assert step.test_button.isEnabled() and step.all_button.isEnabled()
    assert not step.pause_button.isEnabled() and not step.stop_button.isEnabled()
    qtbot.mouseClick(step.test_button, qtbot_button())
    ended(qtbot, step)
    assert step.controller.phase == "test_done"
    assert step.continue_button.isVisible() and step.test_button.isHidden()
    assert step.stop_button.isEnabled() and step.stop_button.text() == "&Stop here"
    qtbot.mouseClick(step.stop_button, qtbot_button())  # the rest stays resumable
    assert step.controller.phase == "ended" and step.outcome.ending is Ending.STOPPED
    assert not step.stop_button.isEnabled() and step.continue_button.isHidden()
    assert "were not sent" in step.banner_message()
