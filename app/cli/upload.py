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
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from app.cli.common import (
    CommandError,
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
    parser.add_argument("--mapping", "-m", metavar="M.json", required=True, help="the mapping file")
    parser.add_argument(
        "--report", "-r", metavar="OUT", help="write every row with its outcome to OUT (.xlsx/.csv)"
    )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="API address (default: the real service; http://127.0.0.1:PORT for the sandbox)",
    )
    parser.add_argument(
        "--token-env",
        metavar="VAR",
        help="read the access token (HubSpot) or API key (Pipeless) from this environment variable "
        "instead of the keychain",
    )
    parser.add_argument(
        "--refresh-token-env",
        metavar="VAR",
        help="HubSpot: environment variable with a refresh token",
    )
    parser.add_argument("--client-id", metavar="ID", help="HubSpot: the app's OAuth client id")
    parser.add_argument(
        "--client-secret-env",
        metavar="VAR",
        help="HubSpot: environment variable with the app's OAuth client secret",
    )
    parser.add_argument(
        "--batch-size",
        metavar="N",
        type=positive_int,
        help="events per request (default and maximum: HubSpot 100, Pipeless 10, HubSpot custom "
        "events 500)",
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
        help="requests per 10 seconds (default: HubSpot 100, adapted to the service's headers)",
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
    from app.api.errors import ApiError
    from app.api.factory import default_base_url
    from app.api.http import check_base_url
    from app.core.batching import BatchSizeError, choose_batch_size
    from app.core.convert import convert_rows
    from app.core.journal import FileFingerprint, Journal, JournalError

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
    secrets, from_keychain = _credentials(args, mapping)
    _start_log(secrets)

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

    try:
        journal = Journal.open_in(args.state_dir)
    except JournalError as exc:
        raise CommandError(str(exc)) from None
    with journal, _upload_lock(args, journal, source, mapping, base_url) as lock:
        try:
            return _upload(
                args,
                journal,
                conversion,
                sheet,
                mapping,
                source,
                secrets,
                from_keychain,
                base_url,
                batch_size,
                report_path,
                lock,
            )
        except JournalError as exc:
            raise CommandError(str(exc)) from None


@contextmanager
def _upload_lock(
    args: argparse.Namespace, journal: Any, source: Any, mapping: Any, base_url: str
) -> Iterator[Any]:
    """Hold this upload's lock from planning to the report, or refuse (exit 2) at once.

    Taken before the journal is read for this upload: a second command (or a window) sending
    the same file with the same mapping to the same place is refused before it changes anything.
    """
    from app.core.journal import JournalError
    from app.core.upload_plan import destination_key_for, mapping_fingerprint

    key = destination_key_for(mapping, base_url)
    try:
        lock = journal.lock_upload(source.sha256, mapping_fingerprint(mapping), key)
    except JournalError as exc:
        if exc.code != "run_in_use":
            raise CommandError(str(exc)) from None
        raise CommandError(
            naming(
                args.file,
                f"is already being uploaded to {_destination_label(mapping)} with this mapping "
                "by another Event Loader window or command. Let it finish (or stop it), then run "
                "the same command again; this one sent and changed nothing.",
            )
        ) from None
    try:
        yield lock
    finally:
        lock.release()


def _upload(
    args: argparse.Namespace,
    journal: Any,
    conversion: Any,
    sheet: Any,
    mapping: Any,
    source: Any,
    secrets: dict[str, Any],
    from_keychain: bool,
    base_url: str,
    batch_size: int,
    report_path: Path | None,
    lock: Any,
) -> int:
    """Plan, send and report, once the inputs are known to be usable (``lock`` held)."""
    from app.api.errors import ApiError, InsecureURL
    from app.api.factory import make_client
    from app.core.engine import IdInUsePolicy, UploadControl, UploadStopped, run_upload
    from app.core.journal import JournalError
    from app.core.upload_plan import (
        conversion_to_resume,
        destination_key_for,
        find_resumable_upload,
        mapping_fingerprint,
        prepare_upload,
        upload_report_rows,
    )

    destination = mapping.destination
    key = destination_key_for(mapping, base_url)
    map_fp = mapping_fingerprint(mapping)
    # An upload started in the window may have cells fixed in Preview: resume it with them.
    conversion, edits = conversion_to_resume(
        conversion,
        sheet,
        mapping,
        journal,
        source=source,
        mapping_fingerprint=map_fp,
        destination_key=key,
        force=args.force,
    )
    if args.resume and not find_resumable_upload(
        conversion, journal, source=source, mapping_fingerprint=map_fp, destination_key=key
    ):
        raise CommandError(_nothing_to_resume(journal, source))
    plan = prepare_upload(
        conversion,
        journal,
        source=source,
        mapping_fingerprint=map_fp,
        destination_key=key,
        batch_size=batch_size,
        force=args.force,
        label=f"{Path(args.file).name} → {_destination_label(mapping)}",
        edits=edits or None,
        upload_lock=lock,
    )
    _print_plan(plan, mapping, base_url)
    if edits:
        print(
            f"{plural(len(edits), 'cell')} fixed in the window's Preview for this upload "
            "are sent as fixed there (the file itself is unchanged).",
            file=sys.stderr,
        )
    if plan.rows_to_send and not _confirmed(args, plan, mapping):
        if not plan.resumed:
            journal.delete_run(plan.run_id)  # nothing happened: nothing to offer for resume
        print_error("nothing sent: the upload was not confirmed.")
        return EXIT_INTERRUPTED

    control = UploadControl(stop_after_first_batch=args.test_batch)
    stopped_by: UploadStopped | None = None
    interrupted = False
    if plan.rows_to_send:
        on_refresh = _refresh_saver(mapping, secrets) if from_keychain else None
        try:
            client = make_client(
                destination,
                mapping,
                secrets,
                base_url,
                batch_size=batch_size,
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
                    for result in run_upload(
                        plan,
                        client,
                        journal,
                        control,
                        concurrency=args.concurrency,
                        id_in_use=IdInUsePolicy(args.id_in_use.replace("-", "_")),
                        upload_lock=lock,
                    ):
                        progress.update(result)
                except UploadStopped as exc:
                    stopped_by = exc
                except JournalError as exc:
                    progress.finish()
                    raise CommandError(str(exc)) from None
                interrupted = signalled.is_set()
        finally:
            progress.finish()
            client.close()

    try:
        journal.prune()  # keep the journal small: old closed runs' row history goes
    except JournalError:
        pass
    lines = upload_report_rows(conversion, journal, plan.run_id)
    report_written = report_path is None or _write_report(report_path, sheet, lines)
    code = _summarise(
        journal.counts(plan.run_id), plan, stopped_by, interrupted, args.test_batch, report_path
    )
    # A script that asked for a report must not read success when there is none.
    return code if report_written else max(code, EXIT_UNUSABLE)


def _changed_since(source: Any) -> bool:
    try:
        stat = Path(source.path).stat()
    except OSError:
        return True
    return stat.st_size != source.size or stat.st_mtime != source.mtime


# --- credentials ------------------------------------------------------------------------------


def _credentials(args: argparse.Namespace, mapping: Any) -> tuple[dict[str, Any], bool]:
    """Return the account's secrets and whether they came from the keychain."""
    from app.core.destinations import get
    from app.core.secrets import account_key, keychain_available, load_account

    spec = get(mapping.destination)
    account = spec.account_id(mapping.settings)
    if args.token_env or args.refresh_token_env:
        secrets: dict[str, Any] = {}
        if args.token_env:
            secrets[spec.main_secret] = _env(args.token_env)
        if args.refresh_token_env:
            if not spec.refreshable:
                raise CommandError(
                    f"--refresh-token-env is for HubSpot; {spec.display_name} uses an API key."
                )
            if not args.client_id or not args.client_secret_env:
                raise CommandError(
                    "--refresh-token-env needs --client-id and --client-secret-env as well."
                )
            secrets["refresh_token"] = _env(args.refresh_token_env)
            secrets["client_id"] = args.client_id
            secrets["client_secret"] = _env(args.client_secret_env)
        return secrets, False
    key = account_key(mapping.destination, account)
    saved = load_account(key)
    if not saved and not keychain_available():
        raise CommandError(
            "the system keychain cannot be used (missing or locked), so saved credentials cannot "
            "be read. Unlock it, or pass --token-env VAR naming an environment variable that "
            "holds the token."
        )
    if not saved:
        raise CommandError(
            f"no saved credentials for {_destination_label(mapping)}. Run "
            f"'event-loader login {spec.short_name} --app-id {account}' (or connect the account "
            "in the window), or pass --token-env VAR naming an environment variable that holds it."
        )
    return saved, True


def _start_log(secrets: dict[str, Any]) -> None:
    """Log to the per-user log file, with every secret of this run redacted from it."""
    from app.core.logs import register_secret, setup_file_logging
    from app.paths import log_dir

    for value in secrets.values():
        if isinstance(value, str):
            register_secret(value)
    try:
        setup_file_logging(log_dir())
    except OSError:
        pass  # a log folder that cannot be written must not stop an upload


def _env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise CommandError(f"the environment variable {name} is not set or is empty.")
    return value


def _refresh_saver(mapping: Any, secrets: dict[str, Any]) -> Callable[[Any], None]:
    """Keep a refreshed access token (and a rotated refresh token) in the keychain."""
    from app.core.destinations import get
    from app.core.logs import register_secret
    from app.core.secrets import account_key, save_account

    spec = get(mapping.destination)
    account = spec.account_id(mapping.settings)
    key = account_key(mapping.destination, account)
    renewal_reported = threading.Event()

    def save(credentials: Any) -> None:
        updated = dict(secrets)
        for name in ("access_token", "refresh_token", "expires_at"):
            value = getattr(credentials, name, None)
            if value:
                updated[name] = value
        for value in updated.values():
            if isinstance(value, str):
                register_secret(value)  # the renewed tokens stay out of the log too
        secrets.update(updated)  # kept for this session whatever the keychain does
        try:
            saved = save_account(key, updated, _destination_label(mapping))
            why = "it refused the new token"
        except Exception as exc:  # noqa: BLE001 - the upload goes on with the token in memory
            saved, why = False, f"{type(exc).__name__}"
        if saved or renewal_reported.is_set():
            return
        renewal_reported.set()  # once per upload, however many renewals follow
        log.warning("the renewed HubSpot sign-in could not be saved in the keychain: %s", why)
        print_error(
            f"HubSpot renewed the sign-in but the system keychain did not save it ({why}). "
            "This upload goes on with it; afterwards run "
            f"'event-loader login {spec.short_name} --app-id {account}' so that the next one is "
            "not refused."
        )

    return save


def _destination_label(mapping: Any) -> str:
    from app.core.destinations import get

    # Names from the mapping file come printed short and with control characters escaped.
    return get(mapping.destination).describe(mapping.settings)


# --- before sending ---------------------------------------------------------------------------


def _checked_report_path(args: argparse.Namespace) -> Path | None:
    from app.core.report import REPORT_SUFFIXES

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


def _nothing_to_resume(journal: Any, source: Any) -> str:
    for run in journal.find_unfinished_runs():
        if run.file_path == source.path:
            return (
                f"{Path(source.path).name} changed since its unfinished upload started, so it "
                "cannot be resumed as it was. Run without --resume: rows already delivered are "
                "skipped, new and changed rows are sent."
            )
    return f"{Path(source.path).name}: there is no unfinished upload of this file to resume."


def _print_plan(plan: Any, mapping: Any, base_url: str) -> None:
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
        f"{verb} {_destination_label(mapping)} at {base_url}: {', '.join(parts)}.", file=sys.stderr
    )


def _confirmed(args: argparse.Namespace, plan: Any, mapping: Any) -> bool:
    """Ask before sending when a person is at the terminal; scripts and --yes go ahead."""
    if args.yes or not sys.stdin.isatty() or not sys.stderr.isatty():
        return True
    what = "the first batch" if args.test_batch else plural(plan.rows_to_send, "event")
    sys.stderr.write(
        f"Send {what} to {_destination_label(mapping)}? Events cannot be undone. [y/N] "
    )
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes", "o", "oui")


@contextmanager
def _stop_on_signals(control: Any) -> Iterator[threading.Event]:
    """Turn the first Ctrl+C / SIGTERM into a clean stop; a second one quits at once.

    Quitting at once is safe: the journal marks rows in flight before each request, so the next
    run sends them again with the same ids.
    """
    signalled = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield signalled
        return

    def handler(signum: int, _frame: Any) -> None:
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


# --- progress ---------------------------------------------------------------------------------


class UploadProgress:
    """Progress on stderr: a bar with rows/s and time left on a terminal, else a line every 5 s.

    Failed batches are always listed (with the first reason), so a log shows what went wrong.
    """

    BAR_WIDTH = 24

    def __init__(
        self,
        total_rows: int,
        total_batches: int,
        stream: IO[str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total_rows = total_rows
        self.total_batches = total_batches
        self.stream = stream or sys.stderr
        self.clock = clock
        self.interactive = bool(getattr(self.stream, "isatty", lambda: False)())
        self.gap = 0.1 if self.interactive else 5.0
        self.started = clock()
        self.last_shown = self.started
        self.done_rows = 0
        self.sent = 0
        self.failed = 0
        self.batches_done = 0
        self.retrying: dict[int, float] = {}
        self.finished = False

    def update(self, result: Any) -> None:
        """Take one ``BatchResult``."""
        from app.core.engine import BatchState

        if result.state is BatchState.RETRYING:
            self.retrying[result.batch_no] = result.retry_in or 0.0
        elif result.state.final:
            self.retrying.pop(result.batch_no, None)
            self.batches_done += 1
            self.sent += result.sent
            self.failed += result.failed
            self.done_rows += result.sent + result.failed
            if result.failed:
                self._line(self._failure_text(result))
        else:
            self.retrying.pop(result.batch_no, None)
        now = self.clock()
        if now - self.last_shown >= self.gap:
            self.last_shown = now
            self._show(now)

    def _failure_text(self, result: Any) -> str:
        rows = sorted(result.row_failures.items())
        first = f" (row {rows[0][0]}: {one_line(rows[0][1])})" if rows else ""
        more = f" and {len(rows) - 1} more" if len(rows) > 1 else ""
        return (
            f"batch {result.batch_no}: {plural(result.failed, 'row')} failed{first}{more}"
            if result.sent
            else f"batch {result.batch_no}: failed{first}{more}"
        )

    def _rate_and_eta(self, now: float) -> tuple[float, str]:
        elapsed = max(now - self.started, 1e-6)
        rate = self.done_rows / elapsed
        left = self.total_rows - self.done_rows
        if rate <= 0:
            return rate, "--:--"
        seconds = int(left / rate)
        return rate, f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"

    def _show(self, now: float) -> None:
        rate, eta = self._rate_and_eta(now)
        retry = f", {len(self.retrying)} retrying" if self.retrying else ""
        failed = f", {count(self.failed)} failed" if self.failed else ""
        numbers = (
            f"{count(self.done_rows)}/{count(self.total_rows)} rows{failed}{retry}, "
            f"{rate:,.0f} rows/s, {eta} left"
        )
        if self.interactive:
            share = self.done_rows / self.total_rows if self.total_rows else 1.0
            filled = int(share * self.BAR_WIDTH)
            bar = "#" * filled + "-" * (self.BAR_WIDTH - filled)
            self.stream.write(f"\r\x1b[2K[{bar}] {share:4.0%} {numbers}")
        else:
            self.stream.write(f"uploading: {numbers}\n")
        self.stream.flush()

    def _line(self, text: str) -> None:
        if self.interactive:
            self.stream.write("\r\x1b[2K")
        self.stream.write(text + "\n")
        self.stream.flush()

    def finish(self) -> None:
        """Clear the bar (terminal) and leave the summary to the caller."""
        if self.finished:
            return
        self.finished = True
        if self.interactive:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()


# --- after sending ----------------------------------------------------------------------------


def _write_report(path: Path, sheet: Any, lines: list[Any]) -> bool:
    """Write the report; on failure say so (the upload is recorded) and return False."""
    from app.core.report import write_report

    try:
        write_report(path, sheet, lines)
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
    plan: Any,
    stopped_by: Any,
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
