"""The window's wording for the core's codes (reader notes, file errors, conversion problems).

The core returns stable codes with parameters; the words a marketer reads, and their translation,
live here. Each text is a whole sentence in one ``translate`` call (no stitched fragments), with
``{name}`` placeholders filled after translation so translators can move them.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.convert import Problem
from app.core.echo import ECHO_LIMIT, echo
from app.core.sheet import ReadNote, SheetData, SheetError

log = logging.getLogger(__name__)


def note_text(note: ReadNote) -> str:
    """Return a plain sentence for something the reader changed or skipped."""
    p: dict[str, Any] = note.params
    code = note.code
    if code == "header_blank":
        return QCoreApplication.translate(
            "messages", "Column {column} had no name; it is called \u201c{new_name}\u201d here."
        ).format(
            column=p.get("column", p.get("column_number", "?")), new_name=p.get("new_name", "")
        )
    if code == "header_duplicate":
        return QCoreApplication.translate(
            "messages",
            "Two columns are called \u201c{column}\u201d; the second one is called "
            "\u201c{new_name}\u201d here.",
        ).format(column=p.get("name", p.get("column", "")), new_name=p.get("new_name", ""))
    if code == "header_merged":
        return QCoreApplication.translate(
            "messages",
            "A merged header cell was split; its columns are named \u201c{new_name}\u201d and so "
            "on.",
        ).format(new_name=p.get("new_name", p.get("column", "")))
    if code == "empty_rows_skipped":
        return QCoreApplication.translate(
            "messages", "%n empty rows were skipped.", None, int(p.get("count", 0))
        )
    if code == "encoding_guessed":
        return QCoreApplication.translate(
            "messages",
            "The text encoding was guessed as {encoding}. If accents look wrong, choose another "
            "one.",
        ).format(encoding=p.get("encoding", ""))
    if code == "ragged_row":
        count = int(p.get("count", 1) or 1)
        return QCoreApplication.translate(
            "messages",
            "%n rows have more or fewer cells than there are headers; they were padded or cut.",
            None,
            count,
        )
    if code == "rows_above_header_skipped":
        rows = ", ".join(str(n) for n in p.get("row_numbers") or [])
        return QCoreApplication.translate(
            "messages",
            "The column names are on row {header_row}; %n rows above them were skipped as not "
            "data (rows {rows}). If the table starts higher, choose the header row.",
            None,
            int(p.get("count", 0)),
        ).format(header_row=p.get("header_row", ""), rows=rows)
    if code == "header_row_detected":
        return QCoreApplication.translate(
            "messages", "The column names were found on row {row}."
        ).format(row=p.get("row_number", p.get("row", "")))
    if code == "cells_truncated" or code == "long_cell":
        return QCoreApplication.translate("messages", "Some very long cells were shortened.")
    # A note this version does not know yet: say it plainly rather than hide it.
    details = ", ".join(f"{key}: {value}" for key, value in p.items())
    return QCoreApplication.translate("messages", "Note while reading: {code} ({details}).").format(
        code=code, details=details
    )


def no_data_rows_text(sheet: SheetData) -> str:
    """Say why a sheet without data rows cannot go past File, and what to choose instead."""
    if sheet.sheet_name is not None and len(sheet.sheet_names) > 1:
        return QCoreApplication.translate(
            "messages",
            "Sheet \u201c{sheet}\u201d has no rows of data below its column names. Choose the "
            "sheet that holds your data.",
        ).format(sheet=sheet.sheet_name)
    return QCoreApplication.translate(
        "messages",
        "{name} has no rows of data below its column names (row {row}). Choose another header "
        "row or another file.",
    ).format(name=sheet.path.name, row=sheet.header_row)


def sheet_error_text(error: SheetError, name: str) -> str:
    """Return what went wrong with a file and what to do, naming the file."""
    code = error.code
    texts = {
        "not_found": QCoreApplication.translate(
            "messages", "{name} was not found. It may have been moved or renamed."
        ),
        "file_not_found": QCoreApplication.translate(
            "messages", "{name} was not found. It may have been moved or renamed."
        ),
        "file_missing": QCoreApplication.translate(
            "messages", "{name} was not found. It may have been moved or renamed."
        ),
        "not_a_file": QCoreApplication.translate(
            "messages", "{name} is a folder, not a spreadsheet."
        ),
        "is_directory": QCoreApplication.translate(
            "messages", "{name} is a folder, not a spreadsheet."
        ),
        "unsupported_type": QCoreApplication.translate(
            "messages",
            "{name} is not a spreadsheet Event Loader can read. Save it as .xlsx or .csv.",
        ),
        "not_a_spreadsheet": QCoreApplication.translate(
            "messages",
            "{name} is not a spreadsheet, or it is damaged. Open it in Excel and save it again as "
            ".xlsx.",
        ),
        "corrupt": QCoreApplication.translate(
            "messages",
            "{name} is damaged and cannot be read. Open it in Excel and save it again as .xlsx.",
        ),
        "encrypted": QCoreApplication.translate(
            "messages",
            "{name} is protected by a password. Save a copy without a password and open that.",
        ),
        "empty": QCoreApplication.translate(
            "messages", "{name} has no rows. Check that you exported the right sheet."
        ),
        "empty_file": QCoreApplication.translate(
            "messages", "{name} is empty. Check that you exported the right sheet."
        ),
        "empty_sheet": QCoreApplication.translate(
            "messages", "The chosen sheet of {name} is empty. Pick another sheet."
        ),
        "no_data_rows": QCoreApplication.translate(
            "messages", "{name} has column names but no rows below them."
        ),
        "no_header": QCoreApplication.translate(
            "messages", "No row of {name} looks like column names. Choose the header row by hand."
        ),
        "header_row_out_of_range": QCoreApplication.translate(
            "messages",
            "{name} has fewer rows than the header row you chose. Pick a smaller row number.",
        ),
        "sheet_not_found": QCoreApplication.translate(
            "messages", "{name} has no sheet with that name. Pick one from the list."
        ),
        "too_many_columns": QCoreApplication.translate(
            "messages",
            "{name} has too many columns to be an export of contacts or events. Check the file.",
        ),
        "too_many_rows": QCoreApplication.translate(
            "messages",
            "{name} has more rows than a spreadsheet can hold (1,048,576). Split it into smaller "
            "files.",
        ),
        "too_large": QCoreApplication.translate(
            "messages", "{name} is too large to read safely. Split it into smaller files."
        ),
        "permission_denied": QCoreApplication.translate(
            "messages",
            "Event Loader may not read {name}. Close it in other programs and try again.",
        ),
        # The system refused to read the file (locked by another program, no permission).
        "unreadable": QCoreApplication.translate(
            "messages",
            "Event Loader may not read {name}. Close it in other programs and try again.",
        ),
        "decode_failed": QCoreApplication.translate(
            "messages",
            "The text of {name} could not be read with this encoding. Choose another encoding.",
        ),
    }
    text = texts.get(code)
    if text is None:
        # A code this window does not know: the reader's English goes to the log, not the screen.
        log.info("file error %s: %s", code, error)
        text = QCoreApplication.translate(
            "messages", "{name} cannot be read. Details are in the log file."
        )
    return text.format(name=name)


def api_error_text(error: BaseException, destination_name: str) -> str:
    """Return what an API refusal means for the user and what to do ("HubSpot refused …")."""
    code = getattr(error, "code", "")
    credential = getattr(error, "credential", "access_token")
    if code == "auth_refused":
        if credential == "developer_key":
            text = QCoreApplication.translate(
                "messages",
                "{service} refused the developer API key (mistyped, or the key of another app). "
                "Paste it again from your developer account.",
            )
        elif credential in ("refresh_token", "client_secret", "client_id"):
            text = QCoreApplication.translate(
                "messages",
                "{service} refused the refresh token or the app's client ID and secret. Connect "
                "the app again to get a fresh refresh token.",
            )
        elif credential == "api_key":
            text = QCoreApplication.translate(
                "messages",
                "{service} refused this API key (mistyped, revoked or another account). Paste a "
                "fresh one.",
            )
        else:
            text = QCoreApplication.translate(
                "messages",
                "{service} refused this access token (mistyped, revoked or another account). "
                "Paste a fresh one.",
            )
    elif code == "forbidden":
        scopes = ", ".join(getattr(error, "missing_scopes", ()) or ())
        if scopes:
            return QCoreApplication.translate(
                "messages",
                "{service} accepted the token but it may not add events. Give the app these "
                "scopes: {scopes}.",
            ).format(service=destination_name, scopes=scopes)
        text = QCoreApplication.translate(
            "messages",
            "{service} accepted the token but it may not add events. Ask an administrator to "
            "grant the app access.",
        )
    elif code == "app_not_found":
        text = QCoreApplication.translate(
            "messages", "{service} knows no app with this app ID for this key. Check the app ID."
        )
    elif code == "template_not_found":
        text = QCoreApplication.translate(
            "messages",
            "{service} knows no event template with this ID in this app. Check the template ID.",
        )
    elif code in ("connection_error", "timeout"):
        text = QCoreApplication.translate(
            "messages",
            "{service} could not be reached. Check the internet connection and try again.",
        )
    elif code == "rate_limited":
        text = QCoreApplication.translate(
            "messages", "{service} asked us to slow down. Try again in a minute."
        )
    elif code in ("server_error", "locked", "migrating"):
        text = QCoreApplication.translate(
            "messages", "{service} had a temporary problem. Try again in a few minutes."
        )
    elif code == "insecure_url":
        text = QCoreApplication.translate(
            "messages",
            "The server address must start with https:// so the token travels encrypted.",
        )
    else:
        text = _other_api_error(code)
        if text is None:
            # Unknown to this window: the client's English goes to the log, not the screen.
            log.info("API error %s: %s", code, getattr(error, "message", "") or error)
            text = QCoreApplication.translate(
                "messages",
                "{service} did not accept the connection. Details are in the log file.",
            )
    return text.format(service=destination_name)


def _other_api_error(code: str) -> str | None:
    """Return the sentence of a rarer API error ({service} left to fill), or None if unknown."""
    texts = {
        "bad_url": QCoreApplication.translate(
            "messages",
            "The service address is not a usable web address (https://…, with no user name or "
            "password). Check it in the account settings.",
        ),
        "http_error": QCoreApplication.translate(
            "messages",
            "The request to {service} could not be made. Check the service address.",
        ),
        "certificate_error": QCoreApplication.translate(
            "messages",
            "The secure connection to {service} could not be verified (certificate problem). "
            "Check the service address or your network's security settings.",
        ),
        "bad_response": QCoreApplication.translate(
            "messages", "{service} sent an unreadable answer. Try again in a few minutes."
        ),
        "unexpected_redirect": QCoreApplication.translate(
            "messages",
            "{service} answered with a redirect, which is not followed for safety. Check the "
            "service address.",
        ),
        "unexpected_status": QCoreApplication.translate(
            "messages",
            "{service} gave an unexpected answer. Try again later; details are in the log file.",
        ),
        "unexpected_response": QCoreApplication.translate(
            "messages",
            "{service} sent event templates in a shape Event Loader does not know. Details are "
            "in the log file.",
        ),
        "developer_key_missing": QCoreApplication.translate(
            "messages",
            "Listing {service} event templates needs the app's developer API key. Add it to the "
            "account.",
        ),
        "not_found": QCoreApplication.translate(
            "messages", "{service} does not know this item. Check the app and template IDs."
        ),
        "batch_too_large": QCoreApplication.translate(
            "messages",
            "{service} found the batch too large. Choose a smaller batch size in Settings, then "
            "send the rows again.",
        ),
        "cancelled": QCoreApplication.translate("messages", "Stopped before sending."),
    }
    return texts.get(code)


def _fixed_targets() -> dict[str, tuple[str, str]]:
    """Return the window's words for the destinations' own fields: target -> (label, help)."""
    return {
        "email": (
            QCoreApplication.translate("messages", "Email"),
            QCoreApplication.translate(
                "messages", "The contact's email address; HubSpot creates the contact if new."
            ),
        ),
        "objectId": (
            QCoreApplication.translate("messages", "Record ID"),
            QCoreApplication.translate("messages", "The HubSpot record ID (digits only)."),
        ),
        "utk": (
            QCoreApplication.translate("messages", "User token (utk)"),
            QCoreApplication.translate(
                "messages", "The HubSpot tracking cookie value of a contact."
            ),
        ),
        "domain": (
            QCoreApplication.translate("messages", "Domain"),
            QCoreApplication.translate(
                "messages", "The web domain the event happened on, usually with the user token."
            ),
        ),
        "timestamp": (
            QCoreApplication.translate("messages", "Event date and time"),
            QCoreApplication.translate(
                "messages",
                "When it happened; sets the event's place on the timeline. Empty means now.",
            ),
        ),
        "start_object.id": (
            QCoreApplication.translate("messages", "Start object ID"),
            QCoreApplication.translate("messages", "1 to 40 characters."),
        ),
        "start_object.type": (
            QCoreApplication.translate("messages", "Start object type"),
            QCoreApplication.translate("messages", "One of Pipeless's object types."),
        ),
        "relationship.type": (
            QCoreApplication.translate("messages", "Relationship type"),
            QCoreApplication.translate("messages", "What happened."),
        ),
        "end_object.id": (
            QCoreApplication.translate("messages", "End object ID"),
            QCoreApplication.translate("messages", "1 to 40 characters."),
        ),
        "end_object.type": (
            QCoreApplication.translate("messages", "End object type"),
            QCoreApplication.translate("messages", "One of Pipeless's object types."),
        ),
        "relationship.created_on": (
            QCoreApplication.translate("messages", "Relationship date"),
            QCoreApplication.translate("messages", "When it happened."),
        ),
        "relationship.single": (
            QCoreApplication.translate("messages", "Single relationship"),
            QCoreApplication.translate(
                "messages",
                "Yes (the default): repeats between the same two objects count as one "
                "relationship.",
            ),
        ),
        "start_object.created_on": (
            QCoreApplication.translate("messages", "Start object created on"),
            "",
        ),
        "start_object.modified_on": (
            QCoreApplication.translate("messages", "Start object modified on"),
            "",
        ),
        "end_object.created_on": (
            QCoreApplication.translate("messages", "End object created on"),
            "",
        ),
        "end_object.modified_on": (
            QCoreApplication.translate("messages", "End object modified on"),
            "",
        ),
    }


def target_label(target: Any) -> str:
    """Return a target field's label in the interface language (template tokens keep theirs)."""
    name = target.name
    fixed = _fixed_targets().get(name)
    if fixed is not None:
        return fixed[0]
    if name.startswith("extraData."):
        return QCoreApplication.translate("messages", "Extra data: {name}").format(
            name=name.split(".", 1)[1]
        )
    return target.label


