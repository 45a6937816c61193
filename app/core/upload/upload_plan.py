"""What an upload will send: the rows still to go, cut into numbered batches, tied to a journal run.

``prepare_upload`` decides, from the converted rows and the journal, which rows go:

* a valid row whose event id the destination already received (in any earlier run) is
  ``already sent`` and stays home, unless the upload is forced;
* an unfinished run of the same file content, mapping and destination is resumed: its ``sent``
  rows stay home, its ``pending`` and ``in_flight`` rows go (with the same event ids, which the
  destination deduplicates), and rows that failed get one more chance;
* invalid, duplicate and user-excluded rows are recorded but never sent.

The plan is the only thing the engine needs besides a client and the journal; after a test batch
(or a pause that ended in a stop) ``remaining_plan`` gives what is left, keeping batch numbers.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from app.core.conversion.convert import ConversionResult, RowOutcome, RowStatus
from app.core.conversion.edits import CellEdit, convert_with_edits, edit_map, edit_note
from app.core.conversion.event_ids import repeat_safe
from app.core.conversion.mapping import Mapping, mapping_fingerprint_data
from app.core.destinations import find
from app.core.reading.sheet import SheetData
from app.core.reports import report
from app.core.reports.report import ReportRow
from app.core.upload.batching import chunked
from app.core.upload.journal import FileFingerprint, Journal, NewRow, RowState, RunInfo, RunState
from app.core.upload.outcomes import OUTCOME_UNKNOWN, OUTCOME_UNKNOWN_REASON
from app.core.upload.upload_lock import UploadLock

SENDABLE_STATES = (RowState.PENDING, RowState.IN_FLIGHT)


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """One row to send: its position, spreadsheet row number, event id and API body."""

    index: int
    row_number: int
    event_id: str
    event: dict[str, Any]


@dataclass(frozen=True, slots=True)
class PlannedBatch:
    """Rows that travel in one request (unless the API refuses and the batch is split)."""

    batch_no: int  # 1-based in the plan
    rows: tuple[PlannedRow, ...]

    @property
    def row_numbers(self) -> tuple[int, ...]:
        """Spreadsheet row numbers of the batch's rows."""
        return tuple(r.row_number for r in self.rows)


@dataclass(frozen=True, slots=True)
class UploadPlan:
    """The batches of one run still to send, and what the run already knows."""

    run_id: int
    destination_key: str
    batch_size: int
    batches: tuple[PlannedBatch, ...]
    total_batches: int  # batch numbers run 1..total_batches (a remaining plan keeps them)
    resumed: bool = False  # True when an unfinished run was picked up again
    counts: dict[str, int] = field(default_factory=dict)  # rows per journal state at planning

    @property
    def rows_to_send(self) -> int:
        """Rows in the plan's batches."""
        return sum(len(b.rows) for b in self.batches)

    @property
    def first_batch(self) -> PlannedBatch | None:
        """The batch a "send one batch first" test sends."""
        return self.batches[0] if self.batches else None


def destination_key(
    destination: str, app_id: int | str, template_id: str | None, base_url: str
) -> str:
    """Return the key under which deliveries are remembered: destination, host, app, template.

    The host is part of it so that the sandbox and the real service (which may share demo app
    ids) never count each other's deliveries.
    """
    parts = urlsplit(base_url)
    host = parts.netloc.lower() or base_url
    key = f"{destination}@{host}:{app_id}"
    return f"{key}:{template_id}" if template_id else key


def destination_key_for(mapping: Mapping, base_url: str) -> str:
    """Return ``destination_key`` for a mapping's destination settings."""
    destination = find(mapping.destination)
    settings = mapping.settings
    if destination is None or settings is None:
        raise ValueError("The mapping has no destination settings.")
    app_id, template_id = destination.run_ids(settings)
    return destination_key(destination.key, app_id, template_id, base_url)


def mapping_fingerprint(mapping: Mapping) -> str:
    """Return a SHA-256 of what the mapping does (its name left out: renaming changes nothing)."""
    data = mapping_fingerprint_data(mapping)
    data.pop("name", None)
    canonical = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def run_identity(conversion: ConversionResult, mapping_fingerprint: str) -> str:
    """Return what identifies an upload's rows besides the file: mapping and the rows' event ids.

    The event ids tell apart two sheets (or header rows) of one workbook read with one mapping,
    so each has its own run to resume.
    """
    digest = hashlib.sha256()
    for outcome in conversion.outcomes:
        digest.update(outcome.event_id.encode("utf-8"))
        digest.update(b"\n")
    return f"{mapping_fingerprint}/{digest.hexdigest()[:20]}"


