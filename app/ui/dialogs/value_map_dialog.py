"""Match the values found in a column to the options of a "one of a list" field.

Each distinct value of the column gets a line: how often it occurs and which option it sends.
Values equal to an option's value or label (ignoring case) match by themselves; the user only
picks for the others ("Débutant" → Beginner). The result is the core's ``value_map``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.conversion.mapping import TokenOption

MAX_VALUES = 200
AUTOMATIC = "\x00auto"


def automatic_option(value: str, options: tuple[TokenOption, ...]) -> TokenOption | None:
    """Return the option a file value matches by itself (value or label, any case), if any."""
    folded = value.strip().casefold()
    for option in options:
        if folded in (option.value.casefold(), option.label.casefold()):
            return option
    return None


class ValueMapDialog(QDialog):
    """A table of file values and the option each one sends."""

    def __init__(
        self,
        field_label: str,
        values: list[Any],
        options: tuple[TokenOption, ...],
        value_map: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Match values of %1").replace("%1", field_label))
        self.options = options
        counts = Counter(str(v).strip() for v in values if v not in (None, "") and str(v).strip())
        self.values = [value for value, _ in counts.most_common(MAX_VALUES)]
        intro = QLabel(
            self.tr(
                "Choose which option each value of the file sends. Values that already name an "
                "option match by themselves."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.values), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Value in the file"), self.tr("Rows"), self.tr("Sends")]
        )
        self.table.setAccessibleName(self.tr("Values and options"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.combos: dict[str, QComboBox] = {}
        for row, value in enumerate(self.values):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            count = QTableWidgetItem(str(counts[value]))
            count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, count)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Option for %1").replace("%1", value))
            automatic = automatic_option(value, options)
            if automatic is not None:
                combo.addItem(self.tr("%1 (automatic)").replace("%1", automatic.label), AUTOMATIC)
            else:
                combo.addItem(self.tr("(none: the row is flagged)"), AUTOMATIC)
            for option in options:
                combo.addItem(option.label, option.value)
            if value in value_map:
                index = combo.findData(value_map[value])
                combo.setCurrentIndex(max(index, 0))
            self.table.setCellWidget(row, 2, combo)
            self.combos[value] = combo
        self.table.resizeColumnToContents(1)
        empty = QLabel(self.tr("This column has no values in the rows read so far."))
        empty.setVisible(not self.values)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 96, self.fontMetrics().height() * 26)

    def value_map(self) -> dict[str, str]:
        """Return the explicit choices (automatic matches are left to the core)."""
        result: dict[str, str] = {}
        for value, combo in self.combos.items():
            data = combo.currentData()
            if data != AUTOMATIC and data is not None:
                result[value] = str(data)
        return result
