"""The contract between the main window and each of its six steps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.state import WizardState

HEADING_SCALE = 1.3  # a step's title: larger than the body text, regular weight
# Spacing shared by every step, in device-independent pixels (Qt scales them at 200 %):
# between the lines of a step's header, between the controls of a page, and between its sections.
HEADER_SPACING = 2
PAGE_SPACING = 8
SECTION_SPACING = 16


def style_heading(label: QLabel) -> QLabel:
    """Give a step's title the look every step shares, so the title does not jump between steps.

    Styling a title twice (its step, then ``StepHeader``) keeps the one look: the size is scaled
    once per label.
    """
    if label.property("stepHeading"):
        return label
    label.setProperty("stepHeading", True)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
    font.setBold(False)
    label.setFont(font)
    return label


class StepHeader(QWidget):
    """A step's title with its one sentence of help below, the same on every step.

    ``leading`` sits before the title (Results' status sign), ``trailing`` after it (the
    step's own actions, as Mapping's Auto-match). The help sentence wraps rather than widen
    the window in French.
    """

    def __init__(
        self,
        title: QLabel,
        help_text: str,
        leading: QWidget | None = None,
        trailing: list[QWidget] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("stepHeader")
        self.title_label = style_heading(title)
        self.title_label.setWordWrap(True)
        self.help_label = QLabel(help_text)
        self.help_label.setObjectName("stepHelp")
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.PlainText)
        self.help_label.setVisible(bool(help_text))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(PAGE_SPACING)
        if leading is not None:
            row.addWidget(leading, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.title_label, 1)
        for widget in trailing or []:
            row.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(HEADER_SPACING)
        layout.addLayout(row)
        layout.addWidget(self.help_label)


def page_layout(page: QWidget) -> QVBoxLayout:
    """Return ``page``'s main layout with the margins and spacing every step shares.

    No margins of its own: the window's frame gives them, so every step's title starts at
    the same place.
    """
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(PAGE_SPACING)
    return layout


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

    def help_text(self) -> str:
        """Return the step's one sentence of help, shown under its title (translated)."""
        return ""

    def header(
        self, title: QLabel, leading: QWidget | None = None, trailing: list[QWidget] | None = None
    ) -> StepHeader:
        """Return the step's header: ``title`` with the step's help sentence below."""
        self.step_header = StepHeader(title, self.help_text(), leading, trailing)
        return self.step_header

    def primary_button(self) -> QPushButton | None:
        """Return the step's own main action when it has one on screen, else None.

        The window then draws that button as the primary one and Next as an ordinary button,
        so each step shows one default button. The default finds a visible, enabled button
        the step made default (Choose file… on the empty File step, Send test batch).
        """
        for button in self.findChildren(QPushButton):
            if button.isDefault() and button.isVisibleTo(self) and button.isEnabled():
                return button
        return None

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
