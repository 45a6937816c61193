"""Secrets go to the keychain when there is one, else stay in memory; never into files."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail
from memory_keyring import MemoryKeyring

from app.core import secrets as secrets_mod
from app.core.secrets import SERVICE, SecretStore, account_key

TOKEN = "pat-na1-11111111-2222-3333-4444-recognisable"


class RefusingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def _all_text(folder: Path) -> str:
    return "".join(p.read_text("utf-8", "replace") for p in folder.rglob("*") if p.is_file())


def test_account_keys() -> None:
    assert account_key("hubspot-timeline", 123456) == "hubspot:123456"
    assert account_key("pipeless", "77") == "pipeless:77"


def test_saved_in_keychain_and_listed_without_secret(memory_keyring, tmp_path: Path) -> None:
    store = SecretStore(tmp_path)
    assert store.keychain_available()
    assert store.save("hubspot:123456", {"access_token": TOKEN}, label="Acme portal") is True
    assert (SERVICE, "hubspot:123456") in memory_keyring.items
    # a fresh store (next program start) finds it in the keychain
    again = SecretStore(tmp_path)
    assert again.load("hubspot:123456") == {"access_token": TOKEN}
    [account] = again.list_accounts()
    assert (account.key, account.label, account.in_keychain) == (
        "hubspot:123456",
        "Acme portal",
        True,
    )
    assert account.destination == "hubspot" and account.app_id == "123456"
    assert TOKEN not in _all_text(tmp_path)
    again.delete("hubspot:123456")
    assert again.load("hubspot:123456") is None
    assert again.list_accounts() == []
    again.delete("hubspot:123456")  # deleting twice is harmless


def test_no_keychain_keeps_secrets_for_the_session(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = SecretStore(tmp_path)
        assert store.keychain_available() is False
        assert store.save("pipeless:77", {"api_key": TOKEN}, label="Demo") is False
        assert store.load("pipeless:77") == {"api_key": TOKEN}
        [account] = store.list_accounts()
        assert account.in_keychain is False and account.label == "Demo"
        assert TOKEN not in _all_text(tmp_path)
        # the next session does not have it
        assert SecretStore(tmp_path).load("pipeless:77") is None
        assert SecretStore(tmp_path).list_accounts() == []
    finally:
        keyring.set_keyring(previous)


def test_refusing_keychain_falls_back_plainly(tmp_path: Path, caplog) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(RefusingKeyring())
    try:
        store = SecretStore(tmp_path)
        assert store.keychain_available() is True
        assert store.save("hubspot:1", {"access_token": TOKEN}) is False
        assert store.keychain_available() is False
        assert store.load("hubspot:1") == {"access_token": TOKEN}
        assert TOKEN not in caplog.text
    finally:
        keyring.set_keyring(previous)


def test_module_functions_use_one_store(memory_keyring, monkeypatch) -> None:
    monkeypatch.setattr(secrets_mod, "_default_store", None)
    assert secrets_mod.keychain_available()
    secrets_mod.save_account("pipeless:77", {"api_key": TOKEN}, "Demo")
    assert secrets_mod.load_account("pipeless:77") == {"api_key": TOKEN}
    assert [a.key for a in secrets_mod.list_accounts()] == ["pipeless:77"]
    secrets_mod.delete_account("pipeless:77")
    assert secrets_mod.load_account("pipeless:77") is None
