"""Checks made before a file is parsed, and the one-line messages of every ``SheetError``.

A marketer may pick anything: a folder, a shortcut to a deleted file, a PDF renamed .xlsx, a
password-protected workbook or a zip bomb. Each is recognised from the file system and the first
bytes, before a parser sees it, so that the message says what the file really is.
"""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path
from typing import Any

from app.core.reading.sheet_types import SPREADSHEET_SUFFIXES, SUPPORTED_SUFFIXES, SheetError

MAX_COLUMNS = 16_384  # Excel's own limit (column XFD)
MAX_ROWS = 1_048_576  # Excel's own limit: no spreadsheet a person made has more rows
MAX_TEXT_FILE_BYTES = 1 << 30  # a CSV over 1 GB is not a spreadsheet a person made
MAX_UNCOMPRESSED_BYTES = 2 << 30  # all parts of a workbook, once unzipped
MAX_COMPRESSION_RATIO = 200  # real sheets compress 5-20x; zip bombs 1000x and more
RATIO_CHECK_MIN_BYTES = 50 << 20  # small parts may compress very well and be harmless

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and Office's encrypted .xlsx
ZIP_MAGIC = b"PK\x03\x04"

_MESSAGES = {
    "file_missing": "{name}: the file does not exist (it may have been moved or renamed).",
    "is_directory": "{name} is a folder, not a file: choose a spreadsheet inside it.",
    "unreadable": "{name} cannot be opened ({detail}): check that you may read it and that it "
    "is not open elsewhere.",
    "unsupported_type": "{name}: files of type {suffix} are not supported; save it as .xlsx or "
    ".csv.",
    "not_a_spreadsheet": "{name} is not a spreadsheet (its content is {detail}): open it in "
    "Excel and save it as .xlsx or .csv.",
    "encrypted": "{name} is protected by a password: open it in Excel, remove the password "
    "(File > Info > Protect Workbook) and save it again.",
    "corrupt": "{name} is damaged and cannot be read ({detail}): open it in Excel, save a new "
    "copy and try that one.",
    "too_large": "{name} is too large to load ({detail}): split it into smaller files.",
    "empty_file": "{name} is empty: there is nothing to load.",
    "empty_sheet": '{name}: sheet "{sheet}" is empty: choose the sheet that holds your data.',
    "no_header": "{name}: no row of column names was found{where}: add one above your data or "
    "choose the header row.",
    "sheet_not_found": '{name} has no sheet named "{sheet}" (sheets: {sheets}).',
    "header_row_out_of_range": "{name}: row {row} cannot be the header row, the sheet has rows "
    "1 to {last}.",
    "too_many_columns": "{name} has {count:,} columns, more than the {limit:,} a spreadsheet "
    "can have: check that the right separator was used or remove the extra columns.",
    "too_many_rows": "{name} has more than {limit:,} rows, more than a spreadsheet can have: "
    "split it into smaller files.",
    "cancelled": "Reading {name} was stopped.",
}


CONTENT_TEXT = {
    "pdf": "a PDF document",
    "web_page": "a web page",
    "image": "an image",
    "binary": "binary data",
    "text": "text",
    "zip_archive": "a zip archive of other files",
    "compressed": "compressed data (unpack it first)",
}

# How compressed files begin: gzip, bzip2, xz, zstd, 7-Zip, RAR, zip.
_COMPRESSED_MAGIC = (
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"\x28\xb5\x2f\xfd",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
)
# Control bytes that no text export holds (tab, line breaks, form feed, SUB and ESC excepted).
_CONTROL_BYTES = bytes(b for b in range(1, 32) if b not in (9, 10, 11, 12, 13, 26, 27))


def sheet_error(code: str, path: str | Path, **params: Any) -> SheetError:
    """Build a ``SheetError`` with its stable code, its params and its one-line message.

    ``params`` are codes and numbers (the UI words its own message from them); the English
    message is composed here from the same params.
    """
    name = Path(path).name or str(path)
    values: dict[str, Any] = {"detail": "", "where": "", **params}
    if code == "not_a_spreadsheet":
        values["detail"] = CONTENT_TEXT.get(params.get("content", ""), "unknown")
    elif code == "no_header":
        row = params.get("row")
        values["where"] = (
            f" in row {row}" if row else f" in the first {params.get('rows_scanned', 0)} rows"
        )
    elif code == "too_large":
        values["detail"] = _too_large_detail(params)
    message = _MESSAGES[code].format(name=name, **values)
    return SheetError(code, message, path, params=dict(params))


def _too_large_detail(params: dict[str, Any]) -> str:
    size_mb = int(params.get("bytes", 0)) // (1 << 20)
    limit_mb = int(params.get("limit", 0)) // (1 << 20)
    reason = params.get("reason")
    if reason == "zip_bomb":
        return (
            f"a part unzips to {size_mb} MB from "
            f"{int(params.get('compressed', 0)) // 1024 + 1} KB, which looks like a zip bomb"
        )
    if reason == "unzipped_size":
        return f"{size_mb} MB once unzipped, the limit is {limit_mb} MB"
    return f"{size_mb} MB, the limit is {limit_mb} MB"