def target_description(target: Any) -> str:
    """Return what a target field is for, in the interface language."""
    name = target.name
    fixed = _fixed_targets().get(name)
    if getattr(target, "help", ""):  # the destination's own words, from its module
        from app.ui.models.mapping_model import kind_text

        own = QCoreApplication.translate("Destinations", target.help).format(
            name=name.split(".", 1)[-1], type=kind_text(target.kind)
        )
        fixed = (fixed[0] if fixed else target.label, own)
    if fixed is not None:
        text = fixed[1]
        if getattr(target, "one_of", ()):
            note = QCoreApplication.translate(
                "messages",
                "A contact is found by its email, its record ID or its user token: "
                "map at least one.",
            )
            text = f"{text} {note}".strip()
        return text
    if name.startswith("tokens."):
        from app.ui.models.mapping_model import kind_text  # the Mapping table's own type words

        return QCoreApplication.translate(
            "messages", "Event template token {name} ({type})."
        ).format(name=name.split(".", 1)[1], type=kind_text(target.kind))
    if name.startswith("extraData."):
        return QCoreApplication.translate(
            "messages", "Free-form data shown in the event's details."
        )
    return target.description


# -- conversion problems ------------------------------------------------------------------------
#
# The same sentences as ``app.core.messages`` (the English stays word for word the core's, so the
# command line, the reports and the window agree), one translatable sentence per case. Where a
# problem comes from (a column, a fixed value, a default) is a label before a colon, as in the
# core, so it is translated once rather than in every sentence.

