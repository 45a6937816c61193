"""The per-batch table and the progress text, tested without a window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt

from app.core.upload.engine import BatchResult, BatchState
from app.ui.models.batch_model import BatchModel, UploadProgress, rows_detail, rows_text


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def result(no: int, state: BatchState, total: int = 5, **kw) -> BatchResult:
    rows = tuple(range(2 + (no - 1) * 100, 2 + no * 100))
    return BatchResult(batch_no=no, total_batches=total, row_numbers=rows, state=state, **kw)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def model(qapp, clock) -> BatchModel:
    model = BatchModel(clock=clock)
    model.set_plan([(n, list(range(2 + (n - 1) * 100, 2 + n * 100))) for n in range(1, 6)])
    return model


def text(model, row, column):
    return model.data(model.index(row, column))


def test_rows_text_is_first_to_last_and_the_tooltip_names_every_row():
    assert rows_text(range(101, 201)) == "101–200"
    assert rows_text([7]) == "7"
    assert rows_text([2, 3, 4, 9, 11, 12]) == "2–12"
    assert rows_detail([2, 3, 4, 9, 11, 12]) == "2–4, 9, 11–12"
    assert rows_text([]) == ""


def test_planned_batches_wait(model):
    assert model.rowCount() == 5
    assert model.columnCount() == 9
    assert text(model, 0, BatchModel.NUMBER) == 1
    assert text(model, 1, BatchModel.ROWS) == "102–201"
    assert text(model, 4, BatchModel.STATUS) == "Waiting"
    assert text(model, 4, BatchModel.OK) == ""
    tooltip = model.data(model.index(1, BatchModel.ROWS), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "100 rows: 102–201"


def test_states_are_worded_and_one_repaint_per_flush(model, qtbot):
    with qtbot.waitSignal(model.dataChanged) as blocker:
        active = model.apply(
            [
                result(1, BatchState.SENDING),
                result(1, BatchState.SENT, sent=100, http_status=201, attempts=1, elapsed=0.42),
                result(
                    2,
                    BatchState.PARTLY_FAILED,
                    sent=98,
                    failed=2,
                    http_status=207,
                    attempts=1,
                    message="2 events refused",
                ),
                result(3, BatchState.SENDING),
            ]
        )
    assert (blocker.args[0].row(), blocker.args[1].row()) == (0, 2)
    assert active == 2
    assert text(model, 0, BatchModel.STATUS) == "Sent"
    assert text(model, 0, BatchModel.OK) == "100"
    assert text(model, 0, BatchModel.HTTP) == "201"
    assert text(model, 0, BatchModel.TIME) == "0.4\u00a0s"
    assert text(model, 1, BatchModel.STATUS) == "Partly failed"
    assert text(model, 1, BatchModel.FAILED) == "2"
    assert text(model, 1, BatchModel.MESSAGE) == "2 events refused"
    assert text(model, 2, BatchModel.STATUS) == "Sending"
    assert model.data(model.index(2, BatchModel.STATUS), BatchModel.StateRole) == "sending"
    icon = model.data(model.index(0, BatchModel.STATUS), Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()


def test_a_waiting_batch_keeps_its_status_word_in_line_with_the_others(model):
    model.apply([result(1, BatchState.SENT, sent=100)])
    decoration = Qt.ItemDataRole.DecorationRole
    waiting = model.data(model.index(1, BatchModel.STATUS), decoration)
    sent = model.data(model.index(0, BatchModel.STATUS), decoration)
    assert text(model, 1, BatchModel.STATUS) == "Waiting"
    assert not waiting.isNull()  # blank, but it takes the icon's room
    assert waiting.actualSize(QSize(16, 16)) == sent.actualSize(QSize(16, 16))


def test_a_rate_limited_batch_counts_down_and_is_not_a_failure(model, clock, qtbot):
    model.apply(
        [
            result(
                1,
                BatchState.RETRYING,
                http_status=429,
                attempts=1,
                retry_in=8.0,
                code="rate_limited",
            )
        ]
    )
    assert text(model, 0, BatchModel.STATUS) == "Retry in 8 s"
    clock.now += 3
    with qtbot.waitSignal(model.dataChanged):
        model.tick()
    assert text(model, 0, BatchModel.STATUS) == "Retry in 5 s"
    assert model.waiting_retry_rows() == [0]
    model.apply([result(1, BatchState.SENT, sent=100, attempts=2)])
    assert text(model, 0, BatchModel.STATUS) == "Sent"
    assert model.waiting_retry_rows() == []


def test_batches_beyond_the_plan_are_appended(model):
    model.apply([result(9, BatchState.SENT, total=9, sent=100)])
    assert model.rowCount() == 6
    assert text(model, 5, BatchModel.NUMBER) == 9
    assert model.row_of_batch(9) == 5


def test_progress_text_rate_eta_and_finishing(clock):
    progress = UploadProgress(total_rows=500, total_batches=5, clock=clock)
    assert progress.text() == "Batch 1 of 5 · 0 of 500 rows"
    for n in (1, 2, 3):
        clock.now += 2.0
        progress.add([result(n, BatchState.SENT, sent=100)])
    assert progress.rows_done == 300
    assert progress.rate() == pytest.approx(50.0)
    assert progress.seconds_left() == pytest.approx(4.0)
    assert progress.text() == "Batch 3 of 5 · 300 of 500 rows · 50 rows/s · about 5 s left"
    # a repeated final state does not count twice
    progress.add([result(3, BatchState.SENT, sent=100)])
    assert progress.rows_done == 300
    clock.now += 2.0
    progress.add(
        [
            result(4, BatchState.PARTLY_FAILED, sent=90, failed=10),
            result(5, BatchState.SENT, sent=100),
        ]
    )
    assert (progress.sent, progress.failed) == (490, 10)
    assert progress.fraction == 1.0
    assert progress.text() == "Finishing…"


def test_rate_is_averaged_over_the_last_30_seconds(clock):
    progress = UploadProgress(total_rows=10_000, total_batches=100, clock=clock)
    for n in range(1, 11):  # slow start: 100 rows every 10 s
        clock.now += 10
        progress.add([result(n, BatchState.SENT, total=100, sent=100)])
    for n in range(11, 41):  # then 100 rows a second
        clock.now += 1
        progress.add([result(n, BatchState.SENT, total=100, sent=100)])
    assert progress.rate() == pytest.approx(100.0, rel=0.15)


def test_no_eta_before_three_batches(clock):
    progress = UploadProgress(total_rows=1000, total_batches=10, clock=clock)
    clock.now += 1
    progress.add([result(1, BatchState.SENT, total=10, sent=100)])
    assert progress.rate() is not None
    assert progress.seconds_left() is None
    assert "left" not in progress.text()


def test_planned_rows_are_resolved_only_when_shown(qapp):
    asked: list[int] = []

    def rows_of(n):
        def resolve():
            asked.append(n)
            return list(range(n * 100, n * 100 + 100))

        return resolve

    model = BatchModel()
    model.set_plan([(n, rows_of(n)) for n in range(1, 10_001)])
    assert model.rowCount() == 10_000
    assert asked == []
    assert model.data(model.index(9_999, BatchModel.ROWS)) == "1000000–1000099"
    assert asked == [10_000]


def test_times_and_dates_follow_the_locale():
    from PySide6.QtCore import QLocale

    from app.ui.wording import date_time_text, seconds_text

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert seconds_text(0.6) == "0,6\u00a0s"
        assert date_time_text(1_749_988_800)[:10] in ("15/06/2025", "16/06/2025")  # day first
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert seconds_text(0.6) == "0.6\u00a0s"
    finally:
        QLocale.setDefault(previous)


@pytest.mark.parametrize("state", [BatchState.SENDING, BatchState.STOPPED])
@pytest.mark.parametrize("text", ["#f0f0f0", "#101010"])
def test_plain_status_glyphs_take_the_text_colour_so_they_show_in_dark(qapp, state, text) -> None:
    from PySide6.QtGui import QColor, QPalette

    previous = qapp.palette()
    palette = QPalette(previous)
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(
        QPalette.ColorRole.Window, QColor("#101010" if text != "#101010" else "#f0f0f0")
    )
    qapp.setPalette(palette)
    try:
        image = BatchModel()._icon(state).pixmap(16, 16).toImage()
        centre = image.pixelColor(8, 8)
    finally:
        qapp.setPalette(previous)
    assert centre.alpha() > 200 and centre.name() == text, (state, centre.name())
