"""``event-loader --smoke``: prove a build works by walking the real window through the sample.

It starts the built-in sandbox, opens the bundled webinar sample in the File step, goes through
Destination (the sandbox account), Mapping (the sample's mapping) and Preview, and checks that the
counts add up. It prints one line and returns 0, or a one-line reason and a non-zero code. CI and
the installers run it against a frozen build, offscreen.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QThreadPool
from PySide6.QtWidgets import QApplication

from app.core.logs import redact
from app.ui.accounts import AccountStore
from app.ui.context import AppContext
from app.ui.demo import prepare_demo, start_demo_sandbox
from app.ui.main_window import MAPPING_STEP, PREVIEW_STEP, MainWindow

SMOKE_TIMEOUT_S = 30.0


class SmokeFailure(Exception):
    """A step of the smoke run did not do what it should."""


def _wait_until(
    app: QApplication, condition: Callable[[], bool], what: str, deadline: float
) -> None:
    while not condition():
        if time.monotonic() > deadline:
            raise SmokeFailure(f"timed out waiting for {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


def _step_name(window: Any) -> str:
    return type(window.current_step()).__name__


def run_file_smoke(app: QApplication, settings: Any, hook: Any, file: str) -> int:
    """Open ``file`` in the window as ``event-loader FILE`` does; report what the File step read.

    Proves that a double-click or "Open with" reaches the window with the file loaded.
    """
    deadline = time.monotonic() + SMOKE_TIMEOUT_S
    window = MainWindow(AppContext(settings=settings, accounts=AccountStore(), read_only=True))
    try:
        window.show()
        window.open_file(Path(file))
        step = window.file_step
        _wait_until(
            app,
            lambda: step.is_complete() or step.error_message.isVisible() or bool(hook.errors),
            "the file to load",
            deadline,
        )
        sheet = window.state.sheet
        if not step.is_complete() or sheet is None:
            raise SmokeFailure("file not loaded: " + step.error_message.text.text())
        print(
            f"smoke ok: opened {Path(file).name}: {len(sheet.rows)} rows, "
            f"{len(sheet.headers)} columns"
        )
        window.hide()
        return 0
    except SmokeFailure as failure:
        print(f"smoke failed: {failure}", file=sys.stderr)
        return 1
    finally:
        step = window.file_step
        step.shutdown()
        window.deleteLater()

        QThreadPool.globalInstance().waitForDone(5000)


def run_smoke(app: QApplication, settings: Any, hook: Any, file: str | None = None) -> int:
    """Run the smoke check (on ``file`` when given, else the demo walk); return the exit code."""
    if file:
        return run_file_smoke(app, settings, hook, file)

    started = time.monotonic()
    deadline = started + SMOKE_TIMEOUT_S
    window = None
    try:
        with contextlib.ExitStack() as stack:
            sandbox = start_demo_sandbox(stack)
            context = AppContext(
                settings=settings, accounts=AccountStore(), demo=True, read_only=True
            )
            window = MainWindow(context)
            window.show()
            prepare_demo(window, sandbox)
            file_step = window.file_step

            def sample_settled() -> bool:
                return (
                    file_step.is_complete()
                    or bool(hook.errors)
                    or file_step.error_message.isVisible()
                )

            _wait_until(app, sample_settled, "the sample to load", deadline)
            if not window.file_step.is_complete():
                raise SmokeFailure(
                    "sample not loaded: " + window.file_step.error_message.text.text()
                )
            sheet = window.state.sheet
            for expected in (1, 2, 3):
                if not window.go_next():
                    raise SmokeFailure(
                        f"could not leave {_step_name(window)}: {window.status_label.text()}"
                    )
                if window.current_index != expected:
                    raise SmokeFailure(f"expected step {expected + 1}, got {_step_name(window)}")
                if expected == MAPPING_STEP:
                    _wait_until(
                        app, window.current_step().is_complete, "a complete mapping", deadline
                    )
            preview = window.steps[PREVIEW_STEP]
            _wait_until(app, preview.is_complete, "the preview of every row", deadline)
            preview.leave(window.state)
            conversion = window.state.conversion
            if conversion is None or sheet is None:
                raise SmokeFailure("the preview produced no conversion")
            counts = conversion.counts
            rows = len(sheet.rows)
            total = counts["valid"] + counts["invalid"] + counts["duplicate"]
            if rows == 0 or total != rows or len(conversion.outcomes) != rows:
                raise SmokeFailure(f"counts do not add up: {rows} rows, {dict(counts)}")
            if counts["valid"] == 0:
                raise SmokeFailure(f"no valid row in the sample: {dict(counts)}")
            if hook.errors:
                raise SmokeFailure(hook.errors[0])
            elapsed = time.monotonic() - started
            print(
                f"smoke ok: {rows} rows, {counts['valid']} valid, {counts['invalid']} invalid, "
                f"{counts['duplicate']} duplicate ({elapsed:.1f} s)"
            )
            window.hide()
            return 0
    except SmokeFailure as failure:
        print(f"smoke failed: {failure}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        reason = redact(str(exc)).splitlines()[0] if str(exc) else ""
        print(f"smoke failed: {type(exc).__name__}: {reason}", file=sys.stderr)

        logging.getLogger(__name__).exception("smoke failed")
        return 1
    finally:
        if window is not None:
            window.file_step.shutdown()
            window.deleteLater()

        QThreadPool.globalInstance().waitForDone(5000)
