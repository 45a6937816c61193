"""``event-loader sandbox``: run the built-in imitation of HubSpot and Pipeless on this computer.

Lets a tester point the window, the ``upload`` command or a script at a local API that behaves
like the real ones, with faults on request. ``--ready-file`` lets another process wait for the
server without parsing its output.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from app.cli.main import EXIT_OK, EXIT_UNUSABLE
from app.core.destinations import Destination, all_destinations
from app.sandbox.imitations import all_settings


class _SandboxParser(argparse.ArgumentParser):
    """Adds each imitation's own options when ``sandbox`` is parsed, not when any command is.

    Every command builds every subcommand's parser; importing the imitations there would slow
    the start of ``check`` and ``upload`` for options only ``sandbox`` reads.
    """

    groups: dict[str, Any]

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:  # noqa: D102
        if not getattr(self, "_imitation_options_added", False):
            self._imitation_options_added = True
            add_imitation_options(self.groups)
        return super().parse_known_args(args, namespace)


def add_parser(subparsers: Any) -> None:
    """Register ``sandbox`` and its options."""
    parser = subparsers.add_parser(
        "sandbox",
        help="run a local test server imitating the HubSpot and Pipeless APIs",
        description="Run a local server on 127.0.0.1 that imitates the HubSpot timeline events "
        "and Pipeless events APIs, with demo accounts and optional faults. Stop it with Ctrl+C.",
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (0 = any free port)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random faults (default 0)")
    parser.add_argument(
        "--ready-file",
        metavar="PATH",
        help="write the base URL to this file once the server listens",
    )
    faults = parser.add_argument_group("limits and faults")
    faults.add_argument(
        "--retry-after",
        type=float,
        metavar="SECONDS",
        help="send Retry-After with every 429 (default: no header)",
    )
    faults.add_argument("--latency-ms", type=float, default=0.0, help="delay every API answer")
    faults.add_argument(
        "--latency-jitter-ms", type=float, default=0.0, help="add a random 0..N ms to the delay"
    )
    faults.add_argument(
        "--error-rate",
        type=float,
        default=0.0,
        metavar="P",
        help="share of event requests answered 500/502/503/504 (0..1)",
    )
    faults.add_argument(
        "--timeout-rate",
        type=float,
        default=0.0,
        metavar="P",
        help="share of event requests stored but answered only after --timeout-s",
    )
    faults.add_argument("--timeout-s", type=float, default=3.0, help="delay of those answers")
    faults.add_argument(
        "--reset-rate",
        type=float,
        default=0.0,
        metavar="P",
        help="share of event requests whose connection is reset",
    )
    faults.add_argument(
        "--burst-429-every",
        type=int,
        default=0,
        metavar="N",
        help="after every N event requests, answer 429 to the next few",
    )
    faults.add_argument(
        "--burst-429-length",
        type=int,
        default=3,
        metavar="N",
        help="how many 429 answers in a row (default 3)",
    )
    faults.add_argument(
        "--fault-scope",
        choices=("writes", "all"),
        default="writes",
        help="faults on event-creating requests only (default) or on all",
    )
    policies = parser.add_argument_group("choices where the API docs are silent")
    parser.__class__ = _SandboxParser
    parser.groups = {"limits": faults, "policies": policies}
    parser.set_defaults(run=run)


def add_imitation_options(groups: dict[str, Any]) -> None:
    """Add the options each imitation declares for its settings (``Imitation.settings``)."""
    for setting in all_settings():
        if setting.flag is None:
            continue
        options: dict[str, Any] = {"help": setting.help, "metavar": setting.metavar}
        if setting.choices:
            options["choices"] = setting.choices
        else:
            options["type"] = float if setting.annotation.startswith("float") else int
        default = setting.default
        options["default"] = 0 if setting.zero_is_none and default is None else default
        groups[setting.group].add_argument(setting.flag, dest=setting.name, **options)


def config_from_args(args: argparse.Namespace) -> Any:
    """Build the SandboxConfig the options describe (0 switches a limit off)."""
    # deferred: the sandbox costs ~17 ms at every command's start
    from app.sandbox.config import SandboxConfig

    own: dict[str, Any] = {}
    for setting in all_settings():
        if setting.flag is not None:
            value = getattr(args, setting.name)
            own[setting.name] = (value or None) if setting.zero_is_none else value
    return SandboxConfig(
        seed=args.seed,
        retry_after=args.retry_after,
        latency_ms=args.latency_ms,
        latency_jitter_ms=args.latency_jitter_ms,
        error_rate_5xx=args.error_rate,
        timeout_rate=args.timeout_rate,
        timeout_s=args.timeout_s,
        reset_rate=args.reset_rate,
        burst_429_every=args.burst_429_every or None,
        burst_429_length=args.burst_429_length,
        fault_scope=args.fault_scope,
        **own,
    ).validated()


def _write_ready_file(path: Path, base_url: str) -> None:
    """Write atomically, so a watcher never reads half a URL."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(base_url + "\n", encoding="utf-8")
    os.replace(partial, path)


def run(args: argparse.Namespace) -> int:
    """Serve until Ctrl+C or SIGTERM; exit 0."""
    # deferred: the sandbox server costs ~35 ms at every command's start
    from app.sandbox.server import SandboxServer

    try:
        config = config_from_args(args)
    except ValueError as exc:
        print(f"event-loader: sandbox: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        server = SandboxServer(config, port=args.port).start()
    except OSError as exc:
        print(
            f"event-loader: sandbox: cannot listen on port {args.port}: {exc.strerror or exc}. "
            "Choose another --port, or 0 for any free port.",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE

    stop = threading.Event()
    # Both signals explicitly: a process started in the background inherits SIGINT ignored.
    previous = {
        sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGTERM, signal.SIGINT)
    }
    try:
        creds = server.credentials
        print(f"Sandbox listening on {server.base_url}", flush=True)
        for destination in all_destinations():
            line = account_line(destination, creds)
            if line:
                print(f"  {line}")
        print(f"  What arrived: {server.base_url}/_sandbox/events   Stop: Ctrl+C", flush=True)
        if args.ready_file:
            _write_ready_file(Path(args.ready_file), server.base_url)
        while not stop.wait(0.2):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        server.stop()
    print("Sandbox stopped.", flush=True)
    return EXIT_OK


def account_line(destination: Destination, credentials: dict[str, Any]) -> str:
    """Return one line with a destination's sandbox account: its id, then each of its secrets.

    The sandbox names its credentials ``<attr>_<name>``; a longer prefix of another destination
    (``hubspot_events_`` under ``hubspot_``) belongs to that one. '' when the sandbox has none.
    """
    prefix = f"{destination.attr}_"
    others = [
        f"{d.attr}_"
        for d in all_destinations()
        if d is not destination and d.attr.startswith(prefix)
    ]
    own = {
        name[len(prefix) :]: value
        for name, value in credentials.items()
        if name.startswith(prefix) and not name.startswith(tuple(others))
    }
    if destination.demo_id_key not in own:
        return ""
    account_id = own.pop(destination.demo_id_key)
    secrets = ", ".join(
        f"{name.replace('_', ' ').replace('api key', 'API key')} {value}"
        for name, value in own.items()
    )
    return f"{destination.display_name} {destination.account_id_word} {account_id}: {secrets}"
