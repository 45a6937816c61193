"""The window imports what later steps need in the background once shown, not in their workers."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from app.ui.warm_up import warm_up_in_background

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from PySide6.QtWidgets import QApplication
from app.ui.main_window import MainWindow

app = QApplication([])
window = MainWindow()
before = {"httpx", "keyring", "app.api.factory", "app.core.reports.report"} & set(sys.modules)
window.show()
window.warm_up.join(30)
after = {"httpx", "keyring", "app.api.factory", "app.core.reports.report"} & set(sys.modules)
print(sorted(before), sorted(after))
"""


def test_showing_the_window_imports_the_http_stack_and_keychain_in_the_background(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("EVENT_LOADER_CONFIG_DIR", "EVENT_LOADER_STATE_DIR", "EVENT_LOADER_LOG_DIR"):
        env[name] = str(tmp_path / name.lower())
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    last = done.stdout.strip().splitlines()[-1]
    assert last == "[] ['app.api.factory', 'app.core.reports.report', 'httpx', 'keyring']"


def test_a_module_that_cannot_be_imported_is_logged_not_raised(caplog):
    with caplog.at_level(logging.WARNING, logger="app.ui.warm_up"):
        warm_up_in_background(("app.no_such_module", "json")).join(10)
    assert "app.no_such_module" in caplog.text
