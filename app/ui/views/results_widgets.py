"""The Results page's pictures: a stacked bar of where the rows ended, and the rows to fix.

Colour is never the only carrier: each segment also has its own hatching, the legend beside the
bar gives every count in words, and the bar's accessible description reads the same words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.results_summary import (
    SEGMENT_KEYS,
    FixGroup,
    ResultCounts,
    segment_text,
    segment_widths,
)

# Hues read on light and dark windows alike; the hatching tells the segments apart without them.
SEGMENT_STYLE: dict[str, tuple[str, Qt.BrushStyle]] = {
    "sent": ("#2e7d32", Qt.BrushStyle.NoBrush),
    "already": ("#4f86c6", Qt.BrushStyle.NoBrush),
    "failed": ("#c62828", Qt.BrushStyle.BDiagPattern),
    "invalid": ("#e08a00", Qt.BrushStyle.FDiagPattern),
    "excluded": ("#8d8d8d", Qt.BrushStyle.Dense6Pattern),
    "left": ("#b8c4cc", Qt.BrushStyle.Dense5Pattern),
}
MAX_GROUPS = 6  # groups listed; the rest are summed up (their rows are in the file of rows to fix)


def paint_segment(painter: QPainter, rect: QRect, key: str) -> None:
    """Fill ``rect`` with the segment's colour and hatching."""
    colour, pattern = SEGMENT_STYLE[key]
    painter.fillRect(rect, QColor(colour))
    if pattern is not Qt.BrushStyle.NoBrush:
        painter.fillRect(rect, QBrush(QColor(255, 255, 255, 150), pattern))


