"""History: past uploads, newest first, with the report of each and the file it came from.

The list is read from the upload journal in the background (a journal of many 100,000-row runs
takes a moment to count). Nothing here changes the journal: its record of delivered rows is what
keeps a later upload from sending them twice.

*Save report…* writes the Results step's report for the selected upload. For the upload the
Results step shows, it writes exactly that report (the window still has the converted rows);
for older ones the file is read again, and if it is gone or was changed since, the report holds
what the journal knows (row numbers, status, reasons, event ids) and the dialog says so.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.reading.sheet import SheetData
from app.core.upload.history import HistoryEntry, HistoryReport, HistoryState, ReportSource
from app.core.upload.journal import Journal
from app.ui.models.history_model import SORT_ROLE, HistoryModel, destination_text, state_help
from app.ui.resume import find_offer
from app.ui.save_folder import suggested_path
from app.ui.wording import date_time_text, duration
from app.ui.workers import run_task

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CurrentReport:
    """The report lines of the upload on screen, so History writes exactly the Results report."""

    run_id: int
    sheet: SheetData
    rows: list[Any]


def source_note(report: HistoryReport, file_name: str) -> str:
    """Return, plainly, why a report lacks the file's columns ("" for a full report)."""
    if report.source is ReportSource.FILE:
        return ""
    if report.source is ReportSource.FILE_MISSING:
        text = QCoreApplication.translate(
            "HistoryDialog",
            "{file} is no longer where it was, so the report holds what Event Loader recorded: "
            "row numbers, status, reasons and event ids, without the file's columns.",
        )
    elif report.source is ReportSource.FILE_CHANGED:
        text = QCoreApplication.translate(
            "HistoryDialog",
            "{file} was changed after this upload, so the report holds what Event Loader "
            "recorded: row numbers, status, reasons and event ids, without the file's columns.",
        )
    else:
        text = QCoreApplication.translate(
            "HistoryDialog",
            "The rows of {file} no longer match this upload, so the report holds what Event "
            "Loader recorded: row numbers, status, reasons and event ids, without the file's "
            "columns.",
        )
    return text.format(file=file_name)


