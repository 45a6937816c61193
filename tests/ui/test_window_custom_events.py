"""The six steps of the window with HubSpot custom events, driven by clicks and keys."""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from shell_support import context, memory_keyring, wait_pool  # noqa: F401

from app.core.conversion.convert import RowStatus
from app.core.reading.sheet import read_sheet
from app.ui.launch import prepare_demo
from app.ui.main_window import MainWindow
from app.ui.views.destination_step import DestinationStep
from app.ui.views.mapping_step import MappingStep
from app.ui.views.preview_step import PreviewStep
from app.ui.views.results_step import ResultsStep
from app.ui.views.upload_step import UploadStep

pytestmark = pytest.mark.gui


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


def test_six_steps_with_custom_events(qtbot, window, sandbox, tmp_path, monkeypatch):
    # 1. File: the demo's sample.
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    qtbot.waitUntil(lambda: window.current_step().is_complete(), timeout=20000)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    # 2. Destination: HubSpot custom events, the demo account, the webinar definition.
    destination = window.current_step()
    assert isinstance(destination, DestinationStep)
    radio = destination.radios["hubspot-events"]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
    assert radio.isChecked()
    assert destination.details.currentWidget() is destination.catalogue_pages["hubspot-events"]
    combo = destination.catalogue_pages["hubspot-events"].combo
    qtbot.waitUntil(lambda: combo.count() == 2, timeout=20000)  # the archived one is hidden
    assert "Webinar attended" in combo.itemText(0) and "6 properties" in combo.itemText(0)
    assert not destination.is_complete()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: destination.current_entry() is not None, timeout=5000)
    if combo.currentData() != "pe4040404_webinar_attended":
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentData() == "pe4040404_webinar_attended"
    assert destination.catalogue_pages["hubspot-events"].fields_tree.topLevelItemCount() == 6
    qtbot.waitUntil(destination.is_complete, timeout=5000)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    # 3. Mapping: the properties are matched by label and name.
    mapping_step = window.current_step()
    assert isinstance(mapping_step, MappingStep)
    assert window.state.mapping.destination == "hubspot-events"
    qtbot.waitUntil(mapping_step.is_complete, timeout=20000)
    mapping = mapping_step.model.to_mapping()
    assert {"email", "properties.webinar_name", "properties.minutes_watched",
            "properties.attendance"} <= set(mapping.fields)  # fmt: skip
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    # 4. Preview: invalid rows are shown, valid ones counted.
    preview = window.current_step()
    assert isinstance(preview, PreviewStep)
    qtbot.waitUntil(preview.is_complete, timeout=20000)
    outcomes = window.state.conversion.outcomes
    ready = sum(o.status is RowStatus.VALID for o in outcomes)
    assert 0 < ready < len(outcomes)
    assert all(isinstance(v, str) for o in outcomes for v in o.event["properties"].values())
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    # 5. Upload: everything, by keyboard-free clicks.
    upload = window.current_step()
    assert isinstance(upload, UploadStep)
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    qtbot.mouseClick(upload.all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=60000)
    stored = sandbox.hubspot_custom_events()
    assert len(stored) == ready
    assert {e["eventName"] for e in stored} == {"pe4040404_webinar_attended"}

    # 6. Results: the report lists every row.
    results = window.current_step()
    qtbot.waitUntil(lambda: results.results is not None, timeout=20000)
    total = len(window.state.conversion.outcomes)
    assert results.heading.text().startswith(f"{ready} of {total} rows are in HubSpot")
    assert (
        results.detail_labels["destination"]
        .text()
        .startswith("HubSpot custom event Webinar attended")
    )
    report = tmp_path / "report.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(report), ""))
    )
    qtbot.mouseClick(results.save_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(report.exists, timeout=10000)
    assert len(read_sheet(report).rows) == len(outcomes)
