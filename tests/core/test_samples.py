"""The bundled samples: reproducible, and checked with the counts they were made for."""

from __future__ import annotations

import importlib.util
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from app.cli.main import main
from app.core.conversion.convert import RowStatus, convert_rows
from app.core.conversion.mapping import load_mapping
from app.core.reading.sheet import read_sheet
from app.paths import samples_dir

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_samples.py"

# The kind of problem each planted row carries, as the converter's stable codes.
KIND_CODES = {
    "email": {"email_invalid"},
    "cell_error": {"cell_error"},
    "attendance": {"enum_unknown"},
    "identifier": {"record_id_missing"},
    "id_too_long": {"id_too_long"},
    "action": {"type_unknown"},
    "date": {"date_not_real", "date_invalid"},
    "missing_post": {"required_missing"},
}


@pytest.fixture(scope="module")
def make_samples() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_samples", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def regenerated(make_samples: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("samples")
    make_samples.make_samples(out)
    return out


def zip_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_samples_regenerate_identically(make_samples: ModuleType, regenerated: Path) -> None:
    for name in (make_samples.WEBINAR_MAPPING, make_samples.LIKES_CSV, make_samples.LIKES_MAPPING):
        committed = samples_dir() / name
        assert committed.exists(), f"{name} is missing from resources/samples"
        assert (regenerated / name).read_bytes() == committed.read_bytes(), (
            f"{name} differs from what scripts/make_samples.py makes: run it and commit the result"
        )
    # A workbook is a zip: compare every part, so that only the zip container may differ.
    workbook = make_samples.WEBINAR_XLSX
    assert zip_members(regenerated / workbook) == zip_members(samples_dir() / workbook)


def test_workbook_is_byte_for_byte_reproducible(make_samples: ModuleType, tmp_path: Path) -> None:
    make_samples.make_samples(tmp_path / "a")
    make_samples.make_samples(tmp_path / "b")
    name = make_samples.WEBINAR_XLSX
    assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_likes_csv_is_a_french_excel_export() -> None:
    raw = (samples_dir() / "post-likes.csv").read_bytes()
    assert b"\r\n" in raw and raw.split(b"\r\n")[0].count(b";") == 5
    text = raw.decode("cp1252")
    assert "Tutoriel vidéo" in text and "l’équipe" in text
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")


@pytest.mark.parametrize("name", ["webinar-attendees.xlsx", "post-likes.csv"])
def test_sample_converts_with_the_planted_problems_only(
    make_samples: ModuleType, regenerated: Path, name: str
) -> None:
    expected = make_samples.EXPECTED[name]
    sheet = read_sheet(samples_dir() / name)
    mapping = load_mapping(samples_dir() / expected["mapping"])
    result = convert_rows(sheet, mapping)

    assert len(sheet.rows) == expected["rows"]
    counts = result.counts
    assert (counts["valid"], counts["invalid"], counts["duplicate"]) == (
        expected["valid"], expected["invalid"], expected["duplicate"],
    )  # fmt: skip

    invalid = {o.row_number: o for o in result.outcomes if o.status is RowStatus.INVALID}
    assert sorted(invalid) == sorted(expected["invalid_rows"])
    for row_number, kind in expected["invalid_rows"].items():
        codes = {p.code for p in invalid[row_number].problems}
        assert codes & KIND_CODES[kind], f"row {row_number}: {codes} for a planted {kind} problem"
        assert len(codes) == 1, f"row {row_number} should have only its planted problem: {codes}"

    duplicates = {
        o.row_number: o.duplicate_of for o in result.outcomes if o.status is RowStatus.DUPLICATE
    }
    assert duplicates == expected["duplicate_rows"]


def test_webinar_events_are_what_hubspot_receives() -> None:
    sheet = read_sheet(samples_dir() / "webinar-attendees.xlsx")
    result = convert_rows(sheet, load_mapping(samples_dir() / "webinar-attendees.mapping.json"))
    live = next(o for o in result.outcomes if o.event.get("tokens", {}).get("attendance") == "live")
    event = live.event
    assert event["eventTemplateId"] == "1009877"
    assert event["id"] == live.event_id
    assert isinstance(event["tokens"]["registeredOn"], int)
    assert event["tokens"]["registeredOn"] % 86_400_000 == 0, "a date token is midnight UTC"
    # Paris is UTC+1 before 30 March 2025 and UTC+2 after it.
    stamps = [o.event["timestamp"] for o in result.outcomes if "timestamp" in o.event]
    assert any(s.startswith("2025-03-20") and s.endswith("+01:00") for s in stamps)
    assert any(s.startswith("2025-04-03") and s.endswith("+02:00") for s in stamps)
    # Event ids are unique among the rows that will be sent.
    sendable = [o.event_id for o in result.outcomes if o.sendable]
    assert len(set(sendable)) == len(sendable)


@pytest.mark.parametrize("name", ["webinar-attendees.xlsx", "post-likes.csv"])
def test_check_command_on_each_sample(
    make_samples: ModuleType, name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = make_samples.EXPECTED[name]
    report = tmp_path / "report.xlsx"
    code = main([
        "check", str(samples_dir() / name),
        "--mapping", str(samples_dir() / expected["mapping"]),
        "--report", str(report),
    ])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1  # both samples carry invalid rows on purpose
    assert f"{expected['rows']} rows checked" in out
    assert f"  {expected['valid']} valid" in out
    assert f"  {expected['invalid']} invalid" in out
    assert f"  {expected['duplicate']} duplicate" in out
    import openpyxl

    rows = list(openpyxl.load_workbook(report).active.iter_rows(values_only=True))
    assert len(rows) == expected["rows"] + 1
    by_row = {r[0]: r for r in rows[1:]}
    for row_number in expected["invalid_rows"]:
        assert by_row[row_number][-3] == "invalid"
        assert by_row[row_number][-2]
    for row_number in expected["duplicate_rows"]:
        assert by_row[row_number][-3] == "duplicate"
