"""Cell converters: each ``make_*`` returns a small function from a cell to the API value.

Built once per mapping so the per-row work is a few dictionary lookups. A converter returns the
API value or raises ``ValueIssue`` with a stable code and the parameters a message needs;
``app.core.conversion.convert`` turns those into ``Problem`` objects with the field and column. The
destination modules choose which converter each of their fields gets.

Codes raised here: ``number_invalid``, ``number_ambiguous``, ``email_invalid``,
``object_id_invalid``, ``id_too_long``, ``id_invalid_chars``, ``enum_unknown``, ``type_unknown``,
``boolean_invalid``, ``text_invalid``, ``value_too_long``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from app.core.cells import cell_text, display_value
from app.core.conversion.mapping_types import TokenOption
from app.core.reading.sheet_types import CellError

EMAIL_MAX = 254
OBJECT_ID_MAX = 20  # HubSpot record ids are 64-bit integers: 19 digits at most
NUMBER_TEXT_MAX = 100


class ValueIssue(Exception):
    """A cell value that cannot become the field's API value (see the module docstring)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


# ---------------------------------------------------------------------------------------------
# Text


def make_string_converter() -> Callable[[Any], str]:
    """Return a converter for string tokens and other free text."""

    def convert(value: Any) -> str:
        if value.__class__ is str:
            return value.strip()
        return cell_text(value)

    def convert_column(values: list[Any]) -> list[str] | None:
        """Convert a column of text cells in one C loop (None: not all text, go per cell)."""
        return list(map(str.strip, values)) if all(v.__class__ is str for v in values) else None

    convert.column = convert_column  # type: ignore[attr-defined]
    return convert


# ---------------------------------------------------------------------------------------------
# Numbers

_PLAIN_INT = re.compile(r"[+-]?\d+\Z")
_MANTISSA = re.compile(r"([\d.,]+?)([eE][+-]?\d+)?\Z")
_SPACE_GROUP = re.compile(r"[ \u00a0\u202f\u2009']")
_HEAD_GROUP = re.compile(r"\d{1,3}\Z")
_MIDDLE_GROUP = re.compile(r"\d{3}\Z")
_LAST_GROUP = re.compile(r"\d{3}(?:[.,]\d+)?\Z")
_GROUPED = re.compile(r"\d{1,3}(?:[,.]\d{3})+\Z")


def parse_number(text: str, decimal: str | None = None) -> int | float:
    """Read a number written as text in English or French style; raise ``ValueIssue``.

    Accepted: ``1234``, ``-12.5``, ``1,234.5``, ``1.234,5``, ``1 234,5`` (spaces, non-breaking
    spaces and apostrophes group thousands), ``12,5``, ``1e3``, and the minus sign ``−``.
    ``1,234`` (one comma, three digits after it) is a thousand in English and one point two in
    French: refused as ``number_ambiguous`` unless ``decimal`` says which separator is the
    decimal one. A dot with three digits after it (``1.234``) is read as a decimal point, as
    every program that writes numbers does. Whole numbers are returned as ``int``.
    """
    raw = text
    text = text.strip().replace("\u2212", "-")
    if len(text) > NUMBER_TEXT_MAX:
        # No real number is this long; Python also refuses int() of more than 4,300 digits.
        raise ValueIssue("number_invalid", value=display_value(raw))
    if _PLAIN_INT.match(text):
        return int(text)
    sign = ""
    if text[:1] in ("+", "-"):
        sign, text = ("-" if text[0] == "-" else ""), text[1:].lstrip()
    grouped_by_space = False
    if _SPACE_GROUP.search(text):
        head, *rest = _SPACE_GROUP.split(text)
        if not (
            _HEAD_GROUP.match(head)
            and all(_MIDDLE_GROUP.match(g) for g in rest[:-1])
            and _LAST_GROUP.match(rest[-1])
        ):
            raise ValueIssue("number_invalid", value=raw)
        text = head + "".join(rest)
        grouped_by_space = True
    found = _MANTISSA.match(text)
    if found is None or not any(ch.isdigit() for ch in found[1]):
        raise ValueIssue("number_invalid", value=raw)
    mantissa, exponent = found[1], (found[2] or "").lower()
    commas, dots = mantissa.count(","), mantissa.count(".")
    if commas and dots:
        decimal_sep = "," if mantissa.rfind(",") > mantissa.rfind(".") else "."
    elif commas:
        decimal_sep = _single_separator(mantissa, ",", decimal, grouped_by_space, raw)
    elif dots:
        decimal_sep = _single_separator(mantissa, ".", decimal, grouped_by_space, raw)
    else:
        decimal_sep = "."
    group_sep = "," if decimal_sep == "." else "."
    if decimal_sep in mantissa:
        whole, _, fraction = mantissa.rpartition(decimal_sep)
        if decimal_sep in whole or group_sep in fraction:
            raise ValueIssue("number_invalid", value=raw)
    else:
        whole, fraction = mantissa, ""
    if group_sep in whole:
        if grouped_by_space or not _GROUPED.match(whole):
            raise ValueIssue("number_invalid", value=raw)
        whole = whole.replace(group_sep, "")
    if not whole:
        whole = "0"
    if not fraction.strip("0") and not exponent:
        return int(f"{sign}{whole}")
    number = float(f"{sign}{whole}.{fraction or '0'}{exponent}")
    if not math.isfinite(number):
        raise ValueIssue("number_invalid", value=raw)
    if number.is_integer() and abs(number) < 2**53:
        return int(number)
    return number