def find_resumable_upload(
    conversion: ConversionResult,
    journal: Journal,
    *,
    source: FileFingerprint,
    mapping_fingerprint: str,
    destination_key: str,
) -> RunInfo | None:
    """Return the unfinished run ``prepare_upload`` would resume for these rows, if any."""
    return journal.find_resumable_run(
        source.sha256, run_identity(conversion, mapping_fingerprint), destination_key
    )


def conversion_to_resume(
    conversion: ConversionResult,
    sheet: SheetData,
    mapping: Mapping,
    journal: Journal,
    *,
    source: FileFingerprint,
    mapping_fingerprint: str,
    destination_key: str,
    force: bool = False,
) -> tuple[ConversionResult, list[CellEdit]]:
    """Return the rows an upload of this file must send, and the cell edits they were made with.

    The window stores the cells a user fixed in Preview with the run. A caller that knows of no
    edits (the command line) would otherwise resume that run with the file's own values and send
    the rows left unedited. So each unfinished run of this file, mapping and destination, newest
    first, is tried as ``prepare_upload`` would resume it: a run without edits matches the plain
    ``conversion``; a run with edits matches when its edits, applied, give its rows.
    """
    plain_identity = run_identity(conversion, mapping_fingerprint)
    for run in journal.find_unfinished_runs():
        if (
            run.file_sha256 != source.sha256
            or run.destination_key != destination_key
            or run.force != force
            or not run.run_identity.startswith(mapping_fingerprint + "/")
        ):
            continue
        edits = journal.cell_edits(run.id)
        if not edits:
            if run.run_identity == plain_identity:
                return conversion, []
            continue
        edited = convert_with_edits(sheet, mapping, edit_map(edits))
        if run_identity(edited, mapping_fingerprint) == run.run_identity:
            return edited, edits
    return conversion, []


def prepare_upload(
    conversion: ConversionResult,
    journal: Journal,
    *,
    source: FileFingerprint,
    mapping_fingerprint: str,
    destination_key: str,
    batch_size: int,
    force: bool = False,
    excluded: Collection[int] = (),
    resume: bool = True,
    label: str = "",
    edits: Sequence[CellEdit] | None = None,
    upload_lock: UploadLock | None = None,
) -> UploadPlan:
    """Create (or resume) the journal run for this upload and return its plan.

    The journal is read under the upload's lock (``Journal.lock_upload``), so no other process
    plans or sends this upload meanwhile. A caller that goes on to send passes the lock it took
    (and hands it to ``run_upload``); without one, the lock is held for the planning only, and
    ``JournalError`` ``run_in_use`` is raised, before any run is read or changed, when another
    window or command holds it.

    ``excluded`` holds row indices the user chose not to send. ``force`` sends rows again even if
    an earlier run delivered them (rows sent by the resumed forced run itself still stay home).
    ``resume=False`` starts afresh, closing any unfinished run of the same identity.
    ``edits`` are the cell edits ``conversion`` was made with (``conversion.edits``): stored with
    the run so that resuming after a crash converts, and sends, the same events. None keeps a
    resumed run's stored edits (a caller that knows of none).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if upload_lock is not None and not upload_lock.held:
        raise ValueError("prepare_upload needs the upload lock held, or none")
    held = (
        contextlib.nullcontext()
        if upload_lock is not None
        else journal.lock_upload(source.sha256, mapping_fingerprint, destination_key)
    )
    with held:
        return _plan(
            conversion,
            journal,
            source,
            mapping_fingerprint,
            destination_key,
            batch_size,
            force,
            excluded,
            resume,
            label,
            edits,
        )


def _plan(
    conversion: ConversionResult,
    journal: Journal,
    source: FileFingerprint,
    mapping_fingerprint: str,
    destination_key: str,
    batch_size: int,
    force: bool,
    excluded: Collection[int],
    resume: bool,
    label: str,
    edits: Sequence[CellEdit] | None,
) -> UploadPlan:
    """``prepare_upload`` once the upload's lock is held."""
    excluded_set = set(excluded)
    identity = run_identity(conversion, mapping_fingerprint)
    existing = journal.find_resumable_run(source.sha256, identity, destination_key)
    if existing is not None and (not resume or existing.force != force):
        journal.set_run_state(existing.id, RunState.ABANDONED)
        existing = None
    if existing is None:
        run, states = _new_run(
            conversion,
            journal,
            source=source,
            identity=identity,
            destination_key=destination_key,
            force=force,
            excluded=excluded_set,
            label=label,
            edits=edits or (),
        )
        resumed = False
    else:
        if edits is not None:
            journal.set_cell_edits(existing.id, edits)
        run, states = _resume_run(conversion, journal, existing, excluded_set)
        resumed = True
    to_send = [
        PlannedRow(o.index, o.row_number, o.event_id, o.event)
        for o in conversion.outcomes
        if states.get(o.index) in SENDABLE_STATES
    ]
    batches = tuple(
        PlannedBatch(n, tuple(chunk)) for n, chunk in enumerate(chunked(to_send, batch_size), 1)
    )
    return UploadPlan(
        run_id=run.id,
        destination_key=destination_key,
        batch_size=batch_size,
        batches=batches,
        total_batches=len(batches),
        resumed=resumed,
        counts=journal.counts(run.id),
    )


