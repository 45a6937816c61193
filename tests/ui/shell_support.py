"""Shared pieces for the window-shell tests: keyrings, a context, the samples, waiting helpers."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from PySide6.QtCore import QThreadPool

from app.core import secrets
from app.core.settings import Settings
from app.paths import samples_dir
from app.ui.accounts import AccountStore
from app.ui.context import AppContext

WEBINAR = "webinar-attendees.xlsx"
WEBINAR_MAPPING = "webinar-attendees.mapping.json"
LIKES = "post-likes.csv"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Secrets in a dict: no prompt, nothing left on the machine."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    """An in-memory keychain, and a fresh secret store that sees it."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(secrets, "_default_store", None)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch):
    """A computer without a usable keychain."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.setattr(secrets, "_default_store", None)
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def context() -> AppContext:
    """A context with default settings (saved into the test's own config folder)."""
    return AppContext(settings=Settings(), accounts=AccountStore())


@pytest.fixture
def wait_pool():
    """Wait for every background task at teardown, so no thread outlives its test."""
    yield
    QThreadPool.globalInstance().waitForDone(10000)


def sample(name: str, tmp_path: Path | None = None) -> Path:
    """Return a bundled sample (copied into ``tmp_path`` when given, so a test may change it)."""
    source = samples_dir() / name
    if tmp_path is None:
        return source
    target = tmp_path / name
    shutil.copyfile(source, target)
    return target


@pytest.fixture
def english(qapp):
    """The English translation the program installs (it holds the singular forms)."""
    from app.ui.launch import install_translators

    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