def _single_separator(
    mantissa: str, sep: str, decimal: str | None, grouped_by_space: bool, raw: str
) -> str:
    """Decide whether the only kind of separator in a number is decimal (return it) or grouping."""
    other = "." if sep == "," else ","
    if mantissa.count(sep) > 1:
        return other  # 1,234,567 or 1.234.567: several separators can only group thousands
    if decimal is not None:
        return decimal if decimal == sep else other
    whole, _, fraction = mantissa.partition(sep)
    if decimal is None and (sep == "." or grouped_by_space):
        return sep  # 1.5 everywhere; "1 234,5": spaces group, so the comma is decimal
    if len(fraction) != 3 or whole in ("", "0") or len(whole) > 3:
        return sep  # 12,5 / 0,125 / 1234,567 cannot be thousands grouping
    raise ValueIssue("number_ambiguous", value=raw, as_thousands=f"{whole}{fraction}",
                     as_decimal=f"{whole}.{fraction}")  # fmt: skip


def make_number_converter(decimal: str | None = None) -> Callable[[Any], int | float]:
    """Return a converter for number tokens: numbers from cells as they are, text parsed."""
    cache: dict[str, int | float] = {}

    def convert(value: Any) -> int | float:
        cls = value.__class__
        if cls is int:
            whole: int = value
            return whole
        if cls is float:
            if not math.isfinite(value):
                raise ValueIssue("number_invalid", value=repr(value))
            return int(value) if value.is_integer() and abs(value) < 2**53 else value
        if cls is str:
            hit = cache.get(value)
            if hit is not None:
                return hit
            number = parse_number(value, decimal)
            if len(cache) < 50_000:
                cache[value] = number
            return number
        raise ValueIssue("number_invalid", value=display_value(value))

    return convert


# ---------------------------------------------------------------------------------------------
# Record identifiers

_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}\Z"
)


def make_email_converter() -> Callable[[Any], str]:
    """Return a converter that checks email syntax (local@domain.tld, no spaces, one @)."""
    match = _EMAIL.match

    def convert(value: Any) -> str:
        text = value.strip() if value.__class__ is str else cell_text(value)
        if len(text) > EMAIL_MAX or not match(text):
            raise ValueIssue("email_invalid", value=display_value(value))
        return text

    return convert


def make_object_id_converter() -> Callable[[Any], str]:
    """Return a converter for HubSpot record ids: digits only, as text (12345.0 gives "12345")."""

    def convert(value: Any) -> str:
        text = cell_text(value)
        if not text.isdigit() or not text.isascii() or len(text) > OBJECT_ID_MAX:
            raise ValueIssue("object_id_invalid", value=display_value(value))
        return text

    return convert