_LIST_LIMIT = 8
_EXAMPLE_MOMENT = datetime(2025, 4, 25, 14, 30, 0)
# The core names the contact-finding fields by their English labels; the window has its own.
_ID_FIELD_TARGETS = {"Email": "email", "Record ID": "objectId", "User token (utk)": "utk"}
_ROW_WIDE_CODES = frozenset(
    {"column_missing", "field_not_mapped", "record_id_not_mapped", "record_id_missing"}
)


def _quoted(value: Any) -> str:
    """Return a value in the interface language's quotation marks ("x", « x »)."""
    return QCoreApplication.translate("messages", '"{value}"').format(value=echo(value))


def _either(items: Sequence[Any], limit: int = _LIST_LIMIT) -> str:
    """Return "a, b or c" (or "a, b … (3 more)"), with the language's own words."""
    names = [echo(item, ECHO_LIMIT + 2) for item in items]  # items may come quoted
    if len(names) > limit:
        return QCoreApplication.translate(
            "messages", "{items} … (%n more)", None, len(names) - limit
        ).format(items=", ".join(names[:limit]))
    if len(names) <= 1:
        return "".join(names)
    return QCoreApplication.translate("messages", "{items} or {last}").format(
        items=", ".join(names[:-1]), last=names[-1]
    )


