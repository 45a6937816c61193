"""Starting the window: language, translations, the error hook and dialog, demo mode, --smoke."""
# ruff: noqa: F811 - pytest fixtures imported from shell_support are parameters here

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from shell_support import memory_keyring, wait_pool  # noqa: F401

from app.core.logs import LOG_FILE_NAME
from app.paths import log_dir
from app.ui import launch
from app.ui.dialogs.error_dialog import ErrorDialog, format_details
from app.ui.launch import ExceptionHook, choose_language, install_translators
from app.ui.runtime import GUI_SWITCH_INTERVAL_S

ROOT = Path(__file__).resolve().parents[2]


def test_language_order_flag_then_setting_then_system():
    assert choose_language("fr", "en", QLocale("en_US")) == "fr"
    assert choose_language(None, "fr", QLocale("en_US")) == "fr"
    assert choose_language("fr-CA", None, QLocale("en_US")) == "fr"
    assert choose_language(None, None, QLocale("fr_BE")) == "fr"
    assert choose_language("de", None, QLocale("de_DE")) == "en"  # unsupported: English


def test_english_translation_gives_singular_forms(qapp):
    translators = install_translators(qapp, "en")
    try:
        assert translators, "the English plural file must load"
        assert QCoreApplication.translate("FileStep", "%Ln rows", "", 1) == "1 row"
        assert QCoreApplication.translate("FileStep", "%Ln rows", "", 3) == "3 rows"
        # One row left after a fix: not "Send all 1 row".
        send = QCoreApplication.translate("UploadStep", "Send &all %Ln rows", "", 1)
        assert send == "Send &all (1 row)"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_error_dialog_copies_redacted_details(qtbot):
    try:
        raise RuntimeError("refused Authorization: Bearer sandbox-secret-value")
    except RuntimeError as exc:
        details = format_details(type(exc), exc, exc.__traceback__)
    dialog = ErrorDialog("The upload could not start.", details)
    qtbot.addWidget(dialog)
    assert "sandbox-secret-value" not in dialog.details
    assert "Traceback" not in dialog.message_label.text()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "RuntimeError" in copied and "sandbox-secret-value" not in copied


def test_exception_hook_shows_friendly_dialog_and_logs_details(qtbot, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(
        ErrorDialog, "exec", lambda self: shown.append((self.message_label.text(), self.details))
    )
    hook = ExceptionHook(interactive=True)
    try:
        raise ValueError("hapikey=dev-key-123456 was wrong")
    except ValueError as exc:
        with caplog.at_level(logging.ERROR):
            hook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    message, details = shown[0]
    assert "Traceback" not in message
    assert "dev-key-123456" not in message and "dev-key-123456" not in details
    assert hook.errors and hook.errors[0].startswith("ValueError")
    assert any("Unexpected error" in r.getMessage() for r in caplog.records)


def test_exception_hook_in_smoke_mode_only_records(monkeypatch):
    monkeypatch.setattr(
        ErrorDialog, "exec", lambda self: (_ for _ in ()).throw(AssertionError("no dialog"))
    )
    hook = ExceptionHook(interactive=False)
    try:
        raise KeyError("x")
    except KeyError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert hook.errors == ["KeyError: 'x'"]


def test_demo_mode_opens_the_sample_on_the_sandbox_and_stops_it(
    qapp, monkeypatch, memory_keyring, wait_pool
):  # noqa: F811
    seen = {}
    started = []
    original = launch.start_demo_sandbox

    def start(stack):
        server = original(stack)
        started.append(server.base_url)
        return server

    monkeypatch.setattr(launch, "start_demo_sandbox", start)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    def check_and_close():
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if type(w).__name__ == "MainWindow" and w.isVisible()
        ]
        if not windows or not windows[0].file_step.is_complete():
            QTimer.singleShot(50, check_and_close)
            return
        window = windows[0]
        seen["switch interval"] = sys.getswitchinterval()
        seen["title"] = window.windowTitle()
        seen["account"] = window.state.account
        seen["template"] = window.state.mapping.hubspot.event_template_id
        seen["rows"] = len(window.state.sheet.rows)
        window.close()

    QTimer.singleShot(0, check_and_close)
    before = sys.getswitchinterval()
    code = launch.launch_window(argparse.Namespace(demo=True, smoke=False, lang="en", file=None))
    assert code == 0
    # While the window runs the GUI thread gets the GIL within 1 ms; afterwards as before.
    assert seen["switch interval"] == GUI_SWITCH_INTERVAL_S < before
    assert sys.getswitchinterval() == before
    assert seen["title"] == "webinar-attendees.xlsx \u2014 Demo \u2014 Event Loader"
    assert seen["account"].base_url == started[0] and seen["account"].verified
    assert seen["template"] == "1009877" and seen["rows"] > 100
    # The sandbox was stopped on quit: its port no longer answers.
    import httpx

    try:
        httpx.get(started[0] + "/", timeout=1)
        answered = True
    except httpx.HTTPError:
        answered = False
    assert not answered
    assert (log_dir() / LOG_FILE_NAME).exists()


