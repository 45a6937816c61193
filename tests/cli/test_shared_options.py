"""Options that several commands take are worded once, so --help reads the same everywhere."""

from __future__ import annotations

import argparse

import pytest

from app.cli.main import build_parser


def _helps(command: str) -> dict[str, str]:
    parser = build_parser(with_file=False)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {
        flag: action.help or ""
        for action in sub.choices[command]._actions
        for flag in action.option_strings
    }


@pytest.mark.parametrize(
    ("flag", "commands"),
    [
        ("--base-url", ("login", "map", "upload")),
        ("--app-id", ("login", "map")),
        ("--token-env", ("map", "upload")),
        ("--client-id", ("login", "upload")),
        ("--mapping", ("check", "upload")),
        ("--report", ("check", "upload")),
    ],
)
def test_a_shared_option_has_one_wording(flag: str, commands: tuple[str, ...]) -> None:
    helps = {command: _helps(command)[flag] for command in commands}
    assert len(set(helps.values())) == 1, helps
    assert all(helps.values())


def test_the_account_id_names_each_destination_s_word_for_it() -> None:
    text = _helps("login")["--app-id"]
    assert "hubspot: app id" in text and "pipeless: app id" in text and "portal id" in text


def test_an_account_id_of_zero_is_refused_by_map_as_by_login(capsys) -> None:
    parser = build_parser(with_file=False)
    with pytest.raises(SystemExit):
        parser.parse_args(["map", "a.xlsx", "-d", "pipeless", "--app-id", "0", "-o", "m.json"])
    assert "--app-id" in capsys.readouterr().err


def test_upload_help_gives_each_destination_s_batch_maximum_from_the_registry() -> None:
    from app.core.destinations import all_destinations

    text = _helps("upload")["--batch-size"]
    for destination in all_destinations():
        assert f"{destination.display_name} {destination.batch_max}" in text
