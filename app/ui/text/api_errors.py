"""The window's sentences for a refusal of a destination's API (``ApiError.code``).

Each sentence names the service (``{service}``), says what it refused and what to do.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

# The codes ``api_error_text`` has a sentence of its own for.
API_CODES = frozenset(
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
        text = other_api_error(code)
        if text is None:
            # Unknown to this window: the client's English goes to the log, not the screen.
            log.info("API error %s: %s", code, getattr(error, "message", "") or error)
            text = QCoreApplication.translate(
                "messages",
                "{service} did not accept the connection. Details are in the log file.",
            )
    return text.format(service=destination_name)


def other_api_error(code: str) -> str | None:
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
