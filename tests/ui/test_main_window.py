"""The main window through real widgets: step list, navigation, menus, drops, remembered layout."""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox, QRadioButton
from shell_support import (  # noqa: F401
    WEBINAR,
    WEBINAR_MAPPING,
    context,
    memory_keyring,
    sample,
    wait_pool,
)

from app.core.conversion.mapping import load_mapping
from app.paths import config_dir
from app.ui.launch import prepare_demo
from app.ui.main_window import DESTINATION_STEP, FILE_STEP, MAPPING_STEP, PREVIEW_STEP, MainWindow


@pytest.fixture
def window(qtbot, context, wait_pool):  # noqa: F811
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.file_step.shutdown()


def open_sample(qtbot, window, name=WEBINAR):
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        window.open_file(sample(name))


def enabled(window, index):
    return bool(window.step_list.item(index).flags() & Qt.ItemFlag.ItemIsEnabled)


def test_starts_on_file_with_later_steps_locked(window):
    assert window.current_index == FILE_STEP
    assert window.step_list.count() == 6
    assert [window.steps[i].title() for i in range(3)] == ["File", "Destination", "Mapping"]
    assert not window.next_button.isEnabled() and not window.back_button.isEnabled()
    assert window.next_button.text() == "&Next" and window.back_button.text() == "&Back"
    assert not any(enabled(window, i) for i in range(1, 6))
    assert "locked" in window.step_list.item(3).data(Qt.ItemDataRole.AccessibleTextRole)
    assert window.status_label.text() == "Open a spreadsheet to start."


def test_ctrl_o_opens_the_chosen_file(qtbot, window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sample(WEBINAR)), ""))
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.state.file_path == sample(WEBINAR)
    assert window.next_button.isEnabled()
    assert enabled(window, DESTINATION_STEP) and not enabled(window, MAPPING_STEP)
    assert window.windowTitle().startswith(WEBINAR)
    assert window.status_label.text() == f"{len(window.state.sheet.rows)} rows"


def test_navigation_ticks_done_steps_and_reopens_them(qtbot, window, sandbox):
    prepare_demo(window, sandbox)
    qtbot.waitUntil(window.file_step.is_complete, timeout=20000)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_index == DESTINATION_STEP
    assert "done" in window.step_list.item(FILE_STEP).data(Qt.ItemDataRole.AccessibleTextRole)
    assert not window.step_list.item(FILE_STEP).icon().isNull()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_index == MAPPING_STEP
    # Back to File through the list, then forward again straight to Mapping (passing Destination).
    window.step_list.setCurrentRow(FILE_STEP)
    assert window.current_index == FILE_STEP
    assert enabled(window, MAPPING_STEP)
    window.step_list.setCurrentRow(MAPPING_STEP)
    assert window.current_index == MAPPING_STEP
    # Preview is reachable because the mapping is complete; a locked step further on is not.
    assert enabled(window, PREVIEW_STEP) and not enabled(window, PREVIEW_STEP + 1)
    window.step_list.setCurrentRow(PREVIEW_STEP + 1)
    assert window.current_index == MAPPING_STEP
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_index == DESTINATION_STEP


def test_a_step_becoming_incomplete_locks_what_follows(qtbot, window, sandbox):
    prepare_demo(window, sandbox)
    qtbot.waitUntil(window.file_step.is_complete, timeout=20000)
    window.go_next()
    window.go_next()
    assert window.current_index == MAPPING_STEP
    window.mapping_step.model.set_column("email", None)
    assert not window.next_button.isEnabled()
    assert "required" in window.status_label.text()
    assert not enabled(window, PREVIEW_STEP)
    # Going back is always possible, and the unfinished mapping comes back with the step.
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_index == DESTINATION_STEP
    assert "email" not in window.state.mapping.fields
    window.go_next()
    assert window.current_index == MAPPING_STEP
    assert window.mapping_step.model.rule("email") is None
    assert not window.next_button.isEnabled()


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_dropping_a_spreadsheet_anywhere_opens_it(qtbot, window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample(WEBINAR)))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        window.dropEvent(drop)
    assert window.state.file_path == sample(WEBINAR)


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_dragging_something_else_is_refused(window, tmp_path):
    other = tmp_path / "photo.png"
    other.write_bytes(b"x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_closing_remembers_geometry_and_splitters(qtbot, context):  # noqa: F811
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 560)
    first.splitter.setSizes([230, 530])
    sizes = first.splitter.sizes()
    first.close()
    ini = (config_dir() / "window.ini").read_text("utf-8")
    assert "geometry" in ini and "mainSplitter" in ini and "mappingSplitter" in ini
    second = MainWindow(context)
    qtbot.addWidget(second)
    second.show()
    assert (second.size().width(), second.size().height()) == (780, 560)
    assert second.splitter.sizes() == sizes


