"""Background work for the window: one pattern for every long job, so the window never freezes.

A core generator (reading a sheet, converting rows, ``engine.run_upload``) runs in one
``QRunnable`` on a ``QThreadPool``. The runnable never touches widgets: it emits through a
``WorkerSignals`` object created on the GUI thread, so Qt queues every emission to the GUI thread.
Connect the signals to bound methods of GUI-thread objects, not to lambdas that touch widgets.

Cancelling never kills a thread: ``cancel()`` sets a ``threading.Event`` the generator checks, and
the owner waits for ``finished``. ``finished`` is emitted exactly once, last, whatever happened;
an exception first becomes ``failed`` with a message a marketer can read (the traceback goes to the
log only).

``run_task(fn, on_result, on_error)`` is the one-shot form for a single background call (test a
connection, fetch templates, save a report) whose callbacks run on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from app.core.logs import redact
from app.ui.text.program_errors import os_error_reason, program_error_text

log = logging.getLogger(__name__)


def describe_error(exc: BaseException) -> str:
    """Return one readable sentence for an exception, never a traceback.

    The core's and the clients' exceptions (``SheetError``, ``MappingError``, ``ApiError``,
    ``UploadStopped`` ...) are worded from their codes in the interface language; the window's
    own refusals (``UploadNotReady``) already carry a translated message; file-system errors name
    the file; anything else gets a generic sentence with the error's type so that a support
    request can be matched to the log.
    """
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate(
            "workers", "The file {name} was not found. Check that it still exists."
        ).format(name=exc.filename or "")
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "workers",
            "Event Loader may not open {name}. Close it in other programs or pick another place.",
        ).format(name=exc.filename or "")
    if isinstance(exc, OSError) and exc.filename:
        log.info("could not use %s: %s", exc.filename, exc.strerror)
        return QCoreApplication.translate("workers", "Could not use {name}. {reason}").format(
            name=exc.filename, reason=os_error_reason(exc)
        )
    if isinstance(exc, OSError):
        log.info("system error: %s", exc)
        return os_error_reason(exc)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "workers", "The computer ran out of memory. Close other programs or split the file."
        )
    own = program_error_text(exc)
    if own is not None:
        return own
    text = redact(str(exc).strip())
    if type(exc).__module__.startswith("app.ui.") and text:
        return text  # the window's own refusals are written in the interface language
    if text and not _is_expected(exc):
        return QCoreApplication.translate(
            "workers", "Something went wrong ({kind}: {text}). Details are in the log file."
        ).format(kind=type(exc).__name__, text=text[:300])
    return QCoreApplication.translate(
        "workers", "Something went wrong ({kind}). Details are in the log file."
    ).format(kind=type(exc).__name__)


def _is_expected(exc: BaseException) -> bool:
    """Tell the program's own refusals (bad file, refused token ...), worded for the user.

    These are outcomes, not faults: they are logged without a traceback, while anything else is
    logged in full so that a support request can be traced.
    """
    return type(exc).__module__.startswith("app.")


class WorkerSignals(QObject):
    """What a worker tells the GUI thread; create it on the GUI thread.

    ``item`` carries each value the generator yields (a ``BatchResult`` for an upload, a progress
    count for a read), ``failed`` a readable message and the exception, ``finished`` the
    generator's return value (None after a failure or a cancel) and always comes last.
    """

    item = Signal(object)
    failed = Signal(str, object)
    finished = Signal(object)


class GeneratorWorker(QRunnable):
    """Run a generator in the thread pool, one ``item`` signal per yielded value.

    ``make_generator`` is called in the worker thread, so even the generator's setup (opening a
    file, a first request) stays off the GUI thread. With ``drain_on_cancel`` the worker keeps
    reading the generator after ``cancel()`` (the upload engine checks the same stop event and
    yields its last states, which the progress view must show); otherwise it closes it at once.
    """

    def __init__(
        self,
        make_generator: Callable[[], Iterator[Any]],
        *,
        cancel_event: threading.Event | None = None,
        drain_on_cancel: bool = False,
        signals: WorkerSignals | None = None,
    ) -> None:
        super().__init__()
        # The pool must not delete the C++ object behind our back: the owner keeps this worker
        # until ``finished`` and may still call ``cancel``/``wait`` on it.
        self.setAutoDelete(False)
        self.signals = signals or WorkerSignals()
        self.cancel_event = cancel_event or threading.Event()
        self._make_generator = make_generator
        self._drain_on_cancel = drain_on_cancel
        self._done = threading.Event()

    @property
    def done(self) -> bool:
        """True once the worker thread has emitted ``finished``."""
        return self._done.is_set()

    def cancel(self) -> None:
        """Ask the generator to stop; ``finished`` follows once it has."""
        self.cancel_event.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker is done (for shutdown only); return False on timeout."""
        return self._done.wait(timeout)

    def run(self) -> None:  # noqa: D102 - QRunnable entry point, runs in the worker thread
        result: Any = None
        try:
            generator = self._make_generator()
            try:
                while True:
                    if self.cancel_event.is_set() and not self._drain_on_cancel:
                        break
                    try:
                        value = next(generator)
                    except StopIteration as stop:
                        result = stop.value
                        break
                    self.signals.item.emit(value)
            finally:
                close = getattr(generator, "close", None)
                if close is not None:
                    close()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI as a message
            if _is_expected(exc):
                log.warning("Background work refused: %s: %s", type(exc).__name__, redact(str(exc)))
            else:
                log.error("Background work failed", exc_info=exc)
            result = None
            try:
                self.signals.failed.emit(describe_error(exc), exc)
            except RuntimeError:  # the signals object is gone (window closed): nothing to tell
                pass
        finally:
            # Done before the emission, so a slot reacting to ``finished`` sees ``done`` True.
            self._done.set()
            try:
                self.signals.finished.emit(result)
            except RuntimeError:
                pass


