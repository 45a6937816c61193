"""The files macOS hands over by event: a double-click in Finder, "Open With", the Dock icon.

macOS does not put such a file on the command line: Qt sends the application a
``QFileOpenEvent``, at launch often before the window exists. The program's application keeps
that path until the window is shown, and the launch opens it as it opens ``event-loader FILE``;
once the window runs, each file goes straight to ``MainWindow.open_file``, the path that
File › Open, the recent files and drops take (with its refusal while an upload is sending).

The event is caught by overriding the application's own ``event`` rather than by an event
filter on the application: such a filter sees every event of every widget, from Python.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

FileOpener = Callable[[Path], object]


def opened_path(event: QFileOpenEvent) -> Path | None:
    """Return the local file ``event`` asks to open, or None for anything else (a web address)."""
    name = event.file() or (event.url().toLocalFile() if event.url().isLocalFile() else "")
    return Path(name) if name else None


class EventLoaderApplication(QApplication):
    """The program's QApplication: it also receives the files the system asks it to open."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self._pending: Path | None = None
        self._opener: FileOpener | None = None

    def event(self, event: QEvent) -> bool:
        """Take a file-open request; hand every other event to Qt."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self._receive(event)
            return True
        return super().event(event)

    def _receive(self, event: QFileOpenEvent) -> None:
        path = opened_path(event)
        if path is None:
            log.info("open request for %s ignored: not a local file", event.url().scheme())
            return
        if self._opener is None:
            # Several files dropped on the Dock icon at once: the window shows one, the last.
            log.info("file to open once the window shows: %s", path.name)
            self._pending = path
            return
        log.info("opening %s, handed over by the system", path.name)
        self._opener(path)

    def take_pending_file(self) -> Path | None:
        """Return the file asked for before the window existed (once), else None."""
        path, self._pending = self._pending, None
        return path

    def open_files_with(self, opener: FileOpener | None) -> None:
        """Send the files asked for from now on to ``opener``; None keeps them for later."""
        self._opener = opener
