"""The registry of problem codes: each code's wording, in one place.

``PROBLEM_CODES`` holds, for every code the core emits, its short label ("bad date") and its
sentences ("{value} is not a real date. …"). The English text written here is both the command
line's and the reports' wording and the source the window translates: each string is marked with
``QT_TRANSLATE_NOOP("Problems", …)``, which Qt's ``lupdate`` extracts from this file, and the
window passes it through ``QCoreApplication.translate("Problems", …)`` at display time. Adding a
code therefore means adding one entry here (and its French in the translation file).

Placeholders are filled after translation so a translator may move them: ``{value}`` (the value,
quoted), ``{field}`` (the field's name), ``{options}`` (a list, "a, b or c"), ``{format}`` (a date
format in words), ``{column}``, ``{columns}``, ``{fields}``, ``{chars}``, ``{error}`` and any other
parameter of the problem, shown as it is. ``app.core.conversion.messages`` fills them in English;
the window's
``app.ui.text.problems`` in the interface language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.core.conversion.problems import Problem

from app.core.destinations import field_noun

CONTEXT = "Problems"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; marks it for Qt's ``lupdate`` under ``context``.

    The core never imports Qt, so this plain function stands in for Qt's macro of the same name.
    """
    del context
    return text


def _single(_problem: Problem) -> str:
    return ""


@dataclass(frozen=True, slots=True)
class ProblemCode:
    """The wording of one problem code.

    ``sentences`` maps a variant name to a sentence; ``variant`` picks the one a problem needs
    (a sentence per case rather than stitched fragments, so every language can word each case).
    ``row_wide`` sentences are about the mapping or the whole row and stand alone; the others
    follow where the value came from ("Score": …). ``defaults`` fill parameters a problem may
    lack, and ``list_limit`` is how many options a sentence lists before "… (3 more)".
    """

    label: str
    sentences: Mapping[str, str]
    variant: Callable[[Problem], str] = _single
    row_wide: bool = False
    defaults: Mapping[str, Any] = field(default_factory=dict)
    list_limit: int = 8

    def sentence(self, problem: Problem) -> str:
        """Return the English sentence (the translation source) for ``problem``."""
        return self.sentences[self.variant(problem)]


# Where a value's problem comes from, before a colon: its column ("Score"), or these.
WHERE_DEFAULT = QT_TRANSLATE_NOOP("Problems", 'The default value of "{field}"')
WHERE_FIXED = QT_TRANSLATE_NOOP("Problems", 'The fixed value of "{field}"')
WHERE_AND_PROBLEM = QT_TRANSLATE_NOOP("Problems", "{where}: {problem}")
# A code this version does not know (a newer core, an older window): still one sentence.
UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "Problems", "{value} cannot be used ({code}). Fix the cell or the mapping."
)


def _date_invalid(p: Problem) -> str:
    if p.params.get("format"):
        return "format"
    return "serial" if p.params.get("reason") == "serial_out_of_range" else ""


def _date_not_real(p: Problem) -> str:
    return "leap_day" if p.params.get("reason") == "excel_1900_leap_day" else ""


def _option_owner(p: Problem) -> str:
    """Name the field as its destination does: a custom event's property, a template's token.

    A destination may say it itself with the ``owner`` parameter ("property" or "token");
    otherwise the destination that owns the target's prefix names it (``field_noun``).
    """
    owner = p.params.get("owner")
    if owner in ("property", "token"):
        return str(owner)
    return "property" if field_noun(p.target) == "property" else "token"


def _option_owner_and_source(p: Problem) -> str:
    """Name the field's owner, and whether the value was typed in Mapping (no cell to fix)."""
    owner = _option_owner(p)
    return f"{owner}_fixed" if p.column is None or p.params.get("from_default") else owner


def _type_unknown(p: Problem) -> str:
    kind = "relationship" if p.target.startswith("relationship.") else "object"
    # Types are mostly fixed values typed in Mapping: there is no cell to fix then.
    return f"{kind}_{'cell' if p.column is not None else 'fixed'}"


def _record_id_missing(p: Problem) -> str:
    return "columns" if p.params.get("columns") else ""


