"""What the Upload step says: the plan's introduction, a batch's state, how an upload ended.

Plain functions from the core's plan, results and outcomes to translated sentences, so that
``UploadController`` decides *what* to say and this module only *how*. The translation
context stays "UploadStep": the French catalogue follows the step, not the module.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.core.upload.engine import BatchResult, BatchState
from app.core.upload.upload_outcome import Ending, UploadOutcome
from app.ui.dialogs.account_dialog import destination_name as service_name
from app.ui.results_summary import counts_of_outcome, headline
from app.ui.state import WizardState
from app.ui.text.upload import failure_text, stop_text
from app.ui.wording import number

if TYPE_CHECKING:
    from app.core.upload.upload_plan import UploadPlan

log = logging.getLogger(__name__)


def destination_name(state: WizardState) -> str:
    """Return the service's name for messages ("HubSpot", "Pipeless")."""
    from app.core.destinations import find

    destination = find(state.mapping.destination) if state.mapping is not None else None
    return service_name(destination.key) if destination is not None else "HubSpot"


def template_name(state: WizardState) -> str:
    """Return the HubSpot event template's name ("" for other destinations)."""
    mapping = state.mapping
    if mapping is not None and mapping.hubspot is not None:
        return mapping.hubspot.template_name or ""
    return ""


def retry_text(code: str | None, destination: str, http_status: int | None = None) -> str:
    """Return why a batch waits to be sent again, in the window's words (never a failure)."""
    if http_status == 429 or code == "rate_limited":
        text = QCoreApplication.translate(
            "UploadStep", "{dest} asked us to slow down; nothing is lost."
        )
    elif code == "timeout":
        text = QCoreApplication.translate(
            "UploadStep", "{dest} did not answer in time; trying again."
        )
    elif code == "connection_error":
        text = QCoreApplication.translate(
            "UploadStep", "The connection to {dest} was lost; trying again."
        )
    elif code == "server_error":
        return QCoreApplication.translate(
            "UploadStep", "{dest} had a temporary problem (error {status}); trying again."
        ).format(dest=destination, status=http_status or "5xx")
    elif code == "locked":
        text = QCoreApplication.translate(
            "UploadStep", "{dest} is busy with this record; trying again shortly."
        )
    elif code == "migrating":
        text = QCoreApplication.translate(
            "UploadStep", "The {dest} account is being moved; trying again later."
        )
    elif code == "bad_response":
        text = QCoreApplication.translate(
            "UploadStep", "{dest} sent an unreadable answer; trying again."
        )
    else:
        log.info("batch retried after %s", code)
        text = QCoreApplication.translate("UploadStep", "No answer this time; trying again.")
    return text.format(dest=destination)


def batch_message(result: BatchResult, dest: str) -> str:
    """Return the batch table's message: what happened to one batch, in words."""
    rows = len(result.row_numbers)
    if result.state is BatchState.SENT:
        return QCoreApplication.translate(
            "UploadStep", "%n rows added to {dest}.", None, result.sent or rows
        ).format(dest=dest)
    if result.state is BatchState.SENDING:
        if result.attempts > 1:
            return QCoreApplication.translate("UploadStep", "Sending %n rows again…", None, rows)
        return QCoreApplication.translate("UploadStep", "Sending %n rows…", None, rows)
    if result.state is BatchState.RETRYING:
        return retry_text(result.code, dest, result.http_status)
    if result.state is BatchState.PARTLY_FAILED:
        return QCoreApplication.translate(
            "UploadStep", "%n rows refused; see the results.", None, result.failed
        )
    if result.state is BatchState.FAILED:
        reason = result.message or next(iter(result.row_failures.values()), "")
        return failure_text(result.code, reason, dest)
    if result.state is BatchState.STOPPED:
        return QCoreApplication.translate("UploadStep", "Not sent: the upload was stopped.")
    return ""


def short_intro(dest: str, template: str) -> str:
    """Return where the rows go, once the test batch offer is over."""
    short = (
        QCoreApplication.translate(
            "UploadStep", "The rows go to {dest} as \u201c{name}\u201d events."
        )
        if template
        else QCoreApplication.translate("UploadStep", "The rows go to {dest}.")
    )
    return short.format(dest=dest, name=template)


def plan_intro(plan: UploadPlan, dest: str, template: str, test_rows: int) -> str:
    """Return where the rows go, in how many batches, and the offer of a test batch first."""
    one = len(plan.batches) == 1
    if template and one:
        intro = QCoreApplication.translate(
            "UploadStep", "The rows go to {dest} as \u201c{name}\u201d events in one batch."
        )
    elif template:
        intro = QCoreApplication.translate(
            "UploadStep",
            "The rows go to {dest} as \u201c{name}\u201d events in {batches} batches of "
            "up to {size}. Send a test batch of {first} rows first, check it in {dest}, "
            "then continue.",
        )
    elif one:
        intro = QCoreApplication.translate("UploadStep", "The rows go to {dest} in one batch.")
    else:
        intro = QCoreApplication.translate(
            "UploadStep",
            "The rows go to {dest} in {batches} batches of up to {size}. Send a test batch of "
            "{first} rows first, check it in {dest}, then continue.",
        )
    if one and plan.rows_to_send > test_rows:  # one batch, yet a test is offered
        offer = QCoreApplication.translate(
            "UploadStep",
            "Send a test batch of {first} rows first, check it in {dest}, then continue.",
        ).format(first=number(test_rows), dest=dest)
        return " ".join((short_intro(dest, template), offer))
    first = plan.batches[0]
    return intro.format(
        dest=dest,
        name=template,
        batches=number(len(plan.batches)),
        size=number(plan.batch_size),
        first=number(min(len(first.rows), test_rows)),
    )


