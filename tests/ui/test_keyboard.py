"""Keyboard only: Tab leaves every grid, Enter goes on, each action has an Alt letter, focus shows.

The walk starts the demo (the sample and the sandbox account, as ``--demo`` does) and then uses
key presses alone, from File to a finished upload on the sandbox.
"""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QLabel,
    QToolButton,
    QWidget,
)
from shell_support import context, memory_keyring, wait_pool  # noqa: F401

from app.core.conversion.convert import RowStatus
from app.ui.keyboard import RING_WIDTH, ring_of
from app.ui.launch import install_translators, prepare_demo
from app.ui.main_window import MainWindow
from app.ui.views.preview_step import PreviewStep
from app.ui.views.results_step import ResultsStep
from app.ui.views.upload_step import UploadStep

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, context, wait_pool, sandbox):  # noqa: F811
    context.demo = True
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    win.activateWindow()
    QTest.qWaitForWindowActive(win)
    yield win
    for step in win.steps:
        shutdown = getattr(step, "shutdown", None)
        if shutdown is not None:
            shutdown()


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    """The interface language, installed as the program does at start."""
    previous = QLocale()
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the focus is, as a user at the keyboard does."""
    target = focused()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, modifier)


def alt(letter: str) -> None:
    press(Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)


def alt_letter(text: str) -> str | None:
    """Return the letter Alt presses for ``text`` ("&Next" -> "N"), or None."""
    sequence = QKeySequence.mnemonic(text)
    return sequence.toString().rsplit("+", 1)[-1].upper() if not sequence.isEmpty() else None


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.window() is window


def actions_on_screen(window: MainWindow) -> list[tuple[str, str | None]]:
    """Return (text, Alt letter) for what a keyboard user may press on the current step.

    Push buttons, check boxes and radio buttons of the step, Back and Next, the labels that move
    the focus to a control, and the menus of the menu bar (their Alt letters are live on every
    step). The filter chips of Preview and disclosure arrows are tool buttons reached by Tab.
    """
    found: list[tuple[str, str | None]] = []
    for action in window.menuBar().actions():
        found.append((action.text(), alt_letter(action.text())))
    step = window.current_step()
    for button in [*step.findChildren(QAbstractButton), window.back_button, window.next_button]:
        if isinstance(button, QToolButton) or not shown(button, window):
            continue
        if not button.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue  # a grid's corner button
        letter = alt_letter(button.text())
        if letter is None and not button.shortcut().isEmpty():
            letter = button.shortcut().toString()
        found.append((button.text(), letter))
    for label in step.findChildren(QLabel):
        # A label's buddy may only name a control for screen readers; one with an Alt letter
        # is a way to that control, and its letter must not be taken twice.
        letter = alt_letter(label.text())
        buddy = label.buddy()
        if letter and buddy is not None and shown(label, window) and shown(buddy, window):
            found.append((label.text(), letter))
    return found


def assert_alt_letters(window: MainWindow, where: str) -> None:
    actions = actions_on_screen(window)
    missing = [text for text, letter in actions if letter is None]
    assert not missing, f"{where}: no Alt letter on {missing}"
    counts = Counter(letter for _text, letter in actions)
    twice = {
        letter: [text for text, other in actions if other == letter]
        for letter, count in counts.items()
        if count > 1
    }
    assert not twice, f"{where}: Alt letters used twice: {twice}"


def wait_complete(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.current_step().is_complete(), timeout=20000)


def test_every_step_has_unique_alt_letters_on_every_action(qtbot, language, window, sandbox):
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    for _ in range(3):  # File, Destination, Mapping
        wait_complete(qtbot, window)
        assert_alt_letters(window, f"{language}: {window.current_step().title()}")
        assert window.go_next()
    preview = window.current_step()
    qtbot.waitUntil(preview.is_complete, timeout=20000)
    assert_alt_letters(window, f"{language}: Preview")
    outcomes = window.state.conversion.outcomes
    for i in [i for i, o in enumerate(outcomes) if o.status is RowStatus.VALID][:2]:
        # An option the template does not have: the service refuses these two rows, so
        # Results shows its buttons for failed rows too.
        tokens = {**outcomes[i].event["tokens"], "attendance": "nope"}
        outcomes[i] = dataclasses.replace(
            outcomes[i], event={**outcomes[i].event, "tokens": tokens}
        )
    assert window.go_next()
    upload = window.current_step()
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    assert_alt_letters(window, f"{language}: Upload, ready")
    qtbot.mouseClick(upload.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not upload.continue_button.isHidden(), timeout=30000)
    qtbot.waitUntil(upload.continue_button.isEnabled, timeout=30000)
    assert_alt_letters(window, f"{language}: Upload, after the test batch")
    qtbot.mouseClick(upload.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=60000)
    results = window.current_step()
    qtbot.waitUntil(lambda: results.results is not None, timeout=20000)
    groups = results.fix_groups
    assert groups.isVisible() and any(g.code is None for g in groups.groups)  # refused rows
    assert_alt_letters(window, f"{language}: Results")
    # "Rows to fix" leads to the first group's Fix in Preview; Tab goes on to the others.
    alt(alt_letter(groups.heading.text()) or "?")
    qtbot.waitUntil(lambda: focused() is groups.buttons[0])
    for button in groups.buttons[1:]:
        press(Qt.Key.Key_Tab)
        assert focused() is button


def test_preview_keeps_unique_alt_letters_once_a_row_is_excluded(qtbot, language, window, sandbox):
    """Exclude row becomes Include row: its letter must not take Save problem rows' one."""
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    for _ in range(3):  # File, Destination, Mapping
        wait_complete(qtbot, window)
        assert window.go_next()
    preview = window.current_step()
    qtbot.waitUntil(preview.is_complete, timeout=20000)
    window.activateWindow()
    preview.table.setFocus()
    exclude = preview.exclude_button
    exclude_text = exclude.text()
    alt(alt_letter(exclude_text) or "?")
    qtbot.waitUntil(lambda: exclude.text() != exclude_text)  # now "Include row"
    assert_alt_letters(window, f"{language}: Preview, a row excluded")
    alt(alt_letter(exclude.text()) or "?")  # its own letter puts the row back
    qtbot.waitUntil(lambda: exclude.text() == exclude_text)


