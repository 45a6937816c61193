"""Read text exports (.csv/.tsv/.txt): find the encoding and the separator, keep quoted newlines.

CSV files come from everywhere: Excel on Windows saves cp1252, French Excel separates with ``;``
(the comma is its decimal mark), Google Sheets writes UTF-8, some tools UTF-16 with a BOM, and a
file edited by two tools may mix UTF-8 and cp1252 lines. The rules, in order:

1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32);
2. a file that decodes as UTF-8 is UTF-8 (never second-guessed: a UTF-8 file is never misread);
3. otherwise charset-normalizer guesses, and the guess is reported; if the bytes also hold valid
   UTF-8 sequences, the file is mixed: UTF-8 is kept and only the invalid bytes are read as
   cp1252, and that is reported too.

Cells stay text (``str``, or None when empty): only the mapping knows what a column means.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import charset_normalizer

from app.core.reading import sheet_files
from app.core.reading.sheet_build import RawSheet
from app.core.reading.sheet_files import (
    MAX_TEXT_FILE_BYTES,
    describe_content,
    looks_binary,
    sheet_error,
)
from app.core.reading.sheet_types import ReadNote

DELIMITERS = (",", ";", "\t", "|")
SNIFF_RECORDS = 200
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_HIGH_RUN = re.compile(rb"[\x80-\xff]{3,}")
_SINGLE_BYTE_CANDIDATES = [
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1257",
    "iso8859_15",
    "mac_roman",
    "cp850",
    "koi8_r",
]
_FALLBACK_HANDLER = "event_loader_cp1252_fallback"
# The encoding reported for a file mixing UTF-8 and Windows Western lines; accepted back as an
# ``encoding`` override so a caller that passes on what it was told reads the same text.
MIXED_ENCODING = "utf-8+cp1252"
PAGE_PREFIX_BYTES = 4 << 20  # enough for the first page of any sane export
_NON_UTF8_BOMS = (
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
)
_SEP_LINE = re.compile(r"^\s*sep=(.)\s*$", re.IGNORECASE)


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejects as cp1252 (latin-1 for the five bytes cp1252 lacks)."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    text = "".join(
        bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
        for b in bad
    )
    return text, error.end


codecs.register_error(_FALLBACK_HANDLER, _cp1252_fallback)


def decode_text(data: bytes, path: Path, encoding: str | None) -> tuple[str, str, list[ReadNote]]:
    """Decode a text file; return the text, the encoding used and what to tell the user."""
    notes: list[ReadNote] = []
    if encoding is not None and encoding.lower() == MIXED_ENCODING:
        body = data[3:] if data.startswith(codecs.BOM_UTF8) else data
        lines = _lines_not_utf8(body)
        if lines:
            notes.append(
                ReadNote(
                    "encoding_mixed", {"encoding": "utf-8", "fallback": "cp1252", "count": lines}
                )
            )
        return body.decode("utf-8", errors=_FALLBACK_HANDLER), MIXED_ENCODING, notes
    if encoding is not None:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError as exc:
            raise sheet_error(
                "unsupported_type", path, suffix=f"(unknown encoding {encoding})"
            ) from exc
        body = data
        for bom, name in _BOMS:
            if data.startswith(bom) and codecs.lookup(name).name == codec.replace("-sig", ""):
                body = data[len(bom) :]
                break
        text = body.decode(codec, errors="replace")
        bad = text.count("\ufffd") - body.decode(codec, errors="ignore").count("\ufffd")
        if bad:
            notes.append(ReadNote("encoding_replaced", {"encoding": codec, "count": bad}))
        return text, codec, notes
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(name, errors="replace")
            return text, name, notes
    utf16 = _utf16_without_bom(data)
    if utf16:
        notes.append(ReadNote("encoding_guessed", {"encoding": utf16}))
        return data.decode(utf16, errors="replace"), utf16, notes
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    else:
        # Valid UTF-8 is UTF-8, even with a C1 control character in it: text mis-decoded once
        # upstream stays as it was written rather than being garbled a second time here.
        return text, "utf-8", notes
    if _is_mixed_utf8_and_western(data):
        text = data.decode("utf-8", errors=_FALLBACK_HANDLER)
        notes.append(
            ReadNote(
                "encoding_mixed",
                {"encoding": "utf-8", "fallback": "cp1252", "count": _lines_not_utf8(data)},
            )
        )
        return text, MIXED_ENCODING, notes
    guess = guess_encoding(data, first_bad)
    if guess in ("utf-8", "ascii"):
        guess = "cp1252"
    try:
        text = data.decode(guess)
    except (UnicodeDecodeError, LookupError):
        guess = "cp1252"
        text = data.decode("cp1252", errors="replace")
    notes.append(ReadNote("encoding_guessed", {"encoding": guess}))
    return text, guess, notes


def _is_mixed_utf8_and_western(data: bytes) -> bool:
    """Tell a file whose lines are UTF-8 with accents, except some in Windows Western.

    Only the lines that are not UTF-8 are guessed: guessing the whole file let its UTF-8
    accents ("Ã§") outweigh the few cp1252 lines.
    """
    if not _UTF8_MULTIBYTE.search(data):
        return False
    bad: list[bytes] = []
    bad_size = 0
    utf8_accents = False
    for line in data.split(b"\n"):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            if bad_size < (1 << 16):
                bad.append(line)
                bad_size += len(line)
        else:
            utf8_accents = utf8_accents or _UTF8_MULTIBYTE.search(line) is not None
    if not utf8_accents:
        return False
    return _is_single_byte_western(guess_encoding(b"\n".join(bad), 0))


def guess_encoding(data: bytes, first_bad: int) -> str:
    """Guess the encoding of bytes that are not UTF-8 (``first_bad``: the first invalid byte).

    Ordinary Windows Western text wins first (short files fool the detector); otherwise every
    encoding the detector knows is considered, multi-byte ones (Big5, Shift-JIS, GBK ...)
    included whatever the share of non-ASCII bytes: an export of Chinese names beside ASCII
    emails is mostly ASCII, and leaving those encodings out read it as garbled cp1252.
    """
    sample = data[: 1 << 16] + data[max(0, first_bad - 4096) : first_bad + (1 << 16)]
    if _reads_as_western_text(sample):
        return "cp1252"
    matches = list(charset_normalizer.from_bytes(sample))
    return _prefer_western(matches)


# What the high bytes of a Windows Western export decode to: accented letters of French,
# Spanish, German, Portuguese, Italian and Nordic text, and Excel's typographic punctuation.
_WESTERN_CHARACTERS = frozenset(
    "àâäáãåçéèêëíìîïñóòôöõøúùûüýÿæœßÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØÚÙÛÜÝŸÆŒ€‘’‚“”„«»–—…°·ºª¿¡\u00a0²³×"
)


def _reads_as_western_text(sample: bytes) -> bool:
    """Return True when every non-ASCII byte is a letter or sign of Windows Western text.

    On a short file the detector cannot tell "élève" in cp1252 from "člčve" in Baltic cp1257,
    as both decode cleanly; it then often picks the wrong one. Windows Western is by far the
    likeliest source of a non-UTF-8 export for this program's users, so when it reads as
    ordinary Western text it wins, and the guess is reported (the encoding can be overridden).
    """
    high = bytes(b for b in sample if b >= 0x80)
    if not high:
        return False
    # Western text has an accent here and there inside Latin words; Greek, Cyrillic or CJK
    # text is whole words of high bytes, which cp1252 would also decode into "letters".
    if sum(len(run) for run in _HIGH_RUN.findall(sample)) * 4 > len(high):
        return False
    try:
        text = high.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return all(ch in _WESTERN_CHARACTERS for ch in text)


def _lines_not_utf8(data: bytes) -> int:
    """Count the lines that are not valid UTF-8 (read as cp1252 in a mixed file)."""
    count = 0
    for line in data.split(b"\n"):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            count += 1
    return count


def _prefer_western(matches: list[charset_normalizer.CharsetMatch]) -> str:
    """Pick the detector's best match, preferring cp1252 among equally clean decodings.

    A few accented letters decode cleanly in several code pages ("Anaïs" / "Anaďs"); Windows
    Western is by far the likeliest source of a non-UTF-8 export, so it wins a tie.
    """
    if not matches:
        return "cp1252"
    best_chaos = min(m.chaos for m in matches)
    order = {codecs.lookup(name).name: i for i, name in enumerate(_SINGLE_BYTE_CANDIDATES)}

    def rank(match: charset_normalizer.CharsetMatch) -> tuple[bool, int]:
        name = codecs.lookup(match.encoding).name
        return (match.chaos > best_chaos + 0.01, order.get(name, len(order)))

    return codecs.lookup(min(matches, key=rank).encoding).name


def _is_single_byte_western(name: str) -> bool:
    """Tell Windows Western and its cousins, the encodings a mixed UTF-8 file falls back to.

    Greek, Cyrillic or Central European code pages are not: their letters may happen to form a
    UTF-8 sequence, and reading that pair as UTF-8 would garble the word.
    """
    return codecs.lookup(name).name in {
        "cp1252",
        "latin-1",
        "iso8859-1",
        "iso8859-15",
        "mac-roman",
        "cp850",
        "cp437",
    }


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise UTF-16 text without a BOM by its zero bytes at every other position."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def sniff_delimiter(text: str, preferred: str | None = None) -> str:
    """Pick the separator that splits the first records into the most consistent columns.

    Each candidate parses the first records (quotes respected); the winner gives the same
    number of fields (more than one) to the largest share of records, then the most fields.
    A French export "Nom;Score" / "Ana;1,5" splits consistently on ``;`` but not on ``,``.
    """
    best: tuple[float, int, int] | None = None
    chosen = preferred or ","
    for position, delimiter in enumerate(_ordered(preferred)):
        reader = csv.reader(io.StringIO(text[: 1 << 18], newline=""), delimiter=delimiter)
        counts: list[int] = []
        try:
            for record in reader:
                if any(field.strip() for field in record):
                    counts.append(len(record))
                if len(counts) >= SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        if not counts:
            continue
        mode, frequency = Counter(counts).most_common(1)[0]
        if mode < 2:
            continue
        score = (round(frequency / len(counts), 2), mode, -position)
        if best is None or score > best:
            best, chosen = score, delimiter
    return chosen


def _ordered(preferred: str | None) -> list[str]:
    if preferred is None:
        return list(DELIMITERS)
    return [preferred] + [d for d in DELIMITERS if d != preferred]


def read_text_raw(
    path: Path,
    size: int,
    encoding: str | None,
    delimiter: str | None,
    first_rows: int | None = None,
) -> RawSheet:
    """Decode, sniff and split a text file into raw rows for ``build_sheet``.

    With ``first_rows`` (a first page), only the start of a large file is read when it is
    plain UTF-8: its lines then decode exactly as in the full read, whatever comes later.
    """
    if size > MAX_TEXT_FILE_BYTES:
        raise sheet_error(
            "too_large", path, reason="file_size", bytes=size, limit=MAX_TEXT_FILE_BYTES
        )
    data, partial = _read_start(path, size, encoding, first_rows)
    head = data[:8192]
    bom = any(data.startswith(b) for b, _ in _BOMS)
    if not bom and encoding is None and not _utf16_without_bom(data):
        if looks_binary(head):
            kind = describe_content(head)
            raise sheet_error(
                "not_a_spreadsheet", path, content="binary" if kind == "text" else kind
            )
    text, used, notes = decode_text(data, path, encoding)
    if "\x00" in text:
        count = text.count("\x00")
        text = text.replace("\x00", "")
        notes.append(ReadNote("nul_removed", {"count": count}))

    if not text or text.isspace():  # stops at the first visible character: cheap
        raise sheet_error("empty_file", path)

    first_line_end = text.find("\n")
    first_line = text[: first_line_end if first_line_end != -1 else len(text)]
    sep_match = _SEP_LINE.match(first_line)
    if sep_match and delimiter in (None, sep_match.group(1)):
        # Excel's "sep=;" first line names the separator; Excel hides it and numbers the next
        # line 1, so row numbers here do the same (also when the caller names the separator).
        delimiter = sep_match.group(1)
        text = text[first_line_end + 1 :] if first_line_end != -1 else ""
    if delimiter is None:
        preferred = "\t" if path.suffix.lower() == ".tsv" else None
        delimiter = sniff_delimiter(text, preferred)
    _raise_field_limit()
    if len(text) > (text.count("\n") + 1) * sheet_files.MAX_COLUMNS:
        # Lines this long on average are a hostile or broken file: they are found and counted
        # in the text itself, without the csv module's buffer (4 bytes per character).
        lines = long_lines(text, delimiter, path)
    else:
        lines = bounded_lines(io.StringIO(text, newline=""), delimiter, path)
    reader = csv.reader(lines, delimiter=delimiter, strict=False)
    return RawSheet(
        path=path,
        rows=_records(reader, path),
        first_row_number=1,
        normalise=_normalise_text_row,
        notes=notes,
        # Only the whole file decides its encoding: a later line may not be UTF-8.
        encoding=None if partial else used,
        delimiter=delimiter,
        track_ragged=True,
    )


_QUOTED = re.compile(r'"[^"]*"')


def bounded_lines(lines: Iterator[str], delimiter: str, path: Path) -> Iterator[str]:
    """Pass lines to the csv module, refusing one with more fields than a spreadsheet has.

    The csv module splits a whole line into a list before anyone can look at it: a 200 MB
    line of commas became 100 million fields (gigabytes) before the column check. A line can
    hold more than ``MAX_COLUMNS`` fields only if it is that long, so only such lines are
    counted, and quoted text (where separators are not separators) is left out of the count.
    """
    limit = sheet_files.MAX_COLUMNS
    for line in lines:
        if len(line) > limit and line.count(delimiter) >= limit:
            fields = _QUOTED.sub("", line).count(delimiter) + 1
            if fields > limit:
                raise sheet_error("too_many_columns", path, count=fields, limit=limit)
        yield line


def long_lines(text: str, delimiter: str, path: Path) -> Iterator[str]:
    r"""Yield the lines of ``text`` as ``io.StringIO`` would, checking each before it is copied.

    Line ends are ``\n``, ``\r\n`` or a lone ``\r``, kept on the line. A line with more
    separators than ``MAX_COLUMNS`` outside quotes is refused before it is sliced out.
    """
    limit = sheet_files.MAX_COLUMNS
    size = len(text)
    find = text.find
    pos = 0
    while pos < size:
        newline = find("\n", pos)
        end = size if newline == -1 else newline + 1
        carriage = find("\r", pos, end - 1)
        if carriage != -1 and carriage + 1 != newline:
            end = carriage + 1
        if end - pos > limit and text.count(delimiter, pos, end) >= limit:
            quoted = text.count('"', pos, end) > 0
            line = text[pos:end] if quoted else ""
            fields = (
                _QUOTED.sub("", line).count(delimiter)
                if quoted
                else text.count(delimiter, pos, end)
            ) + 1
            if fields > limit:
                raise sheet_error("too_many_columns", path, count=fields, limit=limit)
        yield text[pos:end]
        pos = end


def _read_start(
    path: Path, size: int, encoding: str | None, first_rows: int | None
) -> tuple[bytes, bool]:
    """Return the whole file, or for a first page of a large UTF-8 file its first lines.

    The flag says whether only the start was read.
    """
    try:
        if first_rows is None or encoding is not None or size <= PAGE_PREFIX_BYTES:
            return path.read_bytes(), False
        with path.open("rb") as f:
            start = f.read(PAGE_PREFIX_BYTES)
        cut = start.rfind(b"\n") + 1
        plain = not start.startswith(_NON_UTF8_BOMS) and not _utf16_without_bom(start)
        if plain and start.count(b"\n") > 4 * (first_rows + 100):
            try:
                start[:cut].decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                return start[:cut], True
        return path.read_bytes(), False
    except OSError as exc:
        raise sheet_error("unreadable", path, detail=exc.strerror or type(exc).__name__) from exc


def _normalise_text_row(row: list[str]) -> list[str | None]:
    return [v or None for v in row]


def _records(reader: object, path: Path):  # type: ignore[no-untyped-def]
    try:
        yield from reader  # type: ignore[misc]
    except csv.Error as exc:
        raise sheet_error("corrupt", path, detail=str(exc)) from exc


def _raise_field_limit() -> None:
    """Allow cells of any size: a 1 MB cell is odd but legal (the default limit is 128 KB)."""
    if csv.field_size_limit() < (1 << 30):
        csv.field_size_limit(1 << 30)
