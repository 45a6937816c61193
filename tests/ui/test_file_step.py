"""Step 1 through real widgets: first page then every row, options, errors keep the old file."""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from shell_support import LIKES, WEBINAR, context, english, sample, wait_pool  # noqa: F401

from app.core.reading.sheet import read_sheet
from app.ui.state import WizardState
from app.ui.views.file_step import FileStep


@pytest.fixture
def step(qtbot, context, wait_pool):  # noqa: F811
    page = FileStep(context)
    qtbot.addWidget(page)
    page.enter(WizardState())
    page.resize(900, 600)
    page.show()
    yield page
    page.shutdown()


def load(qtbot, step, path, **overrides):
    with qtbot.waitSignal(step.file_loaded, timeout=20000):
        step.open_file(path, **overrides)


def test_empty_state_lists_accepted_types(step):
    assert step.pages.currentIndex() == 0
    assert not step.is_complete()
    assert step.drop_area.choose_button.isVisible()
    assert step.drop_area.isVisible()


def test_open_xlsx_shows_first_page_then_every_row(qtbot, step):
    path = sample(WEBINAR)
    pages = []
    step._signals.first_page.connect(lambda g, page: pages.append(page))
    completeness = []
    step.completeness_changed.connect(completeness.append)
    load(qtbot, step, path)
    assert pages and pages[0].complete is False  # the first rows came before the whole sheet
    expected = read_sheet(path)
    assert step.state.file_path == path
    assert step.state.sheet.complete and len(step.state.sheet.rows) == len(expected.rows)
    assert step.model.rowCount() == len(expected.rows)
    assert step.model.headerData(0, Qt.Orientation.Horizontal) == expected.headers[0]
    assert step.model.headerData(0, Qt.Orientation.Vertical) == str(expected.row_numbers[0])
    assert (
        step.counts_label.text() == f"{len(expected.rows)} rows · {len(expected.headers)} columns"
    )
    assert step.is_complete() and completeness[-1] is True
    assert not step.progress_bar.isVisible()
    assert step.sheet_combo.currentText() == expected.sheet_name
    assert not step.encoding_combo.isVisible()  # not a text file
    assert step.context.settings.recent_files[0] == str(path.resolve())


def test_csv_shows_encoding_and_delimiter(qtbot, step):
    load(qtbot, step, sample(LIKES))
    assert step.encoding_combo.isVisible() and step.delimiter_combo.isVisible()
    assert step.delimiter_combo.currentData() == ";"
    assert step.state.delimiter == ";"
    assert not step.sheet_combo.isVisible()


def test_overriding_the_delimiter_reloads(qtbot, step):
    load(qtbot, step, sample(LIKES))
    columns_before = len(step.state.sheet.headers)
    comma = step.delimiter_combo.findData(",")
    with qtbot.waitSignal(step.file_loaded, timeout=20000):
        step.delimiter_combo.setCurrentIndex(comma)
        step.delimiter_combo.activated.emit(comma)
    assert step.state.delimiter == ","
    assert len(step.state.sheet.headers) != columns_before


def test_header_row_can_be_set_by_hand(qtbot, step):
    load(qtbot, step, sample(WEBINAR))
    rows_before = len(step.state.sheet.rows)
    qtbot.mouseClick(step.header_auto, Qt.MouseButton.LeftButton)
    assert step.header_spin.isEnabled()
    with qtbot.waitSignal(step.file_loaded, timeout=20000):
        step.header_spin.setValue(2)
    assert step.state.header_row == 2
    assert len(step.state.sheet.rows) == rows_before - 1
    assert step.model.headerData(0, Qt.Orientation.Vertical) == "3"


def test_unreadable_file_is_explained_and_the_previous_file_stays(qtbot, step, tmp_path):
    good = sample(WEBINAR)
    load(qtbot, step, good)
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"this is not a workbook at all")
    with qtbot.waitSignal(step._signals.failed, timeout=20000):
        step.open_file(bad)
    qtbot.waitUntil(lambda: step.error_message.isVisible())
    text = step.error_message.text.text()
    assert "broken.xlsx" in text
    assert "webinar-attendees.xlsx" in text  # says the previous file is still loaded
    assert "Traceback" not in text
    assert step.state.file_path == good
    assert step.model.sheet is step.state.sheet
    assert step.is_complete()


