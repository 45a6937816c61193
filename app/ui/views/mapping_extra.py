"""Mapping step: HubSpot extra data fields, added, renamed and removed by the user.

A mixin of ``MappingStep``. Renaming changes the table row under the editor, so it runs once the
key or click that finished the name is handled, never from inside the line edit's own signal.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot

EXTRA_PREFIX = "extraData."


class ExtraDataActions:
    """Slots of the "Add extra data" button and of the editor's name and remove widgets."""

    model: Any
    extra_name_edit: Any
    status_changed: Any

    @Slot()
    def _on_add_extra_clicked(self) -> None:
        if self.model is None:
            return
        self._commit_fixed()
        number = 1
        while self.model.extra_name_problem(
            QCoreApplication.translate("MappingStep", "field %1").replace("%1", str(number))
        ):
            number += 1
        target = self.model.add_extra(
            QCoreApplication.translate("MappingStep", "field %1").replace("%1", str(number))
        )
        self.select_target(target)
        self.extra_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.extra_name_edit.selectAll()

    @Slot()
    def _on_extra_name_edited(self) -> None:
        name = self.current_target()
        if self._editing or self.model is None or name is None:
            return
        if not name.startswith(EXTRA_PREFIX):
            return
        # Renaming changes the table row under the editor: after this key or click is handled.
        QTimer.singleShot(0, self, lambda: self._rename_extra(name, self.extra_name_edit.text()))

    def _rename_extra(self, target: str, text: str) -> None:
        if self.model is None or target not in {t.name for t in self.model.targets}:
            return
        current = target[len(EXTRA_PREFIX) :]
        problem = self.model.extra_name_problem(text, current)
        if problem is not None:
            message = {
                "taken": QCoreApplication.translate(
                    "MappingStep", "Another extra data field is already called \u201c%1\u201d."
                ),
                "empty": QCoreApplication.translate(
                    "MappingStep", "An extra data field needs a name."
                ),
            }.get(
                problem,
                QCoreApplication.translate(
                    "MappingStep", "\u201c%1\u201d cannot name a field: leave out the dots."
                ),
            )
            self.status_changed.emit(message.replace("%1", text.strip()))
            self.extra_name_edit.setText(current)
            return
        renamed = self.model.rename_extra(target, text)
        self.select_target(renamed)

    @Slot()
    def _on_remove_extra_clicked(self) -> None:
        name = self.current_target()
        if self.model is None or name is None or not name.startswith(EXTRA_PREFIX):
            return
        row = self.model.row_of(name)
        self.model.remove_extra(name)
        if self.model.rowCount():
            self.select_target(self.model.target(min(row, self.model.rowCount() - 1)).name)
        self.status_changed.emit(
            QCoreApplication.translate(
                "MappingStep", "Extra data field \u201c%1\u201d removed."
            ).replace("%1", name[len(EXTRA_PREFIX) :])
        )
