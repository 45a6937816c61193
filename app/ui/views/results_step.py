"""Step 6, Results: what went, what did not and why, and the files to act on it.

A headline from the counts ("146 of 150 rows are in HubSpot · 4 need fixing"), a bar of where the
rows ended with its legend in words, and the rows to fix grouped by reason, each with *Fix in
Preview*; the files beside them. What the page says is decided in ``app.ui.results_summary``;
the run is read by ``app.ui.results_data``; the bar and the groups are ``results_widgets``.
Counts come from the journal run of the upload (the source of truth), so a resumed or retried run
shows the same numbers as the command line's report. A failure shared by every failed row (a
refused token, a deleted template) is said once, not once per row. Files: the full report, the
rows to fix (the failed rows and those with problems, with their original columns, row number and
reason, which loads again with the same mapping: ``app.core.reports.fix_file``) and the success file
(with event ids).
"""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.ui.controllers.results_wording import (
    cause_text,
    destination_text,
    problem_example,
    reason_text,
    template_text,
)
from app.ui.icons import status_icon_name
from app.ui.models.batch_model import UploadProgress
from app.ui.results_data import RunResults, load_results, report_subset
from app.ui.results_summary import (
    FixGroup,
    ResultCounts,
    counts_of,
    destination_display_name,
    failed_groups,
    headline,
    problem_groups,
    tone,
)
from app.ui.save_folder import suggested_path
from app.ui.state import WizardState
from app.ui.step_base import StepPage, page_layout
from app.ui.text.upload import stop_text
from app.ui.upload_session import Ending, UploadOutcome, UploadSession
from app.ui.views.results_widgets import FixGroupsPanel, Legend, StackedBar
from app.ui.wording import duration, problem_label
from app.ui.workers import run_task


