"""Type in a HubSpot event template by hand (when there is no developer API key to list them).

The user copies the template ID and its tokens from the template's page in HubSpot; the result is
the same JSON shape the API lists, so the rest of the window cannot tell the difference.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

OBJECT_TYPES = ("contacts", "companies", "deals", "tickets")
TOKEN_TYPES = ("string", "number", "date", "enumeration")
NAME_COLUMN, TYPE_COLUMN, OPTIONS_COLUMN = range(3)


def parse_options(text: str) -> list[dict[str, str]]:
    """Parse ``Attended live=live, Watched replay=replay`` (a bare ``live`` is its own label)."""
    options = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        label, _, value = part.partition("=")
        label, value = label.strip(), value.strip()
        options.append({"label": label, "value": value or label})
    return options


class TemplateDialog(QDialog):
    """Template ID, name, record type and tokens, as shown on the template's page in HubSpot."""

    def __init__(
        self, parent: QWidget | None = None, template: dict[str, Any] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter an event template"))
        intro = QLabel(
            self.tr(
                "Copy these from your app's Timeline events page in your HubSpot developer "
                "account. "
                "Token names are case-sensitive."
            )
        )
        intro.setWordWrap(True)
        self.id_edit = QLineEdit()
        self.id_edit.setValidator(QIntValidator(1, 2_147_483_647, self))
        self.id_edit.setAccessibleName(self.tr("Template ID"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Template name"))
        self.object_combo = QComboBox()
        self.object_combo.setAccessibleName(self.tr("Record type"))
        for value, text in zip(
            OBJECT_TYPES,
            (self.tr("Contacts"), self.tr("Companies"), self.tr("Deals"), self.tr("Tickets")),
            strict=True,
        ):
            self.object_combo.addItem(text, value)
        form = QFormLayout()
        form.addRow(self.tr("Template &ID:"), self.id_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Record type:"), self.object_combo)

        self.tokens_table = QTableWidget(0, 3)
        self.tokens_table.setHorizontalHeaderLabels(
            [self.tr("Token name"), self.tr("Type"), self.tr("Options (label=value, …)")]
        )
        self.tokens_table.setAccessibleName(self.tr("Tokens"))
        self.tokens_table.horizontalHeader().setSectionResizeMode(
            OPTIONS_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.tokens_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tokens_label = QLabel(self.tr("&Tokens:"))
        tokens_label.setBuddy(self.tokens_table)
        self.add_button = QPushButton(self.tr("&Add token"))
        self.remove_button = QPushButton(self.tr("Re&move token"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        token_buttons = QHBoxLayout()
        token_buttons.addWidget(self.add_button)
        token_buttons.addWidget(self.remove_button)
        token_buttons.addStretch(1)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(tokens_label)
        layout.addWidget(self.tokens_table, 1)
        layout.addLayout(token_buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 28)
        if template:
            self._load(template)
        else:
            self._on_add_clicked()

    def _load(self, template: dict[str, Any]) -> None:
        self.id_edit.setText(str(template.get("id", "")))
        self.name_edit.setText(str(template.get("name", "")))
        index = self.object_combo.findData(template.get("objectType", "contacts"))
        self.object_combo.setCurrentIndex(max(index, 0))
        for token in template.get("tokens", []):
            options = ", ".join(f"{o['label']}={o['value']}" for o in token.get("options", []))
            self.add_token(token.get("name", ""), token.get("type", "string"), options)

    def add_token(self, name: str = "", kind: str = "string", options: str = "") -> None:
        """Append a token row."""
        row = self.tokens_table.rowCount()
        self.tokens_table.insertRow(row)
        self.tokens_table.setItem(row, NAME_COLUMN, QTableWidgetItem(name))
        combo = QComboBox()
        labels = (self.tr("Text"), self.tr("Number"), self.tr("Date"), self.tr("List of options"))
        for value, label in zip(TOKEN_TYPES, labels, strict=True):
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(kind), 0))
        combo.setAccessibleName(self.tr("Token type"))
        self.tokens_table.setCellWidget(row, TYPE_COLUMN, combo)
        header = self.tokens_table.horizontalHeader()
        header.resizeSection(
            TYPE_COLUMN, max(header.sectionSize(TYPE_COLUMN), combo.sizeHint().width())
        )
        self.tokens_table.setItem(row, OPTIONS_COLUMN, QTableWidgetItem(options))

    @Slot()
    def _on_add_clicked(self) -> None:
        self.add_token()
        self.tokens_table.setCurrentCell(self.tokens_table.rowCount() - 1, NAME_COLUMN)

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = self.tokens_table.currentRow()
        if row >= 0:
            self.tokens_table.removeRow(row)

    def template(self) -> dict[str, Any] | None:
        """Return the template in the API's JSON shape, or None when it is not usable yet."""
        if not self.id_edit.text():
            self.error_label.setText(self.tr("Enter the template ID."))
            return None
        tokens = []
        for row in range(self.tokens_table.rowCount()):
            item = self.tokens_table.item(row, NAME_COLUMN)
            name = item.text().strip() if item else ""
            if not name:
                continue
            combo = self.tokens_table.cellWidget(row, TYPE_COLUMN)
            kind = combo.currentData() if isinstance(combo, QComboBox) else "string"
            options_item = self.tokens_table.item(row, OPTIONS_COLUMN)
            options = parse_options(options_item.text() if options_item else "")
            if kind == "enumeration" and not options:
                self.error_label.setText(
                    self.tr(
                        "Token %1 is a list of options: enter them as label=value, separated by "
                        "commas."
                    ).replace("%1", name)
                )
                return None
            tokens.append(
                {
                    "name": name,
                    "type": kind,
                    "label": name,
                    "options": options if kind == "enumeration" else [],
                }
            )
        return {
            "id": self.id_edit.text(),
            "name": self.name_edit.text().strip()
            or self.tr("Template %1").replace("%1", self.id_edit.text()),
            "objectType": self.object_combo.currentData(),
            "tokens": tokens,
        }

    @Slot()
    def _on_accepted(self) -> None:
        if self.template() is not None:
            self.accept()
