"""The Results step after real uploads to the sandbox: counts, files, one cause, retry, fix."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from run_steps_support import memory_keyring, sample_state  # noqa: F401

from app.core.conversion.convert import ConversionResult, RowStatus
from app.core.reading.sheet import read_sheet
from app.core.upload.retries import RetryPolicy
from app.ui.views.results_step import ResultsStep
from app.ui.views.upload_step import UploadStep

pytestmark = pytest.mark.gui

FAST_RETRY = RetryPolicy(max_attempts=2, initial=0.01, maximum=0.02, jitter=0.0)


@pytest.fixture
def steps(qtbot, memory_keyring):  # noqa: F811
    upload = UploadStep(batch_size=25, retry=FAST_RETRY)
    results = ResultsStep(retry=FAST_RETRY)
    for widget in (upload, results):
        qtbot.addWidget(widget)
        widget.show()
    yield upload, results
    assert upload.shutdown(20.0)
    assert results.shutdown(20.0)


def upload_all(qtbot, upload: UploadStep, state) -> None:
    upload.enter(state)
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=15000)
    qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: upload._phase == "ended", timeout=60000)


def show_results(qtbot, results: ResultsStep, state) -> None:
    results.results = None
    results.enter(state)
    qtbot.waitUntil(lambda: results.results is not None, timeout=15000)


def count(results: ResultsStep, key: str) -> int:
    return results.counts.of(key)


def save_to(monkeypatch, path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_everything_went(qtbot, steps, sandbox, tmp_path, monkeypatch):
    upload, results = steps
    state = sample_state(sandbox, tmp_path=tmp_path)
    upload_all(qtbot, upload, state)
    show_results(qtbot, results, state)
    outcomes = state.conversion.outcomes
    valid = sum(o.status is RowStatus.VALID for o in outcomes)
    problems = len(outcomes) - valid
    assert results.heading.text() == (
        f"{valid} of {len(outcomes)} rows are in HubSpot · {problems} need fixing"
    )
    assert count(results, "sent") == valid
    assert count(results, "failed") == 0
    assert count(results, "invalid") == len(outcomes) - valid
    assert results.cause.isHidden()
    assert results.retry_button.isHidden()
    assert results.heading_icon.isVisible()  # the outcome at a glance: icon and words
    assert results.heading_icon.accessibleName() == "Warning"  # rows with problems to fix
    # The rows to fix are listed by problem, each with its rows and a way to Preview.
    groups = results.fix_groups.groups
    assert groups and all(g.code is not None for g in groups)
    assert {i for g in groups for i in g.indices} == {
        i for i, o in enumerate(outcomes) if o.status is not RowStatus.VALID
    }
    # The sample's invalid rows are rows to fix, although nothing failed.
    assert results.save_errors_button.isEnabled()
    assert "123456" in results.detail_labels["destination"].text()
    assert results.detail_labels["account"].text() == "Sandbox"

    report = tmp_path / "report.xlsx"
    save_to(monkeypatch, report)
    assert results.open_button.isHidden()  # nothing to open before a file is saved
    qtbot.mouseClick(results.save_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(report.exists, timeout=10000)
    qtbot.waitUntil(results.open_button.isEnabled, timeout=5000)
    assert results.open_button.isVisible()
    sheet = read_sheet(report)
    assert len(sheet.rows) == len(outcomes)
    status = sheet.headers.index("Status")
    assert sum(r[status] == "sent" for r in sheet.rows) == valid

    success = tmp_path / "added.csv"
    save_to(monkeypatch, success)
    qtbot.mouseClick(results.save_success_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(success.exists, timeout=10000)
    added = read_sheet(success)
    event_id = added.headers.index("Event ID")
    assert len(added.rows) == valid
    assert {r[event_id] for r in added.rows} == {e["id"] for e in sandbox.hubspot_events()}


def test_refused_rows_one_cause_error_file_and_fix(qtbot, steps, sandbox, tmp_path, monkeypatch):
    upload, results = steps
    state = sample_state(sandbox, tmp_path=tmp_path)
    # Three rows carry an option the template does not have: the API refuses exactly those.
    outcomes = list(state.conversion.outcomes)
    bad = [i for i, o in enumerate(outcomes) if o.status is RowStatus.VALID][:3]
    for i in bad:
        event = {
            **outcomes[i].event,
            "tokens": {**outcomes[i].event["tokens"], "attendance": "nope"},
        }
        outcomes[i] = dataclasses.replace(outcomes[i], event=event)
    state.conversion = ConversionResult(outcomes)
    upload_all(qtbot, upload, state)
    show_results(qtbot, results, state)
    assert count(results, "failed") == 3
    total = len(outcomes)
    problems = sum(o.status is not RowStatus.VALID for o in outcomes)
    assert results.heading.text() == (
        f"{total - problems - 3} of {total} rows are in HubSpot · {problems + 3} need fixing"
    )
    cause = results.cause.text()
    assert cause.startswith("3 rows failed for one reason:")
    assert cause.count("\n") == 0  # said once, not per row
    assert results.retry_button.isHidden()  # refused rows would fail the same way again
    refused = [g for g in results.fix_groups.groups if g.code is None]
    assert len(refused) == 1 and sorted(refused[0].indices) == bad
    button = results.fix_groups.buttons[results.fix_groups.groups.index(refused[0])]
    assert button.isVisible()

    errors = tmp_path / "errors.xlsx"
    save_to(monkeypatch, errors)
    qtbot.mouseClick(results.save_errors_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(errors.exists, timeout=10000)
    sheet = read_sheet(errors)
    status = sheet.headers.index("Status")
    assert sum(r[status] == "failed" for r in sheet.rows) == 3
    assert all(r[sheet.headers.index("Error")] for r in sheet.rows)

    with qtbot.waitSignal(results.fix_requested, timeout=2000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert sorted(blocker.args[0]) == bad


def test_retry_sends_temporarily_failed_rows(qtbot, steps, sandbox_factory, tmp_path):
    upload, results = steps
    sb = sandbox_factory(error_rate_5xx=1.0, rate_limit_per_10s=None)
    state = sample_state(sb, tmp_path=tmp_path)
    upload_all(qtbot, upload, state)
    show_results(qtbot, results, state)
    valid = sum(o.status is RowStatus.VALID for o in state.conversion.outcomes)
    assert count(results, "failed") == valid
    assert results.retry_button.isVisible()
    assert results.retry_button.text() == f"Re&try {valid} failed rows"
    assert results.heading_icon.accessibleName() == "Warning"
    # The service's fault is said once, in the window's words, with what to do.
    assert results.cause.text() == (
        f"{valid} rows failed for one reason: "
        "HubSpot had a temporary problem. Try again in a few minutes."
    )
    first_run = state.run_id
    sb.configure(error_rate_5xx=0.0)
    qtbot.mouseClick(results.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            state.run_id != first_run
            and results.results is not None
            and results.results.run_id == int(state.run_id)
        ),
        timeout=60000,
    )
    total = len(state.conversion.outcomes)
    assert results.heading.text() == (
        f"{valid} of {total} rows are in HubSpot · {total - valid} need fixing"
    )
    assert len(sb.hubspot_events()) == valid


def test_rows_to_fix_hold_invalid_and_failed_rows_and_load_again(
    qtbot, steps, sandbox, tmp_path, monkeypatch
):
    upload, results = steps
    state = sample_state(sandbox, tmp_path=tmp_path)
    outcomes = list(state.conversion.outcomes)
    invalid = [i for i, o in enumerate(outcomes) if o.status is RowStatus.INVALID]
    assert invalid, "the sample has invalid rows on purpose"
    refused = [i for i, o in enumerate(outcomes) if o.status is RowStatus.VALID][:2]
    for i in refused:  # an option the template does not have: the API refuses these two
        tokens = {**outcomes[i].event["tokens"], "attendance": "nope"}
        outcomes[i] = dataclasses.replace(
            outcomes[i], event={**outcomes[i].event, "tokens": tokens}
        )
    state.conversion = ConversionResult(outcomes)
    upload_all(qtbot, upload, state)
    show_results(qtbot, results, state)
    assert results.save_errors_button.isEnabled()
    assert results.save_errors_button.text() == "Sav&e rows to fix…"

    out = tmp_path / "rows to fix.xlsx"
    save_to(monkeypatch, out)
    qtbot.keyClick(results, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(out.exists, timeout=10000)
    fix = read_sheet(out)
    number, status, error = (fix.headers.index(h) for h in ("Row", "Status", "Error"))
    expected = sorted(refused + invalid)
    assert [r[number] for r in fix.rows] == [outcomes[i].row_number for i in expected]
    assert {r[status] for r in fix.rows} == {"failed", "invalid"}
    assert all(r[error] for r in fix.rows)  # each with its reason
    # The same mapping reads it again: the same rows, the same problems.
    from app.core.conversion.convert import convert_rows

    again = convert_rows(fix, state.mapping)
    assert [o.status for o in again.outcomes].count(RowStatus.INVALID) == len(invalid)
    assert [o.status for o in again.outcomes].count(RowStatus.VALID) == len(refused)


def test_saved_to_link_is_of_this_upload_only(qtbot, steps, sandbox, tmp_path, monkeypatch):
    upload, results = steps
    state = sample_state(sandbox, tmp_path=tmp_path)
    upload_all(qtbot, upload, state)
    show_results(qtbot, results, state)
    report = tmp_path / "report.xlsx"
    save_to(monkeypatch, report)
    qtbot.mouseClick(results.save_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(results.open_button.isVisible, timeout=10000)
    assert str(report) in results.saved_note.text()

    # The next upload (another file, its own run): nothing of the first one's files shows.
    other = tmp_path / "second"
    other.mkdir()
    second = sample_state(sandbox, tmp_path=other)
    upload.enter(second)
    qtbot.waitUntil(lambda: upload._phase == "ended", timeout=15000)  # every row went already
    assert second.run_id != state.run_id
    show_results(qtbot, results, second)
    assert results.open_button.isHidden()
    assert results.saved_note.text() == ""


def test_duration_counts_sending_not_the_wait_before_send(qtbot, steps, sandbox, tmp_path):
    """Ten minutes on the Upload page before pressing Send are not part of the upload's time."""
    import sqlite3

    upload, results = steps
    state = sample_state(sandbox, tmp_path=tmp_path)
    upload.enter(state)
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=15000)
    # The run was planned when the page opened; the user reads the page for ten minutes.
    with sqlite3.connect(upload.session.journal().path) as db:
        db.execute("UPDATE runs SET created = created - 600")
    qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: upload._phase == "ended", timeout=60000)
    show_results(qtbot, results, state)
    assert state.sending_seconds is not None and state.sending_seconds < 60
    assert "min" not in results.detail_labels["duration"].text()
    assert results.detail_labels["duration"].text().endswith(" s")