PROBLEM_CODES: dict[str, ProblemCode] = {
    "cell_error": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "spreadsheet error"),
        {
            "": QT_TRANSLATE_NOOP(
                "Problems",
                "the cell shows the spreadsheet error {error}. Fix the formula or the cell in "
                "the file.",
            )
        },
    ),
    "required_missing": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "missing value"),
        {
            "": QT_TRANSLATE_NOOP(
                "Problems",
                "the cell is empty, but {field} is required. Fill it in or set a default value "
                "in Mapping.",
            )
        },
    ),
    "email_invalid": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "bad email"),
        {"": QT_TRANSLATE_NOOP("Problems", "{value} is not a valid email address. Fix the cell.")},
    ),
    "object_id_invalid": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "bad record id"),
        {
            "": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} is not a HubSpot record ID (those are digits only). Fix the cell.",
            )
        },
    ),
    "number_invalid": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "not a number"),
        {"": QT_TRANSLATE_NOOP("Problems", "{value} is not a number. Fix the cell.")},
    ),
    "number_ambiguous": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "unclear number"),
        {
            "": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} could mean {thousands} or {decimal}. Write it without a thousands "
                "separator or set this column's decimal separator in Mapping.",
            )
        },
    ),
    "date_invalid": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "bad date"),
        {
            "format": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} does not match the date format {format}. Fix the cell or change this "
                "column's date format in Mapping.",
            ),
            "serial": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} is a number, not a date. Fix the cell or format it as a date.",
            ),
            "": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} is not a date Event Loader recognises. Write it like 2025-04-25 or "
                "25/04/2025 14:30, or set this column's date format in Mapping.",
            ),
        },
        _date_invalid,
    ),
    "date_ambiguous": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "unclear date"),
        {
            "": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} could be read day first or month first. In Mapping, choose this "
                "column's date format: day/month/year or month/day/year.",
            )
        },
    ),
    "date_not_real": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "impossible date"),
        {
            "leap_day": QT_TRANSLATE_NOOP(
                "Problems",
                "the date 29/02/1900 does not exist (a leftover of old spreadsheets). Fix the "
                "cell.",
            ),
            "": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} is not a real date. Fix the cell or change this column's date format "
                "in Mapping.",
            ),
        },
        _date_not_real,
    ),
    "enum_unknown": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "unknown option"),
        {
            "property": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} is not an option of property {field} ({options}). Map it or fix the cell.",
            ),
            "token": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} is not an option of token {field} ({options}). Map it or fix the cell.",
            ),
            "property_fixed": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} is not an option of property {field} ({options}). Change it in Mapping.",
            ),
            "token_fixed": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} is not an option of token {field} ({options}). Change it in Mapping.",
            ),
        },
        _option_owner_and_source,
    ),
    "id_too_long": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "id too long"),
        {
            "": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} has {length} characters; Pipeless IDs have 1 to {max}. Shorten it.",
            )
        },
        defaults={"max": 40},
    ),
    "id_invalid_chars": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "bad characters"),
        {
            "": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} contains characters Pipeless does not accept in IDs ({chars}). Use "
                "letters, digits, spaces and common symbols.",
            )
        },
    ),
    "type_unknown": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "unknown type"),
        {
            "relationship_cell": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} is not a Pipeless relationship type. Use one of: {options}. Fix the cell.",
            ),
            "relationship_fixed": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} is not a Pipeless relationship type. Use one of: {options}. Change it "
                "in Mapping.",
            ),
            "object_cell": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} is not a Pipeless object type. Use one of: {options}. Fix the cell.",
            ),
            "object_fixed": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} is not a Pipeless object type. Use one of: {options}. Change it in "
                "Mapping.",
            ),
        },
        _type_unknown,
        list_limit=40,
    ),
    "boolean_invalid": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "not yes/no"),
        {
            "": QT_TRANSLATE_NOOP(
                "Problems", "{value} is not true or false. Use true/false, yes/no or 1/0."
            )
        },
    ),
    "text_invalid": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "bad text"),
        {"": QT_TRANSLATE_NOOP("Problems", "{value} cannot be sent. Fix the cell.")},
    ),
    "value_too_long": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "value too long"),
        {
            "property": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} has {length} characters; HubSpot takes at most {max} in a property. "
                "Shorten it.",
            ),
            "token": QT_TRANSLATE_NOOP(
                "Problems",
                "{value} has {length} characters; HubSpot takes at most {max} in a token. "
                "Shorten it.",
            ),
        },
        _option_owner,
        defaults={"max": 256},
    ),
    "column_missing": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "missing column"),
        {
            "": QT_TRANSLATE_NOOP(
                "Problems",
                'Column "{column}" is not in this file. Choose another column for "{field}" in '
                "Mapping.",
            )
        },
        row_wide=True,
    ),
    "field_not_mapped": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "field not mapped"),
        {
            "": QT_TRANSLATE_NOOP(
                "Problems",
                "{field} is required but no column is mapped to it. Choose a column or a fixed "
                "value.",
            )
        },
        row_wide=True,
    ),
    "record_id_not_mapped": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "no email or id column"),
        {
            "": QT_TRANSLATE_NOOP(
                "Problems",
                "HubSpot finds each contact by {fields}, but none is mapped. Choose a column for "
                "one of them in Mapping.",
            )
        },
        row_wide=True,
        defaults={"fields": ["Email", "Record ID", "User token (utk)"]},
    ),
    "record_id_missing": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "no email or id"),
        {
            "columns": QT_TRANSLATE_NOOP(
                "Problems",
                "No {fields_lower} (column {columns}), so HubSpot cannot tell which contact this "
                "event is for. Fill one in or exclude the row.",
            ),
            "": QT_TRANSLATE_NOOP(
                "Problems",
                "No {fields_lower}, so HubSpot cannot tell which contact this event is for. Fill "
                "one in or exclude the row.",
            ),
        },
        _record_id_missing,
        row_wide=True,
        defaults={"fields": ["Email"]},
    ),
    # Not a problem of its own but a row status: a row that gives the same event as an earlier
    # one. Its label names the Preview's filter chip; its sentence is the reports'.
    "duplicate": ProblemCode(
        QT_TRANSLATE_NOOP("Problems", "duplicate"),
        {
            "": QT_TRANSLATE_NOOP(
                "Problems",
                "Row {row} gives the same event as row {first}, so it will not be sent twice. "
                "Remove it or change the Event ID columns in Mapping.",
            )
        },
        row_wide=True,
    ),
}


def problem_code(code: str) -> ProblemCode | None:
    """Return the registry entry of ``code`` (None for a code this version does not know)."""
    return PROBLEM_CODES.get(code)


__all__ = [
    "CONTEXT",
    "PROBLEM_CODES",
    "QT_TRANSLATE_NOOP",
    "UNKNOWN_CODE",
    "WHERE_AND_PROBLEM",
    "WHERE_DEFAULT",
    "WHERE_FIXED",
    "ProblemCode",
    "problem_code",
]