def remaining_plan(plan: UploadPlan, journal: Journal) -> UploadPlan:
    """Return the part of ``plan`` not yet finished, keeping batch numbers (after a test batch).

    Rows the journal shows ``sent`` or ``failed`` are dropped: continuing after a test batch must
    not send its failed rows again (they would fail the same way). ``prepare_upload`` in a later
    session gives failed rows another chance instead.
    """
    states = journal.row_states(plan.run_id)
    batches = []
    for batch in plan.batches:
        rows = tuple(r for r in batch.rows if states.get(r.index) in SENDABLE_STATES)
        if rows:
            batches.append(PlannedBatch(batch.batch_no, rows))
    return dataclasses.replace(
        plan, batches=tuple(batches), resumed=True, counts=journal.counts(plan.run_id)
    )


def _new_run(
    conversion: ConversionResult,
    journal: Journal,
    *,
    source: FileFingerprint,
    identity: str,
    destination_key: str,
    force: bool,
    excluded: set[int],
    label: str,
    edits: Sequence[CellEdit] = (),
) -> tuple[RunInfo, dict[int, RowState]]:
    outcomes = conversion.outcomes
    delivered: set[str] = set()
    uncertain: set[str] = set()
    if not force:
        delivered = journal.delivered_among(
            destination_key, (o.event_id for o in outcomes if o.sendable)
        )
        if any(not repeat_safe(o.event) for o in outcomes if o.sendable):
            uncertain = journal.uncertain_among(destination_key, OUTCOME_UNKNOWN)
    new_rows = [_new_row(o, excluded, delivered, uncertain) for o in outcomes]
    run = journal.create_run(
        source,
        identity,
        destination_key,
        new_rows,
        force=force,
        label=label,
        edits=edits,
    )
    return run, {r.index: r.state for r in new_rows}


def _new_row(
    outcome: RowOutcome, excluded: set[int], delivered: set[str], uncertain: set[str]
) -> NewRow:
    if outcome.status is RowStatus.INVALID:
        codes = ",".join(sorted({p.code for p in outcome.problems}))
        return NewRow(
            outcome.index, outcome.row_number, outcome.event_id, RowState.INVALID, "", codes
        )
    if outcome.status is RowStatus.DUPLICATE:
        return NewRow(
            outcome.index,
            outcome.row_number,
            outcome.event_id,
            RowState.DUPLICATE,
            "" if outcome.duplicate_of is None else f"same event as row {outcome.duplicate_of}",
            "duplicate",
        )
    if outcome.index in excluded:
        return NewRow(outcome.index, outcome.row_number, outcome.event_id, RowState.EXCLUDED)
    if outcome.event_id in delivered:
        return NewRow(outcome.index, outcome.row_number, outcome.event_id, RowState.ALREADY_SENT)
    if outcome.event_id in uncertain:  # may be there already; only --force sends it again
        return NewRow(
            outcome.index,
            outcome.row_number,
            outcome.event_id,
            RowState.FAILED,
            OUTCOME_UNKNOWN_REASON,
            OUTCOME_UNKNOWN,
        )
    return NewRow(outcome.index, outcome.row_number, outcome.event_id, RowState.PENDING)


