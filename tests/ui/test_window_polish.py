"""What a new user saw on screen: titles, full screen, scrolling, counts, save folders, French Qt.

Each test drives the real window or dialog; dialogs that block (file dialogs, the resume
question) are read and answered from a timer while they are open, as a user would.
"""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from shell_support import LIKES, WEBINAR, context, memory_keyring, sample, wait_pool  # noqa: F401

from app import APP_NAME
from app.ui.dialog_title import title_bar_width
from app.ui.launch import install_translators, prepare_demo
from app.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """A home folder of the test's own, with its Documents folder."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home / "Documents"


def new_window(qtbot, context, demo: bool = False) -> MainWindow:  # noqa: F811
    context.demo = demo
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    return win


@pytest.fixture
def window(qtbot, context, wait_pool):  # noqa: F811
    win = new_window(qtbot, context, demo=True)
    yield win
    for step in win.steps:
        shutdown = getattr(step, "shutdown", None)
        if shutdown is not None:
            shutdown()


def answer_file_dialog(seen: dict) -> None:
    """Read the open file dialog (Qt's own, not the system's), then cancel it."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog):
        QTimer.singleShot(20, lambda: answer_file_dialog(seen))
        return
    seen["folder"] = Path(dialog.directory().absolutePath())
    seen["labels"] = [label.text() for label in dialog.findChildren(QLabel)]
    dialog.reject()


@pytest.fixture
def display_name(qapp):
    """The program's display name, as ``create_application`` sets it."""
    previous = QGuiApplication.applicationDisplayName()
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    yield APP_NAME
    QGuiApplication.setApplicationDisplayName(previous)


def test_the_window_title_names_the_program_once(qtbot, display_name, window, sandbox):
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    title = window.windowTitle()
    assert title == f"webinar-attendees.xlsx \u2014 Demo \u2014 {APP_NAME}"
    # Qt adds the application's display name to a title that does not end with it.
    assert title.endswith(display_name)


def test_a_window_closed_full_screen_opens_again_with_its_title_bar(qtbot, context):
    first = new_window(qtbot, context)
    first.showMaximized()
    first.showFullScreen()
    qtbot.waitUntil(first.isFullScreen)
    first.close()
    second = new_window(qtbot, context)
    assert not second.windowState() & Qt.WindowState.WindowFullScreen
    assert not second.isFullScreen()
    second.close()


def test_a_new_file_is_shown_from_its_first_row(qtbot, window, sandbox, tmp_path):
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    grid = window.file_step.table
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert grid.verticalScrollBar().value() > 0
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        window.open_file(sample(LIKES, tmp_path))
    assert grid.verticalScrollBar().value() == 0
    assert grid.rowAt(0) == 0 and grid.horizontalScrollBar().value() == 0
    # The step only counts rows: whether they are ready is known after Preview.
    rows = len(window.state.sheet.rows)
    assert window.status_label.text() == f"{rows} rows"


def test_destination_shows_each_token_name_whole(qtbot, window, sandbox):
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    assert window.go_next()
    tree = window.destination_step.tokens_tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=20000)
    metrics = tree.fontMetrics()
    for row in range(tree.topLevelItemCount()):
        label = tree.topLevelItem(row).text(0)
        assert tree.columnWidth(0) > metrics.horizontalAdvance(label), label


def test_save_dialogs_open_in_documents_for_the_demo_sample(qtbot, window, sandbox, documents):
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    seen: dict = {}
    QTimer.singleShot(0, lambda: answer_file_dialog(seen))
    window.save_mapping_file()  # the sample sits in the program's own folder
    assert seen["folder"] == documents


def test_save_dialogs_open_next_to_the_input_file(qtbot, window, sandbox, documents, tmp_path):
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        prepare_demo(window, sandbox)
    own = tmp_path / "exports" / WEBINAR
    own.parent.mkdir()
    own.write_bytes(sample(WEBINAR).read_bytes())
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        window.open_file(own)
    for _ in range(3):
        qtbot.waitUntil(lambda: window.current_step().is_complete(), timeout=20000)
        assert window.go_next()
    preview = window.current_step()
    qtbot.waitUntil(preview.is_complete, timeout=20000)
    seen: dict = {}
    QTimer.singleShot(0, lambda: answer_file_dialog(seen))
    qtbot.mouseClick(preview.save_problems_button, Qt.MouseButton.LeftButton)
    assert seen["folder"] == own.parent
    seen.clear()
    QTimer.singleShot(0, lambda: answer_file_dialog(seen))
    window.save_mapping_file()
    assert seen["folder"] == own.parent


