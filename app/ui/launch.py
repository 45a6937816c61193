"""Start the window: application identity, language, log file, error hook, demo and smoke modes.

The window's own modules are imported here at the top: launching means showing them. The API
clients, the keychain and the reports wait until the window shows (``app.ui.warm_up``), and the
sandbox is loaded only for the demo (``app.ui.demo``).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QThreadPool, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_ID, APP_NAME, __version__
from app.core.logs import CrashTrace, redact, setup_file_logging, start_crash_trace
from app.core.settings import load_settings
from app.paths import log_dir, resources_dir
from app.ui import resume
from app.ui.accounts import AccountStore
from app.ui.context import AppContext
from app.ui.demo import prepare_demo, start_demo_sandbox
from app.ui.dialogs.error_dialog import ErrorDialog, format_details
from app.ui.file_open import EventLoaderApplication
from app.ui.main_window import MainWindow
from app.ui.qt_translations import install_qt_translations
from app.ui.runtime import WindowRuntime
from app.ui.smoke import run_smoke
from app.ui.workers import describe_error

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en", "fr")


def choose_language(requested: str | None, saved: str | None, system: QLocale | None = None) -> str:
    """Return the interface language: ``--lang``, the setting, the system's, else English."""
    for code in (requested, saved):
        if code:
            short = code.lower().replace("-", "_").split("_")[0]
            if short in SUPPORTED_LANGUAGES:
                return short
    for name in (system or QLocale.system()).uiLanguages():
        short = name.lower().replace("-", "_").split("_")[0]
        if short in SUPPORTED_LANGUAGES:
            return short
    return "en"


def interface_locale(language: str, system: QLocale | None = None) -> QLocale:
    """Return the locale whose formats the window uses for ``language``.

    The system's own when it speaks that language (a Belgian keeps fr_BE, a Briton en_GB's
    day-first dates), else the language's main one (French chosen on an English system: fr_FR).
    """
    system = system or QLocale.system()
    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted


