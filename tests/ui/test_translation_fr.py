"""The French translation: complete, faithful to its sources, compiled, and used by real widgets.

Translators work in ``resources/translations/event_loader_fr.ts``; the program loads the compiled
``.qm``. These tests catch what a proofreader cannot see on screen: a message left unfinished after
the window's text changed, a placeholder or HTML tag lost in translation (the value would never
appear), a plural with one form, two controls of one screen answering the same Alt key, and a
``.qm`` that was not rebuilt after the ``.ts`` changed.
"""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from shell_support import context, memory_keyring, wait_pool  # noqa: F401

from app.paths import resources_dir

TRANSLATIONS = resources_dir() / "translations"
FR_TS = TRANSLATIONS / "event_loader_fr.ts"
ROOT = Path(__file__).resolve().parents[2]
WINDOW_SOURCE = ROOT / "app" / "ui"
# The core's registry of problem codes: English marked with QT_TRANSLATE_NOOP, which the window
# translates.
CORE_SOURCES = (ROOT / "app" / "core" / "conversion" / "problem_codes.py",)
NBSP = "\u00a0"

# Qt placeholders (%1, %n, %Ln, %L1), Python format fields ({rows}), HTML tags, file patterns.
PLACEHOLDER = re.compile(r"%L?\d+|%L?n|\{[a-z_]*\}|<[^>]+>|\*\.[a-z]+|\(\*\)")
MNEMONIC = re.compile(r"&([^&\s])")
UPDATE_HINT = (
    "run resources/translations/update_translations.py, then check that it kept every plural "
    "(pyside6-lupdate 6.11 skips translate(ctx, text, None, len(rows)) and makes "
    "translate(ctx, text, None, count) singular)"
)


