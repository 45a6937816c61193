"""The Upload step's small panels: they lay widgets out and show what they are told.

``UploadController`` decides what each one shows; a panel only knows how: the message banner
(an icon and a sentence), the row of buttons, the progress bar and the batch table. Every
widget keeps the object name tests and screen readers find it by.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableView,
    QToolButton,
    QWidget,
)

from app.core.upload.engine import BatchState
from app.ui.models.batch_model import BatchModel
from app.ui.wording import number, seconds_text

BANNER_ICONS = {
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "success": QStyle.StandardPixmap.SP_DialogApplyButton,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
}


class Banner(QWidget):
    """One sentence with an icon saying its kind: info, success, warning or error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setObjectName("uploadBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        """Show ``text`` with the icon (and its spoken name) of ``kind``."""
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(BANNER_ICONS[kind]).pixmap(size, size))
        self.icon.setAccessibleName(
            {
                "info": QCoreApplication.translate("UploadStep", "Information"),
                "success": QCoreApplication.translate("UploadStep", "Done"),
                "warning": QCoreApplication.translate("UploadStep", "Warning"),
                "error": QCoreApplication.translate("UploadStep", "Problem"),
            }[kind]
        )
        self.text.setText(text)
        self.setProperty("kind", kind)
        self.show()

    def clear(self) -> None:
        """Hide the banner and forget its message."""
        self.hide()
        self.setProperty("kind", "")
        self.text.setText("")

    def kind(self) -> str:
        """Return the kind shown ("" when hidden)."""
        return str(self.property("kind") or "")

    def message(self) -> str:
        """Return the sentence shown ("" when hidden)."""
        return self.text.text() if not self.isHidden() else ""


class UploadButtons(QWidget):
    """Send a test batch, send all, send the rest; pause and stop on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.test_button)
        layout.addWidget(self.all_button)
        layout.addWidget(self.continue_button)
        layout.addStretch(1)
        layout.addWidget(self.pause_button)
        layout.addWidget(self.stop_button)

    def show_start(self, rows: int, *, test_offered: bool) -> None:
        """Offer sending: all ``rows``, and a test batch first when ``test_offered``."""
        self.all_button.setText(
            QCoreApplication.translate("UploadStep", "Send &all %Ln rows", None, rows)
        )
        self.all_button.show()
        self.test_button.setVisible(test_offered)

    def hide_start(self) -> None:
        """Take the ways to start away (sending, or over)."""
        self.test_button.hide()
        self.all_button.hide()
        self.continue_button.hide()

    def first_start_button(self) -> QPushButton:
        """Return the first visible way to send, where Enter and the eye expect the focus."""
        return self.test_button if self.test_button.isVisible() else self.all_button

    def show_continue(self, rows_left: int) -> None:
        """Offer the rest after a test batch, as the default button, with the focus."""
        self.continue_button.setText(
            QCoreApplication.translate("UploadStep", "Send the &rest (%Ln rows)", None, rows_left)
        )
        self.continue_button.show()
        self.continue_button.setDefault(True)
        self.continue_button.setFocus()

    def show_paused(self, paused: bool) -> None:
        """Name the pause button for what it does next: Pause, or Resume."""
        self.pause_button.setText(
            QCoreApplication.translate("UploadStep", "&Resume")
            if paused
            else QCoreApplication.translate("UploadStep", "&Pause")
        )

    def enable(self, *, start: bool, pause: bool, stop: bool, stop_here: bool) -> None:
        """Enable what can be done now; ``stop_here`` names Stop for after a test batch."""
        self.test_button.setEnabled(start)
        self.all_button.setEnabled(start)
        self.pause_button.setEnabled(pause)
        self.stop_button.setEnabled(stop)
        self.stop_button.setText(
            QCoreApplication.translate("UploadStep", "&Stop here")
            if stop_here
            else QCoreApplication.translate("UploadStep", "&Stop")
        )


class UploadProgressBar(QProgressBar):
    """The upload's bar: its text says the numbers; hidden until something is sent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uploadProgress")
        self.setRange(0, 1000)
        self.setTextVisible(True)
        self.reset_numbers()
        self.setAccessibleName(QCoreApplication.translate("UploadStep", "Upload progress"))
        self.hide()  # an empty bar before anything is sent reads as a text field

    def show_numbers(self, fraction: float, text: str, *, describe: bool) -> None:
        """Show the share done and its text; ``describe`` also updates the spoken description."""
        self.setValue(round(fraction * 1000))
        self.setFormat(text)
        if describe:
            self.setAccessibleDescription(text)

    def reset_numbers(self) -> None:
        """Empty the bar and its texts."""
        self.setValue(0)
        self.setFormat("")
        self.setAccessibleDescription("")


DETAIL_COLUMNS = (BatchModel.HTTP, BatchModel.ATTEMPTS, BatchModel.TIME)


def details_toggle() -> QToolButton:
    """Return the *Details* switch that shows the batch table's technical columns."""
    button = QToolButton()
    button.setObjectName("batchDetailsToggle")
    button.setText(QCoreApplication.translate("UploadStep", "&Details"))
    button.setCheckable(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setToolTip(
        QCoreApplication.translate("UploadStep", "Show each batch's HTTP status, attempts and time")
    )
    return button


class BatchTable(QTableView):
    """The per-batch table, with columns sized for the interface language's longest words.

    ``user_scrolled`` tells that the user moved the view, so it stops following the batches.
    """

    user_scrolled = Signal()

    def __init__(self, model: BatchModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchTable")
        self.setAccessibleName(QCoreApplication.translate("UploadStep", "Batches"))
        self.setModel(model)
        self.batch_model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.fit_columns()
        self.verticalScrollBar().actionTriggered.connect(self._on_scrolled)

    def show_details(self, shown: bool) -> None:
        """Show or hide the technical columns: HTTP status, attempts, time."""
        for column in DETAIL_COLUMNS:
            self.setColumnHidden(column, not shown)

    def select_batch(self, row: int) -> None:
        """Select the batch on ``row`` and scroll to it."""
        self.selectRow(row)
        self.scrollTo(self.batch_model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)

    def show_row(self, row: int) -> None:
        """Scroll so that ``row`` is visible."""
        self.scrollTo(self.batch_model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    @Slot(int)
    def _on_scrolled(self, action: int) -> None:
        self.user_scrolled.emit()

    def _column_samples(self) -> dict[int, list[str]]:
        """Return the widest texts each batch column shows, in the interface language."""
        model = self.batch_model
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

    def fit_columns(self) -> None:
        """Size each batch column to its widest translated header or cell, so nothing clips.

        French words run about a quarter longer than English ones, so the widths are measured
        from the texts the user will actually read rather than from English samples.
        """
        cells = self.fontMetrics()
        header = self.horizontalHeader()
        heads = header.fontMetrics()
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 6
        for column, samples in self._column_samples().items():
            title = str(self.batch_model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max(cells.horizontalAdvance(text) for text in samples)
            if column == BatchModel.STATUS:
                widest += icon
            # The header also draws a sort indicator's room and its frame.
            width = max(widest + 16, heads.horizontalAdvance(title) + 24)
            self.setColumnWidth(column, width)
