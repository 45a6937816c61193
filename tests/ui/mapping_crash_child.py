"""Child process of test_mapping_crash.py: type a fixed value and press Tab with the list open.

Run on its own so that a native crash fails the test instead of killing the test runner. It
prints ``alive <value>`` when the window survived and kept the value.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.conversion.mapping import load_mapping
from app.core.reading.sheet import read_sheet
from app.core.settings import Settings
from app.paths import samples_dir
from app.ui.accounts import AccountStore
from app.ui.context import AppContext
from app.ui.state import WizardState
from app.ui.views.mapping_step import FIXED_VALUE, MappingStep


def wait_until(app: QApplication, condition, limit: int = 500) -> bool:
    """Process events until ``condition`` holds (at most ``limit`` rounds of 10 ms)."""
    for _ in range(limit):
        if condition():
            return True
        app.processEvents()
        QTest.qWait(10)
    return condition()


def main() -> int:
    """Drive the Mapping step like the user who found the crash."""
    app = QApplication(sys.argv[:1])
    sheet = read_sheet(samples_dir() / "post-likes.csv")
    mapping = load_mapping(samples_dir() / "post-likes.mapping.json")
    mapping.fields.pop("start_object.type")
    step = MappingStep(AppContext(settings=Settings(), accounts=AccountStore()))
    step.resize(1000, 700)
    step.show()
    step.activateWindow()
    step.enter(WizardState(sheet=sheet, mapping=mapping))
    step.select_target("start_object.type")
    index = step.source_combo.findData(FIXED_VALUE)
    step.source_combo.setCurrentIndex(index)
    step.source_combo.activated.emit(index)
    step.fixed_edit.setFocus()
    wait_until(app, step.fixed_edit.hasFocus)
    QTest.keyClicks(step.fixed_edit, "article")
    popup = step.fixed_edit.completer().popup()
    if not wait_until(app, popup.isVisible):
        print("popup never opened")
        return 3
    QTest.keyClick(popup, Qt.Key.Key_Tab)  # a popup receives the keys while it is open
    for _ in range(20):
        app.processEvents()
        QTest.qWait(10)
    rule = step.model.rule("start_object.type")
    print("alive", rule.value if rule is not None else None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
