"""The one dialog a user sees when something unexpected happens: plain words, never a traceback.

The technical details (exception type, message, traceback) are redacted and written to the log;
"Copy details" puts the same redacted text on the clipboard so a user can paste it to support.
"""

from __future__ import annotations

import logging
import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.logs import redact

log = logging.getLogger(__name__)


def format_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """Return the redacted technical text of an exception (for the log and "Copy details")."""
    return redact("".join(traceback.format_exception(exc_type, exc, tb)))


class ErrorDialog(QDialog):
    """A friendly message, where the details went, and a button to copy them."""

    def __init__(
        self,
        message: str,
        details: str = "",
        parent: QWidget | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Something went wrong"))
        self.setAccessibleName(self.windowTitle())
        self._details = redact(details)

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(self.tr("Warning"))

        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setAccessibleName(self.tr("Error message"))
        hint = QLabel(
            self.tr(
                "Nothing you did caused this. The details were saved to the log file; "
                "if it happens again, copy them and send them to your support contact."
            )
        )
        hint.setWordWrap(True)

        text = QVBoxLayout()
        text.addWidget(self.message_label)
        text.addWidget(hint)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.setEnabled(bool(self._details))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    @property
    def details(self) -> str:
        """The redacted details the dialog copies."""
        return self._details

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._details)
        self.copy_button.setText(self.tr("Copied"))


def show_error(message: str, details: str = "", parent: QWidget | None = None) -> None:
    """Log ``details`` and show the dialog modally."""
    if details:
        log.error("%s\n%s", message, details)
    ErrorDialog(message, details, parent).exec()