def messages() -> list[tuple[str, ET.Element]]:
    """Return (context name, message element) for every message of the French file."""
    root = ET.parse(FR_TS).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def forms(message: ET.Element) -> list[str]:
    """Return the translation's text: one item, or one per plural form."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def mnemonics(text: str) -> list[str]:
    """Return the Alt letters of a label ("&&" is a literal ampersand)."""
    return [letter.lower() for letter in MNEMONIC.findall(text.replace("&&", ""))]


class TranslatableCalls(ast.NodeVisitor):
    """Collect (context, source) -> is plural from literal tr()/translate() calls of one file."""

    def __init__(self) -> None:
        self.found: dict[tuple[str, str], bool] = {}
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast's naming
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast's naming
        func, args = node.func, node.args
        texts = [arg.value if isinstance(arg, ast.Constant) else None for arg in args]
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        context = source = None
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) >= 2:
            context, source, plural = texts[0], texts[1], len(args) >= 4
        elif name == "tr" and isinstance(func, ast.Attribute) and texts and self.classes:
            context, source, plural = self.classes[-1], texts[0], len(args) >= 3
        if isinstance(context, str) and isinstance(source, str) and source:
            self.found[(context, source)] = self.found.get((context, source), False) or plural
        self.generic_visit(node)


def translatable_calls() -> dict[tuple[str, str], bool]:
    """Return (context, source) -> is plural, for every literal tr()/translate() in the window.

    This reads the code the way ``pyside6-lupdate`` should, so a string it misses (lupdate 6.11
    skips ``translate(ctx, text, None, len(rows))`` and drops the plural flag of
    ``translate(ctx, text, None, count)``) is caught here rather than shown in English.
    """
    visitor = TranslatableCalls()
    for path in [*sorted(WINDOW_SOURCE.rglob("*.py")), *CORE_SOURCES]:
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return visitor.found


def ts_messages(language: str) -> dict[tuple[str, str], bool]:
    """Return (context, source) -> is plural for one .ts file."""
    root = ET.parse(TRANSLATIONS / f"event_loader_{language}.ts").getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): (
            message.get("numerus") == "yes"
        )
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_string_of_the_window_is_in_the_french_file():
    in_code = translatable_calls()
    assert len(in_code) > 500, "the window's strings were not found"
    in_file = ts_messages("fr")
    missing = sorted(key for key in in_code if key not in in_file)
    assert not missing, f"not in event_loader_fr.ts: {missing[:5]}; {UPDATE_HINT}"
    singular = sorted(key for key, plural in in_code.items() if plural and not in_file[key])
    assert not singular, f"plural in the code, not in the file: {singular[:5]}; {UPDATE_HINT}"


def test_english_file_has_every_plural_of_the_window():
    in_file = ts_messages("en")
    plurals = sorted(key for key, plural in translatable_calls().items() if plural)
    assert plurals
    lost = [key for key in plurals if not in_file.get(key)]
    assert not lost, f"English singular forms missing: {lost[:5]}; {UPDATE_HINT}"


def test_every_message_is_translated():
    found = messages()
    assert len(found) > 500, "the French file lost its messages"
    unfinished = [
        (ctx, m.findtext("source"))
        for ctx, m in found
        if (m.find("translation").get("type") in ("unfinished", "vanished", "obsolete"))
        or not all(text.strip() for text in forms(m))
    ]
    assert not unfinished, f"{len(unfinished)} messages to translate, first: {unfinished[:5]}"


def test_plurals_have_both_french_forms():
    plurals = [(ctx, m) for ctx, m in messages() if m.get("numerus") == "yes"]
    assert plurals, "the window has plural messages (%n rows); none were found"
    for ctx, message in plurals:
        texts = forms(message)
        # French: form 0 for 0 and 1, form 1 for 2 and more; both show the number.
        assert len(texts) == 2, (ctx, message.findtext("source"), texts)
        for text in texts:
            assert "%n" in text or "%Ln" in text, (ctx, message.findtext("source"), text)


def test_placeholders_tags_and_mnemonics_survive():
    for ctx, message in messages():
        source = message.findtext("source") or ""
        wanted = Counter(PLACEHOLDER.findall(source))
        for text in forms(message):
            where = (ctx, source, text)
            got = Counter(PLACEHOLDER.findall(text))
            assert got == wanted, where
            assert text.count("\n") == source.count("\n"), where
            # Spin box prefixes and suffixes keep their outer space (" events").
            assert text[:1].isspace() == source[:1].isspace(), where
            assert text[-1:].isspace() == source[-1:].isspace(), where
            assert len(mnemonics(text)) == len(mnemonics(source)) <= 1, where


def test_french_typography_and_glossary():
    for ctx, message in messages():
        for text in forms(message):
            where = (ctx, message.findtext("source"), text)
            # A normal space would let the punctuation wrap alone to the next line.
            assert not re.search(r" [:;?!»]", text), where
            assert "« " not in text, where
            # One apostrophe throughout: the typographic one (’), as in the rest of the window.
            assert "'" not in re.sub(r"<[^>]+>", "", text), where
            # "jeton" alone is ambiguous in HubSpot's French: say which token it is.
            plain = text.replace("&", "")
            for match in re.finditer(r"\bjetons?\b", plain, re.IGNORECASE):
                rest = plain[match.end() :]
                assert rest.startswith(
                    (" d’événement", " d’accès", " d’actualisation", " utilisateur")
                ), where
            assert "upload" not in text.lower(), where


@pytest.fixture
def french(qapp):
    """The French translation and number format, installed the way the program does."""
    translator = QTranslator()
    assert translator.load("event_loader_fr", str(TRANSLATIONS)), "event_loader_fr.qm missing"
    previous = QLocale()
    QLocale.setDefault(QLocale("fr"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def french_window(qtbot, french, context, wait_pool):  # noqa: F811
    from app.ui.main_window import MainWindow

    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.file_step.shutdown()


def test_plural_and_number_formats(french):
    translate = QCoreApplication.translate
    assert translate("FileStep", "%Ln rows", "", 1) == "1 ligne"
    assert translate("FileStep", "%Ln rows", "", 3) == "3 lignes"
    assert translate("FileStep", "%Ln rows", "", 0) == "0 ligne"
    many = QLocale("fr").toString(1198)
    assert many != "1198" and many.endswith("198")
    assert translate("FileStep", "%Ln columns", "", 1198) == f"{many} colonnes"
    assert translate("PreviewStep", "Up&load %Ln rows", "", 1198) == f"&Envoyer {many} lignes"
    assert translate("wording", "%n s", "", 8) == f"8{NBSP}s"


def test_main_window_speaks_french(french_window):
    window = french_window
    assert window.next_button.text() == "&Suivant"
    assert window.back_button.text() == "&Précédent"
    titles = [step.title() for step in window.steps]
    assert titles == ["Fichier", "Destination", "Mappage", "Aperçu", "Envoi", "Résultats"]
    assert window.step_list.item(0).text() == "1. Fichier"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "Para&mètres", "&Aide"]
    assert window.status_label.text() == "Ouvrez une feuille de calcul pour commencer."


def alt_letters(widget: QWidget) -> list[str]:
    """Return the Alt letters of a widget's buttons and of the labels that focus a control."""
    letters = []
    for button in widget.findChildren(QAbstractButton):
        letters += mnemonics(button.text())
    for label in widget.findChildren(QLabel):
        if label.buddy() is not None:
            letters += mnemonics(label.text())
    return letters


