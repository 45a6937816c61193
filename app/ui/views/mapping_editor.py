"""The Mapping step's editor panel: where the selected field's value comes from and how it is read.

Every widget, and the one completer of the fixed value, is created once; showing another field
only updates their contents. Replacing a completer (or a widget) from one of its own signals frees
it while Qt is still inside its event handler, which crashed the window when Tab closed the
suggestion list. The rows every field has stay at the same place (the fixed value's line keeps its
space when hidden), so the panel does not jump when another field is selected and a click lands
where the user aimed.
"""

from __future__ import annotations

import zoneinfo
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.core.conversion.date_text import DAY_FIRST

DONT_IMPORT = "\x00none"
FIXED_VALUE = "\x00fixed"
UTC_ZONE = "UTC"  # item data of "UTC" in the time zone list (a rule without a zone reads UTC)
SAMPLE_LINES = 3


def date_formats() -> list[tuple[str | None, str]]:
    """Return (strftime pattern, example shown to the user) for the date format picker."""
    return [
        (None, QCoreApplication.translate("MappingStep", "Detect automatically")),
        ("%d/%m/%Y", QCoreApplication.translate("MappingStep", "31/12/2025 (day/month/year)")),
        ("%m/%d/%Y", QCoreApplication.translate("MappingStep", "12/31/2025 (month/day/year)")),
        ("%Y-%m-%d", QCoreApplication.translate("MappingStep", "2025-12-31 (year-month-day)")),
        ("%d.%m.%Y", QCoreApplication.translate("MappingStep", "31.12.2025 (day.month.year)")),
        ("%d/%m/%Y %H:%M", QCoreApplication.translate("MappingStep", "31/12/2025 14:30")),
        ("%m/%d/%Y %I:%M %p", QCoreApplication.translate("MappingStep", "12/31/2025 2:30 PM")),
        ("%Y-%m-%d %H:%M", QCoreApplication.translate("MappingStep", "2025-12-31 14:30")),
        ("%Y-%m-%d %H:%M:%S", QCoreApplication.translate("MappingStep", "2025-12-31 14:30:00")),
    ]


def date_order_text(order: tuple[str, str] | None) -> str:
    """Say how a column's text dates are read when its own values settled it ("" if not)."""
    if order is None:
        return ""
    text = (
        QCoreApplication.translate("MappingStep", "Dates read as day/month/year (from %1).")
        if order[0] == DAY_FIRST
        else QCoreApplication.translate("MappingStep", "Dates read as month/day/year (from %1).")
    )
    return text.replace("%1", order[1])


def samples_text(samples: list[Any], unset: bool) -> str:
    """Return the editor's sample lines ("Row 2: 28/03/2025 → 2025-03-28…"), or why none."""
    lines = []
    for sample in samples:
        if sample.problem:
            line = QCoreApplication.translate(
                "MappingStep", "Row %1: %2 \u2192 not sendable: %3"
            ).replace("%3", sample.problem)
        else:
            line = QCoreApplication.translate("MappingStep", "Row %1: %2 \u2192 %3").replace(
                "%3", sample.sent
            )
        lines.append(line.replace("%1", str(sample.row_number)).replace("%2", sample.source))
    if not lines:
        lines.append(
            QCoreApplication.translate("MappingStep", "No value: choose a column or a fixed value.")
            if unset
            else QCoreApplication.translate("MappingStep", "The column is empty in the first rows.")
        )
    return "\n".join(lines)


def zone_names() -> list[str]:
    """Return the IANA zones a marketer may pick (regions only, no legacy aliases)."""
    return sorted(
        name
        for name in zoneinfo.available_timezones()
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "posix/", "right/"))
    )


class PopupClickReplay(QObject):
    """Let the click that closes a suggestion list reach what the user clicked.

    On X11 Qt does not replay a mouse press that closes a popup, and QCompleter eats it: the first
    click after typing a fixed value did nothing. This filter (installed after the completer's, so
    it runs first) closes the list and hands the same press to the widget under the mouse.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Replay a press outside the popup on the widget under the mouse."""
        if event.type() != QEvent.Type.MouseButtonPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QMouseEvent)
        global_pos = event.globalPosition().toPoint()
        if watched.rect().contains(watched.mapFromGlobal(global_pos)):
            return False
        watched.hide()
        target = QApplication.widgetAt(global_pos)
        if target is None or target is watched or watched.isAncestorOf(target):
            return True
        _give_click_focus(target)  # as Qt does before a press, so edits in progress finish first
        local = target.mapFromGlobal(global_pos)
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            local,
            event.globalPosition(),
            event.button(),
            event.buttons(),
            event.modifiers(),
        )
        QApplication.sendEvent(target, press)
        return True


