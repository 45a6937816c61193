"""Step 6, Results: what went, what did not and why, and the files to act on it.

Counts come from the journal run of the upload (the source of truth), so a resumed or retried run
shows the same numbers as the command line's report. A failure shared by every failed row (a
refused token, a deleted template) is said once, not once per row. Files: the full report, the
rows to fix (the failed rows and those with problems, with their original columns, row number and
reason, which loads again with the same mapping: ``app.core.reports.fix_file``) and the success file
(with event ids).
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.destinations import find
from app.core.reading.sheet import SheetData
from app.core.upload.journal import Journal, RowState
from app.ui.icons import status_icon_name
from app.ui.models.batch_model import UploadProgress
from app.ui.save_folder import suggested_path
from app.ui.state import WizardState
from app.ui.step_base import StepPage, style_heading
from app.ui.text.upload import failure_text, stop_text
from app.ui.upload_session import Ending, UploadNotReady, UploadOutcome, UploadSession
from app.ui.wording import duration, number
from app.ui.workers import run_task

# Failures worth another try as they are: the service was busy, slow or unreachable.
TEMPORARY_CODES = frozenset(
    {"server_error", "locked", "migrating", "timeout", "connection_error", "rate_limited"}
)


@dataclass
class RunResults:
    """The numbers and rows the Results page shows, read from the journal in the background."""

    run_id: int
    counts: dict[str, int]
    failed: list[tuple[int, int, str, str]] = field(
        default_factory=list
    )  # index, row, code, reason
    sent_indices: list[int] = field(default_factory=list)
    created: float = 0.0
    updated: float = 0.0
    report_rows: list[Any] = field(default_factory=list)
    # rows with a problem the user excluded in Preview: counted as excluded, not as problems
    excluded_problems: int = 0
    fix_rows: int = 0  # rows in the "rows to fix" file: failed and invalid, not excluded

    def count(self, state: RowState) -> int:
        """Rows of the run in ``state``."""
        return self.counts.get(state.value, 0)

    @property
    def temporary_failures(self) -> list[int]:
        """Indices of failed rows whose cause was temporary (worth retrying as they are)."""
        return [i for i, _n, code, _r in self.failed if code in TEMPORARY_CODES]

    def reasons(self) -> list[tuple[str, int]]:
        """Failure reasons with their row counts, most frequent first."""
        return Counter(reason or code for _i, _n, code, reason in self.failed).most_common()


def load_results(state: WizardState, journal_dir: Path | None = None) -> RunResults:
    """Read the run of ``state.run_id`` from the journal (runs in a worker)."""
    from app.core.upload.upload_plan import upload_report_rows

    if state.run_id is None:
        raise UploadNotReady(
            QCoreApplication.translate("ResultsStep", "No upload has run yet: see step 5.")
        )
    run_id = int(state.run_id)
    journal = Journal.open_in(journal_dir)
    try:
        info = journal.get_run(run_id)
        rows = journal.rows(run_id)
        result = RunResults(
            run_id=run_id,
            counts=dict(journal.counts(run_id)),
            failed=[
                (r.index, r.row_number, r.code, r.reason)
                for r in rows
                if r.state is RowState.FAILED
            ],
            sent_indices=[r.index for r in rows if r.state is RowState.SENT],
            created=info.created,
            updated=info.updated,
        )
        if state.conversion is not None:
            from app.core.reports.fix_file import rows_to_fix

            result.report_rows = upload_report_rows(state.conversion, journal, run_id)
            result.fix_rows = len(rows_to_fix(result.report_rows, state.excluded_rows))
        not_sendable = (RowState.INVALID, RowState.DUPLICATE)
        result.excluded_problems = sum(
            1 for r in rows if r.state in not_sendable and r.index in state.excluded_rows
        )
        return result
    finally:
        journal.close()


def report_subset(sheet: SheetData, lines: list[Any]) -> tuple[SheetData, list[Any]]:
    """Return a sheet holding only the rows of ``lines`` and the lines renumbered to match.

    The report writer writes one line per sheet row; the error and success files hold a part of
    the rows, each with its original spreadsheet row number, so they are written from a view.
    """
    part = SheetData(
        path=sheet.path,
        sheet_name=sheet.sheet_name,
        sheet_names=sheet.sheet_names,
        header_row=sheet.header_row,
        headers=sheet.headers,
        rows=[sheet.rows[line.index] for line in lines],
        row_numbers=[sheet.row_numbers[line.index] for line in lines],
        encoding=sheet.encoding,
        delimiter=sheet.delimiter,
    )
    return part, [dataclasses.replace(line, index=k) for k, line in enumerate(lines)]


class ResultsStep(StepPage):
    """The Results page (see module docstring).

    *Fix failed rows* opens the window's Preview step (``MainWindow.go_to``) showing only those
    rows (``PreviewStep.show_rows``) and also emits ``fix_requested(indices, note)``. *Retry
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
        self.heading.setWordWrap(True)
        style_heading(self.heading)
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

        self.count_labels: dict[str, QLabel] = {}
        counts = QGridLayout()
        counts.setHorizontalSpacing(24)
        titles = (
            ("sent", QCoreApplication.translate("ResultsStep", "Sent")),
            ("already", QCoreApplication.translate("ResultsStep", "Already there")),
            ("failed", QCoreApplication.translate("ResultsStep", "Failed")),
            ("excluded", QCoreApplication.translate("ResultsStep", "Excluded")),
            ("invalid", QCoreApplication.translate("ResultsStep", "With problems")),
            ("left", QCoreApplication.translate("ResultsStep", "Not sent yet")),
        )
        for column, (key, title) in enumerate(titles):
            value = QLabel("0")
            value.setObjectName(f"count_{key}")
            big = value.font()
            big.setPointSizeF(big.pointSizeF() * 1.6)
            value.setFont(big)
            caption = QLabel(title)
            caption.setBuddy(value)
            value.setAccessibleName(title)
            counts.addWidget(value, 0, column, Qt.AlignmentFlag.AlignLeft)
            counts.addWidget(caption, 1, column, Qt.AlignmentFlag.AlignLeft)
            self.count_labels[key] = value
        counts.setColumnStretch(len(titles), 1)

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
        self.fix_button = QPushButton(QCoreApplication.translate("ResultsStep", "F&ix failed rows"))
        self.fix_button.setObjectName("fixButton")
        self.fix_button.setToolTip(
            QCoreApplication.translate(
                "ResultsStep", "Open Preview showing only the rows that failed"
            )
        )
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

        files = QHBoxLayout()
        for button in (self.save_report_button, self.save_errors_button, self.save_success_button):
            files.addWidget(button)
        files.addStretch(1)
        files.addWidget(self.history_button)
        # Open report beside "Saved to …", the file it opens (and the row stays narrow in French).
        saved = QHBoxLayout()
        saved.addWidget(self.open_button)
        saved.addWidget(self.saved_note, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.retry_button)
        actions.addWidget(self.fix_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # lined up with the other steps' titles
        title = QHBoxLayout()
        title.addWidget(self.heading_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        title.addWidget(self.heading, 1)
        layout.addLayout(title)
        layout.addWidget(self.cause)
        layout.addSpacing(8)
        layout.addLayout(counts)
        layout.addSpacing(8)
        layout.addLayout(self.details)
        layout.addSpacing(8)
        layout.addLayout(actions)
        layout.addWidget(self.retry_progress)
        layout.addLayout(files)
        layout.addLayout(saved)
        layout.addStretch(1)

        self.save_report_button.clicked.connect(self._on_save_report_clicked)
        self.save_errors_button.clicked.connect(self._on_save_errors_clicked)
        self.save_success_button.clicked.connect(self._on_save_success_clicked)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.fix_button.clicked.connect(self._on_fix_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.history_button.clicked.connect(self.show_history)
        self._set_actions_enabled(False)

    # -- StepPage ---------------------------------------------------------------------------

    def title(self) -> str:
        """Return the step's name."""
        return QCoreApplication.translate("ResultsStep", "Results")

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
        """Fill the page from a run's results."""
        self.results = results
        state = self.state
        sent = results.count(RowState.SENT)
        already = results.count(RowState.ALREADY_SENT)
        failed = results.count(RowState.FAILED)
        excluded = results.count(RowState.EXCLUDED) + results.excluded_problems
        invalid = (
            results.count(RowState.INVALID)
            + results.count(RowState.DUPLICATE)
            - results.excluded_problems
        )
        left = results.count(RowState.PENDING) + results.count(RowState.IN_FLIGHT)
        for key, value in (
            ("sent", sent),
            ("already", already),
            ("failed", failed),
            ("excluded", excluded),
            ("invalid", invalid),
            ("left", left),
        ):
            self.count_labels[key].setText(number(value))
        if failed == 0 and left == 0 and sent:
            self.heading.setText(
                QCoreApplication.translate("ResultsStep", "All %Ln events were added", None, sent)
            )
        elif failed == 0 and left == 0 and not sent:
            self.heading.setText(
                QCoreApplication.translate(
                    "ResultsStep", "Nothing new to add: every row was already there"
                )
            )
        elif left and not failed:
            self.heading.setText(
                QCoreApplication.translate(
                    "ResultsStep", "{sent} events were added; {left} rows were not sent yet"
                ).format(sent=number(sent), left=number(left))
            )
        else:
            self.heading.setText(
                QCoreApplication.translate(
                    "ResultsStep", "{sent} events were added; {failed} rows failed"
                ).format(sent=number(sent), failed=number(failed))
            )
        self.cause.setText(self._cause_text(results))
        self.cause.setVisible(bool(self.cause.text()))
        self._show_heading_icon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if failed
            else QStyle.StandardPixmap.SP_MessageBoxInformation
            if left
            else QStyle.StandardPixmap.SP_DialogApplyButton
        )

        seconds = (
            state.sending_seconds
            if state.sending_seconds is not None
            else results.updated - results.created
        )
        self.detail_labels["duration"].setText(duration(seconds))
        self.detail_labels["destination"].setText(self._destination_text())
        self.detail_labels["template"].setText(self._template_text())
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
        self.fix_button.setVisible(failed > 0)
        self.save_errors_button.setEnabled(results.fix_rows > 0)
        self.save_success_button.setEnabled(sent + already > 0)
        self.heading.setFocus()
        self.status_changed.emit(self.heading.text())
        self.completeness_changed.emit(True)

    def _reason_text(self, code: str, reason: str) -> str:
        """Return why rows failed in the window's words (and language), from the failure's code.

        The journal keeps the engine's English sentence, for the rows to fix; the window says the
        same from the code, keeping only the service's own explanation of a refused row.
        """
        from app.ui.views.upload_step import destination_name

        return failure_text(code, reason, destination_name(self.state))

    def _cause_text(self, results: RunResults) -> str:
        reasons = Counter(
            self._reason_text(code, reason) for _i, _n, code, reason in results.failed
        ).most_common()
        if not reasons:
            return ""
        if len(reasons) == 1:
            reason, count = reasons[0]
            return QCoreApplication.translate(
                "ResultsStep", "%Ln rows failed for one reason: {reason}", None, count
            ).replace("{reason}", reason)
        lines = [
            QCoreApplication.translate("ResultsStep", "%Ln rows: {reason}", None, count).replace(
                "{reason}", reason
            )
            for reason, count in reasons[:5]
        ]
        if len(reasons) > 5:
            rest = sum(c for _r, c in reasons[5:])
            lines.append(
                QCoreApplication.translate(
                    "ResultsStep",
                    "%Ln rows: other reasons (listed in the file of rows to fix)",
                    None,
                    rest,
                )
            )
        return "\n".join(lines)

    def _destination_text(self) -> str:
        state = self.state
        mapping = state.mapping
        if mapping is None:
            return ""
        destination = find(mapping.destination)
        if destination is not None and mapping.settings is not None and destination.result_text:
            # The destination's own words (its module), translated in the "Destinations" context.
            text = QCoreApplication.translate("Destinations", destination.result_text).format(
                **destination.result_values(mapping.settings)
            )
        elif destination is not None and mapping.settings is not None:
            text = destination.describe(mapping.settings)
        else:
            text = mapping.destination
        if state.demo:
            text += " " + QCoreApplication.translate("ResultsStep", "(built-in sandbox)")
        return text

    def _template_text(self) -> str:
        mapping = self.state.mapping
        if mapping is None or mapping.hubspot is None:
            return "—"
        name = mapping.hubspot.template_name
        template_id = mapping.hubspot.event_template_id
        return f"{name} ({template_id})" if name else str(template_id)

    def _set_actions_enabled(self, on: bool) -> None:
        for button in (
            self.save_report_button,
            self.save_errors_button,
            self.save_success_button,
            self.retry_button,
            self.fix_button,
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
        run = self.state.run_id

        def done(_result: object) -> None:
            self.last_saved = Path(path)
            self._saved_run = run
            self.open_button.setEnabled(True)
            self.open_button.show()
            self.saved_note.setText(
                QCoreApplication.translate("ResultsStep", "Saved to {path}").format(path=path)
            )

        def failed(message: str, exc: BaseException) -> None:
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
            from app.ui.views.upload_step import destination_name

            message = outcome.message  # FAILED: the worker's sentence, already translated
            if outcome.ending is Ending.STOPPED_BY_API:
                message = stop_text(outcome.code, destination_name(self.state), outcome.message)
            QMessageBox.warning(
                self, QCoreApplication.translate("ResultsStep", "Sending stopped"), message
            )
        self.enter(self.state)  # the retry is a new run: show its results

    @Slot()
    def _on_fix_clicked(self) -> None:
        if self.results is None:
            return
        indices = [i for i, *_rest in self.results.failed]
        note = QCoreApplication.translate(
            "ResultsStep",
            "Showing the %Ln rows the destination refused; Save rows to fix writes them with their "
            "reasons. Fix them in the spreadsheet, then open it again: rows that went are not "
            "sent twice.",
            None,
            len(indices),
        )
        self.fix_requested.emit(indices, note)
        window = self.window()
        steps = getattr(window, "steps", None)
        go_to = getattr(window, "go_to", None)
        if not steps or go_to is None:
            return
        for index, step in enumerate(steps):
            if hasattr(step, "show_rows"):
                if go_to(index):
                    step.show_rows(indices, note)
                return
