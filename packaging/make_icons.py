"""Render resources/icons/app.svg into the raster icons each platform's installer needs.

Writes PNGs for the freedesktop hicolor theme (Linux), an .ico (Windows) and an .icns (macOS)
next to the SVG. Qt's own image plugins do the encoding, so no extra imaging library is needed.
Run it after changing the SVG: ``python packaging/make_icons.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """Return the SVG drawn on a transparent square of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write every raster icon; return a process exit code."""
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt's image plugins need an application
    renderer = QSvgRenderer(str(ICONS / "app.svg"))
    if not renderer.isValid():
        print("resources/icons/app.svg is not a valid SVG", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        render(renderer, size).save(str(ICONS / f"app-{size}.png"))
    render(renderer, 256).save(str(ICONS / "app.ico"))
    render(renderer, 512).save(str(ICONS / "app.icns"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
