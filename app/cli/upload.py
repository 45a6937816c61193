"""``event-loader upload FILE --mapping M.json``: send every valid row, exactly once, resumably.

The command reads and checks the file like ``check``, then sends the valid rows in batches
through the same engine as the window, recording every step in the journal (``--state-dir``).
Running the same command again after a crash, a Ctrl+C or a stop by the API resumes: rows
already sent are skipped, rows whose answer never came are sent again with the same event ids.

Exit codes: 0 every valid row delivered; 1 some rows failed, are invalid or were not sent (the
report lists each with its reason); 2 the file, mapping, credentials or options cannot be used,
the same upload runs elsewhere, or the journal lost its content; 3 stopped by
the API (token refused, permission, unknown template or app) and resumable; 130 interrupted
(Ctrl+C, SIGTERM) and resumable.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.api.errors import ApiError, InsecureURL
from app.cli.common import (
    CommandError,
    add_account_arguments,
    add_mapping_argument,
    add_report_argument,
    add_sheet_arguments,
    bulk_work,
    check_mapping_fits,
    count,
    guarded,
    mapped_columns,
    naming,
    one_line,
    open_mapping,
    open_sheet,
    plural,
    positive_int,
    print_error,
    print_lines,
)
from app.cli.main import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_ROWS_FAILED,
    EXIT_STOPPED_BY_API,
    EXIT_UNUSABLE,
)
from app.cli.upload_credentials import credentials, destination_label, refresh_saver, start_log
from app.cli.upload_progress import UploadProgress
from app.core.destinations import all_destinations
from app.core.upload.batching import BatchSizeError, choose_batch_size

if TYPE_CHECKING:  # the modules themselves are imported when a command runs (quick --help)
    from types import FrameType

    from app.core.conversion.convert import ConversionResult
    from app.core.conversion.mapping import Mapping
    from app.core.upload.engine import UploadControl, UploadStopped
    from app.core.upload.journal import FileFingerprint
    from app.core.upload.upload_plan import UploadPlan
    from app.core.upload.upload_service import (
        NothingToResume,
        PreparedUpload,
        UploadOutcome,
        UploadRequest,
        UploadService,
    )

log = logging.getLogger(__name__)

ID_IN_USE_CHOICES = ("fail", "auto", "assume-delivered")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``upload`` and its options."""
    parser = subparsers.add_parser(
        "upload",
        help="send the valid rows of a spreadsheet as events, exactly once and resumably",
        description=(
            "Convert FILE with the mapping and send every valid row to its destination in "
            "batches. Progress and the journal of what was sent are kept, so the same command "
            "resumes after an interruption and never sends a row twice. Exit codes: 0 all valid "
            "rows delivered; 1 some rows failed, are invalid or were not sent; 2 unusable input "
            "or options, or the same upload already running; 3 "
            "stopped by the service (token, permission, template) and resumable; 130 interrupted "
            "and resumable."
        ),
    )
    add_sheet_arguments(parser)
    add_mapping_argument(parser)
    add_report_argument(parser)
    add_account_arguments(parser, token_env=True, client_id=True)
    parser.add_argument(
        "--refresh-token-env",
        metavar="VAR",
        help="HubSpot: environment variable with a refresh token",
    )
    parser.add_argument(
        "--client-secret-env",
        metavar="VAR",
        help="HubSpot: environment variable with the app's OAuth client secret",
    )
    parser.add_argument(
        "--batch-size",
        metavar="N",
        type=positive_int,
        help="events per request (default and maximum: "
        + ", ".join(f"{d.display_name} {d.batch_max}" for d in all_destinations())
        + ")",
    )
    parser.add_argument(
        "--concurrency",
        metavar="N",
        type=positive_int,
        default=4,
        help="batches in flight at once (default 4)",
    )
    parser.add_argument(
        "--rate-limit",
        metavar="N",
        type=positive_int,
        help="requests per 10 seconds (default: "
        + ", ".join(
            f"{d.display_name} {d.default_rate_per_10s}"
            for d in all_destinations()
            if d.default_rate_per_10s
        )
        + ", adapted to the service's headers)",
    )
    parser.add_argument(
        "--state-dir", metavar="DIR", help="folder of the upload journal (default: per-user state)"
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="only continue an unfinished upload of this file (fail if there is none)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="send rows again even if an earlier upload delivered them",
    )
    parser.add_argument(
        "--test-batch",
        action="store_true",
        help="send the first batch only, so you can check it; run again without it for the rest",
    )
    parser.add_argument(
        "--id-in-use",
        choices=ID_IN_USE_CHOICES,
        default="fail",
        help="when HubSpot says an event id is already in use: count the row as failed (fail, the "
        "default), as delivered only if an unanswered earlier request of ours may have carried it "
        "(auto), or always as delivered (assume-delivered)",
    )
    parser.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    parser.set_defaults(run=run)
    return parser


