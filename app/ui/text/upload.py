"""The window's sentences for an upload the service stopped and for rows that failed."""

from __future__ import annotations

import logging
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication

from app.ui.text.api_errors import API_CODES, api_error_text, other_api_error

log = logging.getLogger(__name__)


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
    if code in API_CODES or (code and other_api_error(code) is not None):
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
