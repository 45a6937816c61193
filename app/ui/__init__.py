"""The desktop window (PySide6); the only package that imports Qt.

Importing it changes nothing in the interpreter: the window's runtime measures (the PySide6
reference guard, garbage collected on the GUI thread, the switch interval) are applied and undone
explicitly by ``app.ui.runtime``, which ``app.ui.launch`` starts before the first signal.
"""
