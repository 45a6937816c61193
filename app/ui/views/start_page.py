"""Step 1 with no file open: where to start.

A drop zone (drop a spreadsheet on it, or *Open a spreadsheet…*), *Try with sample data* (the
demo's sample on the built-in sandbox), the recent files with where each went last and with
which template and account, and the accounts already set up. What each recent file was used
for is read from the upload history and the remembered mappings in a worker, so the page shows
at once and fills in its details a moment later.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.destinations import find
from app.core.reading.sheet import SUPPORTED_SUFFIXES
from app.core.settings import Settings, recall_mapping
from app.ui.context import AppContext
from app.ui.runtime import after_first_paint
from app.ui.wording import date_time_text
from app.ui.workers import run_task

log = logging.getLogger(__name__)

HISTORY_LOOKED_AT = 200  # newest uploads searched for the recent files' last use


def dropped_spreadsheet(urls: Iterable[QUrl]) -> Path | None:
    """Return the first local spreadsheet among dropped ``urls``, or None."""
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                return path
    return None


@dataclass(frozen=True, slots=True)
class LastUse:
    """Where a recent file went last: the destination's name, and template and account."""

    destination: str  # the destination's name ("HubSpot", "Pipeless")
    details: str = ""  # template and account, as stored with the upload
    when: float = 0.0  # Unix time of the upload; 0 for a mapping remembered only
    uploaded: bool = True  # False: only its mapping was remembered, nothing was sent
    finished: bool = True  # False: stopped or cut short with rows left to send


