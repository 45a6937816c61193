"""Message boxes wide enough for their title.

A ``QMessageBox`` takes the width of its text, and window managers cut a longer title short
("Unfinished upl…"). The title bar shows the title followed by the program's name, in a bold
font, between an icon and three buttons.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem

TITLE_SEPARATOR = " \u2014 "
TITLE_BAR_EXTRAS_EM = 9  # the window icon and the minimize, maximize and close buttons, in ems


def title_bar_width(title: str) -> int:
    """Return the width, in pixels, a title bar needs to show ``title`` in full."""
    shown = title
    name = QGuiApplication.applicationDisplayName()
    if name and not title.endswith(name):
        shown = f"{title}{TITLE_SEPARATOR}{name}"
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    return metrics.horizontalAdvance(shown) + metrics.height() * TITLE_BAR_EXTRAS_EM


def fit_title(box: QMessageBox) -> None:
    """Make ``box`` at least as wide as its title bar needs (call after ``setWindowTitle``)."""
    layout = box.layout()
    if not isinstance(layout, QGridLayout):
        return
    spacer = QSpacerItem(
        title_bar_width(box.windowTitle()), 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed
    )
    layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
