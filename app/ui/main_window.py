"""The main window: a step list on the left, the current step on the right, Back/Next below.

The window owns the ``WizardState`` and hands it to each step on entry (see ``app.ui.step_base``):
File fills ``file_path``/``sheet``…, Destination fills ``account``/``templates`` and the
destination part of ``mapping``, Mapping fills ``mapping.fields``; Preview, Upload and Results
read all of that. Steps 4–6 live in their own modules; the window only wires them in.

Navigation rules: the user may reopen any earlier step at any time (unless the current step says
going back makes no sense, as during an upload), and go forward only through steps that are
complete, one after another, so every step's ``leave`` stores its part of the state.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    SIGNAL,
    QAbstractItemModel,
    QByteArray,
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.core.reading.sheet import SUPPORTED_SUFFIXES
from app.paths import config_dir
from app.ui.context import AppContext
from app.ui.icons import blank_icon, current_step_icon
from app.ui.keyboard import install_keyboard_aids, leave_grids_with_tab
from app.ui.look import set_primary
from app.ui.save_folder import save_folder, suggested_path
from app.ui.state import WizardState
from app.ui.step_base import PAGE_SPACING, StepPage

if TYPE_CHECKING:
    from app.ui.resume import ResumeOffer

log = logging.getLogger(__name__)

FILE_STEP, DESTINATION_STEP, MAPPING_STEP, PREVIEW_STEP, UPLOAD_STEP, RESULTS_STEP = range(6)


def _run_steps(context: AppContext) -> list[StepPage]:
    """Build steps 4–6 (Preview, Upload, Results); an import error stops the program loudly."""
    from app.ui.views.preview_step import PreviewStep
    from app.ui.views.results_step import ResultsStep
    from app.ui.views.upload_step import UploadStep

    settings = context.settings
    return [
        PreviewStep(context),
        UploadStep(context, concurrency=settings.concurrency, batch_size=settings.batch_size),
        ResultsStep(context),
    ]


def _item_view_uses_enter(view: QAbstractItemView) -> bool:
    """Return True if Enter means something in ``view``: it opens an item, or edits (macOS).

    Elsewhere a grid gives Enter no meaning, even one whose cells are edited with F2 (Preview):
    there Enter is the default button's, as in a dialog, so a keyboard user goes on from the
    grid. An open cell editor is a widget of its own and keeps Enter to confirm the cell.
    """
    if view.receivers(SIGNAL("activated(QModelIndex)")) > 0:
        return True
    return sys.platform == "darwin" and bool(
        view.editTriggers() & QAbstractItemView.EditTrigger.EditKeyPressed
    )


class MainWindow(QMainWindow):
    """The Event Loader window."""

    def __init__(self, context: AppContext | None = None, state: WizardState | None = None) -> None:
        super().__init__()
        from app.ui.views.destination_step import DestinationStep
        from app.ui.views.file_step import FileStep
        from app.ui.views.mapping_step import MappingStep

        self.context = context or AppContext()
        self.state = state or WizardState(demo=self.context.demo)
        self._current = 0
        self._furthest = 0  # the furthest step the user has reached (reopenable if still valid)
        self._status_texts: dict[int, str] = {}
        self._built = False  # True once every widget exists (a palette change may come earlier)
        self._primary: QPushButton | None = None  # the button drawn as the step's main action
        # A step shows its buttons and makes one default in the same call (Send the rest): the
        # primary look follows once that call is over.
        self._primary_timer = QTimer(self)
        self._primary_timer.setSingleShot(True)
        self._primary_timer.setInterval(0)
        self._primary_timer.timeout.connect(self._show_primary_button)

        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.warm_up: threading.Thread | None = None  # started when the window first shows
        self.setWindowIcon(QApplication.windowIcon())

        self.file_step = FileStep(self.context)
        self.destination_step = DestinationStep(self.context)
        self.mapping_step = MappingStep(self.context)
        self.steps: list[StepPage] = [self.file_step, self.destination_step, self.mapping_step]
        self.steps += _run_steps(self.context)

        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setUniformItemSizes(True)
        self.step_list.setIconSize(QSize(16, 16))
        self.step_list.setSpacing(2)
        # Every step carries an icon, a transparent one when it has no state to show, so the
        # names stay aligned and the rows keep one height whichever steps are ticked.
        self._blank_icon = blank_icon(self.step_list.iconSize())
        self.stack = QStackedWidget()
        self.stack.setObjectName("stepStack")
        for index, step in enumerate(self.steps):
            self.stack.addWidget(step)
            item = QListWidgetItem(step.title())
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.step_list.addItem(item)
            step.completeness_changed.connect(self._on_step_completeness_changed)
            step.status_changed.connect(self._on_step_status_changed)
            step.advance_requested.connect(self._on_step_advance_requested)
        self.step_list.currentRowChanged.connect(self._on_step_list_row_changed)
        # Wide enough for the longest "N. Title" in the interface language, with its icon.
        metrics = self.step_list.fontMetrics()
        longest = max(
            metrics.horizontalAdvance(f"{n}. {step.title()}")
            for n, step in enumerate(self.steps, 1)
        )
        padding = self.step_list.iconSize().width() + metrics.averageCharWidth() * 6
        self.step_list.setMinimumWidth(longest + padding)

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLine")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)

        nav = QHBoxLayout()
        nav.addWidget(self.status_label, 1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(PAGE_SPACING)
        right_layout.addWidget(self.stack, 1)
        right_layout.addLayout(nav)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.step_list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.addWidget(self.splitter)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_menus()
        self.file_step.file_loaded.connect(self._on_file_loaded)
        self._restore_window_state()
        self._update_title()
        install_keyboard_aids()
        leave_grids_with_tab(self)  # arrows move between cells, Tab goes on to the next control
        self._enter_step(0)
        self._built = True

    # ----------------------------------------------------------------- actions and menus
    def _build_actions(self) -> None:
        style = self.style()
        self.open_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton), self.tr("&Open…"), self
        )
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.setStatusTip(self.tr("Open a spreadsheet (Excel, OpenDocument or CSV)"))
        self.open_action.triggered.connect(self.choose_file)
        self.load_mapping_action = QAction(self.tr("&Load mapping…"), self)
        self.load_mapping_action.setStatusTip(self.tr("Use a mapping file saved earlier"))
        self.load_mapping_action.triggered.connect(self.load_mapping_file)
        self.save_mapping_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
            self.tr("&Save mapping…"),
            self,
        )
        self.save_mapping_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_mapping_action.setStatusTip(
            self.tr("Save the column mapping to reuse it or share it")
        )
        self.save_mapping_action.triggered.connect(self.save_mapping_file)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&About Event Loader"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.about_qt_action = QAction(self.tr("About &Qt"), self)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)
        self.help_action = QAction(self.tr("&How it works"), self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help_action.triggered.connect(self._on_help_triggered)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.load_mapping_action)
        file_menu.addAction(self.save_mapping_action)
        file_menu.addSeparator()
        # History lives with Results (it writes the on-screen upload's own report).
        self.history_action = file_menu.addAction(self.tr("&History…"))
        self.history_action.setStatusTip(self.tr("Past uploads and their reports"))
        results_step = self.steps[RESULTS_STEP]
        self.history_action.triggered.connect(results_step.show_history)
        results_step.resume_requested.connect(self._on_resume_requested)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        settings_menu = bar.addMenu(self.tr("Settin&gs"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        self.language_actions: dict[str | None, QAction] = {}
        for code, name in (
            (None, self.tr("&Same as the system")),
            ("en", "&English"),
            ("fr", "&Français"),
        ):
            action = QAction(name, self, checkable=True)
            action.setChecked(self.context.settings.language == code)
            action.setData(code)
            action.triggered.connect(self._on_language_triggered)
            language_menu.addAction(action)
            self.language_actions[code] = action

        settings_menu.addSeparator()
        self.options_action = settings_menu.addAction(self.tr("&Upload options…"))
        self.options_action.triggered.connect(self._on_options_triggered)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)

        # No toolbar: each step holds its own actions (Choose file…, Load/Save mapping…), as in
        # an assistant; a toolbar would show them twice, with mismatched icons, on every step.
        self._update_actions()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.context.settings.recent_files
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
            return
        for number, path in enumerate(recent, start=1):
            text = f"&{number} {Path(path).name}" if number < 10 else Path(path).name
            action = self.recent_menu.addAction(text)
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(self._on_recent_triggered)

    def _update_actions(self) -> None:
        can_edit = self.current_step().allows_back()
        self.open_action.setEnabled(can_edit)
        self.recent_menu.setEnabled(can_edit)
        self.load_mapping_action.setEnabled(can_edit)
        self.save_mapping_action.setEnabled(self.state.mapping is not None)

    # ----------------------------------------------------------------- navigation
    def current_step(self) -> StepPage:
        """Return the step on screen."""
        return self.steps[self._current]

    @property
    def current_index(self) -> int:
        """Index of the step on screen (0 = File)."""
        return self._current

    def _enter_step(self, index: int) -> None:
        self._current = index
        self._furthest = max(self._furthest, index)
        step = self.steps[index]
        self.stack.setCurrentWidget(step)
        step.enter(self.state)
        self._refresh_navigation()
        focused = QApplication.focusWidget()
        if self.isVisible() and (focused is None or not step.isAncestorOf(focused)):
            self._focus_first_control(step)

    @staticmethod
    def _focus_first_control(step: QWidget) -> None:
        """Put the keyboard focus on the step's first control, in reading (tab) order."""
        widget = step.nextInFocusChain()
        while widget is not None and widget is not step:
            if (
                step.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def go_to(self, index: int) -> bool:
        """Show step ``index`` if the rules allow it; return True when it is shown."""
        if index == self._current or not 0 <= index < len(self.steps):
            return index == self._current
        if index < self._current:
            if not self.current_step().allows_back():
                return False
            if not self.current_step().leave(self.state):
                return False
            self._enter_step(index)
            return True
        if index > self._reachable():
            return False
        # Forward: pass through each step in between so each stores its part of the state.
        while self._current < index:
            step = self.current_step()
            if not step.is_complete() or not step.leave(self.state):
                self._refresh_navigation()
                return False
            self._enter_step(self._current + 1)
        return True

    @Slot(object)
    def _on_resume_requested(self, offer: ResumeOffer) -> None:
        """Resume an upload chosen in History: rebuild it, then open the Upload step."""
        from app.ui.resume import resume_offer

        if self.steps[UPLOAD_STEP].is_sending():
            QMessageBox.information(
                self,
                self.tr("Upload under way"),
                self.tr(
                    "An upload is being sent. Let it finish or stop it, then resume the other "
                    "one from History."
                ),
            )
            return
        journal_dir = getattr(self.steps[RESULTS_STEP], "journal_dir", None)
        if resume_offer(self, self.state, offer, journal_dir):
            self.show_upload_step()

    def show_upload_step(self) -> None:
        """Open the Upload step directly: ``state`` holds an upload resumed at start.

        The earlier steps are not passed through (the state was rebuilt from the upload's own
        record); they show that state when the user goes back to them.
        """
        self._furthest = UPLOAD_STEP
        self._enter_step(UPLOAD_STEP)
        self._update_title()

    @Slot()
    def go_next(self) -> bool:
        """Go to the next step (the Next button); on the last step, start a new upload."""
        if self._current == len(self.steps) - 1:
            return self.start_new_upload()
        return self.go_to(self._current + 1)

    def start_new_upload(self) -> bool:
        """Go back to File for another upload, keeping the file, the account and the mapping.

        The finished run stays in the journal: sending the same rows again finds them already
        delivered, so a user who starts over on the same file sends only what is new.
        """
        if not self.current_step().leave(self.state):
            return False
        self.state.conversion = None
        self.state.excluded_rows = set()
        self.state.run_id = None
        self._furthest = FILE_STEP
        self._enter_step(FILE_STEP)
        self._update_title()
        return True

    @Slot()
    def go_back(self) -> bool:
        """Go to the previous step (the Back button)."""
        return self.go_to(self._current - 1)

    def _reachable(self) -> int:
        """Return the furthest step index the user may open from here."""
        if not self.current_step().is_complete():
            return self._current
        return min(max(self._furthest, self._current + 1), len(self.steps) - 1)

    def _refresh_navigation(self) -> None:
        step = self.current_step()
        complete = step.is_complete()
        last = self._current == len(self.steps) - 1
        self.back_button.setEnabled(self._current > 0 and step.allows_back())
        # On Results, Next starts a new upload (see go_next).
        self.next_button.setEnabled(complete and (not last or step.allows_back()))
        self.next_button.setText(step.next_text() or self.tr("&Next"))
        reachable = self._reachable()
        style = self.style()
        blocker = self.step_list.blockSignals(True)
        for index in range(self.step_list.count()):
            item = self.step_list.item(index)
            name = self.steps[index].title()
            flags = Qt.ItemFlag.ItemIsSelectable
            if index <= reachable and (index >= self._current or step.allows_back()):
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            if index == self._current:
                icon = current_step_icon(
                    self.step_list.palette(),
                    self.step_list.iconSize(),
                    self.step_list.devicePixelRatioF(),
                )
                state_text = self.tr("current step")
            elif index < self._current or (index <= reachable and index <= self._furthest):
                icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
                state_text = self.tr("done")
            elif index <= reachable:
                icon = self._blank_icon
                state_text = self.tr("available")
            else:
                icon = self._blank_icon
                state_text = self.tr("locked")
            item.setIcon(icon)
            item.setText(self.tr("%1. %2").replace("%1", str(index + 1)).replace("%2", name))
            item.setToolTip(state_text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{index + 1}. {name}, {state_text}")
        self.step_list.setCurrentRow(self._current)
        self.step_list.blockSignals(blocker)
        self.status_label.setText(self._status_texts.get(self._current, ""))
        self._update_actions()
        self._show_primary_button()

    def _show_primary_button(self, again: bool = False) -> None:
        """Draw one button per step as the primary action: the step's own, or else Next.

        A step's own default button (Send test batch) takes Enter and the highlight; Next then
        looks like Back, so the window never shows two default buttons. ``again`` redraws after
        a palette change.
        """
        step = self.current_step()
        for button in step.findChildren(QPushButton):
            button.installEventFilter(self)  # shown, hidden or made default as the phase changes
        primary = step.primary_button() or self.next_button
        self.next_button.setDefault(primary is self.next_button)
        if primary is self._primary and not again:
            return
        previous, self._primary = self._primary, primary
        if previous is not None and previous is not primary and shiboken6.isValid(previous):
            set_primary(previous, False)
        set_primary(primary, True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Move the primary look when a step's default button appears or goes."""
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.EnabledChange):
            if isinstance(watched, QPushButton) and self.current_step().isAncestorOf(watched):
                self._primary_timer.start()
        return super().eventFilter(watched, event)

    # ----------------------------------------------------------------- step signals
    @Slot(bool)
    def _on_step_completeness_changed(self, _complete: bool) -> None:
        sender = self.sender()
        if sender is self.current_step():
            if not _complete:
                # What follows depends on this step: it must be passed through again.
                self._furthest = self._current
            self._refresh_navigation()

    @Slot(str)
    def _on_step_status_changed(self, text: str) -> None:
        sender = self.sender()
        if sender in self.steps:
            index = self.steps.index(sender)  # type: ignore[arg-type]
            self._status_texts[index] = text
            if index == self._current:
                self.status_label.setText(text)

    @Slot()
    def _on_step_advance_requested(self) -> None:
        if self.sender() is self.current_step():
            self.go_next()

    @Slot(int)
    def _on_step_list_row_changed(self, row: int) -> None:
        if row > self._current and not self.current_step().is_complete():
            self.status_label.setText(
                self.tr("Finish this step first: %1").replace(
                    "%1", self._status_texts.get(self._current, "")
                )
            )
        if row >= 0 and not self.go_to(row):
            blocker = self.step_list.blockSignals(True)
            self.step_list.setCurrentRow(self._current)
            self.step_list.blockSignals(blocker)

    @Slot(object)
    def _on_file_loaded(self, _path: object) -> None:
        self._update_title()
        self._update_actions()

    # ----------------------------------------------------------------- files and mappings
    def open_file(self, path: str | Path) -> bool:
        """Show the File step and load ``path`` there (menus, drops, the command line)."""
        if self._current != FILE_STEP and not self.go_to(FILE_STEP):
            self.status_label.setText(
                self.tr("Finish or stop the upload before opening another file.")
            )
            return False
        self.file_step.open_file(Path(path))
        return True

    @Slot()
    def choose_file(self) -> None:
        """Ask for a spreadsheet and open it."""
        recent = self.context.settings.recent_files
        start = str(save_folder(recent[0] if recent else None))
        patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a spreadsheet"),
            start,
            self.tr("Spreadsheets (%1);;All files (*)").replace("%1", patterns),
        )
        if path:
            self.open_file(path)

    @Slot()
    def _on_recent_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and action.data():
            self.open_file(str(action.data()))

    @Slot()
    def load_mapping_file(self) -> None:
        """Load a mapping file and show it in the Mapping step."""
        from app.core.conversion.mapping import MappingError, load_mapping
        from app.ui.text.program_errors import mapping_error_text

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load a mapping"),
            str(save_folder(self.state.file_path)),
            self.tr("Mapping files (*.json);;All files (*)"),
        )
        if not path:
            return
        try:
            mapping = load_mapping(path)
        except (MappingError, OSError, ValueError) as exc:
            log.info("mapping file %s refused: %s", path, exc)
            QMessageBox.warning(
                self,
                self.tr("Mapping not loaded"),
                self.tr("%1 cannot be used as a mapping. %2")
                .replace("%1", Path(path).name)
                .replace("%2", mapping_error_text(exc)),
            )
            return
        self.apply_mapping(mapping)

    def apply_mapping(self, mapping: object) -> None:
        """Use ``mapping`` (a core Mapping) from now on; the current step shows it at once."""
        self.state.mapping = mapping  # type: ignore[assignment]
        self.state.conversion = None
        if self._current in (DESTINATION_STEP, MAPPING_STEP):
            self.current_step().enter(self.state)
        self._furthest = min(self._furthest, max(self._current, MAPPING_STEP))
        self._refresh_navigation()

    @Slot()
    def save_mapping_file(self) -> None:
        """Save the current mapping (as the Mapping step shows it) to a file the user picks."""
        from app.core.conversion.mapping import save_mapping
        from app.ui.text.program_errors import os_error_reason

        if self._current == MAPPING_STEP:
            self.mapping_step.store(self.state)
        if self.state.mapping is None:
            return
        source = self.state.file_path
        name = f"{source.stem}.mapping.json" if source is not None else "mapping.json"
        suggested = suggested_path(source, name)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the mapping"), suggested, self.tr("Mapping files (*.json)")
        )
        if not path:
            return
        try:
            save_mapping(self.state.mapping, path)
        except OSError as exc:
            log.info("mapping not saved to %s: %s", path, exc)
            QMessageBox.warning(
                self,
                self.tr("Mapping not saved"),
                self.tr("The mapping could not be saved to %1. %2")
                .replace("%1", path)
                .replace("%2", os_error_reason(exc)),
            )
            return
        self.status_label.setText(self.tr("Mapping saved to %1").replace("%1", Path(path).name))

    def _update_title(self) -> None:
        # The title ends with the program's name, so Qt, which adds the application's display
        # name to titles that do not end with it, does not add it a second time.
        parts = []
        if self.state.file_path is not None:
            parts.append(self.state.file_path.name)
        if self.context.demo:
            parts.append(self.tr("Demo"))
        parts.append(APP_NAME)
        self.setWindowTitle(" \u2014 ".join(parts))
        if self.state.file_path is not None:
            self.setWindowFilePath(str(self.state.file_path))

    # ----------------------------------------------------------------- light and dark
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow a switch between light and dark while the window is open.

        Qt hands the new palette to every widget; models that blend colours from the palette
        (the Preview's tint of bad cells) keep a cache, so they are asked to compute it again.
        """
        if event.type() == QEvent.Type.PaletteChange:
            if self._built:
                # The window hears of the change before its children take the new palette.
                QTimer.singleShot(0, self, self._follow_palette)
            for model in self.findChildren(QAbstractItemModel):
                refresh = getattr(model, "refresh_palette", None)
                if callable(refresh):
                    refresh()
        super().changeEvent(event)

    def _follow_palette(self) -> None:
        """Draw the step list's marks and the primary button in the new palette's colours."""
        self._refresh_navigation()
        self._show_primary_button(again=True)

    # ----------------------------------------------------------------- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter is the default button: the step's own default (Send test batch…) or Next.

        ``QPushButton.setDefault`` only works in dialogs, so the window does it here. Only keys
        the focused widget left unused arrive here, and widgets that give Enter a meaning of
        their own (text fields, combo boxes, spin boxes, editable tables) keep it; a focused push
        button is pressed, as on Windows and macOS.
        """
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain == (
            Qt.KeyboardModifier.NoModifier
        ):
            button = self._enter_button(QApplication.focusWidget())
            if button is not None:
                button.animateClick()
                event.accept()
                return
        super().keyPressEvent(event)

    def _enter_button(self, focused: QWidget | None) -> QPushButton | None:
        """Return the button Enter presses with ``focused`` holding the focus, or None."""
        if focused is not None and focused is not self.step_list:
            if isinstance(focused, QPushButton):
                return focused if focused.isEnabled() else None
            if isinstance(
                focused, QLineEdit | QComboBox | QAbstractSpinBox | QTextEdit | QPlainTextEdit
            ):
                return None
            if isinstance(focused, QAbstractItemView) and _item_view_uses_enter(focused):
                return None
        step = self.current_step()
        for button in step.findChildren(QPushButton):
            if button.isDefault() and button.isVisible() and button.isEnabled():
                return button
        return self.next_button if self.next_button.isEnabled() else None

    # ----------------------------------------------------------------- drag and drop
    @staticmethod
    def _dropped_file(urls: list[QUrl]) -> Path | None:
        for url in urls:
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                if path.suffix.lower() in SUPPORTED_SUFFIXES:
                    return path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept a dragged spreadsheet anywhere on the window."""
        if event.mimeData().hasUrls() and self._dropped_file(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Open the dropped spreadsheet."""
        path = self._dropped_file(event.mimeData().urls()) if event.mimeData().hasUrls() else None
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(path)

    # ----------------------------------------------------------------- settings, closing
    def _qsettings(self) -> QSettings:
        return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def _restore_window_state(self) -> None:
        settings = self._qsettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            # Full screen has no title bar to leave it by: start normal (or maximized) instead.
            if self.windowState() & Qt.WindowState.WindowFullScreen:
                self.setWindowState(self.windowState() & ~Qt.WindowState.WindowFullScreen)
        else:
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            width = min(1100, available.width() - 40) if available else 1100
            height = min(720, available.height() - 40) if available else 720
            self.resize(width, height)
        step_list_width = self.step_list.minimumWidth() + self.fontMetrics().averageCharWidth() * 4
        self.splitter.setSizes([step_list_width, max(self.width() - step_list_width, 400)])
        for splitter in self.findChildren(QSplitter):
            name = splitter.objectName()
            value = settings.value(f"splitters/{name}") if name else None
            if isinstance(value, QByteArray) and not value.isEmpty():
                splitter.restoreState(value)

    def _save_window_state(self) -> None:
        settings = self._qsettings()
        settings.setValue("window/geometry", self.saveGeometry())
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        settings.sync()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Once shown, import what later steps need while the user is still on this one."""
        super().showEvent(event)
        if self.warm_up is None:
            from app.ui.warm_up import warm_up_in_background

            self.warm_up = warm_up_in_background()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Ask the steps first (an upload in flight asks the user), then remember the layout."""
        for step in self.steps:
            if not step.can_close():
                event.ignore()
                return
        self.file_step.shutdown()
        self._save_window_state()
        self.context.save_settings()
        event.accept()

    # ----------------------------------------------------------------- help
    @Slot()
    def _on_language_triggered(self) -> None:
        action = self.sender()
        if not isinstance(action, QAction):
            return
        code = action.data()
        self.context.settings.language = code or None
        self.context.save_settings()
        for key, other in self.language_actions.items():
            other.setChecked(key == (code or None))
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("Event Loader will use the new language the next time it starts."),
        )

    @Slot()
    def _on_options_triggered(self) -> None:
        from app.ui.dialogs.options_dialog import OptionsDialog

        dialog = OptionsDialog(self.context.settings, self)
        if dialog.exec() != OptionsDialog.DialogCode.Accepted:
            return
        self.context.save_settings()
        upload = self.steps[UPLOAD_STEP]
        if hasattr(upload, "batch_size") and hasattr(upload, "concurrency"):
            upload.batch_size = self.context.settings.batch_size  # used by the next upload
            upload.concurrency = self.context.settings.concurrency

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Event Loader"),
            self.tr(
                "<h3>Event Loader %1</h3><p>Turns a spreadsheet into timeline events in HubSpot or "
                "events in Pipeless: open a file, map its columns, check every row, then "
                "upload.</p>"
            ).replace("%1", __version__),
        )

    @Slot()
    def _on_help_triggered(self) -> None:
        QMessageBox.information(
            self,
            self.tr("How it works"),
            self.tr(
                "<ol><li><b>File</b>: open or drop an Excel or CSV file.</li>"
                "<li><b>Destination</b>: pick HubSpot or Pipeless and connect an account.</li>"
                "<li><b>Mapping</b>: say which column feeds which field.</li>"
                "<li><b>Preview</b>: check every row before anything is sent.</li>"
                "<li><b>Upload</b>: send a test batch, then the rest.</li>"
                "<li><b>Results</b>: see what was added and save the rows to fix.</li></ol>"
                "<p>Nothing is sent before the Upload step.</p>"
            ),
        )
