"""Keyboard use of the whole program: Tab leaves every grid, and focus is always visible.

Two rules hold for every window and dialog, including those opened later:

* Tab and Shift+Tab move between controls, never from cell to cell. A grid gives Tab to its
  cells by default, so a keyboard user who enters a large one cannot get out (the arrow keys
  still move between cells). ``leave_grids_with_tab`` sets this for the views a window holds;
  ``KeyboardAids`` also sets it on any view when it takes the focus, so dialogs built later
  follow the rule without knowing of it.
* The control that has the focus wears a ring in the palette's highlight colour, 2 px wide, in
  light and dark palettes alike. Some styles (Fusion, the one used on Linux) mark a focused
  button with a hairline only. The ring is a ``QFocusFrame`` that follows the focus: it paints
  itself outside the control, so no style has to be replaced (a proxy style would cost a Python
  call for every cell of every grid it paints).
* The focused control is scrolled into view. A scroll area does so for Tab, not for an Alt
  letter: Alt+D in a short Mapping editor focused the date format out of sight.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QRectF, Qt, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QScrollArea,
    QWidget,
)

RING_WIDTH = 2.0
_NAME = "keyboardAids"

# Controls that get the ring. Text fields are left out: their caret and frame already show it.
RINGED = (QAbstractButton, QComboBox, QAbstractItemView, QAbstractSpinBox)


def leave_grids_with_tab(root: QWidget) -> None:
    """Make Tab and Shift+Tab leave every table, tree and list inside ``root``."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


class FocusRing(QFocusFrame):
    """A 2 px ring in the highlight colour around the focused control."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the ring just outside the control (the frame sits around it)."""
        watched = self.widget()
        if watched is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colour = watched.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3)
        painter.end()


class KeyboardAids(QObject):
    """Follow the application's focus: ring the focused control, free Tab in grids.

    Each window has its own ring (a child of the window, so it goes with it); the ring of a
    window that loses the focus lets go of its control. Rings are kept here rather than looked
    up among a window's children: while a widget is being destroyed the focus moves, and
    reading the half-destroyed widget from Python would abort the program.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(_NAME)
        self._rings: dict[QWidget, FocusRing] = {}
        self._ring: FocusRing | None = None  # the ring in use, in the window with the focus
        app.focusChanged.connect(self._on_focus_changed)

    def ring_for(self, window: QWidget, create: bool = True) -> FocusRing | None:
        """Return ``window``'s ring, made on first use when ``create`` is True."""
        for stale in [w for w, r in self._rings.items() if not shiboken6.isValid(r)]:
            del self._rings[stale]  # its window is gone, and the ring with it
        ring = self._rings.get(window)
        if ring is None and create:
            ring = self._rings[window] = FocusRing(window)
        return ring

    @Slot()
    def _on_focus_changed(self) -> None:
        now = QApplication.focusWidget()
        if now is None:
            return  # the focus leaves a window being closed: nothing to ring
        if isinstance(now, QAbstractItemView):
            now.setTabKeyNavigation(False)
        scroll_into_view(now)
        window = now.window()
        target = now if isinstance(now, RINGED) and window is not now else None
        ring = self.ring_for(window, create=target is not None)
        previous = self._ring
        if previous is not None and previous is not ring and shiboken6.isValid(previous):
            previous.setWidget(None)  # the window left keeps no ring
        self._ring = ring
        if ring is not None and ring.widget() is not target:
            ring.setWidget(target)


def _shows_in(widget: QWidget, viewport: QWidget) -> bool:
    """Return True if ``widget`` lies wholly inside ``viewport`` (nothing to scroll)."""
    corner = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(corner, widget.size()))


def scroll_into_view(widget: QWidget) -> None:
    """Scroll every scroll area that holds ``widget`` so that the widget shows."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if (
            isinstance(area, QScrollArea)
            and area.viewport() is parent
            and not _shows_in(widget, parent)
        ):
            area.ensureWidgetVisible(widget)
        parent = parent.parentWidget()


def ring_of(window: QWidget, create: bool = True) -> FocusRing | None:
    """Return the focus ring of ``window`` (None before the keyboard aids are installed)."""
    aids = install_keyboard_aids()
    return aids.ring_for(window, create) if aids is not None else None


def install_keyboard_aids(app: QApplication | None = None) -> KeyboardAids | None:
    """Install the keyboard rules once per application; return them (None without an app)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication):
        return None
    existing = app.findChild(KeyboardAids, _NAME)
    if isinstance(existing, KeyboardAids):
        return existing
    return KeyboardAids(app)