def _same_file(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return a == b


def _display_name(key: str) -> str:
    known = find(key)
    return known.display_name if known is not None else key


def last_uses(
    recent: Sequence[str], history: Sequence[Any], settings: Settings
) -> dict[str, LastUse]:
    """Return what each recent file was last used for (runs in a worker).

    ``history`` is ``app.core.upload.history`` entries, newest first: the newest upload of the
    file wins. A file never uploaded but mapped has its remembered mapping's destination.
    """
    found: dict[str, LastUse] = {}
    for path in recent:
        entry = next((e for e in history if _same_file(e.file_path, path)), None)
        if entry is not None:
            found[path] = LastUse(
                _display_name(entry.destination),
                entry.details,
                entry.ended,
                finished=entry.left == 0,
            )
    remembered = sorted(settings.last_mappings.items(), key=lambda i: i[1].used_at, reverse=True)
    for path in recent:
        key = next((k for k, m in remembered if m.source_name == Path(path).name), None)
        found_mapping = (
            recall_mapping(settings, key) if key is not None and path not in found else None
        )
        destination = found_mapping[0].get("destination") if found_mapping else None
        if isinstance(destination, str):
            found[path] = LastUse(_display_name(destination), uploaded=False)
    return found


def load_last_uses(recent: Sequence[str], settings: Settings) -> dict[str, LastUse]:
    """Read the upload history and remembered mappings for ``recent`` (runs in a worker)."""
    # deferred: the history pulls in httpx (~14 ms) if imported before the window shows
    from app.core.upload.history import load_history

    try:
        history = load_history(limit=HISTORY_LOOKED_AT)
    except Exception as exc:  # noqa: BLE001 - a journal that cannot be read only hides details
        log.info("no upload history for the recent files: %s", type(exc).__name__)
        history = []
    return last_uses(recent, history, settings)


class DropArea(QFrame):
    """The big target of the start page: drop a file here, or open one, or try the sample."""

    file_dropped = Signal(object)  # Path of a dropped spreadsheet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropArea")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Drop area"))
        self.setMinimumHeight(self.fontMetrics().height() * 9)
        icon = QLabel()
        icon_size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize) * 2
        icon.setPixmap(
            self.style()
            .standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon)
            .pixmap(icon_size, icon_size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self.tr("Drop a spreadsheet here"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(self.tr("&Open a spreadsheet…"))
        self.choose_button.setObjectName("openSpreadsheetButton")
        self.choose_button.setAccessibleName(self.tr("Open a spreadsheet"))
        self.choose_button.setDefault(True)  # Enter on the empty step opens a file
        self.sample_button = QPushButton(self.tr("Try with &sample data"))
        self.sample_button.setObjectName("sampleDataButton")
        self.sample_button.setToolTip(
            self.tr(
                "Open a sample spreadsheet and send it to the built-in sandbox, which imitates "
                "HubSpot and Pipeless: nothing leaves this computer"
            )
        )
        for button in (self.choose_button, self.sample_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        accepted = QLabel(
            self.tr(
                "Excel (.xlsx, .xlsm, .xls, .xlsb), OpenDocument (.ods), or CSV and text "
                "(.csv, .tsv, .txt). The first row with names is used as the column headers."
            )
        )
        accepted.setWordWrap(True)
        accepted.setAlignment(Qt.AlignmentFlag.AlignCenter)
        accepted.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(icon)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.choose_button)
        row.addWidget(self.sample_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(accepted)
        layout.addStretch(1)

    def _highlight(self, on: bool) -> None:
        """Show that a drop here is welcome (the frame takes the highlight colour's tint)."""
        self.setBackgroundRole(
            QPalette.ColorRole.AlternateBase if on else QPalette.ColorRole.Window
        )
        self.setFrameShadow(QFrame.Shadow.Plain if on else QFrame.Shadow.Sunken)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept a dragged spreadsheet, and say so by the look of the zone."""
        data = event.mimeData()
        if data.hasUrls() and dropped_spreadsheet(data.urls()) is not None:
            event.acceptProposedAction()
            self._highlight(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        """Back to the resting look."""
        self._highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Open the dropped spreadsheet."""
        self._highlight(False)
        data = event.mimeData()
        path = dropped_spreadsheet(data.urls()) if data.hasUrls() else None
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.file_dropped.emit(path)


class StartPage(QWidget):
    """What the File step shows with no file open (see the module docstring)."""

    file_chosen = Signal(object)  # Path: a dropped or recent file to open
    missing_file = Signal(object)  # Path: a recent file that is gone (and was forgotten)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.context = context
        self.uses: dict[str, LastUse] = {}
        self._details_task: Any = None
        self.accounts: list[tuple[str, str]] | None = None  # (destination, label); None: not read
        self._accounts_task: Any = None
        self.drop_area = DropArea()
        self.drop_area.file_dropped.connect(self.file_chosen)

        self.recent_label = QLabel(self.tr("&Recent files"))
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentFiles")
        self.recent_list.setAccessibleName(self.tr("Recent files"))
        self.recent_list.setWordWrap(True)
        self.recent_list.itemActivated.connect(self._on_recent_activated)
        self.recent_label.setBuddy(self.recent_list)
        # In a box of its own: hidden with no recent files, the accounts take its place.
        self.recent_box = QWidget()
        recent = QVBoxLayout(self.recent_box)
        recent.setContentsMargins(0, 0, 0, 0)
        recent.addWidget(self.recent_label)
        recent.addWidget(self.recent_list, 1)

        self.accounts_title = QLabel(self.tr("Accounts set up"))
        self.accounts_label = QLabel()
        self.accounts_label.setObjectName("accountsSetUp")
        self.accounts_label.setWordWrap(True)
        self.accounts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.accounts_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.accounts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = QFont(self.accounts_title.font())
        bold.setBold(True)
        for title in (self.recent_label, self.accounts_title):
            title.setFont(bold)
        accounts = QVBoxLayout()
        # Its own spacing: a box inside a box would take the wide gap between the columns.
        accounts.setSpacing(self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing))
        accounts.addWidget(self.accounts_title)
        accounts.addWidget(self.accounts_label)
        accounts.addStretch(1)

        lower = QHBoxLayout()
        lower.setSpacing(self.fontMetrics().averageCharWidth() * 3)
        lower.addWidget(self.recent_box, 3)
        lower.addLayout(accounts, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.drop_area, 3)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(lower, 2)

    # ----------------------------------------------------------------- filling
    def refresh(self) -> None:
        """List the recent files; read the accounts and where each file went, in workers.

        Listing the saved accounts loads the keychain library, which takes a noticeable moment on
        first use: the page shows at once, and the accounts fill in when they are known.
        """
        self.fill_recent()
        if self._accounts_task is not None:
            self._accounts_task.cancel()
        self._accounts_task = after_first_paint(self, self._read_accounts)
        recent = list(self.context.settings.recent_files)
        if not recent:
            return
        if self._details_task is not None:
            self._details_task.cancel()
        settings = self.context.settings
        self._details_task = run_task(
            lambda: load_last_uses(recent, settings), self._on_last_uses, lambda _m, _e: None
        )

    def _read_accounts(self) -> None:

        self._accounts_task = run_task(
            self.context.accounts.overview, self._on_accounts, lambda _m, _e: None
        )

    @Slot(object)
    def _on_accounts(self, accounts: list[tuple[str, str]]) -> None:
        self._accounts_task = None
        self.accounts = accounts
        self.fill_accounts()

    @Slot(object)
    def _on_last_uses(self, uses: dict[str, LastUse]) -> None:
        self._details_task = None
        self.uses = uses
        self.fill_recent()

    def use_text(self, use: LastUse) -> str:
        """Say where a file went last: "HubSpot · Webinar · Demo sandbox, 03/12/2026 22:10"."""
        if not use.uploaded:
            return self.tr("Mapped for %1").replace("%1", use.destination)

        where = " · ".join(p for p in (use.destination, use.details) if p)
        if not use.finished:  # "Sent to" would hide the rows still waiting
            return (
                self.tr("Not all sent to %1 on %2")
                .replace("%1", where)
                .replace("%2", date_time_text(use.when))
            )
        return (
            self.tr("Sent to %1 on %2").replace("%1", where).replace("%2", date_time_text(use.when))
        )

    def fill_recent(self) -> None:
        """List the recent files, each with where it went last when known."""
        self.recent_list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for text in self.context.settings.recent_files:
            path = Path(text)
            use = self.uses.get(text)
            line = self.use_text(use) if use is not None else str(path.parent)
            item = QListWidgetItem(icon, f"{path.name}\n{line}")
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{path.name}, {line}")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, text)
            self.recent_list.addItem(item)
        has_recent = self.recent_list.count() > 0
        self.recent_box.setVisible(has_recent)

    def account_lines(self) -> list[str]:
        """Return one line per account set up: "HubSpot: Marketing portal"."""
        lines = []
        for destination, label in self.accounts or ():
            lines.append(
                self.tr("%1: %2").replace("%1", _display_name(destination)).replace("%2", label)
            )
        return lines

    def fill_accounts(self) -> None:
        """List the accounts set up, or say where one is added (nothing while they are read)."""
        if self.accounts is None:
            self.accounts_label.clear()
            return
        lines = self.account_lines()
        self.accounts_label.setText(
            "\n".join(lines)
            if lines
            else self.tr("None yet. You add one in the next step, Destination.")
        )

    # ----------------------------------------------------------------- actions
    @Slot(QListWidgetItem)
    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        if not path.exists():
            self.context.settings.remove_recent_file(path)
            self.context.save_settings()
            self.fill_recent()
            self.missing_file.emit(path)
            return
        self.file_chosen.emit(path)