class ListComboBox(QComboBox):
    """A drop-down list that knows whether the current choice was made in its open list.

    A choice picked in the open list moves on to what it needs next (the fixed value's line);
    one made by typing the first letters keeps the focus, so the next letters typed do not land
    in another field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._closed_now = False

    def hidePopup(self) -> None:  # noqa: N802 - Qt API
        """Remember, until the current event is over, that the list just closed."""
        super().hidePopup()
        self._closed_now = True
        QTimer.singleShot(0, self, self._forget_close)

    def _forget_close(self) -> None:
        self._closed_now = False

    def chosen_from_list(self) -> bool:
        """Return True while handling a choice made in the open list."""
        return self._closed_now


class ZoneComboBox(QComboBox):
    """The time zone list, where typing any part of a zone's name ("paris", "york") finds it.

    As a plain list it jumped to the first zone starting with the letters typed: "Paris" chose
    Pacific/Apia and moved every date by 13 hours. Text that names no single zone is put back to
    the current zone when the field is left, so the zone shown is always the zone used.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._settle)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        """Settle the zone once the field is left, also by Tab over the open suggestions.

        The completer eats that focus-out, so neither editingFinished nor focusOutEvent come.
        """
        if old is self and now is not None and now is not self.completer().popup():
            QTimer.singleShot(0, self, self._settle)

    @Slot()
    def _settle(self) -> None:
        """Take the one zone the typed text names, else show the current zone again."""
        text = self.currentText().strip().casefold()
        if self.currentIndex() >= 0 and text == self.itemText(self.currentIndex()).casefold():
            return
        matches = [i for i in range(self.count()) if text and text in self.itemText(i).casefold()]
        if len({self.itemData(i) for i in matches}) == 1:
            self.setCurrentIndex(matches[0])
            self.activated.emit(matches[0])
            return
        self.setEditText(self.itemText(self.currentIndex()))


def _give_click_focus(widget: QWidget) -> None:
    """Focus the first widget from ``widget`` up that takes focus on a click."""
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        if current.isEnabled() and current.focusPolicy() & Qt.FocusPolicy.ClickFocus:
            current.setFocus(Qt.FocusReason.MouseFocusReason)
            return
        current = current.parentWidget()


