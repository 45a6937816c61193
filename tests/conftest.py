"""Test-wide setup: no screen, no real keychain prompts, per-test user folders."""

from __future__ import annotations

import os

# Must be set before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep journals, logs and settings of every test in its own temporary folders."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("EVENT_LOADER_STATE_DIR", str(base / "state"))
    monkeypatch.setenv("EVENT_LOADER_LOG_DIR", str(base / "log"))
    monkeypatch.setenv("EVENT_LOADER_CONFIG_DIR", str(base / "config"))


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """The program's own application class, so window tests see the events it handles."""
    from app.ui.file_open import EventLoaderApplication

    return EventLoaderApplication


from memory_keyring import memory_keyring  # noqa: E402,F401
from sandbox_fixture import sandbox, sandbox_factory  # noqa: E402,F401
