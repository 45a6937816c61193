"""Tab with the fixed value's suggestion list open: no crash, and the value is kept.

The child process drives the real Mapping step (``mapping_crash_child.py``): a native crash there
fails this test with the child's signal instead of killing the test runner.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from shell_support import LIKES, context, sample  # noqa: F401

from app.core.conversion.mapping import load_mapping
from app.core.reading.sheet import read_sheet
from app.ui.state import WizardState
from app.ui.views.mapping_step import FIXED_VALUE, MappingStep

ROOT = Path(__file__).resolve().parents[2]


def test_tab_with_the_suggestion_list_open_keeps_the_value() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("mapping_crash_child.py"))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    died = f"the window died (code {child.returncode}): {child.stderr[-800:]}"
    assert child.returncode == 0, died
    assert child.stdout.strip().splitlines()[-1] == "alive article"


@pytest.fixture
def likes_step(qtbot, context):  # noqa: F811
    mapping = load_mapping(sample("post-likes.mapping.json"))
    mapping.fields.pop("start_object.type")
    page = MappingStep(context)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.enter(WizardState(sheet=read_sheet(sample(LIKES)), mapping=mapping))
    page.select_target("start_object.type")
    index = page.source_combo.findData(FIXED_VALUE)
    page.source_combo.setCurrentIndex(index)
    page.source_combo.activated.emit(index)
    return page


def test_the_completer_is_made_once_and_follows_the_field(qtbot, likes_step) -> None:
    step = likes_step
    completer = step.fixed_edit.completer()
    step.select_target("relationship.type")
    step.select_target("end_object.type")
    assert step.fixed_edit.completer() is completer  # never replaced, only its list changes
    assert "post" in completer.model().stringList()
    step.select_target("start_object.id")
    assert completer.model().stringList() == []


def test_the_click_that_closes_the_list_reaches_its_target(qtbot, likes_step) -> None:
    """On X11 the press that closes a popup was eaten: the first click after typing did nothing."""
    step = likes_step
    step.fixed_edit.setFocus()
    qtbot.keyClicks(step.fixed_edit, "arti")
    popup = step.fixed_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    clicked = []
    step.automatch_button.clicked.connect(lambda: clicked.append(True))
    button = step.automatch_button
    target = button.mapToGlobal(button.rect().center())
    # While a popup is open, Qt hands every press to it, wherever the mouse is.
    qtbot.mousePress(popup, Qt.MouseButton.LeftButton, pos=popup.mapFromGlobal(target))
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert button.isDown()
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
    assert clicked == [True]
    assert QPoint(target) == button.mapToGlobal(button.rect().center())


def test_a_click_on_another_field_keeps_what_was_typed(qtbot, likes_step) -> None:
    step = likes_step
    step.fixed_edit.setFocus()
    qtbot.keyClicks(step.fixed_edit, "artic")
    popup = step.fixed_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    table = step.table
    row = step.model.row_of("end_object.id")
    cell = table.visualRect(step.model.index(row, 0)).center()
    target = table.viewport().mapToGlobal(cell)
    qtbot.mousePress(popup, Qt.MouseButton.LeftButton, pos=popup.mapFromGlobal(target))
    qtbot.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert step.current_target() == "end_object.id"  # the click was not eaten
    assert step.model.rule("start_object.type").value == "artic"  # nor was the typing
    assert step.fixed_edit.text() == ""  # the editor shows the new field


def test_a_value_typed_just_before_leaving_counts(qtbot, likes_step) -> None:
    step = likes_step
    step.fixed_edit.setFocus()
    qtbot.waitUntil(step.fixed_edit.hasFocus)
    qtbot.keyClicks(step.fixed_edit, "user")
    state = step.state
    step.leave(state)  # Alt+N: the focus never left the line
    assert state.mapping.fields["start_object.type"].value == "user"
