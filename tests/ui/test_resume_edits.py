"""Cells edited in Preview go with the upload, and with its resume after the window went away."""
# ruff: noqa: F811 - pytest fixtures imported from test_upload_step are parameters here

from __future__ import annotations

import pytest
from run_steps_support import memory_keyring, sample_state  # noqa: F401
from test_upload_step import make_step, planned, qtbot_button  # noqa: F401

from app.core.conversion.convert import RowStatus
from app.core.upload.journal import Journal
from app.ui.models.preview_edits import PreviewEditor

pytestmark = pytest.mark.gui


def test_a_resumed_upload_sends_the_edited_values_exactly_once(
    qtbot,
    make_step,
    sandbox_factory,
    tmp_path,
    monkeypatch,  # noqa: F811
):
    from app.core.secrets import account_key, save_account
    from app.ui import resume
    from app.ui.state import WizardState

    sb = sandbox_factory(latency_ms=100, rate_limit_per_10s=None)
    state = sample_state(sb, tmp_path=tmp_path)
    state.demo = False  # demo runs are not offered for resume
    save_account(account_key("hubspot-timeline", state.account.app_id), dict(sb.credentials))
    outcomes = state.conversion.outcomes
    bad_email = next(
        i for i, o in enumerate(outcomes) if any(p.code == "email_invalid" for p in o.problems)
    )
    last = max(i for i, o in enumerate(outcomes) if o.status is RowStatus.VALID)
    # Edit in Preview: fix a bad email, and rename the webinar of the last row.
    editor = PreviewEditor()
    editor.attach(state)
    fixed_email = editor.source_text(bad_email, "Email address").replace("@@", "@")
    assert editor.edit_cell(bad_email, "Email address", fixed_email)
    assert editor.edit_cell(last, "Webinar", "Edited webinar")
    assert outcomes[bad_email].status is RowStatus.VALID
    expected = sum(1 for o in outcomes if o.status is RowStatus.VALID)
    file_before = state.file_path.read_bytes()

    step = make_step(batch_size=5, concurrency=1)
    step.enter(state)
    planned(qtbot, step)
    qtbot.mouseClick(step.all_button, qtbot_button())
    qtbot.waitUntil(lambda: len(sb.hubspot_events()) >= 10, timeout=20000)
    step.shutdown(20.0)  # as if the window went away mid-upload
    assert len(sb.hubspot_events()) < expected
    with Journal.open_in() as journal:  # the edits were stored with the run
        stored = {(e.index, e.column, e.value) for e in journal.cell_edits(int(state.run_id))}
    assert stored == {
        (bad_email, "Email address", fixed_email),
        (last, "Webinar", "Edited webinar"),
    }

    # Next start: the real resume path re-reads the file and applies the stored edits.
    monkeypatch.setattr(resume, "ask_resume", lambda parent, offer: resume.RESUME)
    fresh = WizardState()
    assert resume.offer_resume(None, fresh) is True
    assert fresh.cell_edits[last]["Webinar"].value == "Edited webinar"
    assert fresh.conversion.outcomes[bad_email].status is RowStatus.VALID
    again = make_step(batch_size=5, concurrency=2)
    again.enter(fresh)
    planned(qtbot, again)
    with qtbot.waitSignal(again.advance_requested, timeout=60000):
        qtbot.mouseClick(again.all_button, qtbot_button())

    events = sb.hubspot_events()
    assert len(events) == expected == len({e.get("id") for e in events})  # each row once
    by_id = {e["id"]: e for e in events}
    assert by_id[fresh.conversion.outcomes[bad_email].event_id]["email"] == fixed_email
    assert fixed_email.replace("@", "@@") not in {e.get("email") for e in events}
    webinars = [e for e in events if e["tokens"].get("webinar") == "Edited webinar"]
    assert len(webinars) == 1 and webinars[0]["id"] == fresh.conversion.outcomes[last].event_id
    assert state.file_path.read_bytes() == file_before  # the file was never written
    assert resume.find_offer() is None
