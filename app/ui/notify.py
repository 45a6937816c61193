"""Tell the user that a long upload ended while they were working in another window.

An upload of a large file takes minutes; the user switches to their mail meanwhile. When it ends
and the window is not the active one, the taskbar or dock entry asks for attention
(``QApplication.alert``) and, where the desktop shows notifications, a system notification says
how it ended. Clicking the notification brings the window back, with the keyboard focus already on
the summary the step put it on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

MESSAGE_MS = 15_000  # how long the notification shows; the tray icon goes away after it
_NOTIFIER_NAME = "endNotifier"


class EndNotifier(QObject):
    """The window's tray icon, shown only while a notification is on screen."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(_NOTIFIER_NAME)
        self.window = window
        icon = window.windowIcon()
        self.tray = QSystemTrayIcon(QApplication.windowIcon() if icon.isNull() else icon, self)
        self.tray.messageClicked.connect(self._on_message_clicked)
        self.tray.activated.connect(self._on_tray_activated)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self._on_hide_timeout)

    def show_message(self, title: str, message: str, *, problem: bool) -> None:
        """Show ``message`` as a system notification for a while."""
        icon = (
            QSystemTrayIcon.MessageIcon.Warning
            if problem
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.tray.setToolTip(title)
        self.tray.show()
        self.tray.showMessage(title, message, icon, MESSAGE_MS)
        self._hide_timer.start(MESSAGE_MS + 1000)

    @Slot()
    def _on_message_clicked(self) -> None:
        self._bring_back()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_tray_activated(self, _reason: QSystemTrayIcon.ActivationReason) -> None:
        self._bring_back()

    def _bring_back(self) -> None:
        self.window.showNormal() if self.window.isMinimized() else self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.tray.hide()

    @Slot()
    def _on_hide_timeout(self) -> None:
        self.tray.hide()


def notify_if_inactive(widget: QWidget, title: str, message: str, *, problem: bool = False) -> bool:
    """Alert the user that work ended if ``widget``'s window is not the active one.

    Returns True when the user was alerted. The taskbar or dock alert always happens; the system
    notification only where the desktop has a notification area that shows messages.
    """
    window = widget.window()
    if window is None or window.isActiveWindow():
        return False
    QApplication.alert(window, 0)
    if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
        notifier = window.findChild(EndNotifier, _NOTIFIER_NAME)
        if notifier is None:
            notifier = EndNotifier(window)
        notifier.show_message(title, message, problem=problem)
    return True


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers say ``text`` now (a problem that ended the work), without moving focus.

    Moving the keyboard focus onto a label would leave the user on something they cannot act on;
    an announcement tells them, and the focus stays on the controls.
    """
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # Qt before 6.8: the text stays readable where it is
        return
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
