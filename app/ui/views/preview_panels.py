"""Preview's panels: notice, busy bar, problem chips, the grid with its tools, the row's event.

Each panel builds its widgets and shows what it is given; what to show is decided by
``preview_controller`` and wired by ``preview_step``. Texts keep the ``PreviewStep`` context,
so their translations are those of the page they appear on.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.flow_layout import FlowLayout
from app.ui.models.preview_model import PreviewFilterProxy, PreviewModel, PreviewSummary
from app.ui.views.field_header import FieldHeader, muted
from app.ui.views.preview_controller import Notice, ShownEvent
from app.ui.wording import number, problem_label

MAX_CHIPS = 5  # problem chips shown; the rest are summed up (the window must not grow)
SAMPLE_ROWS = 50  # rows whose values size the columns (never scan the sheet)
WIDEST_VALUE_PX = 280  # a long value may be cut beyond this, its tooltip shows it whole


class ChipsBar(QWidget):
    """The summary as filters: "1,198 ready", "31 bad date" … one checkable chip each."""

    code_chosen = Signal(object)  # a problem code, or None for every row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = FlowLayout(self)  # wraps: a file with many problems, or French words
        self.chips: dict[str | None, QToolButton] = {}
        self.hide()  # no counts yet: no room taken

    def build(self, summary: PreviewSummary) -> None:
        """Replace the chips with those of ``summary``; "ready" is checked."""
        while self.row.count():
            item = self.row.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        self.chips.clear()
        self.show()
        ready = self._chip(
            None,
            QCoreApplication.translate("PreviewStep", "%Ln ready", None, summary.ready),
            QCoreApplication.translate("PreviewStep", "Show every row"),
        )
        ready.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
        ready.setChecked(True)
        codes = list(summary.rows_by_code.items())
        for code, count in codes[:MAX_CHIPS]:
            chip = self._chip(
                code,
                f"{number(count)} {problem_label(code)}",
                QCoreApplication.translate("PreviewStep", "Show only the rows with this problem"),
            )
            chip.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        if len(codes) > MAX_CHIPS:
            rest = QLabel(
                QCoreApplication.translate(
                    "PreviewStep",
                    "and %Ln rows with other problems (Problems only shows them)",
                    None,
                    sum(c for _code, c in codes[MAX_CHIPS:]),
                )
            )
            rest.setObjectName("otherProblems")
            self.row.addWidget(rest)
        if summary.excluded:
            label = QLabel(
                QCoreApplication.translate("PreviewStep", "%Ln excluded", None, summary.excluded)
            )
            label.setObjectName("excludedCount")
            self.row.addWidget(label)

    def check_filter(self, problems_only: bool, code: str | None) -> None:
        """Check the chip of the rows shown: "ready" for all, a code's chip for its rows.

        *Problems only* with no code checks no chip: no one chip describes those rows.
        """
        for chip_code, chip in self.chips.items():
            shown = chip_code is not None and chip_code == code
            chip.setChecked(shown if problems_only else chip_code is None)

    def uncheck_all(self) -> None:
        """No chip describes the rows shown (a list of rows from Results)."""
        for chip in self.chips.values():
            chip.setChecked(False)

    def _chip(self, code: str | None, text: str, tooltip: str) -> QToolButton:
        chip = QToolButton()
        chip.setObjectName(f"chip_{code or 'all'}")
        chip.setText(text)
        chip.setToolTip(tooltip)
        chip.setAccessibleName(text)
        chip.setCheckable(True)
        chip.setAutoRaise(False)
        chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        chip.clicked.connect(lambda _checked=False, c=code: self.code_chosen.emit(c))
        self.row.addWidget(chip)
        chip.show()  # now, not at the layout's next pass: Tab must reach it at once
        self.chips[code] = chip
        return chip


class GridPanel(QWidget):
    """The converted rows, and under them the tools that act on them (Undo, Replace)."""

    def __init__(self, proxy: PreviewFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setHorizontalHeader(FieldHeader(self.table))
        self.table.setAccessibleName(QCoreApplication.translate("PreviewStep", "Converted rows"))
        self.table.setModel(proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # F2 (UX.md checklist) or a double-click edits the source cell behind a field.
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Uniform heights: the view never asks a million rows for their size.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.edited_note = QLabel()
        self.edited_note.setObjectName("editedCount")
        self.edited_note.hide()
        self.undo_button = QPushButton(QCoreApplication.translate("PreviewStep", "&Undo"))
        self.undo_button.setObjectName("undoEditButton")
        self.undo_button.setEnabled(False)
        self.set_undo_text("")
        self.replace_button = QPushButton(
            QCoreApplication.translate("PreviewStep", "Repla&ce in column…")
        )
        self.replace_button.setObjectName("replaceInColumnButton")
        self.replace_button.setToolTip(
            QCoreApplication.translate(
                "PreviewStep",
                "Change a value in every matching cell of a column (the file is not changed)",
            )
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        tools = QHBoxLayout()  # the grid's own tools sit under it: what they act on is above
        tools.addWidget(self.edited_note)
        tools.addStretch(1)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.replace_button)
        layout.addLayout(tools)

    def set_undo_text(self, text: str) -> None:
        """Name the change Undo would take back in its tooltip."""
        self.undo_button.setToolTip(
            QCoreApplication.translate("PreviewStep", "Undo: {change} (Ctrl+Z)").format(change=text)
            if text
            else QCoreApplication.translate("PreviewStep", "Undo the last edit (Ctrl+Z)")
        )

    def set_edited_count(self, count: int) -> None:
        """Say how many cells were edited here (hidden at none)."""
        self.edited_note.setVisible(count > 0)
        self.edited_note.setText(
            QCoreApplication.translate(
                "PreviewStep", "%Ln cells edited here (the file is unchanged)", None, count
            )
        )

    def size_columns(self) -> None:
        """Size the columns on their titles and the first rows' values."""
        metrics = self.fontMetrics()
        self.table.setColumnWidth(
            PreviewModel.ROW_COLUMN, metrics.horizontalAdvance("0000000") + 12
        )
        self.table.setColumnWidth(
            PreviewModel.STATUS_COLUMN,
            metrics.horizontalAdvance(PreviewModel.widest_status_sample()) + 32,
        )
        # The title's room comes from the header itself (its font, margins and sort arrow):
        # a title is never cut; a long value may be, up to WIDEST_VALUE_PX, with its tooltip.
        header = self.table.horizontalHeader()
        proxy = self.proxy
        sample = min(proxy.rowCount(), SAMPLE_ROWS)
        for column in range(PreviewModel.FIRST_FIELD_COLUMN, proxy.columnCount()):
            widest = 0
            for row in range(sample):
                text = str(proxy.data(proxy.index(row, column)) or "")
                widest = max(widest, metrics.horizontalAdvance(text) + 32)
            title = header.sectionSizeFromContents(column).width()
            self.table.setColumnWidth(column, max(title, min(widest, WIDEST_VALUE_PX)))


