"""``event-loader login hubspot-events``, then ``map`` and ``upload`` with the saved token."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from app.cli.main import main

NAME = "pe4040404_webinar_attended"


def test_login_map_and_upload_from_the_keychain(
    sandbox, tmp_path: Path, monkeypatch, memory_keyring, capsys
) -> None:
    base = ["login", "hubspot-events", "--app-id", "4040404", "--base-url", sandbox.base_url]
    monkeypatch.setattr("sys.stdin", io.StringIO("not-a-token\n"))
    assert main(base) == 3
    assert memory_keyring.items == {}
    monkeypatch.setattr("sys.stdin", io.StringIO("sandbox-private-app-token\n"))
    assert main(base) == 0
    stored = json.loads(memory_keyring.items[("event-loader", "hubspot-events:4040404")])
    assert stored == {"access_token": "sandbox-private-app-token"}

    data = tmp_path / "rows.csv"
    with data.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Email", "Webinar", "Minutes attended", "Attendance"])
        writer.writerow(["ana@example.com", "Spring", "42", "Watched replay"])
        writer.writerow(["bob@example.com", "Spring", "7,5", "Attended live"])
    mapping = tmp_path / "m.json"
    args = ["map", str(data), "--destination", "hubspot-events", "--event-name", NAME,
            "--base-url", sandbox.base_url, "--out", str(mapping)]  # fmt: skip
    assert main(args) == 0
    assert json.loads(mapping.read_text())["hubspotEvents"]["eventName"] == NAME

    args = ["upload", str(data), "--mapping", str(mapping), "--base-url", sandbox.base_url,
            "--state-dir", str(tmp_path / "state"), "--yes"]  # fmt: skip
    assert main(args) == 0
    stored_events = sandbox.hubspot_custom_events()
    assert [e["properties"]["minutes_watched"] for e in stored_events] == ["42", "7.5"]
    assert [e["properties"]["attendance"] for e in stored_events] == ["replay", "live"]
    assert "HubSpot custom event Webinar attended" in capsys.readouterr().err


def test_map_names_an_unknown_definition(sandbox, tmp_path: Path, monkeypatch, capsys) -> None:
    data = tmp_path / "rows.csv"
    data.write_text("Email\nana@example.com\n", encoding="utf-8")
    monkeypatch.setenv("TOKEN", "sandbox-private-app-token")
    args = ["map", str(data), "--destination", "hubspot-events", "--event-name", "pe1_nope",
            "--base-url", sandbox.base_url, "--token-env", "TOKEN",
            "--out", str(tmp_path / "m.json")]  # fmt: skip
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "pe1_nope" in err and "Traceback" not in err
