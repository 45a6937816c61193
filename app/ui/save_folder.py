"""The folder every save (and open) dialog of the program starts in.

Next to the input file, where the user will look for the report or the rows to fix; else the
user's Documents folder. Never the program's own folder: the demo's sample lives there, a file
named on the command line may be relative to it, and it is often not writable.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from app.paths import resources_dir


def documents_folder() -> Path:
    """Return the user's Documents folder (their home folder if there is none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def _program_folders() -> list[Path]:
    folders = [resources_dir().resolve(), Path(sys.executable).resolve().parent]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        folders.append(Path(frozen_root).resolve())
    return folders


def _is_program_folder(folder: Path) -> bool:
    return any(folder == root or folder.is_relative_to(root) for root in _program_folders())


def save_folder(source: str | Path | None) -> Path:
    """Return the folder a dialog opens in: ``source``'s folder, else Documents."""
    if source:
        folder = Path(source).expanduser().absolute().parent
        if (
            folder.is_dir()
            and os.access(folder, os.W_OK)
            and not _is_program_folder(folder.resolve())
        ):
            return folder
    return documents_folder()


def suggested_path(source: str | Path | None, file_name: str) -> str:
    """Return the path a save dialog proposes: ``file_name`` in ``save_folder(source)``."""
    return str(save_folder(source) / file_name)
