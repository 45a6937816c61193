"""The window opens a workbook on its data sheet, and a sheet without data rows stops at File."""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from shell_support import context, english, wait_pool  # noqa: F401

from app.ui.main_window import FILE_STEP, MainWindow


@pytest.fixture
def window(qtbot, context, wait_pool, english):  # noqa: F811
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.file_step.shutdown()


def attendee_export(path: Path) -> Path:
    """As an event tool exports it: a notes sheet first, the header on row 3 of the next."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Read me"
    notes.append(["Attendees of the spring webinar are on the next sheet."])
    data = book.create_sheet("Attendees")
    data.append(["Spring webinar \u2013 attendee export"])
    data.append([])
    data.append(["Email", "Name", "Attended at"])
    for i in range(6):
        data.append([f"user{i}@example.com", f"Ana\u00efs {i}", "28/03/2025 10:00"])
    book.save(path)
    return path


def test_notes_sheet_first_opens_on_the_data_and_a_notes_sheet_blocks_next(qtbot, window, tmp_path):
    path = attendee_export(tmp_path / "attendees.xlsx")
    step = window.file_step
    with qtbot.waitSignal(step.file_loaded, timeout=20000):
        window.open_file(path)

    # The data sheet is chosen, its header found on row 3, its rows shown.
    assert step.sheet_combo.currentText() == "Attendees"
    assert step.header_spin.value() == 3
    assert step.model.rowCount() == 6
    assert step.model.headerData(0, Qt.Orientation.Horizontal) == "Email"
    assert step.model.headerData(0, Qt.Orientation.Vertical) == "4"
    assert window.next_button.isEnabled()
    assert step.notes_message.isVisible() and step.notes_message.text.text() == (
        "The column names are on row 3; 1 row above them was skipped as not data (row 1). "
        "If the table starts higher, choose the header row."
    )

    # The notes sheet picked by hand: the combo's popup opens, Up then Enter choose it.
    qtbot.mouseClick(step.sheet_combo, Qt.MouseButton.LeftButton)
    popup = step.sheet_combo.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Up)
    with qtbot.waitSignal(step.file_loaded, timeout=20000):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert step.sheet_combo.currentText() == "Read me"
    assert step.model.rowCount() == 0

    sentence = (
        "Sheet \u201cRead me\u201d has no rows of data below its column names. Choose the sheet "
        "that holds your data."
    )
    assert not window.next_button.isEnabled()
    assert step.error_message.isVisible() and step.error_message.text.text() == sentence
    assert window.status_label.text() == sentence
    # Neither the button nor the step list lets the user past File.
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_index == FILE_STEP
    assert not window.step_list.item(FILE_STEP + 1).flags() & Qt.ItemFlag.ItemIsEnabled
    assert not window.go_next() and window.current_index == FILE_STEP

    # Back on the data sheet, Next is available again and the sentence is gone.
    qtbot.mouseClick(step.sheet_combo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(step.file_loaded, timeout=20000):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert step.sheet_combo.currentText() == "Attendees" and step.model.rowCount() == 6
    assert window.next_button.isEnabled() and not step.error_message.isVisible()


def test_with_a_mapping_the_sheet_holding_its_columns_opens(qtbot, window, tmp_path):
    """New upload keeps the mapping: the next workbook opens on the sheet it can read."""
    from shell_support import WEBINAR, WEBINAR_MAPPING, sample

    from app.core.conversion.mapping import load_mapping, mapped_columns
    from app.core.reading.sheet import read_sheet

    mapping = load_mapping(sample(WEBINAR_MAPPING))
    source = read_sheet(sample(WEBINAR))
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "Summary"
    summary.append(["Webinar", "Attendees"])
    summary.append(["Spring launch", len(source.rows)])
    detail = book.create_sheet("Detail")
    detail.append(source.headers)
    for row in source.rows[:10]:
        detail.append(row)
    path = tmp_path / "two-tables.xlsx"
    book.save(path)
    assert set(mapped_columns(mapping)) <= set(source.headers)

    window.state.mapping = mapping
    with qtbot.waitSignal(window.file_step.file_loaded, timeout=20000):
        window.open_file(path)
    assert window.file_step.sheet_combo.currentText() == "Detail"
    assert window.file_step.model.rowCount() == 10 and window.next_button.isEnabled()


def test_the_sentences_are_french_in_french(qapp, tmp_path):
    from PySide6.QtCore import QTranslator

    from app.core.reading.sheet import ReadNote, read_sheet
    from app.ui.text.reading import no_data_rows_text, note_text

    translator = QTranslator()
    folder = Path(__file__).resolve().parents[2] / "resources" / "translations"
    assert translator.load("event_loader_fr", str(folder))
    qapp.installTranslator(translator)
    try:
        path = attendee_export(tmp_path / "attendees.xlsx")
        notes = read_sheet(path, sheet="Read me")
        notes.rows = []  # as a notes sheet with one line reads
        assert no_data_rows_text(notes) == (
            "La feuille «\u00a0Read me\u00a0» n’a aucune ligne de données sous ses noms de "
            "colonnes. Choisissez la feuille qui contient vos données."
        )
        skipped = ReadNote(
            "rows_above_header_skipped", {"count": 1, "row_numbers": [1], "header_row": 3}
        )
        assert note_text(skipped).startswith(
            "Les noms de colonnes sont à la ligne 3\u00a0; 1 ligne au-dessus a été ignorée"
        )
        merged = ReadNote(
            "header_merged",
            {"columns": "E:F", "name": "Stand", "new_names": ["Stand", "Stand (2)"]},
        )
        assert note_text(merged) == (
            "L’en-tête «\u00a0Stand\u00a0» couvre les cellules fusionnées E:F\u00a0; ses colonnes "
            "s’appellent «\u00a0Stand\u00a0», «\u00a0Stand (2)\u00a0» ici."
        )
        mixed = ReadNote("encoding_mixed", {"encoding": "utf-8", "fallback": "cp1252", "count": 3})
        assert note_text(mixed) == (
            "Le fichier mélange des encodages de texte\u00a0: 3 lignes ont été lues en cp1252 au "
            "lieu de utf-8. Vérifiez leurs lettres accentuées."
        )
    finally:
        qapp.removeTranslator(translator)


def test_a_merged_header_cell_is_named_in_the_note(qtbot, window, tmp_path):
    """A header cell merged over two columns: the note names it and the columns it became."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Trade show visitors"])
    sheet.append([])
    sheet.append(["Email", "Visited at", "Stand", None])
    sheet.merge_cells("C3:D3")
    for i in range(4):
        sheet.append([f"visitor{i}@example.com", "01/03/2025 10:00", f"Stand {i}", ""])
    path = tmp_path / "show.xlsx"
    book.save(path)
    step = window.file_step
    with qtbot.waitSignal(step.file_loaded, timeout=20000):
        window.open_file(path)

    assert step.model.headerData(3, Qt.Orientation.Horizontal) == "Stand (2)"
    assert step.notes_message.isVisible()
    first_line = step.notes_message.text.text().splitlines()[0]
    assert first_line == (
        "The header \u201cStand\u201d spans merged cells C:D; its columns are called "
        "\u201cStand\u201d, \u201cStand (2)\u201d here."
    )


