"""No list is emptied and refilled from inside its own signal (the Mapping crash's family).

Replacing or clearing what a widget is still handling frees it under Qt's feet; the Mapping step's
completer did exactly that. Each test picks an item the way a user does and checks that the list
the user clicked in was not rebuilt meanwhile.
"""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from shell_support import WEBINAR_MAPPING, context, sample, wait_pool  # noqa: F401

from app.core.conversion.mapping import load_mapping
from app.ui.state import WizardState
from app.ui.views.destination_step import DestinationStep

pytestmark = pytest.mark.gui


def test_picking_a_template_does_not_rebuild_the_template_list(qtbot, context, wait_pool):
    step = DestinationStep(context)
    qtbot.addWidget(step)
    step.resize(900, 600)
    step.show()
    step.enter(WizardState(mapping=load_mapping(sample(WEBINAR_MAPPING))))
    combo = step.template_combo
    assert combo.count() == 1
    removed = []
    combo.model().rowsRemoved.connect(lambda *args: removed.append(args))
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(combo.view().isVisible)
    with qtbot.waitSignal(combo.activated, timeout=5000):
        qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert removed == []
    assert "Webinar attended" in combo.currentText()
    assert step.tokens_tree.topLevelItemCount() == 4
