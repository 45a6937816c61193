"""Shared pieces for the window-shell tests: keyrings, a context, the samples, waiting helpers."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401 - re-exported fixture
from PySide6.QtCore import QThreadPool

from app.core import secrets
from app.core.settings import Settings
from app.paths import samples_dir
from app.ui.accounts import AccountStore
from app.ui.context import AppContext

WEBINAR = "webinar-attendees.xlsx"
WEBINAR_MAPPING = "webinar-attendees.mapping.json"
LIKES = "post-likes.csv"


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
