"""The custom events page of the Destination step: the account's definitions and their properties.

HubSpot custom event definitions are listed like templates (label, name, primary object, property
count); the chosen one's properties are shown with their types. Listing runs off the GUI thread
(``app.ui.connection.fetch_definitions``); ``changed`` tells the step to refresh its state.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import status_icon_name
from app.ui.state import Account
from app.ui.text.api_errors import api_error_text

# The strings keep the Destination step's translation context ("DestinationStep").


class StatusLine(QWidget):
    """An icon and a sentence: status never by colour alone."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(accessible_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)

    def show_status(self, icon: QStyle.StandardPixmap | None, text: str) -> None:
        """Show ``text`` with ``icon`` (None: no icon)."""
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setVisible(icon is not None)  # no empty indent before an icon-less sentence
        if icon is None:
            self.icon.clear()
            self.icon.setAccessibleName("")
        else:
            self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
            self.icon.setAccessibleName(status_icon_name(icon))
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))


class DefinitionPage(QGroupBox):
    """The definitions of one custom events account, the chosen one and its properties."""

    changed = Signal()  # the list or the choice changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DestinationStep", "Custom event"), parent)
        self.definitions: list[dict[str, Any]] = []
        self.listed_for: tuple[str, int] | None = None  # (base_url, portal id) listed
        self.account: Account | None = None
        self._worker: Any = None
        self.combo = QComboBox()
        self.combo.setAccessibleName(QCoreApplication.translate("DestinationStep", "Custom event"))
        self.combo.activated.connect(self._on_activated)
        label = QLabel(QCoreApplication.translate("DestinationStep", "E&vent:"))
        label.setBuddy(self.combo)
        self.refresh_button = QPushButton(
            QCoreApplication.translate("DestinationStep", "Rel&oad list")
        )
        self.refresh_button.setAccessibleName(
            QCoreApplication.translate("DestinationStep", "Refresh the list of custom events")
        )
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.refresh_button)
        self.status = StatusLine(
            QCoreApplication.translate("DestinationStep", "Custom event status")
        )
        self.properties_tree = QTreeWidget()
        self.properties_tree.setAccessibleName(
            QCoreApplication.translate("DestinationStep", "Properties of the custom event")
        )
        self.properties_tree.setHeaderLabels(
            [
                QCoreApplication.translate("DestinationStep", "Property"),
                QCoreApplication.translate("DestinationStep", "Name in HubSpot"),
                QCoreApplication.translate("DestinationStep", "Type"),
                QCoreApplication.translate("DestinationStep", "Options"),
            ]
        )
        self.properties_tree.setRootIsDecorated(False)
        self.properties_tree.setUniformRowHeights(True)
        self.properties_tree.setAlternatingRowColors(True)
        self.properties_tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.properties_tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.properties_tree, 1)

    def current_definition(self) -> dict[str, Any] | None:
        """Return the definition chosen in the combo."""
        name = self.combo.currentData()
        for definition in self.definitions:
            if definition.get("fullyQualifiedName") == name:
                return definition
        return None

    def set_definitions(self, definitions: list[dict[str, Any]], account: Account) -> None:
        """Take a list the account's connection test already fetched."""
        self.definitions = list(definitions)
        self.listed_for = (account.base_url, account.app_id)

    def ensure_listed(self, account: Account) -> None:
        """List the account's definitions unless they already are."""
        self.account = account
        if self.listed_for != (account.base_url, account.app_id):
            self.fetch(account)

    def fetch(self, account: Account) -> None:
        """List the account's definitions in the background."""
        from app.ui.connection import fetch_definitions
        from app.ui.workers import run_task

        self.account = account
        self.listed_for = (account.base_url, account.app_id)
        self.status.show_status(
            QStyle.StandardPixmap.SP_BrowserReload,
            QCoreApplication.translate("DestinationStep", "Listing the custom events…"),
        )
        self._worker = run_task(
            lambda: fetch_definitions(account), self._on_fetched, self._on_failed
        )

    def _on_fetched(self, definitions: list[dict[str, Any]]) -> None:
        self.definitions = definitions
        self.status.show_status(None, "")
        self.changed.emit()

    def _on_failed(self, message: str, error: BaseException) -> None:
        self.listed_for = None
        text = api_error_text(error, "HubSpot") if hasattr(error, "code") else message
        self.status.show_status(QStyle.StandardPixmap.SP_MessageBoxWarning, text)

    @Slot()
    def _on_refresh_clicked(self) -> None:
        if self.account is not None:
            self.fetch(self.account)

    @Slot(int)
    def _on_activated(self, _index: int) -> None:
        self._show_properties()
        self.changed.emit()

    def refresh(self, account: Account | None, select: str | None) -> None:
        """Fill the list (keeping the choice, else ``select``) and say what is left to do."""
        self.account = account
        self._fill(select)
        self.refresh_button.setEnabled(account is not None and account.verified)
        if account is None:
            self.status.show_status(
                None,
                QCoreApplication.translate("DestinationStep", "Add or choose an account first."),
            )
        elif self.listed_for is not None and not self.definitions:
            self.status.show_status(
                QStyle.StandardPixmap.SP_MessageBoxInformation,
                QCoreApplication.translate(
                    "DestinationStep",
                    "No custom events were found in this account. Create one in HubSpot "
                    "(Data Management, Custom events), then refresh the list.",
                ),
            )
        elif self.definitions and self.current_definition() is None:
            self.status.show_status(
                None,
                QCoreApplication.translate(
                    "DestinationStep", "Choose the custom event the rows will send."
                ),
            )
        elif self.listed_for is not None:
            self.status.show_status(None, "")

    def _fill(self, select: str | None) -> None:
        current = self.combo.currentData()
        if current is not None:
            select = current
        blocker = self.combo.blockSignals(True)
        self.combo.clear()
        for definition in self.definitions:
            labels = definition.get("labels") or {}
            count = len(definition.get("properties") or [])
            text = (
                QCoreApplication.translate(
                    "DestinationStep", "%1 · %2 · %3 · %n properties", "", count
                )
                .replace("%1", str(labels.get("singular") or definition.get("name", "")))
                .replace("%2", str(definition.get("fullyQualifiedName", "")))
                .replace("%3", str(definition.get("primaryObject", "")).lower())
            )
            self.combo.addItem(text, definition.get("fullyQualifiedName"))
        self.combo.setCurrentIndex(self.combo.findData(select) if select is not None else -1)
        self.combo.blockSignals(blocker)
        self._show_properties()

    def _show_properties(self) -> None:
        self.properties_tree.clear()
        definition = self.current_definition()
        if definition is None:
            return
        type_names = {
            "string": QCoreApplication.translate("DestinationStep", "text"),
            "number": QCoreApplication.translate("DestinationStep", "number"),
            "datetime": QCoreApplication.translate("DestinationStep", "date and time"),
            "enumeration": QCoreApplication.translate("DestinationStep", "list of options"),
        }
        for prop in definition.get("properties") or []:
            options = ", ".join(str(o.get("label", "")) for o in prop.get("options") or [])
            item = QTreeWidgetItem(
                [
                    str(prop.get("label") or prop.get("name")),
                    str(prop.get("name")),
                    type_names.get(str(prop.get("type")), str(prop.get("type"))),
                    options,
                ]
            )
            # The same row height as the other tables of the window (text plus padding), and
            # the label's own width, so the column fits it.
            metrics = self.fontMetrics()
            width = metrics.horizontalAdvance(item.text(0)) + 2 * metrics.averageCharWidth()
            item.setSizeHint(0, QSize(width, metrics.height() + 8))
            self.properties_tree.addTopLevelItem(item)
        for column in range(3):
            self.properties_tree.resizeColumnToContents(column)
