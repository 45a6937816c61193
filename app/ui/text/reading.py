"""The window's sentences for what the reader changed or skipped, and for a sheet without rows.

The reader returns ``ReadNote`` codes with parameters; the File step shows them in these words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.reading.sheet import ReadNote, SheetData


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
        # The reader names the merged cell, the columns it covers and what each is called now.
        quoted = QCoreApplication.translate("messages", "\u201c{name}\u201d")
        names = ", ".join(quoted.format(name=name) for name in p.get("new_names") or [])
        return QCoreApplication.translate(
            "messages",
            "The header \u201c{name}\u201d spans merged cells {columns}; its columns are called "
            "{names} here.",
        ).format(name=p.get("name", ""), columns=p.get("columns", ""), names=names)
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
    if code == "encoding_mixed":
        return QCoreApplication.translate(
            "messages",
            "The file mixes text encodings: %n lines were read as {fallback} instead of "
            "{encoding}. Check their accented letters.",
            None,
            int(p.get("count", 0)),
        ).format(fallback=p.get("fallback", ""), encoding=p.get("encoding", ""))
    if code == "encoding_replaced":
        return QCoreApplication.translate(
            "messages",
            "%n characters could not be read as {encoding} and were replaced. If text looks "
            "wrong, choose another encoding.",
            None,
            int(p.get("count", 0)),
        ).format(encoding=p.get("encoding", ""))
    if code == "data_outside_header":
        columns = ", ".join(str(c) for c in p.get("columns") or [])
        return QCoreApplication.translate(
            "messages",
            "Column {columns} has data but no name in the header row; it is read under a "
            "generated name. Give it a name in the file to map it under its own name.",
        ).format(columns=columns)
    if code == "nul_removed":
        return QCoreApplication.translate(
            "messages",
            "%n invisible null characters were removed from the file.",
            None,
            int(p.get("count", 0)),
        )
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