def _field_name(problem: Problem) -> str:
    """Return the field a problem is about, as the Mapping step names it."""
    fixed = _fixed_targets().get(problem.target)
    if fixed is not None:
        return fixed[0]
    if problem.target == "event_id":
        return QCoreApplication.translate("messages", "Event ID")
    return str(problem.params.get("field", problem.target))


def _id_field_names(labels: Sequence[str]) -> list[str]:
    fixed = _fixed_targets()
    return [fixed[_ID_FIELD_TARGETS[x]][0] if x in _ID_FIELD_TARGETS else x for x in labels]


def date_format_words(fmt: str) -> str:
    """Return a date format in the interface language's words: ``day/month/year``."""
    from app.core.messages import format_words

    words = {
        "d": QCoreApplication.translate("messages", "day"),
        "m": QCoreApplication.translate("messages", "month"),
        "b": QCoreApplication.translate("messages", "month"),
        "B": QCoreApplication.translate("messages", "month"),
        "Y": QCoreApplication.translate("messages", "year"),
        "y": QCoreApplication.translate("messages", "year"),
        "H": QCoreApplication.translate("messages", "hour"),
        "I": QCoreApplication.translate("messages", "hour"),
        "M": QCoreApplication.translate("messages", "minute"),
        "S": QCoreApplication.translate("messages", "second"),
        "p": QCoreApplication.translate("messages", "AM/PM"),
        "f": QCoreApplication.translate("messages", "fraction"),
    }
    return format_words(fmt, words)


