"""The window words a problem code from the core's registry entry, translated at display time.

The command line's side is in ``tests/core/test_problem_codes.py``. Here: a code added to
``PROBLEM_CODES`` alone reads in the window; the window asks Qt for the registry's English in the
``Problems`` context; and lupdate really extracted every registry string into the French file.
"""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator
from shell_support import english  # noqa: F401

from app.core.conversion import problems
from app.core.conversion.problems import PROBLEM_CODES, Problem, ProblemCode
from app.paths import resources_dir
from app.ui.wording import problem_label, problem_text

FR_TS = resources_dir() / "translations" / "event_loader_fr.ts"


class Shouting(QTranslator):
    """Translate the ``Problems`` context into capitals and leave the rest in English."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102, N802
        if context != "Problems":
            return source  # (an empty string would be taken as the translation)
        self.asked.append(source)
        # Capitals outside the placeholders, which must reach the window unchanged.
        parts = re.split(r"(\{[a-z_]*\})", source)
        return "".join(part if part.startswith("{") else part.upper() for part in parts)

    def isEmpty(self) -> bool:  # noqa: D102, N802 - Qt's name
        return False


@pytest.fixture
def shouting(qapp):
    translator = Shouting()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_a_new_code_reads_in_the_window_from_its_entry_alone(english, monkeypatch):
    problem = Problem(
        "tokens.finish", "Finish", "too_shiny", {"value": "Chrome", "field": "Finish"}
    )
    assert problem_label("too_shiny") == "too shiny"  # unknown: the code, spelled out
    new = ProblemCode("glare", {"": "{value} is too shiny for {field}. Dull it."})
    monkeypatch.setitem(PROBLEM_CODES, "too_shiny", new)
    assert problem_label("too_shiny") == "glare"
    assert problem_text(problem) == '"Finish": "Chrome" is too shiny for Finish. Dull it.'
    assert problem_text(problem) == problem.message  # the command line reads the same


def test_the_window_translates_the_registry_sentence_and_label(shouting):
    problem = Problem("tokens.score", "Score", "number_invalid", {"value": "n/a"})
    text = problem_text(problem)
    assert "IS NOT A NUMBER. FIX THE CELL." in text and '"n/a"' in text
    assert PROBLEM_CODES["number_invalid"].sentences[""] in shouting.asked
    assert problem_label("date_invalid") == "BAD DATE"


def registry_strings() -> set[str]:
    """Return every string the registry marks for translation."""
    texts = {problems.WHERE_DEFAULT, problems.WHERE_FIXED, problems.WHERE_AND_PROBLEM}
    texts.add(problems.UNKNOWN_CODE)
    for entry in PROBLEM_CODES.values():
        texts.add(entry.label)
        texts.update(entry.sentences.values())
    return texts


def test_lupdate_extracted_every_registry_string_with_its_french():
    root = ET.parse(FR_TS).getroot()
    extracted = {}
    for context in root.iter("context"):
        if context.findtext("name") != "Problems":
            continue
        for message in context.iter("message"):
            files = {loc.get("filename", "") for loc in message.iter("location")}
            extracted[message.findtext("source")] = (files, message.find("translation"))
    missing = sorted(registry_strings() - set(extracted))
    assert not missing, f"not extracted: {missing[:3]}; run update_translations.py"
    for source in registry_strings():
        files, translation = extracted[source]
        assert any(name.endswith("app/core/conversion/problem_codes.py") for name in files), source
        assert translation is not None and translation.get("type") is None, source
        assert translation.text and translation.text != source, source
