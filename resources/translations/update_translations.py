"""Refresh the translation files from the window's source, then compile them.

``python resources/translations/update_translations.py`` runs ``pyside6-lupdate`` over
``app/ui`` (every ``tr()`` / ``QCoreApplication.translate("Context", ...)`` call with literal
strings), over ``app/core/destinations`` (each destination's wording, marked with the plain-Python
``QT_TRANSLATE_NOOP("Destinations", ...)`` and ``translate(...)`` of its ``base`` module) and over
the core's registry of problem codes (``app/core/conversion/problem_codes.py``, marked with
``QT_TRANSLATE_NOOP("Problems", ...)``) into ``event_loader_<lang>.ts``, and ``pyside6-lrelease``
into the ``.qm`` files the program loads. English needs only its plural forms ("1 row" /
"2 rows"); they are filled in here from ``ENGLISH_SINGULARS`` so that no one has to open Linguist
for English. Other languages are translated in Qt Linguist (``pyside6-linguist
event_loader_fr.ts``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("en", "fr")

# Plural source text -> its English singular (the source itself is the plural form).
ENGLISH_SINGULARS = dict(
    (
        ("%n rows: {rows}", "%n row: {rows}"),
        ("Retry in %n s", "Retry in %n s"),
        ("Up&load %Ln rows", "Up&load %Ln row"),
        ("Checking %Ln rows…", "Checking %Ln row…"),
        ("%Ln ready", "%Ln ready"),
        ("%Ln excluded", "%Ln excluded"),
        (
            "and %Ln rows with other problems (Problems only shows them)",
            "and %Ln row with other problems (Problems only shows it)",
        ),
        ("All %Ln rows are ready.", "The %Ln row is ready."),
        ("%Ln rows saved to {path}", "%Ln row saved to {path}"),
        ("All %Ln events were added", "The %Ln event was added"),
        ("Re&try %Ln failed rows", "Re&try %Ln failed row"),
        ("%Ln rows failed for one reason: {reason}", "%Ln row failed: {reason}"),
        ("%Ln rows: {reason}", "%Ln row: {reason}"),
        (
            "%Ln rows: other reasons (listed in the file of rows to fix)",
            "%Ln row: another reason (listed in the file of rows to fix)",
        ),
        (
            "Showing the %Ln rows the destination refused; Save rows to fix writes them with their"
            " reasons. Fix them in the spreadsheet, then open it again: rows that went are not"
            " sent twice.",
            "Showing the %Ln row the destination refused; Save rows to fix writes it with its"
            " reason. Fix it in the spreadsheet, then open it again: rows that went are not"
            " sent twice.",
        ),
        ("Ready to send %Ln rows", "Ready to send %Ln row"),
        ("Send &all %Ln rows", "Send &all (%Ln row)"),
        ("Send the &rest (%Ln rows)", "Send the &rest (%Ln row)"),
        ("%n rows refused; see the results.", "%n row refused; see the results."),
        ("%n s", "%n s"),
        ("%n min", "%n min"),
        ("Connected to %1. %n event templates found.", "Connected to %1. %n event template found."),
        ("%1 · %2 · %n tokens", "%1 · %2 · %n token"),
        ("%1 · %2 · %3 · %n properties", "%1 · %2 · %3 · %n property"),
        ("%n rows", "%n row"),
        ("%Ln rows", "%Ln row"),
        ("%Ln columns", "%Ln column"),
        (
            "The column names are on row {header_row}; %n rows above them were skipped as not "
            "data (rows {rows}). If the table starts higher, choose the header row.",
            "The column names are on row {header_row}; %n row above them was skipped as not "
            "data (row {rows}). If the table starts higher, choose the header row.",
        ),
        (
            "%Ln rows were not sent yet. Resume sends them (so does opening the same file with the"
            " same mapping and destination); rows that went are not sent twice.",
            "%Ln row was not sent yet. Resume sends it (so does opening the same file with the"
            " same mapping and destination); rows that went are not sent twice.",
        ),
        (
            "Nothing is left to send; %Ln rows failed, each with its reason in the report.",
            "Nothing is left to send; %Ln row failed, with its reason in the report.",
        ),
        ("%Ln rows with problems or duplicates", "%Ln row with a problem or a duplicate"),
        ("%Ln rows left out", "%Ln row left out"),
        ("%Ln rows already there", "%Ln row already there"),
        ("%Ln rows still to send", "%Ln row still to send"),
        ("Reading… %Ln rows so far", "Reading… %Ln row so far"),
        ("{items} … (%n more)", "{items} … (%n more)"),
        ("%n columns", "%n column"),
        ("%n rows ready", "%n row ready"),
        ("Auto-match found a column for %n fields.", "Auto-match found a column for %n field."),
        (
            "%n file values are matched by hand; the others match option names by themselves.",
            "%n file value is matched by hand; the others match option names by themselves.",
        ),
        ("%n columns will not be imported", "%n column will not be imported"),
        ("%n required fields are not mapped", "%n required field is not mapped"),
        (
            "%n fields need a check; the others are ready.",
            "%n field needs a check; the others are ready.",
        ),
        ("%n problems", "%n problem"),
        ("%n empty rows were skipped.", "%n empty row was skipped."),
        (
            "The file mixes text encodings: %n lines were read as {fallback} instead of "
            "{encoding}. Check their accented letters.",
            "The file mixes text encodings: %n line was read as {fallback} instead of "
            "{encoding}. Check its accented letters.",
        ),
        (
            "%n characters could not be read as {encoding} and were replaced. If text looks "
            "wrong, choose another encoding.",
            "%n character could not be read as {encoding} and was replaced. If text looks "
            "wrong, choose another encoding.",
        ),
        (
            "%n invisible null characters were removed from the file.",
            "%n invisible null character was removed from the file.",
        ),
        (
            "%n rows have more or fewer cells than there are headers; they were padded or cut.",
            "%n row has more or fewer cells than there are headers; it was padded or cut.",
        ),
        (
            "%Ln cells edited here (the file is unchanged)",
            "%Ln cell edited here (the file is unchanged)",
        ),
        ("%Ln cells will change.", "%Ln cell will change."),
        ("&Replace %Ln cells", "&Replace %Ln cell"),
        ("%Ln cells replaced. Ctrl+Z undoes it.", "%Ln cell replaced. Ctrl+Z undoes it."),
        (
            "Nothing new to add: all %Ln rows were already in {dest}",
            "Nothing new to add: the row was already in {dest}",
        ),
        ("All %Ln rows are in {dest}", "The row is in {dest}"),
        ("None of the %Ln rows is in {dest}", "The row is not in {dest}"),
        ("%Ln of {total} rows are in {dest}", "%Ln of {total} rows is in {dest}"),
        ("%Ln need fixing", "%Ln needs fixing"),
        ("%Ln to send again", "%Ln to send again"),
        ("%Ln not sent yet", "%Ln not sent yet"),
        ("%Ln already there", "%Ln already there"),
        ("%Ln sent", "%Ln sent"),
        ("%Ln failed", "%Ln failed"),
        ("%Ln with problems", "%Ln with problems"),
        ("Rows {rows} and %Ln more", "Rows {rows} and %Ln more"),
        ("%n rows added to {dest}.", "%n row added to {dest}."),
        ("Sending %n rows again…", "Sending %n row again…"),
        ("Sending %n rows…", "Sending %n row…"),
        ("%Ln waiting", "%Ln waiting"),
        ("%Ln sending", "%Ln sending"),
        ("%Ln waiting to retry", "%Ln waiting to retry"),
        ("%Ln partly failed", "%Ln partly failed"),
        ("%Ln not sent (stopped)", "%Ln not sent (stopped)"),
        ("%Ln batches: {counts}.", "%Ln batch: {counts}."),
        ("each square: %n batches", "each square: %n batch"),
    )
)


def tool(name: str) -> str:
    """Return the path of a Qt tool from the venv (next to the interpreter) or PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install pyside6 (it ships lupdate and lrelease)")
    return found


