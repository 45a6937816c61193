"""Add an account: the credentials, where to find each one, and a test before anything is saved.

The account is stored (keychain, or this session only when there is none) only after
"Test connection" succeeded with exactly what is in the fields; editing a field after a
successful test asks for a new test.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.destinations import find, get
from app.ui.accounts import AccountStore, default_base_url
from app.ui.connection import ConnectionResult, test_connection
from app.ui.icons import status_icon_name
from app.ui.state import Account
from app.ui.text.api_errors import api_error_text
from app.ui.workers import run_task

log = logging.getLogger(__name__)


def destination_name(destination: str) -> str:
    """Return the name users know a destination's service by ("HubSpot", "Pipeless")."""
    known = find(destination)
    return known.display_name.split(" ")[0] if known is not None else destination


class SecretField(QWidget):
    """A password-style line edit with a Show button (users check the long tokens they pasted)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setClearButtonEnabled(True)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setCheckable(True)
        self.show_button.setAccessibleName(self.tr("Show %1").replace("%1", accessible_name))
        self.show_button.toggled.connect(self._on_show_toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_button)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        """Return the pasted value without the spaces and line breaks copying often adds."""
        return "".join(self.edit.text().split())

    @Slot(bool)
    def _on_show_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))


def _words(text: str) -> str:
    """Translate a text a destination module wrote (context "Destinations")."""
    return QCoreApplication.translate("Destinations", text) if text else ""


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(label.palette().ColorRole.PlaceholderText)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # Take the whole field width, and the height that width needs (else the form clips it).
    policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


class AccountDialog(QDialog):
    """Enter, test and save the credentials of one HubSpot or Pipeless account."""

    def __init__(
        self,
        destination: str,
        store: AccountStore,
        parent: QWidget | None = None,
        template_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.destination = destination
        self.spec = get(destination)
        self.store = store
        self.template_id = template_id
        self.account: Account | None = None  # set once saved
        self.result_data: ConnectionResult | None = None
        self.saved_in_keychain: bool | None = None
        self._tested: Account | None = None
        self._result_shown = False  # a refusal is on screen
        self._worker: Any = None
        service = destination_name(destination)
        self.setWindowTitle(self.tr("Add a %1 account").replace("%1", service))

        intro = QLabel(
            self.tr(
                "Event Loader checks these details with %1 before saving them. They are kept in "
                "this computer's keychain, never in a file."
            ).replace("%1", service)
        )
        intro.setWordWrap(True)

        form = self._form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(self.tr("Account name"))
        self.label_edit.setPlaceholderText(self.tr("For example: Marketing portal"))
        form.addRow(self.tr("Account &name:"), self.label_edit)
        self.app_id_edit = QLineEdit()
        self.app_id_edit.setValidator(QIntValidator(1, 2_147_483_647, self))
        # What the id and the secrets are called, and where to find them: the destination's
        # own words (its module), translated in the "Destinations" context.
        self.app_id_edit.setAccessibleName(_words(self.spec.account_id_name))
        form.addRow(_words(self.spec.account_id_field), self.app_id_edit)

        self.access_token = SecretField(self.tr("Access token"))
        self.refresh_token = SecretField(self.tr("Refresh token"))
        self.client_id_edit = QLineEdit()
        self.client_id_edit.setAccessibleName(self.tr("Client ID"))
        self.client_secret = SecretField(self.tr("Client secret"))
        self.developer_key = SecretField(self.tr("Developer API key"))
        self.api_key = SecretField(self.tr("API key"))
        self.mode_group = QButtonGroup(self)
        self.access_mode = QRadioButton(_words(self.spec.access_choice))
        self.refresh_mode = QRadioButton(
            self.tr("I have a &refresh token and the app's client ID and secret")
        )
        self.mode_group.addButton(self.access_mode)
        self.mode_group.addButton(self.refresh_mode)
        self.access_mode.setChecked(True)

        if self.spec.refreshable:
            form.addRow("", _hint(_words(self.spec.account_id_hint)))
            form.addRow(self.access_mode)
            form.addRow(self.refresh_mode)
            form.addRow(self.tr("Access t&oken:"), self.access_token)
            self.access_hint = _hint(_words(self.spec.access_hint))
            form.addRow("", self.access_hint)
            form.addRow(self.tr("Re&fresh token:"), self.refresh_token)
            form.addRow(self.tr("&Client ID:"), self.client_id_edit)
            form.addRow(self.tr("Cl&ient secret:"), self.client_secret)
            self.refresh_hint = _hint(
                self.tr(
                    "The client ID and secret are on the Auth tab of your app in the developer "
                    "account."
                )
            )
            form.addRow("", self.refresh_hint)
            if "developer_key" in self.spec.credential_kinds:
                form.addRow(self.tr("&Developer API key:"), self.developer_key)
                form.addRow(
                    "",
                    _hint(
                        self.tr(
                            "Optional: lets Event Loader list your event templates. Find it in "
                            "your developer account under Apps, then Get HubSpot API key."
                        )
                    ),
                )
            self.mode_group.buttonToggled.connect(self._on_mode_toggled)
        else:
            form.addRow("", _hint(_words(self.spec.account_id_hint)))
            form.addRow(self.tr("API &key:"), self.api_key)
            form.addRow("", _hint(_words(self.spec.access_hint)))

        self.advanced_box = QGroupBox(self.tr("Ad&vanced"))
        self.advanced_box.setCheckable(True)
        self.advanced_box.setChecked(False)
        self.base_url_edit = QLineEdit(default_base_url(destination))
        self.base_url_edit.setAccessibleName(self.tr("Server address"))
        advanced_form = QFormLayout(self.advanced_box)
        advanced_form.addRow(self.tr("Server addr&ess:"), self.base_url_edit)
        self._advanced_form = advanced_form
        self.base_url_edit.setEnabled(False)
        advanced_form.setRowVisible(self.base_url_edit, False)  # folded until asked for
        self.advanced_box.toggled.connect(self._on_advanced_toggled)

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.clicked.connect(self._on_test_clicked)
        self.result_icon = QLabel()
        self.result_label = QLabel(self.tr("Not tested yet."))
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Connection test result"))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.result_icon, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.result_label, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("&Save account"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.advanced_box)
        layout.addLayout(test_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # The intro sets the width (the size constraint below replaces a dialog minimum width).
        intro.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        # Wrapped hints need their height for the final width: never shrink below what they need.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self._on_field_changed)
        self._on_mode_toggled()
        self.test_button.setDefault(True)

    # ----------------------------------------------------------------- reading the fields
    def build_account(self) -> Account | None:
        """Return the account the fields describe, or None when something required is missing."""
        try:
            app_id = int(self.app_id_edit.text())
        except ValueError:
            return None
        secrets: dict[str, str] = {}
        if self.spec.refreshable:
            if self.access_mode.isChecked():
                if not self.access_token.text():
                    return None
                secrets["access_token"] = self.access_token.text()
            else:
                values = (
                    self.refresh_token.text(),
                    self.client_id_edit.text().strip(),
                    self.client_secret.text(),
                )
                if not all(values):
                    return None
                secrets["refresh_token"], secrets["client_id"], secrets["client_secret"] = values
            if self.developer_key.text():
                secrets["developer_key"] = self.developer_key.text()
        else:
            if not self.api_key.text():
                return None
            secrets["api_key"] = self.api_key.text()
        label = self.label_edit.text().strip() or self.tr("%1 app %2").replace(
            "%1", destination_name(self.destination)
        ).replace("%2", str(app_id))
        base_url = self.base_url_edit.text().strip() or default_base_url(self.destination)
        return Account(self.destination, app_id, label, base_url, secrets)  # type: ignore[arg-type]

    def _missing_text(self) -> str:
        if not self.app_id_edit.text():
            return self.tr("Enter the app ID.")
        if not self.spec.refreshable:
            return self.tr("Paste the API key.")
        if self.access_mode.isChecked():
            return self.tr("Paste the access token.")
        return self.tr("Paste the refresh token, the client ID and the client secret.")

    # ----------------------------------------------------------------- slots
    @Slot()
    def _fit(self) -> None:
        """Grow or shrink to the rows now shown (hidden rows leave no empty room).

        Deferred: a row hidden in the Advanced box reaches the dialog's layout only once the
        box's own layout has handled the change.
        """
        if self.isVisible():
            QTimer.singleShot(0, self._on_fit_timeout)

    @Slot()
    def _on_fit_timeout(self) -> None:
        self.layout().activate()
        self.resize(self.width(), self.sizeHint().height())

    @Slot(bool)
    def _on_advanced_toggled(self, on: bool) -> None:
        self.base_url_edit.setEnabled(on)
        self._advanced_form.setRowVisible(self.base_url_edit, on)
        self._fit()

    def _on_mode_toggled(self, *_args: object) -> None:
        if not self.spec.refreshable:
            return
        access = self.access_mode.isChecked()
        # Only the fields of the chosen way show: the dialog stays short enough for a small
        # screen at 150 % (French included), and nobody wonders what to type in a dimmed field.
        for widget in (self.access_token, self.access_hint):
            widget.setEnabled(access)
            self._form.setRowVisible(widget, access)
        for widget in (
            self.refresh_token,
            self.client_id_edit,
            self.client_secret,
            self.refresh_hint,
        ):
            widget.setEnabled(not access)
            self._form.setRowVisible(widget, not access)
        self._fit()
        self._on_field_changed()

    @Slot()
    def _on_field_changed(self, *_args: object) -> None:
        # After a success or a refusal alike: a refusal left on screen once a fresh token is
        # pasted reads as if the fresh one were refused too.
        if self._tested is not None or self._result_shown:
            self._tested = None
            self._result_shown = False
            self._set_result(
                QStyle.StandardPixmap.SP_MessageBoxInformation,
                self.tr("The details changed: test the connection again."),
            )
        self.save_button.setEnabled(False)
        self.test_button.setEnabled(self._worker is None)

    @Slot()
    def _on_test_clicked(self) -> None:
        account = self.build_account()
        if account is None:
            self._set_result(QStyle.StandardPixmap.SP_MessageBoxWarning, self._missing_text())
            return

        self.test_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self._set_result(
            QStyle.StandardPixmap.SP_BrowserReload,
            self.tr("Checking with %1…").replace("%1", destination_name(self.destination)),
        )
        self._pending = account
        self._worker = run_task(
            lambda: test_connection(account, self.template_id),
            self._on_test_succeeded,
            self._on_test_failed,
        )

    def _on_test_succeeded(self, result: ConnectionResult) -> None:
        self._worker = None
        self.test_button.setEnabled(True)
        account = self._pending
        account.verified = True
        self._tested = account
        self.result_data = result
        service = destination_name(self.destination)
        if result.templates_checked:
            text = self.tr(
                "Connected to %1. %n event templates found.", "", len(result.templates)
            ).replace("%1", service)
        else:
            text = self.tr("Connected to %1.").replace("%1", service)
        self._set_result(QStyle.StandardPixmap.SP_DialogApplyButton, text)
        self.save_button.setEnabled(True)
        self.save_button.setDefault(True)
        self.save_button.setFocus()

    def _on_test_failed(self, message: str, error: BaseException) -> None:
        self._worker = None
        self.test_button.setEnabled(True)
        self._tested = None
        text = (
            api_error_text(error, destination_name(self.destination))
            if hasattr(error, "code")
            else message
        )
        self._set_result(QStyle.StandardPixmap.SP_MessageBoxCritical, text)
        self._result_shown = True
        self._focus_refused_field(error)

    def _focus_refused_field(self, error: BaseException) -> None:
        """Put the focus on the value the service refused, selected, ready for a fresh paste."""
        code = getattr(error, "code", "")
        field: QWidget | None = None
        if code == "auth_refused":
            credential = getattr(error, "credential", "access_token")
            field = {
                "access_token": self.access_token,
                "refresh_token": self.refresh_token,
                "client_id": self.client_id_edit,
                "client_secret": self.client_secret,
                "developer_key": self.developer_key,
                "api_key": self.api_key,
            }.get(credential)
        elif code == "app_not_found":
            field = self.app_id_edit
        if field is None or not field.isVisibleTo(self):
            return
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        edit = field.edit if isinstance(field, SecretField) else field
        if isinstance(edit, QLineEdit):
            edit.selectAll()

    def _set_result(self, icon: QStyle.StandardPixmap, text: str) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.result_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.result_icon.setAccessibleName(status_icon_name(icon))
        self.result_label.setText(text)
        self.result_label.setAccessibleDescription(text)

    @Slot()
    def _on_save_clicked(self) -> None:
        if self._tested is None:
            return
        self.saved_in_keychain = self.store.save(self._tested)
        self.account = self._tested
        self.accept()

    def reject(self) -> None:  # noqa: D102 - a test still running is abandoned, not awaited
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        super().reject()
