"""The one place secrets are taken out of text before it is shown, logged or written.

Every text that may quote a service (error messages, missing-permission lists, reasons in a
report) or the program's own state goes through ``redact`` before it reaches stderr, a window, a
report or the log. Two layers:

* secret values known at run time (tokens the user gave, keys a client holds) are replaced
  wherever they appear, also in the forms a server may echo them back in: any letter case,
  URL-encoded, and base64 (standard or URL-safe, at any alignment inside a longer base64 text,
  so ``Basic base64(user:token)`` is caught as well);
* patterns catch the usual shapes of credentials (``Authorization: Bearer …``, ``hapikey=…``,
  ``"access_token": "…"``) even when nobody registered them.
"""

from __future__ import annotations

import base64
import functools
import re
import threading
from collections.abc import Iterable
from urllib.parse import quote

REDACTED = "[redacted]"
MIN_SECRET_LENGTH = 6  # shorter strings would redact ordinary words

_SECRET_KEYS = (
    r"access[_-]?token|refresh[_-]?token|client[_-]?secret|api[_-]?key|apikey|hapikey|"
    r"developer[_-]?key|password|secret|token"
)
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Authorization: Bearer abc / Basic abc (headers, curl lines, reprs of header dicts)
    (
        re.compile(r"(?i)(\bauthorization['\"]?\s*[:=]\s*['\"]?)(bearer|basic)?\s*[^\s'\",}]+"),
        r"\1\2 " + REDACTED,
    ),
    (re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]{6,}"), r"\1 " + REDACTED),
    # query strings and form bodies: hapikey=abc&x / refresh_token=abc
    (re.compile(rf"(?i)\b({_SECRET_KEYS})=([^&\s'\"]+)"), r"\1=" + REDACTED),
    # JSON / repr: "access_token": "abc"  or  'api_key': 'abc'
    (
        re.compile(rf"(?i)(['\"]({_SECRET_KEYS})['\"]\s*:\s*)(['\"])(.*?)\3"),
        r"\1\3" + REDACTED + r"\3",
    ),
)


class SecretRegistry:
    """Secret values known at run time (thread-safe), replaced wherever they appear."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: frozenset[str] = frozenset()

    def add(self, value: str | None) -> None:
        """Remember a secret so it is redacted from now on (very short values are ignored)."""
        if value and len(value) >= MIN_SECRET_LENGTH:
            with self._lock:
                self._values = self._values | {value}

    def values(self) -> list[str]:
        """Return the secrets, longest first (so a secret containing another is redacted whole)."""
        return sorted(self._values, key=len, reverse=True)

    def snapshot(self) -> frozenset[str]:
        """Return the current secrets as one immutable set (a cache key)."""
        return self._values

    def clear(self) -> None:
        """Forget every registered secret."""
        with self._lock:
            self._values = frozenset()


SECRETS = SecretRegistry()


def register_secret(value: str | None) -> None:
    """Redact ``value`` from every text shown, logged or written from now on."""
    SECRETS.add(value)


def redact(
    text: str, registry: SecretRegistry | None = None, extra: Iterable[str | None] = ()
) -> str:
    """Return ``text`` without registered secrets, ``extra`` ones or credential-shaped parts.

    ``extra`` names secrets the caller holds that may not be registered (a client's own key).
    """
    if not text:
        return text
    secrets = (registry or SECRETS).snapshot() | {
        s for s in extra if s and len(s) >= MIN_SECRET_LENGTH
    }
    if secrets:
        text = _secrets_pattern(secrets).sub(REDACTED, text)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


@functools.lru_cache(maxsize=32)
def _secrets_pattern(secrets: frozenset[str]) -> re.Pattern[str]:
    """One case-blind pattern for every form of every secret, longest alternatives first.

    A base64 piece takes the few base64 characters around it too: they mix bits of the
    secret's first and last bytes with their neighbours'.
    """
    plain: set[str] = set()
    encoded: set[str] = set()
    for secret in secrets:
        forms, pieces = secret_forms(secret)
        plain |= forms
        encoded |= pieces
    alternatives = [
        (len(form), _B64_EDGE + re.escape(form) + _B64_EDGE + "={0,2}") for form in encoded
    ] + [(len(form), re.escape(form)) for form in plain - encoded]
    alternatives.sort(key=lambda item: item[0], reverse=True)
    return re.compile("|".join(text for _, text in alternatives), re.IGNORECASE)


_B64_EDGE = "[A-Za-z0-9+/_-]{0,3}"


def secret_forms(secret: str) -> tuple[set[str], set[str]]:
    """Return the texts a server may echo ``secret`` as: (itself and URL-encoded, base64 pieces).

    Letter case is left to the case-blind pattern. Base64 is computed for the secret as given,
    upper-cased and lower-cased, at the three byte alignments, standard and URL-safe; the
    characters that also depend on the bytes around the secret are dropped, so the piece is
    found inside any longer base64. URL-encoded pieces go with the plain forms.
    """
    plain = {secret, quote(secret, safe="")}
    pieces: set[str] = set()
    for variant in {secret, secret.upper(), secret.lower()}:
        for piece in _base64_pieces(variant.encode("utf-8")):
            pieces |= {piece, piece.translate(str.maketrans("+/", "-_"))}
            plain.add(quote(piece, safe=""))
    keep = MIN_SECRET_LENGTH
    return {f for f in plain if len(f) >= keep}, {f for f in pieces if len(f) >= keep}


def _base64_pieces(data: bytes) -> list[str]:
    pieces = []
    for offset in range(3):
        encoded = base64.b64encode(b"\0" * offset + data).decode("ascii")
        start = -(-8 * offset // 6)  # first character made only of the secret's bits
        end = 8 * (offset + len(data)) // 6  # last character made only of the secret's bits
        pieces.append(encoded[start:end])
    return pieces