class MemoryTranslator(QTranslator):
    """A translator that reads its .qm file once into memory and keeps that copy.

    ``QTranslator.load(filename)`` maps the file: compiling the .qm again in place while the
    window runs (the translation script, an update) changed the texts under it, and the
    window showed the wrong plural ("4 ligne est prête", "3 champ obligatoire n'est pas
    mappé"). A copy in memory cannot change; Qt reads it without copying, so it is kept here.
    """

    def __init__(self, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._data = b""

    def load_file(self, path: Path) -> bool:
        """Load ``path``; return False if it is missing or not a translation file."""
        try:
            data = path.read_bytes()
        except OSError:
            return False
        if not self.load(data, str(path.parent)):
            return False
        self._data = data
        return True


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own translation and ours for ``language``; return them (keep them alive).

    The language's locale becomes the default, so dates and numbers are written its way.
    """
    installed: list[QTranslator] = []
    QLocale.setDefault(interface_locale(language))
    installed += install_qt_translations(app, language)
    # English has a file too: it holds the singular forms of "%n rows" and the like.
    ours = MemoryTranslator(app)
    if ours.load_file(resources_dir() / "translations" / f"event_loader_{language}.qm"):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.info("no translation file for %s; the interface stays in English", language)
    return installed


class ExceptionHook:
    """Turn an unexpected exception into the friendly dialog (GUI) or one line (smoke).

    The redacted traceback goes to the log; the dialog offers it under "Copy details". A second
    error while the dialog is open is only logged, so a failing timer cannot stack dialogs.
    """

    def __init__(self, interactive: bool = True) -> None:
        self.interactive = interactive
        self.errors: list[str] = []
        self._showing = False

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """Handle one uncaught exception."""
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        details = format_details(exc_type, exc, tb)
        log.error("Unexpected error\n%s", details)
        self.errors.append(f"{exc_type.__name__}: {redact(str(exc))}".splitlines()[0])
        if not self.interactive or self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            parent = QApplication.activeWindow()
            ErrorDialog(redact(describe_error(exc)), details, parent).exec()
        finally:
            self._showing = False

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """Log exceptions of plain threads (they cannot show a dialog themselves)."""
        if args.exc_type is not None and args.exc_value is not None:
            details = format_details(args.exc_type, args.exc_value, args.exc_traceback)
            log.error("Unexpected error in a background thread\n%s", details)


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication with the program's identity (reuses an existing one in tests).

    It is made an ``EventLoaderApplication`` so that a file macOS hands over by event (Finder,
    the Dock icon) is received from the first event on.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = EventLoaderApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    icon_path = resources_dir() / "icons" / "app.svg"
    if icon_path.exists():
        app.setWindowIcon(QIcon(str(icon_path)))
    return app


def offer_unfinished_upload(window: Any) -> bool:
    """Offer to resume an upload a crash cut short; on yes, open the Upload step with it.

    A file opened in the meantime (macOS hands a double-clicked file over once the window runs)
    comes first, as a file named on the command line does: nothing is offered then.
    """
    if window.file_step.loading or window.state.sheet is not None:
        return False
    try:
        if not resume.offer_resume(window, window.state):
            return False
    except Exception:  # noqa: BLE001 - a damaged ticket must not stop the window from opening
        log.exception("could not offer to resume the last upload")
        return False
    window.show_upload_step()
    return True


def launch_window(args: argparse.Namespace) -> int:
    """Run the window until it closes; return the process exit code."""
    demo = bool(getattr(args, "demo", False))
    smoke = bool(getattr(args, "smoke", False))
    log_file = setup_file_logging(log_dir())
    crash = start_crash_trace(log_dir())  # a native crash leaves a trace, told at the next start
    runtime = WindowRuntime()
    runtime.install_guard()  # before the first signal; logged, so after the log is set up
    if QApplication.instance() is None:  # only possible before the application exists
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = create_application([sys.argv[0]])
    log.info(
        "%s %s starting (demo=%s, smoke=%s), log at %s",
        APP_NAME,
        __version__,
        demo,
        smoke,
        log_file,
    )

    settings = load_settings()
    language = choose_language(getattr(args, "lang", None), settings.language)
    translators = install_translators(app, language)  # noqa: F841 - must stay alive while the app runs

    runtime.start(app)  # workers must never run Qt destructors; the GUI thread gets the GIL
    hook = ExceptionHook(interactive=not smoke)
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook
    sys.excepthook = hook
    threading.excepthook = hook.thread_hook
    try:
        if smoke:
            return run_smoke(app, settings, hook, getattr(args, "file", None))
        return _run_interactive(app, args, settings, demo, crash)
    finally:
        crash.stop()
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook
        runtime.stop()


def notice_previous_crash(parent: QWidget, crash: CrashTrace) -> QMessageBox | None:
    """Say, without blocking the window, that the last run closed unexpectedly and where why is."""
    if crash.previous is None:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("launch", "Unexpected close"),
        QCoreApplication.translate(
            "launch",
            "Event Loader closed unexpectedly last time; the details are in %1 (send that file "
            "to support if it happens again).",
        ).replace("%1", str(crash.previous)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.show()
    return box


def _run_interactive(
    app: QApplication,
    args: argparse.Namespace,
    settings: Any,
    demo: bool,
    crash: CrashTrace | None = None,
) -> int:

    with contextlib.ExitStack() as stack:
        context = AppContext(settings=settings, accounts=AccountStore(), demo=demo)
        sandbox = start_demo_sandbox(stack) if demo else None
        window = MainWindow(context)
        window.demo_sandbox = sandbox  # "Try with sample data" on the start page uses it
        window.show()
        if crash is not None and crash.previous is not None:
            QTimer.singleShot(0, window, lambda: notice_previous_crash(window, crash))
        handed_over = app.take_pending_file() if isinstance(app, EventLoaderApplication) else None
        file = Path(args.file) if getattr(args, "file", None) else handed_over
        if sandbox is not None:
            prepare_demo(window, sandbox, file)
        elif file is not None:
            window.open_file(file)
        else:
            # Once the window is on screen, so the question appears over it.
            QTimer.singleShot(0, lambda: offer_unfinished_upload(window))
        if isinstance(app, EventLoaderApplication):
            app.open_files_with(window.open_file)  # from now on, as File › Open
            stack.callback(app.open_files_with, None)
        code = app.exec()
        window.deleteLater()

        QThreadPool.globalInstance().waitForDone(5000)
        return int(code)
