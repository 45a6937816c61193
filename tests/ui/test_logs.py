"""Log redaction: registered secrets and credential-shaped text never reach the log file."""

from __future__ import annotations

import logging

import pytest

from app.core.logs import (
    LOG_FILE_NAME,
    REDACTED,
    RedactingFilter,
    SecretRegistry,
    redact,
    setup_file_logging,
)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Authorization: Bearer abcdef123456", "abcdef123456"),
        ("GET /integrators/timeline/v3/1/event-templates?hapikey=dev-key-999&x=1", "dev-key-999"),
        ('{"refresh_token": "rt-123456", "client_id": "public"}', "rt-123456"),
        ("{'api_key': 'pk_live_abcdef'}", "pk_live_abcdef"),
        ("grant_type=refresh_token&client_secret=shh-123456&refresh_token=rt-9", "shh-123456"),
        ('headers={"Authorization": "Bearer tok-abcdef"}', "tok-abcdef"),
    ],
)
def test_credential_shapes_are_redacted(text, secret):
    result = redact(text, SecretRegistry())
    assert secret not in result
    assert REDACTED in result


def test_registered_secret_is_redacted_anywhere():
    registry = SecretRegistry()
    registry.add("sandbox-access-token")
    registry.add("abc")  # too short to redact safely: ignored
    result = redact("token sandbox-access-token refused; abc stays", registry)
    assert result == f"token {REDACTED} refused; abc stays"


def test_ordinary_text_is_untouched():
    text = "Row 14, 'Purchase date': '31/02/2024' is not a real date"
    assert redact(text, SecretRegistry()) == text


def test_filter_redacts_arguments_and_tracebacks(tmp_path):
    registry = SecretRegistry()
    registry.add("very-secret-token")
    handler = logging.FileHandler(tmp_path / "x.log", encoding="utf-8")
    handler.addFilter(RedactingFilter(registry))
    logger = logging.getLogger("test.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("sending with %s", "very-secret-token")
        try:
            raise ValueError("server said: very-secret-token is wrong")
        except ValueError:
            logger.exception("upload failed")
    finally:
        handler.close()
        logger.removeHandler(handler)
    written = (tmp_path / "x.log").read_text("utf-8")
    assert "very-secret-token" not in written
    assert "sending with" in written and "ValueError" in written and REDACTED in written


def test_setup_file_logging_writes_redacted_lines_once(tmp_path):
    from app.core.logs import register_secret

    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = setup_file_logging(tmp_path)
        assert setup_file_logging(tmp_path) == path  # no second handler
        added = [h for h in root.handlers if h not in before]
        assert len(added) == 1
        register_secret("pipeless-key-123456")
        logging.getLogger("app.test").warning("key pipeless-key-123456 used")
        added[0].flush()
        text = (tmp_path / LOG_FILE_NAME).read_text("utf-8")
        assert "key [redacted] used" in text
        assert "pipeless-key-123456" not in text
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
