"""The ``event-loader`` command: the window by default, or a headless subcommand.

``event-loader``                 opens the window
``event-loader FILE``            opens the window on FILE (double-click, "Open with")
``event-loader --demo``          opens the window on the built-in sandbox with the bundled sample
``event-loader --demo FILE``     the same, on FILE instead of the sample
``event-loader --smoke``         starts the window, loads the sample through the real steps, exits 0
``event-loader check|map|upload|login|sandbox ...``   headless use (see each ``--help``)

Subcommand modules are imported here only to register their arguments; each keeps its heavy
imports inside its ``run`` so that starting the window stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import APP_NAME
from app.paths import log_dir

# name -> module under app.cli exposing ``add_parser(subparsers)`` and ``run(args) -> int``
SUBCOMMANDS: dict[str, str] = {
    "check": "app.cli.check",
    "map": "app.cli.map_cmd",
    "upload": "app.cli.upload",
    "login": "app.cli.login",
    "sandbox": "app.cli.sandbox_cmd",
}

EXIT_OK = 0
EXIT_ROWS_FAILED = 1
EXIT_UNUSABLE = 2
EXIT_STOPPED_BY_API = 3
EXIT_INTERRUPTED = 130


def build_parser(*, with_file: bool = True, with_commands: bool = True) -> argparse.ArgumentParser:
    """Build the argument parser with every available subcommand.

    ``with_file=False`` leaves out the window's optional FILE: argparse would otherwise give a
    subcommand's name to it and read the subcommand's own FILE as the command.
    ``with_commands=False`` leaves out the subcommands: with them, argparse reads a lone FILE as
    a command name and refuses it.
    """
    parser = argparse.ArgumentParser(
        prog="event-loader",
        description=f"{APP_NAME}: turn a spreadsheet into events in HubSpot or Pipeless.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on the built-in sandbox, on FILE or a sample file",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the window, load the sample through every step, exit",
    )
    parser.add_argument(
        "--lang", metavar="CODE", help="interface language (en, fr); default: the system's"
    )
    if with_file:
        parser.add_argument("file", nargs="?", metavar="FILE", help="a spreadsheet to open")
    if not with_commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in SUBCOMMANDS.values():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:  # a subcommand not built yet must not break the others
            if exc.name != module_name:
                raise
            continue
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    first = first_positional(args_list)
    if first is None or first in SUBCOMMANDS:  # subcommand names win over file names
        args = build_parser(with_file=False).parse_args(args_list)
    else:
        # Without a subcommand, the positional is a file to open in the window.
        args = build_parser(with_commands=False).parse_args(args_list)
        args.command = None
        problem = file_problem(args.file)
        if problem:
            print(f"event-loader: {problem}", file=sys.stderr)
            return EXIT_UNUSABLE
    if getattr(args, "command", None):
        _log_to_file()
        try:
            return int(args.run(args))
        except KeyboardInterrupt:
            print("Interrupted. Run the same command again to resume.", file=sys.stderr)
            return EXIT_INTERRUPTED
    # deferred: the window (PySide6) costs ~110 ms at every command's start
    from app.ui.launch import launch_window

    return launch_window(args)


OPTIONS_WITH_VALUE = frozenset({"--lang"})


def first_positional(args: Sequence[str]) -> str | None:
    """Return the first argument that is not an option (nor an option's value), or None."""
    skip = False
    for index, arg in enumerate(args):
        if skip:
            skip = False
            continue
        if arg == "--":
            return args[index + 1] if index + 1 < len(args) else None
        if arg.startswith("-") and arg != "-":
            skip = arg in OPTIONS_WITH_VALUE
            continue
        return arg
    return None


def file_problem(name: str | None) -> str | None:
    """Return one line saying why ``name`` cannot be opened in the window, or None."""
    if not name:
        return None

    path = Path(name).expanduser()
    if path.is_dir():
        return f"{name} is a folder, not a spreadsheet. Give the path of a file to open."
    if not path.exists():
        return f"{name} does not exist. Check the path of the file to open."
    if not path.is_file():
        return f"{name} is not a file. Give the path of a spreadsheet to open."
    return None


def _log_to_file() -> None:
    """Send a command's log records to the per-user log file, never raw to the terminal.

    Without a handler, Python prints warnings on stderr next to the command's own one-line
    messages; a log folder that cannot be written leaves the records unprinted instead.
    """
    # deferred: logging set-up costs ~8 ms at every command's start
    from app.core.logs import setup_file_logging

    try:
        setup_file_logging(log_dir())
    except OSError:
        logging.getLogger().addHandler(logging.NullHandler())


class _VersionAction(argparse.Action):
    """``--version``, looking the version up only when asked (see ``app.__getattr__``)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "show program's version number and exit")
        super().__init__(
            option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, nargs=0, **kwargs
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:

        # deferred: reading the package metadata costs ~25 ms (see app.__getattr__)
        from app import __version__

        print(f"{APP_NAME} {__version__}")
        parser.exit()


def main_gui() -> int:
    """Entry point for desktop launchers (no console window on Windows)."""
    return main()
