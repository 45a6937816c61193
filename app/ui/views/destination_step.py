"""Step 2, Destination: where the events go, the account, and the template, entry or app.

One choice per registered destination (``app.core.destinations``); what the account offers is
listed as the destination says (``listing``): HubSpot templates with the account's developer key,
or typed in by hand; a destination's catalogue (``Destination.catalogue``) with the account's
token, on a ``CataloguePage`` in the destination's words; Pipeless needs only its app. An
account is checked once (when added, or with "Test connection") and trusted.
On leaving, the destination settings go into ``state.mapping`` (a fresh mapping, or the existing
one with its template snapshot updated and the fields of removed tokens dropped).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.conversion.mapping import Mapping, MappingError, for_settings
from app.core.destinations import all_destinations, get
from app.ui.accounts import masked
from app.ui.connection import fetch_templates, test_connection
from app.ui.context import AppContext
from app.ui.dialogs.account_dialog import AccountDialog, destination_name
from app.ui.dialogs.template_dialog import TemplateDialog
from app.ui.state import Account, WizardState
from app.ui.step_base import StepPage, page_layout
from app.ui.text.api_errors import api_error_text
from app.ui.views.catalogue_page import CataloguePage, StatusLine, destination_text
from app.ui.workers import run_task

log = logging.getLogger(__name__)


def destination_choice_text(key: str) -> str:
    """Return the radio button text of a destination, translated (with its mnemonic)."""
    destination = get(key)
    return destination_text(getattr(destination, "choice_text", "")) or destination.display_name


def object_type_text(object_type: str) -> str:
    """Return HubSpot's name for a record type, translated."""
    names = {
        "contacts": QCoreApplication.translate("DestinationStep", "contacts"),
        "companies": QCoreApplication.translate("DestinationStep", "companies"),
        "deals": QCoreApplication.translate("DestinationStep", "deals"),
        "tickets": QCoreApplication.translate("DestinationStep", "tickets"),
    }
    return names.get(object_type, object_type)


