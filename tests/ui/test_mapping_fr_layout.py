"""Mapping in French at 1024 × 700: the heading, the buttons and the column titles fit."""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from shell_support import WEBINAR, WEBINAR_MAPPING, context, sample, wait_pool  # noqa: F401

from app.core.conversion.mapping import load_mapping
from app.core.reading.sheet import read_sheet
from app.ui.main_window import MainWindow
from app.ui.state import WizardState

pytestmark = pytest.mark.gui
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture
def french(qapp):
    translator = QTranslator()
    assert translator.load("event_loader_fr", str(TRANSLATIONS))
    previous = QLocale()
    QLocale.setDefault(QLocale("fr"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_the_mapping_step_fits_1024_pixels_in_french(qtbot, french, context, wait_pool):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    step = window.mapping_step
    window.state = WizardState(
        file_path=sample(WEBINAR),
        sheet=read_sheet(sample(WEBINAR)),
        mapping=load_mapping(sample(WEBINAR_MAPPING)),
    )
    window.stack.setCurrentWidget(step)
    step.enter(window.state)
    qtbot.waitUntil(step.table.isVisible)
    for button in (step.automatch_button, step.load_button, step.save_button):
        assert button.isVisible()
        right = button.mapTo(step, button.rect().topRight()).x()
        assert right <= step.width(), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()
    header = step.table.horizontalHeader()
    metrics = header.fontMetrics()
    model = step.table.model()
    for section in range(model.columnCount()):
        title = model.headerData(section, Qt.Orientation.Horizontal)
        width = metrics.horizontalAdvance(title) + 2 * metrics.averageCharWidth()
        assert header.sectionSize(section) >= width, title
    window.file_step.shutdown()
