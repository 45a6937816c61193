"""The demo: the built-in sandbox, its accounts and the bundled sample.

Used by ``--demo``, the smoke run and the start page's *Try with sample data*.

Kept apart from ``app.ui.launch`` so the File step and the smoke run can open the sample without
importing the start-up module that imports them.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.conversion.mapping import load_mapping
from app.core.destinations import all_destinations
from app.paths import samples_dir
from app.ui.state import Account

log = logging.getLogger(__name__)

DEMO_SAMPLE = "webinar-attendees.xlsx"
DEMO_MAPPING = "webinar-attendees.mapping.json"

DEMO_PORT = 47615  # the demo sandbox's address stays the same from run to run when it is free


def start_demo_sandbox(stack: contextlib.ExitStack, port: int = DEMO_PORT) -> Any:
    """Start the built-in sandbox for the demo on ``port``, or any free port if it is taken.

    ``stack`` stops it. A stable address keeps the journal's record of demo deliveries (keyed by
    host and port) valid from one demo to the next.
    """
    # deferred: the sandbox server costs ~60 ms and serves only the demo
    from app.sandbox.server import SandboxConfig, SandboxServer

    try:
        server = SandboxServer(SandboxConfig(seed=1), port=port).start()
    except OSError as exc:
        log.info("demo port %s is taken (%s); the sandbox takes a free one", port, exc)
        server = SandboxServer(SandboxConfig(seed=1)).start()
    stack.callback(server.stop)
    return server


def demo_accounts(sandbox: Any) -> list[Any]:
    """Return the sandbox's account of every destination it imitates, verified, in registry order.

    Each destination says which of the sandbox's credentials make its account
    (``Destination.demo_account``).
    """
    creds = sandbox.credentials
    label = QCoreApplication.translate("launch", "Demo sandbox")
    accounts = []
    for destination in all_destinations():
        found = destination.demo_account(creds)
        if found is None:
            continue
        app_id, secrets = found
        accounts.append(
            Account(
                destination=destination.key,
                app_id=app_id,
                label=label,
                base_url=sandbox.base_url,
                secrets=secrets,
                verified=True,
                demo=True,
            )
        )
    return accounts


def demo_account(sandbox: Any) -> Any:
    """Return the HubSpot account of the sandbox (the one the demo's sample goes to)."""
    return demo_accounts(sandbox)[0]


def prepare_demo(window: Any, sandbox: Any, file: Path | None = None) -> None:
    """Offer the sandbox's accounts, preselect HubSpot's and open ``file``, else the sample.

    ``event-loader --demo FILE`` tries one's own file against the sandbox: the sample's
    mapping would only name columns that file does not have, so it is left out. Choosing
    another destination in the Destination step offers its demo account.
    """
    accounts = demo_accounts(sandbox)
    for account in accounts:
        window.context.accounts.add_demo(account)
    account = accounts[0]
    window.state.account = account
    if file is not None:
        window.open_file(file)
        return
    window.state.mapping = load_mapping(samples_dir() / DEMO_MAPPING)
    window.open_file(samples_dir() / DEMO_SAMPLE)


def try_sample_data(window: Any) -> bool:
    """Open the demo's sample on the built-in sandbox from the start page (*Try with sample data*).

    The window's sandbox is started on first use and stops when the program quits; the window
    then works as ``--demo`` does. Return False when this is not the main window or the sandbox
    cannot start (said in the log).
    """
    if not callable(getattr(window, "open_file", None)):
        return False
    sandbox = getattr(window, "demo_sandbox", None)
    if sandbox is None:
        stack = contextlib.ExitStack()
        try:
            sandbox = start_demo_sandbox(stack)
        except OSError:
            log.exception("the built-in sandbox did not start for the sample data")
            return False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stack.close)
        window.destroyed.connect(stack.close)
        window.demo_sandbox = sandbox
    window.context.demo = True
    window.state.demo = True
    prepare_demo(window, sandbox)
    update_title = getattr(window, "_update_title", None)
    if callable(update_title):
        update_title()
    return True
