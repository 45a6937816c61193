"""The Preview grid's column header: the field's name, and under it, quieter, its source column.

A marketer looks for "Contact email", not for the spreadsheet's "E-mail"; both are worth seeing,
but not with the same weight. The model gives a title on two lines (the name, then the column);
this header draws the first line as any header does and the second in a muted colour. Titles on
one line (Row, Status) are drawn by Qt as usual; every title is bold.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget


def muted(palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.ButtonText) -> QColor:
    """Return ``role``'s colour 70 % of the way from its background: quieter, still legible."""
    text = palette.color(role)
    back_role = (
        QPalette.ColorRole.Base if role == QPalette.ColorRole.Text else QPalette.ColorRole.Button
    )
    back = palette.color(back_role)
    channels = zip(text.getRgb()[:3], back.getRgb()[:3], strict=True)
    return QColor(*(round(b + (t - b) * 0.7) for t, b in channels))


class FieldHeader(QHeaderView):
    """A horizontal header whose two-line titles show their second line muted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Titles bold whatever is selected (a selected row would embolden every title anyway).
        self.setHighlightSections(False)
        font = self.font()
        font.setBold(True)
        self.setFont(font)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:  # noqa: N802
        """Draw the section, then its two lines: the field name plain, the source muted."""
        model = self.model()
        title = model.headerData(logical_index, self.orientation()) if model else None
        if not isinstance(title, str) or "\n" not in title:
            super().paintSection(painter, rect, logical_index)
            return
        name, origin = title.split("\n", 1)
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical_index)
        option.rect = rect
        option.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, self)
        arrow = 0
        if option.sortIndicator != QStyleOptionHeader.SortIndicator.None_:
            arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, option, self)
        inner = rect.adjusted(margin, 0, -margin - arrow, 0)
        line = self.fontMetrics().height()
        top = inner.top() + max(0, (inner.height() - 2 * line) // 2)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        metrics = self.fontMetrics()
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.drawText(
            QRect(inner.left(), top, inner.width(), line),
            flags,
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, inner.width()),
        )
        plain = self.font()
        plain.setBold(False)
        painter.setFont(plain)
        metrics = QFontMetrics(plain)
        painter.setPen(muted(self.palette()))
        painter.drawText(
            QRect(inner.left(), top + line, inner.width(), line),
            flags,
            metrics.elidedText(origin, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()