def test_the_resume_question_is_wide_enough_for_its_title(qtbot):
    from app.ui.resume import LATER, ResumeOffer, ask_resume

    offer = ResumeOffer(
        run_id=1,
        ticket={"file_path": "/data/attendees.xlsx"},
        stopped_at_batch=3,
        sent=200,
        left=50,
        updated=time.time(),
    )
    seen: dict = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["title"], seen["width"] = box.windowTitle(), box.width()
        box.reject()

    QTimer.singleShot(0, answer)
    assert ask_resume(None, offer) == LATER
    assert seen["title"] == "Unfinished upload"
    assert seen["width"] >= title_bar_width(seen["title"])


@pytest.fixture
def french(qapp):
    """French as ``--lang fr`` installs it: Qt's translation, ours, and the French formats."""
    previous = QLocale()
    translators = install_translators(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_qt_file_dialogs_speak_french(qtbot, french, tmp_path):
    dialog = QFileDialog(None, "Ouvrir", str(tmp_path), "Feuilles de calcul (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"].replace("&", "") == "Voir dans\u00a0:"
    assert labels["fileTypeLabel"].replace("&", "") == "Fichiers de type\u00a0:"
    assert labels["fileNameLabel"].replace("&", "") == "Nom de fichier\u00a0:"
    assert all("&" in text for text in labels.values())  # each keeps its Alt letter
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_the_window_writes_dates_day_first_in_french(french):
    from app.ui.wording import date_text, date_time_text

    assert date_text("2025-03-28") == "28/03/2025"
    moment = QDate(2025, 3, 28).startOfDay().toSecsSinceEpoch()
    assert date_time_text(moment).startswith("28/03/2025")


def test_texts_without_a_french_translation_stay_as_written(qtbot, french, context):  # noqa: F811
    translate = QApplication.translate
    assert translate("Nowhere", "Plain text") == "Plain text"
    assert translate("Nowhere", "&Go on") == "&Go on"
    window = MainWindow(context)
    qtbot.addWidget(window)
    names = [window.step_list.item(row).text() for row in range(window.step_list.count())]
    assert names[0] == "1. Fichier" and all(names)
    header = window.destination_step.tokens_tree.headerItem()
    assert all(header.text(column) for column in range(header.columnCount()))
    window.file_step.shutdown()


def test_qt_french_comes_from_our_folder_when_qt_has_none(qapp, tmp_path, monkeypatch):
    import shutil

    from app.ui import qt_translations

    shipped = qt_translations.qt_translation_dirs()[0] / "qtbase_fr.qm"
    ours = tmp_path / "ours"
    ours.mkdir()
    shutil.copyfile(shipped, ours / "qtbase_fr.qm")
    monkeypatch.setattr(qt_translations, "qt_translation_dirs", lambda: [tmp_path / "qt", ours])
    translators = qt_translations.install_qt_translations(qapp, "fr")
    try:
        assert translators
        assert (
            QApplication.translate("QFileDialog", "Files of &type:") == "Fichiers de &type\u00a0:"
        )
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QApplication.translate("QFileDialog", "Files of &type:") == "Files of &type:"


def test_formats_follow_the_system_when_it_speaks_the_chosen_language():
    from app.ui.launch import interface_locale

    assert interface_locale("en", QLocale("en_GB")).name() == "en_GB"
    assert interface_locale("fr", QLocale("fr_BE")).name() == "fr_BE"
    assert interface_locale("fr", QLocale("en_US")).name() == "fr_FR"
    assert interface_locale("en", QLocale("fr_FR")).name() == "en_US"
    day = QDate(2025, 3, 28)
    french = interface_locale("fr", QLocale("en_US"))
    assert french.toString(day, QLocale.FormatType.ShortFormat) == "28/03/2025"
    short = interface_locale("en", QLocale("en_GB")).toString(day, QLocale.FormatType.ShortFormat)
    assert short.startswith("28/03")