def resumed_note(already: int, rows: int) -> str:
    """Say that an upload stopped before the end goes on without sending anything twice."""
    return QCoreApplication.translate(
        "UploadStep",
        "This upload stopped before the end. {done} rows already went and are not "
        "sent again; the other {left} go now.",
    ).format(done=number(already), left=number(rows))


def test_done_note(sent: int, rows: str, dest: str, left: int) -> str:
    """Say where the test batch's rows went and what to check before sending the rest."""
    return QCoreApplication.translate(
        "UploadStep",
        "{sent} rows (spreadsheet rows {rows}) are in {dest}. Check one of them on a "
        "timeline there, then send the other {left} rows.",
    ).format(sent=number(sent), rows=rows, dest=dest, left=number(left))


def ended_texts(outcome: UploadOutcome, dest: str) -> tuple[str, str, str]:
    """Return the heading, the banner's kind and its sentence ("": no banner) for an end."""
    if outcome.ending is Ending.STOPPED_BY_API:
        heading = QCoreApplication.translate("UploadStep", "{dest} stopped the upload")
        return heading.format(dest=dest), "error", stop_text(outcome.code, dest, outcome.message)
    if outcome.ending is Ending.FAILED:
        return (
            QCoreApplication.translate("UploadStep", "The upload stopped"),
            "error",
            QCoreApplication.translate(
                "UploadStep", "{message} The rows that went are recorded; you can resume later."
            ).format(message=outcome.message),
        )
    if outcome.ending is Ending.STOPPED:
        return (
            QCoreApplication.translate("UploadStep", "Stopped"),
            "info",
            QCoreApplication.translate(
                "UploadStep",
                "{sent} rows went to {dest}. The other {left} rows were not sent; open this "
                "file again later to send them (nothing is sent twice).",
            ).format(sent=number(outcome.sent), dest=dest, left=number(outcome.unfinished)),
        )
    if outcome.failed:
        return QCoreApplication.translate("UploadStep", "Done, with some rows refused"), "", ""
    return QCoreApplication.translate("UploadStep", "Done"), "", ""


def rows_done_text(done: int, total: int) -> str:
    """Return "1,150 of 1,198 rows" for the bar once the upload ended."""
    return QCoreApplication.translate("UploadStep", "{done} of {total} rows").format(
        done=number(done), total=number(total)
    )


def slow_down_text(dest: str, seconds: int) -> str:
    """Say that the destination asked to slow down, and when sending goes on."""
    return QCoreApplication.translate(
        "UploadStep",
        "{dest} asked us to slow down. Resuming in {s} s; nothing is lost.",
    ).format(dest=dest, s=seconds)


def ended_notice(outcome: UploadOutcome, dest: str) -> str:
    """Return the desktop notice for a complete upload: the Results page's headline.

    "146 of 150 rows are in HubSpot · 4 need fixing": the notice and the page never disagree.
    """
    return headline(counts_of_outcome(outcome), dest)


def strip_count_text(state: BatchState, count: int) -> str:
    """Return one entry of the strip's legend: "12 sent", "3 waiting", "1 failed"."""
    texts = {
        BatchState.QUEUED: QCoreApplication.translate("UploadStep", "%Ln waiting", None, count),
        BatchState.SENDING: QCoreApplication.translate("UploadStep", "%Ln sending", None, count),
        BatchState.SENT: QCoreApplication.translate("UploadStep", "%Ln sent", None, count),
        BatchState.RETRYING: QCoreApplication.translate(
            "UploadStep", "%Ln waiting to retry", None, count
        ),
        BatchState.PARTLY_FAILED: QCoreApplication.translate(
            "UploadStep", "%Ln partly failed", None, count
        ),
        BatchState.FAILED: QCoreApplication.translate("UploadStep", "%Ln failed", None, count),
        BatchState.STOPPED: QCoreApplication.translate(
            "UploadStep", "%Ln not sent (stopped)", None, count
        ),
    }
    return texts[state]


def strip_description(counts: dict[BatchState, int], total: int) -> str:
    """Return what screen readers hear of the strip: every batch counted by state, in words."""
    parts = ", ".join(strip_count_text(state, counts[state]) for state in counts)
    return QCoreApplication.translate("UploadStep", "%Ln batches: {counts}.", None, total).format(
        counts=parts
    )


def strip_scale_text(per_cell: int) -> str:
    """Return the legend's note when one square stands for several batches."""
    return QCoreApplication.translate("UploadStep", "each square: %n batches", None, per_cell)