def test_destination_has_unique_alt_letters_for_both_services(qtbot, language, window, sandbox):
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    alt("n" if language == "en" else "s")
    qtbot.waitUntil(lambda: window.current_step() is window.destination_step)
    step = window.destination_step
    for radio in (step.radios["pipeless"], step.radios["hubspot-timeline"]):
        alt(alt_letter(radio.text()) or "?")
        qtbot.waitUntil(radio.isChecked)
        assert_alt_letters(window, f"{language}: Destination, {radio.text()}")


def test_tab_leaves_every_grid_of_the_window(qtbot, window, sandbox):
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    views = window.findChildren(QAbstractItemView)
    assert len(views) >= 5
    for view in views:
        assert not view.tabKeyNavigation(), view.objectName() or type(view).__name__


def tab_to(qtbot, widget: QWidget, backwards: bool = False, limit: int = 60) -> int:
    """Press Tab (or Shift+Tab) until ``widget`` has the focus; return the number of presses."""
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    for count in range(1, limit + 1):
        press(Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab, modifier)
        if focused() is widget:
            return count
    raise AssertionError(f"{limit} presses of Tab never reached {widget.objectName()}")


def test_keyboard_alone_from_file_to_a_finished_upload(qtbot, window, sandbox):
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    file_grid = window.file_step.table
    tab_to(qtbot, file_grid)
    press(Qt.Key.Key_Down)  # arrows still move between cells
    press(Qt.Key.Key_Tab)
    assert focused() is not file_grid  # Tab went on to the next control
    alt("n")  # Next (a button presses itself a moment after its Alt letter)
    qtbot.waitUntil(lambda: window.current_step() is window.destination_step)
    wait_complete(qtbot, window)
    alt("n")
    qtbot.waitUntil(lambda: window.current_step() is window.mapping_step)
    wait_complete(qtbot, window)
    alt("n")
    qtbot.waitUntil(lambda: isinstance(window.current_step(), PreviewStep))
    preview = window.current_step()
    qtbot.waitUntil(preview.is_complete, timeout=20000)
    ready = sum(o.status is RowStatus.VALID for o in window.state.conversion.outcomes)
    assert window.next_button.text() == f"Up&load {ready} rows"

    # Reading order: the buttons at the top, the filter chips, then the grid.
    tab_to(qtbot, preview.save_problems_button)
    chips = list(preview.chips.values())
    for chip in chips:
        press(Qt.Key.Key_Tab)
        assert focused() is chip
    # Into the grid and out of it again, both ways.
    press(Qt.Key.Key_Tab)
    assert focused() is preview.table
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Tab)
    assert focused() is not preview.table
    tab_to(qtbot, preview.table, backwards=True, limit=3)
    # F2 edits the cell under the cursor (arrows lead to one that can be edited).
    for _ in range(preview.proxy.columnCount()):
        if preview.table.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable:
            break
        press(Qt.Key.Key_Right)
    press(Qt.Key.Key_F2)
    editor = focused()
    assert editor is not preview.table and preview.table.isAncestorOf(editor)
    press(Qt.Key.Key_Escape)
    assert focused() is preview.table and window.current_step() is preview
    # Enter, with the grid focused and no cell open, goes on to Upload.
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_step(), UploadStep))
    upload = window.current_step()
    qtbot.waitUntil(lambda: upload._phase == "ready", timeout=20000)
    alt("a")  # Send all rows
    qtbot.waitUntil(lambda: isinstance(window.current_step(), ResultsStep), timeout=60000)
    assert len(sandbox.hubspot_events()) == ready


