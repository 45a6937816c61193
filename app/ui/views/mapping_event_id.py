"""The Mapping step's "What makes a row unique" section (the mapping's ``event_id`` columns).

Every event gets an id computed from its content, so a row uploaded twice is sent once. By default
the id comes from every mapped value; a marketer may instead say which columns identify an event
(the email and the course, say). The section lists this file's columns with check boxes, so a
column of another file can never be chosen, and says so when a loaded mapping named one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

LIST_ROWS = 4  # rows of columns visible without scrolling


class EventIdPanel(QWidget):
    """A collapsible section: every mapped value, or the checked columns of this file."""

    columns_changed = Signal(list)  # the checked columns (empty: every mapped value)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.toggle_button = QToolButton()
        self.toggle_button.setCheckable(True)
        self.toggle_button.setAutoRaise(True)
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle_button.setAccessibleName(self.tr("What makes a row unique"))
        self.toggle_button.toggled.connect(self._on_toggled)

        self.body = QWidget()
        self.explanation = QLabel(
            self.tr(
                "Rows that give the same event are sent once. By default two rows are the same "
                "event when all their mapped values are equal; choose columns to say it yourself "
                "(for example the email and the course)."
            )
        )
        self.explanation.setWordWrap(True)
        self.all_values_radio = QRadioButton(self.tr("All ma&pped values (recommended)"))
        self.columns_radio = QRadioButton(self.tr("These c&olumns:"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.all_values_radio)
        self.choice.addButton(self.columns_radio)
        self.all_values_radio.setChecked(True)
        self.all_values_radio.toggled.connect(self._on_choice_toggled)
        self.column_list = QListWidget()
        self.column_list.setAccessibleName(self.tr("Columns that make a row unique"))
        self.column_list.setMaximumHeight(
            self.column_list.fontMetrics().lineSpacing() * (LIST_ROWS + 1) + 8
        )
        self.column_list.itemChanged.connect(self._on_item_changed)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Note on the unique-row columns"))
        self.notice.hide()

        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(16, 0, 0, 0)
        body_layout.addWidget(self.explanation)
        body_layout.addWidget(self.all_values_radio)
        body_layout.addWidget(self.columns_radio)
        body_layout.addWidget(self.column_list)
        self.body.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle_button)
        layout.addWidget(self.notice)
        layout.addWidget(self.body)
        self.show_columns([], [])

    def show_columns(self, headers: list[str], chosen: list[str]) -> None:
        """List this file's columns, checking ``chosen`` (empty: every mapped value)."""
        self._filling = True
        try:
            self.column_list.clear()
            for header in headers:
                item = QListWidgetItem(header)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                checked = header in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.column_list.addItem(item)
            (self.columns_radio if chosen else self.all_values_radio).setChecked(True)
            self.column_list.setEnabled(bool(chosen))
        finally:
            self._filling = False
        self._show_summary(chosen)

    def show_notice(self, dropped: list[str]) -> None:
        """Say which columns were dropped because this file does not have them."""
        if not dropped:
            self.notice.hide()
            return
        names = ", ".join(f"\u201c{c}\u201d" for c in dropped)
        self.notice.setText(
            self.tr(
                "This file has no column %1: rows are now told apart by all their mapped "
                "values. Open the section above to choose columns of this file instead."
            ).replace("%1", names)
        )
        self.notice.show()  # one line above the section; opening it stays the user's choice

    def checked_columns(self) -> list[str]:
        """Return the checked columns in file order (empty when every mapped value counts)."""
        if self.all_values_radio.isChecked():
            return []
        return [
            self.column_list.item(i).text()
            for i in range(self.column_list.count())
            if self.column_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _show_summary(self, chosen: list[str]) -> None:
        summary = ", ".join(chosen) if chosen else self.tr("all mapped values")
        self.toggle_button.setText(self.tr("What makes a row unique: %1").replace("%1", summary))

    def _emit(self) -> None:
        columns = self.checked_columns()
        self._show_summary(columns)
        self.columns_changed.emit(columns)

    @Slot(bool)
    def _on_toggled(self, expanded: bool) -> None:
        self.toggle_button.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )
        self.body.setVisible(expanded)

    @Slot(bool)
    def _on_choice_toggled(self, _checked: bool) -> None:
        if self._filling:
            return
        by_columns = self.columns_radio.isChecked()
        self.column_list.setEnabled(by_columns)
        if by_columns and self.column_list.count() and self.column_list.currentRow() < 0:
            self.column_list.setCurrentRow(0)
        self._emit()

    @Slot(QListWidgetItem)
    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self._emit()
