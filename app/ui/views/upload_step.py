"""Step 5, Upload: a test batch first, then the rest, with a live per-batch view.

Nothing leaves before the user asks: "Send a test batch, check it in HubSpot, then continue"
or send everything at once. This page lays out its panels (``upload_panels``) and forwards
clicks; ``UploadController`` decides what happens and what the panels show, and the engine
runs in a worker (``UploadSession``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from app.core.upload.retries import RetryPolicy
from app.core.upload.upload_outcome import UploadOutcome
from app.ui.context import AppContext
from app.ui.controllers.upload_controller import UploadController
from app.ui.controllers.upload_wording import destination_name, retry_text
from app.ui.models.batch_model import BatchModel, UploadProgress
from app.ui.state import WizardState
from app.ui.step_base import StepPage, page_layout, style_heading
from app.ui.upload_session import UploadSession
from app.ui.views.batch_strip import BatchStrip, StripLegend
from app.ui.views.upload_panels import (
    Banner,
    BatchTable,
    UploadButtons,
    UploadProgressBar,
    details_toggle,
)
from app.ui.wording import number

__all__ = ["UploadStep", "destination_name", "retry_text"]


class UploadStep(StepPage):
    """The Upload page: heading, introduction, banner, buttons, progress bar, batch table."""

    def __init__(
        self,
        context: AppContext | None = None,
        parent: QWidget | None = None,
        *,
        journal_dir: Path | None = None,
        concurrency: int = 4,
        batch_size: int | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("uploadStep")
        # What the next upload is made with (the Options dialog changes the last two).
        self.context = context
        self.journal_dir = journal_dir
        self.retry = retry  # None = the engine's default
        self.concurrency = concurrency
        self.batch_size = batch_size

        self.heading = QLabel()
        self.heading.setObjectName("uploadHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        style_heading(self.heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.banner = Banner()
        self.buttons = UploadButtons()
        self.progress_bar = UploadProgressBar()
        self.model = BatchModel(self)
        self.table = BatchTable(self.model)
        self.strip = BatchStrip(self.model)
        self.strip.setAccessibleName(
            QCoreApplication.translate("UploadStep", "Batches at a glance")
        )
        self.legend = StripLegend()
        self.legend.hide()  # no batches yet
        self.details_button = details_toggle()
        # The buttons by name, as the rest of the window and its tests reach them.
        self.test_button = self.buttons.test_button
        self.all_button = self.buttons.all_button
        self.continue_button = self.buttons.continue_button
        self.pause_button = self.buttons.pause_button
        self.stop_button = self.buttons.stop_button

        layout = page_layout(self)  # lined up with the other steps' titles
        layout.addWidget(self.header(self.heading))
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.strip)
        under_strip = QHBoxLayout()
        under_strip.addWidget(self.legend, 1)
        under_strip.addWidget(self.details_button)
        layout.addLayout(under_strip)
        layout.addWidget(self.table, 1)

        self.controller = UploadController(self)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.all_button.clicked.connect(self._on_all_clicked)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.stop_button.clicked.connect(self._on_stop_clicked)
        self.table.user_scrolled.connect(self._on_table_scrolled)
        self.strip.batch_clicked.connect(self._on_strip_clicked)
        self.strip.states_changed.connect(self._on_strip_changed)
        self.details_button.toggled.connect(self._on_details_toggled)
        self.controller.show_details(self.details_button.isChecked())

    # -- what the controller knows, for the window and its tests ---------------------------

    @property
    def session(self) -> UploadSession | None:
        """The upload under way (or last run), if any."""
        return self.controller.session

    @property
    def progress(self) -> UploadProgress | None:
        """The numbers behind the progress bar."""
        return self.controller.progress

    @progress.setter
    def progress(self, progress: UploadProgress | None) -> None:
        self.controller.progress = progress

    @property
    def outcome(self) -> UploadOutcome | None:
        """How the last run of the engine ended."""
        return self.controller.outcome

    @property
    def _phase(self) -> str:
        """The controller's phase: idle, planning, ready, running, test_done or ended."""
        return self.controller.phase

    @_phase.setter
    def _phase(self, phase: str) -> None:
        self.controller.phase = phase

    def banner_message(self) -> str:
        """Return the banner's text ("" when hidden), for tests and screen readers."""
        return self.banner.message()

    # -- StepPage ---------------------------------------------------------------------------

    def title(self) -> str:
        """Return the step's name."""
        return QCoreApplication.translate("UploadStep", "Upload")

    def help_text(self) -> str:
        """Return the step's sentence of help, under its title."""
        return QCoreApplication.translate(
            "UploadStep",
            "Rows go out in batches; you can pause, stop or close and resume later, and no row "
            "is sent twice.",
        )

    def enter(self, state: WizardState) -> None:
        """Plan the upload (or keep the one under way) when the step is shown."""
        self.controller.enter(state)

    def test_batch_rows(self) -> int:
        """Rows the test batch sends (a setting; a handful by default)."""
        return self.controller.test_batch_rows()

    def leave(self, state: WizardState) -> bool:
        """Allow leaving only when nothing is being sent."""
        return not self.is_sending()

    def is_sending(self) -> bool:
        """Return True while batches are going out (another upload must wait)."""
        return self.controller.is_sending()

    def is_complete(self) -> bool:
        """Return True once the upload ended (complete, stopped or refused)."""
        return self.controller.is_complete()

    def next_text(self) -> str | None:
        """Name the next step."""
        return QCoreApplication.translate("UploadStep", "See r&esults")

    def allows_back(self) -> bool:
        """See ``UploadController.allows_back``."""
        return self.controller.allows_back()

    def can_close(self) -> bool:
        """Ask before closing during an upload; on yes, stop and wait for in-flight batches.

        The main window calls this on every step when the user closes it.
        """
        if not self.is_sending():
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
            self.controller.shutdown(30.0)
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def shutdown(self, timeout_s: float = 10.0) -> bool:
        """Stop any upload and wait for its worker (tests and window teardown)."""
        return self.controller.shutdown(timeout_s)

    def confirm_stop(self, left: int, dest: str) -> bool:
        """Ask whether to stop with ``left`` rows not sent; True on yes."""
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("UploadStep", "Stop the upload?"),
            QCoreApplication.translate(
                "UploadStep",
                "{left} rows have not been sent yet. Stop now? Rows that went stay in {dest}; "
                "you can send the rest later.",
            ).format(left=number(left), dest=dest),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- user actions, forwarded ------------------------------------------------------------

    @Slot()
    def _on_test_clicked(self) -> None:
        self.controller.start(test_batch=True)

    @Slot()
    def _on_all_clicked(self) -> None:
        self.controller.start(test_batch=False)

    @Slot()
    def _on_continue_clicked(self) -> None:
        self.controller.send_rest()

    @Slot()
    def _on_pause_clicked(self) -> None:
        self.controller.toggle_pause()

    @Slot()
    def _on_stop_clicked(self) -> None:
        self.controller.stop()

    @Slot()
    def _on_table_scrolled(self) -> None:
        self.controller.follow_no_more()

    @Slot(int)
    def _on_strip_clicked(self, row: int) -> None:
        self.controller.pick_batch(row)

    @Slot()
    def _on_strip_changed(self) -> None:
        self.controller.shown.show_strip_counts()

    @Slot(bool)
    def _on_details_toggled(self, shown: bool) -> None:
        self.controller.show_details(shown)
