"""At start: offer to finish an upload that a crash, a power cut or a closed window cut short.

The journal knows which rows went; the resume ticket that ``UploadSession`` leaves next to it
knows how to rebuild the upload (file, sheet, header row, mapping, account without secrets). When
the user accepts, the state is rebuilt in the background and the window opens the Upload step:
``prepare_upload`` finds the unfinished run and sends only what is left, with the same event ids.

Main window usage, once shown::

    from app.ui.resume import offer_resume
    if offer_resume(self, self.state):
        self.show_upload_step()   # enter the Upload step directly with self.state
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.core.conversion.edits import convert_with_edits, edit_map
from app.core.conversion.mapping import parse_mapping
from app.core.reading.sheet import read_sheet
from app.core.upload.journal import Journal, JournalError, RowState, RunState
from app.ui.dialog_title import fit_title
from app.ui.state import Account, WizardState
from app.ui.upload_session import remove_ticket, tickets_dir
from app.ui.wording import date_time_text, number
from app.ui.workers import run_task

log = logging.getLogger(__name__)

RESUME, LATER, DISCARD = "resume", "later", "discard"


@dataclass
class ResumeOffer:
    """An unfinished upload the window can finish."""

    run_id: int
    ticket: dict[str, Any]
    stopped_at_batch: int | None
    sent: int
    left: int
    updated: float

    @property
    def file_name(self) -> str:
        """The spreadsheet's file name."""
        return Path(self.ticket["file_path"]).name


def find_offer(journal_dir: Path | None = None, run_id: int | None = None) -> ResumeOffer | None:
    """Return the newest unfinished upload that has a ticket and a file still there, or None.

    With ``run_id``, only that upload (History's *Resume*). Demo runs are skipped: their sandbox
    (and what it held) ended with the program.
    """
    folder = tickets_dir(journal_dir)
    if not folder.is_dir():
        return None
    journal = Journal.open_in(journal_dir)
    try:
        for run in journal.find_unfinished_runs():
            if run_id is not None and run.id != run_id:
                continue
            path = folder / f"{run.id}.json"
            try:
                ticket = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if ticket.get("demo") or not Path(ticket.get("file_path", "")).is_file():
                continue
            if run.unfinished_rows == 0:
                continue
            rows = journal.rows(run.id)
            in_flight = [r.batch_no for r in rows if r.state is RowState.IN_FLIGHT and r.batch_no]
            done = [r.batch_no for r in rows if r.state is RowState.SENT and r.batch_no]
            # Pending rows get a batch number only when they leave: the stop was at the first
            # batch still in flight, or else the one after the last that went.
            stopped_at = min(in_flight) if in_flight else (max(done) + 1 if done else None)
            return ResumeOffer(
                run_id=run.id,
                ticket=ticket,
                stopped_at_batch=stopped_at,
                sent=run.counts.get(RowState.SENT.value, 0),
                left=run.unfinished_rows,
                updated=run.updated,
            )
        return None
    finally:
        journal.close()


def discard_offer(offer: ResumeOffer, journal_dir: Path | None = None) -> None:
    """Do not offer this upload again (its sent rows stay recorded as delivered).

    Under the upload's lock: an upload another window or command is sending right now is
    left alone (it is not abandoned under it).
    """
    journal = Journal.open_in(journal_dir)
    try:
        with journal.lock_upload_of_run(offer.run_id):
            journal.set_run_state(offer.run_id, RunState.ABANDONED)
    except JournalError as exc:
        if exc.code != "run_in_use":
            raise
        log.info("upload %s is running elsewhere: not discarded", offer.run_id)
        return
    finally:
        journal.close()
    remove_ticket(offer.run_id, journal_dir)


