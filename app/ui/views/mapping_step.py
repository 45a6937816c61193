"""Step 3, Mapping: which column (or fixed value) feeds each field of the event.

A table lists every target field (required first) with where its value comes from, a live sample
and a status; the editor below it changes the selected field. Auto-match runs on entering with an
empty mapping; the mapping last used for a file with the same columns and destination is offered
again. Next stays disabled while required fields are unmapped, and says how many. Under the
table: the unused columns, HubSpot extra data fields, and "What makes a row unique" (the mapping's
``event_id`` columns, always columns of this file).

Nothing here is replaced from inside its own signal: the editor's widgets and completer are made
once (``mapping_editor``), a typed fixed value is committed once its key or click is handled, and
an old table model is kept until the table has let go of it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QWidget,
)

from app.core.conversion.dates import local_zone_name
from app.core.conversion.mapping import Mapping, targets_for
from app.core.destinations import find
from app.ui.context import AppContext
from app.ui.dialogs.value_map_dialog import ValueMapDialog
from app.ui.models.mapping_model import (
    FIELD_COLUMN,
    SAMPLE_COLUMN,
    SOURCE_COLUMN,
    STATUS_COLUMN,
    TYPE_COLUMN,
    MappingModel,
)
from app.ui.state import WizardState
from app.ui.step_base import StepPage, page_layout
from app.ui.text.problems import date_format_example
from app.ui.text.targets import target_description, target_label
from app.ui.views.mapping_editor import (
    DONT_IMPORT,
    FIXED_VALUE,
    UTC_ZONE,
    FieldEditor,
    date_formats,
    date_order_text,
    samples_text,
)
from app.ui.views.mapping_event_id import EventIdPanel
from app.ui.views.mapping_extra import EXTRA_PREFIX, ExtraDataActions
from app.ui.views.mapping_remember import RememberedMappings

log = logging.getLogger(__name__)

DATE_KINDS = ("date", "datetime")
__all__ = ["DONT_IMPORT", "FIXED_VALUE", "MappingStep", "date_formats"]


class MappingStep(RememberedMappings, ExtraDataActions, StepPage):
    """Step 3: map the sheet's columns to the event's fields."""

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context or AppContext()
        self.state = WizardState()
        self.model: MappingModel | None = None
        self._model_key: tuple[Any, ...] | None = None
        self._offer: tuple[Mapping, str] | None = None
        self._missing_columns: list[str] = []  # columns of the mapping this file does not have
        self._dropped_event_columns: list[str] = []  # unique-row columns this file does not have
        self._editing = False
        self._pending_fixed: tuple[str, str] | None = None  # (field, text) not committed yet
        self._editor_target: str | None = None  # the field the editor shows
        self._retired_models: list[MappingModel] = []  # kept until the table let go of them
        self.local_zone = local_zone_name()
        self._build()

    # ----------------------------------------------------------------- layout
    def _build(self) -> None:
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
        # The title wraps (StepHeader): with the three buttons, French would widen the window.
        top = self.header(
            QLabel(self.tr("Which column goes into which field?")),
            trailing=[self.automatch_button, self.load_button, self.save_button],
        )

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

        # Editor of the selected field: every widget made once (see mapping_editor).
        self.editor_box = FieldEditor()
        editor = self.editor_box
        editor.fill_timezones(self.local_zone)
        self.source_combo = editor.source_combo
        self.fixed_edit = editor.fixed_edit
        self.format_combo = editor.format_combo
        self.timezone_combo = editor.timezone_combo
        self.values_button = editor.values_button
        self.values_label = editor.values_label
        self.samples_label = editor.samples_label
        self.description_label = editor.description_label
        self.extra_name_edit = editor.extra_name_edit
        self.remove_extra_button = editor.remove_extra_button
        self.source_combo.activated.connect(self._on_source_activated)
        self.fixed_edit.editingFinished.connect(self._on_fixed_edited)
        self.format_combo.activated.connect(self._on_format_activated)
        self.timezone_combo.activated.connect(self._on_timezone_activated)
        self.values_button.clicked.connect(self._on_values_clicked)
        self.extra_name_edit.editingFinished.connect(self._on_extra_name_edited)
        self.remove_extra_button.clicked.connect(self._on_remove_extra_clicked)
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        editor_scroll.setWidget(editor)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mappingSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(editor_scroll)
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
        self.add_extra_button = QPushButton(self.tr("Add &extra data"))
        self.add_extra_button.setToolTip(
            self.tr("Add a free-form field shown in the event's details in HubSpot.")
        )
        self.add_extra_button.clicked.connect(self._on_add_extra_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.unused_button)
        bottom.addStretch(1)
        bottom.addWidget(self.add_extra_button)
        self.event_id_panel = EventIdPanel()
        self.event_id_panel.columns_changed.connect(self._on_event_columns_changed)

        layout = page_layout(self)
        layout.addWidget(top)
        layout.addWidget(self.offer_frame)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.unused_list)
        layout.addWidget(self.event_id_panel)
        self._show_editor_for(None)

    # ----------------------------------------------------------------- StepPage
    def title(self) -> str:  # noqa: D102
        return self.tr("Mapping")

    def help_text(self) -> str:  # noqa: D102
        return self.tr("Each field of the event takes its value from a column of your file.")

    def enter(self, state: WizardState) -> None:  # noqa: D102
        self.state = state
        if state.mapping is None or state.sheet is None:
            self._set_model(None)
            self._refresh()
            return
        key = (id(state.sheet), id(state.mapping), self._settings_key(state.mapping))
        if self.model is None or key != self._model_key:
            model = MappingModel(state.mapping, state.sheet)
            model.default_timezone = None if self.local_zone == UTC_ZONE else self.local_zone
            self._set_model(model)
            self._model_key = key
            self._offer = None
            self._missing_columns = model.clear_missing_columns()
            self._dropped_event_columns = model.clear_missing_event_columns()
            if not state.mapping.fields:
                model.auto_match()
                self._offer_remembered()
            elif self._missing_columns:
                model.auto_match()  # the cleared fields may find a column of this file
            self._show_event_columns()
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
        self._take_typing()  # a value typed just before Alt+N or Ctrl+S counts
        self._commit_fixed()
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

    def _set_model(self, model: MappingModel | None) -> None:
        # The table lets go of the old model before it may be freed, never the other way round.
        old = self.model
        self.table.setModel(model)
        self.model = model
        if old is not None:
            self._retired_models = [old]  # freed at the next change, long after its last signal
        if model is None:
            self.event_id_panel.show_columns([], [])
            return
        header = self.table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrow title ends in "…"
        header.setSectionResizeMode(FIELD_COLUMN, QHeaderView.ResizeMode.Interactive)
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
        self.table.setColumnWidth(SOURCE_COLUMN, min(max(widest + 2 * char, 16 * char), 34 * char))
        # Field names as wide as they need, within reason, so the samples keep room (French
        # labels such as "Jeton utilisateur (utk) (ou E-mail, ID de fiche)" are long).
        field_width = self.table.sizeHintForColumn(FIELD_COLUMN)
        room = max(26 * char, self.table.viewport().width() // 4)
        self.table.setColumnWidth(FIELD_COLUMN, min(field_width, room))
        model.dataChanged.connect(self._on_model_changed)
        model.modelReset.connect(self._on_model_changed)
        model.rowsInserted.connect(self._on_model_changed)
        model.rowsRemoved.connect(self._on_model_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self._fill_source_combo()
        destination = find(model.to_mapping().destination)
        # Free-form extra data is a field kind of its own, not every destination has it.
        self.add_extra_button.setVisible(
            destination is not None and "extraData." in destination.named_prefixes
        )

    def _show_event_columns(self) -> None:
        """Show the unique-row columns of the model, and which ones this file lacked."""
        if self.model is None:
            return
        self.event_id_panel.show_columns(self.model.headers(), self.model.event_id_columns())
        self.event_id_panel.show_notice(self._dropped_event_columns)

    # ----------------------------------------------------------------- toolbar
    @Slot()
    def _on_automatch_clicked(self) -> None:
        if self.model is None:
            return
        count = self.model.auto_match()
        # Unique-row columns follow the file: one this file lacks is dropped, and said so.
        dropped = self.model.clear_missing_event_columns()
        if dropped:
            self._dropped_event_columns = dropped
        self._show_event_columns()
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
        self._take_typing()  # a value still being typed belongs to the field it was typed for
        self._commit_fixed(refresh=False)
        self._show_editor_for(
            self.model.target(current.row()).name if current.isValid() and self.model else None
        )

    def _show_editor_for(self, name: str | None) -> None:
        """Fill the editor for a field; widgets and the completer are updated, never replaced."""
        model, editor = self.model, self.editor_box
        self._editing = True
        try:
            enabled = model is not None and name is not None
            editor.setEnabled(enabled)
            if not enabled:
                editor.setTitle(self.tr("Field"))
                self.description_label.setText(
                    self.tr("Select a field in the table to change where its value comes from.")
                )
                editor.hide_optional_rows()
                self.samples_label.clear()
                return
            assert model is not None and name is not None
            target = model.target(model.row_of(name))
            rule = model.rule(name)
            editor.setTitle(target_label(target))
            self.description_label.setText(target_description(target))
            # Text being typed is kept while the same field is refreshed, replaced for another.
            same_field, self._editor_target = name == self._editor_target, name
            self._show_source(rule, typing=same_field and self.fixed_edit.hasFocus())
            self._show_fixed(target, rule, keep_text=same_field)
            self._show_dates(name, target.kind, rule)
            has_options = bool(target.options) and rule is not None and bool(rule.column)
            editor.set_row_visible(editor.values_row, has_options)
            if has_options and rule is not None:
                self.values_label.setText(
                    self.tr(
                        "%n file values are matched by hand; the others match option names by "
                        "themselves.",
                        "",
                        len(rule.value_map),
                    )
                )
            is_extra = name.startswith(EXTRA_PREFIX)
            editor.set_row_visible(editor.extra_row, is_extra)
            if is_extra and not (same_field and self.extra_name_edit.hasFocus()):
                self.extra_name_edit.setText(name[len(EXTRA_PREFIX) :])
            self._show_samples(name)
        finally:
            self._editing = False

    def _show_source(self, rule: Any, typing: bool) -> None:
        if rule is None or (not rule.column and rule.value in (None, "")):
            # "Fixed value…" chosen and the value still being typed: stay on it.
            typing = typing and self.source_combo.currentData() == FIXED_VALUE
            data: str = FIXED_VALUE if typing else DONT_IMPORT
        elif rule.column:
            data = rule.column
        else:
            data = FIXED_VALUE
        self.source_combo.setCurrentIndex(max(self.source_combo.findData(data), 0))

    def _show_fixed(self, target: Any, rule: Any, keep_text: bool) -> None:
        fixed = rule is not None and not rule.column and rule.value not in (None, "")
        self.editor_box.set_row_visible(
            self.fixed_edit, fixed or self.source_combo.currentData() == FIXED_VALUE
        )
        if not (keep_text and self.fixed_edit.hasFocus()):
            self.fixed_edit.setText(str(rule.value) if fixed else "")
        # The labels the marketer sees in HubSpot, unless this mapping reads values only.
        by_label = rule is None or rule.match_labels
        options = [(o.label or o.value) if by_label else o.value for o in target.options]
        self.editor_box.set_options(options)  # the same completer, another list
        if options:
            choices = self.tr("One of: %1").replace("%1", ", ".join(options))
            self.fixed_edit.setPlaceholderText(choices)
            self.fixed_edit.setToolTip(choices)
        else:
            self.fixed_edit.setPlaceholderText(self.tr("The same value for every row"))
            self.fixed_edit.setToolTip("")

    def _show_dates(self, name: str, kind: str, rule: Any) -> None:
        editor = self.editor_box
        is_date = kind in DATE_KINDS
        from_column = rule is not None and bool(rule.column)
        editor.set_row_visible(self.format_combo, is_date and from_column)
        editor.set_row_visible(self.timezone_combo, is_date)
        editor.set_row_visible(editor.format_hint, False)
        if not is_date:
            return
        fmt = rule.format if rule else None
        index = self.format_combo.findData(fmt)
        if index < 0 and fmt:
            self.format_combo.addItem(date_format_example(fmt), fmt)
            index = self.format_combo.count() - 1
        self.format_combo.setCurrentIndex(max(index, 0))
        tz = rule.timezone if rule and rule.timezone else UTC_ZONE
        self.timezone_combo.setCurrentIndex(max(self.timezone_combo.findData(tz), 0))
        order = self.model.date_order(name) if self.model and from_column and not fmt else None
        hint = date_order_text(order)
        editor.format_hint.setText(hint)
        editor.set_row_visible(editor.format_hint, bool(hint))

    def _show_samples(self, name: str) -> None:
        if self.model is not None:
            rule = self.model.rule(name)
            unset = rule is None or (not rule.column and rule.value in (None, ""))
            self.samples_label.setText(samples_text(self.model.samples(name), unset))

    @Slot(int)
    def _on_source_activated(self, index: int) -> None:
        if self._editing or self.model is None:
            return
        name = self.current_target()
        if name is None:
            return
        data = self.source_combo.itemData(index)
        if data == FIXED_VALUE:
            self.editor_box.set_row_visible(self.fixed_edit, True)
            if self.source_combo.chosen_from_list():  # typed letters stay in the list
                self.fixed_edit.setFocus()
            return
        self._commit_fixed()
        if data == DONT_IMPORT:
            self.model.set_rule(name, None)
        elif isinstance(data, str):
            self.model.set_column(name, data)
        self._show_editor_for(name)

    @Slot()
    def _on_fixed_edited(self) -> None:
        """Remember what was typed; commit it once the key or click that ended it is handled.

        Tab with the suggestion list open reaches here from inside the completer's own event
        handler: changing the model (and the editor with it) right now is what crashed.
        """
        if self._editing or self.model is None:
            return
        name = self.current_target()
        if name is None:
            return
        self._pending_fixed = (name, self.fixed_edit.text())
        QTimer.singleShot(0, self, self._commit_fixed)

    def _take_typing(self) -> None:
        """Treat the fixed value being typed as finished (focus never left the line)."""
        if self.fixed_edit.hasFocus() and self._editor_target and self._pending_fixed is None:
            self._pending_fixed = (self._editor_target, self.fixed_edit.text())

    def _commit_fixed(self, refresh: bool = True) -> None:
        pending, self._pending_fixed = self._pending_fixed, None
        if pending is None or self.model is None:
            return
        name, text = pending
        rule = self.model.rule(name)
        if text.strip():
            if rule is None or rule.column or rule.value != text:
                self.model.set_value(name, text)
        elif rule is not None and not rule.column:
            self.model.set_rule(name, None)
        current = self.current_target()
        if refresh and current is not None:
            self._show_editor_for(current)

    @Slot(int)
    def _on_format_activated(self, index: int) -> None:
        if self._editing or self.model is None or self.current_target() is None:
            return
        name = self.current_target()
        assert name is not None
        self.model.set_options(name, format=self.format_combo.itemData(index))
        self._show_editor_for(name)

    @Slot(int)
    def _on_timezone_activated(self, index: int) -> None:
        if self._editing or self.model is None or self.current_target() is None:
            return
        name = self.current_target()
        assert name is not None
        zone = self.timezone_combo.itemData(index)
        self.model.set_options(name, timezone=None if zone == UTC_ZONE else zone)
        self._show_samples(name)

    @Slot()
    def _on_values_clicked(self) -> None:

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

    @Slot(list)
    def _on_event_columns_changed(self, columns: list[str]) -> None:
        if self.model is None:
            return
        self.model.set_event_id_columns(columns)
        if columns:
            self._dropped_event_columns = []
            self.event_id_panel.show_notice([])

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