def date_format_example(fmt: str) -> str:
    """Return a date format in words with an example: ``day/month/year (for example 25/04/2025)``.

    Marketers never see strftime codes such as ``%d/%m/%Y``.
    """
    try:
        example = _EXAMPLE_MOMENT.strftime(fmt)
    except ValueError:
        return echo(date_format_words(fmt))
    return QCoreApplication.translate("messages", "{format} (for example {example})").format(
        format=echo(date_format_words(fmt)), example=echo(example)
    )


def _date_invalid(p: Problem, value: str) -> str:
    fmt = p.params.get("format")
    if fmt:
        return QCoreApplication.translate(
            "messages",
            "{value} does not match the date format {format}. Fix the cell or change this "
            "column's date format in Mapping.",
        ).format(value=value, format=date_format_example(fmt))
    if p.params.get("reason") == "serial_out_of_range":
        return QCoreApplication.translate(
            "messages", "{value} is a number, not a date. Fix the cell or format it as a date."
        ).format(value=value)
    return QCoreApplication.translate(
        "messages",
        "{value} is not a date Event Loader recognises. Write it like 2025-04-25 or "
        "25/04/2025 14:30, or set this column's date format in Mapping.",
    ).format(value=value)


def _date_not_real(p: Problem, value: str) -> str:
    if p.params.get("reason") == "excel_1900_leap_day":
        return QCoreApplication.translate(
            "messages",
            "the date 29/02/1900 does not exist (a leftover of old spreadsheets). Fix the cell.",
        )
    return QCoreApplication.translate(
        "messages",
        "{value} is not a real date. Fix the cell or change this column's date format in Mapping.",
    ).format(value=value)


def _type_unknown(p: Problem, value: str) -> str:
    options = _either(p.params.get("options") or [], 40)
    relationship = p.target.startswith("relationship.")
    if p.column is None:  # a fixed value (or a default) typed in Mapping: no cell to fix
        text = (
            QCoreApplication.translate(
                "messages",
                "{value} is not a Pipeless relationship type. Use one of: {options}. Change it "
                "in Mapping.",
            )
            if relationship
            else QCoreApplication.translate(
                "messages",
                "{value} is not a Pipeless object type. Use one of: {options}. Change it in "
                "Mapping.",
            )
        )
    elif relationship:
        text = QCoreApplication.translate(
            "messages",
            "{value} is not a Pipeless relationship type. Use one of: {options}. Fix the cell.",
        )
    else:
        text = QCoreApplication.translate(
            "messages",
            "{value} is not a Pipeless object type. Use one of: {options}. Fix the cell.",
        )
    return text.format(value=value, options=options)


def _id_invalid_chars(p: Problem, value: str) -> str:
    chars = ", ".join(
        _quoted(c) if c != " " else QCoreApplication.translate("messages", "space")
        for c in p.params.get("chars", "")
    )
    return QCoreApplication.translate(
        "messages",
        "{value} contains characters Pipeless does not accept in IDs ({chars}). Use letters, "
        "digits, spaces and common symbols.",
    ).format(value=value, chars=chars)