# Where translatable text lives: the window, the destinations' wording, the problem registry.
SOURCE_FOLDERS = (("app", "ui"), ("app", "core", "destinations"))
CORE_SOURCES = ("app/core/conversion/problem_codes.py",)


def sources() -> list[str]:
    """Return the Python files holding translatable text, relative to the repository root."""
    folders = (
        str(p.relative_to(ROOT))
        for folder in SOURCE_FOLDERS
        for p in ROOT.joinpath(*folder).rglob("*.py")
    )
    return sorted([*folders, *CORE_SOURCES])


def fill_english_plurals(ts_path: Path) -> list[str]:
    """Fill the English numerus forms; return plural sources that have no singular yet."""
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        singular = ENGLISH_SINGULARS.get(source)
        if singular is None:
            missing.append(source)
            singular = source
        for child in list(translation):
            translation.remove(child)
        for text in (singular, source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


# pyside6-lupdate 6.11 skips QCoreApplication.translate(context, text, None, n) messages whose
# count is a call or an attribute, and drops the plural forms of the others: running it would
# delete translated plurals. 6.12's lupdate reads them correctly.
BROKEN_LUPDATE_SERIES = ("6.11.",)


def check_lupdate_version() -> None:
    """Refuse a pyside6-lupdate that would damage the translation files."""
    import PySide6

    version = str(PySide6.__version__)
    if version.startswith(BROKEN_LUPDATE_SERIES):
        raise SystemExit(
            f"PySide6 {version}'s lupdate loses plural messages of this program. Run this script "
            "from a separate environment with PySide6 6.12 "
            "(pip install 'pyside6-essentials~=6.12.0')."
        )


def main() -> int:
    """Update every .ts file and compile the .qm files."""
    check_lupdate_version()
    lupdate, lrelease = tool("pyside6-lupdate"), tool("pyside6-lrelease")
    for language in LANGUAGES:
        ts_path = HERE / f"event_loader_{language}.ts"
        args = [
            lupdate,
            *sources(),
            "-no-obsolete",
            "-target-language",
            language,
            "-ts",
            str(ts_path),
        ]
        if language == "en":
            args.insert(-2, "-pluralonly")
        subprocess.run(args, cwd=ROOT, check=True, capture_output=True)
        if language == "en":
            for source in fill_english_plurals(ts_path):
                print(f"no English singular for: {source!r}", file=sys.stderr)
        qm_path = ts_path.with_suffix(".qm")
        # Compiled beside the file, then swapped in: a window that is running keeps the file
        # it opened instead of reading a half-written one.
        fresh = qm_path.with_suffix(".qm.new")
        subprocess.run([lrelease, str(ts_path), "-qm", str(fresh)], check=True, capture_output=True)
        os.replace(fresh, qm_path)
        print(qm_path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
