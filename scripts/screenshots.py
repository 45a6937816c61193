"""Render every step of the window to PNG files (offscreen), for the README and for review.

Usage: ``python scripts/screenshots.py [OUT_DIR] [--lang fr] [--dark]`` (default
``docs/screenshots``). It runs the demo flow on the built-in sandbox: empty File step, the sample
loaded, Destination, Mapping, Preview, Upload (ready, after the test batch, while sending) and
Results.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    """Render the screens; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, nargs="?", default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--size", default="1100x720")
    args = parser.parse_args()
    for name in ("EVENT_LOADER_CONFIG_DIR", "EVENT_LOADER_STATE_DIR", "EVENT_LOADER_LOG_DIR"):
        os.environ.setdefault(name, tempfile.mkdtemp(prefix="el-shots-"))

    from PySide6.QtCore import QEventLoop
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from app.core.settings import load_settings
    from app.ui.accounts import AccountStore
    from app.ui.context import AppContext
    from app.ui.launch import (
        create_application,
        install_translators,
        prepare_demo,
        start_demo_sandbox,
    )
    from app.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    app.setStyle("Fusion")
    if args.dark:
        palette = QPalette()
        for role, color in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.WindowText, "#eeeeee"),
            (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.AlternateBase, "#333333"),
            (QPalette.ColorRole.Text, "#eeeeee"),
            (QPalette.ColorRole.Button, "#3a3a3a"),
            (QPalette.ColorRole.ButtonText, "#eeeeee"),
            (QPalette.ColorRole.Highlight, "#3d7ad6"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
            (QPalette.ColorRole.PlaceholderText, "#a0a0a0"),
        ):
            palette.setColor(role, QColor(color))
        app.setPalette(palette)
    translators = install_translators(app, args.lang)  # noqa: F841 - keep alive
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(seconds: float = 0.3, until=None) -> None:  # noqa: ANN001
        end = time.monotonic() + 20
        stop = time.monotonic() + seconds
        while time.monotonic() < stop or (
            until is not None and not until() and time.monotonic() < end
        ):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)

    def shot(window: MainWindow, name: str) -> None:
        settle(0.2)
        path = args.out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    with contextlib.ExitStack() as stack:
        sandbox = start_demo_sandbox(stack)
        context = AppContext(settings=load_settings(), accounts=AccountStore(), demo=True)
        window = MainWindow(context)
        window.resize(width, height)
        window.show()
        shot(window, "1-file-empty")
        prepare_demo(window, sandbox)
        settle(0.2, until=window.file_step.is_complete)
        shot(window, "1-file")
        window.go_next()
        settle(0.3)
        shot(window, "2-destination")
        window.go_next()
        settle(0.3)
        shot(window, "3-mapping")
        window.go_next()
        settle(0.5, until=window.current_step().is_complete)
        shot(window, "4-preview")
        preview = window.current_step()
        if hasattr(preview, "filter_by_code"):
            preview.problems_only.setChecked(True)
            shot(window, "4-preview-problems")
            preview.problems_only.setChecked(False)
        window.go_next()
        upload = window.current_step()
        if hasattr(upload, "session"):
            settle(0.3, until=lambda: upload._phase == "ready")
            shot(window, "5-upload-ready")
            sandbox.configure(latency_ms=400)  # slow enough to catch the upload under way
            upload.test_button.click()
            settle(0.3, until=lambda: upload._phase == "test_done")
            shot(window, "5-upload-test-batch")
            upload.continue_button.click()
            settle(0.2)
            shot(window, "5-upload-sending")
            settle(0.3, until=lambda: window.current_step() is not upload)
            results = window.current_step()
            settle(0.5, until=lambda: getattr(results, "results", None) is not None)
            shot(window, "6-results")
        window.hide()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
