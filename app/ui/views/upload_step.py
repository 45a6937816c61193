"""Step 5, Upload: a test batch first, then the rest, with a live per-batch view.

Nothing leaves before the user asks: "Send a test batch, check it in HubSpot, then continue"
or send everything at once. The engine runs in a worker (``UploadSession``); this page only
repaints from grouped results. A slow-down (429) shows as a waiting batch with a countdown and a
calm note, never as a failure; an API that refuses the token stops the run with one message that
says what to do, and the run stays resumable.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core.upload.batching import DEFAULT_TEST_BATCH_ROWS, split_test_batch
from app.core.upload.engine import BatchResult, BatchState
from app.ui.dialogs.account_dialog import destination_name as service_name
from app.ui.models.batch_model import BatchModel, UploadProgress, rows_text
from app.ui.notify import announce, notify_if_inactive
from app.ui.state import WizardState
from app.ui.step_base import StepPage, style_heading
from app.ui.text.upload import failure_text, stop_text
from app.ui.upload_session import Ending, UploadOutcome, UploadSession
from app.ui.wording import number, seconds_text

log = logging.getLogger(__name__)

CONFIRM_STOP_ABOVE = 500  # rows left: below this, Stop acts at once
TICK_MS = 1000  # retry countdowns
SPOKEN_EVERY_S = 15.0  # how often the progress bar's accessible description may change


def destination_name(state: WizardState) -> str:
    """Return the service's name for messages ("HubSpot", "Pipeless")."""
    from app.core.destinations import find

    destination = find(state.mapping.destination) if state.mapping is not None else None
    return service_name(destination.key) if destination is not None else "HubSpot"


def retry_text(code: str | None, destination: str, http_status: int | None = None) -> str:
    """Return why a batch waits to be sent again, in the window's words (never a failure)."""
    if http_status == 429 or code == "rate_limited":
        text = QCoreApplication.translate(
            "UploadStep", "{dest} asked us to slow down; nothing is lost."
        )
    elif code == "timeout":
        text = QCoreApplication.translate(
            "UploadStep", "{dest} did not answer in time; trying again."
        )
    elif code == "connection_error":
        text = QCoreApplication.translate(
            "UploadStep", "The connection to {dest} was lost; trying again."
        )
    elif code == "server_error":
        return QCoreApplication.translate(
            "UploadStep", "{dest} had a temporary problem (error {status}); trying again."
        ).format(dest=destination, status=http_status or "5xx")
    elif code == "locked":
        text = QCoreApplication.translate(
            "UploadStep", "{dest} is busy with this record; trying again shortly."
        )
    elif code == "migrating":
        text = QCoreApplication.translate(
            "UploadStep", "The {dest} account is being moved; trying again later."
        )
    elif code == "bad_response":
        text = QCoreApplication.translate(
            "UploadStep", "{dest} sent an unreadable answer; trying again."
        )
    else:
        log.info("batch retried after %s", code)
        text = QCoreApplication.translate("UploadStep", "No answer this time; trying again.")
    return text.format(dest=destination)


