"""Where bundled resources and per-user files live.

Resources (samples, icons, translations) sit in the top-level ``resources/`` folder of a source
checkout and inside the bundle of a frozen build (PyInstaller sets ``sys._MEIPASS``). Per-user state
(journal, logs, settings) goes where the OS expects it, through ``platformdirs``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from app import APP_ID


def resources_dir() -> Path:
    """Return the folder holding samples, icons and translations."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def samples_dir() -> Path:
    """Return the folder of the bundled sample spreadsheets and their mapping files."""
    return resources_dir() / "samples"


def state_dir() -> Path:
    """Return the per-user folder for the upload journal (``EVENT_LOADER_STATE_DIR`` overrides)."""
    override = os.environ.get("EVENT_LOADER_STATE_DIR")
    return (
        Path(override) if override else Path(platformdirs.user_state_dir(APP_ID, appauthor=False))
    )


def log_dir() -> Path:
    """Return the per-user folder for log files (``EVENT_LOADER_LOG_DIR`` overrides)."""
    override = os.environ.get("EVENT_LOADER_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    """Return the per-user folder for settings (``EVENT_LOADER_CONFIG_DIR`` overrides)."""
    override = os.environ.get("EVENT_LOADER_CONFIG_DIR")
    return (
        Path(override) if override else Path(platformdirs.user_config_dir(APP_ID, appauthor=False))
    )
