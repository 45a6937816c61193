"""The Upload step's batch strip: a square per batch in its state's colour and shape, a legend in
words, a tooltip per square, a click that picks the batch in the table; the Details switch."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QToolTip

from app.core.upload.engine import BatchResult, BatchState
from app.ui.models.batch_model import BatchModel
from app.ui.views.batch_strip import MAX_HEIGHT_PX, MIN_CELL_PX, BatchStrip, strip_layout
from app.ui.views.upload_step import UploadStep

pytestmark = pytest.mark.gui

# The fills a person sees; waiting is the window's own base colour inside a frame.
EXPECTED_FILL = {
    BatchState.SENDING: "#2f7fd8",
    BatchState.SENT: "#2e9e5b",
    BatchState.RETRYING: "#e0a326",
    BatchState.PARTLY_FAILED: "#e07a2e",
    BatchState.FAILED: "#d64545",
    BatchState.STOPPED: "#8a8f98",
}


def plan(model: BatchModel, batches: int, size: int = 10) -> None:
    model.set_plan(
        (no, tuple(range(2 + (no - 1) * size, 2 + no * size))) for no in range(1, batches + 1)
    )


def result(no: int, state: BatchState, total: int = 7, **kwargs) -> BatchResult:
    rows = tuple(range(2 + (no - 1) * 10, 2 + no * 10))
    return BatchResult(no, total, rows, state, **kwargs)


def main_colour(image, rect) -> str:
    """Return the colour most pixels of ``rect`` in ``image`` have."""
    ratio = image.devicePixelRatio()
    seen = Counter(
        image.pixelColor(round(x * ratio), round(y * ratio)).name()
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )
    return seen.most_common(1)[0][0]


@pytest.fixture
def strip(qtbot):
    model = BatchModel()
    widget = BatchStrip(model)
    qtbot.addWidget(widget)
    widget.resize(400, 60)
    widget.show()
    return widget


def test_each_state_paints_its_colour(strip, qtbot):
    model = strip.model
    plan(model, 7)
    model.apply(
        [
            result(1, BatchState.SENT, sent=10),
            result(2, BatchState.SENDING),
            result(3, BatchState.RETRYING, retry_in=8.0, code="rate_limited", http_status=429),
            result(4, BatchState.PARTLY_FAILED, sent=8, failed=2),
            result(5, BatchState.FAILED, failed=10),
        ]
    )
    model.mark_waiting_stopped()  # 6 and 7 were still waiting: the upload was stopped
    plan_states = strip.states()
    assert plan_states[:5] == [
        BatchState.SENT,
        BatchState.SENDING,
        BatchState.RETRYING,
        BatchState.PARTLY_FAILED,
        BatchState.FAILED,
    ]
    assert plan_states[5:] == [BatchState.STOPPED, BatchState.STOPPED]
    image = strip.grab().toImage()
    for row, state in enumerate(plan_states):
        assert main_colour(image, strip.cell_rect(row)) == EXPECTED_FILL[state], state


def test_waiting_is_an_empty_framed_square(strip):
    plan(strip.model, 3)
    image = strip.grab().toImage()
    rect = strip.cell_rect(1)
    base = strip.palette().color(QPalette.ColorRole.Base).name()
    assert main_colour(image, rect) == base
    ratio = image.devicePixelRatio()
    frame = image.pixelColor(round(rect.left() * ratio), round(rect.center().y() * ratio))
    assert frame.name() == strip.palette().color(QPalette.ColorRole.Mid).name()


def test_a_change_repaints_that_square(strip, qtbot):
    plan(strip.model, 4)
    before = main_colour(strip.grab().toImage(), strip.cell_rect(2))
    strip.model.apply([result(3, BatchState.SENT, total=4, sent=10)])
    after = main_colour(strip.grab().toImage(), strip.cell_rect(2))
    assert before != after == EXPECTED_FILL[BatchState.SENT]


def test_a_thousand_batches_keep_one_square_each_within_the_height():
    layout = strip_layout(1000, 1000)
    assert layout.per_cell == 1
    assert layout.cell >= MIN_CELL_PX
    assert layout.height <= MAX_HEIGHT_PX
    few = strip_layout(1000, 12)
    assert few.cell > layout.cell and few.lines == 1  # few batches: big squares, one line


def test_past_what_fits_a_square_holds_several_and_shows_a_failure(qtbot):
    model = BatchModel()
    strip = BatchStrip(model)
    qtbot.addWidget(strip)
    strip.resize(300, 200)
    strip.show()
    plan(model, 5000, size=1)
    layout = strip.strip_layout()
    assert layout.per_cell > 1
    assert layout.height <= MAX_HEIGHT_PX
    sent = [
        BatchResult(no, 5000, (no,), BatchState.SENT, sent=1)
        for no in range(1, layout.per_cell + 1)
    ]
    failed = BatchResult(2, 5000, (2,), BatchState.FAILED, failed=1)
    model.apply([*sent, failed])
    image = strip.grab().toImage()
    assert main_colour(image, strip.cell_rect(0)) == EXPECTED_FILL[BatchState.FAILED]
    model.apply([BatchResult(2, 5000, (2,), BatchState.SENT, sent=1)])
    image = strip.grab().toImage()
    assert main_colour(image, strip.cell_rect(0)) == EXPECTED_FILL[BatchState.SENT]


def test_hovering_a_square_shows_its_batch(strip, qtbot):
    plan(strip.model, 7)
    strip.model.apply([result(3, BatchState.SENT, sent=10)])
    centre = strip.cell_rect(2).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, strip.mapToGlobal(centre))
    QApplication.sendEvent(strip, event)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    text = QToolTip.text()
    assert "Batch 3" in text and "22–31" in text and "Sent" in text


@pytest.fixture
def step(qtbot):
    page = UploadStep()
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    plan(page.model, 30)
    return page


def test_clicking_a_square_selects_its_batch_in_the_table(step, qtbot):
    qtbot.waitUntil(lambda: step.strip.isVisible() and step.strip.height() > 0)
    qtbot.mouseClick(step.strip, Qt.MouseButton.LeftButton, pos=step.strip.cell_rect(17).center())
    rows = [index.row() for index in step.table.selectionModel().selectedRows()]
    assert rows == [17]
    assert step.controller.shown.follow is False  # the table stays on the picked batch
    qtbot.mouseClick(step.strip, Qt.MouseButton.LeftButton, pos=step.strip.cell_rect(2).center())
    assert [index.row() for index in step.table.selectionModel().selectedRows()] == [2]


def test_between_squares_a_click_picks_nothing(step, qtbot):
    rect = step.strip.cell_rect(4)
    qtbot.mouseClick(
        step.strip, Qt.MouseButton.LeftButton, pos=QPoint(rect.right() + 1, rect.center().y())
    )
    assert step.table.selectionModel().selectedRows() == []


def test_details_shows_and_hides_the_technical_columns(step, qtbot):
    technical = (BatchModel.HTTP, BatchModel.ATTEMPTS, BatchModel.TIME)
    assert all(step.table.isColumnHidden(c) for c in technical)
    assert not step.table.isColumnHidden(BatchModel.MESSAGE)
    qtbot.mouseClick(step.details_button, Qt.MouseButton.LeftButton)
    assert not any(step.table.isColumnHidden(c) for c in technical)
    step.controller.reset()  # a new upload keeps the choice
    plan(step.model, 3)
    assert not any(step.table.isColumnHidden(c) for c in technical)
    qtbot.mouseClick(step.details_button, Qt.MouseButton.LeftButton)
    assert all(step.table.isColumnHidden(c) for c in technical)


def test_legend_and_description_count_the_batches_in_words(step, qtbot):
    step.model.apply(
        [result(1, BatchState.SENT, total=30, sent=10), result(2, BatchState.FAILED, total=30)]
    )
    legend = step.legend
    assert legend.text_of(BatchState.SENT) == "1 sent"
    assert legend.text_of(BatchState.FAILED) == "1 failed"
    assert legend.text_of(BatchState.QUEUED) == "28 waiting"
    assert legend.text_of(BatchState.SENDING) == ""
    description = step.strip.accessibleDescription()
    assert description == "30 batches: 1 sent, 1 failed, 28 waiting."


def test_the_message_column_says_what_happened(step):
    step.model.apply(
        [
            result(1, BatchState.SENT, total=30, sent=10),
            result(2, BatchState.SENDING, total=30, attempts=1),
        ]
    )
    model = step.model
    assert model.data(model.index(0, BatchModel.MESSAGE)).startswith("10 rows added to")
    assert model.data(model.index(1, BatchModel.MESSAGE)) == "Sending 10 rows…"


def test_no_batches_no_strip(qtbot):
    page = UploadStep()
    qtbot.addWidget(page)
    page.show()
    assert page.strip.isHidden() and page.legend.isHidden()


class PaintRegions(QObject):
    """Record the region of every paint the strip gets."""

    def __init__(self) -> None:
        super().__init__()
        self.regions: list[QRegion] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.regions.append(QRegion(event.region()))
        return False


def test_a_change_repaints_only_the_squares_it_touched(qtbot):
    model = BatchModel()
    strip = BatchStrip(model)
    qtbot.addWidget(strip)
    strip.resize(918, 120)
    watch = PaintRegions()
    strip.installEventFilter(watch)
    strip.show()
    plan(model, 1000, size=1)
    qtbot.waitUntil(lambda: bool(watch.regions))  # the first, whole paint
    QApplication.processEvents()
    watch.regions.clear()
    model.apply(
        [
            BatchResult(3, 1000, (3,), BatchState.SENT, sent=1),
            BatchResult(900, 1000, (900,), BatchState.FAILED, failed=1),
        ]
    )
    qtbot.waitUntil(lambda: bool(watch.regions))
    painted = QRegion()
    for region in watch.regions:
        painted += region
    assert painted == QRegion(strip.cell_rect(2)) + QRegion(strip.cell_rect(899))
    watch.regions.clear()
    model.apply([BatchResult(3, 1000, (3,), BatchState.SENT, sent=1)])  # no change
    QApplication.processEvents()  # an update would be delivered here
    QApplication.processEvents()
    assert watch.regions == []
