"""One upload, whoever drives it: plan under the upload's lock, resume, run, sum up, report.

The window (``app.ui.upload_session``) and the command line (``event-loader upload``) both send
a spreadsheet through an ``UploadService``; each only adds its own face: where the credentials
come from, how progress and the end are worded, and on which thread callbacks land.

The sequence, for one ``UploadRequest`` (rows, mapping, file fingerprint, destination):

1. ``plan`` takes the upload's lock (``Journal.lock_upload``) before the journal is read, so a
   second window or command sending the same rows is refused before it changes anything. It
   then finds out which rows go: an unfinished run of the same upload is resumed, with the cell
   edits stored with it when the caller knows of none (``UploadRequest.edits`` None), and rows
   the destination already has stay home. The lock stays held until ``release``, across a test
   batch and the rest.
2. ``run`` (or ``send``, a generator for a worker that hands each result to another thread)
   drives ``app.core.upload.engine.run_upload``: the journal is written before each request and
   after each answer, so a crash or a kill loses nothing and sends nothing twice.
3. ``outcome`` says how the run ended (complete, test batch done, stopped, stopped by the API,
   failed) with the journal's counts; ``report_rows``/``write_report`` give each row's fate.

Progress and time left are counted by ``app.core.upload.upload_progress.UploadProgress``; how a run
ended is ``app.core.upload.upload_outcome`` (re-exported here).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Generator
from dataclasses import dataclass
from pathlib import Path

from app.core.conversion.convert import ConversionResult
from app.core.conversion.edits import CellEdit, EditMap, active_edits
from app.core.conversion.mapping import Mapping
from app.core.reading.sheet import SheetData
from app.core.reports.report import ReportRow, write_report
from app.core.upload.client import DestinationClient
from app.core.upload.engine import (
    BatchResult,
    IdInUsePolicy,
    UploadControl,
    UploadStopped,
    run_upload,
)
from app.core.upload.journal import FileFingerprint, Journal, JournalError
from app.core.upload.retries import RetryPolicy
from app.core.upload.upload_lock import UploadLock, upload_identity
from app.core.upload.upload_outcome import Ending, UploadOutcome, outcome_of
from app.core.upload.upload_plan import (
    UploadPlan,
    conversion_to_resume,
    find_resumable_upload,
    mapping_fingerprint,
    prepare_upload,
    remaining_plan,
    upload_report_rows,
)

__all__ = [  # the outcome's names too: one module to import for the whole upload
    "Ending",
    "NothingToResume",
    "PreparedRows",
    "PreparedUpload",
    "UploadOutcome",
    "UploadRequest",
    "UploadService",
    "outcome_of",
    "request_edits",
]

ResultCallback = Callable[[BatchResult], None]


class NothingToResume(Exception):
    """``plan(must_resume=True)`` found no unfinished upload of these rows.

    ``file_changed`` is True when an unfinished upload of the same file path exists but the file
    (or its rows) changed since, so it cannot be resumed as it was.
    """

    def __init__(self, path: str, *, file_changed: bool) -> None:
        super().__init__(path)
        self.path = path
        self.file_changed = file_changed


@dataclass(frozen=True, slots=True)
class UploadRequest:
    """What to send where: the converted rows, the mapping, the file and the destination.

    ``edits`` are the cell edits ``conversion`` was made with (fixed in the window's Preview),
    stored with the run so that a resume sends the same events. None means the caller knows of
    none: an unfinished run of this upload that was made with edits is then resumed with them
    (``sheet`` is needed for that), instead of with the file's own values.
    ``excluded`` holds row indices the user chose not to send.
    """

    conversion: ConversionResult
    mapping: Mapping
    source: FileFingerprint
    destination_key: str
    batch_size: int
    sheet: SheetData | None = None
    label: str = ""
    force: bool = False
    excluded: frozenset[int] = frozenset()
    edits: tuple[CellEdit, ...] | None = None


@dataclass(frozen=True, slots=True)
class PreparedRows:
    """The rows an upload sends and the edits they were made with (None: keep stored ones)."""

    conversion: ConversionResult
    edits: tuple[CellEdit, ...] | None


@dataclass(frozen=True, slots=True)
class PreparedUpload:
    """A plan, with the rows it sends: ``conversion`` carries ``edits`` when a resume used them."""

    plan: UploadPlan
    conversion: ConversionResult
    edits: tuple[CellEdit, ...] = ()


def request_edits(
    edits: EditMap, sheet: SheetData | None, mapping: Mapping
) -> tuple[CellEdit, ...]:
    """Return the cell edits (a ``conversion.edits`` map) that change what this mapping sends.

    The window keeps every edit made in Preview; only those on cells the mapping reads, and
    that differ from the file, are stored with the run.
    """
    if not edits or sheet is None:
        return ()
    return tuple(active_edits(edits, sheet, mapping))


class UploadService:
    """Plan, run and sum up uploads over one journal (see module docstring).

    Thread-safe where the faces need it: the window plans and sends from worker threads and
    reads counts on its GUI thread; the journal is opened on first use, from whichever thread.
    """

    def __init__(
        self, journal: Journal | None = None, *, journal_dir: str | Path | None = None
    ) -> None:
        self._journal = journal
        self._journal_dir = journal_dir
        self._guard = threading.Lock()
        self._lock: UploadLock | None = None

    # -- journal and lock -------------------------------------------------------------------

    @property
    def journal(self) -> Journal:
        """The journal (opened on first use; ``JournalError`` when it cannot be)."""
        with self._guard:
            if self._journal is None:
                self._journal = Journal.open_in(self._journal_dir)
            return self._journal

    @property
    def lock(self) -> UploadLock | None:
        """The upload's lock while held (from ``plan`` to ``release``)."""
        with self._guard:
            return self._lock

    def hold(self, request: UploadRequest) -> UploadLock:
        """Take the lock of ``request``'s upload, or keep it if already held.

        Raises ``JournalError`` ``run_in_use`` at once when another window or command holds it.
        """
        map_fp = mapping_fingerprint(request.mapping)
        identity = upload_identity(request.source.sha256, map_fp, request.destination_key)
        held = self.lock
        if held is not None and held.identity == identity:
            return held
        self.release()
        lock = self.journal.lock_upload(request.source.sha256, map_fp, request.destination_key)
        with self._guard:
            self._lock = lock
        return lock

    def release(self) -> None:
        """Let another window or command send this upload (it ended, or the caller let go)."""
        with self._guard:
            lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()

    def close(self) -> None:
        """Release the lock and close the journal (once nothing runs any more)."""
        self.release()
        with self._guard:
            journal, self._journal = self._journal, None
        if journal is not None:
            journal.close()

    def __enter__(self) -> UploadService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- planning ---------------------------------------------------------------------------

    def resolve(self, request: UploadRequest) -> PreparedRows:
        """Return the rows this upload sends now, and the cell edits they were made with.

        The one place where resume-with-edits is decided: a caller's own edits win; a caller
        that knows of none resumes an unfinished run with the edits stored with it.
        """
        if request.edits is not None or request.sheet is None:
            return PreparedRows(request.conversion, request.edits)
        conversion, edits = conversion_to_resume(
            request.conversion,
            request.sheet,
            request.mapping,
            self.journal,
            source=request.source,
            mapping_fingerprint=mapping_fingerprint(request.mapping),
            destination_key=request.destination_key,
            force=request.force,
        )
        # None keeps a resumed run's stored edits: nothing to store when none were found.
        return PreparedRows(conversion, tuple(edits) if edits else None)

    def plan(
        self,
        request: UploadRequest,
        *,
        resume: bool = True,
        only_rows: Collection[int] | None = None,
        must_resume: bool = False,
    ) -> PreparedUpload:
        """Take the upload's lock, then create (or resume) its journal run and return the plan.

        ``only_rows`` limits a fresh run to those row indices (retrying failed rows); every
        other row counts as excluded. ``resume=False`` replaces an unfinished run of the same
        upload (the user changed which rows go before any went); a fresh run still skips what
        the destination already has. ``must_resume`` raises ``NothingToResume`` unless an
        unfinished run is there to resume. The lock is released if planning fails.
        """
        lock = self.hold(request)
        try:
            rows = self.resolve(request)
            if must_resume and not self.resumable(request, rows.conversion):
                raise NothingToResume(
                    request.source.path, file_changed=self._path_unfinished(request.source)
                )
            excluded: Collection[int] = request.excluded
            if only_rows is not None:
                keep = set(only_rows)
                excluded = {i for i in range(len(rows.conversion.outcomes)) if i not in keep}
            plan = prepare_upload(
                rows.conversion,
                self.journal,
                source=request.source,
                mapping_fingerprint=mapping_fingerprint(request.mapping),
                destination_key=request.destination_key,
                batch_size=request.batch_size,
                force=request.force,
                excluded=excluded,
                resume=resume and only_rows is None,
                label=request.label,
                edits=rows.edits,
                upload_lock=lock,
            )
        except BaseException:
            self.release()  # nothing will be sent from this plan
            raise
        return PreparedUpload(plan, rows.conversion, rows.edits or ())

    def resumable(self, request: UploadRequest, conversion: ConversionResult) -> bool:
        """Return True when an unfinished run of these rows waits to be resumed."""
        found = find_resumable_upload(
            conversion,
            self.journal,
            source=request.source,
            mapping_fingerprint=mapping_fingerprint(request.mapping),
            destination_key=request.destination_key,
        )
        return found is not None

    def _path_unfinished(self, source: FileFingerprint) -> bool:
        return any(run.file_path == source.path for run in self.journal.find_unfinished_runs())

    def remaining(self, plan: UploadPlan) -> UploadPlan:
        """Return what ``plan`` left to send (after a test batch), keeping batch numbers."""
        return remaining_plan(plan, self.journal)

    def discard(self, plan: UploadPlan) -> None:
        """Forget a new run nothing was sent from (the user did not confirm); keep a resumed one."""
        if not plan.resumed:
            self.journal.delete_run(plan.run_id)

    # -- running ----------------------------------------------------------------------------

    def send(
        self,
        plan: UploadPlan,
        client: DestinationClient,
        control: UploadControl,
        *,
        concurrency: int = 4,
        retry: RetryPolicy | None = None,
        id_in_use: IdInUsePolicy = IdInUsePolicy.FAIL,
    ) -> Generator[BatchResult, None, dict[str, int]]:
        """Send ``plan``, yielding each batch state change; return the journal's counts.

        For a worker thread that passes each result on (the window); ``run`` drives it for a
        caller that waits. Raises ``UploadStopped`` when the API stopped the run, and whatever
        else ended it (``JournalError``: the disk is full or the journal went).
        """
        yield from run_upload(
            plan,
            client,
            self.journal,
            control,
            concurrency=concurrency,
            retry=retry,
            id_in_use=id_in_use,
            upload_lock=self.lock,
        )
        return self.journal.counts(plan.run_id)

    def run(
        self,
        plan: UploadPlan,
        client: DestinationClient,
        control: UploadControl,
        *,
        on_result: ResultCallback | None = None,
        concurrency: int = 4,
        retry: RetryPolicy | None = None,
        id_in_use: IdInUsePolicy = IdInUsePolicy.FAIL,
    ) -> UploadOutcome:
        """Send ``plan``, calling ``on_result`` with each batch state change, and say how it ended.

        A stop by the API is an outcome (``STOPPED_BY_API``), not an exception; anything else
        that ends the run early (``JournalError`` …) is raised, with every answered row recorded.
        """
        stopped: UploadStopped | None = None
        try:
            for result in self.send(
                plan, client, control, concurrency=concurrency, retry=retry, id_in_use=id_in_use
            ):
                if on_result is not None:
                    on_result(result)
        except UploadStopped as exc:
            stopped = exc
        return self.outcome(plan.run_id, control, error=stopped)

    # -- after sending ----------------------------------------------------------------------

    def counts(self, run_id: int) -> dict[str, int]:
        """Return the run's rows per journal state."""
        return self.journal.counts(run_id)

    def outcome(
        self,
        run_id: int | None,
        control: UploadControl | None,
        *,
        error: BaseException | None = None,
        message: str = "",
        counts: dict[str, int] | None = None,
    ) -> UploadOutcome:
        """Say how a run ended, from the journal's counts and what stopped it (if anything).

        ``message`` words an unexpected ``error`` for the caller's reader; ``counts`` saves a
        query when the caller already has them.
        """
        if counts is None:
            counts = self.counts(run_id) if run_id is not None else {}
        return outcome_of(counts, control, error=error, message=message)

    def prune(self) -> None:
        """Keep the journal small: old closed runs' row history goes (a failure changes nothing)."""
        try:
            self.journal.prune()
        except JournalError:
            pass

    def report_rows(self, conversion: ConversionResult, run_id: int) -> list[ReportRow]:
        """Return one report line per input row, with what the run did with it."""
        return upload_report_rows(conversion, self.journal, run_id)

    def write_report(
        self, path: str | Path, sheet: SheetData, conversion: ConversionResult, run_id: int
    ) -> None:
        """Write the run's report (.xlsx/.csv); ``OSError`` when it cannot be saved."""
        write_report(path, sheet, self.report_rows(conversion, run_id))
