"""Upload options through real keys: sentence-case buttons, Alt keys, defaults restored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.settings import Settings
from app.ui.dialogs.options_dialog import OptionsDialog

pytestmark = pytest.mark.gui


def test_restore_defaults_reads_in_sentence_case_and_has_an_alt_key(qtbot):
    settings = Settings()
    dialog = OptionsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    dialog.concurrency_spin.setValue(9)
    dialog.test_spin.setValue(40)
    assert dialog.restore_button.text().replace("&", "") == "Restore defaults"
    # Alt+D where the focus is, as a user at the keyboard does.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    # A button's Alt key presses it as a short animated click.
    qtbot.waitUntil(lambda: dialog.concurrency_spin.value() == Settings().concurrency)
    assert dialog.test_spin.value() == Settings().test_batch_rows
