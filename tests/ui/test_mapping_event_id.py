"""Mapping's "What makes a row unique": shown, edited with mouse and keyboard, never stale."""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle
from shell_support import (  # noqa: F401
    WEBINAR,
    WEBINAR_MAPPING,
    context,
    english,
    memory_keyring,
    sample,
    wait_pool,
)

from app.core.conversion.convert import RowStatus
from app.core.conversion.mapping import load_mapping
from app.core.reading.sheet import read_sheet
from app.ui.launch import prepare_demo
from app.ui.main_window import MainWindow
from app.ui.state import WizardState
from app.ui.views.mapping_step import MappingStep
from app.ui.views.preview_step import PreviewStep

pytestmark = pytest.mark.gui

OTHER_EXPORT = (
    "Courriel;Prénom;Webinar;Minutes attended\n"
    "zoe.martin@example.fr;Zoé;Atelier été;42\n"
    "andre.leroy@example.fr;André;Atelier été;17\n"
    "helene@example.fr;Hélène;Clinique délivrabilité;55\n"
)


@pytest.fixture
def window(qtbot, context, wait_pool, sandbox):  # noqa: F811
    context.demo = True
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1100, 720)
    win.show()
    yield win
    for step in win.steps:
        shutdown = getattr(step, "shutdown", None)
        if shutdown is not None:
            shutdown()


def test_another_file_after_the_demo_reaches_preview_with_valid_rows(
    qtbot, window, sandbox, tmp_path: Path, english
):
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    assert window.state.mapping.event_id.columns == ["Email address", "Webinar"]
    other = tmp_path / "Inscrits atelier.csv"
    other.write_text(OTHER_EXPORT, encoding="utf-8")
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        window.open_file(other)
    for _ in range(2):  # Destination, then Mapping
        qtbot.waitUntil(lambda: window.current_step().is_complete(), timeout=20000)
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    step = window.mapping_step
    assert window.current_step() is step
    qtbot.mouseClick(step.automatch_button, Qt.MouseButton.LeftButton)
    panel = step.event_id_panel
    # This file has no "Email address": back to every mapped value (keeping "Webinar" alone
    # would make the two "Atelier été" rows one event), and the user is told.
    assert panel.notice.isVisible()
    assert "\u201cEmail address\u201d" in panel.notice.text()
    assert step.model.event_id_columns() == []
    assert panel.toggle_button.text() == "What makes a row unique: all mapped values"
    qtbot.waitUntil(step.is_complete, timeout=20000)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    preview = window.current_step()
    assert isinstance(preview, PreviewStep)
    qtbot.waitUntil(preview.is_complete, timeout=20000)
    outcomes = window.state.conversion.outcomes
    assert len(outcomes) == 3
    assert [o.status for o in outcomes] == [RowStatus.VALID] * 3
    assert window.state.mapping.event_id.columns == []


@pytest.fixture
def step(qtbot, context):  # noqa: F811
    page = MappingStep(context)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    return page


def webinar_state(columns: list[str]) -> WizardState:
    mapping = copy.deepcopy(load_mapping(sample(WEBINAR_MAPPING)))
    mapping.event_id.columns = columns
    return WizardState(
        file_path=sample(WEBINAR), sheet=read_sheet(sample(WEBINAR)), mapping=mapping
    )


def check_box_point(view, row: int) -> QPoint:
    """The middle of a list item's check box, where a user clicks to tick it."""
    rect = view.visualRect(view.model().index(row, 0))
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    width = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view)
    return QPoint(rect.left() + margin + width // 2, rect.center().y())


def click_radio(qtbot, radio) -> None:
    """Click a radio button on its circle (a wide button is not clickable past its text)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    assert radio.isChecked()


def test_the_unique_columns_are_edited_with_mouse_and_keyboard(qtbot, step, english):
    state = webinar_state([])
    step.enter(state)
    panel = step.event_id_panel
    assert panel.toggle_button.text() == "What makes a row unique: all mapped values"
    assert not panel.body.isVisible()
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.body.isVisible)
    assert "sent once" in panel.explanation.text()
    assert not panel.column_list.isEnabled()
    click_radio(qtbot, panel.columns_radio)
    assert panel.column_list.isEnabled()
    view = panel.column_list
    headers = state.sheet.headers
    # Mouse: tick "Email address".
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=check_box_point(view, 0))
    assert step.model.event_id_columns() == ["Email address"]
    # Keyboard: move to "Webinar" and press Space.
    view.setFocus()
    view.setCurrentRow(0)
    for _ in range(headers.index("Webinar")):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert step.model.event_id_columns() == ["Email address", "Webinar"]
    assert panel.toggle_button.text() == "What makes a row unique: Email address, Webinar"
    step.leave(state)
    assert state.mapping.event_id.columns == ["Email address", "Webinar"]
    # Back to every mapped value.
    click_radio(qtbot, panel.all_values_radio)
    step.leave(state)
    assert state.mapping.event_id.columns == []


def test_a_loaded_mapping_naming_a_missing_column_says_so(qtbot, step, english):
    state = webinar_state(["Email address", "Course"])
    step.enter(state)
    panel = step.event_id_panel
    assert step.model.event_id_columns() == []  # never a silent half of what was chosen
    assert panel.notice.isVisible() and not panel.body.isVisible()
    assert panel.notice.text().startswith("This file has no column \u201cCourse\u201d")
    assert panel.all_values_radio.isChecked()
    checked = [
        panel.column_list.item(i).text()
        for i in range(panel.column_list.count())
        if panel.column_list.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert checked == []
    step.leave(state)
    assert state.mapping.event_id.columns == []
