"""The accounts the window lists: saved ones (through ``app.core.secrets``) and demo ones.

``app.core.secrets`` is the only keychain user; it also keeps secrets for this session only when
the computer has no keychain, and says so. This module turns its entries into ``Account`` objects
for the Destination step and registers every secret with the log redactor.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from app.core.destinations import by_short_name, get
from app.core.logs import register_secret
from app.ui.state import Account

log = logging.getLogger(__name__)

# The secret that identifies an account to the user (its last four characters are shown).
_MAIN_SECRET_KEYS = ("access_token", "refresh_token", "api_key", "developer_key")
BASE_URL_KEY = "base_url"  # kept with the secrets only when it is not the production address


def masked(account: Account) -> str:
    """Return ``••••1a2b``: enough for the user to tell two tokens apart, never the token."""
    for key in _MAIN_SECRET_KEYS:
        value = account.secrets.get(key)
        if value:
            return "\u2022\u2022\u2022\u2022" + str(value)[-4:]
    return ""


def is_sandbox_address(base_url: str) -> bool:
    """Return True for a loopback address: the built-in sandbox, never a real service.

    The sandbox's port changes from run to run, so an account saved with it would show
    "Connected" next time and fail at the first call.
    """
    # deferred: httpx costs ~30 ms if imported before the window shows
    from app.api.http import is_loopback_host

    host = urlsplit(base_url).hostname
    return bool(host) and is_loopback_host(str(host))


def default_base_url(destination: str) -> str:
    """Return the production address of a destination."""
    # deferred: the HTTP stack (httpx) costs ~40-100 ms if imported before the window shows
    from app.api.factory import default_base_url as production

    return production(destination)


class AccountStore:
    """Accounts for the Destination step.

    Demo accounts, and any account added on the demo sandbox's address, stay in memory and never
    reach the keychain. A saved account on a local address is listed as not tested: an older
    version saved the demo sandbox's accounts, whose port changes from run to run.
    """

    def __init__(self) -> None:
        self._demo: dict[str, Account] = {}
        self._tested: set[tuple[str, str]] = set()  # (key, address) checked in this session

    @staticmethod
    def key(account: Account) -> str:
        """Return the account's keychain key (``hubspot:<appId>`` / ``pipeless:<appId>``)."""
        # deferred: keyring costs ~25 ms if imported before the window shows
        from app.core.secrets import account_key

        return account_key(account.destination, account.app_id)

    def keychain_available(self) -> bool:
        """Return True when saved secrets survive a restart."""
        # deferred: keyring costs ~25 ms if imported before the window shows
        from app.core import secrets

        return secrets.keychain_available()

    def accounts(self, destination: str) -> list[Account]:
        """Return the demo accounts first, then the saved ones of ``destination``."""
        # deferred: keyring costs ~25 ms if imported before the window shows
        from app.core import secrets

        found: dict[str, Account] = {
            key: account
            for key, account in self._demo.items()
            if account.destination == destination
        }
        prefix = get(destination).short_name
        try:
            saved = secrets.list_accounts()
        except Exception as exc:  # noqa: BLE001 - an unreadable index lists nothing
            log.warning("could not list saved accounts: %s", type(exc).__name__)
            saved = []
        for entry in saved:
            if entry.destination != prefix or entry.key in found:
                continue
            try:
                app_id = int(entry.app_id)
            except ValueError:
                continue
            values = secrets.load_account(entry.key)
            if not values:
                continue
            for value in values.values():
                if isinstance(value, str):
                    register_secret(value)
            base_url = str(values.pop(BASE_URL_KEY, "") or default_base_url(destination))
            found[entry.key] = Account(
                destination=by_short_name(prefix).key,  # type: ignore[union-attr]
                app_id=app_id,
                label=entry.label or entry.key,
                base_url=base_url,
                secrets={k: str(v) for k, v in values.items() if v is not None},
                # A local server may be gone (an older version saved the demo sandbox, whose
                # port changed): such an account is tested before use, never shown connected.
                verified=not is_sandbox_address(base_url) or (entry.key, base_url) in self._tested,
            )
        return list(found.values())

    def overview(self) -> list[tuple[str, str]]:
        """Return (destination key, label) of every account set up, reading no secret."""
        # deferred: keyring costs ~25 ms if imported before the window shows
        from app.core import secrets

        found = {self.key(a): (a.destination, a.label) for a in self._demo.values()}
        try:
            saved = secrets.list_accounts()
        except Exception as exc:  # noqa: BLE001 - an unreadable index lists nothing
            log.warning("could not list saved accounts: %s", type(exc).__name__)
            saved = []
        for entry in saved:
            destination = by_short_name(entry.destination)
            if destination is not None and entry.key not in found:
                found[entry.key] = (destination.key, entry.label or entry.key)
        return list(found.values())

    def mark_tested(self, account: Account) -> None:
        """Remember for this session that the service accepted this account."""
        self._tested.add((self.key(account), account.base_url))

    def add_demo(self, account: Account) -> None:
        """Keep a demo account in memory for this run only."""
        for value in account.secrets.values():
            register_secret(value)
        account.demo = True
        self._demo[self.key(account)] = account

    def is_session_only(self, account: Account) -> bool:
        """Return True for an account of the demo's sandbox, kept until the program closes."""
        return account.demo or any(d.base_url == account.base_url for d in self._demo.values())

    def save(self, account: Account) -> bool:
        """Store a verified account; return True if it went to the keychain (else: this session).

        Accounts of the demo's sandbox are kept for this session only, whatever the keychain.
        """
        # deferred: keyring costs ~25 ms if imported before the window shows
        from app.core import secrets

        for value in account.secrets.values():
            register_secret(value)
        if account.verified:
            self.mark_tested(account)
        if self.key(account) in self._demo or self.is_session_only(account):
            self.add_demo(account)
            return False
        blob: dict[str, Any] = dict(account.secrets)
        if account.base_url.rstrip("/") != default_base_url(account.destination).rstrip("/"):
            blob[BASE_URL_KEY] = account.base_url
        return secrets.save_account(self.key(account), blob, account.label)

    def remove(self, account: Account) -> None:
        """Forget an account (keychain, session and list)."""
        # deferred: keyring costs ~25 ms if imported before the window shows
        from app.core import secrets

        key = self.key(account)
        if self._demo.pop(key, None) is None:
            secrets.delete_account(key)
