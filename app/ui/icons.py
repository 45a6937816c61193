"""Small icon helpers shared by the window's lists and tables."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
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
