"""Secrets are found in the forms a server echoes them in: any case, URL-encoded, base64."""

from __future__ import annotations

import base64
from urllib.parse import quote

import pytest

from app.core.redaction import REDACTED, SecretRegistry, redact

SECRET = "pat-na1-0c1d/2e3f+abcd"


def _b64(text: str, url_safe: bool = False) -> str:
    encode = base64.urlsafe_b64encode if url_safe else base64.b64encode
    return encode(text.encode()).decode()


@pytest.mark.parametrize(
    "echo",
    [
        SECRET,
        SECRET.upper(),
        SECRET.lower(),
        SECRET.swapcase(),
        quote(SECRET, safe=""),
        quote(SECRET, safe="").lower(),
        _b64(SECRET),
        _b64(SECRET, url_safe=True),
        _b64(SECRET.upper()),
        _b64("Bearer " + SECRET),  # the secret at another byte alignment
        _b64("user:" + SECRET),
        _b64("ab" + SECRET + "trailing"),
        quote(_b64("user:" + SECRET), safe=""),
    ],
)
def test_every_echoed_form_of_a_secret_is_redacted(echo: str) -> None:
    registry = SecretRegistry()
    registry.add(SECRET)
    shown = redact(f"Missing permission: {echo}.", registry)
    assert REDACTED in shown
    assert SECRET.lower() not in shown.lower()
    assert _b64(SECRET)[4:-4] not in shown


def test_a_callers_own_secret_is_redacted_without_registering_it() -> None:
    shown = redact(f"bad key {SECRET.upper()}", SecretRegistry(), extra=[SECRET, None, ""])
    assert shown == f"bad key {REDACTED}"


def test_ordinary_text_is_left_alone() -> None:
    registry = SecretRegistry()
    registry.add(SECRET)
    text = "Row 4: the email is not valid; contacts, timeline scopes."
    assert redact(text, registry) == text
