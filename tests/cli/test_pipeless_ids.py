"""Pipeless ids with letters of any script go out; one the service refuses is isolated.

A French export names its articles "article-é-0" …: every row used to be refused before
sending. The sandbox accepts such ids as the docs read; set to ASCII only
(``pipeless_id_letters="ascii"``) it refuses them, and the upload must send every other row
and put the service's reason in the report.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from app.cli.main import main
from app.paths import samples_dir

HEADER = ["Member", "Member name", "Action", "Date", "Post", "Post title"]


def write_export(folder: Path, posts: list[str]) -> tuple[Path, Path]:
    data = folder / "articles.csv"
    with data.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for i, post in enumerate(posts):
            writer.writerow([f"m-{i}", "Élodie", "liked", f"18/03/2025 {i % 24:02d}:33", post, ""])
    mapping = json.loads((samples_dir() / "post-likes.mapping.json").read_text("utf-8"))
    mapping["fields"]["end_object.type"] = {"value": "article"}
    mapping_path = folder / "articles.mapping.json"
    mapping_path.write_text(json.dumps(mapping), "utf-8")
    return data, mapping_path


def upload(sandbox, folder: Path, data: Path, mapping: Path, report: Path) -> int:
    return main(
        ["upload", str(data), "--mapping", str(mapping), "--base-url", sandbox.base_url,
         "--state-dir", str(folder / "state"), "--token-env", "PL_KEY",
         "--report", str(report), "--yes"]
    )  # fmt: skip


def read_report(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))  # as the input file


@pytest.fixture(autouse=True)
def _key(sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PL_KEY", sandbox.credentials["pipeless_api_key"])


def test_accented_ids_of_a_french_export_are_all_sent(sandbox, tmp_path: Path) -> None:
    posts = [f"article-é-{i}" for i in range(37)]
    data, mapping = write_export(tmp_path, posts)
    report = tmp_path / "report.csv"
    assert upload(sandbox, tmp_path, data, mapping, report) == 0
    assert [line["Status"] for line in read_report(report)] == ["sent"] * 37
    stored = {item["event"]["end_object"]["id"] for item in sandbox.pipeless_events()}
    assert stored == set(posts)


def test_an_id_the_service_refuses_fails_alone_with_its_reason(sandbox, tmp_path: Path) -> None:
    sandbox.configure(pipeless_id_letters="ascii")
    posts = [f"article-{i}" if i % 7 else f"article-é-{i}" for i in range(25)]
    data, mapping = write_export(tmp_path, posts)
    report = tmp_path / "report.csv"
    assert upload(sandbox, tmp_path, data, mapping, report) == 1
    lines = read_report(report)
    refused = [line for line, post in zip(lines, posts, strict=True) if "é" in post]
    accepted = [line for line, post in zip(lines, posts, strict=True) if "é" not in post]
    assert [line["Status"] for line in refused] == ["failed"] * 4
    assert all("not allowed" in line["Error"] and "'é'" in line["Error"] for line in refused)
    assert [line["Status"] for line in accepted] == ["sent"] * 21
    stored = sorted(item["event"]["end_object"]["id"] for item in sandbox.pipeless_events())
    assert stored == sorted(post for post in posts if "é" not in post)