class EventPanel(QWidget):
    """The selected row: why it will not go, its event as a card, its JSON, *Exclude row*.

    The card lists the fields by their titles with their values; the exact JSON is one tab away.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_title = QLabel(
            QCoreApplication.translate("PreviewStep", "Event that will be sent")
        )
        self.event_title.setWordWrap(True)
        self.card_view = QTextBrowser()
        self.card_view.setObjectName("eventCard")
        self.card_view.setOpenLinks(False)
        self.card_view.setAccessibleName(
            QCoreApplication.translate("PreviewStep", "Event that will be sent, field by field")
        )
        self.event_view = QPlainTextEdit()
        self.event_view.setObjectName("eventJson")
        self.event_view.setReadOnly(True)
        self.event_view.setAccessibleName(
            QCoreApplication.translate("PreviewStep", "Event that will be sent, as JSON")
        )
        self.event_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # JSON keeps one key and its value per line; a narrow panel scrolls instead.
        self.event_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        # The card first, as a marketer reads it; the JSON a click away, for whoever checks it.
        # The tab chosen stays chosen from row to row.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("eventTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.card_view, QCoreApplication.translate("PreviewStep", "Fields"))
        self.tabs.addTab(self.event_view, QCoreApplication.translate("PreviewStep", "JSON"))
        self.row_problems = QLabel()
        self.row_problems.setObjectName("rowProblems")
        self.row_problems.setWordWrap(True)
        self.row_problems.setTextFormat(Qt.TextFormat.PlainText)
        # The panel keeps the width the splitter gives it: a long value wraps (``breakable``),
        # it never widens the panel and squeezes the grid.
        self.row_problems.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.row_problems.setMinimumWidth(1)
        self.exclude_button = QPushButton(QCoreApplication.translate("PreviewStep", "E&xclude row"))
        self.exclude_button.setObjectName("excludeButton")
        self.exclude_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.event_title)
        layout.addWidget(self.row_problems)  # why the row will not go, before its event
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.exclude_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.event_title.setBuddy(self.tabs)

    def show_event(self, shown: ShownEvent | None) -> None:
        """Show a row's event, or nothing (no row selected)."""
        if shown is None:
            self.event_view.setPlainText("")
            self.card_view.setHtml("")
            self.row_problems.setText("")
            self.exclude_button.setEnabled(False)
            return
        self.event_view.setPlainText(shown.event_json)
        self.card_view.setHtml(card_html(shown.card, self.palette()))
        self.event_title.setText(shown.title)
        self.row_problems.setText(shown.notes)
        self.exclude_button.setEnabled(shown.can_exclude)
        self.exclude_button.setText(
            QCoreApplication.translate("PreviewStep", "&Include row")
            if shown.excluded
            else QCoreApplication.translate("PreviewStep", "E&xclude row")
        )

    def card_text(self) -> str:
        """Return the card as read: "Field: value", one per line."""
        return self.card_view.toPlainText()