def test_each_screen_has_unique_alt_letters(french_window):
    window = french_window
    shared = [
        letter for action in window.menuBar().actions() for letter in mnemonics(action.text())
    ]
    shared += mnemonics(window.back_button.text()) + mnemonics(window.next_button.text())
    for step in window.steps:
        letters = shared + alt_letters(step)
        twice = sorted(letter for letter, count in Counter(letters).items() if count > 1)
        assert not twice, f"{step.title()}: Alt+{', Alt+'.join(twice)} used twice"


def test_dialogs_have_unique_alt_letters(qtbot, french, memory_keyring):  # noqa: F811
    from app.core.conversion.mapping import HUBSPOT, PIPELESS
    from app.ui.accounts import AccountStore
    from app.ui.dialogs.account_dialog import AccountDialog
    from app.ui.dialogs.template_dialog import TemplateDialog

    dialogs = [
        AccountDialog(HUBSPOT, AccountStore()),
        AccountDialog(PIPELESS, AccountStore()),
        TemplateDialog(None, None),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        letters = alt_letters(dialog)
        assert letters, f"{dialog.windowTitle()} has no Alt letters: not translated?"
        twice = sorted(letter for letter, count in Counter(letters).items() if count > 1)
        assert not twice, f"{dialog.windowTitle()}: Alt+{', Alt+'.join(twice)} used twice"
    assert dialogs[0].windowTitle() == "Ajouter un compte HubSpot"


def load_update_script():
    """Import ``update_translations.py`` (it knows where the Qt tools are)."""
    path = TRANSLATIONS / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["en", "fr"])
def test_compiled_file_matches_its_source(tmp_path: Path, language: str):
    lrelease = load_update_script().tool("pyside6-lrelease")
    ts_path = TRANSLATIONS / f"event_loader_{language}.ts"
    fresh = tmp_path / f"event_loader_{language}.qm"
    subprocess.run([lrelease, str(ts_path), "-qm", str(fresh)], check=True, capture_output=True)
    shipped = ts_path.with_suffix(".qm").read_bytes()
    assert shipped == fresh.read_bytes(), (
        f"{ts_path.name} changed since the .qm was built: "
        "run python resources/translations/update_translations.py"
    )


def test_the_french_window_fits_a_small_screen_at_150_percent(french_window):
    # 1280 x 800 at 150 % leaves 853 x 533 device-independent pixels: no step may need more width.
    assert french_window.minimumSizeHint().width() <= 853
    for step in french_window.steps:
        assert step.minimumSizeHint().width() <= 853 - french_window.step_list.minimumWidth()


def test_the_custom_events_own_fields_have_french_names(french):
    """Email, record ID, user token and "Occurred at" are the destination's own fields, not an
    account's properties: they read in French ("Occurred at" stayed English)."""
    from app.core.conversion.mapping import Mapping, targets_for
    from app.core.destinations.hubspot_events import HubSpotEventsSettings
    from app.ui.text.targets import target_label

    settings = HubSpotEventsSettings(event_name="pe4040404_webinar_attended")
    targets = targets_for(Mapping("hubspot-events", {}, hubspot_events=settings))
    labels = {t.name: target_label(t) for t in targets}
    assert set(labels) == {"email", "objectId", "utk", "occurredAt"}
    assert labels["occurredAt"] == "Date et heure de l’événement"
    assert [t.name for t in targets if target_label(t) == t.label] == []
