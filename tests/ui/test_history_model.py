"""The History table model: texts, tooltips, raw sort values and icons, with no window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt

from app.core.conversion.mapping import HUBSPOT, PIPELESS
from app.core.upload.history import HistoryEntry, HistoryState
from app.ui.models.history_model import SORT_ROLE, HistoryModel

DAY = 86400.0


def _entry(run_id: int, **changes: object) -> HistoryEntry:
    values: dict[str, object] = {
        "run_id": run_id,
        "started": 1_750_000_000.0 + run_id * DAY,
        "ended": 1_750_000_000.0 + run_id * DAY + 185,
        "file_path": f"/data/marketing/webinar-{run_id}.xlsx",
        "destination": HUBSPOT,
        "local": False,
        "label": f"webinar-{run_id}.xlsx · Webinar attended · Acme",
        "state": HistoryState.FINISHED,
        "sent": 1198,
        "already_there": 0,
        "failed": 0,
        "invalid": 42,
        "excluded": 0,
        "left": 0,
    }
    values.update(changes)
    return HistoryEntry(**values)  # type: ignore[arg-type]


@pytest.fixture
def english_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(previous)


def _text(model: HistoryModel, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_rows_show_what_a_user_recognises(qapp, english_locale) -> None:
    entries = [
        _entry(3, state=HistoryState.STOPPED, sent=500, left=698, excluded=2),
        _entry(2, failed=31, destination=PIPELESS, label="webinar-2.xlsx → Pipeless app 7"),
        _entry(1, local=True, label="webinar-1.xlsx"),
    ]
    model = HistoryModel()
    model.set_entries(entries)
    assert model.rowCount() == 3 and model.columnCount() == 8
    assert _text(model, 0, HistoryModel.FILE) == "webinar-3.xlsx"
    assert _text(model, 0, HistoryModel.FILE, Qt.ItemDataRole.ToolTipRole) == (
        "/data/marketing/webinar-3.xlsx"
    )
    assert _text(model, 0, HistoryModel.SENT) == "500"
    assert _text(model, 0, HistoryModel.NOT_SENT) == "742"  # 42 with problems, 2 left out, 698
    tip = _text(model, 0, HistoryModel.NOT_SENT, Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == [
        "42 rows with problems or duplicates",
        "2 rows left out",
        "698 rows still to send",
    ]
    assert _text(model, 0, HistoryModel.STATUS) == "Stopped, can resume"
    assert "698 rows were not sent yet" in _text(
        model, 0, HistoryModel.STATUS, Qt.ItemDataRole.ToolTipRole
    )
    assert _text(model, 0, HistoryModel.DURATION) == "3 min"
    assert _text(model, 0, HistoryModel.DESTINATION) == "HubSpot · Webinar attended · Acme"
    assert _text(model, 1, HistoryModel.DESTINATION) == "Pipeless app 7"
    assert _text(model, 1, HistoryModel.FAILED) == "31"
    assert _text(model, 1, HistoryModel.STATUS) == "Finished"
    assert _text(model, 2, HistoryModel.DESTINATION) == "HubSpot (built-in sandbox)"
    assert model.headerData(HistoryModel.NOT_SENT, Qt.Orientation.Horizontal) == "Not sent"
    # A status has an icon as well as words, never colour alone.
    assert not _text(model, 0, HistoryModel.STATUS, Qt.ItemDataRole.DecorationRole).isNull()
    assert _text(model, 1, HistoryModel.STATUS, Qt.ItemDataRole.DecorationRole) is not None
    assert model.entry(2).run_id == 1 and model.entry(3) is None
    assert model.row_of(2) == 1 and model.row_of(99) == -1


def test_dates_and_numbers_follow_the_locale(qapp) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        model = HistoryModel()
        model.set_entries([_entry(1, sent=12345)])
        assert _text(model, 0, HistoryModel.SENT) == "12\u202f345"
        started = _text(model, 0, HistoryModel.STARTED)
        assert started.startswith("16/06/2025"), started
    finally:
        QLocale.setDefault(previous)


def test_sorting_uses_raw_values(qapp, english_locale) -> None:
    model = HistoryModel()
    model.set_entries([_entry(1, sent=9), _entry(2, sent=10), _entry(3, sent=1000)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(HistoryModel.SENT, Qt.SortOrder.AscendingOrder)
    sent = [proxy.index(r, HistoryModel.SENT).data() for r in range(3)]
    assert sent == ["9", "10", "1,000"]  # as numbers, not as text
    proxy.sort(HistoryModel.STARTED, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, HistoryModel.FILE).data() for r in range(3)] == [
        "webinar-3.xlsx",
        "webinar-2.xlsx",
        "webinar-1.xlsx",
    ]


def test_empty_model(qapp) -> None:
    model = HistoryModel()
    assert model.rowCount() == 0
    assert model.data(model.index(0, 0)) is None
