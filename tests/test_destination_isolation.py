"""A destination lives in its own modules: few other files of the program name it.

Issue 12's figure: adding HubSpot custom events had to touch 17 files outside its destination
module, its API client and its sandbox imitation; the goal is at most 6. This test keeps that
true by listing, for each registered destination, the files of ``app/`` and ``scripts/`` that
mention one of its distinctive names, outside the places every destination owns
(``app/core/destinations/``, the client modules the registry names, the sandbox imitation
modules). Tests, translations and docs are not counted.

The two destinations the program started with are still named in more files (the wording of
the original window and messages); their figures are printed, and a destination added after them
must stay within the limit.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.destinations import all_destinations
from app.sandbox.imitations import IMITATION_MODULES

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 6
# The distinctive names of each destination: its keys, block and class names, and the words
# that only its service uses. Every registered destination must be listed here.
NAMES = {
    "hubspot-timeline": (
        r"hubspot[-_ ]?timeline|\btimeline\b|event[-_ ]?templates?|eventTemplateId|\btokens\."
        r"|developer[-_ ]?(?:api[-_ ])?key"
    ),
    "pipeless": r"pipeless",
    "hubspot-events": (
        r"hubspot[-_ ]?events|custom[-_ ]?events?|\bdefinitions?\b|eventName|primaryObject"
        r"|(?<![@.])\bpropert(?:y|ies)\b(?!\()|portal[-_ ]?id"
    ),
}
# The destinations the program started with, wired through the window before the registry.
ORIGINAL = {"hubspot-timeline", "pipeless"}


def owned_places() -> list[str]:
    """Return the paths (relative to the repository) every destination may name itself in."""
    places = ["app/core/destinations/"]
    places += [d.client_module.replace(".", "/") + ".py" for d in all_destinations()]
    places += [m.replace(".", "/") + ".py" for m in IMITATION_MODULES]
    return places


def files_naming(key: str) -> list[str]:
    """Return the program files outside the owned places that mention ``key``'s names."""
    pattern = re.compile(NAMES[key], re.IGNORECASE)
    owned = owned_places()
    found = []
    candidates = sorted([*ROOT.joinpath("app").rglob("*.py"), *ROOT.joinpath("scripts").rglob("*")])
    for path in candidates:
        relative = path.relative_to(ROOT).as_posix()
        if not path.is_file() or any(relative.startswith(place) for place in owned):
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        if pattern.search(text):
            found.append(relative)
    return found


def test_every_destination_has_its_names_listed():
    assert {d.key for d in all_destinations()} <= set(NAMES)


@pytest.mark.parametrize("key", [d.key for d in all_destinations()])
def test_a_destination_is_named_in_few_files_outside_its_own(key):
    found = files_naming(key)
    print(f"\n{key}: {len(found)} files outside its own modules name it:")
    for relative in found:
        print(f"  {relative}")
    if key not in ORIGINAL:
        assert len(found) <= LIMIT, found


def test_the_scan_sees_a_name_where_there_is_one(tmp_path, monkeypatch):
    # The scan is only worth its figure if it finds a mention: a generic module that started
    # naming custom events would be counted.
    program = tmp_path / "app" / "ui"
    program.mkdir(parents=True)
    (program / "generic.py").write_text('if key == "hubspot-events":\n    pass\n')
    (tmp_path / "scripts").mkdir()
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    assert files_naming("hubspot-events") == ["app/ui/generic.py"]
