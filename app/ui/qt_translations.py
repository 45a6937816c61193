"""Qt's own words (file dialogs, standard buttons) in the interface language.

Qt ships its translations with PySide6 (``qtbase_fr.qm`` in ``QLibraryInfo``'s translations
folder; a frozen build keeps it). Qt's sources move faster than its translators: Qt 6.11 gave
"Look in:" and "Files of type:" of the file dialog an Alt letter ("&Look in:", "Files of
&type:"), and the French file still only knows the old texts, so those two labels stayed in
English. ``MnemonicFallback`` answers such texts from the translation of the same text without
its "&", and puts the Alt letter back.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resources_dir

log = logging.getLogger(__name__)

QT_CATALOGUES = ("qtbase",)


def qt_translation_dirs() -> list[Path]:
    """Return where Qt's translations are looked for: Qt's own folder, then ours."""
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [Path(qt_dir), resources_dir() / "translations"]


def with_mnemonic(text: str, letter: str) -> str:
    """Return ``text`` with an Alt letter on ``letter`` (or on its first letter).

    ``letter`` is taken at the start of a word if possible, else anywhere in the text.
    """
    lower = text.lower()
    letter = letter.lower()
    starts = [
        i for i, c in enumerate(lower) if c == letter and (i == 0 or not text[i - 1].isalnum())
    ]
    anywhere = [i for i, c in enumerate(lower) if c == letter]
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    for choices in (starts, anywhere, letters):
        if choices:
            at = choices[0]
            return f"{text[:at]}&{text[at:]}"
    return text


class MnemonicFallback(QTranslator):
    """Translate a Qt text that gained an Alt letter through the text it had before.

    Installed before Qt's own translator, so it is asked last: only texts that no translator
    knows reach it. It answers none of the program's own texts (they are not in Qt's files).
    """

    def __init__(self, base: QTranslator, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._base = base

    def translate(  # noqa: D102 - Qt override
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None means "not known here" (a null string); "" would be a translation: an empty
        # label wherever the program's own text has no translation of its own.
        at = source.find("&")
        if at < 0 or at + 1 >= len(source) or source[at + 1] == "&":
            return None
        plain = source[:at] + source[at + 1 :]
        text = self._base.translate(context, plain, disambiguation, n)
        if not text or "&" in text:
            return None
        return with_mnemonic(text, source[at + 1])

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        """Never empty: it answers from ``base``."""
        return False


def install_qt_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own translation for ``language`` and its fallback; return them."""
    if language == "en":
        return []
    for folder in qt_translation_dirs():
        for catalogue in QT_CATALOGUES:
            qt_translator = QTranslator(app)
            if qt_translator.load(QLocale(language), catalogue, "_", str(folder)):
                fallback = MnemonicFallback(qt_translator, app)
                app.installTranslator(fallback)  # asked after Qt's own (installed next)
                app.installTranslator(qt_translator)
                return [fallback, qt_translator]
    log.info("no Qt translation for %s: Qt's dialogs stay in English", language)
    return []
