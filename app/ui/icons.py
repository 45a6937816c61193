"""Small icon helpers shared by the window's lists and tables."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import QStyle

_blank: dict[tuple[int, int], QIcon] = {}


def blank_icon(size: QSize | None = None) -> QIcon:
    """Return a transparent icon, for the rows of a status column that have no state to show.

    A row without an icon draws its text where the others draw their icon, so "Waiting" or
    "Not mapped" would start further left than "Sent" or "Matched"; a blank icon keeps every
    status word at the same place.
    """
    size = size or QSize(16, 16)
    key = (size.width(), size.height())
    icon = _blank.get(key)
    if icon is None:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        icon = _blank[key] = QIcon(pixmap)
    return icon


def status_icon_name(pixmap: QStyle.StandardPixmap) -> str:
    """Return the word a screen reader says for a status icon ("Problem", "Done"…).

    The sentence beside the icon says what happened; the icon's name gives its kind, so the icon
    is not announced as a bare "image".
    """
    names = {
        QStyle.StandardPixmap.SP_DialogApplyButton: QT_TRANSLATE_NOOP("UploadStep", "Done"),
        QStyle.StandardPixmap.SP_MessageBoxWarning: QT_TRANSLATE_NOOP("UploadStep", "Warning"),
        QStyle.StandardPixmap.SP_MessageBoxCritical: QT_TRANSLATE_NOOP("UploadStep", "Problem"),
    }
    return QCoreApplication.translate("UploadStep", names.get(pixmap, "Information"))


def text_coloured_icon(shape: str, palette: QPalette, size: QSize, ratio: float = 2.0) -> QIcon:
    """Return a plain glyph in the palette's text colour: "up" (sending) or "square" (stopped).

    The style's arrow and stop square are drawn black whatever the theme, so they vanished in
    dark; these follow the text, in the normal and the selected (highlighted) row. Drawn at
    ``ratio`` so they stay sharp at 200 %.
    """
    w, h = size.width(), size.height()
    outline = {
        "up": [QPointF(w * 0.5, h * 0.15), QPointF(w * 0.85, h * 0.7), QPointF(w * 0.15, h * 0.7)],
        "square": [
            QPointF(w * 0.25, h * 0.25),
            QPointF(w * 0.75, h * 0.25),
            QPointF(w * 0.75, h * 0.75),
            QPointF(w * 0.25, h * 0.75),
        ],
    }[shape]
    return _glyph_icon(QPolygonF(outline), palette, size, ratio)


def _glyph_icon(glyph: QPolygonF, palette: QPalette, size: QSize, ratio: float) -> QIcon:
    icon = QIcon()
    for mode, role in (
        (QIcon.Mode.Normal, QPalette.ColorRole.WindowText),
        (QIcon.Mode.Selected, QPalette.ColorRole.HighlightedText),
    ):
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorGroup.Active, role))
        painter.drawPolygon(glyph)
        painter.end()
        icon.addPixmap(pixmap, mode)
    return icon


def current_step_icon(palette: QPalette, size: QSize, ratio: float = 1.0) -> QIcon:
    """Return the "you are here" mark of the step list: a triangle in the text's colour.

    The style's arrow is drawn dark whatever the theme, so it vanished on the selected row's
    highlight and on a dark window. This one takes the palette's text colour, and the
    highlighted text's colour on the selected row; ``ratio`` is the screen's device pixel
    ratio, so the triangle stays sharp at 200 %.
    """
    w, h = size.width(), size.height()
    triangle = QPolygonF(
        [QPointF(w * 0.3, h * 0.2), QPointF(w * 0.8, h * 0.5), QPointF(w * 0.3, h * 0.8)]
    )
    return _glyph_icon(triangle, palette, size, ratio)