def card_html(card: Sequence[tuple[str, str]], palette: QPalette) -> str:
    """Return the fields of an event, one "Title: value" per line: the title muted, the value plain.

    Copied or read aloud, each line reads "Title: value"; an empty value shows a dash.
    """
    colour = muted(palette, QPalette.ColorRole.Text).name()
    # The punctuation is the language's: "Email:" in English, "E-mail :" in French.
    label = QCoreApplication.translate("PreviewStep", "{field}:")
    lines = [
        f'<p style="margin:0 0 6px 0"><span style="color:{colour}">'
        f"{escape(label.format(field=title))}</span> "
        f"{escape(value) if value else '—'}</p>"
        for title, value in card
    ]
    return "".join(lines)


class NoticeBar(QWidget):
    """The sentence above the grid, with *Back to Mapping* when no row can be sent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice = QLabel()
        self.notice.setObjectName("previewNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.mapping_button = QPushButton(
            QCoreApplication.translate("PreviewStep", "Back to &Mapping")
        )
        self.mapping_button.setObjectName("backToMappingButton")
        self.mapping_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice, 1)
        layout.addWidget(self.mapping_button)
        self.hide()  # no notice: no room taken

    def show_notice(self, notice: Notice | None) -> None:
        """Show a notice in its colours (``kind``), or none."""
        self.mapping_button.setVisible(notice is not None and notice.offer_mapping)
        self.setVisible(notice is not None)
        if notice is None:
            self.notice.hide()
            return
        self.notice.setText(notice.text)
        self.notice.setProperty("kind", notice.kind)
        self.notice.show()


class BusyBar(QProgressBar):
    """Rows checked so far, counted (UX.md); hidden when no conversion runs.

    Determinate: an indeterminate bar's animation also cost the window 20-40 ms a repaint while
    a conversion competed for the processor.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("PreviewStep", "Checking rows"))
        self.setTextVisible(True)
        self.hide()

    def start(self, rows: int) -> None:
        """Show the bar at 0 of ``rows``."""
        self.setRange(0, rows)
        self.show_progress(0)
        self.show()

    def show_progress(self, done: int) -> None:
        """Show ``done`` rows checked, in the locale's digits."""
        self.setFormat(
            QCoreApplication.translate("PreviewStep", "Checking rows… %1 of %2")
            .replace("%1", number(done))
            .replace("%2", number(self.maximum()))
        )
        self.setValue(done)
