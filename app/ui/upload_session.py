"""One upload as the window runs it: the core's ``UploadService`` moved onto worker threads.

The Upload step (and the Results step's "Retry failed rows") drive an ``UploadSession``. The
service decides everything about the upload (its lock, plan, resume with cell edits, the
engine, how it ended); this adapter only builds the request from the window's state, runs the
service's calls in workers, and hands their results to the GUI thread: the engine's stream of
``BatchResult`` as at most ten ``batches_flushed`` signals a second, so a fast upload never
floods the GUI thread with repaints.

While an upload runs, a small resume ticket (file, sheet, mapping, account without secrets) sits
in the state folder: after a crash, ``app.ui.resume.offer_resume`` reads it to rebuild the same
upload, and ``prepare_upload`` finds the unfinished journal run and sends only what is left.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Collection, Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal, Slot

from app.core.conversion.mapping import mapping_to_dict
from app.core.upload.batching import choose_batch_size
from app.core.upload.engine import BatchResult, UploadControl
from app.core.upload.journal import FileFingerprint, Journal
from app.core.upload.retries import RetryPolicy
from app.core.upload.upload_outcome import Ending, UploadOutcome
from app.paths import state_dir
from app.ui.state import WizardState
from app.ui.workers import GeneratorWorker, describe_error, run_generator, run_task

if TYPE_CHECKING:  # imported in the background once the window shows (app.ui.warm_up)
    from app.core.upload.upload_plan import UploadPlan
    from app.core.upload.upload_service import UploadRequest, UploadService

log = logging.getLogger(__name__)

FLUSH_INTERVAL_MS = 100  # at most ten repaints a second
# The demo sandbox keeps its address from run to run but forgets its events when it stops: what
# the journal recorded for an earlier demo must not count as delivered to this one.
DEMO_SANDBOX_RUN = os.urandom(4).hex()
TICKETS_FOLDER = "window-runs"


class UploadNotReady(Exception):
    """The upload lacks something an earlier step provides; the message says what (translated)."""


def data_source_path(state: WizardState) -> Path:
    """Return the file the rows came from (what the journal fingerprints)."""
    if state.file_path is not None:
        return Path(state.file_path)
    if state.sheet is not None:
        return Path(state.sheet.path)
    raise UploadNotReady(QCoreApplication.translate("UploadSession", "Open a file first (step 1)."))


def tickets_dir(journal_dir: Path | None = None) -> Path:
    """Return the folder of resume tickets (next to the journal)."""
    return Path(journal_dir or state_dir()) / TICKETS_FOLDER


def write_ticket(state: WizardState, run_id: int, journal_dir: Path | None = None) -> Path | None:
    """Record what the window needs to rebuild this upload after a crash (no secrets)."""
    if state.mapping is None or state.account is None or state.demo:
        return None  # a demo's sandbox ends with the program: nothing to resume there
    ticket = {
        "version": 1,
        "run_id": run_id,
        "file_path": str(data_source_path(state).resolve()),
        "sheet_name": state.sheet_name or (state.sheet.sheet_name if state.sheet else None),
        "header_row": state.header_row or (state.sheet.header_row if state.sheet else None),
        "encoding": state.encoding,
        "delimiter": state.delimiter,
        "mapping": mapping_to_dict(state.mapping),
        "account": {
            "destination": state.account.destination,
            "app_id": state.account.app_id,
            "label": state.account.label,
            "base_url": state.account.base_url,
        },
        "excluded_rows": sorted(state.excluded_rows),
        "demo": state.demo,
    }
    folder = tickets_dir(journal_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{run_id}.json"
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(ticket, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)
        return path
    except OSError as exc:  # a missing ticket only loses the offer at next start, not rows
        log.warning("could not write the resume ticket: %s", exc)
        return None


def remove_ticket(run_id: int, journal_dir: Path | None = None) -> None:
    """Forget a finished upload's ticket."""
    try:
        (tickets_dir(journal_dir) / f"{run_id}.json").unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove the resume ticket: %s", exc)


def journal_destination_key(state: WizardState) -> str:
    """Return the key the journal records deliveries under for ``state``'s account.

    A demo account's key names this run of the demo sandbox: a sandbox started again at the
    same address holds none of the events an earlier demo sent.
    """
    # deferred: the upload plan costs ~12-32 ms if imported before the window shows
    from app.core.upload.upload_plan import destination_key_for

    assert state.mapping is not None and state.account is not None
    key = destination_key_for(state.mapping, state.account.base_url)
    host = urlsplit(state.account.base_url).netloc.lower()
    destination, at, rest = key.partition("@")
    if not state.account.demo or not host or not rest.startswith(host):
        return key
    # After the host, so that History still reads the host (and sees a local sandbox).
    return f"{destination}{at}{host}/demo-{DEMO_SANDBOX_RUN}{rest[len(host) :]}"