class ResultsStep(StepPage):
    """The Results page (see module docstring).

    *Fix in Preview* opens the window's Preview step (``MainWindow.go_to``) filtered on the
    group's problem (``PreviewStep.filter_by_code``) or, for rows the service refused, showing only
    those rows (``PreviewStep.show_rows``, after emitting ``fix_requested(indices, note)``). *Retry
    failed rows* sends the temporarily failed rows again right here, as a new journal run.
    """

    fix_requested = Signal(list, str)
    resume_requested = Signal(object)  # ResumeOffer chosen in History; the window resumes it

    def __init__(
        self,
        context: Any = None,
        parent: QWidget | None = None,
        *,
        journal_dir: Path | None = None,
        retry: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resultsStep")
        self.context = context
        self.state = WizardState()
        self.journal_dir = journal_dir
        self.retry = retry  # engine RetryPolicy for "Retry failed rows"; None = default
        self.results: RunResults | None = None
        self.last_saved: Path | None = None
        self._saved_run: str | None = None  # the upload whose file "Saved to …" names

        self.heading = QLabel()
        self.heading.setObjectName("resultsHeading")
        self.heading.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # focus lands on the summary
        # How it went at a glance, never by the words' colour alone: a tick or a warning sign.
        self.heading_icon = QLabel()
        self.heading_icon.setObjectName("resultsIcon")
        self.heading_icon.hide()

        self.cause = QLabel()
        self.cause.setObjectName("resultsCause")
        self.cause.setWordWrap(True)
        self.cause.setTextFormat(Qt.TextFormat.PlainText)
        self.cause.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Where the rows ended, as a picture (colour and hatching) and in words beside it.
        self.counts = ResultCounts()
        self.bar = StackedBar()
        self.legend = Legend()
        self.fix_groups = FixGroupsPanel()
        self.fix_groups.fix_clicked.connect(self._on_fix_group_clicked)
        self.fix_groups.hide()

        self.details = QFormLayout()
        self.details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detail_labels: dict[str, QLabel] = {}
        for key, title in (
            ("duration", QCoreApplication.translate("ResultsStep", "Duration")),
            ("destination", QCoreApplication.translate("ResultsStep", "Destination")),
            ("template", QCoreApplication.translate("ResultsStep", "Event template")),
            ("account", QCoreApplication.translate("ResultsStep", "Account")),
            ("file", QCoreApplication.translate("ResultsStep", "File")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.details.addRow(title, value)
            self.detail_labels[key] = value

        self.save_report_button = QPushButton(
            QCoreApplication.translate("ResultsStep", "Save &report…")
        )
        self.save_report_button.setObjectName("saveReportButton")
        self.save_errors_button = QPushButton(
            QCoreApplication.translate("ResultsStep", "Sav&e rows to fix…")
        )
        self.save_errors_button.setObjectName("saveErrorFileButton")
        self.save_errors_button.setToolTip(
            QCoreApplication.translate(
                "ResultsStep",
                "The rows that failed or have a problem, with their columns, row number and "
                "reason; fix them and open the file again",
            )
        )
        self.save_success_button = QPushButton(
            QCoreApplication.translate("ResultsStep", "Save &success file…")
        )
        self.save_success_button.setObjectName("saveSuccessFileButton")
        self.save_success_button.setToolTip(
            QCoreApplication.translate("ResultsStep", "The rows that went, with their event ids")
        )
        self.retry_button = QPushButton(
            QCoreApplication.translate("ResultsStep", "Re&try failed rows")
        )
        self.retry_button.setObjectName("retryButton")
        self.history_button = QPushButton(QCoreApplication.translate("ResultsStep", "Histor&y…"))
        self.history_button.setObjectName("historyButton")
        self.history_button.setToolTip(
            QCoreApplication.translate("ResultsStep", "Past uploads and their reports")
        )
        self.history_dialog: Any = None
        self.open_button = QPushButton(QCoreApplication.translate("ResultsStep", "&Open report"))
        self.open_button.setObjectName("openReportButton")
        self.open_button.setEnabled(False)
        self.open_button.hide()  # shown beside "Saved to …" once there is a file to open
        self.saved_note = QLabel()
        self.saved_note.setWordWrap(True)
        self.retry_progress = QProgressBar()
        self.retry_progress.setObjectName("retryProgress")
        self.retry_progress.setRange(0, 1000)
        self.retry_progress.hide()
        self.retry_session: UploadSession | None = None
        self._retry_tally: UploadProgress | None = None

        # The files to act on sit beside the rows to fix, one under the other.
        files = QVBoxLayout()
        for button in (
            self.save_report_button,
            self.save_errors_button,
            self.save_success_button,
            self.history_button,
        ):
            files.addWidget(button)
        files.addStretch(1)
        self.lower = QHBoxLayout()
        self.lower.addWidget(self.fix_groups, 1)
        self.lower.addLayout(files)
        self.lower.addStretch(1)  # with nothing to fix, the buttons keep their width
        # Open report beside "Saved to …", the file it opens (and the row stays narrow in French).
        saved = QHBoxLayout()
        saved.addWidget(self.open_button)
        saved.addWidget(self.saved_note, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.retry_button)
        actions.addStretch(1)

        layout = page_layout(self)  # lined up with the other steps' titles
        layout.addWidget(self.header(self.heading, leading=self.heading_icon))
        layout.addWidget(self.cause)
        layout.addSpacing(8)
        layout.addWidget(self.bar)
        layout.addWidget(self.legend)
        layout.addSpacing(8)
        layout.addLayout(actions)
        layout.addWidget(self.retry_progress)
        layout.addLayout(self.lower, 1)
        layout.addLayout(saved)
        layout.addSpacing(8)
        layout.addLayout(self.details)
        layout.addStretch(0)  # takes the room the rows to fix leave, when there are none
        self.page_layout = layout

        self.save_report_button.clicked.connect(self._on_save_report_clicked)
        self.save_errors_button.clicked.connect(self._on_save_errors_clicked)
        self.save_success_button.clicked.connect(self._on_save_success_clicked)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.history_button.clicked.connect(self.show_history)
        self._set_actions_enabled(False)

    # -- StepPage ---------------------------------------------------------------------------

    def title(self) -> str:
        """Return the step's name."""
        return QCoreApplication.translate("ResultsStep", "Results")

    def help_text(self) -> str:
        """Return the step's help sentence."""
        return QCoreApplication.translate(
            "ResultsStep", "Where every row of the file ended, and what to do with the rest."
        )

    def enter(self, state: WizardState) -> None:
        """Read the run from the journal and show it."""
        self.state = state
        if state.run_id != self._saved_run:
            self._forget_saved_file()  # "Saved to …" named a file of an earlier upload
        self.heading.setText(QCoreApplication.translate("ResultsStep", "Reading the results…"))
        self.heading_icon.hide()
        self.cause.setText("")
        self._set_actions_enabled(False)
        run_task(
            lambda: load_results(state, self.journal_dir), self.show_results, self._on_load_failed
        )

    def allows_back(self) -> bool:
        """Earlier steps stay reachable (to fix rows), except while a retry runs."""
        return self.retry_session is None or not self.retry_session.running

    def can_close(self) -> bool:
        """Ask before closing while a retry is sending rows."""
        if self.retry_session is None or not self.retry_session.running:
            return True
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ResultsStep", "Stop sending?"),
            QCoreApplication.translate(
                "ResultsStep",
                "Failed rows are being sent again. Stop and close? Rows that went stay sent.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.retry_session.shutdown(30.0)
        return True

    def shutdown(self, timeout_s: float = 10.0) -> bool:
        """Stop a retry and wait for it (tests and window teardown)."""
        return self.retry_session.shutdown(timeout_s) if self.retry_session is not None else True

    def next_text(self) -> str | None:
        """After Results the window starts over on File, keeping the account and the mapping."""
        return QCoreApplication.translate("ResultsStep", "&New upload")

    # -- showing ----------------------------------------------------------------------------

    def _show_heading_icon(self, pixmap: QStyle.StandardPixmap) -> None:
        size = self.heading.fontMetrics().height() + 2  # as tall as the title's line
        self.heading_icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        self.heading_icon.setAccessibleName(status_icon_name(pixmap))
        self.heading_icon.show()

    def _on_load_failed(self, message: str, exc: BaseException) -> None:
        self.heading.setText(
            QCoreApplication.translate("ResultsStep", "The results cannot be shown")
        )
        self.cause.setText(message)
        self._show_heading_icon(QStyle.StandardPixmap.SP_MessageBoxCritical)

    def show_results(self, results: RunResults) -> None:
        """Fill the page from a run's results: headline, bar, rows to fix, details."""
        self.results = results
        state = self.state
        counts = self.counts = counts_of(results)
        self.heading.setText(headline(counts, destination_display_name(state.mapping)))
        self.bar.set_counts(counts)
        self.legend.set_counts(counts)
        self.cause.setText(cause_text(self.state, results))
        self.cause.setVisible(bool(self.cause.text()))
        self._show_heading_icon(
            {
                "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
                "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
            }.get(tone(counts), QStyle.StandardPixmap.SP_DialogApplyButton)
        )
        groups = failed_groups(results.failed, partial(reason_text, state)) + problem_groups(
            results.problems, problem_label, partial(problem_example, state)
        )
        self.fix_groups.set_groups(sorted(groups, key=lambda g: -g.count))
        listed = bool(self.fix_groups.groups)
        self.lower.setStretch(2, 0 if listed else 1)
        self.page_layout.setStretchFactor(self.lower, 1 if listed else 0)
        self.page_layout.setStretch(self.page_layout.count() - 1, 0 if listed else 1)

        seconds = (
            state.sending_seconds
            if state.sending_seconds is not None
            else results.updated - results.created
        )
        self.detail_labels["duration"].setText(duration(seconds))
        self.detail_labels["destination"].setText(destination_text(state))
        self.detail_labels["template"].setText(template_text(state))
        # Only HubSpot timeline events have a template; a "—" row would mean nothing elsewhere.
        has_template = state.mapping is not None and state.mapping.hubspot is not None
        self.details.setRowVisible(self.detail_labels["template"], has_template)
        self.detail_labels["account"].setText(state.account.label if state.account else "")
        self.detail_labels["file"].setText(
            str(state.file_path or (state.sheet.path if state.sheet else ""))
        )
        temporary = len(results.temporary_failures)
        self.retry_button.setText(
            QCoreApplication.translate("ResultsStep", "Re&try %Ln failed rows", None, temporary)
        )
        self._set_actions_enabled(True)
        self.retry_button.setVisible(temporary > 0)
        self.save_errors_button.setEnabled(results.fix_rows > 0)
        self.save_success_button.setEnabled(counts.in_destination > 0)
        self.heading.setFocus()
        self.status_changed.emit(self.heading.text())
        self.completeness_changed.emit(True)

    def _set_actions_enabled(self, on: bool) -> None:
        for button in (
            self.save_report_button,
            self.save_errors_button,
            self.save_success_button,
            self.retry_button,
        ):
            button.setEnabled(on)

    # -- files ------------------------------------------------------------------------------

    def _ask_path(self, title: str, suffix: str) -> str:
        sheet = self.state.sheet
        base = sheet.path if sheet is not None else None
        stamp = time.strftime("%Y-%m-%d %H%M")
        stem = base.stem if base is not None else "upload"
        suggested = suggested_path(base, f"{stem} - {suffix} {stamp}.xlsx")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            title,
            suggested,
            QCoreApplication.translate("ResultsStep", "Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        return path

    @Slot()
    def _on_save_report_clicked(self) -> None:
        path = self._ask_path(
            QCoreApplication.translate("ResultsStep", "Save report"),
            QCoreApplication.translate("ResultsStep", "report"),
        )
        if path and self.results is not None and self.state.sheet is not None:
            # deferred: reports cost ~14 ms if imported before the window shows
            from app.core.reports.report import write_report

            rows, sheet = self.results.report_rows, self.state.sheet
            self._save(lambda: write_report(path, sheet, rows), path, open_after=True)

    @Slot()
    def _on_save_errors_clicked(self) -> None:
        if self.results is None or self.state.sheet is None:
            return
        path = self._ask_path(
            QCoreApplication.translate("ResultsStep", "Save rows to fix"),
            QCoreApplication.translate("ResultsStep", "rows to fix"),
        )
        if not path:
            return
        # deferred: the fix file pulls in httpx (~7 ms+) if imported before the window shows
        from app.core.reports.fix_file import write_rows_to_fix

        state, lines = self.state, list(self.results.report_rows)
        sheet, excluded, edits = state.sheet, set(state.excluded_rows), dict(state.cell_edits)
        self._save(
            lambda: write_rows_to_fix(
                path, sheet, lines, excluded=excluded, mapping=state.mapping, edits=edits
            ),
            path,
        )

    @Slot()
    def _on_save_success_clicked(self) -> None:
        if self.results is None or self.state.sheet is None:
            return
        path = self._ask_path(
            QCoreApplication.translate("ResultsStep", "Save success file"),
            QCoreApplication.translate("ResultsStep", "added"),
        )
        if not path:
            return
        # deferred: reports cost ~14 ms if imported before the window shows
        from app.core.reports.report import STATUS_ALREADY_SENT, STATUS_SENT, write_report

        sheet, rows = report_subset(
            self.state.sheet,
            [r for r in self.results.report_rows if r.status in (STATUS_SENT, STATUS_ALREADY_SENT)],
        )
        self._save(lambda: write_report(path, sheet, rows), path)

    def _forget_saved_file(self) -> None:
        self.last_saved = None
        self._saved_run = None
        self.open_button.setEnabled(False)
        self.open_button.hide()
        self.saved_note.setText("")

    def _save(self, write: Any, path: str, *, open_after: bool = False) -> None:
        """Write a file in the background, saying so: a 100,000-row report takes seconds.

        The save buttons wait meanwhile, so a second click cannot write the same file twice.
        """
        run = self.state.run_id
        buttons = (self.save_report_button, self.save_errors_button, self.save_success_button)
        enabled = [button.isEnabled() for button in buttons]
        for button in buttons:
            button.setEnabled(False)
        self.open_button.hide()
        self.saved_note.setText(
            QCoreApplication.translate("ResultsStep", "Saving {name}…").format(name=Path(path).name)
        )

        def restore() -> None:
            for button, was_enabled in zip(buttons, enabled, strict=True):
                button.setEnabled(was_enabled)

        def done(_result: object) -> None:
            restore()
            self.last_saved = Path(path)
            self._saved_run = run
            self.open_button.setEnabled(True)
            self.open_button.show()
            self.saved_note.setText(
                QCoreApplication.translate("ResultsStep", "Saved to {path}").format(path=path)
            )

        def failed(message: str, exc: BaseException) -> None:
            restore()
            self.saved_note.setText("")
            QMessageBox.warning(
                self, QCoreApplication.translate("ResultsStep", "Could not save the file"), message
            )

        run_task(write, done, failed)

    @Slot()
    def _on_open_clicked(self) -> None:
        if self.last_saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_saved)))

    @Slot()
    def show_history(self) -> None:
        """Open History (past uploads); the upload shown here gets exactly this page's report."""
        # deferred: the history dialog pulls in httpx (~20 ms) if imported before the window shows
        from app.ui.dialogs.history_dialog import CurrentReport, HistoryDialog

        current = None
        state, results = self.state, self.results
        # Only while the window still holds that upload's rows (a new file resets run_id).
        if (
            results is not None
            and state.sheet is not None
            and state.run_id is not None
            and int(state.run_id) == results.run_id
            and len(state.sheet.rows) == len(results.report_rows)
        ):
            current = CurrentReport(results.run_id, state.sheet, list(results.report_rows))
        if self.history_dialog is not None:
            self.history_dialog.close()
        self.history_dialog = HistoryDialog(
            self.window(), journal_dir=self.journal_dir, current=current
        )
        self.history_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog.destroyed.connect(self._on_history_closed)
        self.history_dialog.resume_requested.connect(self.resume_requested)
        self.history_dialog.open()

    @Slot()
    def _on_history_closed(self) -> None:
        self.history_dialog = None

    # -- retry and fix ----------------------------------------------------------------------

    @Slot()
    def _on_retry_clicked(self) -> None:
        if self.results is None or not self.results.temporary_failures:
            return
        if self.retry_session is not None and self.retry_session.running:
            return
        session = UploadSession(self.state, self, journal_dir=self.journal_dir, retry=self.retry)
        session.planned.connect(self._on_retry_planned)
        session.plan_failed.connect(self._on_retry_plan_failed)
        session.batches_flushed.connect(self._on_retry_batches)
        session.ended.connect(self._on_retry_ended)
        self.retry_session = session
        self._set_actions_enabled(False)
        self.retry_progress.setValue(0)
        self.retry_progress.setFormat(QCoreApplication.translate("ResultsStep", "Getting ready…"))
        self.retry_progress.show()
        session.prepare(only_rows=self.results.temporary_failures)

    @Slot(object)
    def _on_retry_planned(self, plan: Any) -> None:
        self._retry_tally = UploadProgress(plan.rows_to_send, len(plan.batches))
        assert self.retry_session is not None
        self.retry_session.start(test_batch=False)

    @Slot(str)
    def _on_retry_plan_failed(self, message: str) -> None:
        self.retry_progress.hide()
        self._set_actions_enabled(True)
        QMessageBox.warning(
            self,
            QCoreApplication.translate("ResultsStep", "Could not send the rows again"),
            message,
        )

    @Slot(list)
    def _on_retry_batches(self, results: list) -> None:
        if self._retry_tally is not None:
            self._retry_tally.add(results)
            self.retry_progress.setValue(round(self._retry_tally.fraction * 1000))
            self.retry_progress.setFormat(self._retry_tally.text())

    @Slot(object)
    def _on_retry_ended(self, outcome: UploadOutcome) -> None:
        self.retry_progress.hide()
        if outcome.ending in (Ending.STOPPED_BY_API, Ending.FAILED):
            message = outcome.message  # FAILED: the worker's sentence, already translated
            if outcome.ending is Ending.STOPPED_BY_API:
                destination = destination_display_name(self.state.mapping)
                message = stop_text(outcome.code, destination, outcome.message)
            QMessageBox.warning(
                self, QCoreApplication.translate("ResultsStep", "Sending stopped"), message
            )
        self.enter(self.state)  # the retry is a new run: show its results

    @Slot(object)
    def _on_fix_group_clicked(self, group: FixGroup) -> None:
        """Open Preview on the group's rows: filtered on its problem, or on the refused rows."""
        note = ""
        if group.code is None:
            note = QCoreApplication.translate(
                "ResultsStep",
                "Showing the %Ln rows the destination refused; Save rows to fix writes them with "
                "their reasons. Fix them in the spreadsheet, then open it again: rows that went "
                "are not sent twice.",
                None,
                group.count,
            )
            self.fix_requested.emit(list(group.indices), note)
        window = self.window()
        steps = getattr(window, "steps", None)
        go_to = getattr(window, "go_to", None)
        if not steps or go_to is None:
            return
        for index, step in enumerate(steps):
            if hasattr(step, "show_rows"):
                if go_to(index):
                    if group.code is None:
                        step.show_rows(list(group.indices), note)
                    else:
                        step.filter_by_code(group.code)
                return
