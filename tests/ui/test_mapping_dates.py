"""Dates in Mapping: the column settles day/month order, the computer's zone, formats in words."""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

from pathlib import Path

import pytest
import tzlocal
from PySide6.QtCore import Qt
from shell_support import LIKES, context, english, sample  # noqa: F401

from app.core.conversion.mapping import Mapping, load_mapping
from app.core.reading.sheet import read_sheet
from app.ui.state import WizardState
from app.ui.views.mapping_step import MappingStep

pytestmark = pytest.mark.gui


@pytest.fixture
def paris(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Paris")
    tzlocal.reload_localzone()
    yield
    monkeypatch.undo()
    tzlocal.reload_localzone()


@pytest.fixture
def step(qtbot, context, paris):  # noqa: F811
    page = MappingStep(context)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    return page


def french_state(tmp_path: Path) -> WizardState:
    path = tmp_path / "présences.csv"
    path.write_text(
        "Membre;Action;Attended at;Billet\r\n"
        "m-1;viewed;01/04/2025 09:30;b-1\r\n"
        "m-2;viewed;28/03/2025 14:00;b-2\r\n",
        encoding="utf-8",
    )
    settings = load_mapping(sample("post-likes.mapping.json")).pipeless
    return WizardState(
        file_path=path, sheet=read_sheet(path), mapping=Mapping("pipeless", {}, pipeless=settings)
    )


def test_a_day_first_column_is_read_day_first_in_the_computer_zone(qtbot, step, tmp_path, english):
    assert step.timezone_combo.itemText(0) == "This computer's time zone (Europe/Paris)"
    step.enter(french_state(tmp_path))
    step.select_target("relationship.created_on")
    combo = step.source_combo
    combo.setFocus()
    qtbot.keyClicks(combo, "Attended")
    rule = step.model.rule("relationship.created_on")
    assert rule.column == "Attended at"
    assert rule.timezone == "Europe/Paris"  # a new date field reads the computer's clock
    assert step.timezone_combo.currentIndex() == 0
    hint = step.editor_box.format_hint
    assert hint.isVisible()
    assert hint.text() == "Dates read as day/month/year (from 28/03/2025 14:00)."
    samples = step.samples_label.text()
    assert "not sendable" not in samples
    assert "Row 2: 01/04/2025 09:30 \u2192 2025-04-01T09:30:00" in samples
    # A format picked by hand wins, and a refusal names it in words, never as %m/%d/%Y.
    formats = step.format_combo
    qtbot.mouseClick(formats, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(formats.view().isVisible)
    index = formats.findData("%m/%d/%Y %I:%M %p")
    formats.view().setCurrentIndex(formats.model().index(index, 0))
    qtbot.keyClick(formats.view(), Qt.Key.Key_Return)
    assert step.model.rule("relationship.created_on").format == "%m/%d/%Y %I:%M %p"
    assert not hint.isVisible()
    samples = step.samples_label.text()
    assert "month/day/year hour:minute AM/PM (for example 04/25/2025 02:30 PM)" in samples
    assert "%" not in samples


def test_the_sample_text_is_not_cut_off(qtbot, step, tmp_path, english):
    step.enter(french_state(tmp_path))
    step.select_target("relationship.created_on")
    label = step.samples_label
    qtbot.waitUntil(label.isVisible)
    lines = label.text().count("\n") + 1
    assert label.height() >= label.fontMetrics().lineSpacing() * lines
    assert label.width() <= step.editor_box.width()


def test_the_editor_does_not_jump_between_fields(qtbot, step, english):
    step.enter(
        WizardState(
            file_path=sample(LIKES),
            sheet=read_sheet(sample(LIKES)),
            mapping=load_mapping(sample("post-likes.mapping.json")),
        )
    )
    places = {}
    for name in ("start_object.type", "relationship.created_on", "end_object.id"):
        step.select_target(name)
        qtbot.wait(1)
        places[name] = (step.samples_label.y(), step.source_combo.y())
    assert len(set(places.values())) == 1, places


def ambiguous_state(tmp_path: Path) -> WizardState:
    path = tmp_path / "relations.csv"
    path.write_text(
        "Identifiant,Objet,Date\r\ncafé-1,article-1,01/04/2025\r\ncrème-2,article-2,02/04/2025\r\n",
        encoding="utf-8",
    )
    settings = load_mapping(sample("post-likes.mapping.json")).pipeless
    return WizardState(
        file_path=path, sheet=read_sheet(path), mapping=Mapping("pipeless", {}, pipeless=settings)
    )


def test_a_column_no_value_settles_asks_for_the_order_in_words(qtbot, step, tmp_path, english):
    step.enter(ambiguous_state(tmp_path))
    step.select_target("relationship.created_on")
    combo = step.source_combo
    combo.setFocus()
    qtbot.keyClicks(combo, "Date")
    assert step.model.rule("relationship.created_on").column == "Date"
    samples = step.samples_label.text()
    assert "could be read day first or month first" in samples
    assert "choose this column's date format: day/month/year or month/day/year" in samples
    assert "%" not in samples  # no strftime codes for marketers
    formats = step.format_combo
    qtbot.mouseClick(formats, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(formats.view().isVisible)
    index = formats.findData("%d/%m/%Y")
    formats.view().setCurrentIndex(formats.model().index(index, 0))
    qtbot.keyClick(formats.view(), Qt.Key.Key_Return)
    samples = step.samples_label.text()
    assert "2025-04-01T00:00:00" in samples and "day first or month first" not in samples


def test_an_alt_letter_scrolls_the_editor_to_its_control(qtbot, step, tmp_path, english):
    """Alt+D put the focus on the date format while it sat below the editor's visible part."""
    from PySide6.QtCore import QRect
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QScrollArea

    from app.ui.keyboard import install_keyboard_aids

    install_keyboard_aids(QApplication.instance())
    step.enter(ambiguous_state(tmp_path))
    # Both sections open, as a marketer leaves them, and the editor made short.
    for button in (step.unused_button, step.event_id_panel.toggle_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    step.splitter.setSizes([400, 90])
    step.select_target("relationship.created_on")
    combo = step.source_combo
    combo.setFocus()
    qtbot.keyClicks(combo, "Date")
    scroll = next(
        a for a in step.findChildren(QScrollArea) if a.widget().isAncestorOf(step.format_combo)
    )
    viewport = scroll.viewport()

    def shown() -> bool:
        corner = step.format_combo.mapTo(viewport, step.format_combo.rect().topLeft())
        return viewport.rect().contains(QRect(corner, step.format_combo.size()))

    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    scroll.verticalScrollBar().setValue(0)
    assert not shown(), "the editor must be too short for this test to mean anything"
    QTest.keyClick(combo, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(step.format_combo.hasFocus)
    qtbot.waitUntil(shown)


def test_typing_part_of_a_city_finds_its_time_zone(qtbot, step, tmp_path, english):
    """ "Tokyo" finds Asia/Tokyo (a plain list jumped to Pacific/… on "T"); junk is put back."""
    step.activateWindow()
    qtbot.waitUntil(step.isActiveWindow)  # Tab moves the focus only in the active window
    step.enter(french_state(tmp_path))
    step.select_target("relationship.created_on")
    qtbot.keyClicks(step.source_combo, "Attended")
    zones = step.timezone_combo
    rule = lambda: step.model.rule("relationship.created_on")  # noqa: E731

    # Typed, picked in the suggestion list with the keyboard.
    zones.setFocus()
    zones.lineEdit().selectAll()
    qtbot.keyClicks(zones.lineEdit(), "tokyo")
    popup = zones.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert rule().timezone == "Asia/Tokyo"

    # Typed, then Tab without choosing: the one zone the text names is taken.
    zones.lineEdit().selectAll()
    qtbot.keyClicks(zones.lineEdit(), "new_york")
    assert popup.isVisible()
    qtbot.keyClick(zones.lineEdit(), Qt.Key.Key_Tab)
    assert not zones.hasFocus()
    qtbot.waitUntil(lambda: rule().timezone == "America/New_York")
    assert zones.currentText() == "America/New_York"

    # Text that names no zone (or several): the zone in use shows again, nothing changes.
    for typed in ("Atlantis", "Europe"):
        zones.setFocus()
        zones.lineEdit().selectAll()
        qtbot.keyClicks(zones.lineEdit(), typed)
        qtbot.keyClick(zones.lineEdit(), Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: zones.currentText() == "America/New_York")
        assert rule().timezone == "America/New_York"
