"""A date column's own values settle day-first against month-first, once for the whole column."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.main import main
from app.core.conversion.convert import RowStatus, compile_mapping, convert_rows, value_at
from app.core.conversion.date_issue import DateIssue
from app.core.conversion.date_text import DAY_FIRST, MONTH_FIRST, infer_day_order
from app.core.conversion.dates import local_zone_name, make_date_converter
from app.core.conversion.mapping import FieldRule, Mapping, PipelessSettings
from app.core.reading.sheet import read_sheet
from app.paths import samples_dir


def test_one_unambiguous_value_settles_the_column() -> None:
    assert infer_day_order(["01/04/2025", " 28/03/2025 ", "02/04/2025"]) == (
        DAY_FIRST,
        "28/03/2025",
    )
    assert infer_day_order(["04/01/2025", "03/28/2025 2:30 PM"]) == (
        MONTH_FIRST,
        "03/28/2025 2:30 PM",
    )


def test_nothing_settles_or_values_disagree() -> None:
    assert infer_day_order(["01/04/2025", "02/03/2025"]) is None  # every day is 12 or less
    assert infer_day_order(["28/03/2025", "03/28/2025"]) is None  # two ways: refuse, never guess
    assert infer_day_order([None, 45000, "2025-03-28", "28 mars 2025"]) is None
    assert infer_day_order([]) is None


def test_the_converter_reads_ambiguous_values_in_the_column_order() -> None:
    day_first = make_date_converter("iso_date", day_first=True)
    month_first = make_date_converter("iso_date", day_first=False)
    unknown = make_date_converter("iso_date")
    assert day_first("01/04/2025") == "2025-04-01"
    assert month_first("01/04/2025") == "2025-01-04"
    with pytest.raises(DateIssue) as refused:
        unknown("01/04/2025")
    assert refused.value.code == "date_ambiguous"
    assert day_first("28/03/2025") == "2025-03-28"
    with pytest.raises(DateIssue):
        day_first("31/02/2025")  # settled order, still not a real date


def pipeless_mapping(fmt: str | None = None) -> Mapping:
    return Mapping(
        "pipeless",
        {
            "start_object.type": FieldRule(value="user"),
            "start_object.id": FieldRule(column="Membre"),
            "relationship.type": FieldRule(value="viewed"),
            "relationship.created_on": FieldRule(column="Attended at", format=fmt),
            "end_object.type": FieldRule(value="content"),
            "end_object.id": FieldRule(value="webinar-1"),
        },
        pipeless=PipelessSettings(app_id=77),
    )


def french_csv(tmp_path: Path) -> Path:
    path = tmp_path / "présences.csv"
    path.write_text(
        "Membre;Attended at\r\n"
        "m-1;01/04/2025 09:30\r\n"
        "m-2;28/03/2025 14:00\r\n"
        "m-3;02/04/2025 10:15\r\n",
        encoding="utf-8",
    )
    return path


def test_conversion_applies_the_column_order_and_says_where_from(tmp_path: Path) -> None:
    sheet = read_sheet(french_csv(tmp_path))
    result = convert_rows(sheet, pipeless_mapping())
    assert [o.status for o in result.outcomes] == [RowStatus.VALID] * 3
    first = value_at(result.outcomes[0].event, "relationship.created_on")
    assert first == "2025-04-01T09:30:00"
    compiled = compile_mapping(pipeless_mapping(), sheet.headers, sheet.rows)
    assert compiled.date_orders == {"relationship.created_on": (DAY_FIRST, "28/03/2025 14:00")}
    # A chosen format wins: no inference.
    chosen = compile_mapping(pipeless_mapping("%m/%d/%Y %H:%M"), sheet.headers, sheet.rows)
    assert chosen.date_orders == {}
    # Without the rows (a caller that does not pass them), the old refusal stays.
    assert compile_mapping(pipeless_mapping(), sheet.headers).date_orders == {}


def test_cli_check_uses_the_same_inference(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from app.core.conversion.mapping import save_mapping

    mapping_path = tmp_path / "likes.mapping.json"
    save_mapping(pipeless_mapping(), mapping_path)
    code = main(["check", str(french_csv(tmp_path)), "--mapping", str(mapping_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "3 rows" in out
    assert 'Dates of "Attended at" read as day/month/year (from 28/03/2025 14:00)' in out


def test_the_computer_zone_is_its_iana_name(monkeypatch: pytest.MonkeyPatch) -> None:
    import tzlocal

    monkeypatch.setenv("TZ", "Europe/Paris")
    tzlocal.reload_localzone()  # the zone is read once per run; the test changes it
    try:
        assert local_zone_name() == "Europe/Paris"
        monkeypatch.setenv("TZ", "Etc/UTC")
        tzlocal.reload_localzone()
        assert local_zone_name() == "UTC"
    finally:
        monkeypatch.undo()
        tzlocal.reload_localzone()


def test_the_sample_file_still_converts_the_same() -> None:
    from app.core.conversion.mapping import load_mapping

    sheet = read_sheet(samples_dir() / "post-likes.csv")
    mapping = load_mapping(samples_dir() / "post-likes.mapping.json")
    assert convert_rows(sheet, mapping).counts["valid"] > 0
