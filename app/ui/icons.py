"""Small icon helpers shared by the window's lists and tables."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap

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