def check_path(path: Path) -> int:
    """Refuse what is not a readable, supported, non-empty file; return its size in bytes."""
    if not path.exists():
        raise sheet_error("file_missing", path)
    if path.is_dir():
        raise sheet_error("is_directory", path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise sheet_error("unsupported_type", path, suffix=suffix or "(no extension)")
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except OSError as exc:
        raise sheet_error("unreadable", path, detail=exc.strerror or type(exc).__name__) from exc
    if size == 0:
        raise sheet_error("empty_file", path)
    return size


def read_head(path: Path, size: int = 8192) -> bytes:
    """Return the first bytes of a file (to recognise what it really is)."""
    try:
        with path.open("rb") as f:
            return f.read(size)
    except OSError as exc:
        raise sheet_error("unreadable", path, detail=exc.strerror or type(exc).__name__) from exc


def describe_content(head: bytes) -> str:
    """Name what a non-spreadsheet file most likely is (a key of ``CONTENT_TEXT``)."""
    stripped = head.lstrip().lower()
    if head.startswith(b"%PDF"):
        return "pdf"
    if stripped.startswith((b"<!doctype html", b"<html")) or b"<table" in stripped[:2048]:
        return "web_page"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "image"
    if head.startswith(_COMPRESSED_MAGIC):
        return "compressed"
    if head.startswith(ZIP_MAGIC):
        return "zip_archive"
    if b"\x00" in head or sum(1 for b in head[:512] if b < 9) > 4:
        return "binary"
    return "text"


def looks_binary(head: bytes) -> bool:
    """Tell bytes that are not text: compressed or binary data, or many control characters.

    Text in any 8-bit encoding holds almost no control bytes; compressed data holds about one
    in ten. NUL bytes alone are not enough (some exporters leave a few in real text).
    """
    if describe_content(head) in ("pdf", "image", "compressed", "zip_archive"):
        return True
    if head.count(0) > len(head) // 10:
        return True
    try:  # valid UTF-8 is text, whatever characters it holds
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return False
    except UnicodeDecodeError:
        pass
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return len(head) >= 32 and controls * 50 > len(head)


def check_workbook_container(path: Path, head: bytes) -> str:
    """Recognise the real format of a workbook from its bytes and check a zip's sizes.

    Returns ``"zip"`` (xlsx/xlsm/ods) or ``"ole"`` (xls). Raises ``SheetError`` for encrypted,
    damaged, oversized or foreign content. The sizes are checked before any parser inflates the
    file, so a few kilobytes that unzip to gigabytes are refused up front.
    """
    if head.startswith(OLE_MAGIC):
        if path.suffix.lower() != ".xls" and _ole_is_encrypted_ooxml(path):
            raise sheet_error("encrypted", path)
        return "ole"
    if not head.startswith(ZIP_MAGIC):
        if head.startswith(b"PK"):
            raise sheet_error("corrupt", path, detail="broken zip structure")
        raise sheet_error("not_a_spreadsheet", path, content=describe_content(head))
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise sheet_error("corrupt", path, detail="broken zip structure") from exc
    except OSError as exc:
        raise sheet_error("unreadable", path, detail=exc.strerror or type(exc).__name__) from exc
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise sheet_error(
            "too_large", path, reason="unzipped_size", bytes=total, limit=MAX_UNCOMPRESSED_BYTES
        )
    for info in infos:
        if info.file_size > RATIO_CHECK_MIN_BYTES and info.file_size > MAX_COMPRESSION_RATIO * max(
            info.compress_size, 1
        ):
            raise sheet_error(
                "too_large",
                path,
                reason="zip_bomb",
                bytes=info.file_size,
                compressed=info.compress_size,
                limit=MAX_COMPRESSION_RATIO * max(info.compress_size, 1),
            )
    names = {info.filename for info in infos}
    if (
        "xl/workbook.xml" not in names
        and "xl/workbook.bin" not in names
        and ("content.xml" not in names)
    ):
        raise sheet_error("not_a_spreadsheet", path, content="zip_archive")
    return "zip"


def _ole_is_encrypted_ooxml(path: Path) -> bool:
    """Tell whether an OLE file is an Office file saved with a password (``EncryptionInfo``)."""
    try:
        with path.open("rb") as f:
            data = f.read(1 << 20)
    except OSError:
        return False
    return (
        "EncryptionInfo".encode("utf-16-le") in data
        or "EncryptedPackage".encode("utf-16-le") in data
    )


def is_spreadsheet_suffix(path: Path) -> bool:
    """Tell workbook extensions (read with calamine) from text ones."""
    return path.suffix.lower() in SPREADSHEET_SUFFIXES