class HistoryDialog(QDialog):
    """The table of past uploads and what can be done with the selected one."""

    loaded = Signal()  # the list is on screen (or the empty state)
    resume_requested = Signal(object)  # ResumeOffer: the window finishes that upload
    report_saved = Signal(object)  # HistoryReport

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        journal_dir: Path | None = None,
        current: CurrentReport | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(QCoreApplication.translate("HistoryDialog", "Upload history"))
        self.journal_dir = journal_dir
        self.current = current
        self.entries: list[HistoryEntry] = []
        self.last_report: HistoryReport | None = None

        self.model = HistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(QCoreApplication.translate("HistoryDialog", "Past uploads"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setSortIndicator(HistoryModel.STARTED, Qt.SortOrder.DescendingOrder)

        self.empty_label = QLabel(QCoreApplication.translate("HistoryDialog", "No uploads yet."))
        self.empty_label.setObjectName("historyEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.loading_label = QLabel(
            QCoreApplication.translate("HistoryDialog", "Reading past uploads…")
        )
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for page in (self.loading_label, self.empty_label, self.table):
            self.stack.addWidget(page)

        # The selected upload in full: the folder, the whole destination, start and end.
        self.details = QLabel()
        self.details.setObjectName("historyDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setObjectName("historyNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()

        self.save_button = QPushButton(QCoreApplication.translate("HistoryDialog", "&Save report…"))
        self.save_button.setObjectName("historySaveReportButton")
        self.save_button.setToolTip(
            QCoreApplication.translate(
                "HistoryDialog", "Every row of the selected upload with its status and reason"
            )
        )
        self.folder_button = QPushButton(
            QCoreApplication.translate("HistoryDialog", "Show file in &folder")
        )
        self.folder_button.setObjectName("historyShowFileButton")
        self.resume_button = QPushButton(QCoreApplication.translate("HistoryDialog", "&Resume"))
        self.resume_button.setObjectName("historyResumeButton")
        self.resume_button.setToolTip(
            QCoreApplication.translate(
                "HistoryDialog", "Send the rows of the selected upload that were not sent yet"
            )
        )
        self.open_button = QPushButton(QCoreApplication.translate("HistoryDialog", "&Open report"))
        self.open_button.setObjectName("historyOpenReportButton")
        self.open_button.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.resume_button)
        actions.addWidget(self.folder_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.note)
        layout.addLayout(actions)

        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.resume_button.clicked.connect(self._on_resume_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self._update_actions()

        # Wide enough for a date, a file name, a destination and the counts in French.
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 120, metrics.lineSpacing() * 26)
        self.refresh()

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the journal again in the background."""
        # deferred: the history pulls in httpx (~14 ms) if imported before the window shows
        from app.core.upload.history import load_history

        journal_dir = self.journal_dir
        self.stack.setCurrentWidget(self.loading_label)
        run_task(lambda: load_history(journal_dir), self._on_loaded, self._on_load_failed)

    def _on_loaded(self, entries: list[HistoryEntry]) -> None:
        self.entries = entries
        self.model.set_entries(entries)
        self.proxy.sort(HistoryModel.STARTED, Qt.SortOrder.DescendingOrder)
        if entries:
            self.stack.setCurrentWidget(self.table)
            self._fit_width()
            self.select_run(self.current.run_id if self.current else entries[0].run_id)
            self.table.setFocus()
        else:
            self.stack.setCurrentWidget(self.empty_label)
            self.close_button.setFocus()
        self._update_actions()
        self.loaded.emit()

    def _fit_width(self) -> None:
        """Widen the dialog so every column shows whole, within the screen."""
        header = self.table.horizontalHeader()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        # Long names are cut with "…" past ~36 characters: the tooltip and the lines below the
        # table give them in full, and the counts stay in view.
        cap = self.fontMetrics().averageCharWidth() * 36
        for column in (HistoryModel.FILE, HistoryModel.DESTINATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, min(header.sectionSize(column), cap))
        wanted = (
            sum(header.sectionSize(c) for c in range(self.model.columnCount()))
            + self.table.verticalScrollBar().sizeHint().width()
            + 2 * self.table.frameWidth()
            + self.width()
            - self.table.width()
        )
        screen = self.screen().availableGeometry().width() if self.screen() else wanted
        if self.width() < wanted:
            self.resize(min(wanted, int(screen * 0.9)), self.height())

    def _on_load_failed(self, message: str, exc: BaseException) -> None:
        self.empty_label.setText(
            QCoreApplication.translate(
                "HistoryDialog", "Past uploads cannot be shown: {message}"
            ).format(message=message)
        )
        self.stack.setCurrentWidget(self.empty_label)
        self._update_actions()
        self.loaded.emit()

    # -- selection -----------------------------------------------------------------------------

    def select_run(self, run_id: int) -> bool:
        """Select the line of a run (the newest when it is not listed); True if found."""
        row = self.model.row_of(run_id)
        found = row >= 0
        if not found and self.model.rowCount():
            row = self.model.row_of(self.entries[0].run_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return found

    def selected_entry(self) -> HistoryEntry | None:
        """Return the upload whose line is selected."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.entry(self.proxy.mapToSource(rows[0]).row())

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.note.hide()
        self.open_button.hide()
        self._update_actions()

    def _update_actions(self) -> None:
        entry = self.selected_entry()
        self.save_button.setEnabled(entry is not None)
        self.folder_button.setEnabled(entry is not None and Path(entry.file_path).is_file())
        self.resume_button.setEnabled(
            entry is not None
            and entry.state in (HistoryState.STOPPED, HistoryState.UNFINISHED)
            and Path(entry.file_path).is_file()
        )
        self.save_button.setDefault(entry is not None)
        self.details.setText(self._details_text(entry) if entry is not None else "")
        self.details.setVisible(entry is not None)

    def _details_text(self, entry: HistoryEntry) -> str:
        lines = [
            QCoreApplication.translate("HistoryDialog", "{file} in {folder}").format(
                file=entry.file_name, folder=entry.folder
            ),
            destination_text(entry),
            (
                QCoreApplication.translate(
                    "HistoryDialog", "Started {start}, last activity {end} ({took})"
                )
                if entry.state is HistoryState.UNFINISHED
                else QCoreApplication.translate(
                    "HistoryDialog", "Started {start}, ended {end} ({took})"
                )
            ).format(
                start=date_time_text(entry.started),
                end=date_time_text(entry.ended),
                took=duration(entry.ended - entry.started),
            ),
            state_help(entry),
        ]
        if not Path(entry.file_path).is_file():
            lines.append(
                QCoreApplication.translate(
                    "HistoryDialog",
                    "The file is no longer there: its report will hold the row numbers, status "
                    "and reasons Event Loader recorded.",
                )
            )
        return "\n".join(lines)

    # -- actions -------------------------------------------------------------------------------

    @Slot()
    def _on_save_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        source = Path(entry.file_path)
        stamp = time.strftime("%Y-%m-%d %H%M", time.localtime(entry.started))
        word = QCoreApplication.translate("HistoryDialog", "report")
        suggested = suggested_path(source, f"{source.stem} - {word} {stamp}.xlsx")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("HistoryDialog", "Save report"),
            suggested,
            QCoreApplication.translate(
                "HistoryDialog", "Excel workbook (*.xlsx);;CSV file (*.csv)"
            ),
        )
        if not path:
            return
        current = self.current if self.current and self.current.run_id == entry.run_id else None
        journal_dir = self.journal_dir
        self.save_button.setEnabled(False)
        self.note.setText(QCoreApplication.translate("HistoryDialog", "Saving the report…"))
        self.note.show()
        run_task(
            lambda: _write(path, entry.run_id, journal_dir, current),
            lambda report: self._on_saved(report, entry),
            self._on_save_failed,
        )

    def _on_saved(self, report: HistoryReport, entry: HistoryEntry) -> None:
        self.last_report = report
        self._update_actions()
        saved = QCoreApplication.translate("HistoryDialog", "Saved to {path}").format(
            path=report.path
        )
        missing = source_note(report, entry.file_name)
        self.note.setText(f"{saved}\n{missing}" if missing else saved)
        self.note.show()
        self.open_button.show()
        self.report_saved.emit(report)

    def _on_save_failed(self, message: str, exc: BaseException) -> None:
        self._update_actions()
        self.note.hide()
        QMessageBox.warning(
            self, QCoreApplication.translate("HistoryDialog", "Could not save the report"), message
        )

    @Slot()
    def _on_resume_clicked(self) -> None:
        """Hand the selected upload to the window, or say why the window cannot resume it."""
        entry = self.selected_entry()
        if entry is None:
            return
        try:
            offer = find_offer(self.journal_dir, entry.run_id)
        except Exception as exc:  # noqa: BLE001 - a damaged journal or ticket: said, not raised
            log.warning("could not prepare to resume upload %s: %s", entry.run_id, exc)
            offer = None
        if offer is None:
            self.note.setText(
                QCoreApplication.translate(
                    "HistoryDialog",
                    "The window cannot resume this upload: it was started from the command line, "
                    "with the demo, or its file has changed. Run it again the way it was started; "
                    "rows that went are not sent twice.",
                )
            )
            self.note.show()
            return
        self.resume_requested.emit(offer)
        self.accept()

    @Slot()
    def _on_folder_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is not None and Path(entry.file_path).is_file():
            QDesktopServices.openUrl(QUrl.fromLocalFile(entry.folder))

    @Slot()
    def _on_open_clicked(self) -> None:
        if self.last_report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_report.path)))


def _write(
    path: str, run_id: int, journal_dir: Path | None, current: CurrentReport | None
) -> HistoryReport:
    """Write one upload's report (worker thread)."""
    # deferred: reports and history pull in httpx (~14 ms) if imported before the window shows
    from app.core.reports.report import write_report
    from app.core.upload.history import write_history_report

    if current is not None:
        write_report(path, current.sheet, current.rows)
        return HistoryReport(Path(path), len(current.rows), ReportSource.FILE)
    with Journal.open_in(journal_dir) as journal:
        return write_history_report(path, journal, run_id)