def _resume_run(
    conversion: ConversionResult, journal: Journal, run: RunInfo, excluded: set[int]
) -> tuple[RunInfo, dict[int, RowState]]:
    unknown = _unknown_outcomes(conversion, journal, run)
    states = journal.row_states(run.id)
    retry = [i for i, s in states.items() if s is RowState.FAILED and i not in unknown]
    # Keep the last failure's code: it tells whether an earlier request may have delivered it.
    journal.set_rows_state(run.id, retry, RowState.PENDING, reason=None, code=None)
    newly_excluded = [i for i in excluded if states.get(i) is RowState.PENDING]
    journal.set_rows_state(run.id, newly_excluded, RowState.EXCLUDED)
    for i in retry:
        states[i] = RowState.PENDING
    for i in newly_excluded:
        states[i] = RowState.EXCLUDED
    if not run.force:
        # Another run may have delivered some of these rows meanwhile (same ids, other file).
        waiting = {
            o.event_id: o.index
            for o in conversion.outcomes
            if states.get(o.index) is RowState.PENDING
        }
        done_elsewhere = journal.delivered_among(run.destination_key, waiting)
        journal.set_rows_state(run.id, (waiting[e] for e in done_elsewhere), RowState.ALREADY_SENT)
        for eid in done_elsewhere:
            states[waiting[eid]] = RowState.ALREADY_SENT
    journal.set_run_state(run.id, RunState.ACTIVE)
    return journal.get_run(run.id), states


def upload_report_rows(
    conversion: ConversionResult, journal: Journal, run_id: int
) -> list[ReportRow]:
    """Return one report line per input row with what the run did with it.

    Invalid and duplicate rows keep the checks' wording; valid rows take the journal's state:
    ``sent``, ``already sent`` (delivered by an earlier run), ``failed`` (with the API's reason),
    or ``not sent`` (still pending, in flight when stopped, or excluded by the user).
    """
    journal_rows = {r.index: r for r in journal.rows(run_id)}
    notes = {
        index: edit_note(row[c] for c in sorted(row))
        for index, row in edit_map(journal.cell_edits(run_id)).items()
    }
    lines = []
    for line in report.report_rows_from_conversion(conversion):
        if line.index in notes:  # which cells the window changed, to carry back to the file
            line = dataclasses.replace(line, edited=notes[line.index])
        if line.status != report.STATUS_VALID:
            lines.append(line)
            continue
        row = journal_rows.get(line.index)
        state = row.state if row is not None else RowState.PENDING
        status = _REPORT_STATUS.get(state, report.STATUS_NOT_SENT)
        error = row.reason if row is not None and state in (RowState.FAILED, RowState.SENT) else ""
        if state is RowState.EXCLUDED:
            error = "Left out of this upload."
        elif state in SENDABLE_STATES:
            error = "Not sent yet: run the upload again to send it."
        lines.append(dataclasses.replace(line, status=status, error=error))
    return lines


_REPORT_STATUS: dict[RowState, str] = {
    RowState.SENT: report.STATUS_SENT,
    RowState.ALREADY_SENT: report.STATUS_ALREADY_SENT,
    RowState.FAILED: report.STATUS_FAILED,
}


def _unknown_outcomes(conversion: ConversionResult, journal: Journal, run: RunInfo) -> set[int]:
    """Mark repeatable rows that may have been delivered as failed; return every such index.

    A row still in flight when the run stopped may have reached the service. Most events can be
    resent with the same id, but one the service would store twice (``repeat_safe`` is False)
    must not go again: it fails with a reason that asks the user to check it. Rows that already
    failed for that reason stay failed.
    """
    unsafe = {o.index for o in conversion.outcomes if not repeat_safe(o.event)}
    if not unsafe:
        return set()  # nothing to look up: every event can be sent again safely
    rows = {r.index: r for r in journal.rows(run.id)}
    in_flight = {
        i: (OUTCOME_UNKNOWN, OUTCOME_UNKNOWN_REASON)
        for i in unsafe
        if i in rows and rows[i].state is RowState.IN_FLIGHT
    }
    if in_flight:
        journal.record_outcome(run.id, run.destination_key, failed=in_flight)
    known = {i for i in unsafe if i in rows and rows[i].code == OUTCOME_UNKNOWN}
    return known | set(in_flight)
