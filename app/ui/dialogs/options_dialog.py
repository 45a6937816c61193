"""Upload options: rows in the test batch, events per request and requests at once.

Most users never open it: the defaults follow each destination's documented limits. It exists for
an account with a raised rate limit, or a slow network where fewer requests at once behave better.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.settings import Settings

MAX_BATCH = 100  # HubSpot's documented maximum; Pipeless takes at most 10 (capped at upload)


class OptionsDialog(QDialog):
    """Test batch rows, batch size (0 = automatic) and concurrency, saved in the settings."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Upload options"))
        intro = QLabel(
            self.tr(
                "The automatic values follow each service's limits. Change them only if your "
                "account allows more requests, or the network is slow."
            )
        )
        intro.setWordWrap(True)
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(0, MAX_BATCH)
        self.batch_spin.setSpecialValueText(self.tr("Automatic"))
        self.batch_spin.setSuffix(self.tr(" events"))
        self.batch_spin.setValue(settings.batch_size or 0)
        self.batch_spin.setAccessibleName(self.tr("Events per request"))
        self.concurrency_spin = QSpinBox()
        self.concurrency_spin.setRange(1, 16)
        self.concurrency_spin.setValue(settings.concurrency)
        self.concurrency_spin.setAccessibleName(self.tr("Requests at once"))
        self.test_spin = QSpinBox()
        self.test_spin.setRange(1, MAX_BATCH)
        self.test_spin.setSuffix(self.tr(" rows"))
        self.test_spin.setValue(settings.test_batch_rows)
        self.test_spin.setAccessibleName(self.tr("Rows in the test batch"))
        form = QFormLayout()
        form.addRow(self.tr("Rows in the &test batch:"), self.test_spin)
        form.addRow(self.tr("&Events per request:"), self.batch_spin)
        form.addRow(self.tr("&Requests at once:"), self.concurrency_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        # Qt's own text is title case and has no Alt key; the window speaks in sentence case.
        restore.setText(self.tr("Restore &defaults"))
        restore.clicked.connect(self.restore_defaults)
        self.restore_button = restore
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        intro.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def restore_defaults(self) -> None:
        """Go back to the automatic values."""
        defaults = Settings()
        self.batch_spin.setValue(defaults.batch_size or 0)
        self.concurrency_spin.setValue(defaults.concurrency)
        self.test_spin.setValue(defaults.test_batch_rows)

    def accept(self) -> None:  # noqa: D102 - store into the settings, then close
        self.settings.batch_size = self.batch_spin.value() or None
        self.settings.concurrency = self.concurrency_spin.value()
        self.settings.test_batch_rows = self.test_spin.value()
        super().accept()
