"""The contract between the main window and each of its six steps."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.state import WizardState

HEADING_SCALE = 1.3  # a step's title: larger than the body text, regular weight


def style_heading(label: QLabel) -> QLabel:
    """Give a step's title the look every step shares, so the title does not jump between steps."""
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
    font.setBold(False)
    label.setFont(font)
    return label


class StepPage(QWidget):
    """One step of the window (File, Destination, Mapping, Preview, Upload, Results).

    The main window calls ``enter`` when the step is shown and ``leave`` before moving on; a step
    emits ``completeness_changed`` when whether the user may go on changes, and ``status_changed``
    with a short text for the window's status line (for example "2 required fields are not mapped").
    ``next_text`` lets a step name the commit ("Upload 1,198 rows").
    """

    completeness_changed = Signal(bool)
    status_changed = Signal(str)
    advance_requested = Signal()  # the step asks the window to go to the next step itself

    def title(self) -> str:
        """Return the step's name as the step list shows it (translated)."""
        raise NotImplementedError

    def enter(self, state: WizardState) -> None:
        """Show the step for ``state`` (called every time the step becomes current)."""
        self.state = state

    def leave(self, state: WizardState) -> bool:
        """Store the step's result in ``state``; return False to stay on the step."""
        return True

    def is_complete(self) -> bool:
        """Return True when the user may go to the next step."""
        return True

    def next_text(self) -> str | None:
        """Return a label for the Next button, or None for the default."""
        return None

    def allows_back(self) -> bool:
        """Return False once going back would make no sense (after an upload has started)."""
        return True

    def can_close(self) -> bool:
        """Return False to keep the window open; called on every step when the user closes it.

        A step with work in flight (an upload) asks the user here and, if they confirm, stops
        that work before returning True. The default has nothing to protect.
        """
        return True
