"""Step 1, File: open or drop a spreadsheet, pick the sheet and header row, see the first rows.

The first rows appear at once (``read_first_page``) while the whole sheet loads in a worker
thread with a progress bar; the window never waits on the file. A file that cannot be used is
explained inline and the previous file stays loaded, so a wrong drop costs nothing.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.conversion.mapping import mapped_columns
from app.core.reading.sheet import SUPPORTED_SUFFIXES, ReadNote, SheetData, SheetError
from app.ui.context import AppContext
from app.ui.demo import try_sample_data
from app.ui.models.sheet_model import SheetModel, display_value
from app.ui.runtime import after_first_paint, hold_bulk_data, release_bulk_data
from app.ui.sheet_loader import LoadRequest, SheetLoadSignals, SheetLoadTask
from app.ui.state import WizardState
from app.ui.step_base import StepPage, page_layout
from app.ui.text.reading import no_data_rows_text, note_text
from app.ui.text.sheet import sheet_error_text
from app.ui.views.start_page import StartPage
from app.ui.workers import describe_error

log = logging.getLogger(__name__)

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "mac_roman")
PAGE_EMPTY, PAGE_LOADED = 0, 1
FIT_ROWS = 30  # rows looked at to size the columns
FREEZE_ABOVE = 20_000  # rows: from here a garbage collection walking them would stall the window
FREEZE_FILES_FROM = 1 << 20  # bytes: a file this large holds tens of thousands of rows
SHEET_HOLD = "sheet"  # owner of the sheet's rows among the bulk data (``app.ui.runtime``)


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the reader says what is wrong with it


class InlineMessage(QFrame):
    """A message inside the page (an error or a note), with an icon so it never relies on colour."""

    def __init__(self, kind: QStyle.StandardPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(kind).pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_text(self, text: str) -> None:
        """Show ``text`` (hide the frame when empty)."""
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))


class FileStep(StepPage):
    """Step 1: choose the spreadsheet and how to read it."""

    file_loaded = Signal(object)  # Path of the file now in the state
    choose_requested = Signal()

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context or AppContext()
        self.state = WizardState()
        self.pool = QThreadPool.globalInstance()
        self._generation = 0
        self._task: SheetLoadTask | None = None
        self._tasks: set[SheetLoadTask] = set()  # alive until their ``finished``
        self._request: LoadRequest | None = None  # what is being loaded now
        self._shown_request: LoadRequest | None = None  # what the controls show
        self._loading = False
        self._signals = SheetLoadSignals(self)
        self._signals.first_page.connect(self._on_first_page)
        self._signals.progress.connect(self._on_progress)
        self._signals.loaded.connect(self._on_loaded)
        self._signals.failed.connect(self._on_failed)
        self._signals.finished.connect(self._on_finished)
        self._build()

    # ----------------------------------------------------------------- layout
    def _build(self) -> None:
        self.error_message = InlineMessage(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.error_message.setAccessibleName(self.tr("Problem with the file"))

        # No file open: the start page
        self.start_page = StartPage(self.context)
        self.drop_area = self.start_page.drop_area
        self.recent_list = self.start_page.recent_list
        self.recent_label = self.start_page.recent_label
        self.drop_area.choose_button.clicked.connect(self._on_choose_clicked)
        self.drop_area.sample_button.clicked.connect(self._on_sample_clicked)
        self.start_page.file_chosen.connect(self.open_file)
        self.start_page.missing_file.connect(self._on_recent_missing)

        # Loaded state
        self.name_label = QLabel()
        name_font = QFont(self.name_label.font())
        name_font.setBold(True)
        name_font.setPointSizeF(name_font.pointSizeF() * 1.2)
        self.name_label.setFont(name_font)
        self.name_label.setAccessibleName(self.tr("File name"))
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.other_button = QPushButton(self.tr("Ch&oose another file…"))
        self.other_button.setAccessibleName(self.tr("Choose another file"))
        self.other_button.clicked.connect(self._on_choose_clicked)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label, 1)
        name_row.addWidget(self.other_button)

        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_combo.activated.connect(self._on_sheet_activated)
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_combo)

        self.header_auto = QCheckBox(self.tr("Find the header row &automatically"))
        self.header_auto.setChecked(True)
        self.header_auto.toggled.connect(self._on_header_auto_toggled)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 1_000_000)
        self.header_spin.setPrefix(self.tr("Header is on row "))
        self.header_spin.setAccessibleName(self.tr("Header row"))
        self.header_spin.setEnabled(False)
        self.header_spin.valueChanged.connect(self._on_header_spin_changed)
        self.header_label = QLabel(self.tr("Hea&ders:"))
        self.header_label.setBuddy(self.header_spin)
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(400)  # let the user type "12" without reading row 1 first
        self._header_timer.timeout.connect(self._reload_with_header)

        self.encoding_combo = QComboBox()
        self.encoding_combo.setEditable(True)
        self.encoding_combo.addItems(ENCODINGS)
        # Wide enough for any name the reader settles on, such as "utf-8+cp1252".
        self.encoding_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.encoding_combo.setMinimumContentsLength(14)
        self.encoding_combo.setAccessibleName(self.tr("Text encoding"))
        self.encoding_combo.setToolTip(
            self.tr("How the letters of the file are stored. Change it if accents look wrong.")
        )
        self.encoding_combo.activated.connect(self._on_text_options_changed)
        self.encoding_combo.lineEdit().editingFinished.connect(self._on_text_options_changed)
        self.encoding_label = QLabel(self.tr("&Encoding:"))
        self.encoding_label.setBuddy(self.encoding_combo)
        self.delimiter_combo = QComboBox()
        for value, text in (
            (",", self.tr("Comma ( , )")),
            (";", self.tr("Semicolon ( ; )")),
            ("\t", self.tr("Tab")),
            ("|", self.tr("Vertical bar ( | )")),
        ):
            self.delimiter_combo.addItem(text, value)
        self.delimiter_combo.setAccessibleName(self.tr("Column separator"))
        self.delimiter_combo.activated.connect(self._on_text_options_changed)
        self.delimiter_label = QLabel(self.tr("Se&parator:"))
        self.delimiter_label.setBuddy(self.delimiter_combo)

        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet_combo.setMinimumContentsLength(16)
        options = QGridLayout()
        options.addWidget(self.sheet_label, 0, 0)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addStretch(1)
        options.addLayout(sheet_row, 0, 1)
        options.addWidget(self.header_label, 1, 0)
        header_row = QHBoxLayout()
        header_row.addWidget(self.header_spin)
        header_row.addWidget(self.header_auto)
        header_row.addStretch(1)
        options.addLayout(header_row, 1, 1)
        options.addWidget(self.encoding_label, 2, 0)
        text_row = QHBoxLayout()
        text_row.addWidget(self.encoding_combo)
        text_row.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        text_row.addWidget(self.delimiter_label)
        text_row.addWidget(self.delimiter_combo)
        text_row.addStretch(1)
        options.addLayout(text_row, 2, 1)
        options.setColumnStretch(1, 1)

        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("Rows and columns"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(self.tr("Reading the file"))
        self.progress_bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.progress_bar.hide()
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.counts_label)
        counts_row.addWidget(self.progress_bar)
        counts_row.addStretch(1)

        self.notes_message = InlineMessage(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.notes_message.setAccessibleName(self.tr("What was adjusted while reading"))

        self.model = SheetModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("First rows of the sheet"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(
            self.fontMetrics().averageCharWidth() * 18
        )
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Row numbers line up on their units, as every number of the window does.
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )

        loaded = QWidget()
        loaded_layout = QVBoxLayout(loaded)
        loaded_layout.setContentsMargins(0, 0, 0, 0)
        loaded_layout.addLayout(name_row)
        loaded_layout.addLayout(options)
        loaded_layout.addLayout(counts_row)
        loaded_layout.addWidget(self.notes_message)
        loaded_layout.addWidget(self.table, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(loaded)

        layout = page_layout(self)
        layout.addWidget(self.header(QLabel(self.tr("Which spreadsheet holds the events?"))))
        layout.addWidget(self.error_message)
        layout.addWidget(self.pages, 1)
        self.start_page.refresh()

    # ----------------------------------------------------------------- StepPage
    def title(self) -> str:  # noqa: D102
        return self.tr("File")

    def help_text(self) -> str:  # noqa: D102
        return self.tr("One row per event, with the column names in the first row.")

    def enter(self, state: WizardState) -> None:  # noqa: D102
        self.state = state
        self.start_page.refresh()
        if state.sheet is not None and self.model.sheet is not state.sheet and not self._loading:
            self._show_sheet(state.sheet)
        self._announce()

    def is_complete(self) -> bool:  # noqa: D102
        sheet = self.state.sheet
        # A sheet without data rows (a notes sheet, a template) has nothing to send: the later
        # steps would only show empty fields, so the user stays here and is told why.
        return sheet is not None and sheet.complete and bool(sheet.rows) and not self._loading

    def leave(self, state: WizardState) -> bool:  # noqa: D102
        return True  # the state is filled when the whole sheet has loaded

    @property
    def loading(self) -> bool:
        """True while a file is being read."""
        return self._loading

    # ----------------------------------------------------------------- loading
    def open_file(self, path: Path, **overrides: object) -> None:
        """Start reading ``path`` (overrides: sheet, header_row, encoding, delimiter)."""
        path = Path(path)
        if path.suffix.lower() not in SUPPORTED_SUFFIXES and path.suffix:
            self.error_message.show_text(
                self.tr(
                    "%1 is not a spreadsheet Event Loader can read. Save it as .xlsx or .csv and "
                    "open it again."
                ).replace("%1", path.name)
            )
            self._announce()
            return
        if self.state.mapping is not None and "prefer_columns" not in overrides:
            overrides["prefer_columns"] = tuple(mapped_columns(self.state.mapping))
        request = LoadRequest(path=path, **overrides)  # type: ignore[arg-type]
        if _file_size(path) >= FREEZE_FILES_FROM:
            # What exists now (the window, the modules) lives on; the first collection during a
            # large load would walk it all on this thread (65 ms measured). Take it out first.
            hold_bulk_data(SHEET_HOLD)
        self._start(request)

    def _start(self, request: LoadRequest) -> None:
        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        self._request = request
        self._loading = True
        self.error_message.show_text("")
        task = SheetLoadTask(request, self._generation, self._signals)
        self._task = task
        self._tasks.add(task)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.counts_label.setText(self.tr("Opening %1…").replace("%1", request.path.name))
        if self.pages.currentIndex() == PAGE_EMPTY:
            self.pages.setCurrentIndex(PAGE_LOADED)
            self.name_label.setText(request.path.name)
            self.model.set_sheet(None)
        self.completeness_changed.emit(False)
        self.status_changed.emit(self.tr("Reading %1…").replace("%1", request.path.name))
        self.pool.start(task)

    @Slot(int, object)
    def _on_first_page(self, generation: int, page: SheetData) -> None:
        if generation != self._generation:
            return
        self._show_sheet(page)
        self.counts_label.setText(self.tr("Showing the first rows while the rest loads…"))
        if self._task is not None:  # the rest is read once these rows have painted
            after_first_paint(self.table.viewport(), self._task.go_on)

    @Slot(int, int)
    def _on_progress(self, generation: int, rows: int) -> None:
        if generation != self._generation:
            return
        if rows >= FREEZE_ABOVE:
            # The rows read so far will live as long as the file stays open: take them out of
            # the cyclic collector's scans, which run on this thread and would walk them all
            # (0.1-0.3 s for 100,000 rows) while the rest loads. Freezing costs nothing.
            hold_bulk_data(SHEET_HOLD)
        self.counts_label.setText(self.tr("Reading… %Ln rows so far", None, rows))
        self.progress_bar.setAccessibleDescription(self.counts_label.text())

    @Slot(int, object)
    def _on_loaded(self, generation: int, sheet: SheetData) -> None:
        if generation != self._generation or self._request is None:
            return
        request = self._request
        self._loading = False
        self.progress_bar.hide()
        if len(sheet.rows) >= FREEZE_ABOVE:
            hold_bulk_data(SHEET_HOLD)
        else:  # a small sheet replaced what was held, if anything
            release_bulk_data(SHEET_HOLD)
        state = self.state
        changed = (
            state.file_path != request.path
            or state.sheet is None
            or state.sheet.headers != sheet.headers
        )
        state.file_path = request.path
        state.sheet_name = sheet.sheet_name
        state.header_row = sheet.header_row
        state.encoding = sheet.encoding
        state.delimiter = sheet.delimiter
        state.sheet = sheet
        state.conversion = None  # the rows changed: Preview converts again
        state.excluded_rows = set()
        if changed:
            state.run_id = None
        self._show_sheet(sheet)
        self.context.settings.add_recent_file(request.path)
        self.context.save_settings()
        self.start_page.fill_recent()
        self.error_message.show_text("" if sheet.rows else no_data_rows_text(sheet))
        self._announce()
        self.file_loaded.emit(request.path)

    @Slot(int, object)
    def _on_failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.progress_bar.hide()
        name = self._request.path.name if self._request else ""
        if isinstance(exc, SheetError):
            text = sheet_error_text(exc, name)
        else:
            text = describe_error(exc) if isinstance(exc, BaseException) else str(exc)
        self._request = None
        if self.state.sheet is None or len(self.state.sheet.rows) < FREEZE_ABOVE:
            release_bulk_data(SHEET_HOLD)  # the failed read's rows are gone
        # Keep the previous file: show it again as it was.
        if self.state.sheet is not None:
            self._show_sheet(self.state.sheet)
            self.error_message.show_text(
                self.tr("%1\nThe previous file, %2, is still loaded.")
                .replace("%1", text)
                .replace("%2", self.state.file_path.name if self.state.file_path else "")
            )
        else:
            self.model.set_sheet(None)
            self.pages.setCurrentIndex(PAGE_EMPTY)
            self.error_message.show_text(text)
        self._announce(text)

    @Slot(int)
    def _on_finished(self, generation: int) -> None:
        for task in list(self._tasks):
            if task.generation == generation:
                self._tasks.discard(task)
        if self._task is not None and self._task.generation == generation:
            self._task = None

    def shutdown(self, timeout_ms: int = 3000) -> None:
        """Stop any read in progress and wait for it (the window is closing)."""
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            task.wait(timeout_ms / 1000)

    # ----------------------------------------------------------------- showing a sheet
    def _show_sheet(self, sheet: SheetData) -> None:
        self.pages.setCurrentIndex(PAGE_LOADED)
        self.name_label.setText(sheet.path.name)
        self.name_label.setToolTip(str(sheet.path))
        fresh = self.model.sheet is None or self.model.sheet.headers != sheet.headers
        other_file = self.model.sheet is None or self.model.sheet.path != sheet.path
        self.model.set_sheet(sheet)
        if fresh:
            self._fit_columns()
        if other_file:
            self._show_from_the_top()
        self._shown_request = LoadRequest(
            sheet.path, sheet.sheet_name, sheet.header_row, sheet.encoding, sheet.delimiter
        )
        blockers = [
            w.blockSignals(True) for w in (self.sheet_combo, self.header_spin, self.header_auto)
        ]
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheet.sheet_names)
        if sheet.sheet_name:
            self.sheet_combo.setCurrentText(sheet.sheet_name)
        has_sheets = len(sheet.sheet_names) > 0
        self.sheet_combo.setVisible(has_sheets)
        self.sheet_label.setVisible(has_sheets)
        self.sheet_combo.setEnabled(len(sheet.sheet_names) > 1)
        self.header_spin.setValue(sheet.header_row)
        self.sheet_combo.blockSignals(blockers[0])
        self.header_spin.blockSignals(blockers[1])
        self.header_auto.blockSignals(blockers[2])
        is_text = sheet.encoding is not None or sheet.delimiter is not None
        for widget in (
            self.encoding_label,
            self.encoding_combo,
            self.delimiter_label,
            self.delimiter_combo,
        ):
            widget.setVisible(is_text)
        if sheet.encoding:
            self.encoding_combo.setCurrentText(sheet.encoding)
        if sheet.delimiter:
            index = self.delimiter_combo.findData(sheet.delimiter)
            if index < 0:
                self.delimiter_combo.addItem(repr(sheet.delimiter), sheet.delimiter)
                index = self.delimiter_combo.count() - 1
            self.delimiter_combo.setCurrentIndex(index)
        if sheet.complete:
            self.counts_label.setText(self._counts_text(sheet))
        self.notes_message.show_text("\n".join(self._notes(sheet.notes)))

    def _show_from_the_top(self) -> None:
        """Show a newly opened file from its first row and column, with no cell current."""
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self.table.scrollToTop()
        self.table.horizontalScrollBar().setValue(0)

    def _fit_columns(self) -> None:
        """Size columns to the first rows, within limits, so long cells do not push others away."""
        # Text widths of the header and the first rows: the view's own size hints ask the
        # delegate for every visible cell, which is too slow for a wide sheet on the GUI thread.
        sheet = self.model.sheet
        if sheet is None:
            return
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        char = metrics.averageCharWidth()
        header = self.table.horizontalHeader()
        sample = sheet.rows[:FIT_ROWS]
        for column, name in enumerate(sheet.headers):
            width = header_metrics.horizontalAdvance(name) + char * 3
            for row in sample:
                width = max(width, metrics.horizontalAdvance(display_value(row[column])) + char * 2)
            header.resizeSection(column, min(max(width, char * 8), char * 36))

    def _counts_text(self, sheet: SheetData) -> str:
        rows = self.tr("%Ln rows", "", len(sheet.rows))
        columns = self.tr("%Ln columns", "", len(sheet.headers))
        return self.tr("%1 · %2").replace("%1", rows).replace("%2", columns)

    def _notes(self, notes: list[ReadNote]) -> list[str]:
        return [text for text in (note_text(note) for note in notes) if text]

    def _announce(self, problem: str | None = None) -> None:
        complete = self.is_complete()
        self.completeness_changed.emit(complete)
        if problem:
            self.status_changed.emit(problem)
        elif self._loading:
            self.status_changed.emit(self.tr("Reading the file…"))
        elif self.state.sheet is not None and not self.state.sheet.rows:
            self.status_changed.emit(no_data_rows_text(self.state.sheet))
        elif self.state.sheet is not None:
            # Only a count: whether rows are ready is known once Preview has checked them.
            self.status_changed.emit(self.tr("%Ln rows", "", len(self.state.sheet.rows)))
        else:
            self.status_changed.emit(self.tr("Open a spreadsheet to start."))

    # ----------------------------------------------------------------- user actions
    @Slot()
    def _on_choose_clicked(self) -> None:
        window = self.window()
        chooser = getattr(window, "choose_file", None)
        if callable(chooser):
            chooser()
        else:
            self.choose_requested.emit()

    @Slot(object)
    def _on_recent_missing(self, path: Path) -> None:
        self.error_message.show_text(
            self.tr("%1 is no longer there. It was removed from the recent files.").replace(
                "%1", path.name
            )
        )

    @Slot()
    def _on_sample_clicked(self) -> None:

        if not try_sample_data(self.window()):
            self.error_message.show_text(
                self.tr(
                    "The sample cannot be tried: the built-in sandbox did not start. The log "
                    "file has the details."
                )
            )

    def _base_request(self) -> LoadRequest | None:
        """Return the request a change of header row or text options starts from.

        A request that named no sheet gets the sheet shown: asked again with another header
        row, the reader would pick a sheet anew (a notes sheet before the data, say).
        """
        base = self._request or self._shown_request
        shown = self._shown_request
        if base is not None and base.sheet is None and shown is not None:
            if shown.path == base.path and shown.sheet is not None:
                return dataclasses.replace(base, sheet=shown.sheet)
        return base

    @Slot(int)
    def _on_sheet_activated(self, _index: int) -> None:
        base = self._base_request()
        if base is None:
            return
        name = self.sheet_combo.currentText()
        header = None if self.header_auto.isChecked() else self.header_spin.value()
        self._start(LoadRequest(base.path, name, header, None, None))

    @Slot(bool)
    def _on_header_auto_toggled(self, automatic: bool) -> None:
        self.header_spin.setEnabled(not automatic)
        if automatic:
            self._header_timer.stop()
            base = self._base_request()
            if base is not None:
                self._start(LoadRequest(base.path, base.sheet, None, base.encoding, base.delimiter))

    @Slot(int)
    def _on_header_spin_changed(self, _value: int) -> None:
        if not self.header_auto.isChecked():
            self._header_timer.start()

    @Slot()
    def _reload_with_header(self) -> None:
        base = self._base_request()
        if base is None or base.header_row == self.header_spin.value():
            return
        self._start(
            LoadRequest(
                base.path, base.sheet, self.header_spin.value(), base.encoding, base.delimiter
            )
        )

    @Slot()
    def _on_text_options_changed(self, *_args: object) -> None:
        base = self._base_request()
        if base is None:
            return
        encoding = self.encoding_combo.currentText().strip() or None
        delimiter = self.delimiter_combo.currentData()
        if encoding == base.encoding and delimiter == base.delimiter:
            return
        header = None if self.header_auto.isChecked() else self.header_spin.value()
        self._start(LoadRequest(base.path, base.sheet, header, encoding, delimiter))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Leave room for the first rows."""
        return QSize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 30)
