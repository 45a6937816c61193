"""The window's wording for the core's codes (reader notes, file errors, conversion problems).

The core returns stable codes with parameters; the words a marketer reads, and their translation,
live here. Each text is a whole sentence in one ``translate`` call (no stitched fragments), with
``{name}`` placeholders filled after translation so translators can move them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.sheet import ReadNote, SheetError


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
        # The reader's own message already names the file and the fix, in English.
        return str(error) or QCoreApplication.translate(
            "messages", "{name} cannot be read."
        ).format(name=name)
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
        message = getattr(error, "message", "") or str(error)
        if message:
            return message
        text = QCoreApplication.translate("messages", "{service} did not accept the connection.")
    return text.format(service=destination_name)


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
        return QCoreApplication.translate(
            "messages", "Event template token {name} ({type})."
        ).format(name=name.split(".", 1)[1], type=target.kind)
    if name.startswith("extraData."):
        return QCoreApplication.translate(
            "messages", "Free-form data shown in the event's details."
        )
    return target.description
