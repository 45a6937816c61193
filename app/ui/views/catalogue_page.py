"""The catalogue page of the Destination step: what an account lists, and the chosen entry's fields.

For a destination whose account lists what events can be sent to (``Destination.catalogue``), the
entries are listed like templates and the chosen one's fields are shown with their types, in the
destination's own words (English in its module, translated here in the "Destinations" context).
Listing runs off the GUI thread (``app.ui.connection.fetch_catalogue``); ``changed`` tells the
step to refresh its state.
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

from app.core.destinations import Destination
from app.ui.connection import fetch_catalogue
from app.ui.dialogs.account_dialog import destination_name
from app.ui.icons import status_icon_name
from app.ui.state import Account
from app.ui.text.api_errors import api_error_text
from app.ui.workers import run_task

# The page's own strings keep the Destination step's translation context ("DestinationStep").


def destination_text(text: str, n: int = -1) -> str:
    """Translate a text a destination module wrote (context "Destinations")."""
    return QCoreApplication.translate("Destinations", text, None, n) if text else ""


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


class CataloguePage(QGroupBox):
    """The entries one account lists, the chosen one and its fields."""

    changed = Signal()  # the list or the choice changed

    def __init__(self, destination: Destination, parent: QWidget | None = None) -> None:
        catalogue = destination.catalogue
        assert catalogue is not None
        super().__init__(destination_text(catalogue.title), parent)
        self.destination = destination
        self.catalogue = catalogue
        self.entries: list[dict[str, Any]] = []
        self.listed_for: tuple[str, int] | None = None  # (base_url, account id) listed
        self.account: Account | None = None
        self._worker: Any = None
        self.combo = QComboBox()
        # An empty box read as "nothing there"; it says there is a list to open.
        self.combo.setPlaceholderText(
            QCoreApplication.translate("DestinationStep", "Choose from the list…")
        )
        self.combo.setAccessibleName(destination_text(catalogue.title))
        self.combo.activated.connect(self._on_activated)
        label = QLabel(destination_text(catalogue.combo_label))
        label.setBuddy(self.combo)
        self.refresh_button = QPushButton(
            QCoreApplication.translate("DestinationStep", "Rel&oad list")
        )
        self.refresh_button.setAccessibleName(destination_text(catalogue.reload_name))
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.refresh_button)
        self.status = StatusLine(destination_text(catalogue.status_name))
        self.fields_tree = QTreeWidget()
        self.fields_tree.setAccessibleName(destination_text(catalogue.fields_name))
        self.fields_tree.setHeaderLabels([destination_text(c) for c in catalogue.columns])
        for column in range(len(catalogue.columns) - 1):  # titles read whole before a list comes
            self.fields_tree.resizeColumnToContents(column)
        self.fields_tree.setRootIsDecorated(False)
        self.fields_tree.setUniformRowHeights(True)
        self.fields_tree.setAlternatingRowColors(True)
        self.fields_tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fields_tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.fields_tree, 1)

    def current_entry(self) -> dict[str, Any] | None:
        """Return the entry chosen in the combo."""
        key = self.combo.currentData()
        for entry in self.entries:
            if self.destination.entry_key(entry) == key:
                return entry
        return None

    def set_entries(self, entries: list[dict[str, Any]], account: Account) -> None:
        """Take a list the account's connection test already fetched."""
        self.entries = list(entries)
        self.listed_for = (account.base_url, account.app_id)

    def ensure_listed(self, account: Account) -> None:
        """List the account's entries unless they already are."""
        self.account = account
        if self.listed_for != (account.base_url, account.app_id):
            self.fetch(account)

    def fetch(self, account: Account) -> None:
        """List the account's entries in the background."""
        self.account = account
        self.listed_for = (account.base_url, account.app_id)
        self.status.show_status(
            QStyle.StandardPixmap.SP_BrowserReload, destination_text(self.catalogue.listing)
        )
        self._worker = run_task(lambda: fetch_catalogue(account), self._on_fetched, self._on_failed)

    def _on_fetched(self, entries: list[dict[str, Any]]) -> None:
        self.entries = entries
        self.status.show_status(None, "")
        self.changed.emit()

    def _on_failed(self, message: str, error: BaseException) -> None:

        self.listed_for = None
        service = destination_name(self.destination.key)
        text = api_error_text(error, service) if hasattr(error, "code") else message
        self.status.show_status(QStyle.StandardPixmap.SP_MessageBoxWarning, text)

    @Slot()
    def _on_refresh_clicked(self) -> None:
        if self.account is not None:
            self.fetch(self.account)

    @Slot(int)
    def _on_activated(self, _index: int) -> None:
        self._show_fields()
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
        elif self.listed_for is not None and not self.entries:
            self.status.show_status(
                QStyle.StandardPixmap.SP_MessageBoxInformation,
                destination_text(self.catalogue.empty),
            )
        elif self.entries and self.current_entry() is None:
            self.status.show_status(None, destination_text(self.catalogue.choose))
        elif self.listed_for is not None:
            self.status.show_status(None, "")

    def _fill(self, select: str | None) -> None:
        current = self.combo.currentData()
        if current is not None:
            select = current
        blocker = self.combo.blockSignals(True)
        self.combo.clear()
        for entry in self.entries:
            parts, count = self.destination.entry_summary(entry)
            text = destination_text(self.catalogue.entry_text, count)
            for number, part in enumerate(parts, start=1):
                text = text.replace(f"%{number}", part)
            self.combo.addItem(text, self.destination.entry_key(entry))
        self.combo.setCurrentIndex(self.combo.findData(select) if select is not None else -1)
        self.combo.blockSignals(blocker)
        self._show_fields()

    def _show_fields(self) -> None:
        self.fields_tree.clear()
        entry = self.current_entry()
        if entry is None:
            return
        type_names = {
            "string": QCoreApplication.translate("DestinationStep", "text"),
            "number": QCoreApplication.translate("DestinationStep", "number"),
            "date": QCoreApplication.translate("DestinationStep", "date"),
            "datetime": QCoreApplication.translate("DestinationStep", "date and time"),
            "enumeration": QCoreApplication.translate("DestinationStep", "list of options"),
        }
        for spec in self.destination.entry_fields(entry):
            options = ", ".join(str(o.get("label", "")) for o in spec.get("options") or [])
            item = QTreeWidgetItem(
                [
                    str(spec.get("label") or spec.get("name")),
                    str(spec.get("name")),
                    type_names.get(str(spec.get("type")), str(spec.get("type"))),
                    options,
                ]
            )
            # The same row height as the other tables of the window (text plus padding), and
            # the label's own width, so the column fits it.
            metrics = self.fontMetrics()
            width = metrics.horizontalAdvance(item.text(0)) + 2 * metrics.averageCharWidth()
            item.setSizeHint(0, QSize(width, metrics.height() + 8))
            self.fields_tree.addTopLevelItem(item)
        for column in range(3):
            self.fields_tree.resizeColumnToContents(column)