@guarded
def run(args: argparse.Namespace) -> int:
    """Upload the file; return the exit code."""
    # deferred: the HTTP stack and upload modules cost 10-100 ms each at every command's start
    from app.api.factory import default_base_url
    from app.api.http import check_base_url
    from app.core.conversion.convert import convert_rows
    from app.core.upload.journal import FileFingerprint, Journal, JournalError
    from app.core.upload.upload_plan import destination_key_for
    from app.core.upload.upload_service import UploadRequest, UploadService

    report_path = _checked_report_path(args)
    mapping = open_mapping(args.mapping)
    destination = mapping.destination
    try:
        base_url = check_base_url(args.base_url or default_base_url(destination))
    except ApiError as exc:
        raise CommandError(f"--base-url {args.base_url}: {exc.message}") from None
    try:
        batch_size = choose_batch_size(destination, args.batch_size)
    except BatchSizeError as exc:
        raise CommandError(f"--batch-size: {exc}") from None
    secrets, from_keychain = credentials(args, mapping)
    start_log(secrets)

    # Fingerprint before reading: the run must describe the content that was read.
    try:
        source = FileFingerprint.of(args.file)
    except OSError as exc:
        raise CommandError(naming(args.file, f"cannot be read ({exc.strerror}).")) from None
    sheet = open_sheet(args, prefer_columns=mapped_columns(mapping))
    if not sheet.rows:
        raise CommandError(
            naming(args.file, "has column names but no data rows below them: nothing to send.")
        )
    check_mapping_fits(mapping, args.mapping, sheet)
    with bulk_work():  # the collector's walks were a third of converting 100,000 rows
        conversion = convert_rows(sheet, mapping)
    if _changed_since(source):
        raise CommandError(
            naming(args.file, "changed while it was being read. Save it, close it, and run again.")
        )
    request = UploadRequest(
        conversion,
        mapping,
        source,
        destination_key_for(mapping, base_url),
        batch_size,
        sheet=sheet,  # no edits of its own: an upload begun in the window resumes with its fixes
        label=f"{Path(args.file).name} → {destination_label(mapping)}",
        force=args.force,
    )
    try:
        journal = Journal.open_in(args.state_dir)
    except JournalError as exc:
        raise CommandError(str(exc)) from None
    with UploadService(journal) as service:  # releases the upload's lock, closes the journal
        try:
            account = (secrets, from_keychain)
            return _upload(args, service, request, account, base_url, report_path)
        except JournalError as exc:
            raise CommandError(str(exc)) from None


def _upload(
    args: argparse.Namespace,
    service: UploadService,
    request: UploadRequest,
    account: tuple[dict[str, Any], bool],
    base_url: str,
    report_path: Path | None,
) -> int:
    """Plan, send and report, once the inputs are known to be usable.

    ``account`` holds the secrets and whether they came from the keychain.
    """
    # deferred: the upload engine costs ~22 ms at every command's start
    from app.core.upload.engine import UploadControl, UploadStopped

    prepared = _plan(args, service, request)
    plan = prepared.plan
    _print_plan(plan, request.mapping, base_url)
    if prepared.edits:
        print(
            f"{plural(len(prepared.edits), 'cell')} fixed in the window's Preview for this upload "
            "are sent as fixed there (the file itself is unchanged).",
            file=sys.stderr,
        )
    if plan.rows_to_send and not _confirmed(args, plan, request.mapping):
        service.discard(plan)  # nothing happened: nothing to offer for resume
        print_error("nothing sent: the upload was not confirmed.")
        return EXIT_INTERRUPTED

    control = UploadControl(stop_after_first_batch=args.test_batch)
    interrupted = False
    if plan.rows_to_send:
        outcome, interrupted = _send(args, service, request, plan, control, account, base_url)
    else:
        outcome = service.outcome(plan.run_id, control)
    service.prune()
    report_written = report_path is None or _write_report(
        report_path, service, request, prepared.conversion, plan.run_id
    )
    code = _summarise(
        service.counts(plan.run_id),
        plan,
        outcome.error if isinstance(outcome.error, UploadStopped) else None,
        interrupted,
        args.test_batch,
        report_path,
    )
    # A script that asked for a report must not read success when there is none.
    return code if report_written else max(code, EXIT_UNUSABLE)