def test_enter_in_a_cell_editor_confirms_the_cell_and_stays(qtbot, window, sandbox):
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    for index in (1, 2, 3):
        wait_complete(qtbot, window)
        alt("n")
        qtbot.waitUntil(lambda index=index: window.current_index == index)
    preview = window.current_step()
    qtbot.waitUntil(preview.is_complete, timeout=20000)
    tab_to(qtbot, preview.table)
    column = next(
        c
        for c in range(preview.proxy.columnCount())
        if preview.proxy.flags(preview.proxy.index(0, c)) & Qt.ItemFlag.ItemIsEditable
    )
    preview.table.setCurrentIndex(preview.proxy.index(0, column))
    press(Qt.Key.Key_F2)
    editor = focused()
    assert editor is not preview.table
    QTest.keyClicks(editor, "x")
    press(Qt.Key.Key_Return)
    assert window.current_step() is preview  # Enter confirmed the cell, nothing more
    qtbot.waitUntil(preview.undo_button.isEnabled, timeout=5000)


def ring_pixels(widget: QWidget) -> list[QColor]:
    """Return the colours just outside ``widget``'s left edge, on its vertical middle."""
    window = widget.window()
    image = window.grab().toImage()
    middle = widget.mapTo(window, QPoint(0, widget.height() // 2))
    return [QColor(image.pixel(middle.x() - dx, middle.y())) for dx in (1, 2)]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_focused_control_wears_a_ring_in_light_and_dark(qtbot, window, scheme):
    if scheme == "dark":
        dark = QPalette(QColor("#2b2b2b"), QColor("#202020"))
        dark.setColor(QPalette.ColorRole.Highlight, QColor("#3d8fd6"))
        window.setPalette(dark)
    check = QCheckBox("&Example", window.file_step.drop_area)
    check.move(40, 40)
    check.show()
    for widget in (window.file_step.drop_area.choose_button, check):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        ring = ring_of(window, create=False)
        assert ring is not None and ring.widget() is widget and ring.isVisible()
        highlight = widget.palette().color(QPalette.ColorRole.Highlight)
        background = window.palette().color(QPalette.ColorRole.Window)
        colours = ring_pixels(widget)
        assert any(
            abs(c.red() - highlight.red()) + abs(c.blue() - highlight.blue()) < 60 for c in colours
        ), f"no ring next to {widget.text()}: {[c.name() for c in colours]}"
        assert all(c != background for c in colours)
    assert RING_WIDTH >= 2


def test_closing_a_dialog_that_holds_the_focus_is_safe(qtbot, window):
    """The focus leaves half-destroyed widgets when a dialog closes; reading them would abort."""
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

    for _ in range(3):
        dialog = QDialog(window)
        button = QPushButton("&Go", dialog)
        QVBoxLayout(dialog).addWidget(button)
        dialog.show()
        dialog.activateWindow()
        QTest.qWaitForWindowActive(dialog)
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda dialog=dialog, button=button: ring_of(dialog).widget() is button)
        dialog.deleteLater()
        qtbot.waitUntil(lambda: focused() is None or focused().window() is window)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    for _ in range(3):  # a control of the window itself, destroyed while it has the focus
        doomed = QPushButton("&Soon gone", window.file_step.drop_area)
        doomed.show()
        doomed.setFocus(Qt.FocusReason.TabFocusReason)
        assert ring_of(window).widget() is doomed
        doomed.deleteLater()
        qtbot.waitUntil(lambda doomed=doomed: not shiboken6.isValid(doomed))
    window.file_step.drop_area.choose_button.setFocus(Qt.FocusReason.TabFocusReason)
    assert ring_of(window).widget() is window.file_step.drop_area.choose_button


def test_every_menu_item_has_its_own_alt_letter(qtbot, language, window):
    from PySide6.QtWidgets import QMenu

    def check(menu: QMenu, where: str) -> None:
        if menu.title() == window.recent_menu.title():
            return  # "&1 file.xlsx", numbered by the files themselves
        menu.aboutToShow.emit()
        items = [a for a in menu.actions() if not a.isSeparator()]
        letters = [alt_letter(a.text()) for a in items]
        missing = [a.text() for a, letter in zip(items, letters, strict=True) if letter is None]
        assert not missing, f"{language}: {where}: no Alt letter on {missing}"
        twice = [letter for letter, count in Counter(letters).items() if count > 1]
        assert not twice, f"{language}: {where}: Alt+{twice} used twice"
        for action in items:
            if action.menu() is not None:
                check(action.menu(), f"{where} › {action.text()}")

    for action in window.menuBar().actions():
        check(action.menu(), action.text())


def visible_letters(dialog: QWidget) -> list[tuple[str, str]]:
    """Return (text, Alt letter) of the buttons and focusing labels shown in ``dialog``."""
    found = []
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog) and alt_letter(button.text()):
            found.append((button.text(), alt_letter(button.text()) or ""))
    for label in dialog.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.isVisibleTo(dialog) and alt_letter(label.text()):
            found.append((label.text(), alt_letter(label.text()) or ""))
    return found


