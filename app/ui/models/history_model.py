"""The History table: one line per past upload, newest first, in the user's words and locale.

The model wraps the list ``app.core.upload.history`` returns (no copy). Dates, numbers and durations
follow the user's locale through ``app.ui.wording``; ``SORT_ROLE`` gives the raw value of a cell
so that a sort proxy orders dates and counts as values, not as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from app.core.upload.history import HistoryEntry, HistoryState
from app.ui.dialogs.account_dialog import destination_name
from app.ui.wording import date_time_text, duration, number

ModelIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def state_text(entry: HistoryEntry) -> str:
    """Return where an upload stands, as the Status column says it."""
    if entry.state is HistoryState.FINISHED:
        return QCoreApplication.translate("HistoryModel", "Finished")
    if entry.state is HistoryState.STOPPED:
        return QCoreApplication.translate("HistoryModel", "Stopped, can resume")
    if entry.state is HistoryState.UNFINISHED:
        return QCoreApplication.translate("HistoryModel", "Unfinished, can resume")
    return QCoreApplication.translate("HistoryModel", "Not resumed")


def state_help(entry: HistoryEntry) -> str:
    """Return what the state means and what the user can do about it."""
    if entry.state is HistoryState.FINISHED and entry.failed:
        return QCoreApplication.translate(
            "HistoryModel",
            "Nothing is left to send; %Ln rows failed, each with its reason in the report.",
            None,
            entry.failed,
        )
    if entry.state is HistoryState.FINISHED:
        return QCoreApplication.translate("HistoryModel", "Nothing is left to send.")
    if entry.state is HistoryState.REPLACED:
        return QCoreApplication.translate(
            "HistoryModel",
            "A later upload of the same rows started afresh instead. Rows that went are still "
            "remembered, so they are never sent twice.",
        )
    return QCoreApplication.translate(
        "HistoryModel",
        "%Ln rows were not sent yet. Resume sends them (so does opening the same file with the "
        "same mapping and destination); rows that went are not sent twice.",
        None,
        entry.left,
    )


def destination_text(entry: HistoryEntry) -> str:
    """Return "HubSpot · Webinar attended · Acme": the service, then what the upload named."""
    name = destination_name(entry.destination)
    details = entry.details
    if details.startswith(name):  # "Pipeless app 7" already names the service
        text = details
    else:
        text = f"{name} · {details}" if details else name
    if entry.local and "sandbox" not in details.casefold():  # the demo account says it already
        text = QCoreApplication.translate(
            "HistoryModel", "{destination} (built-in sandbox)"
        ).format(destination=text)
    return text


def not_sent_help(entry: HistoryEntry) -> str:
    """Return the rows not sent, by reason, one per line (only the reasons that occur)."""
    lines = []
    if entry.invalid:
        lines.append(
            QCoreApplication.translate(
                "HistoryModel", "%Ln rows with problems or duplicates", None, entry.invalid
            )
        )
    if entry.excluded:
        lines.append(
            QCoreApplication.translate("HistoryModel", "%Ln rows left out", None, entry.excluded)
        )
    if entry.already_there:
        lines.append(
            QCoreApplication.translate(
                "HistoryModel", "%Ln rows already there", None, entry.already_there
            )
        )
    if entry.left:
        lines.append(
            QCoreApplication.translate("HistoryModel", "%Ln rows still to send", None, entry.left)
        )
    return "\n".join(lines)


class HistoryModel(QAbstractTableModel):
    """Past uploads (see module docstring)."""

    STARTED, DURATION, FILE, DESTINATION, SENT, FAILED, NOT_SENT, STATUS = range(8)
    _NUMBERS = (SENT, FAILED, NOT_SENT)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: Sequence[HistoryEntry] = ()

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        """Show ``entries`` (newest first, as the core lists them)."""
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entry(self, row: int) -> HistoryEntry | None:
        """Return the upload on ``row``, or None outside the table."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, run_id: int) -> int:
        """Return the row of a run, or -1."""
        for row, entry in enumerate(self._entries):
            if entry.run_id == run_id:
                return row
        return -1

    # -- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """Return one row per upload."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """Return the eight columns."""
        return 0 if parent.isValid() else 8

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("HistoryModel", "Started"),
                QCoreApplication.translate("HistoryModel", "Took"),
                QCoreApplication.translate("HistoryModel", "File"),
                QCoreApplication.translate("HistoryModel", "Destination"),
                QCoreApplication.translate("HistoryModel", "Sent"),
                QCoreApplication.translate("HistoryModel", "Failed"),
                QCoreApplication.translate("HistoryModel", "Not sent"),
                QCoreApplication.translate("HistoryModel", "Status"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, tooltip, raw sort value, alignment or status icon."""
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == SORT_ROLE:
            return self._raw(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return self._icon(entry)
        return None

    def _text(self, entry: HistoryEntry, column: int) -> str:
        if column == self.STARTED:
            return date_time_text(entry.started)
        if column == self.DURATION:
            return duration(entry.ended - entry.started)
        if column == self.FILE:
            return entry.file_name
        if column == self.DESTINATION:
            return destination_text(entry)
        if column == self.SENT:
            return number(entry.sent)
        if column == self.FAILED:
            return number(entry.failed)
        if column == self.NOT_SENT:
            return number(entry.not_sent)
        return state_text(entry)

    def _raw(self, entry: HistoryEntry, column: int) -> Any:
        return (
            entry.started,
            entry.ended - entry.started,
            entry.file_name.casefold(),
            destination_text(entry).casefold(),
            entry.sent,
            entry.failed,
            entry.not_sent,
            list(HistoryState).index(entry.state),
        )[column]

    def _tooltip(self, entry: HistoryEntry, column: int) -> str | None:
        if column in (self.STARTED, self.DURATION):
            return QCoreApplication.translate("HistoryModel", "Ended {when}").format(
                when=date_time_text(entry.ended)
            )
        if column == self.FILE:
            return entry.file_path
        if column == self.DESTINATION:
            return destination_text(entry)
        if column == self.NOT_SENT:
            return not_sent_help(entry) or None
        if column == self.STATUS:
            return state_help(entry)
        return None

    @staticmethod
    def _icon(entry: HistoryEntry) -> Any:
        if QApplication.instance() is None:
            return None
        if entry.state is HistoryState.FINISHED:
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if entry.failed
                else QStyle.StandardPixmap.SP_DialogApplyButton
            )
        elif entry.can_resume:
            pixmap = QStyle.StandardPixmap.SP_MessageBoxInformation
        else:
            return None
        return QApplication.style().standardIcon(pixmap)