class UploadSession(QObject):
    """Plan, run, pause, stop one upload of ``state`` (see module docstring)."""

    planned = Signal(object)  # UploadPlan
    continued = Signal(object)  # UploadPlan of what the test batch left, about to be sent
    batches_flushed = Signal(list)  # list[BatchResult], in arrival order
    ended = Signal(object)  # UploadOutcome
    plan_failed = Signal(str)  # readable message

    def __init__(
        self,
        state: WizardState,
        parent: QObject | None = None,
        *,
        journal_dir: Path | None = None,
        concurrency: int = 4,
        batch_size: int | None = None,
        retry: RetryPolicy | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.retry = retry  # None = the engine's default
        self.state = state
        self.journal_dir = journal_dir
        self.concurrency = concurrency
        self.batch_size = batch_size
        self.pool = pool or QThreadPool.globalInstance()
        self._service: UploadService | None = None  # made on first use, from any thread
        self._service_made = threading.Lock()
        self.plan: UploadPlan | None = None  # the current run's plan
        self.control: UploadControl | None = None
        self.worker: GeneratorWorker | None = None
        self._pending: list[BatchResult] = []
        self._failure: tuple[str, BaseException] | None = None
        self._planning: GeneratorWorker | None = None
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(FLUSH_INTERVAL_MS)
        self._flush_timer.timeout.connect(self.flush)

    # -- journal ----------------------------------------------------------------------------

    @property
    def service(self) -> UploadService:
        """The core's upload service for this session (first made in a worker: its imports)."""
        with self._service_made:
            if self._service is None:
                # deferred: the upload service costs ~20-45 ms if imported before the window shows
                from app.core.upload.upload_service import UploadService

                self._service = UploadService(journal_dir=self.journal_dir)
            return self._service

    def journal(self) -> Journal:
        """Return the journal (opened on first use, from any thread)."""
        return self.service.journal

    def close(self) -> None:
        """Release the upload's lock and the journal (after the worker has finished)."""
        if self._service is not None:
            self._service.close()

    def release_upload(self) -> None:
        """Let another window or command send this upload (it ended, or the window let go)."""
        if self._service is not None:
            self._service.release()

    # -- planning ---------------------------------------------------------------------------

    def prepare(self, only_rows: Collection[int] | None = None, *, fresh: bool = False) -> None:
        """Build (or resume) the journal run in the background; ``planned`` follows.

        ``only_rows`` limits a fresh run to those data rows (Retry failed rows); every other row
        is treated as excluded for this run. ``fresh`` replaces an unfinished run of the same
        upload instead of resuming it (the user changed which rows go before sending any).
        """
        self._planning = run_task(
            lambda: self._make_plan(only_rows, fresh),
            self._on_planned,
            self._on_plan_failed,
            pool=self.pool,
        )

    def _make_plan(self, only_rows: Collection[int] | None, fresh: bool = False) -> UploadPlan:
        """Plan in a worker thread (the file is fingerprinted, the journal read)."""
        prepared = self.service.plan(self._request(), resume=not fresh, only_rows=only_rows)
        return prepared.plan

    def _request(self) -> UploadRequest:
        """Return what the window asks to send: its rows, with the cells fixed in Preview."""
        # deferred: the upload service costs ~20-45 ms if imported before the window shows
        from app.core.upload.upload_service import UploadRequest, request_edits

        state = self.state
        if state.conversion is None or state.mapping is None or state.account is None:
            raise UploadNotReady(
                QCoreApplication.translate(
                    "UploadSession",
                    "Nothing to upload yet: open a file, choose an account and map the columns "
                    "first.",
                )
            )
        return UploadRequest(
            state.conversion,
            state.mapping,
            FileFingerprint.of(data_source_path(state)),
            journal_destination_key(state),
            choose_batch_size(state.mapping.destination, self.batch_size),
            sheet=state.sheet,
            label=self._label(),
            excluded=frozenset(state.excluded_rows),
            # Stored with the run: a resume re-reads the file and must send the same events.
            edits=request_edits(state.cell_edits, state.sheet, state.mapping),
        )

    def _label(self) -> str:
        state = self.state
        parts = [data_source_path(state).name]
        if state.mapping and state.mapping.hubspot and state.mapping.hubspot.template_name:
            parts.append(state.mapping.hubspot.template_name)
        if state.account is not None:
            parts.append(state.account.label)
        return " · ".join(p for p in parts if p)

    def _on_planned(self, plan: UploadPlan) -> None:
        self.plan = plan
        self.state.run_id = str(plan.run_id)
        self.planned.emit(plan)

    def _on_plan_failed(self, message: str, exc: BaseException) -> None:
        self.release_upload()  # nothing will be sent from this plan
        self.plan_failed.emit(message)

    # -- running ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while the engine's worker has not finished."""
        return self.worker is not None and not self.worker.done

    def start(self, *, test_batch: bool = False) -> None:
        """Send the current plan (only its first batch with ``test_batch``)."""
        if self.plan is None:
            raise RuntimeError("prepare() must succeed before start()")
        if self.running:
            return
        self.control = UploadControl(stop_after_first_batch=test_batch)
        self._failure = None
        self._pending.clear()
        write_ticket(self.state, self.plan.run_id, self.journal_dir)
        plan, control = self.plan, self.control
        self.worker = run_generator(
            lambda: self._engine(plan, control),
            on_item=self._on_item,
            on_failed=self._on_failed,
            on_finished=self._on_finished,
            cancel_event=control.stop,
            drain_on_cancel=True,
            pool=self.pool,
        )
        self._flush_timer.start()

    def continue_after_test(self) -> None:
        """Plan what the test batch left and send it all."""
        plan = self.plan
        assert plan is not None

        def planned(rest: UploadPlan) -> None:
            self.plan = rest
            self.continued.emit(rest)
            self.start(test_batch=False)

        self._planning = run_task(
            lambda: self.service.remaining(plan), planned, self._on_plan_failed, pool=self.pool
        )

    def _engine(
        self, plan: UploadPlan, control: UploadControl
    ) -> Generator[BatchResult, None, dict[str, int]]:
        """Run in the worker thread: build the client, let the service send, close the client."""
        # deferred: the HTTP stack (httpx) costs ~40-100 ms if imported before the window shows
        from app.api.factory import make_client

        state = self.state
        assert state.mapping is not None and state.account is not None
        client = make_client(
            state.mapping.destination,
            state.mapping,
            self._secrets(),
            state.account.base_url,
            batch_size=plan.batch_size,
            concurrency=self.concurrency,
            stop_event=control.stop,
        )
        try:
            return (
                yield from self.service.send(
                    plan, client, control, concurrency=self.concurrency, retry=self.retry
                )
            )
        finally:
            client.close()

    def _secrets(self) -> dict[str, Any]:
        account = self.state.account
        assert account is not None
        if account.secrets:
            return dict(account.secrets)
        # deferred: keyring costs ~25 ms if imported before the window shows
        from app.core.secrets import account_key, load_account

        return load_account(account_key(account.destination, account.app_id)) or {}

    def pause(self) -> None:
        """Let in-flight batches finish, then hold."""
        if self.control is not None:
            self.control.pause.set()

    def resume(self) -> None:
        """Go on after a pause."""
        if self.control is not None:
            self.control.pause.clear()

    @property
    def paused(self) -> bool:
        """True while paused."""
        return self.control is not None and self.control.pause.is_set()

    def stop(self) -> None:
        """Send nothing more; ``ended`` follows once in-flight batches are done."""
        if self.control is not None:
            self.control.stop.set()
            self.control.pause.clear()

    def shutdown(self, timeout_s: float = 10.0) -> bool:
        """Stop and wait for the worker (closing the window); False if it did not end in time."""
        self.stop()
        done = True
        if self.worker is not None:
            done = self.worker.wait(timeout_s)
        if self._planning is not None:
            done = self._planning.wait(timeout_s) and done
        self._flush_timer.stop()
        if done:
            self.close()
        return done

    # -- worker signals (GUI thread) --------------------------------------------------------

    @Slot(object)
    def _on_item(self, result: BatchResult) -> None:
        self._pending.append(result)

    @Slot()
    def flush(self) -> None:
        """Hand the collected results to the views in one go."""
        if self._pending:
            batch, self._pending = self._pending, []
            self.batches_flushed.emit(batch)

    @Slot(str, object)
    def _on_failed(self, message: str, exc: object) -> None:
        if isinstance(exc, BaseException):
            self._failure = (message, exc)

    @Slot(object)
    def _on_finished(self, counts: object) -> None:
        self._flush_timer.stop()
        self.flush()
        outcome = self._outcome(counts if isinstance(counts, dict) else None)
        if outcome.ending is Ending.COMPLETE and self.plan is not None:
            remove_ticket(self.plan.run_id, self.journal_dir)
        if outcome.ending is not Ending.TEST_DONE:
            self.release_upload()  # over: the rest, if any, is resumed by a new plan
        self.ended.emit(outcome)

    def _outcome(self, counts: dict[str, int] | None) -> UploadOutcome:
        """Ask the service how the run ended (counted in the worker when it could be)."""
        message, error = self._failure or ("", None)
        run_id = self.plan.run_id if self.plan is not None else None
        try:
            return self.service.outcome(
                run_id, self.control, error=error, message=message, counts=counts
            )
        except Exception as exc:  # noqa: BLE001 - the journal went: shown as the outcome
            if error is None:
                message, error = describe_error(exc), exc
            return self.service.outcome(
                run_id, self.control, error=error, message=message, counts=counts or {}
            )
