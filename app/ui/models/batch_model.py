"""The Upload step's per-batch table and the numbers behind its progress bar.

``BatchModel`` keeps the latest ``BatchResult`` of each batch (a few thousand at most, one small
frozen object each) and takes them in groups through ``apply``: the step collects results from
the worker and flushes them from a timer, so a fast upload repaints at most ten times a second
with one ``dataChanged`` per flush. A waiting batch shows "Retry in 8 s", counted down by ``tick``;
a slow-down (429) is a wait like any other, never a failure.

``UploadProgress`` words the core's counter (``app.core.upload.upload_progress``: rows done, rows/s
averaged over the last ~30 s, time left once three batches have finished) as "Batch 12 of 25 ·
1,150 of 1,198 rows · 38 rows/s · about 1 min left".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from app.core.upload.engine import BatchResult, BatchState
from app.core.upload.upload_progress import UploadProgress as CoreProgress
from app.ui.icons import blank_icon, text_coloured_icon
from app.ui.wording import duration, number, seconds_text

ModelIndex = QModelIndex | QPersistentModelIndex


def rows_text(row_numbers: Sequence[int]) -> str:
    """Return "101–200": the first and last spreadsheet rows of a batch.

    Rows left out in between (problems, duplicates, rows that went earlier) are named by
    ``rows_detail``; the short form keeps the column narrow and readable.
    """
    if not row_numbers:
        return ""
    first, last = min(row_numbers), max(row_numbers)
    return str(first) if first == last else f"{first}–{last}"


def rows_detail(row_numbers: Sequence[int]) -> str:
    """Return every row of a batch as ranges ("2–18, 20–59, 61–104"), for a tooltip."""
    if not row_numbers:
        return ""
    ordered = sorted(row_numbers)
    parts: list[str] = []
    start = prev = ordered[0]
    for n in [*ordered[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)


RowsSource = Sequence[int] | Callable[[], Sequence[int]]


@dataclass
class _Slot:
    """The latest state of one batch, plus when a retry wait ends (monotonic seconds).

    ``rows`` may be a callable: a million-row plan then costs nothing until a batch is painted.
    """

    result: BatchResult | None
    rows: RowsSource
    retry_until: float | None = None
    batch_no: int = 0
    stopped: bool = False  # still waiting when the upload ended: it will not go in this run

    @property
    def row_numbers(self) -> Sequence[int]:
        """Spreadsheet row numbers of the batch (resolved and kept on first use)."""
        if callable(self.rows):
            self.rows = self.rows()
        return self.rows


class BatchModel(QAbstractTableModel):
    """One line per batch: #, rows, status, OK, failed, HTTP status, attempts, time, message."""

    NUMBER, ROWS, STATUS, OK, FAILED, HTTP, ATTEMPTS, TIME, MESSAGE = range(9)
    StateRole = Qt.ItemDataRole.UserRole + 1  # the BatchState value (or "queued")

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self._slots: list[_Slot] = []
        self._row_by_batch: dict[int, int] = {}
        self._clock = clock
        self._icons: dict[str, QIcon] = {}
        self.message_for: Callable[[BatchResult], str] = lambda r: r.message

    # -- data in ----------------------------------------------------------------------------

    def set_plan(self, batches: Iterable[tuple[int, RowsSource]]) -> None:
        """Show every planned batch as Waiting: (batch number, its spreadsheet rows) each.

        The rows may be given as a callable returning them, called only when the batch shows.
        """
        self.beginResetModel()
        self._slots = [_Slot(None, rows, batch_no=no) for no, rows in batches]
        self._row_by_batch = {slot.batch_no: row for row, slot in enumerate(self._slots)}
        self.endResetModel()

    def clear(self) -> None:
        """Forget every batch."""
        self.set_plan([])

    def row_of_batch(self, batch_no: int) -> int | None:
        """Return the table row of a batch number, or None if unknown."""
        return self._row_by_batch.get(batch_no)

    def apply(self, results: Sequence[BatchResult]) -> int | None:
        """Take a group of state changes; return the row of the latest active batch, if any.

        Batches not planned yet are appended (a plan built elsewhere may be shown late).
        One ``dataChanged`` covers every changed row, so a flush is one repaint.
        """
        if not results:
            return None
        now = self._clock()
        changed: list[int] = []
        active_row: int | None = None
        for result in results:
            row = self._row_by_batch.get(result.batch_no)
            if row is None:
                row = len(self._slots)
                self.beginInsertRows(QModelIndex(), row, row)
                self._slots.append(_Slot(result, result.row_numbers, batch_no=result.batch_no))
                self._row_by_batch[result.batch_no] = row
                self.endInsertRows()
            slot = self._slots[row]
            slot.result = result
            if result.row_numbers:
                slot.rows = result.row_numbers
            slot.retry_until = (
                now + result.retry_in
                if result.state is BatchState.RETRYING and result.retry_in is not None
                else None
            )
            changed.append(row)
            if result.state in (BatchState.SENDING, BatchState.RETRYING):
                active_row = row
            elif active_row is None:
                active_row = row
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), 0), self.index(max(changed), self.MESSAGE)
            )
        return active_row

    def mark_waiting_stopped(self) -> None:
        """Show the batches still waiting as not sent: the upload ended before them.

        Left as "Waiting", they would suggest the upload goes on by itself.
        """
        rows = [
            row
            for row, slot in enumerate(self._slots)
            if slot.result is None or slot.result.state is BatchState.QUEUED
        ]
        for row in rows:
            self._slots[row].stopped = True
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), self.MESSAGE))

    def tick(self) -> None:
        """Repaint the countdown of waiting batches (call about once a second)."""
        rows = [i for i, s in enumerate(self._slots) if s.retry_until is not None]
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), self.STATUS), self.index(max(rows), self.STATUS)
            )

    def result_at(self, row: int) -> BatchResult | None:
        """Return the latest result of the batch on ``row`` (None while waiting)."""
        return self._slots[row].result

    def state_at(self, row: int) -> BatchState:
        """Return the state the batch on ``row`` shows (waiting batches cut short: stopped)."""
        slot = self._slots[row]
        state = slot.result.state if slot.result else BatchState.QUEUED
        if slot.stopped and state is BatchState.QUEUED:
            return BatchState.STOPPED
        return state

    def batches_tooltip(self, first: int, stop: int) -> str:
        """Return what the strip's square for rows ``first``..``stop - 1`` says on hover.

        One batch: its number, rows, status and what happened. Several (a square of a very
        long upload): their numbers and how many are in each state.
        """
        if stop - first <= 1:
            slot = self._slots[first]
            lines = [
                QCoreApplication.translate("BatchModel", "Batch {n} · rows {rows}").format(
                    n=number(slot.batch_no), rows=rows_text(slot.row_numbers)
                ),
                self.status_text(self.state_at(first), slot.retry_until),
            ]
            message = self._message(slot.result)
            if message:
                lines.append(message)
            return "\n".join(lines)
        counts: dict[BatchState, int] = {}
        for row in range(first, stop):
            state = self.state_at(row)
            counts[state] = counts.get(state, 0) + 1
        head = QCoreApplication.translate("BatchModel", "Batches {first}–{last}").format(
            first=number(self._slots[first].batch_no), last=number(self._slots[stop - 1].batch_no)
        )
        parts = [f"{self.status_text(state)}: {number(n)}" for state, n in counts.items()]
        return "\n".join([head, *parts])

    def waiting_retry_rows(self) -> list[int]:
        """Rows of batches waiting to retry (for tests and the status line)."""
        return [i for i, s in enumerate(self._slots) if s.retry_until is not None]

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of batches."""
        return 0 if parent.isValid() else len(self._slots)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the nine columns."""
        return 0 if parent.isValid() else 9

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("BatchModel", "#"),
            QCoreApplication.translate("BatchModel", "Rows"),
            QCoreApplication.translate("BatchModel", "Status"),
            QCoreApplication.translate("BatchModel", "OK"),
            QCoreApplication.translate("BatchModel", "Failed"),
            QCoreApplication.translate("BatchModel", "HTTP"),
            QCoreApplication.translate("BatchModel", "Attempts"),
            QCoreApplication.translate("BatchModel", "Time"),
            QCoreApplication.translate("BatchModel", "Message"),
        )
        return titles[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return one cell of the batch table."""
        if not index.isValid():
            return None
        slot = self._slots[index.row()]
        result = slot.result
        column = index.column()
        state = self.state_at(index.row())
        if role == self.StateRole:
            return state.value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.NUMBER,
            self.OK,
            self.FAILED,
            self.HTTP,
            self.ATTEMPTS,
            self.TIME,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return self._icon(state)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.STATUS, self.MESSAGE):
            return self._message(result) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ROWS:
            return QCoreApplication.translate(
                "BatchModel", "%n rows: {rows}", "", len(slot.row_numbers)
            ).format(rows=rows_detail(slot.row_numbers))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NUMBER:
            return slot.batch_no
        if column == self.ROWS:
            return rows_text(slot.row_numbers)
        if column == self.STATUS:
            return self.status_text(state, slot.retry_until)
        if result is None:
            return ""
        if column == self.OK:
            return number(result.sent) if state.final or result.sent else ""
        if column == self.FAILED:
            return number(result.failed) if state.final or result.failed else ""
        if column == self.HTTP:
            return str(result.http_status) if result.http_status else ""
        if column == self.ATTEMPTS:
            return str(result.attempts) if result.attempts else ""
        if column == self.TIME:
            # Only a batch's final time: one still going would read "0.0 s".
            return seconds_text(result.elapsed) if state.final and result.elapsed else ""
        if column == self.MESSAGE:
            return self._message(result)
        return None

    def status_text(self, state: BatchState, retry_until: float | None = None) -> str:
        """Return the status words: Waiting, Sending, Retry in 8 s, Sent, Partly failed ..."""
        if state is BatchState.RETRYING:
            if retry_until is None:
                return QCoreApplication.translate("BatchModel", "Waiting to retry")
            seconds = max(0, round(retry_until - self._clock()))
            return QCoreApplication.translate("BatchModel", "Retry in %n s", None, seconds)
        return {
            BatchState.QUEUED: QCoreApplication.translate("BatchModel", "Waiting"),
            BatchState.SENDING: QCoreApplication.translate("BatchModel", "Sending"),
            BatchState.SENT: QCoreApplication.translate("BatchModel", "Sent"),
            BatchState.PARTLY_FAILED: QCoreApplication.translate("BatchModel", "Partly failed"),
            BatchState.FAILED: QCoreApplication.translate("BatchModel", "Failed"),
            BatchState.STOPPED: QCoreApplication.translate("BatchModel", "Not sent (stopped)"),
        }[state]

    def _message(self, result: BatchResult | None) -> str:
        if result is None:
            return ""
        return self.message_for(result)

    def _icon(self, state: BatchState) -> QIcon:
        """Return the state's icon; plain glyphs take the text colour, so they show in dark too."""
        palette = QApplication.palette()
        key = f"{state.value}/{palette.color(QPalette.ColorRole.WindowText).rgba()}"
        icon = self._icons.get(key)
        if icon is None:
            glyph = {BatchState.SENDING: "up", BatchState.STOPPED: "square"}.get(state)
            style = QApplication.style()
            pixmap = {
                BatchState.QUEUED: None,
                BatchState.SENDING: None,
                BatchState.RETRYING: QStyle.StandardPixmap.SP_BrowserReload,
                BatchState.SENT: QStyle.StandardPixmap.SP_DialogApplyButton,
                BatchState.PARTLY_FAILED: QStyle.StandardPixmap.SP_MessageBoxWarning,
                BatchState.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
                BatchState.STOPPED: None,
            }[state]
            if glyph is not None:
                icon = text_coloured_icon(glyph, palette, QSize(16, 16))
            elif style is not None and pixmap:
                icon = style.standardIcon(pixmap)
            else:
                icon = blank_icon()
            self._icons[key] = icon
        return icon


class UploadProgress(CoreProgress):
    """The core's counts and speed of one upload, worded for the progress bar."""

    def text(self, speed: bool = True) -> str:
        """Return the bar's text ("Batch 12 of 25 · 1,150 of 1,198 rows · 38 rows/s · about …").

        ``speed`` False leaves out rows/s and time left (paused, or waiting for the user).
        """
        if self.total_rows and self.rows_done >= self.total_rows:
            return QCoreApplication.translate("BatchModel", "Finishing…")
        parts = [
            QCoreApplication.translate("BatchModel", "Batch {n} of {total}").format(
                n=number(max(1, self.current_batch)), total=number(self.total_batches)
            ),
            QCoreApplication.translate("BatchModel", "{done} of {total} rows").format(
                done=number(self.rows_done), total=number(self.total_rows)
            ),
        ]
        rate = self.rate() if speed else None
        if rate is not None:
            parts.append(
                QCoreApplication.translate("BatchModel", "{rate} rows/s").format(
                    rate=number(round(rate))
                )
            )
        left = self.seconds_left() if speed else None
        if left is not None:
            parts.append(
                QCoreApplication.translate("BatchModel", "about {time} left").format(
                    time=duration(_round_eta(left))
                )
            )
        return " · ".join(parts)


def _round_eta(seconds: float) -> float:
    """Round an estimate so it does not flicker: 5 s steps under a minute, minutes above."""
    if seconds < 60:
        return max(5.0, round(seconds / 5) * 5)
    return round(seconds / 60) * 60
