"""The Inno Setup script offers Event Loader under "Open with" for each spreadsheet type.

Inno Setup itself runs only on Windows (the installers workflow installs the result and reads the
registry back); here its [Registry] section is parsed and held to packaging/bundle_plan.py.
"""

from __future__ import annotations

import re

from packaging_support import PACKAGING, load_packaging_module

plan = load_packaging_module("bundle_plan")

ISS = PACKAGING / "windows" / "event-loader.iss"
CLASSES = "Software\\Classes\\"
OPEN_COMMAND = '"{app}\\EventLoader.exe" "%1"'
# One "Name: value" parameter of an Inno Setup line; quoted values double their inner quotes.
PARAMETER = re.compile(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*?)\s*(?:;|$)')


def _section(name: str) -> list[str]:
    lines, inside = [], False
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            inside = line[1:-1].lower() == name.lower()
        elif inside and line and not line.startswith(";"):
            lines.append(line)
    return lines


def _parameters(line: str) -> dict[str, str]:
    values = {}
    for key, value in PARAMETER.findall(line):
        if value.startswith('"') and value.endswith('"'):
            value = value[1:-1].replace('""', '"')
        values[key] = value
    return values


def _registry() -> list[dict[str, str]]:
    return [_parameters(line) for line in _section("Registry")]


def test_parser_reads_quoted_values() -> None:
    row = _parameters('Root: HKA; ValueData: """{app}\\a.exe"" ""%1"""; Flags: uninsdeletekey')
    assert row == {
        "Root": "HKA",
        "ValueData": OPEN_COMMAND.replace("EventLoader", "a"),
        "Flags": "uninsdeletekey",
    }


def test_every_file_type_lists_event_loader_under_open_with() -> None:
    rows = _registry()
    for file_type in plan.FILE_TYPES:
        matches = [
            row
            for row in rows
            if row["Subkey"] == f"{CLASSES}{file_type.extension}\\OpenWithProgids"
        ]
        assert len(matches) == 1, file_type.extension
        (row,) = matches
        assert row["Root"] == "HKA"
        assert row["ValueName"] == plan.WINDOWS_PROG_ID
        assert row["Flags"] == "uninsdeletevalue"  # the type itself stays Excel's


def test_program_is_offered_never_made_the_default() -> None:
    extensions = {file_type.extension for file_type in plan.FILE_TYPES}
    for row in _registry():
        subkey = row["Subkey"]
        if subkey.removeprefix(CLASSES) in extensions:
            raise AssertionError(f"{subkey} would change the default program")


def test_open_commands_pass_the_file_to_the_windowed_launcher() -> None:
    rows = {(row["Subkey"], row["ValueName"]): row for row in _registry()}
    for key in (
        f"{plan.WINDOWS_PROG_ID}\\shell\\open\\command",
        "Applications\\EventLoader.exe\\shell\\open\\command",
    ):
        assert rows[(CLASSES + key, "")]["ValueData"] == OPEN_COMMAND
    assert rows[(CLASSES + plan.WINDOWS_PROG_ID, "")]["Flags"] == "uninsdeletekey"
    assert rows[(CLASSES + "Applications\\EventLoader.exe", "FriendlyAppName")] == {
        "Root": "HKA",
        "Subkey": CLASSES + "Applications\\EventLoader.exe",
        "ValueType": "string",
        "ValueName": "FriendlyAppName",
        "ValueData": "Event Loader",
        "Flags": "uninsdeletekey",
    }


def test_application_entry_lists_the_same_types() -> None:
    supported = {
        row["ValueName"]
        for row in _registry()
        if row["Subkey"] == CLASSES + "Applications\\EventLoader.exe\\SupportedTypes"
    }
    assert supported == {file_type.extension for file_type in plan.FILE_TYPES}


def test_explorer_is_told_and_the_launcher_is_the_installed_one() -> None:
    setup = dict(line.split("=", 1) for line in _section("Setup"))
    assert setup["ChangesAssociations"] == "yes"
    assert setup["PrivilegesRequired"] == "lowest"  # HKA is then the user's own classes
    launchers = {_parameters(line)["Filename"] for line in _section("Icons")}
    assert "{app}\\EventLoader.exe" in launchers
