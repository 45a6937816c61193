"""A problem code is worded in one place: its entry in
``app.core.conversion.problems.PROBLEM_CODES``.

Every code the core can emit has one entry with a label and its sentences; the sentences fill
from the problem's parameters, and no other module of the program holds a copy of them. The
window's side (the same entry, translated) is checked in ``tests/ui/test_problem_codes_window.py``.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from app.core.conversion.messages import problem_message, row_message
from app.core.conversion.problems import PROBLEM_CODES, Problem, ProblemCode

APP = Path(__file__).resolve().parents[2] / "app"
REGISTRY = APP / "core" / "conversion" / "problem_codes.py"
# Constructors whose first (Problem: third) positional argument is a problem code.
CODE_ARGUMENT = {"Problem": 2, "ValueIssue": 0, "DateIssue": 0}


def emitted_codes() -> dict[str, str]:
    """Return code -> file for every literal problem code the core creates."""
    found: dict[str, str] = {}
    for path in sorted((APP / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            index = CODE_ARGUMENT.get(name)
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found[arg.value] = path.name
    return found


# Parameters as conversion and validation give them, for any code.
PARAMS = {
    "value": "Qx1", "field": "Fld9", "options": ["Op1", "Op2"], "format": "%d/%m/%Y",
    "length": 41, "max": 40, "chars": "_ ", "as_thousands": "1234", "as_decimal": "1.234",
    "fields": ["Email"], "columns": ["Kol7"], "row": 5, "first": 2,
}  # fmt: skip
# A problem for every variant: the choosers look at the target, the column and these.
SHAPES = [
    ("tokens.x", "Kol7", {}),
    ("tokens.x", None, {}),
    ("properties.x", "Kol7", {}),
    ("properties.x", None, {}),
    ("relationship.type", "Kol7", {}),
    ("relationship.type", None, {}),
    ("end_object.type", None, {}),
    ("tokens.d", "Kol7", {"format": None, "reason": "serial_out_of_range"}),
    ("tokens.d", "Kol7", {"format": None}),
    ("tokens.d", "Kol7", {"reason": "excel_1900_leap_day"}),
    ("email", None, {"columns": []}),
]


def variants_reached(code: str, entry: ProblemCode) -> set[str]:
    """Return the variants the sample problems reach, checking each one's sentence fills."""
    reached = set()
    for target, column, more in SHAPES:
        problem = Problem(target, column, code, {**PARAMS, **more})
        reached.add(entry.variant(problem))
        text = problem_message(problem)
        assert "{" not in text and "}" not in text, text
    return reached


def test_every_code_the_core_emits_has_one_entry_with_a_label_and_sentences():
    emitted = emitted_codes()
    assert len(emitted) >= 15, "the problem codes of the core were not found"
    missing = sorted(code for code in emitted if code not in PROBLEM_CODES)
    assert not missing, f"codes with no entry in PROBLEM_CODES: {missing}"
    for code in emitted:
        entry = PROBLEM_CODES[code]
        assert entry.label.strip() and entry.sentences, code
        assert all(text.strip() for text in entry.sentences.values()), code


def test_the_registry_names_each_code_once():
    tree = ast.parse(REGISTRY.read_text(encoding="utf-8"))
    registry = next(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "PROBLEM_CODES"
    )
    assert isinstance(registry, ast.Dict)
    keys = [key.value for key in registry.keys if isinstance(key, ast.Constant)]
    assert len(keys) == len(set(keys)) == len(PROBLEM_CODES)


@pytest.mark.parametrize("code", sorted(PROBLEM_CODES))
def test_every_sentence_is_reached_and_filled(code):
    entry = PROBLEM_CODES[code]
    assert variants_reached(code, entry) == set(entry.sentences)


def sentences_and_labels() -> set[str]:
    """Return the registry's sentences and its labels of more than one word."""
    texts = {text for entry in PROBLEM_CODES.values() for text in entry.sentences.values()}
    return texts | {entry.label for entry in PROBLEM_CODES.values() if " " in entry.label}


def test_no_other_module_holds_a_copy_of_the_wording():
    wording = sentences_and_labels()
    # Also a sentence cut into its literal fragments: a copy with other placeholders is a copy.
    fragments = {
        piece.strip()
        for text in wording
        for piece, *_ in string.Formatter().parse(text)
        if len(piece.strip()) > 25
    }
    copies = []
    for path in sorted(APP.rglob("*.py")):
        if path == REGISTRY:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if text in wording or any(piece in text for piece in fragments):
                    copies.append(f"{path.relative_to(APP)}: {text[:60]!r}")
    assert not copies, copies


def test_the_command_line_reads_the_registry():
    """Reword an entry: the English of the command line and the reports follows."""
    entry = PROBLEM_CODES["number_invalid"]
    problem = Problem("tokens.score", "Score", "number_invalid", {"value": "n/a", "field": "Score"})
    assert row_message(3, problem) == 'Row 3, "Score": "n/a" is not a number. Fix the cell.'
    reworded = ProblemCode(entry.label, {"": "{value} is no number at all; {field} needs one."})
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(PROBLEM_CODES, "number_invalid", reworded)
        assert (
            row_message(3, problem) == 'Row 3, "Score": "n/a" is no number at all; Score needs one.'
        )


def test_a_new_code_needs_only_its_entry():
    new = ProblemCode(
        "too shiny",
        {"": "{value} is too shiny for {field} (at most {gloss}). Dull it."},
        row_wide=False,
        defaults={"gloss": 3},
    )
    problem = Problem(
        "tokens.finish", "Finish", "too_shiny", {"value": "Chrome", "field": "Finish"}
    )
    assert "too_shiny" in problem_message(problem)  # unknown: the general sentence names the code
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(PROBLEM_CODES, "too_shiny", new)
        text = row_message(8, problem)
    assert text == 'Row 8, "Finish": "Chrome" is too shiny for Finish (at most 3). Dull it.'
    assert not re.search(r"too_shiny", text)