def _value_problem(p: Problem, value: str) -> str | None:
    """Return the sentence after "where:" for a value's problem (None for an unknown code)."""
    params = p.params
    code = p.code
    if code == "cell_error":
        return QCoreApplication.translate(
            "messages",
            "the cell shows the spreadsheet error {error}. Fix the formula or the cell in the "
            "file.",
        ).format(error=params.get("value", ""))
    if code == "required_missing":
        return QCoreApplication.translate(
            "messages",
            "the cell is empty, but {field} is required. Fill it in or set a default value in "
            "Mapping.",
        ).format(field=_field_name(p))
    if code == "enum_unknown" and p.target.startswith("properties."):
        return QCoreApplication.translate(
            "messages",
            "{value} is not an option of property {field} ({options}). Map it or fix the cell.",
        ).format(value=value, field=_field_name(p), options=_either(params.get("options") or []))
    if code == "enum_unknown":
        return QCoreApplication.translate(
            "messages",
            "{value} is not an option of token {field} ({options}). Map it or fix the cell.",
        ).format(value=value, field=_field_name(p), options=_either(params.get("options") or []))
    if code == "number_ambiguous":
        return QCoreApplication.translate(
            "messages",
            "{value} could mean {thousands} or {decimal}. Write it without a thousands separator "
            "or set this column's decimal separator in Mapping.",
        ).format(
            value=value, thousands=params.get("as_thousands"), decimal=params.get("as_decimal")
        )
    if code == "value_too_long":
        return QCoreApplication.translate(
            "messages",
            "{value} has {length} characters; HubSpot takes at most {max} in a property. "
            "Shorten it.",
        ).format(value=value, length=params.get("length"), max=params.get("max", 256))
    if code == "id_too_long":
        return QCoreApplication.translate(
            "messages", "{value} has {length} characters; Pipeless IDs have 1 to {max}. Shorten it."
        ).format(value=value, length=params.get("length"), max=params.get("max", 40))
    special: dict[str, Callable[[Problem, str], str]] = {
        "date_invalid": _date_invalid,
        "date_not_real": _date_not_real,
        "type_unknown": _type_unknown,
        "id_invalid_chars": _id_invalid_chars,
    }
    if code in special:
        return special[code](p, value)
    simple = {
        "email_invalid": QCoreApplication.translate(
            "messages", "{value} is not a valid email address. Fix the cell."
        ),
        "object_id_invalid": QCoreApplication.translate(
            "messages", "{value} is not a HubSpot record ID (those are digits only). Fix the cell."
        ),
        "number_invalid": QCoreApplication.translate(
            "messages", "{value} is not a number. Fix the cell."
        ),
        "date_ambiguous": QCoreApplication.translate(
            "messages",
            "{value} could be read day first or month first. In Mapping, choose this column's "
            "date format: day/month/year or month/day/year.",
        ),
        "boolean_invalid": QCoreApplication.translate(
            "messages", "{value} is not true or false. Use true/false, yes/no or 1/0."
        ),
        "text_invalid": QCoreApplication.translate(
            "messages", "{value} cannot be sent. Fix the cell."
        ),
    }
    text = simple.get(code)
    return text.format(value=value) if text is not None else None


def _problem_place(p: Problem) -> str:
    """Return where a value came from: its column, the field's fixed value or its default."""
    if p.params.get("from_default"):
        return QCoreApplication.translate("messages", 'The default value of "{field}"').format(
            field=_field_name(p)
        )
    if p.column is not None:
        return _quoted(p.column)
    return QCoreApplication.translate("messages", 'The fixed value of "{field}"').format(
        field=_field_name(p)
    )


def _row_wide_problem(p: Problem) -> str:
    """Return the sentence of a problem about the mapping or the whole row, not one value."""
    params = p.params
    if p.code == "column_missing":
        return QCoreApplication.translate(
            "messages",
            'Column "{column}" is not in this file. Choose another column for "{field}" in '
            "Mapping.",
        ).format(column=p.column, field=_field_name(p))
    if p.code == "field_not_mapped":
        return QCoreApplication.translate(
            "messages",
            "{field} is required but no column is mapped to it. Choose a column or a fixed value.",
        ).format(field=_field_name(p))
    names = _id_field_names(params.get("fields") or ["Email", "Record ID", "User token (utk)"])
    if p.code == "record_id_not_mapped":
        return QCoreApplication.translate(
            "messages",
            "HubSpot finds each contact by {fields}, but none is mapped. Choose a column for one "
            "of them in Mapping.",
        ).format(fields=_either(names))
    fields = _either(_id_field_names(params.get("fields") or ["Email"])).lower()
    columns = params.get("columns") or []
    if columns:
        return QCoreApplication.translate(
            "messages",
            "No {fields} (column {columns}), so HubSpot cannot tell which contact this event is "
            "for. Fill one in or exclude the row.",
        ).format(fields=fields, columns=_either([_quoted(c) for c in columns]))
    return QCoreApplication.translate(
        "messages",
        "No {fields}, so HubSpot cannot tell which contact this event is for. Fill one in or "
        "exclude the row.",
    ).format(fields=fields)


def problem_message(problem: Problem) -> str:
    """Return what is wrong with a value, where, and what to do, in the interface language.

    The English reads exactly as ``app.core.messages.problem_message``; every case there has its
    own translated sentence here.
    """
    if problem.code in _ROW_WIDE_CODES:
        return _row_wide_problem(problem)
    value = _quoted(problem.params.get("value", ""))
    text = _value_problem(problem, value)
    if text is None:
        text = QCoreApplication.translate(
            "messages", "{value} cannot be used ({code}). Fix the cell or the mapping."
        ).format(value=value, code=problem.code)
    return QCoreApplication.translate("messages", "{where}: {problem}").format(
        where=_problem_place(problem), problem=text
    )