def test_unreadable_first_file_returns_to_the_empty_state(qtbot, step, tmp_path):
    bad = tmp_path / "empty.csv"
    bad.write_bytes(b"")
    with qtbot.waitSignal(step._signals.failed, timeout=20000):
        step.open_file(bad)
    qtbot.waitUntil(lambda: step.error_message.isVisible())
    assert "empty.csv" in step.error_message.text.text()
    assert step.pages.currentIndex() == 0
    assert step.state.sheet is None and not step.is_complete()


def test_unsupported_extension_is_refused_at_once(step, tmp_path):
    other = tmp_path / "notes.docx"
    other.write_bytes(b"x")
    step.open_file(other)
    assert step.error_message.isVisible()
    assert "notes.docx" in step.error_message.text.text()
    assert not step.loading


def test_recent_file_opens_on_activation(qtbot, step):
    load(qtbot, step, sample(WEBINAR))
    step.enter(step.state)
    assert step.recent_list.count() == 1
    item = step.recent_list.item(0)
    assert item.text().splitlines()[0] == WEBINAR  # the name first, where it went under it
    with qtbot.waitSignal(step.file_loaded, timeout=20000):
        step.recent_list.itemActivated.emit(item)


def test_missing_recent_file_is_removed(qtbot, step, tmp_path):
    gone = tmp_path / "gone.csv"
    step.context.settings.recent_files = [str(gone)]
    step.enter(step.state)
    step.recent_list.itemActivated.emit(step.recent_list.item(0))
    assert step.context.settings.recent_files == []
    assert "gone.csv" in step.error_message.text.text()


def test_a_newer_load_wins_over_an_older_one(qtbot, step):
    step.open_file(sample(LIKES))
    with qtbot.waitSignal(step.file_loaded, timeout=20000) as blocker:
        step.open_file(sample(WEBINAR))
    assert blocker.args[0] == sample(WEBINAR)
    qtbot.wait(200)
    assert step.state.file_path == sample(WEBINAR)