def swatch(key: str, size: int) -> QPixmap:
    """Return a small square of a segment's look, for the legend."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_segment(painter, QRect(0, 0, size, size), key)
    painter.end()
    return pixmap


class StackedBar(QWidget):
    """One bar split in proportion to where the rows ended (sent, already there, failed, …).

    A segment of one row among 100,000 keeps a few pixels (``segment_widths``), so it is seen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsBar")
        self.counts = ResultCounts()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("ResultsStep", "Rows by result"))

    def set_counts(self, counts: ResultCounts) -> None:
        """Show ``counts`` and describe them in words for screen readers."""
        self.counts = counts
        words = [segment_text(k, counts.of(k)) for k in SEGMENT_KEYS if counts.of(k)]
        self.setAccessibleDescription(", ".join(words))
        self.setToolTip("\n".join(words))
        self.update()

    def minimum_segment(self) -> int:
        """Return the narrowest a non-empty segment is drawn: half a character, in pixels."""
        return max(4, self.fontMetrics().averageCharWidth() // 2)

    def segments(self) -> list[tuple[str, QRect]]:
        """Return (key, rectangle) of each segment drawn, left to right."""
        area = self.contentsRect()
        widths = segment_widths(
            [self.counts.of(k) for k in SEGMENT_KEYS], area.width(), self.minimum_segment()
        )
        found, x = [], area.left()
        for key, width in zip(SEGMENT_KEYS, widths, strict=True):
            if width > 0:
                found.append((key, QRect(x, area.top(), width, area.height())))
                x += width
        return found

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the segments, a thin gap between them, on the window's background."""
        painter = QPainter(self)
        area = self.contentsRect()
        painter.fillRect(area, self.palette().color(QPalette.ColorRole.AlternateBase))
        gap = self.palette().color(QPalette.ColorRole.Window)
        for index, (key, rect) in enumerate(self.segments()):
            paint_segment(painter, rect, key)
            if index:
                painter.fillRect(QRect(rect.left(), rect.top(), 1, rect.height()), gap)
        painter.end()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Be as tall as one and a half lines of text."""
        return QSize(
            self.fontMetrics().averageCharWidth() * 60, self.fontMetrics().height() * 3 // 2
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Let narrow windows shrink the bar, never its height."""
        return QSize(self.fontMetrics().averageCharWidth() * 10, self.sizeHint().height())


class Legend(QWidget):
    """The bar's key: a swatch and the count in words per segment that has rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsLegend")
        self.labels: dict[str, QLabel] = {}
        self.swatches: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        size = self.fontMetrics().height() * 3 // 4
        for key in SEGMENT_KEYS:
            mark = QLabel()
            mark.setPixmap(swatch(key, size))
            text = QLabel()
            text.setObjectName(f"legend_{key}")
            layout.addWidget(mark)
            layout.addWidget(text)
            layout.addSpacing(self.fontMetrics().averageCharWidth() * 2)
            self.swatches[key], self.labels[key] = mark, text
        layout.addStretch(1)

    def set_counts(self, counts: ResultCounts) -> None:
        """Show the segments that have rows, each with its count in words."""
        for key in SEGMENT_KEYS:
            count = counts.of(key)
            self.labels[key].setText(segment_text(key, count))
            self.labels[key].setVisible(count > 0)
            self.swatches[key].setVisible(count > 0)


class FixGroupsPanel(QWidget):
    """The rows to fix, grouped by reason: count, reason, first rows and *Fix in Preview*.

    The label "Rows to fix" has the panel's Alt letter and leads to the first group's button;
    Tab goes on from one group to the next (their number varies, so they share no letter).
    """

    fix_clicked = Signal(object)  # the FixGroup whose button was pressed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fixGroups")
        self.heading = QLabel(QCoreApplication.translate("ResultsStep", "Rows to fi&x"))
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.rest_label = QLabel()
        self.rest_label.setWordWrap(True)
        self.groups: list[FixGroup] = []
        self.buttons: list[QToolButton] = []
        self._frames: list[QFrame] = []
        # The groups scroll when the window is short, so the page never clips them.
        inner = QWidget()
        self._list = QVBoxLayout(inner)
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(self.fontMetrics().height() // 2)
        self._list.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("fixGroupsScroll")
        self.scroll.setWidget(inner)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons inside
        self.scroll.setMinimumHeight(self.fontMetrics().height() * 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.rest_label)

    def set_groups(self, groups: Sequence[FixGroup]) -> None:
        """List ``groups`` (most rows first); more than ``MAX_GROUPS`` are summed up in a line."""
        for frame in self._frames:
            self._list.removeWidget(frame)
            frame.deleteLater()
        self._frames.clear()
        self.buttons.clear()
        self.groups = list(groups[:MAX_GROUPS])
        for group in self.groups:
            frame, button = self._group_frame(group)
            self._list.insertWidget(self._list.count() - 1, frame)
            self._frames.append(frame)
            self.buttons.append(button)
        rest = sum(g.count for g in groups[MAX_GROUPS:])
        self.rest_label.setText(
            QCoreApplication.translate(
                "ResultsStep",
                "%Ln rows: other reasons (listed in the file of rows to fix)",
                None,
                rest,
            )
            if rest
            else ""
        )
        self.rest_label.setVisible(rest > 0)
        self.heading.setBuddy(self.buttons[0] if self.buttons else None)
        self.setVisible(bool(self.groups))

    def _group_frame(self, group: FixGroup) -> tuple[QFrame, QToolButton]:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(group.title(), frame)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        rows = QLabel(group.rows_text(), frame)
        rows.setWordWrap(True)
        rows.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        example = QLabel(group.example, frame)  # a parent first: shown, it stays inside
        example.setWordWrap(True)
        example.setTextFormat(Qt.TextFormat.PlainText)
        example.setVisible(bool(group.example))
        button = QToolButton(frame)
        button.setText(QCoreApplication.translate("ResultsStep", "Fix in Preview"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(False)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAccessibleName(
            QCoreApplication.translate("ResultsStep", "Fix in Preview: {group}").replace(
                "{group}", group.title()
            )
        )
        button.clicked.connect(lambda _checked=False, g=group: self.fix_clicked.emit(g))
        # Boxes, not a grid: wrapped labels get their full height in a box layout.
        rows.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(title)
        words.addWidget(rows)
        words.addWidget(example)
        box = QHBoxLayout(frame)
        box.addLayout(words, 1)
        box.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return frame, button