# -- upload failures ------------------------------------------------------------------------------

# The codes ``api_error_text`` has a sentence of its own for.
_API_CODES = frozenset(
    {
        "auth_refused",
        "forbidden",
        "app_not_found",
        "template_not_found",
        "connection_error",
        "timeout",
        "rate_limited",
        "server_error",
        "locked",
        "migrating",
        "insecure_url",
    }
)


def stop_text(code: str | None, destination: str, fallback: str = "") -> str:
    """Return one sentence saying why the API stopped the run and what to do.

    ``fallback`` is the engine's English for a code this window does not know: it goes to the
    log, and the user reads a general sentence in the interface language.
    """
    if code == "auth_refused":
        return QCoreApplication.translate(
            "UploadStep",
            "{dest} refused this access token (mistyped, revoked or another account). Paste a "
            "fresh one in Destination, then upload again: rows that went are not sent twice.",
        ).format(dest=destination)
    if code == "forbidden":
        return QCoreApplication.translate(
            "UploadStep",
            "{dest} refused the upload: this account may not add these events (a missing "
            "permission or scope). Check the app's settings in {dest}, then upload again.",
        ).format(dest=destination)
    if code == "template_not_found":
        return QCoreApplication.translate(
            "UploadStep",
            "{dest} no longer knows this event template (deleted, or another app). Choose the "
            "template again in Destination, then upload again.",
        ).format(dest=destination)
    if code == "app_not_found":
        return QCoreApplication.translate(
            "UploadStep",
            "{dest} does not know this app id. Check the app id in Destination, then upload again.",
        ).format(dest=destination)
    if code == "daily_limit":
        return QCoreApplication.translate(
            "UploadStep",
            "{dest}'s daily limit is reached. Upload the rest tomorrow: the rows that went stay, "
            "and nothing is sent twice.",
        ).format(dest=destination)
    if code == "not_found":
        return QCoreApplication.translate(
            "UploadStep",
            "{dest} no longer knows the app or event template this upload uses. Check them in "
            "Destination, then upload again.",
        ).format(dest=destination)
    log.info("upload stopped by the service, code %s: %s", code, fallback)
    return QCoreApplication.translate(
        "UploadStep", "{dest} stopped the upload. Details are in the log file."
    ).format(dest=destination)


def failure_text(code: str | None, reason: str, destination: str) -> str:
    """Return why rows failed, for a failed batch and the Results page, in the window's words.

    ``reason`` is the engine's English. It is shown only when it is the service's own
    explanation of a refused row (what to fix in the cell), which no catalogue can know.
    """
    if code == "id_in_use":
        return QCoreApplication.translate(
            "messages",
            "{service} says this event ID is already in use. The event may already be there "
            "from an earlier attempt, or another record holds this ID: check the record before "
            "sending again.",
        ).format(service=destination)
    if code == "outcome_unknown":
        return QCoreApplication.translate(
            "messages",
            "The answer of {service} was lost, so this event may or may not be there. It allows "
            "repeated events, so it was not sent again (it could appear twice): check it before "
            "sending it again.",
        ).format(service=destination)
    if code == "daily_limit":
        return QCoreApplication.translate(
            "messages",
            "The daily {service} allowance is used up. Send the rest tomorrow; nothing is sent "
            "twice.",
        ).format(service=destination)
    if code == "internal_error":
        return QCoreApplication.translate(
            "messages", "The upload stopped unexpectedly; it can be resumed."
        )
    if code in _API_CODES or (code and _other_api_error(code) is not None):
        return api_error_text(SimpleNamespace(code=code, message=reason), destination)
    if code in (None, "", "rejected", "batch_rejected"):
        if reason:
            return QCoreApplication.translate("messages", "Refused by {service}: {reason}").format(
                service=destination, reason=reason
            )
        return QCoreApplication.translate("messages", "Refused by {service}.").format(
            service=destination
        )
    log.info("rows failed with code %s: %s", code, reason)
    return QCoreApplication.translate(
        "messages", "Refused by {service} ({code}). The reason is in the file of rows to fix."
    ).format(service=destination, code=code)


# -- errors of the program's own parts ----------------------------------------------------------


