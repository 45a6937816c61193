"""How the window marks its primary action, in the light and dark palettes alike."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton

PRIMARY = "primary"  # the property a primary button carries (read by tests and the window)


def set_primary(button: QPushButton, primary: bool) -> None:
    """Draw ``button`` as the step's primary action (in the highlight colour), or as any other.

    Styles draw a default button with a frame a shade darker, too faint to tell the main action
    from the others. The palette's highlight colours (the selection's) stand out in light and
    dark themes and keep the text readable; a disabled button keeps the style's grey, so it
    never looks pressable. The active colours serve the inactive window too, so the primary
    action does not fade when a dialog is open.
    """
    button.setProperty(PRIMARY, primary)
    if not primary:
        button.setPalette(QPalette())  # inherit the window's palette again
        return
    parent = button.parentWidget()
    system = parent.palette() if parent is not None else QApplication.palette()
    active = QPalette.ColorGroup.Active
    palette = QPalette(button.palette())
    for group in (active, QPalette.ColorGroup.Inactive):
        for role, source in (
            (QPalette.ColorRole.Button, QPalette.ColorRole.Highlight),
            (QPalette.ColorRole.ButtonText, QPalette.ColorRole.HighlightedText),
        ):
            palette.setColor(group, role, system.color(active, source))
    button.setPalette(palette)


def is_primary(button: QPushButton) -> bool:
    """Return True when ``button`` is drawn as the primary action."""
    return bool(button.property(PRIMARY))