def _call_once(fn: Callable[[], Any]) -> Iterator[Any]:
    """Turn a plain call into a generator whose return value is the call's result."""
    return fn()
    yield  # pragma: no cover - makes this a generator


class _TaskRelay(QObject):
    """Lives on the GUI thread and hands a one-shot task's outcome to plain callbacks there."""

    def __init__(
        self,
        worker: GeneratorWorker,
        on_result: Callable[[Any], None] | None,
        on_error: Callable[[str, BaseException], None] | None,
        on_progress: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__()
        self.worker = worker
        self._on_result = on_result
        self._on_error = on_error
        self._on_progress = on_progress
        self._failed = False
        worker.signals.item.connect(self._on_worker_item)
        worker.signals.failed.connect(self._on_worker_failed)
        worker.signals.finished.connect(self._on_worker_finished)

    @Slot(object)
    def _on_worker_item(self, value: object) -> None:
        if self._on_progress is not None and not self.worker.cancel_event.is_set():
            self._on_progress(value)

    @Slot(str, object)
    def _on_worker_failed(self, message: str, exc: object) -> None:
        self._failed = True
        if self._on_error is not None:
            self._on_error(message, exc)  # type: ignore[arg-type]

    @Slot(object)
    def _on_worker_finished(self, result: object) -> None:
        _RUNNING_TASKS.discard(self)
        if (
            not self._failed
            and not self.worker.cancel_event.is_set()
            and self._on_result is not None
        ):
            self._on_result(result)


_RUNNING_TASKS: set[_TaskRelay] = set()  # keeps relays (and their workers) alive until finished


def run_task(
    fn: Callable[[], Any],
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[str, BaseException], None] | None = None,
    *,
    pool: QThreadPool | None = None,
) -> GeneratorWorker:
    """Run ``fn()`` in the background; call ``on_result(value)`` or ``on_error(message, exc)``.

    Both callbacks run on the GUI thread (call this from the GUI thread). The returned worker can be
    cancelled: its callbacks are then skipped, though ``fn`` itself runs to its end.
    """
    return run_task_with_progress(lambda: _call_once(fn), None, on_result, on_error, pool=pool)


def run_task_with_progress(
    make_generator: Callable[[], Iterator[Any]],
    on_progress: Callable[[Any], None] | None,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[str, BaseException], None] | None = None,
    *,
    pool: QThreadPool | None = None,
) -> GeneratorWorker:
    """Run a generator in the background as one task that reports how far it is.

    Each yielded value goes to ``on_progress``, the generator's return value to ``on_result``,
    a failure to ``on_error``; all on the GUI thread. Cancelling the returned worker closes the
    generator at its next yield and skips every callback from then on.
    """
    worker = GeneratorWorker(make_generator)
    relay = _TaskRelay(worker, on_result, on_error, on_progress)
    _RUNNING_TASKS.add(relay)
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker


def run_generator(
    make_generator: Callable[[], Iterator[Any]],
    *,
    on_item: Callable[[Any], None] | None = None,
    on_failed: Callable[[str, object], None] | None = None,
    on_finished: Callable[[object], None] | None = None,
    cancel_event: threading.Event | None = None,
    drain_on_cancel: bool = False,
    pool: QThreadPool | None = None,
) -> GeneratorWorker:
    """Create a worker for ``make_generator``, connect the given slots, then start it.

    Call from the GUI thread (the signals object is made here) and pass bound methods of
    GUI-thread objects: they are connected before the worker starts, so no emission is missed.
    """
    worker = GeneratorWorker(
        make_generator, cancel_event=cancel_event, drain_on_cancel=drain_on_cancel
    )
    if on_item is not None:
        worker.signals.item.connect(on_item)
    if on_failed is not None:
        worker.signals.failed.connect(on_failed)
    if on_finished is not None:
        worker.signals.finished.connect(on_finished)
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker
