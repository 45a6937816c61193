"""The Upload step's decisions: when to plan, start, pause, stop and finish, and what to show.

``UploadStep`` lays the page out and forwards clicks; this controller holds the step's state
machine (``phase``: idle → planning → ready → running → test_done → ended), drives the
window's ``UploadSession`` and turns its plans, batch results and outcome into what the panels
show. A slow-down (429) shows as a waiting batch with a countdown and a calm note, never as a
failure; an API that refuses the token stops the run with one message that says what to do,
and the run stays resumable.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QApplication

from app import APP_NAME
from app.core.upload.batching import DEFAULT_TEST_BATCH_ROWS, split_test_batch
from app.core.upload.engine import BatchResult, BatchState
from app.core.upload.upload_outcome import Ending, UploadOutcome
from app.ui.controllers import upload_wording as wording
from app.ui.controllers.upload_progress_shown import UploadProgressShown
from app.ui.models.batch_model import UploadProgress, rows_text
from app.ui.notify import announce, notify_if_inactive
from app.ui.results_summary import destination_display_name
from app.ui.state import WizardState
from app.ui.upload_session import UploadSession

if TYPE_CHECKING:
    from app.core.upload.upload_plan import UploadPlan
    from app.ui.views.upload_step import UploadStep

CONFIRM_STOP_ABOVE = 500  # rows left: below this, Stop acts at once


class UploadController(QObject):
    """Decide what the Upload step does and shows (see module docstring)."""

    def __init__(self, view: UploadStep) -> None:
        super().__init__(view)
        self.view = view
        self.state = WizardState()
        self.session: UploadSession | None = None
        self.outcome: UploadOutcome | None = None
        self.phase = "idle"
        self._run_started: float | None = None  # when the engine's current run began
        self._short_intro = ""
        self._rows_key: tuple[object, ...] | None = None
        self.shown = UploadProgressShown(self)
        view.model.message_for = self._batch_message

    @property
    def progress(self) -> UploadProgress | None:
        """The numbers behind the progress bar."""
        return self.shown.progress

    @progress.setter
    def progress(self, progress: UploadProgress | None) -> None:
        self.shown.progress = progress

    # -- what the page may do ---------------------------------------------------------------

    def test_batch_rows(self) -> int:
        """Rows the test batch sends (a setting; a handful by default)."""
        settings = getattr(self.view.context, "settings", None)
        return int(getattr(settings, "test_batch_rows", 0) or DEFAULT_TEST_BATCH_ROWS)

    def is_sending(self) -> bool:
        """Return True while batches are going out (another upload must wait)."""
        return self.session is not None and self.session.running

    def is_complete(self) -> bool:
        """Return True once the upload ended (complete, stopped or refused)."""
        return self.phase == "ended"

    def allows_back(self) -> bool:
        """No going back while sending; after an upload that did not finish, back to fix it.

        A refused token or a stopped upload says "Paste a fresh one in Destination, then upload
        again": the earlier steps must then be reachable (what went is not sent twice).
        """
        if self.phase == "ended":
            return self.outcome is not None and self.outcome.ending is not Ending.COMPLETE
        return self.phase in ("idle", "planning", "ready")

    def finished(self) -> bool:
        """Return True once an upload ended with every row delivered or refused.

        Planning again would find nothing left and show "Nothing new…" over the real results;
        an upload stopped early is planned again instead (that resumes it).
        """
        return (
            self.phase == "ended"
            and self.outcome is not None
            and self.outcome.ending is Ending.COMPLETE
        )

    def rows_left(self) -> int:
        """Rows of the plan not done yet."""
        return self.shown.rows_left()

    # -- planning ---------------------------------------------------------------------------

    def enter(self, state: WizardState) -> None:
        """Plan the upload (or keep the one under way) when the step is shown."""
        self.state = state
        account = state.account
        rows_key = (
            id(state.conversion),
            frozenset(state.excluded_rows),
            (account.base_url, account.app_id) if account is not None else None,
            # A cell fixed in Preview after an upload (Results › Fix in Preview) changes the
            # rows in place: plan again so the fixed row can go.
            frozenset(
                (index, column, repr(edit.value))
                for index, row in state.cell_edits.items()
                for column, edit in row.items()
            ),
        )
        fresh = False
        if self.session is not None and self.session.state is state:
            if self.session.running or self.phase in ("running", "test_done"):
                return  # coming back to an upload under way: keep it
            if self.finished() and rows_key == self._rows_key:
                return  # the finished upload of these rows: keep its view (and its run)
            if self.phase in ("planning", "ready"):
                if rows_key == self._rows_key:
                    return  # planned for the same rows: keep the plan
                fresh = True  # rows changed in Preview before anything was sent: plan again
        self._rows_key = rows_key
        self.reset()
        state.sending_seconds = None  # a new upload: its own sending time
        view = self.view
        self.session = UploadSession(
            state,
            self,
            journal_dir=view.journal_dir,
            concurrency=view.concurrency,
            batch_size=view.batch_size,
            retry=view.retry,
        )
        self.session.planned.connect(self._on_planned)
        self.session.continued.connect(self._on_continued)
        self.session.plan_failed.connect(self._on_plan_failed)
        self.session.batches_flushed.connect(self.shown.on_batches)
        self.session.ended.connect(self._on_ended)
        self.phase = "planning"
        view.heading.setText(QCoreApplication.translate("UploadStep", "Getting the upload ready…"))
        view.intro.setText("")
        self._update_buttons()
        self.session.prepare(fresh=fresh)

    def reset(self) -> None:
        """Let go of the previous upload and empty the page."""
        if self.session is not None:
            self.session.shutdown(5.0)
            self.session.deleteLater()
        self.session = None
        self.outcome = None
        self._run_started = None
        self.phase = "idle"
        self.shown.reset()
        view = self.view
        view.buttons.continue_button.hide()
        view.buttons.test_button.show()
        view.buttons.all_button.show()
        view.banner.clear()

    @Slot(object)
    def _on_planned(self, plan: UploadPlan) -> None:
        self.shown.new_plan(plan)
        rows = plan.rows_to_send
        self.phase = "ready"
        view = self.view
        dest = wording.destination_name(self.state)
        template = wording.template_name(self.state)
        if rows == 0:
            view.heading.setText(QCoreApplication.translate("UploadStep", "Nothing left to send"))
            view.intro.setText(
                QCoreApplication.translate(
                    "UploadStep", "Every ready row of this file already went to {dest}."
                ).format(dest=dest)
            )
            self._finish(UploadOutcome(Ending.COMPLETE, dict(plan.counts)))
            return
        view.heading.setText(
            QCoreApplication.translate("UploadStep", "Ready to send %Ln rows", None, rows)
        )
        self._short_intro = wording.short_intro(dest, template)
        already = plan.counts.get("sent", 0) + plan.counts.get("already_sent", 0)
        if plan.resumed and already:
            view.banner.show_message("info", wording.resumed_note(already, rows))
        view.intro.setText(wording.plan_intro(plan, dest, template, self.test_batch_rows()))
        view.buttons.show_start(rows, test_offered=rows > self.test_batch_rows())
        self._update_buttons()
        # The buttons were disabled while planning, so the focus went past them: give it to the
        # first way to send, where Enter and the eye expect it.
        focused = QApplication.focusWidget()
        if view.isVisible() and (focused is None or view.isAncestorOf(focused)):
            view.buttons.first_start_button().setFocus(Qt.FocusReason.OtherFocusReason)
        view.status_changed.emit(QCoreApplication.translate("UploadStep", "Ready to send"))

    @Slot(object)
    def _on_continued(self, plan: UploadPlan) -> None:
        """Keep the table and the counts: the rest after the test batch is about to go."""
        self.view.heading.setText(QCoreApplication.translate("UploadStep", "Sending…"))
        self.view.status_changed.emit(self.view.heading.text())

    @Slot(str)
    def _on_plan_failed(self, message: str) -> None:
        self.phase = "idle"
        self.view.heading.setText(
            QCoreApplication.translate("UploadStep", "The upload cannot start")
        )
        self.view.banner.show_message("error", message)
        self._update_buttons()

    # -- actions ----------------------------------------------------------------------------

    def start(self, *, test_batch: bool) -> None:
        """Send the plan: its test batch only, or every row."""
        if self.session is None or self.session.plan is None or self.session.running:
            return
        if test_batch:
            self._use_small_test_batch()
        self.phase = "running"
        self._run_started = time.monotonic()
        view = self.view
        view.heading.setText(
            QCoreApplication.translate("UploadStep", "Sending the test batch…")
            if test_batch
            else QCoreApplication.translate("UploadStep", "Sending…")
        )
        view.banner.clear()
        view.buttons.hide_start()
        if not test_batch:
            view.intro.setText(self._short_intro)
        self.session.start(test_batch=test_batch)
        self.shown.start()
        self._update_buttons()
        view.completeness_changed.emit(False)
        view.status_changed.emit(view.heading.text())  # "Ready to send" is over
        self.shown.refresh()

    def _use_small_test_batch(self) -> None:
        """Cut the first batch down to the test batch's rows before it goes (nothing sent yet)."""
        assert self.session is not None and self.session.plan is not None
        plan = split_test_batch(self.session.plan, self.test_batch_rows())
        if plan is self.session.plan:
            return
        self.session.plan = plan
        self.shown.new_plan(plan)

    def send_rest(self) -> None:
        """Send what the test batch left."""
        if self.session is None:
            return
        self.phase = "running"
        view = self.view
        view.buttons.continue_button.hide()
        view.banner.clear()
        view.heading.setText(QCoreApplication.translate("UploadStep", "Sending…"))
        view.intro.setText(self._short_intro)
        self.session.continue_after_test()
        self.shown.go_on()  # the time spent checking the test is not sending
        self._update_buttons()

    def toggle_pause(self) -> None:
        """Pause (in-flight batches finish, then it holds), or go on after a pause."""
        if self.session is None or not self.session.running:
            return
        view = self.view
        if self.session.paused:
            self.session.resume()
            if self.shown.progress is not None:
                self.shown.progress.restart_rate()  # the pause is not part of the speed
            view.heading.setText(QCoreApplication.translate("UploadStep", "Sending…"))
            self.shown.follow = True
        else:
            self.session.pause()
            view.heading.setText(self._paused_heading())
        view.buttons.show_paused(self.session.paused)
        self.shown.refresh()
        view.status_changed.emit(view.heading.text())

    def _paused_heading(self) -> str:
        """Say whether batches are still on their way or the upload now holds.

        Once the last batch in flight is done, "batches already on their way finish" would
        suggest something is still going out while nothing is.
        """
        counts = self.view.strip.counts()
        if counts.get(BatchState.SENDING) or counts.get(BatchState.RETRYING):
            return QCoreApplication.translate(
                "UploadStep", "Paused: batches already on their way finish, then it holds"
            )
        return QCoreApplication.translate(
            "UploadStep", "Paused: nothing is being sent. Resume to send the rest."
        )

    def show_pause_progress(self) -> None:
        """While paused, say so once the batches in flight are done (called on batch news)."""
        if self.session is None or not self.session.paused or self.phase != "running":
            return
        heading = self._paused_heading()
        if heading != self.view.heading.text():
            self.view.heading.setText(heading)
            self.view.status_changed.emit(heading)

    def stop(self) -> None:
        """Send nothing more: at once after a test batch, else once in-flight batches are done.

        Many rows left make Stop ask first: a stray click must not end a long upload.
        """
        if self.session is None:
            return
        if self.phase == "test_done":
            outcome = self.outcome or UploadOutcome(Ending.STOPPED)
            outcome.ending = Ending.STOPPED  # the rest stays resumable
            self._finish(outcome)
            return
        if not self.session.running:
            return
        left = self.rows_left()
        if left > CONFIRM_STOP_ABOVE and not self.view.confirm_stop(
            left, wording.destination_name(self.state)
        ):
            return
        self.view.heading.setText(
            QCoreApplication.translate(
                "UploadStep", "Stopping: waiting for batches already on their way…"
            )
        )
        self.view.buttons.stop_button.setEnabled(False)
        self.view.buttons.pause_button.setEnabled(False)
        self.session.stop()

    def follow_no_more(self) -> None:
        """Stop following the batches being sent (the user scrolled the table)."""
        self.shown.follow = False

    def pick_batch(self, row: int) -> None:
        """Show the batch the user picked in the strip in the table, and stay there."""
        self.shown.follow = False
        self.view.table.select_batch(row)

    def show_details(self, shown: bool) -> None:
        """Show the technical columns or not; the choice stays for as long as the window."""
        self.view.table.show_details(shown)

    def shutdown(self, timeout_s: float = 10.0) -> bool:
        """Stop any upload and wait for its worker; False if it did not end in time."""
        return True if self.session is None else self.session.shutdown(timeout_s)

    # -- end --------------------------------------------------------------------------------

    @Slot(object)
    def _on_ended(self, outcome: UploadOutcome) -> None:
        self.shown.stop()
        self._add_sending_time()
        view = self.view
        self.outcome = outcome
        view.buttons.show_paused(False)
        if outcome.ending is not Ending.TEST_DONE:
            self._finish(outcome)
            return
        self.phase = "test_done"
        self.shown.refresh()
        first = view.model.result_at(0)
        view.heading.setText(QCoreApplication.translate("UploadStep", "The test batch went"))
        view.banner.show_message(
            "success" if outcome.sent else "warning",
            wording.test_done_note(
                outcome.sent,
                rows_text(first.row_numbers) if first else "",
                wording.destination_name(self.state),
                outcome.unfinished,
            ),
        )
        view.buttons.show_continue(outcome.unfinished)
        self._update_buttons()
        view.status_changed.emit(view.heading.text())

    def _add_sending_time(self) -> None:
        """Add the engine run that just ended to the upload's sending time.

        Only time spent sending counts: not the wait on this page before *Send*, nor the
        check of the test batch before *Send the rest*.
        """
        if self._run_started is None:
            return
        ran = time.monotonic() - self._run_started
        self._run_started = None
        self.state.sending_seconds = (self.state.sending_seconds or 0.0) + ran

    def _finish(self, outcome: UploadOutcome) -> None:
        self.outcome = outcome
        self.phase = "ended"
        view = self.view
        view.buttons.hide_start()
        if outcome.ending is not Ending.COMPLETE:
            view.model.mark_waiting_stopped()
            if self._short_intro:  # "Send a test batch …, then continue" is over
                view.intro.setText(self._short_intro)
        heading, kind, message = wording.ended_texts(outcome, wording.destination_name(self.state))
        view.heading.setText(heading)
        if kind:
            view.banner.show_message(kind, message)
        else:
            view.banner.clear()
        self.shown.show_final(outcome.ending is Ending.COMPLETE)
        self._update_buttons()
        view.status_changed.emit(view.heading.text())
        view.completeness_changed.emit(True)
        self._notify_if_unfocused(outcome)
        if outcome.ending is Ending.COMPLETE:
            view.advance_requested.emit()  # Results puts the focus on its summary
        elif not view.banner.isHidden():
            announce(view.banner.text, view.banner.text.text())  # read out, focus left alone

    def _notify_if_unfocused(self, outcome: UploadOutcome) -> None:
        """Alert a user who is working elsewhere that the upload ended, and how."""
        view = self.view
        if outcome.ending is Ending.COMPLETE:
            dest = destination_display_name(self.state.mapping)  # as the Results headline says it
            title, message = APP_NAME, wording.ended_notice(outcome, dest)
        else:
            title = view.heading.text()
            message = view.banner_message() or title
        problem = bool(outcome.failed) or outcome.ending is not Ending.COMPLETE
        notify_if_inactive(view, title, message, problem=problem)

    # -- helpers ----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        running = self.phase == "running"
        self.view.buttons.enable(
            start=self.phase == "ready",
            pause=running,
            stop=running or self.phase == "test_done",
            stop_here=self.phase == "test_done",
        )

    def _batch_message(self, result: BatchResult) -> str:
        return wording.batch_message(result, wording.destination_name(self.state))