def _plan(
    args: argparse.Namespace, service: UploadService, request: UploadRequest
) -> PreparedUpload:
    """Take the upload's lock and plan it, or refuse (exit 2) before anything changed.

    The lock is taken before the journal is read for this upload: a second command (or a
    window) sending the same file with the same mapping to the same place is refused at once.
    """
    # deferred: the HTTP stack and upload modules cost 10-100 ms each at every command's start
    from app.core.upload.journal import JournalError
    from app.core.upload.upload_service import NothingToResume

    try:
        return service.plan(request, must_resume=args.resume)
    except NothingToResume as exc:
        raise CommandError(_nothing_to_resume(exc)) from None
    except JournalError as exc:
        if exc.code != "run_in_use":
            raise CommandError(str(exc)) from None
        raise CommandError(
            naming(
                args.file,
                f"is already being uploaded to {destination_label(request.mapping)} with this "
                "mapping by another Event Loader window or command. Let it finish (or stop it), "
                "then run the same command again; this one sent and changed nothing.",
            )
        ) from None


def _send(
    args: argparse.Namespace,
    service: UploadService,
    request: UploadRequest,
    plan: UploadPlan,
    control: UploadControl,
    account: tuple[dict[str, Any], bool],
    base_url: str,
) -> tuple[UploadOutcome, bool]:
    """Send the plan with a progress line; return the outcome and whether a signal stopped it.

    ``account`` holds the secrets and whether they came from the keychain (where a renewed
    HubSpot sign-in is then saved).
    """
    # deferred: the HTTP stack and upload modules cost 10-100 ms each at every command's start
    from app.api.factory import make_client
    from app.core.upload.engine import IdInUsePolicy
    from app.core.upload.journal import JournalError

    mapping = request.mapping
    secrets, from_keychain = account
    on_refresh = refresh_saver(mapping, secrets) if from_keychain else None
    try:
        client = make_client(
            mapping.destination,
            mapping,
            secrets,
            base_url,
            batch_size=plan.batch_size,
            concurrency=args.concurrency,
            requests_per_10s=args.rate_limit,
            stop_event=control.stop,
            on_tokens_refreshed=on_refresh,
        )
    except InsecureURL as exc:
        raise CommandError(f"--base-url {base_url}: {exc}") from None
    except (ValueError, ApiError) as exc:
        raise CommandError(one_line(str(exc))) from None
    progress = UploadProgress(plan.rows_to_send, plan.total_batches)
    try:
        with _stop_on_signals(control) as signalled:
            try:
                outcome = service.run(
                    plan,
                    client,
                    control,
                    on_result=progress.update,
                    concurrency=args.concurrency,
                    id_in_use=IdInUsePolicy(args.id_in_use.replace("-", "_")),
                )
            except JournalError as exc:
                progress.finish()
                raise CommandError(str(exc)) from None
            return outcome, signalled.is_set()
    finally:
        progress.finish()
        client.close()


def _changed_since(source: FileFingerprint) -> bool:
    try:
        stat = Path(source.path).stat()
    except OSError:
        return True
    return stat.st_size != source.size or stat.st_mtime != source.mtime


# --- before sending ---------------------------------------------------------------------------


def _checked_report_path(args: argparse.Namespace) -> Path | None:
    # deferred: reports cost ~14 ms at every command's start
    from app.core.reports.report import REPORT_SUFFIXES

    if not args.report:
        return None
    path = Path(args.report)
    if path.suffix.lower() not in REPORT_SUFFIXES:
        raise CommandError(
            f"{path.name}: a report can be saved as .xlsx or .csv; choose a name ending in one."
        )
    if path.is_dir():
        raise CommandError(f"{path}: this is a folder; give a file name for the report.")
    if not path.parent.exists():
        raise CommandError(f"{path.name}: the folder {path.parent} does not exist.")
    if path.resolve() == Path(args.file).resolve():
        raise CommandError(f"{path.name}: the report would overwrite the file being uploaded.")
    try:  # find out now, not after the events are sent, that the report cannot be saved
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".event-loader-"):
            pass
    except OSError as exc:
        raise CommandError(
            f"{path.name}: the report cannot be saved in {path.parent} "
            f"({exc.strerror or exc}). Choose another folder; nothing was sent."
        ) from None
    return path


def _nothing_to_resume(exc: NothingToResume) -> str:
    name = Path(exc.path).name
    if exc.file_changed:
        return (
            f"{name} changed since its unfinished upload started, so it "
            "cannot be resumed as it was. Run without --resume: rows already delivered are "
            "skipped, new and changed rows are sent."
        )
    return f"{name}: there is no unfinished upload of this file to resume."