class FieldEditor(QGroupBox):
    """The widgets that edit one field; the Mapping step fills them and listens to them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MappingStep", "Field"), parent)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.description_label.setForegroundRole(
            self.description_label.palette().ColorRole.PlaceholderText
        )
        # Plain drop-down lists: a click anywhere opens them, typing jumps to an item.
        self.source_combo = ListComboBox()
        self.source_combo.setAccessibleName(
            QCoreApplication.translate("MappingStep", "Column that feeds the field")
        )
        self.source_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.source_combo.setMinimumContentsLength(24)

        self.fixed_edit = QLineEdit()
        self.fixed_edit.setAccessibleName(QCoreApplication.translate("MappingStep", "Fixed value"))
        self.fixed_edit.setPlaceholderText(
            QCoreApplication.translate("MappingStep", "The same value for every row")
        )
        self.option_list = QStringListModel(self)
        self.fixed_completer = QCompleter(self.option_list, self.fixed_edit)
        self.fixed_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.fixed_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.fixed_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.fixed_edit.setCompleter(self.fixed_completer)
        self._replay = PopupClickReplay(self)
        self.fixed_completer.popup().installEventFilter(self._replay)

        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(
            QCoreApplication.translate("MappingStep", "Date format")
        )
        for pattern, example in date_formats():
            self.format_combo.addItem(example, pattern)
        self.format_hint = QLabel()
        self.format_hint.setWordWrap(True)
        self.format_hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.format_hint.setAccessibleName(
            QCoreApplication.translate("MappingStep", "How the dates are read")
        )

        self.timezone_combo = ZoneComboBox()
        self.timezone_combo.setAccessibleName(
            QCoreApplication.translate("MappingStep", "Time zone")
        )
        self.timezone_combo.setMaxVisibleItems(20)

        self.values_button = QPushButton(
            QCoreApplication.translate("MappingStep", "&Match values…")
        )
        self.values_button.setAccessibleName(
            QCoreApplication.translate("MappingStep", "Match the column's values to the options")
        )
        self.values_label = QLabel()
        self.values_label.setWordWrap(True)
        self.values_row = QWidget()
        values_layout = QHBoxLayout(self.values_row)
        values_layout.setContentsMargins(0, 0, 0, 0)
        values_layout.addWidget(self.values_button)
        values_layout.addWidget(self.values_label, 1)

        self.extra_name_edit = QLineEdit()
        self.extra_name_edit.setAccessibleName(
            QCoreApplication.translate("MappingStep", "Name of the extra data field")
        )
        self.remove_extra_button = QPushButton(
            QCoreApplication.translate("MappingStep", "&Remove field")
        )
        self.remove_extra_button.setAccessibleName(
            QCoreApplication.translate("MappingStep", "Remove this extra data field")
        )
        self.extra_row = QWidget()
        extra_layout = QHBoxLayout(self.extra_row)
        extra_layout.setContentsMargins(0, 0, 0, 0)
        extra_layout.addWidget(self.extra_name_edit, 1)
        extra_layout.addWidget(self.remove_extra_button)

        self.samples_label = QLabel()
        self.samples_label.setWordWrap(True)
        self.samples_label.setTextFormat(Qt.TextFormat.PlainText)
        self.samples_label.setAccessibleName(QCoreApplication.translate("MappingStep", "Samples"))
        self.samples_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.samples_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.samples_label.setMinimumHeight(self.fontMetrics().lineSpacing() * SAMPLE_LINES + 4)
        # As wide as the panel, so long samples wrap at its width and are never cut off.
        self.samples_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        # What every field has comes first, at the same place for every field: the source, the
        # fixed value's line (kept even when hidden) and the samples. Rows only some fields have
        # come after them, so showing or hiding those moves nothing the user aims at.
        self.description_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        self.description_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.fixed_row = QWidget()
        fixed_layout = QHBoxLayout(self.fixed_row)
        fixed_layout.setContentsMargins(0, 0, 0, 0)
        fixed_layout.addWidget(self.fixed_edit)
        self.fixed_row.setMinimumHeight(self.fixed_edit.sizeHint().height())
        self.fixed_label = QLabel(QCoreApplication.translate("MappingStep", "Fi&xed value:"))
        self.fixed_label.setBuddy(self.fixed_edit)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.addRow(self.description_label)
        self.form.addRow(
            QCoreApplication.translate("MappingStep", "&Comes from:"), self.source_combo
        )
        self.form.addRow(self.fixed_label, self.fixed_row)
        self.form.addRow(QCoreApplication.translate("MappingStep", "Samples:"), self.samples_label)
        self.form.addRow(
            QCoreApplication.translate("MappingStep", "&Date format:"), self.format_combo
        )
        self.form.addRow("", self.format_hint)
        self.form.addRow(
            QCoreApplication.translate("MappingStep", "&Time zone:"), self.timezone_combo
        )
        self.form.addRow(QCoreApplication.translate("MappingStep", "Options:"), self.values_row)
        self.form.addRow(QCoreApplication.translate("MappingStep", "&Key name:"), self.extra_row)

    def fill_timezones(self, local_zone: str | None) -> None:
        """List the computer's zone first, then UTC, then every region's zone."""
        blocker = self.timezone_combo.blockSignals(True)
        self.timezone_combo.clear()
        if local_zone and local_zone != UTC_ZONE:
            self.timezone_combo.addItem(
                QCoreApplication.translate("MappingStep", "This computer's time zone (%1)").replace(
                    "%1", local_zone
                ),
                local_zone,
            )
        self.timezone_combo.addItem(
            QCoreApplication.translate("MappingStep", "UTC, unless the date says otherwise"),
            UTC_ZONE,
        )
        for name in zone_names():
            self.timezone_combo.addItem(name, name)
        self.timezone_combo.blockSignals(blocker)

    def _optional_fields(self) -> tuple[QWidget, ...]:
        return (
            self.fixed_edit,
            self.format_combo,
            self.format_hint,
            self.timezone_combo,
            self.values_row,
            self.extra_row,
        )

    def set_row_visible(self, field: QWidget, visible: bool) -> None:
        """Show or hide a row; the fixed value's row keeps its space (no jump between fields)."""
        if field is self.fixed_edit:
            self.fixed_edit.setVisible(visible)
            self.fixed_label.setVisible(visible)
            return
        self.form.setRowVisible(field, visible)

    def hide_optional_rows(self) -> None:
        """Hide every row but the source and the samples."""
        for field in self._optional_fields():
            self.set_row_visible(field, False)

    def set_options(self, values: list[str]) -> None:
        """Give the fixed value its suggestions (the same completer, a new list)."""
        if self.option_list.stringList() != values:
            self.option_list.setStringList(values)

    def defer(self, call: object) -> None:
        """Run ``call`` once the current event is over (never inside a widget's own signal)."""
        QTimer.singleShot(0, self, call)  # type: ignore[call-overload]


__all__ = ["DONT_IMPORT", "FIXED_VALUE", "UTC_ZONE", "FieldEditor", "date_formats"]