def assert_unique(found: list[tuple[str, str]], where: str) -> None:
    counts = Counter(letter for _text, letter in found)
    twice = {k: [t for t, o in found if o == k] for k, n in counts.items() if n > 1}
    assert not twice, f"{where}: Alt letters used twice: {twice}"


@pytest.mark.parametrize("service", ["hubspot-timeline", "pipeless"])
def test_account_dialog_alt_letters_reach_their_own_field(qtbot, language, memory_keyring, service):  # noqa: F811
    """English "&App ID" and "Server &address" shared Alt+A: the address went into App ID."""
    from app.ui.accounts import AccountStore
    from app.ui.dialogs.account_dialog import AccountDialog

    dialog = AccountDialog(service, AccountStore())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.label_edit.setFocus()
    qtbot.waitUntil(lambda: focused() is dialog.label_edit)
    alt(alt_letter(dialog.advanced_box.title()) or "?")
    qtbot.waitUntil(dialog.base_url_edit.isVisible)
    modes = [None]
    if service == "hubspot-timeline":
        modes = [dialog.access_mode, getattr(dialog, "refresh_mode", None)]
    for mode in modes:
        if mode is not None:
            alt(alt_letter(mode.text()) or "?")
            qtbot.waitUntil(mode.isChecked)
        found = [*visible_letters(dialog), ("Advanced", alt_letter(dialog.advanced_box.title()))]
        assert_unique(found, f"{language} {service} {mode and mode.text()}")
    for field in (dialog.base_url_edit, dialog.app_id_edit):
        label = next(lab for lab in dialog.findChildren(QLabel) if lab.buddy() is field)
        alt(alt_letter(label.text()) or "?")
        qtbot.waitUntil(lambda field=field: focused() is field)


def test_the_start_page_has_unique_alt_letters_and_tab_reaches_every_action(
    qtbot, language, window
):
    from app.paths import samples_dir

    window.context.settings.recent_files = [str(samples_dir() / "post-likes.csv")]
    step = window.file_step
    step.enter(window.state)
    assert step.pages.currentIndex() == 0  # no file open: the start page
    assert_alt_letters(window, f"{language}: File, start page")
    page = step.start_page
    for target in (page.drop_area.choose_button, page.drop_area.sample_button, page.recent_list):
        tab_to(qtbot, target)
    page.drop_area.choose_button.setFocus(Qt.FocusReason.TabFocusReason)
    alt(alt_letter(page.recent_label.text()) or "?")
    qtbot.waitUntil(lambda: focused() is page.recent_list)
