"""Step 3, Mapping: which column (or fixed value) feeds each field of the event.

A table lists every target field (required first) with where its value comes from, a live sample
and a status; the editor below it changes the selected field. Auto-match runs on entering with an
empty mapping; the mapping last used for a file with the same columns and destination is offered
again. Next stays disabled while required fields are unmapped, and says how many.
"""

from __future__ import annotations

import datetime as dt
import logging
import zoneinfo
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.destinations import find
from app.core.mapping import Mapping, mapping_to_dict, parse_mapping, targets_for
from app.core.settings import mapping_key, recall_mapping, remember_mapping
from app.ui.context import AppContext
from app.ui.messages import target_description, target_label
from app.ui.models.mapping_model import (
    FIELD_COLUMN,
    SAMPLE_COLUMN,
    SOURCE_COLUMN,
    STATUS_COLUMN,
    TYPE_COLUMN,
    MappingModel,
)
from app.ui.state import WizardState
from app.ui.step_base import StepPage, style_heading
from app.ui.wording import date_text

log = logging.getLogger(__name__)

DONT_IMPORT = "\x00none"
FIXED_VALUE = "\x00fixed"
DATE_KINDS = ("date", "datetime")


def date_formats() -> list[tuple[str | None, str]]:
    """Return (strftime pattern, example shown to the user) for the date format picker."""
    from PySide6.QtCore import QCoreApplication

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