def test_a_step_can_keep_the_window_open(qtbot, window, monkeypatch):
    monkeypatch.setattr(window.steps[4], "can_close", lambda: False)
    window.close()
    assert window.isVisible()
    monkeypatch.setattr(window.steps[4], "can_close", lambda: True)
    window.close()
    assert not window.isVisible()


def test_load_and_save_mapping_from_the_menu(qtbot, window, monkeypatch, tmp_path):
    open_sample(qtbot, window)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(sample(WEBINAR_MAPPING)), "")
    )
    window.load_mapping_action.trigger()
    assert window.state.mapping is not None
    assert window.state.mapping.hubspot.event_template_id == "1009877"
    assert window.save_mapping_action.isEnabled()
    target = tmp_path / "mine.mapping.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_mapping_action.trigger()
    assert load_mapping(target).fields == load_mapping(sample(WEBINAR_MAPPING)).fields
    assert "mine.mapping.json" in window.status_label.text()


def test_a_bad_mapping_file_is_explained(qtbot, window, monkeypatch, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "something else"}), "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    window.load_mapping_action.trigger()
    assert shown and "bad.json" in shown[0]
    assert window.state.mapping is None


def test_language_choice_is_saved(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.language_actions["fr"].trigger()
    assert window.context.settings.language == "fr"
    assert (
        window.language_actions["fr"].isChecked() and not window.language_actions[None].isChecked()
    )
    from app.core.settings import load_settings

    assert load_settings().language == "fr"


def test_recent_files_menu(qtbot, window):
    open_sample(qtbot, window)
    window._fill_recent_menu()
    actions = window.recent_menu.actions()
    assert len(actions) == 1 and WEBINAR in actions[0].text()


def test_every_control_has_an_accessible_name_or_text(window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    kinds = (QAbstractButton, QComboBox, QLineEdit)
    containers = [window, window.file_step, window.destination_step, window.mapping_step]
    checked = 0
    for container in containers:
        for widget in [w for kind in kinds for w in container.findChildren(kind)]:
            internal = widget.objectName().startswith("qt_") or widget.parent().inherits(
                "QAbstractSpinBox"
            )
            if (
                not widget.isVisibleTo(container)
                or widget.parent().inherits("QComboBox")
                or internal
            ):
                continue
            label = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else ""
            )
            assert label, (type(container).__name__, widget)
            checked += 1
    assert checked > 15


def test_upload_options_are_saved_and_reach_the_upload_step(qtbot, window, monkeypatch):
    from app.core.settings import load_settings
    from app.ui.dialogs.options_dialog import OptionsDialog

    def exec_(dialog):
        qtbot.addWidget(dialog)
        assert dialog.batch_spin.text() == "Automatic"
        dialog.batch_spin.setValue(50)
        dialog.concurrency_spin.setValue(2)
        dialog.accept()
        return OptionsDialog.DialogCode.Accepted

    monkeypatch.setattr(OptionsDialog, "exec", exec_)
    window.options_action.trigger()
    assert load_settings().batch_size == 50 and load_settings().concurrency == 2
    upload = window.steps[4]
    assert upload.batch_size == 50 and upload.concurrency == 2


def test_entering_a_step_puts_the_focus_inside_it(qtbot, window, sandbox):
    window.activateWindow()
    prepare_demo(window, sandbox)
    qtbot.waitUntil(window.file_step.is_complete, timeout=20000)
    window.go_next()
    focused = QApplication.focusWidget()
    assert focused is not None and window.destination_step.isAncestorOf(focused)
    window.go_next()
    focused = QApplication.focusWidget()
    assert focused is not None and window.mapping_step.isAncestorOf(focused)


def test_an_upload_resumed_at_start_opens_the_upload_step(
    qtbot, window, monkeypatch, sandbox, memory_keyring
):
    from run_steps_support import sample_state

    import app.ui.resume as resume
    from app.ui.launch import offer_unfinished_upload
    from app.ui.main_window import UPLOAD_STEP

    def offer(parent, state):
        rebuilt = sample_state(sandbox)
        for name in (
            "file_path",
            "sheet",
            "sheet_name",
            "header_row",
            "account",
            "mapping",
            "conversion",
            "excluded_rows",
        ):
            setattr(state, name, getattr(rebuilt, name))
        return True

    monkeypatch.setattr(resume, "offer_resume", offer)
    assert offer_unfinished_upload(window)
    assert window.current_index == UPLOAD_STEP
    assert window.windowTitle().startswith("webinar-attendees.xlsx")
    # Earlier steps show the rebuilt state when reopened.
    window.step_list.setCurrentRow(0)
    assert window.current_index == 0
    assert window.file_step.model.rowCount() == len(window.state.sheet.rows)


def test_no_unfinished_upload_leaves_the_file_step(window, monkeypatch):
    import app.ui.resume as resume
    from app.ui.launch import offer_unfinished_upload

    monkeypatch.setattr(resume, "offer_resume", lambda parent, state: False)
    assert not offer_unfinished_upload(window)
    assert window.current_index == 0


def test_enter_goes_to_the_next_step_unless_the_focused_widget_uses_it(qtbot, window, sandbox):
    window.activateWindow()
    prepare_demo(window, sandbox)
    qtbot.waitUntil(window.file_step.is_complete, timeout=20000)
    # The file's first rows are read-only: Enter there is the default button, Next.
    window.file_step.table.setFocus()
    qtbot.keyClick(window.file_step.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_index == DESTINATION_STEP, timeout=2000)
    # A combo box keeps its Enter: the step does not change.
    combo = window.destination_step.findChild(QComboBox)
    assert combo is not None
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert window.current_index == DESTINATION_STEP
    # The keypad's Enter on a radio button is the default button, Next.
    radio = window.destination_step.findChild(QRadioButton)
    radio.setFocus()
    qtbot.keyClick(radio, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: window.current_index == MAPPING_STEP, timeout=2000)
    # Mapping starts on its list of fields, not on a button that Enter would press.
    assert QApplication.focusWidget() is window.mapping_step.table
    # A text field keeps its Enter too.
    search = window.mapping_step.source_combo.lineEdit() or window.mapping_step.source_combo
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert window.current_index == MAPPING_STEP
    # A focused push button is pressed by Enter, not Next.
    pressed = []
    window.back_button.clicked.connect(lambda: pressed.append(True))
    window.back_button.setFocus()
    qtbot.keyClick(window.back_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_index == DESTINATION_STEP, timeout=2000)
    assert pressed


def test_every_step_in_the_list_has_an_icon_so_names_line_up(qtbot, window):
    # Locked and current steps alike: a step without a state shows a blank icon of the same size.
    for index in range(window.step_list.count()):
        assert not window.step_list.item(index).icon().isNull(), index
    heights = {window.step_list.visualItemRect(window.step_list.item(i)).height() for i in range(6)}
    assert len(heights) == 1


def test_actions_live_in_the_menus_and_steps_not_in_a_duplicate_toolbar(window):
    from PySide6.QtWidgets import QToolBar

    assert window.findChildren(QToolBar) == []
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert {"&Open…", "&Load mapping…", "&Save mapping…", "&Quit"} <= set(texts)
    assert window.open_action.shortcut().toString() == "Ctrl+O"


def test_step_titles_share_one_look_and_line_up(window):
    from PySide6.QtWidgets import QLabel

    def title(step):
        return max(step.findChildren(QLabel), key=lambda label: label.font().pointSizeF())

    upload, results = window.steps[4], window.steps[5]
    fonts = {
        (title(step).font().pointSizeF(), title(step).font().bold())
        for step in (window.destination_step, window.mapping_step, upload)
    }
    fonts.add((results.heading.font().pointSizeF(), results.heading.font().bold()))
    assert len(fonts) == 1, fonts
    for step in (window.file_step, window.destination_step, window.mapping_step, upload, results):
        assert step.layout().contentsMargins().left() == 0, step.title()