def os_error_reason(error: OSError) -> str:
    """Return why the system refused a file operation, as a sentence with what to do."""
    if isinstance(error, FileNotFoundError):
        return QCoreApplication.translate(
            "messages", "The file or its folder does not exist (any more)."
        )
    if isinstance(error, PermissionError):
        return QCoreApplication.translate(
            "messages",
            "Event Loader may not use it. Close it in other programs or pick another place.",
        )
    if isinstance(error, IsADirectoryError):
        return QCoreApplication.translate("messages", "That is a folder, not a file.")
    if error.errno == errno.ENOSPC:
        return QCoreApplication.translate(
            "messages", "The disk is full. Free some space and try again."
        )
    if error.errno == errno.EROFS:
        return QCoreApplication.translate(
            "messages", "That place is read-only. Pick another folder."
        )
    code = errno.errorcode.get(error.errno or 0, type(error).__name__)
    return QCoreApplication.translate(
        "messages", "The system refused ({code}). Details are in the log file."
    ).format(code=code)


def mapping_error_text(error: BaseException) -> str:
    """Return why a mapping file cannot be used, from ``MappingError.code``, and what to do."""
    code = getattr(error, "code", "")
    if isinstance(error, OSError):
        return os_error_reason(error)
    if code == "file_missing":
        return QCoreApplication.translate("messages", "The file does not exist (any more).")
    if code == "file_unreadable":
        return QCoreApplication.translate(
            "messages", "The file could not be read. Close it in other programs and try again."
        )
    if code in ("json_invalid", "not_an_object", "format_wrong") or not code:
        return QCoreApplication.translate(
            "messages", "It is not a mapping file saved by Event Loader."
        )
    if code == "version_unsupported":
        return QCoreApplication.translate(
            "messages",
            "It was saved by a newer Event Loader. Update Event Loader to use it.",
        )
    if code == "destination_unknown":
        return QCoreApplication.translate(
            "messages", "It is for a destination this Event Loader does not know."
        )
    # A setting, token, rule or field that does not fit: the exact spot goes to the log.
    log.info("mapping file refused, %s: %s", code, error)
    return QCoreApplication.translate(
        "messages",
        "Part of it was changed by hand or damaged ({code}). Save the mapping again from the "
        "Mapping step.",
    ).format(code=code)


def journal_error_text(error: BaseException) -> str:
    """Return what a journal failure means: the record of sent rows cannot be kept."""
    code = getattr(error, "code", "")
    path = getattr(error, "path", None) or ""
    if code == "run_in_use":
        return QCoreApplication.translate(
            "messages",
            "This file is already being uploaded with this mapping, in another Event Loader "
            "window or from the command line. Let that upload finish (or stop it), then try "
            "again; nothing was sent or changed here.",
        )
    if code == "journal_lost":
        from app.core.journal_marker import marker_path

        journal = Path(path)
        return QCoreApplication.translate(
            "messages",
            "The record of sent rows, {path}, has lost the uploads it held, so Event Loader "
            "cannot tell which rows went and sends nothing. Put that file back from a backup "
            "and delete {marker}, or move both files to another folder to start a new record.",
        ).format(path=journal, marker=marker_path(journal).name)
    if code == "journal_is_folder":
        return QCoreApplication.translate(
            "messages",
            "The record of sent rows must be a file, but {path} is a folder. Move or rename "
            "that folder, then try again; nothing was sent.",
        ).format(path=path)
    if code == "journal_corrupt":
        return QCoreApplication.translate(
            "messages",
            "The record of sent rows is damaged, so Event Loader cannot tell which rows went. "
            "Details are in the log file.",
        )
    return QCoreApplication.translate(
        "messages",
        "Event Loader cannot write the record of sent rows (disk full or a read-only folder). "
        "Free some space and try again; nothing is sent twice.",
    )


def program_error_text(error: BaseException) -> str | None:
    """Return the window's sentence for an error of the program's own parts, or None.

    The core and the API clients raise exceptions with a stable ``code`` and an English message
    for the command line; the window words them from the code here. None means the error is not
    one of them, so the caller says something general.
    """
    from app.api.errors import ApiError
    from app.core.engine import UploadStopped
    from app.core.journal import JournalError
    from app.core.mapping import MappingError

    if isinstance(error, SheetError):
        name = Path(error.path).name if error.path else ""
        return sheet_error_text(error, name or QCoreApplication.translate("messages", "The file"))
    if isinstance(error, UploadStopped):
        service = QCoreApplication.translate("messages", "The service")
        return stop_text(error.code, service, str(error))
    if isinstance(error, ApiError):
        service = QCoreApplication.translate("messages", "The service")
        return api_error_text(error, service)
    if isinstance(error, MappingError):
        return mapping_error_text(error)
    if isinstance(error, JournalError):
        log.info("journal error %s: %s", error.code, error)
        return journal_error_text(error)
    return None
