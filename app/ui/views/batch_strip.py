"""The Upload step's picture of its batches: one small square per batch, coloured by its state.

A table of a thousand lines says little at a glance; a strip of squares that turn from empty to
green (with a red one where a batch failed) says how far the upload got and where it went wrong.
The strip paints itself in one widget: its layout (square size, squares per line, batches per
square) is worked out once per width and batch count, and a state change repaints only the
squares it touched, so a flush of the batch table costs a few rectangles, never the whole strip.

Squares shrink and wrap into lines as batches grow; past ``MAX_HEIGHT_PX`` of lines at the
smallest readable size, each square stands for several batches and shows the most telling of
their states (a failure before a retry, before a batch going out, before a wait, before sent), so
a problem never hides among thousands of batches.

Colour is never the only sign: each state also has its own shape (an empty square waiting, a
dot sending, a hatch retrying, a cross failed, a half square partly failed, a dash stopped) and
the legend under the strip counts them in words.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygon,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolTip, QWidget

from app.core.upload.engine import BatchState
from app.ui.models.batch_model import BatchModel

MAX_CELL_PX = 18
MIN_CELL_PX = 7  # below this a square's shape can no longer be told apart
GAP_PX = 2
MAX_HEIGHT_PX = 110  # the strip never pushes the table off a small screen

# Fill colours: mid tones that read on a light and a dark window alike. Waiting has no fill of
# its own: it is the window's base colour inside a frame, an empty square.
STATE_COLOURS: dict[BatchState, str] = {
    BatchState.SENDING: "#2f7fd8",
    BatchState.SENT: "#2e9e5b",
    BatchState.RETRYING: "#e0a326",
    BatchState.PARTLY_FAILED: "#e07a2e",
    BatchState.FAILED: "#d64545",
    BatchState.STOPPED: "#8a8f98",
}

# Which state a square standing for several batches shows: the first one present.
PRIORITY = (
    BatchState.FAILED,
    BatchState.PARTLY_FAILED,
    BatchState.RETRYING,
    BatchState.SENDING,
    BatchState.QUEUED,
    BatchState.STOPPED,
    BatchState.SENT,
)
_RANK = {state: rank for rank, state in enumerate(PRIORITY)}


@dataclass(frozen=True)
class StripLayout:
    """Where the squares go: their size, how many per line, and batches per square."""

    cell: int
    columns: int
    per_cell: int
    cells: int

    @property
    def pitch(self) -> int:
        """Distance from one square to the next."""
        return self.cell + GAP_PX

    @property
    def lines(self) -> int:
        """Lines of squares."""
        return math.ceil(self.cells / self.columns) if self.cells else 0

    @property
    def height(self) -> int:
        """Height the squares take."""
        return self.lines * self.pitch - GAP_PX if self.cells else 0


def strip_layout(width: int, batches: int) -> StripLayout:
    """Return the largest squares that fit ``batches`` within ``width`` and ``MAX_HEIGHT_PX``.

    When even the smallest squares would not fit, each square stands for several batches.
    """
    width = max(width, MIN_CELL_PX)
    if batches <= 0:
        return StripLayout(MAX_CELL_PX, 1, 1, 0)
    for cell in range(MAX_CELL_PX, MIN_CELL_PX - 1, -1):
        columns = max(1, (width + GAP_PX) // (cell + GAP_PX))
        lines = math.ceil(batches / columns)
        if lines * (cell + GAP_PX) - GAP_PX <= MAX_HEIGHT_PX:
            return StripLayout(cell, columns, 1, batches)
    columns = max(1, (width + GAP_PX) // (MIN_CELL_PX + GAP_PX))
    max_lines = max(1, (MAX_HEIGHT_PX + GAP_PX) // (MIN_CELL_PX + GAP_PX))
    per_cell = math.ceil(batches / (columns * max_lines))
    return StripLayout(MIN_CELL_PX, columns, per_cell, math.ceil(batches / per_cell))


def telling_state(states: Sequence[BatchState]) -> BatchState:
    """Return the state a square standing for ``states`` shows (see ``PRIORITY``)."""
    return min(states, key=_RANK.__getitem__)


class BatchStrip(QWidget):
    """One square per batch of ``model`` (or per few batches), repainted where they change.

    ``batch_clicked`` gives the table row of the batch under a click (the first of a square's).
    ``states_changed`` tells that the counts changed, for the legend and screen readers.
    """

    batch_clicked = Signal(int)
    states_changed = Signal()

    def __init__(self, model: BatchModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchStrip")
        self.model = model
        self._states: list[BatchState] = []
        self._layout = strip_layout(self.width(), 0)
        self._tiles: dict[BatchState, QPixmap] = {}
        self._tiles_key: tuple[int, float, int] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        model.modelReset.connect(self._on_reset)
        model.rowsInserted.connect(self._on_reset)
        model.dataChanged.connect(self._on_data_changed)
        self._on_reset()

    # -- what the strip shows ---------------------------------------------------------------

    def states(self) -> list[BatchState]:
        """Return each batch's state, in table order."""
        return list(self._states)

    def counts(self) -> Counter[BatchState]:
        """Return how many batches are in each state."""
        return Counter(self._states)

    def strip_layout(self) -> StripLayout:
        """Return the layout in use (for the legend and tests)."""
        return self._layout

    def cell_rect(self, row: int) -> QRect:
        """Return the square that shows the batch on table ``row``."""
        layout = self._layout
        cell = row // layout.per_cell
        line, column = divmod(cell, layout.columns)
        return QRect(column * layout.pitch, line * layout.pitch, layout.cell, layout.cell)

    def row_at(self, point: QPoint) -> int | None:
        """Return the first table row of the square under ``point``, or None between squares."""
        layout = self._layout
        column, x_in = divmod(point.x(), layout.pitch)
        line, y_in = divmod(point.y(), layout.pitch)
        if x_in >= layout.cell or y_in >= layout.cell or column >= layout.columns or point.x() < 0:
            return None
        cell = line * layout.columns + column
        if point.y() < 0 or cell >= layout.cells:
            return None
        return cell * layout.per_cell

    def cell_rows(self, row: int) -> range:
        """Return the table rows the square holding ``row`` stands for."""
        per_cell = self._layout.per_cell
        first = row // per_cell * per_cell
        return range(first, min(first + per_cell, len(self._states)))

    # -- model changes ----------------------------------------------------------------------

    @Slot()
    def _on_reset(self, *_args: object) -> None:
        self._states = [self.model.state_at(row) for row in range(self.model.rowCount())]
        self._relayout()
        self.setVisible(bool(self._states))
        self.update()
        self.states_changed.emit()

    @Slot(QModelIndex, QModelIndex)
    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        if len(self._states) != self.model.rowCount():
            self._on_reset()
            return
        dirty = QRegion()
        for row in range(top.row(), bottom.row() + 1):
            state = self.model.state_at(row)
            if self._states[row] is not state:
                self._states[row] = state
                dirty += self.cell_rect(row)
        if not dirty.isEmpty():
            # Only the squares that changed; Qt merges them into one paint per event loop turn.
            self.update(dirty)
            self.states_changed.emit()

    def _relayout(self) -> None:
        layout = strip_layout(self.width(), len(self._states))
        if layout != self._layout:
            old_height = self._layout.height
            self._layout = layout
            if layout.height != old_height:
                self.updateGeometry()

    # -- Qt ---------------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        """Say that the height follows the width: narrower means more lines."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """Return the height the squares need at ``width``."""
        return strip_layout(width, len(self._states)).height

    def sizeHint(self):  # noqa: N802, ANN201
        """Prefer the height of the current layout."""
        hint = super().sizeHint()
        hint.setHeight(self._layout.height)
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Work the layout out afresh for the new width."""
        super().resizeEvent(event)
        self._relayout()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Paint the squares the exposed rectangles touch, and only those, from ready tiles."""
        layout = self._layout
        if not layout.cells:
            return
        tiles = self._tiles_for(layout.cell)
        painter = QPainter(self)
        pitch = layout.pitch
        states = self._states
        per_cell = layout.per_cell
        for exposed in event.region():
            first_line = max(0, exposed.top() // pitch)
            last_line = min(layout.lines - 1, exposed.bottom() // pitch)
            first_column = max(0, exposed.left() // pitch)
            last_column = min(layout.columns - 1, exposed.right() // pitch)
            for line in range(first_line, last_line + 1):
                top = line * pitch
                for column in range(first_column, last_column + 1):
                    cell = line * layout.columns + column
                    if cell >= layout.cells:
                        break
                    first = cell * per_cell
                    state = (
                        states[first]
                        if per_cell == 1
                        else telling_state(states[first : first + per_cell])
                    )
                    painter.drawPixmap(column * pitch, top, tiles[state])
        painter.end()

    def _tiles_for(self, size: int) -> dict[BatchState, QPixmap]:
        """Return one painted square per state at ``size``, made once per size and palette.

        Drawing a ready tile costs one call; painting each square's shapes anew made a repaint
        of a thousand squares take tens of milliseconds.
        """
        key = (size, self.devicePixelRatioF(), self.palette().cacheKey())
        if self._tiles_key != key:
            palette = self.palette()
            self._tiles = {
                state: cell_pixmap(
                    state,
                    size,
                    key[1],
                    palette.color(QPalette.ColorRole.Mid),
                    palette.color(QPalette.ColorRole.Base),
                )
                for state in BatchState
            }
            self._tiles_key = key
        return self._tiles

    def event(self, event: QEvent) -> bool:
        """Show the batch under the pointer in a tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos())
            if row is None:
                QToolTip.hideText()
                event.ignore()
                return True
            rows = self.cell_rows(row)
            text = self.model.batches_tooltip(rows.start, rows.stop)
            QToolTip.showText(event.globalPos(), text, self, self.cell_rect(row))
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Pick the batch of the square clicked, in the table."""
        if event.button() == Qt.MouseButton.LeftButton:
            row = self.row_at(event.position().toPoint())
            if row is not None:
                self.batch_clicked.emit(row)
                return
        super().mouseReleaseEvent(event)


def cell_pixmap(
    state: BatchState, size: int, ratio: float, frame: QColor, empty: QColor
) -> QPixmap:
    """Return ``state``'s square, ``size`` pixels wide, sharp at the screen's pixel ratio."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_cell(painter, QRect(0, 0, size, size), state, frame, empty)
    painter.end()
    return pixmap


def state_colour(state: BatchState, empty: QColor) -> QColor:
    """Return the fill of ``state``'s square (``empty``, the window's base, while waiting)."""
    code = STATE_COLOURS.get(state)
    return QColor(code) if code else QColor(empty)


def paint_cell(
    painter: QPainter, rect: QRect, state: BatchState, frame: QColor, empty: QColor
) -> None:
    """Paint one square: its colour, and the shape that tells its state without colour."""
    fill = state_colour(state, empty)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    if state is BatchState.PARTLY_FAILED:
        # Half sent, half refused: the lower-right triangle red, the upper-left orange.
        painter.fillRect(rect, fill)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATE_COLOURS[BatchState.FAILED]))
        corner = QPolygon([rect.topRight(), rect.bottomRight(), rect.bottomLeft()])
        painter.drawPolygon(corner)
        return
    painter.fillRect(rect, fill)
    mark = QColor("#ffffff")
    if state is BatchState.QUEUED:
        painter.setPen(QPen(frame, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
    elif state is BatchState.SENDING:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mark)
        radius = max(1.0, rect.width() / 6)
        painter.drawEllipse(QRectF(rect).center(), radius, radius)
    elif state is BatchState.RETRYING:
        painter.fillRect(rect, QBrush(QColor("#7a5200"), Qt.BrushStyle.BDiagPattern))
    elif state is BatchState.FAILED:
        inset = max(2, rect.width() // 4)
        inner = rect.adjusted(inset, inset, -inset, -inset)
        painter.setPen(QPen(mark, 1.5 if rect.width() > 10 else 1))
        painter.drawLine(inner.topLeft(), inner.bottomRight())
        painter.drawLine(inner.topRight(), inner.bottomLeft())
    elif state is BatchState.STOPPED:
        middle = rect.center().y()
        inset = max(1, rect.width() // 5)
        painter.fillRect(
            QRect(
                rect.left() + inset, middle, rect.width() - 2 * inset, max(1, rect.height() // 6)
            ),
            mark,
        )


class StripLegend(QWidget):
    """Under the strip: each state's square and its count in words ("12 sent"), in one line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchStripLegend")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        self._entries: dict[BatchState, tuple[QWidget, QLabel]] = {}
        for state in (
            BatchState.SENT,
            BatchState.SENDING,
            BatchState.RETRYING,
            BatchState.PARTLY_FAILED,
            BatchState.FAILED,
            BatchState.STOPPED,
            BatchState.QUEUED,
        ):
            entry = QWidget()  # swatch and words together: a hidden entry leaves no gap
            pair = QHBoxLayout(entry)
            pair.setContentsMargins(0, 0, 10, 0)
            pair.setSpacing(4)
            swatch = QLabel()
            swatch.setObjectName(f"swatch_{state.value}")
            swatch.setPixmap(self._swatch(state))
            text = QLabel()
            text.setObjectName(f"legend_{state.value}")
            pair.addWidget(swatch)
            pair.addWidget(text)
            self._row.addWidget(entry)
            self._entries[state] = (entry, text)
        self.scale = QLabel()
        self.scale.setObjectName("batchStripScale")
        self._row.addWidget(self.scale)
        self._row.addStretch(1)

    def show_counts(self, texts: dict[BatchState, str], scale: str) -> None:
        """Show the states in ``texts`` with their words; the others take no room."""
        for state, (entry, label) in self._entries.items():
            text = texts.get(state, "")
            label.setText(text)
            entry.setVisible(bool(text))
        self.scale.setText(scale)
        self.scale.setVisible(bool(scale))

    def text_of(self, state: BatchState) -> str:
        """Return the words shown for ``state`` ("" when it has no batch)."""
        entry, label = self._entries[state]
        return label.text() if not entry.isHidden() else ""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Paint the swatches again when the system switches between light and dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for state, (entry, _label) in self._entries.items():
                swatch = entry.findChild(QLabel, f"swatch_{state.value}")
                if swatch is not None:
                    swatch.setPixmap(self._swatch(state))

    def _swatch(self, state: BatchState) -> QPixmap:
        size = max(MIN_CELL_PX + 4, self.fontMetrics().height() - 4)
        palette = self.palette()
        return cell_pixmap(
            state,
            size,
            self.devicePixelRatioF(),
            palette.color(QPalette.ColorRole.Mid),
            palette.color(QPalette.ColorRole.Base),
        )