class UploadStep(StepPage):
    """The Upload page (see module docstring)."""

    def __init__(
        self,
        context: Any = None,
        parent: QWidget | None = None,
        *,
        journal_dir: Path | None = None,
        concurrency: int = 4,
        batch_size: int | None = None,
        retry: Any = None,
    ) -> None:
        super().__init__(parent)
        self.retry = retry  # engine RetryPolicy; None = the engine's default
        self.setObjectName("uploadStep")
        self.context = context
        self.state = WizardState()
        self.journal_dir = journal_dir
        self.concurrency = concurrency
        self.batch_size = batch_size
        self.session: UploadSession | None = None
        self.progress: UploadProgress | None = None
        self.outcome: UploadOutcome | None = None
        self._run_started: float | None = None  # when the engine's current run began
        self._phase = "idle"  # idle, planning, ready, running, test_done, ended
        self._follow = True
        self._rate_limited_until = 0.0
        self._spoken_at = float("-inf")
        self._short_intro = ""
        self._rows_key: tuple[Any, ...] | None = None

        self.heading = QLabel()
        self.heading.setObjectName("uploadHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        style_heading(self.heading)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        self.banner_icon = QLabel()
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_text.setObjectName("uploadBanner")
        self.banner = QWidget()
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(0, 0, 0, 0)
        banner_layout.addWidget(self.banner_icon, 0, Qt.AlignmentFlag.AlignTop)
        banner_layout.addWidget(self.banner_text, 1)
        self.banner.hide()

        self.test_button = QPushButton(QCoreApplication.translate("UploadStep", "Send &test batch"))
        self.test_button.setObjectName("sendTestBatchButton")
        self.test_button.setDefault(True)
        self.all_button = QPushButton(QCoreApplication.translate("UploadStep", "Send &all rows"))
        self.all_button.setObjectName("sendAllButton")
        self.continue_button = QPushButton(
            QCoreApplication.translate("UploadStep", "Send the &rest")
        )
        self.continue_button.setObjectName("continueButton")
        self.continue_button.hide()
        self.pause_button = QPushButton(QCoreApplication.translate("UploadStep", "&Pause"))
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.setEnabled(False)
        self.stop_button = QPushButton(QCoreApplication.translate("UploadStep", "&Stop"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setEnabled(False)
        self.stop_button.setToolTip(
            QCoreApplication.translate(
                "UploadStep", "Send no more batches; rows that went stay sent."
            )
        )

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("uploadProgress")
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat("")
        self.progress_bar.setAccessibleName(
            QCoreApplication.translate("UploadStep", "Upload progress")
        )
        self.progress_bar.hide()  # an empty bar before anything is sent reads as a text field

        self.model = BatchModel(self)
        self.model.message_for = self._batch_message
        self.table = QTableView()
        self.table.setObjectName("batchTable")
        self.table.setAccessibleName(QCoreApplication.translate("UploadStep", "Batches"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fit_columns()
        self.table.verticalScrollBar().actionTriggered.connect(self._on_user_scrolled)

        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.continue_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.stop_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # lined up with the other steps' titles
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.table, 1)

        self.test_button.clicked.connect(self._on_test_clicked)
        self.all_button.clicked.connect(self._on_all_clicked)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.stop_button.clicked.connect(self._on_stop_clicked)

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)

    # -- StepPage ---------------------------------------------------------------------------

    def title(self) -> str:
        """Return the step's name."""
        return QCoreApplication.translate("UploadStep", "Upload")

    def enter(self, state: WizardState) -> None:
        """Plan the upload (or keep the one under way) when the step is shown."""
        self.state = state
        account = state.account
        rows_key = (
            id(state.conversion),
            frozenset(state.excluded_rows),
            (account.base_url, account.app_id) if account is not None else None,
        )
        fresh = False
        if self.session is not None and self.session.state is state:
            if self.session.running or self._phase in ("running", "test_done"):
                return  # coming back to an upload under way: keep it
            if self._finished() and rows_key == self._rows_key:
                return  # the finished upload of these rows: keep its view (and its run)
            if self._phase in ("planning", "ready"):
                if rows_key == self._rows_key:
                    return  # planned for the same rows: keep the plan
                fresh = True  # rows changed in Preview before anything was sent: plan again
        self._rows_key = rows_key
        self._reset()
        state.sending_seconds = None  # a new upload: its own sending time
        self.session = UploadSession(
            state,
            self,
            journal_dir=self.journal_dir,
            concurrency=self.concurrency,
            batch_size=self.batch_size,
            retry=self.retry,
        )
        self.session.planned.connect(self._on_planned)
        self.session.continued.connect(self._on_continued)
        self.session.plan_failed.connect(self._on_plan_failed)
        self.session.batches_flushed.connect(self._on_batches)
        self.session.ended.connect(self._on_ended)
        self._phase = "planning"
        self.heading.setText(QCoreApplication.translate("UploadStep", "Getting the upload ready…"))
        self.intro.setText("")
        self._update_buttons()
        self.session.prepare(fresh=fresh)

    def _finished(self) -> bool:
        """Return True once an upload ended with every row delivered or refused.

        Planning again would find nothing left and show "Nothing new…" over the real results;
        an upload stopped early is planned again instead (that resumes it).
        """
        return (
            self._phase == "ended"
            and self.outcome is not None
            and self.outcome.ending is Ending.COMPLETE
        )

    def test_batch_rows(self) -> int:
        """Rows the test batch sends (a setting; a handful by default)."""
        settings = getattr(self.context, "settings", None)
        return int(getattr(settings, "test_batch_rows", 0) or DEFAULT_TEST_BATCH_ROWS)

    def leave(self, state: WizardState) -> bool:
        """Allow leaving only when nothing is being sent."""
        return not self.is_sending()

    def is_sending(self) -> bool:
        """Return True while batches are going out (another upload must wait)."""
        return self.session is not None and self.session.running

    def is_complete(self) -> bool:
        """Return True once the upload ended (complete, stopped or refused)."""
        return self._phase == "ended"

    def next_text(self) -> str | None:
        """Name the next step."""
        return QCoreApplication.translate("UploadStep", "See r&esults")

    def allows_back(self) -> bool:
        """No going back while sending; after an upload that did not finish, back to fix it.

        A refused token or a stopped upload says "Paste a fresh one in Destination, then upload
        again": the earlier steps must then be reachable (what went is not sent twice).
        """
        if self._phase == "ended":
            return self.outcome is not None and self.outcome.ending is not Ending.COMPLETE
        return self._phase in ("idle", "planning", "ready")

    def can_close(self) -> bool:
        """Ask before closing during an upload; on yes, stop and wait for in-flight batches.

        The main window calls this on every step when the user closes it.
        """
        if self.session is None or not self.session.running:
            return True
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("UploadStep", "Stop the upload?"),
            QCoreApplication.translate(
                "UploadStep",
                "An upload is running. Close Event Loader and stop it? Rows that went stay "
                "sent; the rest can be resumed when you open Event Loader again.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.session.shutdown(30.0)
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def shutdown(self, timeout_s: float = 10.0) -> bool:
        """Stop any upload and wait for its worker (tests and window teardown)."""
        if self.session is None:
            return True
        return self.session.shutdown(timeout_s)

    # -- planning ---------------------------------------------------------------------------

    def _reset(self) -> None:
        if self.session is not None:
            self.session.shutdown(5.0)
            self.session.deleteLater()
        self.session = None
        self.progress = None
        self.outcome = None
        self._run_started = None
        self._phase = "idle"
        self._follow = True
        self.model.clear()
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("")
        self.progress_bar.setAccessibleDescription("")
        self._spoken_at = float("-inf")
        self.progress_bar.hide()
        self.continue_button.hide()
        self.test_button.show()
        self.all_button.show()
        self._hide_banner()

    @Slot(object)
    def _on_planned(self, plan: Any) -> None:
        # Row numbers are looked up only for the batches painted (a plan may hold 10,000).
        self.model.set_plan((b.batch_no, lambda b=b: b.row_numbers) for b in plan.batches)
        rows = plan.rows_to_send
        self.progress = UploadProgress(rows, len(plan.batches))
        self.progress.current_batch = plan.batches[0].batch_no if plan.batches else 0
        self._phase = "ready"
        dest = destination_name(self.state)
        template = self._template_name()
        if rows == 0:
            self.heading.setText(QCoreApplication.translate("UploadStep", "Nothing left to send"))
            self.intro.setText(
                QCoreApplication.translate(
                    "UploadStep", "Every ready row of this file already went to {dest}."
                ).format(dest=dest)
            )
            self._finish(UploadOutcome(Ending.COMPLETE, dict(plan.counts)))
            return
        self.heading.setText(
            QCoreApplication.translate("UploadStep", "Ready to send %Ln rows", None, rows)
        )
        first = plan.batches[0]
        one = len(plan.batches) == 1
        if template and one:
            intro = QCoreApplication.translate(
                "UploadStep", "The rows go to {dest} as \u201c{name}\u201d events in one batch."
            )
        elif template:
            intro = QCoreApplication.translate(
                "UploadStep",
                "The rows go to {dest} as \u201c{name}\u201d events in {batches} batches of "
                "up to {size}. Send a test batch of {first} rows first, check it in {dest}, "
                "then continue.",
            )
        elif one:
            intro = QCoreApplication.translate("UploadStep", "The rows go to {dest} in one batch.")
        else:
            intro = QCoreApplication.translate(
                "UploadStep",
                "The rows go to {dest} in {batches} batches of up to {size}. Send a test batch of "
                "{first} rows first, check it in {dest}, then continue.",
            )
        short = (
            QCoreApplication.translate(
                "UploadStep", "The rows go to {dest} as \u201c{name}\u201d events."
            )
            if template
            else QCoreApplication.translate("UploadStep", "The rows go to {dest}.")
        )
        self._short_intro = short.format(dest=dest, name=template)
        intro = intro.format(
            dest=dest,
            name=template,
            batches=number(len(plan.batches)),
            size=number(plan.batch_size),
            first=number(min(len(first.rows), self.test_batch_rows())),
        )
        if one and rows > self.test_batch_rows():  # one batch, yet a test is offered
            intro = " ".join(
                (
                    self._short_intro,
                    QCoreApplication.translate(
                        "UploadStep",
                        "Send a test batch of {first} rows first, check it in {dest}, then "
                        "continue.",
                    ).format(first=number(self.test_batch_rows()), dest=dest),
                )
            )
        already = plan.counts.get("sent", 0) + plan.counts.get("already_sent", 0)
        if plan.resumed and already:
            self._show_banner(
                "info",
                QCoreApplication.translate(
                    "UploadStep",
                    "This upload stopped before the end. {done} rows already went and are not "
                    "sent again; the other {left} go now.",
                ).format(done=number(already), left=number(rows)),
            )
        self.intro.setText(intro)
        self.all_button.setText(
            QCoreApplication.translate("UploadStep", "Send &all %Ln rows", None, rows)
        )
        self.test_button.setVisible(rows > self.test_batch_rows())
        self._update_buttons()
        # The buttons were disabled while planning, so the focus went past them: give it to the
        # first way to send, where Enter and the eye expect it.
        focused = QApplication.focusWidget()
        if self.isVisible() and (focused is None or self.isAncestorOf(focused)):
            first = self.test_button if self.test_button.isVisible() else self.all_button
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.status_changed.emit(QCoreApplication.translate("UploadStep", "Ready to send"))

    @Slot(object)
    def _on_continued(self, plan: Any) -> None:
        """Keep the table and the counts: the rest after the test batch is about to go."""
        self.heading.setText(QCoreApplication.translate("UploadStep", "Sending…"))
        self.status_changed.emit(self.heading.text())

    @Slot(str)
    def _on_plan_failed(self, message: str) -> None:
        self._phase = "idle"
        self.heading.setText(QCoreApplication.translate("UploadStep", "The upload cannot start"))
        self._show_banner("error", message)
        self._update_buttons()

    def _template_name(self) -> str:
        mapping = self.state.mapping
        if mapping is not None and mapping.hubspot is not None:
            return mapping.hubspot.template_name or ""
        return ""

    # -- actions ----------------------------------------------------------------------------

    @Slot()
    def _on_test_clicked(self) -> None:
        self._start(test_batch=True)

    @Slot()
    def _on_all_clicked(self) -> None:
        self._start(test_batch=False)

    def _start(self, *, test_batch: bool) -> None:
        if self.session is None or self.session.plan is None or self.session.running:
            return
        if test_batch:
            self._use_small_test_batch()
        self._phase = "running"
        self._run_started = time.monotonic()
        self.heading.setText(
            QCoreApplication.translate("UploadStep", "Sending the test batch…")
            if test_batch
            else QCoreApplication.translate("UploadStep", "Sending…")
        )
        self._hide_banner()
        self.test_button.hide()
        self.all_button.hide()
        self.continue_button.hide()
        if not test_batch:
            self.intro.setText(self._short_intro)
        self.session.start(test_batch=test_batch)
        self.progress_bar.show()
        self._tick.start()
        self._update_buttons()
        self.completeness_changed.emit(False)
        self.status_changed.emit(self.heading.text())  # "Ready to send" is over
        self._refresh_progress()

    def _use_small_test_batch(self) -> None:
        """Cut the first batch down to the test batch's rows before it goes (nothing sent yet)."""
        assert self.session is not None and self.session.plan is not None
        plan = split_test_batch(self.session.plan, self.test_batch_rows())
        if plan is self.session.plan:
            return
        self.session.plan = plan
        self.model.set_plan((b.batch_no, lambda b=b: b.row_numbers) for b in plan.batches)
        self.progress = UploadProgress(plan.rows_to_send, len(plan.batches))
        self.progress.current_batch = plan.batches[0].batch_no

    @Slot()
    def _on_continue_clicked(self) -> None:
        if self.session is None:
            return
        self._phase = "running"
        self.continue_button.hide()
        self._hide_banner()
        self.heading.setText(QCoreApplication.translate("UploadStep", "Sending…"))
        self.intro.setText(self._short_intro)
        if self.progress is not None:
            self.progress.restart_rate()  # the time spent checking the test is not sending
        self.session.continue_after_test()
        self._tick.start()
        self._update_buttons()

    @Slot()
    def _on_pause_clicked(self) -> None:
        if self.session is None or not self.session.running:
            return
        if self.session.paused:
            self.session.resume()
            if self.progress is not None:
                self.progress.restart_rate()  # the pause is not part of the speed
            self.pause_button.setText(QCoreApplication.translate("UploadStep", "&Pause"))
            self.heading.setText(QCoreApplication.translate("UploadStep", "Sending…"))
            self._follow = True
        else:
            self.session.pause()
            self.pause_button.setText(QCoreApplication.translate("UploadStep", "&Resume"))
            self.heading.setText(
                QCoreApplication.translate(
                    "UploadStep", "Paused: batches already on their way finish, then it holds"
                )
            )
        self._refresh_progress()
        self.status_changed.emit(self.heading.text())

    @Slot()
    def _on_stop_clicked(self) -> None:
        if self.session is None:
            return
        if self._phase == "test_done":
            outcome = self.outcome or UploadOutcome(Ending.STOPPED)
            outcome.ending = Ending.STOPPED  # the rest stays resumable
            self._finish(outcome)
            return
        if not self.session.running:
            return
        left = self._rows_left()
        if left > CONFIRM_STOP_ABOVE:
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("UploadStep", "Stop the upload?"),
                QCoreApplication.translate(
                    "UploadStep",
                    "{left} rows have not been sent yet. Stop now? Rows that went stay in {dest}; "
                    "you can send the rest later.",
                ).format(left=number(left), dest=destination_name(self.state)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.heading.setText(
            QCoreApplication.translate(
                "UploadStep", "Stopping: waiting for batches already on their way…"
            )
        )
        self.stop_button.setEnabled(False)
        self.pause_button.setEnabled(False)
        self.session.stop()

    def _rows_left(self) -> int:
        if self.progress is None:
            return 0
        return max(0, self.progress.total_rows - self.progress.rows_done)

    # -- progress ---------------------------------------------------------------------------

    @Slot(list)
    def _on_batches(self, results: list[BatchResult]) -> None:
        active = self.model.apply(results)
        if self.progress is not None:
            self.progress.add(results)
        for result in results:
            if result.state is BatchState.RETRYING and (
                result.http_status == 429 or result.code == "rate_limited"
            ):
                self._rate_limited_until = time.monotonic() + (result.retry_in or 1.0)
                self._show_slow_down()
        if active is not None and self._follow:
            self.table.scrollTo(
                self.model.index(active, 0), QAbstractItemView.ScrollHint.EnsureVisible
            )
        self._refresh_progress()

    def _refresh_progress(self) -> None:
        if self.progress is None:
            return
        self.progress_bar.setValue(round(self.progress.fraction * 1000))
        # Rows/s and time left only while rows go: waiting for the user is not slowness.
        sending = self._phase == "running" and not (self.session and self.session.paused)
        text = self.progress.text(speed=sending)
        self.progress_bar.setFormat(text)
        # The bar's own text is read on demand; its description, which screen readers may
        # announce when it changes, follows at most every SPOKEN_EVERY_S, never on every tick.
        now = time.monotonic()
        if now - self._spoken_at >= SPOKEN_EVERY_S or self.progress.fraction >= 1.0:
            self._spoken_at = now
            self.progress_bar.setAccessibleDescription(text)

    def _show_slow_down(self) -> None:
        """Say that the destination asked to slow down, counting down like the batch table."""
        left = self._rate_limited_until - time.monotonic()
        self._show_banner(
            "info",
            QCoreApplication.translate(
                "UploadStep",
                "{dest} asked us to slow down. Resuming in {s} s; nothing is lost.",
            ).format(dest=destination_name(self.state), s=max(1, round(left))),
        )

    @Slot()
    def _on_tick(self) -> None:
        self.model.tick()
        self._refresh_progress()
        if not self._rate_limited_until or self.banner.property("kind") != "info":
            return
        now = time.monotonic()
        if now > self._rate_limited_until + 1:
            self._rate_limited_until = 0.0
            if self._phase == "running":
                self._hide_banner()
        elif now < self._rate_limited_until and self._phase == "running":
            self._show_slow_down()

    @Slot(int)
    def _on_user_scrolled(self, action: int) -> None:
        self._follow = False

    # -- end --------------------------------------------------------------------------------

    @Slot(object)
    def _on_ended(self, outcome: UploadOutcome) -> None:
        self._tick.stop()
        self._add_sending_time()
        self.model.tick()
        self.outcome = outcome
        self.pause_button.setText(QCoreApplication.translate("UploadStep", "&Pause"))
        if outcome.ending is Ending.TEST_DONE:
            self._phase = "test_done"
            self._refresh_progress()
            sent = outcome.counts.get("sent", 0)
            first = self.model.result_at(0)
            rows = rows_text(first.row_numbers) if first else ""
            self.heading.setText(QCoreApplication.translate("UploadStep", "The test batch went"))
            self._show_banner(
                "success" if sent else "warning",
                QCoreApplication.translate(
                    "UploadStep",
                    "{sent} rows (spreadsheet rows {rows}) are in {dest}. Check one of them on a "
                    "timeline there, then send the other {left} rows.",
                ).format(
                    sent=number(sent),
                    rows=rows,
                    dest=destination_name(self.state),
                    left=number(outcome.unfinished),
                ),
            )
            self.continue_button.setText(
                QCoreApplication.translate(
                    "UploadStep", "Send the &rest (%Ln rows)", None, outcome.unfinished
                )
            )
            self.continue_button.show()
            self.continue_button.setDefault(True)
            self.continue_button.setFocus()
            self._update_buttons()
            self.status_changed.emit(self.heading.text())
            return
        self._finish(outcome)

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
        self._phase = "ended"
        self.continue_button.hide()
        self.test_button.hide()
        self.all_button.hide()
        dest = destination_name(self.state)
        sent = outcome.counts.get("sent", 0)
        failed = outcome.counts.get("failed", 0)
        if outcome.ending is not Ending.COMPLETE:
            self.model.mark_waiting_stopped()
            if self._short_intro:  # "Send a test batch …, then continue" is over
                self.intro.setText(self._short_intro)
        if outcome.ending is Ending.STOPPED_BY_API:
            self.heading.setText(
                QCoreApplication.translate("UploadStep", "{dest} stopped the upload").format(
                    dest=dest
                )
            )
            self._show_banner("error", stop_text(outcome.code, dest, outcome.message))
        elif outcome.ending is Ending.FAILED:
            self.heading.setText(QCoreApplication.translate("UploadStep", "The upload stopped"))
            self._show_banner(
                "error",
                QCoreApplication.translate(
                    "UploadStep", "{message} The rows that went are recorded; you can resume later."
                ).format(message=outcome.message),
            )
        elif outcome.ending is Ending.STOPPED:
            self.heading.setText(QCoreApplication.translate("UploadStep", "Stopped"))
            self._show_banner(
                "info",
                QCoreApplication.translate(
                    "UploadStep",
                    "{sent} rows went to {dest}. The other {left} rows were not sent; open this "
                    "file again later to send them (nothing is sent twice).",
                ).format(sent=number(sent), dest=dest, left=number(outcome.unfinished)),
            )
        else:
            self.progress_bar.setValue(1000)
            if failed:
                self.heading.setText(
                    QCoreApplication.translate("UploadStep", "Done, with some rows refused")
                )
            else:
                self.heading.setText(QCoreApplication.translate("UploadStep", "Done"))
            self._hide_banner()
        if self.progress is not None and outcome.ending is not Ending.COMPLETE:
            self.progress_bar.setFormat(
                QCoreApplication.translate("UploadStep", "{done} of {total} rows").format(
                    done=number(self.progress.rows_done), total=number(self.progress.total_rows)
                )
            )
        elif self.progress is not None:
            self.progress_bar.setFormat(
                QCoreApplication.translate("UploadStep", "{done} of {total} rows").format(
                    done=number(self.progress.rows_done), total=number(self.progress.total_rows)
                )
            )
        self.progress_bar.setAccessibleDescription(self.progress_bar.format())
        self._update_buttons()
        self.status_changed.emit(self.heading.text())
        self.completeness_changed.emit(True)
        self._notify_if_unfocused(outcome, sent, failed)
        if outcome.ending is Ending.COMPLETE:
            self.advance_requested.emit()  # Results puts the focus on its summary
        elif not self.banner.isHidden():
            announce(self.banner_text, self.banner_text.text())  # read out, focus left alone

    def _notify_if_unfocused(self, outcome: UploadOutcome, sent: int, failed: int) -> None:
        """Alert a user who is working elsewhere that the upload ended, and how."""
        if outcome.ending is Ending.COMPLETE:
            title = APP_NAME
            if failed:
                message = QCoreApplication.translate(
                    "ResultsStep", "{sent} events were added; {failed} rows failed"
                ).format(sent=number(sent), failed=number(failed))
            else:
                message = QCoreApplication.translate(
                    "ResultsStep", "All %Ln events were added", None, sent
                )
        else:
            title, message = self.heading.text(), self.banner_message() or self.heading.text()
        notify_if_inactive(
            self, title, message, problem=bool(failed) or outcome.ending is not Ending.COMPLETE
        )

    # -- helpers ----------------------------------------------------------------------------

    def _column_samples(self) -> dict[int, list[str]]:
        """Return the widest texts each batch column shows, in the interface language."""
        model = self.model
        statuses = [model.status_text(state) for state in BatchState]
        statuses.append(QCoreApplication.translate("BatchModel", "Retry in %n s", None, 88))
        return {
            BatchModel.NUMBER: ["00000"],
            BatchModel.ROWS: ["000000–000000"],
            BatchModel.STATUS: statuses,
            BatchModel.OK: [number(88888)],
            BatchModel.FAILED: [number(88888)],
            BatchModel.HTTP: ["888"],
            BatchModel.ATTEMPTS: ["88"],
            BatchModel.TIME: [seconds_text(888.8)],
        }

    def _fit_columns(self) -> None:
        """Size each batch column to its widest translated header or cell, so nothing clips.

        French words run about a quarter longer than English ones, so the widths are measured
        from the texts the user will actually read rather than from English samples.
        """
        cells = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        heads = header.fontMetrics()
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 6
        for column, samples in self._column_samples().items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max(cells.horizontalAdvance(text) for text in samples)
            if column == BatchModel.STATUS:
                widest += icon
            # The header also draws a sort indicator's room and its frame.
            width = max(widest + 16, heads.horizontalAdvance(title) + 24)
            self.table.setColumnWidth(column, width)

    def _update_buttons(self) -> None:
        running = self._phase == "running"
        self.test_button.setEnabled(self._phase == "ready")
        self.all_button.setEnabled(self._phase == "ready")
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running or self._phase == "test_done")
        self.stop_button.setText(
            QCoreApplication.translate("UploadStep", "&Stop here")
            if self._phase == "test_done"
            else QCoreApplication.translate("UploadStep", "&Stop")
        )

    def _show_banner(self, kind: str, text: str) -> None:
        icon = {
            "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
            "success": QStyle.StandardPixmap.SP_DialogApplyButton,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
        }[kind]
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.banner_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.banner_icon.setAccessibleName(
            {
                "info": QCoreApplication.translate("UploadStep", "Information"),
                "success": QCoreApplication.translate("UploadStep", "Done"),
                "warning": QCoreApplication.translate("UploadStep", "Warning"),
                "error": QCoreApplication.translate("UploadStep", "Problem"),
            }[kind]
        )
        self.banner_text.setText(text)
        self.banner.setProperty("kind", kind)
        self.banner.show()

    def _hide_banner(self) -> None:
        self.banner.hide()
        self.banner.setProperty("kind", "")
        self.banner_text.setText("")

    def banner_message(self) -> str:
        """Return the banner's text ("" when hidden), for tests and screen readers."""
        return self.banner_text.text() if not self.banner.isHidden() else ""

    def _batch_message(self, result: BatchResult) -> str:
        dest = destination_name(self.state)
        if result.state is BatchState.RETRYING:
            return retry_text(result.code, dest, result.http_status)
        if result.state is BatchState.PARTLY_FAILED:
            return QCoreApplication.translate(
                "UploadStep", "%n rows refused; see the results.", None, result.failed
            )
        if result.state is BatchState.FAILED:
            reason = result.message or next(iter(result.row_failures.values()), "")
            return failure_text(result.code, reason, dest)
        if result.state is BatchState.STOPPED:
            return QCoreApplication.translate("UploadStep", "Not sent: the upload was stopped.")
        return ""