class MappingStep(StepPage):
    """Step 3: map the sheet's columns to the event's fields."""

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context or AppContext()
        self.state = WizardState()
        self.model: MappingModel | None = None
        self._model_key: tuple[Any, ...] | None = None
        self._offer: tuple[Mapping, str] | None = None
        self._missing_columns: list[str] = []  # columns of the mapping this file does not have
        self._editing = False
        self._build()

    # ----------------------------------------------------------------- layout
    def _build(self) -> None:
        heading = QLabel(self.tr("Which column goes into which field?"))
        style_heading(heading)
        heading.setWordWrap(True)  # with the three buttons, French would widen the window
        self.automatch_button = QPushButton(self.tr("&Auto-match"))
        self.automatch_button.setAccessibleName(self.tr("Auto-match columns by name"))
        self.automatch_button.setToolTip(
            self.tr("Choose a column for every field not mapped yet, by name.")
        )
        self.automatch_button.clicked.connect(self._on_automatch_clicked)
        self.load_button = QPushButton(self.tr("&Load mapping…"))
        self.load_button.clicked.connect(self._on_load_clicked)
        self.save_button = QPushButton(self.tr("Sa&ve mapping…"))
        self.save_button.clicked.connect(self._on_save_clicked)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.automatch_button)
        top.addWidget(self.load_button)
        top.addWidget(self.save_button)

        # Offer of the mapping used last time
        self.offer_frame = QFrame()
        self.offer_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.offer_label = QLabel()
        self.offer_label.setWordWrap(True)
        self.use_offer_button = QPushButton(self.tr("&Use it"))
        self.use_offer_button.clicked.connect(self._on_use_offer_clicked)
        self.ignore_offer_button = QPushButton(self.tr("&Ignore"))
        self.ignore_offer_button.clicked.connect(self._on_ignore_offer_clicked)
        offer_layout = QHBoxLayout(self.offer_frame)
        offer_layout.addWidget(self.offer_label, 1)
        offer_layout.addWidget(self.use_offer_button)
        offer_layout.addWidget(self.ignore_offer_button)
        self.offer_frame.hide()

        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName(self.tr("Mapping warnings"))
        self.warning_label.hide()

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Fields and their columns"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

        # Editor of the selected field
        self.editor_box = QGroupBox(self.tr("Field"))
        self.source_combo = QComboBox()
        self.source_combo.setEditable(True)
        self.source_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source_combo.setAccessibleName(self.tr("Column that feeds the field"))
        completer = self.source_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.source_combo.activated.connect(self._on_source_activated)
        completer.activated[str].connect(self._on_source_completed)
        self.fixed_edit = QLineEdit()
        self.fixed_edit.setAccessibleName(self.tr("Fixed value"))
        self.fixed_edit.setPlaceholderText(self.tr("The same value for every row"))
        self.fixed_edit.editingFinished.connect(self._on_fixed_edited)
        self.format_combo = QComboBox()
        self.format_combo.setEditable(True)
        self.format_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.format_combo.setAccessibleName(self.tr("Date format"))
        for pattern, example in date_formats():
            self.format_combo.addItem(example, pattern)
        self.format_combo.activated.connect(self._on_format_activated)
        self.format_combo.lineEdit().editingFinished.connect(self._on_format_edited)
        self.timezone_combo = QComboBox()
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.setAccessibleName(self.tr("Time zone"))
        self.timezone_combo.addItem(self.tr("UTC, unless the date says otherwise"), None)
        for name in sorted(zoneinfo.available_timezones()):
            if "/" in name and not name.startswith(("Etc/", "SystemV/", "posix/", "right/")):
                self.timezone_combo.addItem(name, name)
        tz_completer = self.timezone_combo.completer()
        tz_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        tz_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone_combo.activated.connect(self._on_timezone_activated)
        self.values_button = QPushButton(self.tr("&Match values…"))
        self.values_button.setAccessibleName(self.tr("Match the column's values to the options"))
        self.values_button.clicked.connect(self._on_values_clicked)
        self.values_label = QLabel()
        self.values_label.setWordWrap(True)
        values_row = QHBoxLayout()
        values_row.addWidget(self.values_button)
        values_row.addWidget(self.values_label, 1)
        self.samples_label = QLabel()
        self.samples_label.setWordWrap(True)
        self.samples_label.setTextFormat(Qt.TextFormat.PlainText)
        self.samples_label.setAccessibleName(self.tr("Samples"))
        self.samples_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.description_label.setForegroundRole(
            self.description_label.palette().ColorRole.PlaceholderText
        )

        self.editor_form = QFormLayout(self.editor_box)
        self.editor_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.editor_form.addRow(self.description_label)
        self.editor_form.addRow(self.tr("&Comes from:"), self.source_combo)
        self.editor_form.addRow(self.tr("Fi&xed value:"), self.fixed_edit)
        self.editor_form.addRow(self.tr("&Date format:"), self.format_combo)
        self.editor_form.addRow(self.tr("&Time zone:"), self.timezone_combo)
        self.editor_form.addRow(self.tr("Options:"), values_row)
        self.editor_form.addRow(self.tr("Samples:"), self.samples_label)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mappingSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.editor_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.unused_button = QToolButton()
        self.unused_button.setCheckable(True)
        self.unused_button.setAccessibleName(self.tr("Columns that will not be imported"))
        self.unused_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.unused_button.setArrowType(Qt.ArrowType.RightArrow)
        self.unused_button.setAutoRaise(True)
        self.unused_button.toggled.connect(self._on_unused_toggled)
        self.unused_list = QLabel()
        self.unused_list.setWordWrap(True)
        self.unused_list.setAccessibleName(self.tr("Columns that will not be imported"))
        self.unused_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unused_list.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.offer_frame)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.unused_button)
        layout.addWidget(self.unused_list)
        self._show_editor_for(None)

    # ----------------------------------------------------------------- StepPage
    def title(self) -> str:  # noqa: D102
        return self.tr("Mapping")

    def enter(self, state: WizardState) -> None:  # noqa: D102
        self.state = state
        if state.mapping is None or state.sheet is None:
            self.model = None
            self.table.setModel(None)
            self._refresh()
            return
        key = (id(state.sheet), id(state.mapping), self._settings_key(state.mapping))
        if self.model is None or key != self._model_key:
            self._set_model(MappingModel(state.mapping, state.sheet))
            self._model_key = key
            self._offer = None
            self._missing_columns = self.model.clear_missing_columns()
            if not state.mapping.fields:
                self.model.auto_match()
                self._offer_remembered()
            elif self._missing_columns:
                self.model.auto_match()  # the cleared fields may find a column of this file
        self._refresh()
        self._select_first_problem()
        # Start on the fields themselves (selected on the first problem), not on Auto-match.
        if self.isVisible():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave(self, state: WizardState) -> bool:  # noqa: D102
        # Going back keeps the unfinished mapping; only a complete one is remembered for next time.
        self.store(state)
        if self.is_complete():
            self._remember(state)
        return True

    def store(self, state: WizardState) -> None:
        """Put the edited mapping into ``state`` (also used by "Save mapping" from the menu)."""
        if self.model is not None:
            state.mapping = self.model.to_mapping()
            state.conversion = None
            self._model_key = (
                id(state.sheet),
                id(state.mapping),
                self._settings_key(state.mapping),
            )

    def is_complete(self) -> bool:  # noqa: D102
        return self.model is not None and not self.model.missing_required()

    @staticmethod
    def _settings_key(mapping: Mapping) -> tuple[Any, ...]:
        destination = find(mapping.destination)
        if destination is None or mapping.settings is None:
            return (mapping.destination,)
        return (
            mapping.destination,
            *destination.run_ids(mapping.settings),
            tuple(t.name for t in targets_for(mapping.settings)),
        )

    def _set_model(self, model: MappingModel) -> None:
        self.model = model
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FIELD_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TYPE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SAMPLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        # Wide enough for the longest source ("Fixed value: “Event Loader”"), within reason:
        # the samples column takes the rest.
        metrics, char = self.fontMetrics(), self.fontMetrics().averageCharWidth()
        widest = max(
            (metrics.horizontalAdvance(model.source_text(t.name)) for t in model.targets),
            default=0,
        )
        self.table.setColumnWidth(SOURCE_COLUMN, min(max(widest + 2 * char, 20 * char), 40 * char))
        model.dataChanged.connect(self._on_model_changed)
        model.modelReset.connect(self._on_model_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self._fill_source_combo()

    # ----------------------------------------------------------------- remembered mappings
    def _remember_key(self, mapping: Mapping) -> str | None:
        if self.state.sheet is None:
            return None
        destination = find(mapping.destination)
        if destination is None or mapping.settings is None:
            return None
        app_id, template_id = destination.run_ids(mapping.settings)
        target: Any = template_id if template_id is not None else app_id
        return mapping_key(self.state.sheet.headers, mapping.destination, target)

    def _offer_remembered(self) -> None:
        assert self.state.mapping is not None
        key = self._remember_key(self.state.mapping)
        found = recall_mapping(self.context.settings, key) if key else None
        if found is None:
            return
        data, entry = found
        try:
            remembered = parse_mapping(data)
        except Exception as exc:  # noqa: BLE001 - a stale file is simply not offered
            log.info("remembered mapping unusable: %s", exc)
            return
        # The destination settings of today win; the fields come from last time.
        mapping = self.model.to_mapping() if self.model else self.state.mapping
        mapping.fields = remembered.fields
        mapping.event_id = remembered.event_id
        when = date_text(entry.used_at)
        self._offer = (mapping, when)
        self.offer_label.setText(
            self.tr("You mapped a file with the same columns on %1 (%2). Use that mapping again?")
            .replace("%1", when)
            .replace("%2", entry.source_name)
        )
        self.offer_frame.show()

    def _remember(self, state: WizardState) -> None:
        if state.mapping is None or state.file_path is None or self.context.read_only:
            return
        key = self._remember_key(state.mapping)
        if key is None:
            return
        try:
            remember_mapping(
                self.context.settings,
                key,
                mapping_to_dict(state.mapping),
                state.file_path.name,
                dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            )
            self.context.save_settings()
        except (OSError, ValueError) as exc:
            log.warning("could not remember the mapping: %s", exc)

    @Slot()
    def _on_use_offer_clicked(self) -> None:
        if self._offer is not None and self.model is not None:
            self.model.replace_mapping(self._offer[0])
        self._offer = None
        self.offer_frame.hide()
        self._refresh()
        self._select_first_problem()

    @Slot()
    def _on_ignore_offer_clicked(self) -> None:
        self._offer = None
        self.offer_frame.hide()

    # ----------------------------------------------------------------- toolbar
    @Slot()
    def _on_automatch_clicked(self) -> None:
        if self.model is None:
            return
        count = self.model.auto_match()
        self.status_changed.emit(self.tr("Auto-match found a column for %n fields.", "", count))
        self._refresh(keep_status=True)

    @Slot()
    def _on_load_clicked(self) -> None:
        loader = getattr(self.window(), "load_mapping_file", None)
        if callable(loader):
            loader()

    @Slot()
    def _on_save_clicked(self) -> None:
        saver = getattr(self.window(), "save_mapping_file", None)
        if callable(saver):
            saver()

    # ----------------------------------------------------------------- editor
    def current_target(self) -> str | None:
        """Return the name of the field selected in the table."""
        if self.model is None:
            return None
        index = self.table.currentIndex()
        return self.model.target(index.row()).name if index.isValid() else None

    def select_target(self, name: str) -> None:
        """Select a field's row (and show it in the editor)."""
        if self.model is None:
            return
        row = self.model.row_of(name)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))

    def _select_first_problem(self) -> None:
        if self.model is None or self.model.rowCount() == 0:
            return
        missing = self.model.missing_required()
        if missing:
            self.select_target(missing[0][0])
            return
        for target in self.model.targets:
            if self.model.status(target.name)[0] == "check":
                self.select_target(target.name)
                return
        if not self.table.currentIndex().isValid():
            self.select_target(self.model.targets[0].name)

    def _fill_source_combo(self) -> None:
        blocker = self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("Don't import"), DONT_IMPORT)
        self.source_combo.addItem(self.tr("Fixed value…"), FIXED_VALUE)
        self.source_combo.insertSeparator(2)
        for header in self.model.headers() if self.model else []:
            self.source_combo.addItem(header, header)
        self.source_combo.blockSignals(blocker)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_editor_for(
            self.model.target(current.row()).name if current.isValid() and self.model else None
        )

    def _show_editor_for(self, name: str | None) -> None:
        model = self.model
        self._editing = True
        try:
            enabled = model is not None and name is not None
            self.editor_box.setEnabled(enabled)
            if not enabled:
                self.editor_box.setTitle(self.tr("Field"))
                self.description_label.setText(
                    self.tr("Select a field in the table to change where its value comes from.")
                )
                for widget in (
                    self.fixed_edit,
                    self.format_combo,
                    self.timezone_combo,
                    self.values_button,
                ):
                    self._set_row_visible(widget, False)
                self.samples_label.clear()
                return
            assert model is not None and name is not None
            target = model.target(model.row_of(name))
            rule = model.rule(name)
            self.editor_box.setTitle(target_label(target))
            self.description_label.setText(target_description(target))
            if rule is None:
                index = self.source_combo.findData(DONT_IMPORT)
            elif rule.column:
                index = self.source_combo.findData(rule.column)
            else:
                index = self.source_combo.findData(FIXED_VALUE)
            self.source_combo.setCurrentIndex(index)
            fixed = rule is not None and not rule.column and rule.value is not None
            self._set_row_visible(
                self.fixed_edit, fixed or self.source_combo.currentData() == FIXED_VALUE
            )
            self.fixed_edit.setText("" if not fixed or rule is None else str(rule.value))
            if target.options:
                choices = self.tr("One of: %1").replace(
                    "%1", ", ".join(o.value for o in target.options)
                )
                self.fixed_edit.setPlaceholderText(choices)
                self.fixed_edit.setToolTip(choices)
                completer = QCompleter([o.value for o in target.options], self.fixed_edit)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                self.fixed_edit.setCompleter(completer)
            else:
                self.fixed_edit.setPlaceholderText(self.tr("The same value for every row"))
                self.fixed_edit.setToolTip("")
                self.fixed_edit.setCompleter(None)
            is_date = target.kind in DATE_KINDS
            from_column = rule is not None and bool(rule.column)
            self._set_row_visible(self.format_combo, is_date and from_column)
            self._set_row_visible(self.timezone_combo, is_date)
            if is_date:
                fmt = rule.format if rule else None
                index = self.format_combo.findData(fmt)
                if index < 0 and fmt:
                    self.format_combo.addItem(fmt, fmt)
                    index = self.format_combo.count() - 1
                self.format_combo.setCurrentIndex(max(index, 0))
                tz = rule.timezone if rule else None
                tz_index = self.timezone_combo.findData(tz)
                self.timezone_combo.setCurrentIndex(max(tz_index, 0))
            has_options = bool(target.options) and from_column
            self._set_row_visible(self.values_button, has_options)
            if has_options and rule is not None:
                mapped = len(rule.value_map)
                self.values_label.setText(
                    self.tr(
                        "%n file values are matched by hand; the others match option names by "
                        "themselves.",
                        "",
                        mapped,
                    )
                )
            self._show_samples(name)
        finally:
            self._editing = False

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        if field is self.values_button:
            self.editor_form.setRowVisible(5, visible)
            return
        self.editor_form.setRowVisible(field, visible)

    def _show_samples(self, name: str) -> None:
        if self.model is None:
            return
        lines = []
        for sample in self.model.samples(name):
            if sample.problem:
                line = self.tr("Row %1: %2 \u2192 not sendable: %3").replace("%3", sample.problem)
            else:
                line = self.tr("Row %1: %2 \u2192 %3").replace("%3", sample.sent)
            lines.append(line.replace("%1", str(sample.row_number)).replace("%2", sample.source))
        if not lines:
            rule = self.model.rule(name)
            lines.append(
                self.tr("No value: choose a column or a fixed value.")
                if rule is None
                else self.tr("The column is empty in the first rows.")
            )
        self.samples_label.setText("\n".join(lines))

    @Slot(int)
    def _on_source_activated(self, index: int) -> None:
        if self._editing or self.model is None:
            return
        name = self.current_target()
        if name is None:
            return
        data = self.source_combo.itemData(index)
        if data == DONT_IMPORT:
            self.model.set_rule(name, None)
        elif data == FIXED_VALUE:
            self._set_row_visible(self.fixed_edit, True)
            self.fixed_edit.setFocus()
            return
        elif isinstance(data, str):
            self.model.set_column(name, data)
        self._show_editor_for(name)

    @Slot(str)
    def _on_source_completed(self, text: str) -> None:
        index = self.source_combo.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.source_combo.setCurrentIndex(index)
            self._on_source_activated(index)

    @Slot()
    def _on_fixed_edited(self) -> None:
        if self._editing or self.model is None:
            return
        name = self.current_target()
        if name is None:
            return
        text = self.fixed_edit.text()
        if text:
            self.model.set_value(name, text)
        elif self.source_combo.currentData() == FIXED_VALUE:
            self.model.set_rule(name, None)
        self._show_editor_for(name)

    @Slot(int)
    def _on_format_activated(self, index: int) -> None:
        if self._editing or self.model is None or self.current_target() is None:
            return
        name = self.current_target()
        assert name is not None
        self.model.set_options(name, format=self.format_combo.itemData(index))
        self._show_samples(name)

    @Slot()
    def _on_format_edited(self) -> None:
        if self._editing or self.model is None or self.current_target() is None:
            return
        text = self.format_combo.currentText().strip()
        index = self.format_combo.findText(text)
        if index >= 0:
            return  # an item of the list: handled by activated
        name = self.current_target()
        assert name is not None
        self.model.set_options(name, format=text or None)
        self._show_samples(name)

    @Slot(int)
    def _on_timezone_activated(self, index: int) -> None:
        if self._editing or self.model is None or self.current_target() is None:
            return
        name = self.current_target()
        assert name is not None
        self.model.set_options(name, timezone=self.timezone_combo.itemData(index))
        self._show_samples(name)

    @Slot()
    def _on_values_clicked(self) -> None:
        from app.ui.dialogs.value_map_dialog import ValueMapDialog

        name = self.current_target()
        if self.model is None or name is None or self.state.sheet is None:
            return
        target = self.model.target(self.model.row_of(name))
        rule = self.model.rule(name)
        if rule is None or not rule.column or rule.column not in self.state.sheet.headers:
            return
        position = self.state.sheet.headers.index(rule.column)
        values = [row[position] for row in self.state.sheet.rows]
        dialog = ValueMapDialog(
            target_label(target), values, target.options, dict(rule.value_map), self
        )
        if dialog.exec() == ValueMapDialog.DialogCode.Accepted:
            self.model.set_options(name, value_map=dialog.value_map())
            self._show_editor_for(name)

    @Slot(bool)
    def _on_unused_toggled(self, expanded: bool) -> None:
        self.unused_button.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )
        self.unused_list.setVisible(expanded)

    # ----------------------------------------------------------------- status
    @Slot()
    def _on_model_changed(self, *_args: object) -> None:
        self._refresh()

    def _refresh(self, keep_status: bool = False) -> None:
        model = self.model
        enabled = model is not None
        for widget in (self.automatch_button, self.save_button, self.table):
            widget.setEnabled(enabled)
        if model is None:
            self.completeness_changed.emit(False)
            self.status_changed.emit(self.tr("Choose a file and a destination first."))
            return
        unused = model.unused_columns()
        self.unused_button.setText(self.tr("%n columns will not be imported", "", len(unused)))
        self.unused_button.setVisible(bool(unused))
        self.unused_list.setText(", ".join(unused))
        if not unused:
            self.unused_list.hide()
        shared = model.shared_columns()
        warnings = [
            self.tr("The column \u201c%1\u201d feeds several fields: %2.")
            .replace("%1", column)
            .replace("%2", ", ".join(labels))
            for column, labels in shared.items()
        ]
        if self._missing_columns:
            warnings.insert(
                0,
                self.tr("This file has no column %1: the fields it fed were cleared.").replace(
                    "%1", ", ".join(f"\u201c{c}\u201d" for c in self._missing_columns)
                ),
            )
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        missing = model.missing_required()
        complete = not missing
        self.completeness_changed.emit(complete)
        if keep_status:
            return
        if missing:
            self.status_changed.emit(self.tr("%n required fields are not mapped", "", len(missing)))
        else:
            counts = model.status_counts()
            if counts["check"]:
                self.status_changed.emit(
                    self.tr("%n fields need a check; the others are ready.", "", counts["check"])
                )
            else:
                self.status_changed.emit(self.tr("Every required field is mapped."))
        name = self.current_target()
        if name is not None and not self._editing:
            self._show_editor_for(name)
