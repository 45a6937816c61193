"""The user's preferences, saved as a small JSON file under the per-user config folder.

Settings are a typed dataclass so that every reader sees the same defaults, and the file carries a
``version`` so that a newer program can upgrade what an older one wrote instead of losing it.
Nothing secret goes here: tokens and keys live in the OS keychain (``app.core.secrets``).

Remembered mappings (the mapping used last time for a file with the same headers and the same
destination) are kept as mapping files of the core format in ``<config>/mappings/``; the settings
only index them, so a user can find, copy or delete them by hand.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from app.paths import config_dir

SETTINGS_VERSION = 2
SETTINGS_FILE = "settings.json"
MAPPINGS_FOLDER = "mappings"
MAX_RECENT_FILES = 10
MAX_REMEMBERED_MAPPINGS = 50
LANGUAGES = ("en", "fr")

log = logging.getLogger(__name__)


@dataclass
class RememberedMapping:
    """Where the mapping for one header set + destination was saved, and when it was last used."""

    file: str  # file name inside the mappings folder
    source_name: str  # name of the spreadsheet it was made for, to tell the user
    used_at: str  # ISO 8601 timestamp


@dataclass
class Settings:
    """Everything the program remembers between runs (no secrets)."""

    version: int = SETTINGS_VERSION
    language: str | None = None  # None: follow the system
    recent_files: list[str] = field(default_factory=list)
    last_mappings: dict[str, RememberedMapping] = field(default_factory=dict)
    batch_size: int | None = None  # advanced: events per request; None = the destination's default
    concurrency: int = 4  # advanced: requests in flight at once
    test_batch_rows: int = 5  # rows sent by "Send test batch" (real events the user checks)

    def add_recent_file(self, path: str | Path) -> None:
        """Put ``path`` first in the recent files, without duplicates, keeping the list short."""
        text = str(Path(path).resolve()) if Path(path).exists() else str(path)
        self.recent_files = [text] + [p for p in self.recent_files if p != text]
        del self.recent_files[MAX_RECENT_FILES:]

    def remove_recent_file(self, path: str | Path) -> None:
        """Forget a recent file (for example one that no longer exists)."""
        self.recent_files = [p for p in self.recent_files if p != str(path)]


def settings_path() -> Path:
    """Return the settings file location."""
    return config_dir() / SETTINGS_FILE


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a settings dict written by an older version up to ``SETTINGS_VERSION``.

    Version 1 stored the language as ``lang`` and the recent files as ``recent``; it had no
    remembered mappings. Unknown future versions are read as far as their keys are understood.
    """
    version = int(data.get("version", 1) or 1)
    if version < 2:
        data = dict(data)
        if "lang" in data:
            data.setdefault("language", data.pop("lang"))
        if "recent" in data:
            data.setdefault("recent_files", data.pop("recent"))
        data["version"] = 2
    return data


def _from_dict(data: dict[str, Any]) -> Settings:
    data = upgrade(data)
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in data.items() if k in known}
    settings = Settings()
    language = values.get("language")
    settings.language = language if language in LANGUAGES else None
    recent = values.get("recent_files")
    if isinstance(recent, list):
        settings.recent_files = [str(p) for p in recent if isinstance(p, str)][:MAX_RECENT_FILES]
    remembered = values.get("last_mappings")
    if isinstance(remembered, dict):
        for key, entry in remembered.items():
            try:
                settings.last_mappings[str(key)] = RememberedMapping(
                    file=str(entry["file"]),
                    source_name=str(entry.get("source_name", "")),
                    used_at=str(entry.get("used_at", "")),
                )
            except (KeyError, TypeError):
                continue
    for name, low, high in (
        ("batch_size", 1, 100),
        ("concurrency", 1, 16),
        ("test_batch_rows", 1, 100),
    ):
        value = values.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            setattr(settings, name, value)
    settings.version = SETTINGS_VERSION
    return settings


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings; a missing or damaged file gives the defaults (logged, not fatal)."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable, using defaults: %s", path, exc)
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    return _from_dict(raw)


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically, so a crash never leaves half a file."""
    data = asdict(settings)
    data["version"] = SETTINGS_VERSION
    _write_atomically(path or settings_path(), json.dumps(data, indent=2, ensure_ascii=False))


def mapping_key(headers: list[str], destination: str, target_id: str | int | None) -> str:
    """Return the key under which a mapping is remembered.

    The same headers (in any order, case and spacing ignored) going to the same template or app
    give the same key, so next month's export of the same report finds last month's mapping.
    """
    normalised = sorted(" ".join(h.split()).casefold() for h in headers)
    blob = json.dumps([destination, str(target_id or ""), normalised], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:24]


def remember_mapping(
    settings: Settings, key: str, mapping_data: dict[str, Any], source_name: str, now: str
) -> Path:
    """Store a mapping (core JSON form) for ``key``, index it in ``settings``; return its path."""
    folder = config_dir() / MAPPINGS_FOLDER
    path = folder / f"{key}.json"
    _write_atomically(path, json.dumps(mapping_data, indent=2, ensure_ascii=False))
    settings.last_mappings[key] = RememberedMapping(
        file=path.name, source_name=source_name, used_at=now
    )
    if len(settings.last_mappings) > MAX_REMEMBERED_MAPPINGS:
        oldest = sorted(settings.last_mappings.items(), key=lambda item: item[1].used_at)
        for old_key, entry in oldest[: len(settings.last_mappings) - MAX_REMEMBERED_MAPPINGS]:
            (folder / entry.file).unlink(missing_ok=True)
            del settings.last_mappings[old_key]
    return path


def recall_mapping(settings: Settings, key: str) -> tuple[dict[str, Any], RememberedMapping] | None:
    """Return the remembered mapping data for ``key`` and its index entry, or None."""
    entry = settings.last_mappings.get(key)
    if entry is None:
        return None
    try:
        data = json.loads(
            (config_dir() / MAPPINGS_FOLDER / Path(entry.file).name).read_text("utf-8")
        )
    except (OSError, ValueError):
        return None
    return (data, entry) if isinstance(data, dict) else None