class DestinationStep(StepPage):
    """Step 2: where the events go."""

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context or AppContext()
        self.state = WizardState()
        self._accounts: list[Account] = []
        self._templates: list[dict[str, Any]] = []
        self._templates_for: tuple[str, int, str] | None = None  # (base_url, app_id, key) listed
        self._listing_templates = False  # a listing is under way: "Listing…" stays shown
        self._templates_problem = ""  # why the last listing failed, shown until the next one
        self._worker: Any = None
        self._checked_account: Account | None = None  # the account "Test connection" is checking
        self._checking = False
        self._build()

    # ----------------------------------------------------------------- layout
    def _build(self) -> None:

        self.destination_group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for destination in all_destinations():
            radio = QRadioButton(destination_choice_text(destination.key))
            self.radios[destination.key] = radio
            self.destination_group.addButton(radio)
        self.first_radio = self.radios[all_destinations()[0].key]
        self.first_radio.setChecked(True)
        self.destination_group.buttonToggled.connect(self._on_destination_toggled)

        # Account
        self.account_box = QGroupBox(self.tr("Account"))
        self.account_combo = QComboBox()
        self.account_combo.setAccessibleName(self.tr("Account"))
        self.account_combo.setMinimumContentsLength(30)
        self.account_combo.activated.connect(self._on_account_activated)
        self.add_account_button = QPushButton(self.tr("A&dd account…"))
        self.add_account_button.setAccessibleName(self.tr("Add account"))
        self.add_account_button.clicked.connect(self._on_add_account_clicked)
        self.remove_account_button = QPushButton(self.tr("Re&move"))
        self.remove_account_button.setAccessibleName(self.tr("Remove account"))
        self.remove_account_button.clicked.connect(self._on_remove_account_clicked)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.clicked.connect(self._on_test_clicked)
        account_row = QHBoxLayout()
        account_row.addWidget(self.account_combo, 1)
        account_row.addWidget(self.test_button)
        account_row.addWidget(self.add_account_button)
        account_row.addWidget(self.remove_account_button)
        account_row.addStretch(0)  # with no account yet, Add account keeps its own width
        self.account_status = StatusLine(self.tr("Account status"))
        self.empty_accounts = QLabel()
        self.empty_accounts.setWordWrap(True)
        account_layout = QVBoxLayout(self.account_box)
        account_layout.addWidget(self.empty_accounts)
        account_layout.addLayout(account_row)
        account_layout.addWidget(self.account_status)

        # HubSpot template
        self.template_box = QGroupBox(self.tr("Event template"))
        self.template_combo = QComboBox()
        # An empty box read as "nothing there"; it says there is a list to open.
        self.template_combo.setPlaceholderText(self.tr("Choose from the list…"))
        self.template_combo.setAccessibleName(self.tr("Event template"))
        self.template_combo.activated.connect(self._on_template_activated)
        template_label = QLabel(self.tr("T&emplate:"))
        template_label.setBuddy(self.template_combo)
        self.refresh_button = QPushButton(self.tr("&Refresh list"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the list of templates"))
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        self.manual_button = QPushButton(self.tr("Enter b&y hand…"))
        self.manual_button.setAccessibleName(self.tr("Enter a template by hand"))
        self.manual_button.clicked.connect(self._on_manual_clicked)
        template_row = QHBoxLayout()
        template_row.addWidget(template_label)
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.refresh_button)
        template_row.addWidget(self.manual_button)
        self.template_status = StatusLine(self.tr("Template status"))
        self.tokens_tree = QTreeWidget()
        self.tokens_tree.setAccessibleName(self.tr("Tokens of the template"))
        self.tokens_tree.setHeaderLabels(
            [self.tr("Token"), self.tr("Name in HubSpot"), self.tr("Type"), self.tr("Options")]
        )
        for column in range(3):  # the titles read whole before a template fills the list
            self.tokens_tree.resizeColumnToContents(column)
        self.tokens_tree.setRootIsDecorated(False)
        self.tokens_tree.setUniformRowHeights(True)
        self.tokens_tree.setAlternatingRowColors(True)
        self.tokens_tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tokens_tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        template_layout = QVBoxLayout(self.template_box)
        template_layout.addLayout(template_row)
        template_layout.addWidget(self.template_status)
        template_layout.addWidget(self.tokens_tree, 1)

        # Pipeless app
        self.pipeless_box = QGroupBox(self.tr("Pipeless app"))
        self.pipeless_app_label = QLabel()
        self.pipeless_app_label.setAccessibleName(self.tr("App ID"))
        self.synchronous_check = QCheckBox(
            self.tr("Wait until Pipeless has processed each batch (&synchronous)")
        )
        self.synchronous_check.setToolTip(
            self.tr(
                "Slower, but a refused event is reported at once instead of being dropped later."
            )
        )
        self.synchronous_check.toggled.connect(self._on_synchronous_toggled)
        pipeless_form = QFormLayout(self.pipeless_box)
        pipeless_form.addRow(self.tr("App ID:"), self.pipeless_app_label)
        pipeless_form.addRow(self.synchronous_check)

        self.details = QStackedWidget()
        self.details.addWidget(self.template_box)
        self.details.addWidget(self.pipeless_box)
        # One catalogue page per destination listing one (``Destination.catalogue``).
        self.catalogue_pages: dict[str, CataloguePage] = {}
        for destination in all_destinations():
            if destination.listing == "catalogue":
                page = CataloguePage(destination)
                page.changed.connect(self._on_catalogue_changed)
                self.catalogue_pages[destination.key] = page
                self.details.addWidget(page)
        # The page each kind of listing shows (``Destination.listing``).
        self.pages: dict[str | None, QWidget] = {
            "templates": self.template_box,
            None: self.pipeless_box,
        }

        layout = page_layout(self)
        layout.addWidget(self.header(QLabel(self.tr("Where should the events go?"))))
        for radio in self.radios.values():
            layout.addWidget(radio)
        layout.addWidget(self.account_box)
        layout.addWidget(self.details, 1)

    # ----------------------------------------------------------------- StepPage
    def title(self) -> str:  # noqa: D102
        return self.tr("Destination")

    def help_text(self) -> str:  # noqa: D102
        return self.tr("Choose the service, the account and the kind of event each row becomes.")

    def destination(self) -> str:
        """Return the destination chosen with the radio buttons."""
        for key, radio in self.radios.items():
            if radio.isChecked():
                return key
        return next(iter(self.radios))

    def enter(self, state: WizardState) -> None:  # noqa: D102
        self.state = state
        destination = None
        if state.account is not None:
            destination = state.account.destination
        elif state.mapping is not None:
            destination = state.mapping.destination
        blocker = self.destination_group.blockSignals(True)
        self.radios.get(destination or "", self.first_radio).setChecked(True)
        self.destination_group.blockSignals(blocker)
        if state.templates:
            self._templates = list(state.templates)
        page = self.catalogue_pages.get(self.destination())
        if state.catalogue and page is not None:
            page.entries = list(state.catalogue)
        if state.mapping is not None and state.mapping.pipeless is not None:
            blocker = self.synchronous_check.blockSignals(True)
            self.synchronous_check.setChecked(state.mapping.pipeless.synchronous)
            self.synchronous_check.blockSignals(blocker)
        self._fill_accounts(select=state.account)
        self._refresh()

    def current_account(self) -> Account | None:
        """Return the account chosen in the combo."""
        index = self.account_combo.currentIndex()
        return self._accounts[index] if 0 <= index < len(self._accounts) else None

    def current_template(self) -> dict[str, Any] | None:
        """Return the HubSpot template chosen in the combo."""
        template_id = self.template_combo.currentData()
        for template in self._templates:
            if str(template.get("id")) == template_id:
                return template
        return None

    def catalogue_page(self) -> CataloguePage | None:
        """Return the catalogue page of the chosen destination (None: it lists none)."""
        return self.catalogue_pages.get(self.destination())

    def current_entry(self) -> dict[str, Any] | None:
        """Return the catalogue entry chosen on the chosen destination's page."""
        page = self.catalogue_page()
        return page.current_entry() if page is not None else None

    def is_complete(self) -> bool:  # noqa: D102
        account = self.current_account()
        if account is None or not account.verified or self._checking:
            return False
        listing = get(account.destination).listing
        if listing == "templates":
            return self.current_template() is not None
        if listing == "catalogue":
            return self.current_entry() is not None
        return True

    def leave(self, state: WizardState) -> bool:  # noqa: D102
        if not self.is_complete():
            return True  # going back: nothing chosen yet to store
        account = self.current_account()
        assert account is not None
        state.account = account
        state.templates = list(self._templates)
        page = self.catalogue_page()
        state.catalogue = list(page.entries) if page is not None else []
        spec = get(account.destination)
        settings: Any
        if spec.listing == "templates":
            template = self.current_template()
            assert template is not None
            settings = spec.settings_from_entry(template, account.app_id)
        elif spec.listing == "catalogue":
            entry = self.current_entry()
            assert entry is not None
            settings = spec.settings_from_entry(entry, account.app_id)
        else:
            settings = spec.probe_settings(account.app_id)
            settings.synchronous = self.synchronous_check.isChecked()
        state.mapping = self.merged_mapping(state.mapping, settings)
        return True

    @staticmethod
    def merged_mapping(mapping: Mapping | None, settings: Any) -> Mapping:
        """Return ``mapping`` pointed at ``settings``, keeping the fields that still make sense.

        A field stays when the destination still accepts its target with the new settings (a
        removed token goes, ``email`` goes when the events no longer land on contacts).
        """
        destination = for_settings(settings)
        if mapping is None or mapping.destination != destination.key:
            return Mapping(destination.key, {}, blocks={destination.attr: settings})
        setattr(mapping, destination.attr, settings)
        fields = dict(mapping.fields)
        mapping.fields = {}
        for target, rule in fields.items():
            try:
                destination.check_target(mapping, target)
            except MappingError:
                continue
            mapping.fields[target] = rule
        return mapping

    # ----------------------------------------------------------------- accounts
    def _fill_accounts(self, select: Account | None = None) -> None:
        destination = self.destination()
        previous = select or self.current_account()
        self._accounts = self.context.accounts.accounts(destination)
        if select is not None and select.destination == destination:
            keys = [(a.app_id, a.base_url) for a in self._accounts]
            if (select.app_id, select.base_url) not in keys:
                self._accounts.insert(0, select)
        blocker = self.account_combo.blockSignals(True)
        self.account_combo.clear()
        for account in self._accounts:
            by_account = get(account.destination).account_noun == "account"
            text = (
                (self.tr("%1 · account %2 · %3") if by_account else self.tr("%1 · app %2 · %3"))
                .replace("%1", account.label)
                .replace("%2", str(account.app_id))
                .replace("%3", masked(account))
            )
            self.account_combo.addItem(text)
        index = 0
        if previous is not None:
            for i, account in enumerate(self._accounts):
                if account.app_id == previous.app_id and account.base_url == previous.base_url:
                    index = i
        if self._accounts:
            self.account_combo.setCurrentIndex(index)
        self.account_combo.blockSignals(blocker)
        self._on_account_changed()

    def _on_account_changed(self) -> None:
        account = self.current_account()
        self.account_status.show_status(None, "")
        if account is None:
            return
        if account.verified:
            by_account = get(account.destination).account_noun == "account"
            self.account_status.show_status(
                QStyle.StandardPixmap.SP_DialogApplyButton,
                (
                    self.tr("Connected to %1 (account %2).")
                    if by_account
                    else self.tr("Connected to %1 (app %2).")
                )
                .replace("%1", destination_name(account.destination))
                .replace("%2", str(account.app_id)),
            )
        listing = get(account.destination).listing
        if listing == "templates":
            key = (account.base_url, account.app_id, account.secrets.get("developer_key", ""))
            if account.secrets.get("developer_key") and self._templates_for != key:
                self._fetch_templates(account)
        elif listing == "catalogue" and account.verified:
            page = self.catalogue_pages.get(account.destination)
            if page is not None:
                page.ensure_listed(account)

    @Slot(int)
    def _on_account_activated(self, _index: int) -> None:
        self._on_account_changed()
        self._refresh()

    @Slot()
    def _on_add_account_clicked(self) -> None:
        template = self.current_template()
        dialog = AccountDialog(
            self.destination(),
            self.context.accounts,
            self,
            template_id=str(template["id"]) if template else None,
        )
        if dialog.exec() != AccountDialog.DialogCode.Accepted or dialog.account is None:
            return
        account = dialog.account
        if dialog.result_data is not None and dialog.result_data.templates_checked:
            self._templates = dialog.result_data.templates
            self._templates_for = (
                account.base_url,
                account.app_id,
                account.secrets.get("developer_key", ""),
            )
        page = self.catalogue_pages.get(account.destination)
        if dialog.result_data is not None and dialog.result_data.catalogue_checked and page:
            page.set_entries(dialog.result_data.catalogue, account)
        self._fill_accounts(select=account)
        if dialog.saved_in_keychain is False and self.context.accounts.is_session_only(account):
            self.account_status.show_status(
                QStyle.StandardPixmap.SP_MessageBoxInformation,
                self.tr(
                    "Connected. This is an account of the demo sandbox: it is kept only until "
                    "Event Loader closes."
                ),
            )
        elif dialog.saved_in_keychain is False:
            self.account_status.show_status(
                QStyle.StandardPixmap.SP_MessageBoxWarning,
                self.tr(
                    "Connected. This computer has no keychain Event Loader can use, so the "
                    "account is "
                    "kept only until Event Loader closes; you will enter it again next time."
                ),
            )
        self._refresh()

    @Slot()
    def _on_remove_account_clicked(self) -> None:
        account = self.current_account()
        if account is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove account"),
            self.tr("Remove %1 from this computer? Nothing changes in %2.")
            .replace("%1", account.label)
            .replace("%2", destination_name(account.destination)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.context.accounts.remove(account)
        if self.state.account is account:
            self.state.account = None
        self._fill_accounts()
        self._refresh()

    @Slot()
    def _on_test_clicked(self) -> None:
        account = self.current_account()
        if account is None:
            return

        self._checking = True
        template = self.current_template()
        self.account_status.show_status(
            QStyle.StandardPixmap.SP_BrowserReload,
            self.tr("Checking with %1…").replace("%1", destination_name(account.destination)),
        )
        self._refresh()
        self._checked_account = account
        self._worker = run_task(
            lambda: test_connection(account, str(template["id"]) if template else None),
            self._on_test_succeeded,
            self._on_test_failed,
        )

    def _on_test_succeeded(self, result: Any) -> None:
        self._checking = False
        self._worker = None
        account = self._checked_account
        assert account is not None
        account.verified = True
        self.context.accounts.mark_tested(account)
        if result.templates_checked:
            self._templates = result.templates
            self._templates_for = (
                account.base_url,
                account.app_id,
                account.secrets.get("developer_key", ""),
            )
        page = self.catalogue_pages.get(account.destination)
        if result.catalogue_checked and page is not None:
            page.set_entries(result.catalogue, account)
        self._on_account_changed()
        self._refresh()

    def _on_test_failed(self, message: str, error: BaseException) -> None:
        self._checking = False
        self._worker = None
        account = self._checked_account
        assert account is not None
        account.verified = False
        text = (
            api_error_text(error, destination_name(account.destination))
            if hasattr(error, "code")
            else message
        )
        self.account_status.show_status(QStyle.StandardPixmap.SP_MessageBoxCritical, text)
        self._refresh(problem=text)

    # ----------------------------------------------------------------- templates
    def _fetch_templates(self, account: Account) -> None:

        self._templates_for = (
            account.base_url,
            account.app_id,
            account.secrets.get("developer_key", ""),
        )
        self._listing_templates = True
        self._templates_problem = ""
        self.template_status.show_status(
            QStyle.StandardPixmap.SP_BrowserReload, self.tr("Listing the event templates…")
        )
        run_task(
            lambda: fetch_templates(account), self._on_templates_fetched, self._on_templates_failed
        )

    def _show_no_templates(self) -> None:
        """Say why no template is listed: none in the app, or not listed (a refusal, a 429).

        A listing that never came back must not read "No event templates were found": the
        app may well have some, and the marketer would go and create one for nothing.
        """
        if self._listing_templates:
            return  # "Listing the event templates…" stays until the answer
        if self._templates_for is None:
            if self._templates_problem:  # the listing's own failure says more
                self.template_status.show_status(
                    QStyle.StandardPixmap.SP_MessageBoxWarning, self._templates_problem
                )
                return
            self.template_status.show_status(
                QStyle.StandardPixmap.SP_MessageBoxInformation,
                self.tr(
                    "The event templates could not be listed. Test the connection again, or "
                    "enter the template by hand."
                ),
            )
            return
        self.template_status.show_status(
            QStyle.StandardPixmap.SP_MessageBoxInformation,
            self.tr(
                "No event templates were found in this app. Create one in HubSpot, or enter it "
                "by hand."
            ),
        )

    def _on_templates_fetched(self, templates: list[dict[str, Any]]) -> None:
        self._listing_templates = False
        self._templates = templates
        self.state.templates = list(templates)
        self._refresh()

    def _on_templates_failed(self, message: str, error: BaseException) -> None:
        self._listing_templates = False
        self._templates_for = None
        text = api_error_text(error, "HubSpot") if hasattr(error, "code") else message
        self._templates_problem = text
        self.template_status.show_status(QStyle.StandardPixmap.SP_MessageBoxWarning, text)

    @Slot()
    def _on_refresh_clicked(self) -> None:
        account = self.current_account()
        if account is not None and account.secrets.get("developer_key"):
            self._fetch_templates(account)

    @Slot()
    def _on_manual_clicked(self) -> None:

        dialog = TemplateDialog(self, self.current_template())
        if dialog.exec() != TemplateDialog.DialogCode.Accepted:
            return
        template = dialog.template()
        if template is None:
            return
        self._templates = [t for t in self._templates if str(t.get("id")) != template["id"]] + [
            template
        ]
        self._refresh(select_template=template["id"])

    def _on_catalogue_changed(self) -> None:
        page = self.catalogue_page()
        self.state.catalogue = list(page.entries) if page is not None else []
        self._refresh()

    @Slot(int)
    def _on_template_activated(self, _index: int) -> None:
        self._show_tokens()
        self._refresh()

    @Slot(bool)
    def _on_synchronous_toggled(self, _checked: bool) -> None:
        self._refresh()

    @Slot()
    def _on_destination_toggled(self, *_args: object) -> None:
        if not self.sender() or not any(r.isChecked() for r in self.radios.values()):
            return
        self._fill_accounts()
        self._refresh()

    def _fill_templates(self, select: str | None = None) -> None:
        if select is None:
            select = self.template_combo.currentData()
        if (
            select is None
            and self.state.mapping is not None
            and self.state.mapping.hubspot is not None
        ):
            select = self.state.mapping.hubspot.event_template_id
            # A mapping's snapshot is a template too (the demo, a loaded mapping file).
            if not any(str(t.get("id")) == select for t in self._templates):
                hub = self.state.mapping.hubspot
                self._templates.append(
                    {
                        "id": hub.event_template_id,
                        "name": hub.template_name
                        or self.tr("Template %1").replace("%1", hub.event_template_id),
                        "objectType": hub.object_type,
                        "tokens": [
                            {
                                "name": t.name,
                                "type": t.type,
                                "label": t.label,
                                "options": [
                                    {"label": o.label, "value": o.value} for o in t.options
                                ],
                            }
                            for t in hub.tokens
                        ],
                    }
                )
        items = []
        for template in self._templates:
            count = len(template.get("tokens", []))
            text = (
                self.tr("%1 · %2 · %n tokens", "", count)
                .replace("%1", str(template.get("name", "")))
                .replace("%2", object_type_text(str(template.get("objectType", "contacts"))))
            )
            items.append((text, str(template.get("id"))))
        blocker = self.template_combo.blockSignals(True)
        combo = self.template_combo
        current = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        if items != current:
            # Never rebuilt when unchanged: this runs from the list's own "activated" signal too,
            # and clearing a combo box inside its own signal pulls its items from under it.
            combo.clear()
            for text, template_id in items:
                combo.addItem(text, template_id)
        if select is not None:
            index = self.template_combo.findData(str(select))
            if index >= 0:
                self.template_combo.setCurrentIndex(index)
        elif self._templates:
            self.template_combo.setCurrentIndex(-1)
        self.template_combo.blockSignals(blocker)
        self._show_tokens()

    def _show_tokens(self) -> None:
        self.tokens_tree.clear()
        template = self.current_template()
        if template is None:
            return
        type_names = {
            "string": self.tr("text"),
            "number": self.tr("number"),
            "date": self.tr("date"),
            "enumeration": self.tr("list of options"),
        }
        metrics = self.tokens_tree.fontMetrics()
        for token in template.get("tokens", []):
            options = ", ".join(str(o.get("label", "")) for o in token.get("options", []))
            label = str(token.get("label") or token.get("name"))
            item = QTreeWidgetItem(
                [
                    label,
                    str(token.get("name")),
                    type_names.get(str(token.get("type")), str(token.get("type"))),
                    options,
                ]
            )
            # The same row height as the other tables of the window (text plus padding), and
            # the label's full width, which sizes the column (a width of 0 cut it to "We…").
            width = metrics.horizontalAdvance(label) + metrics.averageCharWidth() * 2
            item.setSizeHint(0, QSize(width, metrics.height() + 8))
            self.tokens_tree.addTopLevelItem(item)
        for column in range(3):
            self.tokens_tree.resizeColumnToContents(column)

    # ----------------------------------------------------------------- showing state
    def _refresh(self, problem: str | None = None, select_template: str | None = None) -> None:
        destination = self.destination()
        service = destination_name(destination)
        account = self.current_account()
        has_accounts = bool(self._accounts)
        self.account_combo.setVisible(has_accounts)
        self.test_button.setVisible(has_accounts)
        self.remove_account_button.setVisible(has_accounts)
        self.test_button.setEnabled(not self._checking)
        if has_accounts:
            self.empty_accounts.hide()
        else:
            self.empty_accounts.setText(
                self.tr(
                    "No %1 account on this computer yet. Add one with the token of your %1 app: "
                    "the dialog says where to find each value."
                ).replace("%1", service)
            )
            self.empty_accounts.show()
        spec = get(destination)
        listing = spec.listing
        page = self.catalogue_page()
        self.details.setCurrentWidget(page or self.pages.get(listing, self.pipeless_box))
        if page is not None:
            mapping = self.state.mapping
            chosen = None
            if mapping is not None and mapping.destination == destination:
                chosen = spec.chosen_entry(mapping.settings)
            page.refresh(account, chosen)
        elif listing == "templates":
            self._fill_templates(select=select_template)
            has_key = account is not None and bool(account.secrets.get("developer_key"))
            self.refresh_button.setEnabled(has_key)
            if account is None:
                self.template_status.show_status(None, self.tr("Add or choose an account first."))
            elif not self._templates:
                if has_key:
                    self._show_no_templates()
                else:
                    self.template_status.show_status(
                        QStyle.StandardPixmap.SP_MessageBoxInformation,
                        self.tr(
                            "Add a developer API key to the account to list its templates, or "
                            "enter the template by hand."
                        ),
                    )
            elif self.current_template() is None:
                self.template_status.show_status(
                    None, self.tr("Choose the template the events will use.")
                )
            else:
                self.template_status.show_status(None, "")
        else:
            self.pipeless_app_label.setText(
                str(account.app_id) if account else self.tr("(choose an account)")
            )
        complete = self.is_complete()
        self.completeness_changed.emit(complete)
        if problem:
            self.status_changed.emit(problem)
        elif account is None:
            self.status_changed.emit(self.tr("Add a %1 account to go on.").replace("%1", service))
        elif not account.verified:
            self.status_changed.emit(self.tr("Test the connection to go on."))
        elif page is not None and self.current_entry() is None:
            self.status_changed.emit(destination_text(page.catalogue.go_on))
        elif page is not None:
            self.status_changed.emit(
                destination_text(page.catalogue.chosen)
                .replace("%1", spec.entry_key(self.current_entry() or {}))
                .replace("%2", str(account.app_id))
            )
        elif listing == "templates" and self.current_template() is None:
            self.status_changed.emit(self.tr("Choose an event template to go on."))
        elif listing == "templates":
            template = self.current_template() or {}
            self.status_changed.emit(
                self.tr("Events will go to the template %1 of app %2.")
                .replace("%1", str(template.get("name")))
                .replace("%2", str(account.app_id))
            )
        else:
            self.status_changed.emit(
                self.tr("Events will go to Pipeless app %1.").replace("%1", str(account.app_id))
            )
