"""At 1024×700, in English and French, every step shows its buttons and labels whole.

A button given less width than its text needs draws the text cut; a label without word wrap
narrower than its text loses the end, and a wrapped label lower than its lines loses the last
ones. The walk runs the demo from File to Results on the sandbox and measures every visible
button and label of the window on each step. It also checks that each step shows its title with
one sentence of help, and one primary button.
"""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget
from shell_support import context, memory_keyring, wait_pool  # noqa: F401

from app.ui.launch import install_translators, prepare_demo
from app.ui.look import is_primary
from app.ui.main_window import MainWindow
from app.ui.step_base import StepHeader
from app.ui.views.results_step import ResultsStep

pytestmark = pytest.mark.gui


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    """The interface language, installed as the program does at start."""
    previous = QLocale()
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def window(qtbot, language, context, wait_pool, sandbox):  # noqa: F811
    context.demo = True
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    QTest.qWaitForWindowExposed(win)
    yield win
    for step in win.steps:
        shutdown = getattr(step, "shutdown", None)
        if shutdown is not None:
            shutdown()


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.window() is window and widget.isVisibleTo(window) and bool(widget.text())


def cut_texts(window: MainWindow) -> list[str]:
    """Return the visible buttons and labels of the window whose text does not fit."""
    QTest.qWait(0)  # let the layouts settle after the last change
    cut: list[str] = []
    for button in window.findChildren(QAbstractButton):
        if shown(button, window) and button.width() < button.sizeHint().width():
            cut.append(f"button {button.text()!r}: {button.width()} < {button.sizeHint().width()}")
    for label in window.findChildren(QLabel):
        if not shown(label, window) or label.textFormat() == Qt.TextFormat.RichText:
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.contentsRect().width())
            if label.contentsRect().height() < needed:
                cut.append(f"label {label.text()!r}: {label.height()} < {needed} high")
        elif label.width() < label.sizeHint().width():
            cut.append(f"label {label.text()!r}: {label.width()} < {label.sizeHint().width()}")
    return cut


def check_step(qtbot, window: MainWindow, where: str) -> None:
    """The step's text is whole, it has a title with help, and one button is primary."""
    cut = cut_texts(window)
    assert cut == [], where
    step = window.current_step()
    headers = [h for h in step.findChildren(StepHeader) if h.isVisibleTo(window)]
    if step.help_text():  # Preview and Upload declare theirs with their own header
        assert len(headers) == 1, where
        assert headers[0].help_label.text() and headers[0].help_label.isVisibleTo(window), where

    def marked(test) -> list[QPushButton]:  # noqa: ANN001
        return [b for b in window.findChildren(QPushButton) if b.isVisibleTo(window) and test(b)]

    # The look follows the step's buttons once the event loop has run (see MainWindow).
    qtbot.waitUntil(
        lambda: len(marked(is_primary)) == 1 and marked(is_primary) == marked(QPushButton.isDefault)
    )


def test_every_step_fits_1024_by_700(qtbot, language, window, sandbox):
    check_step(qtbot, window, f"{language}: empty File step")
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    for _ in range(4):  # File, Destination, Mapping, Preview
        qtbot.waitUntil(lambda: window.current_step().is_complete(), timeout=20000)
        check_step(qtbot, window, f"{language}: {window.current_step().title()}")
        assert window.go_next()
    upload = window.current_step()
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    check_step(qtbot, window, f"{language}: Upload, ready")
    qtbot.mouseClick(upload.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not upload.continue_button.isHidden(), timeout=30000)
    qtbot.waitUntil(upload.continue_button.isEnabled, timeout=30000)
    check_step(qtbot, window, f"{language}: Upload, after the test batch")
    qtbot.mouseClick(upload.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=60000)
    results = window.current_step()
    qtbot.waitUntil(lambda: results.results is not None, timeout=20000)
    check_step(qtbot, window, f"{language}: Results")


def colour_at_middle(icon: QIcon, size: QSize, mode: QIcon.Mode) -> QColor:
    image = icon.pixmap(size, 1.0, mode).toImage()
    return QColor(image.pixel(size.width() // 2, size.height() // 2))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_primary_button_and_step_mark_take_the_palette_colours(qtbot, window, scheme):
    """The primary button wears the highlight, the current step's mark the text colour."""
    if scheme == "dark":
        dark = QPalette(QColor("#3a3a3a"), QColor("#2b2b2b"))
        dark.setColor(QPalette.ColorRole.Highlight, QColor("#3d8fd6"))
        dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
        window.setPalette(dark)
    palette = window.palette()
    start = window.file_step.drop_area.choose_button  # the empty File step's own action
    qtbot.waitUntil(lambda: is_primary(start))
    assert not is_primary(window.next_button) and not window.next_button.isDefault()
    highlight = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    # The window follows a palette change once its children have the new palette.
    qtbot.waitUntil(lambda: start.palette().color(QPalette.ColorRole.Button) == highlight)
    assert window.next_button.palette().color(QPalette.ColorRole.Button) == palette.color(
        QPalette.ColorRole.Button
    )
    item = window.step_list.item(0)
    size = window.step_list.iconSize()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    assert colour_at_middle(item.icon(), size, QIcon.Mode.Normal) == text
    selected = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    assert colour_at_middle(item.icon(), size, QIcon.Mode.Selected) == selected
