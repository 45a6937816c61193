"""The window and the command line share one lock per upload; a lost journal is a sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from run_steps_support import SAMPLE_MAPPING, memory_keyring, sample_state  # noqa: F401

from app.core.upload.journal import FileFingerprint, Journal
from app.core.upload.journal_marker import marker_path
from app.core.upload.upload_plan import destination_key_for, mapping_fingerprint
from app.paths import samples_dir, state_dir
from app.ui.upload_session import Ending
from app.ui.views.upload_step import UploadStep

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def step(qtbot, memory_keyring):  # noqa: F811
    page = UploadStep(batch_size=10)
    qtbot.addWidget(page)
    page.show()
    yield page
    assert page.shutdown(20.0), "an upload worker did not stop"


def settled(qtbot, page: UploadStep) -> None:
    qtbot.waitUntil(lambda: page._phase in ("ready", "idle"), timeout=15000)


def cli_upload(state, sandbox) -> subprocess.CompletedProcess:
    """``event-loader upload`` of the window's file, mapping and account, same state folder."""
    command = [sys.executable, "-m", "app", "upload", str(state.file_path), "--mapping",
               str(samples_dir() / SAMPLE_MAPPING), "--base-url", sandbox.base_url,
               "--state-dir", str(state_dir()), "--token-env", "HS_TOKEN", "--yes"]  # fmt: skip
    env = {**os.environ, "HS_TOKEN": sandbox.credentials["hubspot_access_token"]}
    return subprocess.run(
        command, cwd=REPO, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip


def test_a_command_is_refused_while_the_window_holds_the_upload(qtbot, step, sandbox, tmp_path):
    state = sample_state(sandbox, tmp_path=tmp_path)
    step.enter(state)
    settled(qtbot, step)
    assert step._phase == "ready", step.banner_message()
    refused = cli_upload(state, sandbox)  # planned in the window, not sent yet
    assert refused.returncode == 2, refused.stderr
    assert "already being uploaded" in refused.stderr
    assert sandbox.hubspot_events() == []
    with qtbot.waitSignal(step.advance_requested, timeout=60000):
        qtbot.mouseClick(step.all_button, Qt.MouseButton.LeftButton)
    assert step.outcome.ending is Ending.COMPLETE
    sent = len(sandbox.hubspot_events())
    again = cli_upload(state, sandbox)  # the window let go when its upload ended
    assert "already being uploaded" not in again.stderr
    assert "Sent: 0" in again.stdout, again.stderr
    assert len(sandbox.hubspot_events()) == sent
    assert set(sandbox.event_counts()["hubspot"].values()) == {1}


def test_the_window_is_refused_while_another_holds_the_upload(qtbot, step, sandbox, tmp_path):
    state = sample_state(sandbox, tmp_path=tmp_path)
    with Journal.open_in() as other:  # as another window or command would hold it
        lock = other.lock_upload(
            FileFingerprint.of(state.file_path).sha256,
            mapping_fingerprint(state.mapping),
            destination_key_for(state.mapping, sandbox.base_url),
        )
        step.enter(state)
        settled(qtbot, step)
        assert step._phase == "idle"
        message = step.banner_message()
        assert "already being uploaded" in message and "command line" in message
        assert other.list_runs() == []  # nothing planned, nothing changed
        lock.release()
    step.enter(state)  # the other let go: a new attempt goes ahead
    settled(qtbot, step)
    assert step._phase == "ready", step.banner_message()


def test_a_lost_journal_is_a_sentence_in_the_window(qtbot, step, sandbox, tmp_path):
    state = sample_state(sandbox, tmp_path=tmp_path)
    step.enter(state)
    settled(qtbot, step)
    with qtbot.waitSignal(step.advance_requested, timeout=60000):
        qtbot.mouseClick(step.all_button, Qt.MouseButton.LeftButton)
    assert step.shutdown(20.0)
    journal = state_dir() / "journal.sqlite3"
    journal.write_bytes(b"")
    for extra in ("-wal", "-shm"):
        journal.with_name(journal.name + extra).unlink(missing_ok=True)
    fresh = UploadStep(batch_size=10)
    qtbot.addWidget(fresh)
    fresh.enter(sample_state(sandbox, tmp_path=tmp_path))
    settled(qtbot, fresh)
    message = fresh.banner_message()
    assert fresh._phase == "idle"
    assert str(journal) in message and marker_path(journal).name in message
    assert "backup" in message and "Traceback" not in message
    assert journal.stat().st_size == 0
    assert fresh.shutdown(20.0)