def ask_resume(parent: QWidget | None, offer: ResumeOffer) -> str:
    """Ask the user; return RESUME, LATER or DISCARD."""
    if offer.stopped_at_batch is not None:
        title = QCoreApplication.translate("Resume", "Stopped at batch {n}. Resume?").format(
            n=number(offer.stopped_at_batch)
        )
    else:
        title = QCoreApplication.translate("Resume", "An upload did not finish. Resume?")
    when = date_time_text(offer.updated)
    text = QCoreApplication.translate(
        "Resume",
        "Uploading {file} stopped on {when}: {sent} rows went, {left} are still to send. "
        "Resuming sends only those; nothing is sent twice.",
    ).format(file=offer.file_name, when=when, sent=number(offer.sent), left=number(offer.left))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Resume", "Unfinished upload"))
    box.setText(title)
    box.setInformativeText(text)
    resume = box.addButton(
        QCoreApplication.translate("Resume", "&Resume"), QMessageBox.ButtonRole.AcceptRole
    )
    later = box.addButton(
        QCoreApplication.translate("Resume", "&Later"), QMessageBox.ButtonRole.RejectRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Resume", "&Don't resume"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(resume)
    box.setEscapeButton(later)
    fit_title(box)
    box.exec()
    clicked = box.clickedButton()
    if clicked is resume:
        return RESUME
    if clicked is discard:
        return DISCARD
    return LATER


def rebuild_state(offer: ResumeOffer, journal_dir: Path | None = None) -> WizardState:
    """Read the file, load the mapping and convert again, as the ticket says (worker thread).

    The cell edits made in Preview were stored with the run: they are applied again, so the
    conversion (and its event ids) is the one the run was planned with and the rows left go
    with the edited values.
    """
    # deferred: keyring costs ~25 ms if imported before the window shows
    from app.core.secrets import account_key, load_account

    ticket = offer.ticket
    path = Path(ticket["file_path"])
    sheet = read_sheet(
        path,
        sheet=ticket.get("sheet_name"),
        header_row=ticket.get("header_row"),
        encoding=ticket.get("encoding"),
        delimiter=ticket.get("delimiter"),
    )
    mapping = parse_mapping(ticket["mapping"])
    journal = Journal.open_in(journal_dir)
    try:
        edits = edit_map(journal.cell_edits(offer.run_id))
    finally:
        journal.close()
    account_data = ticket["account"]
    secrets = load_account(account_key(account_data["destination"], account_data["app_id"])) or {}
    return WizardState(
        file_path=path,
        sheet_name=sheet.sheet_name,
        header_row=sheet.header_row,
        encoding=sheet.encoding,
        delimiter=sheet.delimiter,
        sheet=sheet,
        account=Account(
            destination=account_data["destination"],
            app_id=int(account_data["app_id"]),
            label=account_data.get("label", ""),
            base_url=account_data["base_url"],
            secrets={k: str(v) for k, v in secrets.items()},
            verified=bool(secrets),
        ),
        mapping=mapping,
        conversion=convert_with_edits(sheet, mapping, edits),
        excluded_rows=set(ticket.get("excluded_rows", [])),
        cell_edits=edits,
        edits_file=sheet.path,
        run_id=str(offer.run_id),
    )


def offer_resume(
    parent: QWidget | None, state: WizardState, journal_dir: Path | None = None
) -> bool:
    """Offer the newest unfinished upload; on yes, fill ``state`` for the Upload step.

    Returns True when ``state`` now holds the file, mapping, conversion and account of that
    upload (the window then shows the Upload step, which resumes the journal run).
    """
    try:
        offer = find_offer(journal_dir)
    except Exception as exc:  # noqa: BLE001 - a broken journal must not stop the window opening
        log.warning("could not look for unfinished uploads: %s", exc)
        return False
    if offer is None:
        return False
    answer = ask_resume(parent, offer)
    if answer == DISCARD:
        discard_offer(offer, journal_dir)
        return False
    if answer != RESUME:
        return False
    return resume_offer(parent, state, offer, journal_dir)


def resume_offer(
    parent: QWidget | None, state: WizardState, offer: ResumeOffer, journal_dir: Path | None = None
) -> bool:
    """Rebuild the upload of ``offer`` into ``state`` (file read again in the background).

    Returns True when ``state`` holds it, ready for the Upload step; False after telling the
    user why it cannot be resumed.
    """
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(rebuilt: WizardState) -> None:
        outcome["state"] = rebuilt
        loop.quit()

    def failed(message: str, exc: BaseException) -> None:
        outcome["error"] = message
        loop.quit()

    progress = QProgressDialog(
        QCoreApplication.translate("Resume", "Opening {file}…").format(file=offer.file_name),
        "",
        0,
        0,
        parent,
    )
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    run_task(lambda: rebuild_state(offer, journal_dir), done, failed)
    loop.exec()
    progress.close()
    if "error" in outcome:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Resume", "Cannot resume"),
            QCoreApplication.translate("Resume", "The upload cannot be resumed: {message}").format(
                message=outcome["error"]
            ),
        )
        return False
    rebuilt: WizardState = outcome["state"]
    for name in (
        "file_path",
        "sheet_name",
        "header_row",
        "encoding",
        "delimiter",
        "sheet",
        "account",
        "mapping",
        "conversion",
        "cell_edits",
        "edits_file",
        "run_id",
    ):
        setattr(state, name, getattr(rebuilt, name))
    state.excluded_rows.clear()
    state.excluded_rows.update(rebuilt.excluded_rows)
    return True