def make_id_text_converter(max_length: int, symbols: str) -> Callable[[Any], str]:
    """Return a converter for ids written as text, at most ``max_length`` characters long.

    Letters and digits of any script, spaces and the given ``symbols`` are allowed; anything
    else raises ``id_invalid_chars``, a longer id ``id_too_long``.
    """
    others = frozenset(" " + symbols)

    def convert(value: Any) -> str:
        text = cell_text(value)
        if len(text) > max_length:
            raise ValueIssue("id_too_long", value=display_value(value), length=len(text),
                             max=max_length)  # fmt: skip
        bad = sorted({c for c in text if not (c.isalpha() or c.isdigit() or c in others)})
        if bad:
            raise ValueIssue("id_invalid_chars", value=display_value(value), chars="".join(bad))
        return text

    return convert


# ---------------------------------------------------------------------------------------------
# Closed lists


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def make_enum_converter(
    options: Sequence[TokenOption], value_map: dict[str, str], match_labels: bool = True
) -> Callable[[Any], str]:
    """Return a converter to an enumeration option value.

    Tried in order: an option value as written; the ``value_map`` (exact, then ignoring case and
    extra spaces); an option value or, with ``match_labels``, an option label ignoring case and
    extra spaces. A ``value_map`` entry may name an option by its label too.
    """
    values = {o.value for o in options}
    loose: dict[str, str] = {}
    if match_labels:
        for option in options:
            loose.setdefault(_key(option.label), option.value)
    for option in options:
        loose[_key(option.value)] = option.value  # a value beats another option's label
    mapped: dict[str, str] = {}
    for source, target in value_map.items():
        resolved = target if target in values else loose.get(_key(target), target)
        mapped[source] = resolved
        mapped.setdefault(_key(source), resolved)
    labels = [o.label for o in options]
    cache: dict[str, str] = {}

    def resolve(value: Any) -> str:
        text = cell_text(value)
        if text in values:
            return text
        hit = mapped.get(text)
        if hit is None:
            key = _key(text)
            hit = mapped.get(key) or loose.get(key)
        if hit is None or hit not in values:
            raise ValueIssue("enum_unknown", value=display_value(value), options=labels)
        return hit

    def convert(value: Any) -> str:
        if value.__class__ is not str:
            return resolve(value)
        hit = cache.get(value)
        if hit is None:
            hit = resolve(value)
            if len(cache) < 10_000:
                cache[value] = hit
        return hit

    return convert


def _type_key(text: str) -> str:
    return text.replace(" ", "").replace("_", "").replace("-", "").casefold()


def make_type_converter(allowed: Iterable[str]) -> Callable[[Any], str]:
    """Return a converter to one name of a closed list, as the list writes it (camelCase).

    ``Commented on``, ``commented_on`` and ``COMMENTEDON`` all become ``commentedOn``.
    """
    names = list(allowed)
    table = {_type_key(n): n for n in names}

    def convert(value: Any) -> str:
        text = cell_text(value)
        hit = table.get(_type_key(text))
        if hit is None:
            raise ValueIssue("type_unknown", value=display_value(value), options=names)
        return hit

    return convert


_TRUE = {"true", "yes", "y", "1", "oui", "o", "vrai", "x"}
_FALSE = {"false", "no", "n", "0", "non", "faux"}


def make_boolean_converter() -> Callable[[Any], bool]:
    """Return a converter for true/false fields (English and French words, 1/0, TRUE cells)."""

    def convert(value: Any) -> bool:
        if value.__class__ is bool:
            return value
        key = cell_text(value).casefold()
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        raise ValueIssue("boolean_invalid", value=display_value(value))

    return convert


def make_json_converter() -> Callable[[Any], Any]:
    """Return a converter for free-form extra data: keep numbers, booleans and text as they are."""

    def convert(value: Any) -> Any:
        cls = value.__class__
        if cls is str:
            return value.strip()
        if cls is int or cls is bool:
            return value
        if cls is float:
            if not math.isfinite(value):
                raise ValueIssue("number_invalid", value=repr(value))
            return int(value) if value.is_integer() and abs(value) < 2**53 else value
        if cls is CellError:
            raise ValueIssue("text_invalid", value=str(value))
        return cell_text(value)

    return convert


def make_length_limit(convert: Callable[[Any], str], limit: int) -> Callable[[Any], str]:
    """Wrap a text converter so a result over ``limit`` characters raises ``value_too_long``."""

    def limited(value: Any) -> str:
        text = convert(value)
        if len(text) > limit:
            raise ValueIssue(
                "value_too_long", value=display_value(value), length=len(text), max=limit
            )
        return text

    return limited
