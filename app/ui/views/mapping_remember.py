"""Mapping step: offer again the mapping last used for a file with the same columns.

A mixin of ``MappingStep`` (kept apart so each module stays small); it reads and writes the step's
``state``, ``model``, ``context`` and offer widgets.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot

from app.core.conversion.mapping import Mapping, mapping_to_dict, parse_mapping
from app.core.destinations import find
from app.core.settings import mapping_key, recall_mapping, remember_mapping
from app.ui.state import WizardState
from app.ui.wording import date_text

log = logging.getLogger(__name__)


class RememberedMappings:
    """Remember a complete mapping per set of columns and destination; offer it next time."""

    state: Any
    model: Any
    context: Any
    _offer: Any

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
            QCoreApplication.translate(
                "MappingStep",
                "You mapped a file with the same columns on %1 (%2). Use that mapping again?",
            )
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
            self._dropped_event_columns = self.model.clear_missing_event_columns()
            self._show_event_columns()
        self._offer = None
        self.offer_frame.hide()
        self._refresh()
        self._select_first_problem()

    @Slot()
    def _on_ignore_offer_clicked(self) -> None:
        self._offer = None
        self.offer_frame.hide()