def test_a_header_row_typed_by_hand_stays_on_the_sheet_shown(qtbot, window, tmp_path):
    """The data sheet was found by itself; typing row 1 as its header must not open the notes
    sheet before it (which has a row 1 and a row of "data" too)."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Read me"
    notes.append(["Visitors of the trade show are on the next sheet."])
    notes.append(["Amounts are in euros."])
    data = book.create_sheet("Visitors")
    data.append(["Trade show \u2013 visitors"])
    data.append(["Exported on 02/12/2025"])
    data.append([])
    data.append(["Email", "Name", "Visited at"])
    for i in range(6):
        data.append([f"visitor{i}@example.com", f"Ana\u00efs {i}", "28/03/2025 10:00"])
    path = tmp_path / "visitors.xlsx"
    book.save(path)
    step = window.file_step
    with qtbot.waitSignal(step.file_loaded, timeout=20000):
        window.open_file(path)
    assert step.sheet_combo.currentText() == "Visitors" and step.header_spin.value() == 4

    qtbot.mouseClick(step.header_auto, Qt.MouseButton.LeftButton)
    assert not step.header_auto.isChecked()
    step.header_spin.setFocus()
    step.header_spin.selectAll()
    with qtbot.waitSignal(step.file_loaded, timeout=20000):
        qtbot.keyClicks(step.header_spin, "1")
    assert step.sheet_combo.currentText() == "Visitors"
    assert step.header_spin.value() == 1
    assert step.model.headerData(0, Qt.Orientation.Horizontal) == "Trade show \u2013 visitors"