def _print_plan(plan: UploadPlan, mapping: Mapping, base_url: str) -> None:
    counts = plan.counts
    batches = plural(plan.total_batches, "batch", "batches")
    parts = [
        f"{plural(plan.rows_to_send, 'row')} to send in {batches}"
        if plan.rows_to_send
        else "no row left to send"
    ]
    for state, label in (
        ("already_sent", "already sent"),
        ("sent", "sent before the interruption"),
        ("invalid", "invalid"),
        ("duplicate", "duplicate"),
        ("excluded", "left out"),
    ):
        if counts.get(state):
            parts.append(f"{count(counts[state])} {label}")
    verb = "Resuming the upload to" if plan.resumed else "Uploading to"
    print(
        f"{verb} {destination_label(mapping)} at {base_url}: {', '.join(parts)}.", file=sys.stderr
    )


def _confirmed(args: argparse.Namespace, plan: UploadPlan, mapping: Mapping) -> bool:
    """Ask before sending when a person is at the terminal; scripts and --yes go ahead."""
    if args.yes or not sys.stdin.isatty() or not sys.stderr.isatty():
        return True
    what = "the first batch" if args.test_batch else plural(plan.rows_to_send, "event")
    sys.stderr.write(
        f"Send {what} to {destination_label(mapping)}? Events cannot be undone. [y/N] "
    )
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes", "o", "oui")


@contextmanager
def _stop_on_signals(control: UploadControl) -> Iterator[threading.Event]:
    """Turn the first Ctrl+C / SIGTERM into a clean stop; a second one quits at once.

    Quitting at once is safe: the journal marks rows in flight before each request, so the next
    run sends them again with the same ids.
    """
    signalled = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield signalled
        return

    def handler(signum: int, _frame: FrameType | None) -> None:
        if signalled.is_set():
            sys.stderr.write("\nStopped at once. Run the same command again to resume.\n")
            sys.stderr.flush()
            os._exit(EXIT_INTERRUPTED)
        signalled.set()
        control.stop.set()
        sys.stderr.write(
            "\nStopping after the batches in flight (press Ctrl+C again to quit at once)...\n"
        )
        sys.stderr.flush()

    previous = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield signalled
    finally:
        for s, old in previous.items():
            signal.signal(s, old)


# --- after sending ----------------------------------------------------------------------------


def _write_report(
    path: Path,
    service: UploadService,
    request: UploadRequest,
    conversion: ConversionResult,
    run_id: int,
) -> bool:
    """Write the report; on failure say so (the upload is recorded) and return False."""
    assert request.sheet is not None  # the command always reads the sheet itself
    try:
        service.write_report(path, request.sheet, conversion, run_id)
        return True
    except OSError as exc:
        # The upload itself is recorded; only the report is missing.
        print_error(
            f"{path.name}: the report could not be written ({exc.strerror or exc}). The upload is "
            "recorded: run the same command with another --report to get it."
        )
        return False


def _summarise(
    counts: dict[str, int],
    plan: UploadPlan,
    stopped_by: UploadStopped | None,
    interrupted: bool,
    test_batch: bool,
    report_path: Path | None,
) -> int:
    sent = counts.get("sent", 0)
    failed = counts.get("failed", 0)
    invalid = counts.get("invalid", 0)
    left = counts.get("pending", 0) + counts.get("in_flight", 0)
    lines = [f"Sent: {count(sent)}"]
    for state, label in (
        ("already_sent", "Already sent before"),
        ("failed", "Failed"),
        ("invalid", "Invalid (not sent)"),
        ("duplicate", "Duplicates (not sent)"),
        ("excluded", "Left out"),
    ):
        if counts.get(state):
            lines.append(f"{label}: {count(counts[state])}")
    if left:
        lines.append(f"Not sent yet: {count(left)}")
    if report_path is not None:
        lines.append(f"Report: {report_path}")
    print_lines(lines)
    if stopped_by is not None:
        print_error(
            f"stopped by the service [{stopped_by.code}]: {one_line(str(stopped_by))} "
            f"{plural(sent, 'row')} delivered so far, all recorded: fix this and run the same "
            "command again to send the rest."
        )
        return EXIT_STOPPED_BY_API
    if interrupted:
        print_error(
            f"interrupted with {plural(left, 'row')} not sent yet. Run the same command again "
            "to resume; nothing will be sent twice."
        )
        return EXIT_INTERRUPTED
    if test_batch and left:
        print(
            "Test batch done. Check it in the destination, then run the same command without "
            "--test-batch to send the rest.",
            file=sys.stderr,
        )
    if failed or invalid or (left and not test_batch):
        return EXIT_ROWS_FAILED  # rows not sent are never a success
    return EXIT_OK
