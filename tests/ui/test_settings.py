"""Settings: typed defaults, a JSON file with a version, upgrades, remembered mappings."""

from __future__ import annotations

import json

from app.core import settings as settings_module
from app.core.settings import (
    MAX_RECENT_FILES,
    SETTINGS_VERSION,
    Settings,
    load_settings,
    mapping_key,
    recall_mapping,
    remember_mapping,
    save_settings,
    settings_path,
)


def test_defaults_when_there_is_no_file():
    loaded = load_settings()
    assert loaded == Settings()
    assert loaded.language is None and loaded.recent_files == [] and loaded.batch_size is None


def test_round_trip_keeps_every_field(tmp_path):
    original = Settings(language="fr", batch_size=50, concurrency=2)
    original.add_recent_file(tmp_path / "a.xlsx")
    save_settings(original)
    data = json.loads(settings_path().read_text("utf-8"))
    assert data["version"] == SETTINGS_VERSION
    assert load_settings() == original


def test_version_1_file_is_upgraded():
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(
        json.dumps({"version": 1, "lang": "fr", "recent": ["/x/a.csv"]}), "utf-8"
    )
    loaded = load_settings()
    assert loaded.language == "fr"
    assert loaded.recent_files == ["/x/a.csv"]
    assert loaded.version == SETTINGS_VERSION


def test_damaged_or_strange_values_fall_back_to_defaults():
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("{not json", "utf-8")
    assert load_settings() == Settings()
    settings_path().write_text(
        json.dumps(
            {
                "version": 2,
                "language": "klingon",
                "batch_size": 0,
                "concurrency": "9",
                "recent_files": ["ok.csv", 3],
                "future_key": True,
            }
        ),
        "utf-8",
    )
    loaded = load_settings()
    assert loaded.language is None
    assert loaded.batch_size is None and loaded.concurrency == 4
    assert loaded.recent_files == ["ok.csv"]


def test_recent_files_are_unique_newest_first_and_capped(tmp_path):
    settings = Settings()
    for number in range(MAX_RECENT_FILES + 3):
        settings.add_recent_file(tmp_path / f"{number}.csv")
    settings.add_recent_file(tmp_path / "5.csv")
    assert len(settings.recent_files) == MAX_RECENT_FILES
    assert settings.recent_files[0] == str(tmp_path / "5.csv")
    assert settings.recent_files.count(str(tmp_path / "5.csv")) == 1
    settings.remove_recent_file(tmp_path / "5.csv")
    assert str(tmp_path / "5.csv") not in settings.recent_files


def test_mapping_key_ignores_order_case_and_spacing_but_not_destination():
    key = mapping_key(["Email", "Joined  at"], "hubspot-timeline", "1009877")
    assert key == mapping_key(["joined at", "EMAIL"], "hubspot-timeline", "1009877")
    assert key != mapping_key(["Email", "Joined at"], "hubspot-timeline", "1009876")
    assert key != mapping_key(["Email", "Joined at", "Company"], "hubspot-timeline", "1009877")


def test_remember_and_recall_a_mapping():
    settings = Settings()
    data = {
        "format": "event-loader-mapping",
        "version": 1,
        "fields": {"email": {"column": "Email"}},
    }
    path = remember_mapping(settings, "k1", data, "export.xlsx", "2026-11-20T10:00:00+00:00")
    assert path.exists()
    save_settings(settings)
    found = recall_mapping(load_settings(), "k1")
    assert found is not None
    recalled, entry = found
    assert recalled == data and entry.source_name == "export.xlsx"
    assert recall_mapping(settings, "unknown") is None


def test_remembered_mappings_are_capped_oldest_first(monkeypatch):
    monkeypatch.setattr(settings_module, "MAX_REMEMBERED_MAPPINGS", 2)
    settings = Settings()
    for day in (1, 2, 3):
        remember_mapping(settings, f"k{day}", {"n": day}, "f.csv", f"2026-11-0{day}T00:00:00")
    assert set(settings.last_mappings) == {"k2", "k3"}
    assert recall_mapping(settings, "k1") is None


def test_settings_hold_no_secret_fields():
    names = set(Settings.__dataclass_fields__)
    assert not {n for n in names if "token" in n or "key" in n or "secret" in n}
