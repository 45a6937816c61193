"""The ``event-loader`` command: the window by default, or a headless subcommand.

``event-loader``                 opens the window
``event-loader --demo``          opens the window on the built-in sandbox with the bundled sample
``event-loader --smoke``         starts the window, loads the sample through the real steps, exits 0
``event-loader check|map|upload|login|sandbox ...``   headless use (see each ``--help``)

Subcommand modules are imported here only to register their arguments; each keeps its heavy
imports inside its ``run`` so that starting the window stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from app import APP_NAME, __version__

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


def build_parser(*, with_file: bool = True) -> argparse.ArgumentParser:
    """Build the argument parser with every available subcommand.

    ``with_file=False`` leaves out the window's optional FILE: argparse would otherwise give a
    subcommand's name to it and read the subcommand's own FILE as the command.
    """
    parser = argparse.ArgumentParser(
        prog="event-loader",
        description=f"{APP_NAME}: turn a spreadsheet into events in HubSpot or Pipeless.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on the built-in sandbox with a sample file",
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
        parser.add_argument("file", nargs="?", help=argparse.SUPPRESS)
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
    if args_list and args_list[0] in SUBCOMMANDS:
        args = build_parser(with_file=False).parse_args(args_list)
    else:
        # Without a subcommand, a lone positional is a file to open in the window.
        args, _unknown = build_parser().parse_known_args(args_list)
        args.command = None
    if args.command:
        _log_to_file()
        try:
            return int(args.run(args))
        except KeyboardInterrupt:
            print("Interrupted. Run the same command again to resume.", file=sys.stderr)
            return EXIT_INTERRUPTED
    from app.ui.launch import launch_window

    return launch_window(args)


def _log_to_file() -> None:
    """Send a command's log records to the per-user log file, never raw to the terminal.

    Without a handler, Python prints warnings on stderr next to the command's own one-line
    messages; a log folder that cannot be written leaves the records unprinted instead.
    """
    import logging

    from app.core.logs import setup_file_logging
    from app.paths import log_dir

    try:
        setup_file_logging(log_dir())
    except OSError:
        logging.getLogger().addHandler(logging.NullHandler())


def main_gui() -> int:
    """Entry point for desktop launchers (no console window on Windows)."""
    return main()
