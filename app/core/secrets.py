"""Account secrets (tokens, keys) in the OS keychain; the only module that talks to ``keyring``.

Each account is one keychain entry under the service ``event-loader``: the user name is the
account key (``hubspot:<appId>`` or ``pipeless:<appId>``) and the password a JSON object holding
that account's secrets. A small index of account keys and labels (never a secret) sits in the
config folder, because keychains cannot be listed portably.

When the platform has no usable keychain (no Secret Service on a bare Linux desktop, a locked or
refused keychain), secrets are kept in memory for this session only and ``keychain_available()``
turns False, so the window can say so plainly instead of failing. Secret values never reach a log,
a file or an exception message here.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import keyring.errors

from app.core.destinations import by_short_name
from app.paths import config_dir

SERVICE = "event-loader"
INDEX_FILE = "accounts.json"
INDEX_VERSION = 1

log = logging.getLogger(__name__)


def account_key(destination: str, app_id: int | str) -> str:
    """Return the account key of a destination's app: ``hubspot:<appId>`` / ``pipeless:<appId>``.

    The prefix is the destination's short name (``Destination.short_name``).
    """
    known = by_short_name(destination)
    prefix = known.short_name if known is not None else destination.split("-")[0]
    return f"{prefix}:{app_id}"


@dataclass(frozen=True, slots=True)
class SavedAccount:
    """A saved account as the index knows it (no secret): key, label and where it is kept."""

    key: str
    label: str
    saved_at: float
    in_keychain: bool  # False: kept for this session only

    @property
    def destination(self) -> str:
        """The destination's short name (``hubspot``, ``pipeless``, ...)."""
        return self.key.split(":", 1)[0]

    @property
    def app_id(self) -> str:
        """The app id part of the key."""
        return self.key.split(":", 1)[1] if ":" in self.key else ""


class SecretStore:
    """Secrets per account key, in the keychain when there is one, else in memory.

    ``config_dir`` is where the index of labels lives (default: the per-user config folder).
    """

    def __init__(self, config_dir: Path | None = None) -> None:
        self._config_dir = config_dir
        self._session: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()
        self._keychain_ok: bool | None = None

    # -- where things go --

    def keychain_available(self) -> bool:
        """Return True when secrets go to the OS keychain (False: this session only)."""
        if self._keychain_ok is None:
            self._keychain_ok = _backend_usable()
        return self._keychain_ok

    def _index_path(self) -> Path:
        if self._config_dir is not None:
            return self._config_dir / INDEX_FILE

        return config_dir() / INDEX_FILE

    # -- secrets --

    def save(self, key: str, secrets: Mapping[str, Any], label: str = "") -> bool:
        """Save an account's secrets; return True if they went to the keychain.

        Callers save only after a test call with these secrets succeeded.
        """
        blob = json.dumps(dict(secrets), sort_keys=True)
        stored = False
        if self.keychain_available():
            try:
                keyring.set_password(SERVICE, key, blob)
                stored = True
            except keyring.errors.KeyringError as exc:
                self._keychain_lost(exc)
        with self._lock:
            if stored:
                self._session.pop(key, None)
            else:
                self._session[key] = dict(secrets)
        self._index_put(key, label, stored)
        return stored

    def load(self, key: str) -> dict[str, Any] | None:
        """Return an account's secrets, or None when none are saved."""
        with self._lock:
            if key in self._session:
                return dict(self._session[key])
        if not self.keychain_available():
            return None
        try:
            blob = keyring.get_password(SERVICE, key)
        except keyring.errors.KeyringError as exc:
            self._keychain_lost(exc)
            return None
        if not blob:
            return None
        try:
            data = json.loads(blob)
        except ValueError:
            log.warning("The keychain entry of account %s is not readable; ignoring it.", key)
            return None
        return data if isinstance(data, dict) else None

    def delete(self, key: str) -> None:
        """Forget an account's secrets (keychain, session and index)."""
        with self._lock:
            self._session.pop(key, None)
        if self.keychain_available():
            try:
                keyring.delete_password(SERVICE, key)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing was there
            except keyring.errors.KeyringError as exc:
                self._keychain_lost(exc)
        self._index_remove(key)

    def list_accounts(self) -> list[SavedAccount]:
        """Return the saved accounts (keychain ones from the index, plus session-only ones)."""
        entries = self._index_read()
        accounts = {
            key: SavedAccount(key, str(e.get("label", "")), float(e.get("saved_at", 0)), True)
            for key, e in entries.items()
            if e.get("in_keychain", True)
        }
        with self._lock:
            for key in self._session:
                entry = entries.get(key, {})
                accounts[key] = SavedAccount(
                    key, str(entry.get("label", "")), float(entry.get("saved_at", 0)), False
                )
        return sorted(accounts.values(), key=lambda a: a.key)

    # -- internals --

    def _keychain_lost(self, exc: BaseException) -> None:
        # Only the exception type: a backend's message could quote what it was given.
        log.warning(
            "The keychain refused access (%s); keeping secrets for this session only.",
            type(exc).__name__,
        )
        self._keychain_ok = False

    def _index_read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self._index_path().read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        accounts = data.get("accounts") if isinstance(data, dict) else None
        return accounts if isinstance(accounts, dict) else {}

    def _index_put(self, key: str, label: str, in_keychain: bool) -> None:
        entries = self._index_read()
        entries[key] = {"label": label, "saved_at": time.time(), "in_keychain": in_keychain}
        self._index_write(entries)

    def _index_remove(self, key: str) -> None:
        entries = self._index_read()
        if entries.pop(key, None) is not None:
            self._index_write(entries)

    def _index_write(self, entries: dict[str, dict[str, Any]]) -> None:
        path = self._index_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".accounts-", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": INDEX_VERSION, "accounts": entries}, handle, indent=2)
            os.replace(tmp, path)
        except OSError as exc:
            # The secrets themselves are saved; only the list of labels could not be updated.
            log.warning("Could not update the list of saved accounts in %s: %s", path, exc.strerror)


def _backend_usable() -> bool:
    """Return True when keyring has a real backend (not the fail or null one)."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration must not stop the program
        return False
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    priority = getattr(backend, "priority", 1)
    try:
        return float(priority) > 0
    except (TypeError, ValueError):
        return True


_default_store: SecretStore | None = None
_default_lock = threading.Lock()


def default_store() -> SecretStore:
    """Return the program's secret store (one per process, created on first use)."""
    global _default_store
    with _default_lock:
        if _default_store is None:
            _default_store = SecretStore()
        return _default_store


def keychain_available() -> bool:
    """Return True when secrets are kept in the OS keychain (False: this session only)."""
    return default_store().keychain_available()


def save_account(key: str, secrets: Mapping[str, Any], label: str = "") -> bool:
    """Save an account's secrets (see ``SecretStore.save``); True if in the keychain."""
    return default_store().save(key, secrets, label)


def load_account(key: str) -> dict[str, Any] | None:
    """Return an account's saved secrets, or None."""
    return default_store().load(key)


def delete_account(key: str) -> None:
    """Forget an account's secrets."""
    default_store().delete(key)


def list_accounts() -> list[SavedAccount]:
    """Return the saved accounts, without secrets."""
    return default_store().list_accounts()
