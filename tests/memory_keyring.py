"""An in-memory keychain for tests: no prompt, nothing left on the machine.

The real Secret Service is exercised in ``tests/proof/test_proof_keychain.py``; everywhere else a
test installs this backend so that saving an account never touches the developer's keychain.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest

from app.core import secrets


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Secrets in a dict, with keyring's own semantics (deleting a missing entry is an error)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError(username)
        del self.items[(service, username)]


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Install an in-memory keychain, and a fresh secret store that sees it."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(secrets, "_default_store", None)
    yield backend
    keyring.set_keyring(previous)
