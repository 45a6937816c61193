"""``event-loader map``: starter mappings from a sheet's header and a template, usable by check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from app.core.conversion.mapping import load_mapping
from app.paths import samples_dir

ROOT = Path(__file__).resolve().parents[2]
WEBINAR = str(samples_dir() / "webinar-attendees.xlsx")
LIKES = str(samples_dir() / "post-likes.csv")

# Template 1009877 as HubSpot's API returns it (GET .../event-templates/1009877).
WEBINAR_TEMPLATE = {
    "id": "1009877",
    "name": "Webinar attended",
    "objectType": "contacts",
    "headerTemplate": "Attended {{webinar}}",
    "detailTemplate": "{{minutesAttended}} minutes ({{attendance}})",
    "tokens": [
        {
            "name": "webinar",
            "label": "Webinar",
            "type": "string",
            "createdAt": "2025-01-10T09:00:00Z",
        },
        {"name": "minutesAttended", "label": "Minutes attended", "type": "number"},
        {"name": "registeredOn", "label": "Registration date", "type": "date"},
        {
            "name": "attendance",
            "label": "Attendance",
            "type": "enumeration",
            "options": [
                {"label": "Attended live", "value": "live"},
                {"label": "Watched replay", "value": "replay"},
                {"label": "Did not attend", "value": "absent"},
            ],
        },
    ],
    "createdAt": "2025-01-10T09:00:00Z",
    "updatedAt": None,
}
COURSE_TEMPLATE = {
    "id": "1009876",
    "name": "Course completed",
    "objectType": "contacts",
    "tokens": [{"name": "course", "label": "Course", "type": "string"}],
}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def template_file(tmp: Path, data: object, name: str = "template.json") -> str:
    path = tmp / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_hubspot_mapping_from_a_template_file_is_matched_and_usable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "webinar.mapping.json"
    code, stdout, err = run(
        ["map", WEBINAR, "--destination", "hubspot-timeline", "--app-id", "123456",
         "--template-file", template_file(tmp_path, WEBINAR_TEMPLATE), "--out", str(out)],
        capsys,
    )  # fmt: skip
    assert code == 0, err
    mapping = load_mapping(out)
    assert mapping.destination == "hubspot-timeline"
    assert mapping.hubspot is not None
    assert (mapping.hubspot.app_id, mapping.hubspot.event_template_id) == (123456, "1009877")
    assert [t.name for t in mapping.hubspot.tokens] == [
        "webinar",
        "minutesAttended",
        "registeredOn",
        "attendance",
    ]
    assert mapping.hubspot.tokens[3].options[1].value == "replay"
    columns = {target: rule.column for target, rule in mapping.fields.items()}
    assert columns["email"] == "Email address"
    assert columns["tokens.webinar"] == "Webinar"
    assert columns["tokens.minutesAttended"] == "Minutes attended"
    assert columns["tokens.attendance"] == "Attendance"
    assert f"Mapping written to {out}" in stdout
    assert "email" in stdout and '<- "Email address"' in stdout
    assert "not imported" in stdout and '"First name"' in stdout

    # The starter mapping works as it is: check reads every row with it.
    code, stdout, err = run(["check", WEBINAR, "--mapping", str(out)], capsys)
    assert code in (0, 1), err
    assert "150 rows checked" in stdout


def test_template_listing_needs_a_template_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = template_file(
        tmp_path, {"results": [COURSE_TEMPLATE, WEBINAR_TEMPLATE]}, "templates.json"
    )
    out = tmp_path / "m.json"
    base = [
        "map",
        WEBINAR,
        "-d",
        "hubspot-timeline",
        "--app-id",
        "123456",
        "--template-file",
        listing,
        "--out",
        str(out),
    ]
    code, _out, err = run(base, capsys)
    assert code == 2 and not out.exists()
    assert err.strip().splitlines() == [
        "event-loader: templates.json lists 2 templates: choose one with --template-id "
        '(1009876 "Course completed", 1009877 "Webinar attended").'
    ]
    code, _out, err = run([*base, "--template-id", "424242"], capsys)
    assert code == 2 and "no template with id 424242" in err
    code, _out, err = run([*base, "--template-id", "1009877"], capsys)
    assert code == 0, err
    assert load_mapping(out).hubspot.template_name == "Webinar attended"


def test_pipeless_mapping_names_what_is_left_to_choose(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "likes.mapping.json"
    code, stdout, err = run(
        ["map", LIKES, "-d", "pipeless", "--app-id", "77", "--out", str(out)], capsys
    )
    assert code == 0, err
    mapping = load_mapping(out)
    assert mapping.destination == "pipeless" and mapping.pipeless.app_id == 77
    headers = ["Member", "Member name", "Action", "Date", "Post", "Post title"]
    assert all(rule.column in headers for rule in mapping.fields.values())
    unmapped_required = [
        t for t in ("start_object.type", "end_object.type") if t not in mapping.fields
    ]
    if unmapped_required:
        assert "Still to choose" in stdout
        assert all(t in stdout for t in unmapped_required)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-d", "hubspot-timeline", "--template-id", "1009877"], "--app-id"),
        (["-d", "hubspot-timeline", "--app-id", "1"], "--template-file"),
        (["-d", "pipeless"], "--app-id"),
        (["-d", "pipeless", "--app-id", "77", "--template-id", "5"], "Pipeless has no templates"),
    ],
)
def test_missing_or_wrong_options_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "m.json"
    code, _out, err = run(["map", WEBINAR, *args, "--out", str(out)], capsys)
    assert code == 2 and not out.exists()
    assert len(err.strip().splitlines()) == 1 and message in err


def test_existing_mapping_is_kept_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mine.mapping.json"
    out.write_text('{"hand": "edited"}', encoding="utf-8")
    argv = ["map", LIKES, "-d", "pipeless", "--app-id", "77", "--out", str(out)]
    code, _out, err = run(argv, capsys)
    assert code == 2 and "already exists" in err and "--force" in err
    assert out.read_text(encoding="utf-8") == '{"hand": "edited"}'
    code, _out, err = run([*argv, "--force"], capsys)
    assert code == 0, err
    assert load_mapping(out).pipeless.app_id == 77


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "lists 0 templates"),
        ('"text"', "not a HubSpot event template"),
        (None, "template file not found"),
    ],
)
def test_bad_template_files_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    template = tmp_path / "tpl.json"
    if content is not None:
        template.write_text(content, encoding="utf-8")
    code, _out, err = run(
        ["map", WEBINAR, "-d", "hubspot-timeline", "--app-id", "1",
         "--template-file", str(template),
         "--out", str(tmp_path / "m.json")],
        capsys,
    )  # fmt: skip
    assert code == 2
    assert err.strip().startswith("event-loader: tpl.json") and message in err


def test_unreadable_sheet_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"\x00\x01garbage" * 50)
    code, _out, err = run(
        ["map", str(junk), "-d", "pipeless", "--app-id", "77", "--out", str(tmp_path / "m.json")],
        capsys,
    )
    assert code == 2 and "junk.xlsx" in err and len(err.strip().splitlines()) == 1


def test_map_runs_as_a_real_process(tmp_path: Path) -> None:
    out = tmp_path / "m.json"
    done = subprocess.run(
        [sys.executable, "-m", "app", "map", LIKES, "--destination", "pipeless",
         "--app-id", "77", "--out", str(out)],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert "Traceback" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert load_mapping(out).destination == "pipeless"


def test_pipeless_starter_mapping_reads_french_dates_once_types_are_fixed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "likes.csv"
    lines = ["Member;Action;Date;Post"] + [
        f"m-{n};liked;{1 + n % 28:02d}/03/2025 {n % 24:02d}:05;post-{n % 7}" for n in range(40)
    ]
    source.write_text("\r\n".join(lines) + "\r\n", encoding="cp1252")
    out = tmp_path / "likes.mapping.json"
    code, stdout, err = run(
        ["map", str(source), "-d", "pipeless", "--app-id", "77", "--out", str(out)], capsys
    )
    assert code == 0, err
    assert "format %d/%m/%Y %H:%M" in stdout
    assert "start_object.type (Start object type)" in stdout

    code, _stdout, err = run(["check", str(source), "--mapping", str(out)], capsys)
    assert code == 2 and "Start object type and End object type" in err

    data = json.loads(out.read_text(encoding="utf-8"))
    data["fields"]["start_object.type"] = {"value": "user"}
    data["fields"]["end_object.type"] = {"value": "post"}
    out.write_text(json.dumps(data), encoding="utf-8")
    code, stdout, err = run(["check", str(source), "--mapping", str(out)], capsys)
    assert code == 0, err
    assert "40 rows checked" in stdout and "40 valid" in stdout


def test_date_fields_read_the_computer_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import tzlocal

    source = tmp_path / "likes.csv"
    source.write_text("Member;Action;Date;Post\r\nm-1;liked;28/03/2025 14:05;post-1\r\n")
    out = tmp_path / "likes.mapping.json"
    monkeypatch.setenv("TZ", "Europe/Paris")
    tzlocal.reload_localzone()
    try:
        code, _stdout, err = run(
            ["map", str(source), "-d", "pipeless", "--app-id", "77", "--out", str(out)], capsys
        )
    finally:
        monkeypatch.undo()
        tzlocal.reload_localzone()
    assert code == 0, err
    fields = json.loads(out.read_text(encoding="utf-8"))["fields"]
    assert fields["relationship.created_on"]["timezone"] == "Europe/Paris"
    assert "timezone" not in fields["start_object.id"]


def test_map_without_sheet_matches_the_data_sheet_not_the_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A notes sheet first: ``map`` reads the columns of the sheet holding the likes."""
    import openpyxl

    from app.core.reading.sheet import read_sheet

    source = read_sheet(LIKES)
    rows = [source.headers, *source.rows]
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["Exported from the community site; the likes are on the next sheet."])
    likes = book.create_sheet("Likes")
    likes.append(["Post likes, last 30 days"])
    for row in rows[:20]:
        likes.append(row)
    path = tmp_path / "likes.xlsx"
    book.save(path)
    out = tmp_path / "likes.mapping.json"
    code, _stdout, err = run(
        ["map", str(path), "-d", "pipeless", "--app-id", "77", "--out", str(out)], capsys
    )
    assert code == 0, err
    mapped = {rule.column for rule in load_mapping(out).fields.values() if rule.column}
    assert mapped and mapped <= set(rows[0])