def run_app(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_smoke_runs_the_real_steps_and_exits_0():
    started = time.monotonic()
    result = run_app("--smoke")
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip().splitlines()[-1]
    assert line.startswith("smoke ok: ")
    assert "rows" in line and "valid" in line
    assert "Traceback" not in result.stderr
    assert elapsed < 30


def test_smoke_failure_is_one_line_and_non_zero(tmp_path):
    env_samples = tmp_path / "resources"
    env_samples.mkdir()
    # A frozen-looking bundle without samples: the smoke run must say so in one line.
    script = (
        f"import sys; sys._MEIPASS = {str(tmp_path)!r}; "
        "from app.cli.main import main; raise SystemExit(main(['--smoke']))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("smoke failed")]
    assert len(errors) == 1
    assert "Traceback" not in result.stderr


def test_a_file_named_on_the_command_line_is_opened(qapp, monkeypatch, wait_pool):
    from shell_support import LIKES, sample

    seen = {}

    def check_and_close():
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if type(w).__name__ == "MainWindow" and w.isVisible()
        ]
        if not windows or not windows[0].file_step.is_complete():
            QTimer.singleShot(50, check_and_close)
            return
        seen["path"] = windows[0].state.file_path
        seen["demo"] = windows[0].state.demo
        windows[0].close()

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    QTimer.singleShot(0, check_and_close)
    code = launch.launch_window(
        argparse.Namespace(demo=False, smoke=False, lang="en", file=str(sample(LIKES)))
    )
    assert code == 0
    assert seen == {"path": sample(LIKES), "demo": False}


def test_demo_with_a_file_opens_that_file_on_the_sandbox_account(
    qapp, monkeypatch, memory_keyring, wait_pool
):  # noqa: F811
    from shell_support import LIKES, sample

    seen = {}

    def check_and_close():
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if type(w).__name__ == "MainWindow" and w.isVisible()
        ]
        if not windows or not windows[0].file_step.is_complete():
            QTimer.singleShot(50, check_and_close)
            return
        window = windows[0]
        seen["path"] = window.state.file_path
        seen["demo account"] = window.state.account is not None and window.state.account.verified
        seen["mapped"] = sorted(window.state.mapping.fields) if window.state.mapping else []
        window.close()

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    QTimer.singleShot(0, check_and_close)
    code = launch.launch_window(
        argparse.Namespace(demo=True, smoke=False, lang="en", file=str(sample(LIKES)))
    )
    assert code == 0
    # The marketer's own file, not the bundled sample, and no webinar mapping carried onto it.
    assert seen["path"] == sample(LIKES)
    assert seen["demo account"]
    assert not any(name.startswith("tokens.") for name in seen["mapped"])


def test_smoke_leaves_no_settings_or_mappings_behind(tmp_path):
    config = tmp_path / "config"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EVENT_LOADER_CONFIG_DIR=str(config))
    result = subprocess.run(
        [sys.executable, "-m", "app", "--smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert not config.exists() or not any(config.rglob("*.json"))


def test_french_installs_qt_translation_and_local_number_format(qapp):
    translators = install_translators(qapp, "fr")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert QLocale().toString(1198) == "1\u202f198" or QLocale().toString(1198) == "1\u00a0198"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))


def test_the_demo_sandbox_keeps_its_address_and_falls_back_when_taken():
    import contextlib
    import socket

    from app.sandbox.server import SandboxServer

    with socket.socket() as probe:  # a port free right now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    addresses = []
    for _ in range(2):  # two demos one after the other: the same address
        with contextlib.ExitStack() as stack:
            addresses.append(launch.start_demo_sandbox(stack, port=port).base_url)
    assert addresses == [f"http://127.0.0.1:{port}"] * 2
    with SandboxServer(port=port) as taken, contextlib.ExitStack() as stack:
        demo = launch.start_demo_sandbox(stack, port=port)
        assert demo.port != taken.port  # taken: another free port, and the demo still runs
        import httpx

        assert httpx.get(demo.base_url + "/_sandbox/", timeout=5).status_code == 200


def test_plurals_stay_right_when_the_translation_is_compiled_again_while_running(
    qapp, qtbot, tmp_path, monkeypatch
):
    """A .qm compiled again in place under a running window gave "3 champ obligatoire…"."""
    from shell_support import sample

    from app.core.conversion.mapping import Mapping, load_mapping
    from app.core.reading.sheet import read_sheet
    from app.core.settings import Settings
    from app.ui.accounts import AccountStore
    from app.ui.context import AppContext
    from app.ui.state import WizardState
    from app.ui.views.mapping_step import MappingStep

    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    shipped = launch.resources_dir() / "translations"
    for name in ("event_loader_fr.qm", "event_loader_en.qm"):
        (folder / name).write_bytes((shipped / name).read_bytes())
    monkeypatch.setattr(launch, "resources_dir", lambda: tmp_path / "resources")
    translators = install_translators(qapp, "fr")
    try:
        # Compiled again in place (same file, other content), as lrelease writes it.
        with open(folder / "event_loader_fr.qm", "r+b") as qm:
            qm.write((folder / "event_loader_en.qm").read_bytes())
            qm.truncate()
        page = MappingStep(AppContext(settings=Settings(), accounts=AccountStore()))
        qtbot.addWidget(page)
        page.resize(1024, 700)
        page.show()
        path = tmp_path / "relations.csv"
        path.write_text("Identifiant,Date\r\ncafé-1,2025-04-01\r\n", encoding="utf-8")
        settings = load_mapping(sample("post-likes.mapping.json")).pipeless
        page.enter(
            WizardState(
                file_path=path,
                sheet=read_sheet(path),
                mapping=Mapping("pipeless", {}, pipeless=settings),
            )
        )
        page.select_target("start_object.id")
        combo = page.source_combo
        combo.setFocus()
        with qtbot.waitSignal(page.status_changed) as status:
            qtbot.keyClicks(combo, "Identifiant")
        missing = len(page.model.missing_required())
        assert missing >= 2
        assert status.args == [f"{missing} champs obligatoires ne sont pas mappés"]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))