def test_sheet_picker_reads_another_sheet(qtbot, step, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "Summary"
    first.append(["Total", "Count"])
    first.append(["all", 2])
    second = book.create_sheet("Attendees")
    second.append(["Email", "Webinar"])
    for n in range(5):
        second.append([f"p{n}@example.com", "Launch"])
    path = tmp_path / "two-sheets.xlsx"
    book.save(path)
    load(qtbot, step, path)
    assert step.sheet_combo.isVisible() and step.sheet_combo.isEnabled()
    assert [step.sheet_combo.itemText(i) for i in range(step.sheet_combo.count())] == [
        "Summary",
        "Attendees",
    ]
    first_sheet = step.state.sheet_name
    other = 1 if first_sheet == "Summary" else 0
    with qtbot.waitSignal(step.file_loaded, timeout=20000):
        step.sheet_combo.setCurrentIndex(other)
        step.sheet_combo.activated.emit(other)
    assert step.state.sheet_name == step.sheet_combo.itemText(other)
    if step.state.sheet_name == "Attendees":
        assert step.state.sheet.headers == ["Email", "Webinar"] and len(step.state.sheet.rows) == 5


def test_reader_notes_are_shown_plainly(qtbot, step, tmp_path, english):
    path = tmp_path / "dupes.csv"
    path.write_text(
        "Email,Email,,Score\na@example.com,b@example.com,x,1\n\n\nc@example.com,d@example.com,y,2\n",
        "utf-8",
    )
    load(qtbot, step, path)
    assert step.notes_message.isVisible()
    text = step.notes_message.text.text()
    assert text.split("\n") == [
        "Two columns are called \u201cEmail\u201d; "
        "the second one is called \u201cEmail (2)\u201d here.",
        "Column C had no name; it is called \u201cColumn C\u201d here.",
        "2 empty rows were skipped.",
    ]


def test_encoding_and_cleaning_notes_are_sentences_not_codes(qtbot, step, tmp_path, english):
    """What the CSV reader repaired is said in words, never as its internal code."""
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes(
        "Prénom;E-mail\nAnaïs;a@example.fr\n".encode()
        + "Hélène;h@example.fr\n".encode("cp1252")
        + "Zoé;z@example.fr\n".encode() * 40
    )
    load(qtbot, step, mixed)
    assert step.notes_message.text.text() == (
        "The file mixes text encodings: 1 line was read as cp1252 instead of utf-8. "
        "Check its accented letters."
    )

    outside = tmp_path / "outside.csv"
    outside.write_text("Email;Score;\na@example.com;1;extra\nb@example.com;2;more\n", "utf-8")
    load(qtbot, step, outside)
    assert step.notes_message.text.text().split("\n")[1] == (
        "Column C has data but no name in the header row; it is read under a generated name. "
        "Give it a name in the file to map it under its own name."
    )

    nul = tmp_path / "nul.csv"
    nul.write_text("Email;Score\na@example.com;1\x00\x00\nb@example.com;2\n", "utf-8")
    load(qtbot, step, nul)
    assert step.notes_message.text.text() == (
        "2 invisible null characters were removed from the file."
    )

    # An encoding chosen by hand that cannot read every byte.
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Email;Ville\na@example.com;Orléans\n".encode("cp1252"))
    load(qtbot, step, latin, encoding="utf-8")
    assert step.notes_message.text.text() == (
        "1 character could not be read as utf-8 and was replaced. If text looks wrong, choose "
        "another encoding."
    )
    assert "_" not in step.notes_message.text.text()


def test_the_detected_encoding_is_shown_whole(qtbot, step, tmp_path):
    """A file read as UTF-8 with some Windows lines shows "utf-8+cp1252", not "f-8+cp1252"."""
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes(
        "Prénom;E-mail\n".encode()
        + "Hélène;h@example.fr\n".encode("cp1252")
        + "Zoé;z@example.fr\n".encode() * 40
    )
    load(qtbot, step, mixed)
    combo = step.encoding_combo
    assert combo.currentText() == "utf-8+cp1252"
    line = combo.lineEdit()
    assert line.fontMetrics().horizontalAdvance(line.text()) <= line.contentsRect().width()


def test_progress_shows_while_loading(qtbot, step, tmp_path):
    path = tmp_path / "big.csv"
    lines = ["Email,Name,Score"] + [f"p{n}@example.com,Person {n},{n % 100}" for n in range(60000)]
    path.write_text("\n".join(lines), "utf-8")
    step.open_file(path)
    assert step.loading and step.progress_bar.isVisible()
    assert not step.is_complete()
    qtbot.waitUntil(lambda: not step.loading, timeout=30000)
    assert not step.progress_bar.isVisible()
    assert len(step.state.sheet.rows) == 60000
    assert step.counts_label.text().startswith("60")


class FirstPagePaints(QObject):
    """Append "paint" to ``order`` when the grid paints rows of the file."""

    def __init__(self, step, order) -> None:
        super().__init__(step)
        self.step, self.order = step, order
        step.table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self.step.model.rowCount():
            self.order.append("paint")
        return False


def test_the_rest_is_read_once_the_first_page_has_painted(qtbot, step, monkeypatch):
    import app.core.reading.sheet as sheet_module

    qtbot.waitUntil(lambda: step.windowHandle() is not None and step.windowHandle().isExposed())
    order: list[str] = []
    real = sheet_module.read_sheet

    def spy(*args, **kwargs):
        order.append("read")  # in the worker, when the full read begins
        return real(*args, **kwargs)

    monkeypatch.setattr(sheet_module, "read_sheet", spy)
    FirstPagePaints(step, order)
    load(qtbot, step, sample(WEBINAR))
    assert "paint" in order and order.index("paint") < order.index("read")


def test_a_large_sheet_is_held_out_of_collection_until_a_small_one_replaces_it(
    qtbot, step, tmp_path
):
    from app.ui.runtime import BULK
    from app.ui.views.file_step import FREEZE_ABOVE, SHEET_HOLD

    path = tmp_path / "big.csv"
    rows = [f"p{n}@example.com,Person {n}" for n in range(FREEZE_ABOVE + 10)]
    path.write_text("\n".join(["Email,Name", *rows]), "utf-8")
    load(qtbot, step, path)
    assert SHEET_HOLD in BULK.owners and gc.get_freeze_count() > 0
    load(qtbot, step, sample(WEBINAR))  # the large rows are gone: the hold is undone
    assert SHEET_HOLD not in BULK.owners
    assert BULK.owners or gc.get_freeze_count() == 0


def test_row_counts_are_written_the_local_way(qtbot, step, tmp_path, english):
    """5,000 rows, as Preview and Results write them, not 5000."""
    path = tmp_path / "likes.csv"
    path.write_text(
        "user_id,post_id\n" + "".join(f"{i},{i}\n" for i in range(5000)), encoding="utf-8"
    )
    statuses = []
    step.status_changed.connect(statuses.append)
    load(qtbot, step, path)
    assert step.counts_label.text() == "5,000 rows \u00b7 2 columns"
    qtbot.waitUntil(lambda: "5,000 rows" in statuses)
