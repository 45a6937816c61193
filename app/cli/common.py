"""Helpers every ``event-loader`` subcommand shares: opening files, one-line errors, progress.

A headless command is used in scripts and by people who never read a traceback, so every
failure a user can cause (a missing file, a mapping that names columns the sheet lacks, a report
folder that does not exist) ends as ONE line on stderr that names the file and the problem, with
exit code 2. ``guarded`` turns anything unexpected into such a line too.
"""

from __future__ import annotations

import argparse
import functools
import gc
import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TypeVar

from app.cli.main import EXIT_UNUSABLE
from app.core.conversion.mapping import MappingError, load_mapping, missing_required, target_label
from app.core.conversion.mapping import mapped_columns as columns_of
from app.core.conversion.messages import note_message
from app.core.destinations import all_destinations
from app.core.echo import echo, escape_controls
from app.core.reading.sheet import TEXT_SUFFIXES, SheetError, read_first_page, read_sheet
from app.core.redaction import redact

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., int])


class CommandError(Exception):
    """A problem that ends the command with one line on stderr and ``exit_code``."""

    def __init__(self, message: str, exit_code: int = EXIT_UNUSABLE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def one_line(text: str) -> str:
    """Collapse a message to a single line (a path or cell value may hold newlines).

    What is left of control characters is escaped and secrets are redacted, so a line can be
    printed as it is.
    """
    return terminal_safe(" ".join(str(text).split()))


def terminal_safe(text: str) -> str:
    """Return ``text`` fit for a terminal: controls escaped (no ``ESC]0;…``), secrets redacted."""
    return escape_controls(redact(text))


def print_error(message: str, stream: IO[str] | None = None) -> None:
    """Print ``message`` as one line on stderr, prefixed like other command-line tools."""
    out = stream or sys.stderr
    print(f"event-loader: {one_line(message)}", file=out, flush=True)


def naming(path: str | Path, message: str) -> str:
    """Return ``message`` prefixed with the file name unless it already names the file."""
    name = Path(path).name or str(path)
    return message if name and name in message else f"{name}: {message}"


def guarded(run: F) -> F:
    """Wrap a subcommand's ``run`` so it never shows a traceback.

    ``CommandError`` prints its line and returns its exit code; an unexpected error prints one line
    with its kind, so a user can still report it, and returns 2.
    """

    @functools.wraps(run)
    def wrapper(*args: Any, **kwargs: Any) -> int:
        try:
            return run(*args, **kwargs)
        except CommandError as exc:
            print_error(str(exc))
            return exc.exit_code
        except KeyboardInterrupt:
            raise
        except MemoryError:
            print_error("not enough memory to finish. Close other programs or split the file.")
            return EXIT_UNUSABLE
        except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
            detail = one_line(str(exc)[:1000])[:300]  # cut first: the text may be huge
            print_error(
                f"unexpected problem ({type(exc).__name__}{': ' + detail if detail else ''}). "
                "Nothing was sent; please report this message."
            )
            return EXIT_UNUSABLE

    return wrapper  # type: ignore[return-value]


@contextmanager
def bulk_work() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a command reads, converts or reports.

    Those steps make millions of small objects, none of them in a cycle; the collector would walk
    the growing heap again and again for nothing (a quarter of a read, a third of a conversion).
    Reference counting still frees everything. It acts on the whole process, so the command
    decides it here rather than the core; the previous state comes back afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --- arguments ----------------------------------------------------------------------------------


def positive_int(text: str) -> int:
    """Argparse type for counts and row numbers that start at 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is too small: rows are counted from 1")
    return value


def add_sheet_arguments(parser: argparse.ArgumentParser) -> None:
    """Add FILE, ``--sheet`` and ``--header-row`` (shared by check, map and upload)."""
    parser.add_argument(
        "file", metavar="FILE", help="the spreadsheet (.xlsx, .xls, .ods, .csv, .tsv, .txt)"
    )
    parser.add_argument(
        "--sheet", metavar="NAME", help="sheet of a workbook (default: the first with data)"
    )
    parser.add_argument(
        "--header-row",
        metavar="N",
        type=positive_int,
        help="row holding the column names, counted from 1 as in Excel (default: detected)",
    )


def add_mapping_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--mapping``/``-m`` (check and upload)."""
    parser.add_argument("--mapping", "-m", metavar="M.json", required=True, help="the mapping file")


def add_report_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--report``/``-r`` (check and upload), worded once."""
    parser.add_argument(
        "--report",
        "-r",
        metavar="OUT",
        help="write every row with Status, Error and Event ID to OUT (.xlsx or .csv)",
    )


def add_account_arguments(
    parser: argparse.ArgumentParser,
    *,
    app_id: bool = False,
    app_id_required: bool = False,
    token_env: bool = False,
    client_id: bool = False,
) -> None:
    """Add the options that say which account and service a command talks to.

    ``login``, ``map`` and ``upload`` each take some of ``--app-id``, ``--base-url``,
    ``--token-env`` and ``--client-id``; they are added here so every command words them the same.
    """
    if app_id or app_id_required:
        ids = "; ".join(f"{d.short_name}: {d.account_id_word}" for d in all_destinations())
        parser.add_argument(
            "--app-id",
            metavar="N",
            type=positive_int,
            required=app_id_required,
            help=f"the account's id ({ids})",
        )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="address of the API (default: the real service; http://127.0.0.1:PORT for the "
        "sandbox)",
    )
    if token_env:
        parser.add_argument(
            "--token-env",
            metavar="VAR",
            help="read the access token or API key from this environment variable instead of "
            "the account saved by 'event-loader login'",
        )
    if client_id:
        parser.add_argument("--client-id", metavar="ID", help="HubSpot: the app's OAuth client id")


# --- opening inputs -----------------------------------------------------------------------------


def open_sheet(
    args: argparse.Namespace,
    *,
    progress: ProgressPrinter | None = None,
    prefer_columns: Iterable[str] = (),
) -> Any:
    """Read the sheet named by ``args`` (file, sheet, header_row); SheetError -> CommandError.

    Without ``--sheet``, a workbook opens on its first sheet with data rows, or with
    ``prefer_columns`` (the mapping's columns) on the one whose header holds most of them.
    """
    path = Path(args.file)
    _refuse_sheet_for_text(path, args)
    try:
        with bulk_work():
            return read_sheet(
                path,
                sheet=getattr(args, "sheet", None),
                header_row=getattr(args, "header_row", None),
                progress=progress.update if progress is not None else None,
                prefer_columns=tuple(prefer_columns),
            )
    except SheetError as exc:
        raise CommandError(naming(path, str(exc))) from None
    except (OSError, ValueError) as exc:  # a reader bug must still name the file, not crash
        raise CommandError(
            naming(path, f"cannot be read ({one_line(str(exc)) or type(exc).__name__}).")
        ) from None
    finally:
        if progress is not None:
            progress.finish()


def open_first_page(args: argparse.Namespace, limit: int = 200) -> Any:
    """Read the header and first rows quickly (enough to match columns)."""
    path = Path(args.file)
    _refuse_sheet_for_text(path, args)
    try:
        return read_first_page(
            path,
            limit=limit,
            sheet=getattr(args, "sheet", None),
            header_row=getattr(args, "header_row", None),
        )
    except SheetError as exc:
        raise CommandError(naming(path, str(exc))) from None
    except (OSError, ValueError) as exc:
        raise CommandError(
            naming(path, f"cannot be read ({one_line(str(exc)) or type(exc).__name__}).")
        ) from None


def _refuse_sheet_for_text(path: Path, args: argparse.Namespace) -> None:
    """Refuse --sheet for a CSV: it has no sheets, so the option is a mistake worth saying."""
    sheet = getattr(args, "sheet", None)
    if sheet is not None and path.suffix.lower() in TEXT_SUFFIXES:
        raise CommandError(
            f'{path.name} is a text file without sheets: leave out --sheet "{one_line(sheet)}".'
        )


def open_mapping(path_text: str) -> Any:
    """Load a mapping file; MappingError -> CommandError naming the file."""
    path = Path(path_text)
    try:
        return load_mapping(path)
    except MappingError as exc:
        raise CommandError(naming(path, str(exc))) from None


def mapped_columns(mapping: Any) -> list[str]:
    """Every column a mapping reads (fields and event-id columns), in mapping order."""
    return columns_of(mapping)


def check_mapping_fits(mapping: Any, mapping_path: str, sheet: Any) -> None:
    """Stop with one line when the mapping cannot apply to this sheet at all.

    A column the mapping names but the sheet lacks would make every row fail the same way; one
    line that says which column is missing is far more useful than thousands of row errors.
    """
    missing = [c for c in mapped_columns(mapping) if c not in sheet.headers]
    if missing:
        shown = ", ".join(f'"{echo(c)}"' for c in missing[:5]) + (
            " ..." if len(missing) > 5 else ""
        )
        columns = ", ".join(f'"{echo(h)}"' for h in sheet.headers[:8]) + (
            " ..." if len(sheet.headers) > 8 else ""
        )
        noun = "column" if len(missing) == 1 else "columns"
        raise CommandError(
            f"{Path(mapping_path).name}: {noun} {shown} not found in {Path(sheet.path).name} "
            f"(its columns: {columns or 'none'}). "
            "Fix the mapping or choose another sheet or header row."
        )
    required = missing_required(mapping)
    if required:
        groups = [" or ".join(echo(target_label(mapping, t)) for t in group) for group in required]
        names = groups[0] if len(groups) == 1 else ", ".join(groups[:-1]) + " and " + groups[-1]
        each = "it" if len(groups) == 1 else "each"
        raise CommandError(
            f"{Path(mapping_path).name}: nothing is mapped to {names}, which every event needs. "
            f"Add a column or a fixed value for {each}."
        )


# --- output -------------------------------------------------------------------------------------


def count(n: int) -> str:
    """Return a count with thousands separators, as summaries show it (1,198)."""
    return f"{n:,}"


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """``3 rows``, ``1 row``."""
    return f"{count(n)} {singular if n == 1 else (plural_form or singular + 's')}"


def note_text(note: Any) -> str:
    """One line for something the reader changed or skipped (wording from the core's messages)."""
    try:
        return one_line(str(note_message(note)))
    except Exception:  # noqa: BLE001 - a wording gap must not hide the note
        log.warning("no sentence for reader note %s", note.code, exc_info=True)
    details = ", ".join(f"{k}: {v}" for k, v in note.params.items())
    return one_line(f"{note.code.replace('_', ' ')}{' (' + details + ')' if details else ''}")


def print_lines(lines: Iterable[str], stream: IO[str] | None = None) -> None:
    """Print summary lines on stdout (or ``stream``)."""
    out = stream or sys.stdout
    for line in lines:
        print(terminal_safe(line), file=out)
    out.flush()


class ProgressPrinter:
    """Show the progress of a long step on stderr without flooding logs.

    On a terminal, one line is rewritten in place at most ``per_second`` times a second. When
    stderr is a file or a pipe (CI logs), a line is printed only every ``plain_interval`` seconds,
    so a quick run prints nothing and a slow one still shows it is alive.
    """

    def __init__(
        self,
        label: str,
        *,
        unit: str = "rows",
        total: int | None = None,
        stream: IO[str] | None = None,
        per_second: float = 10.0,
        plain_interval: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self.unit = unit
        self.total = total
        self.stream = stream or sys.stderr
        self.clock = clock
        self.interactive = bool(getattr(self.stream, "isatty", lambda: False)())
        self.min_gap = 1.0 / per_second if self.interactive else plain_interval
        self.started = clock()
        self._last_shown = self.started
        self._shown_any = False
        self._done = 0
        self._finished = False

    def text(self, done: int) -> str:
        """Return the progress line for ``done`` units."""
        if self.total:
            percent = min(100, int(done * 100 / self.total))
            return f"{self.label}: {count(done)} of {count(self.total)} {self.unit} ({percent} %)"
        return f"{self.label}: {count(done)} {self.unit}"

    def update(self, done: int) -> None:
        """Record progress; print if enough time went by since the last line."""
        self._done = done
        now = self.clock()
        if now - self._last_shown < self.min_gap:
            return
        self._last_shown = now
        self._shown_any = True
        if self.interactive:
            self.stream.write("\r\x1b[2K" + self.text(done))
        else:
            self.stream.write(self.text(done) + "\n")
        self.stream.flush()

    def finish(self) -> None:
        """End the progress display (clears the terminal line; idempotent)."""
        if self._finished:
            return
        self._finished = True
        if self.interactive and self._shown_any:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
