"""A read-only table model over a ``SheetData``'s rows, numbered as in the spreadsheet.

It keeps no copy: ``data`` reads from the sheet's row lists, so showing a first page and then the
whole sheet is a reset, not a copy of a million rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.reading.sheet import CellError, SheetData

Index = QModelIndex | QPersistentModelIndex


def display_value(value: Any) -> str:
    """Return a cell as the user expects to read it (dates as dates, no ``12345.0``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class SheetModel(QAbstractTableModel):
    """The rows of a sheet (or of its first page), read-only."""

    def __init__(self, sheet: SheetData | None = None, limit: int | None = None) -> None:
        super().__init__()
        self._sheet = sheet
        self._limit = limit

    def set_sheet(self, sheet: SheetData | None) -> None:
        """Show another sheet."""
        self.beginResetModel()
        self._sheet = sheet
        self.endResetModel()

    @property
    def sheet(self) -> SheetData | None:
        """The sheet shown."""
        return self._sheet

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        """Return the number of data rows shown."""
        if parent.isValid() or self._sheet is None:
            return 0
        count = len(self._sheet.rows)
        return min(count, self._limit) if self._limit is not None else count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        """Return the number of columns."""
        if parent.isValid() or self._sheet is None:
            return 0
        return len(self._sheet.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text; Excel errors carry a tooltip."""
        if not index.isValid() or self._sheet is None:
            return None
        value = self._sheet.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_value(value)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, CellError):
            return self.tr(
                "This cell holds the spreadsheet error %1; it will not be sent."
            ).replace("%1", value.code)
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and isinstance(value, int | float)
            and not isinstance(value, bool)
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return column names across, spreadsheet row numbers down."""
        if role != Qt.ItemDataRole.DisplayRole or self._sheet is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._sheet.headers[section] if section < len(self._sheet.headers) else None
        if section < len(self._sheet.row_numbers):
            return str(self._sheet.row_numbers[section])
        return None