def test_the_event_template_row_shows_only_where_there_is_a_template(
    qtbot, steps, sandbox, tmp_path
):
    from app.core.conversion.mapping import PIPELESS, PipelessSettings

    upload, results = steps
    state = sample_state(sandbox, tmp_path=tmp_path)
    upload_all(qtbot, upload, state)
    show_results(qtbot, results, state)
    template = results.detail_labels["template"]
    assert template.isVisible() and template.text() != "—"
    # The same page for a destination without templates (Pipeless): no "Event template —" row.
    state.mapping = dataclasses.replace(
        state.mapping, destination=PIPELESS, hubspot=None, pipeless=PipelessSettings(app_id=77)
    )
    show_results(qtbot, results, state)
    assert template.isHidden()


def test_saving_a_file_says_so_and_waits_before_another_save(
    qtbot, steps, sandbox, tmp_path, monkeypatch
):
    """A large success file takes seconds: the window says it is saving, and no second click
    starts another write of the same file meanwhile."""
    import threading

    from app.core.reports import report as report_module

    upload, results = steps
    state = sample_state(sandbox, tmp_path=tmp_path)
    upload_all(qtbot, upload, state)
    show_results(qtbot, results, state)
    release = threading.Event()
    real_write = report_module.write_report

    def slow_write(*args, **kwargs):  # the real writer, held as a large file would hold it
        assert release.wait(20)
        return real_write(*args, **kwargs)

    monkeypatch.setattr(report_module, "write_report", slow_write)
    success = tmp_path / "added.xlsx"
    save_to(monkeypatch, success)
    qtbot.mouseClick(results.save_success_button, Qt.MouseButton.LeftButton)
    assert results.saved_note.text() == "Saving added.xlsx…"
    assert not results.save_success_button.isEnabled()
    assert not results.save_report_button.isEnabled()
    release.set()
    qtbot.waitUntil(results.open_button.isVisible, timeout=10000)
    assert success.exists()
    assert str(success) in results.saved_note.text()
    assert results.save_success_button.isEnabled() and results.save_report_button.isEnabled()
