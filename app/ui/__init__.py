"""The desktop window (PySide6); the only package that imports Qt.

Importing it first makes Python's singletons immortal on CPython 3.11 (see ``pyside_fixes``):
PySide6 6.12 loses references to None/True/False on every void call, bool return and emit, so
the fix must be in place before any Qt call, whatever module of the window is imported first.
"""

from app.ui import pyside_fixes  # noqa: F401
