"""Find what calamine leaves out of an OpenDocument sheet: error cells and merged cells.

calamine reads an error cell of an .ods as empty text and does not report merged cells for this
format. LibreOffice marks an error cell ``calcext:value-type="error"`` (its text is the error,
``#DIV/0!``) and a merged cell with ``table:number-columns-spanned``/``-rows-spanned``; this
scan walks ``content.xml`` once, counting repeated rows and cells, to locate both.
"""

from __future__ import annotations

import logging
import threading
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from app.core.reading.sheet_types import CellError

log = logging.getLogger(__name__)

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_NAME = f"{{{_TABLE}}}name"
_ROWS_REPEATED = f"{{{_TABLE}}}number-rows-repeated"
_COLS_REPEATED = f"{{{_TABLE}}}number-columns-repeated"
_COLS_SPANNED = f"{{{_TABLE}}}number-columns-spanned"
_ROWS_SPANNED = f"{{{_TABLE}}}number-rows-spanned"
_CALC_TYPE = f"{{{_CALCEXT}}}value-type"
_ROW = f"{{{_TABLE}}}table-row"
_CELL = f"{{{_TABLE}}}table-cell"
_COVERED = f"{{{_TABLE}}}covered-table-cell"
_TABLE_TAG = f"{{{_TABLE}}}table"
_MAX_REPEAT = 10_000  # repeated rows/cells beyond this are blank padding, never errors


class OdsScan:
    """Scan one table of an .ods in a background thread (calamine parses meanwhile)."""

    def __init__(self, path: Path, sheet_name: str) -> None:
        self.path = path
        self.sheet_name = sheet_name
        self.errors: dict[int, list[tuple[int, CellError]]] = {}
        self.merged: list[tuple[tuple[int, int], tuple[int, int]]] = []
        self._thread = threading.Thread(target=self._run, name="ods-scan", daemon=True)

    def start(self) -> OdsScan:
        """Start scanning in the background."""
        self._thread.start()
        return self

    def errors_result(self) -> dict[int, list[tuple[int, CellError]]]:
        """Wait for the scan, then return the error cells by spreadsheet row number."""
        self._thread.join()
        return self.errors

    def merged_result(self) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        """Wait for the scan, then return the merged ranges (0-based, inclusive)."""
        self._thread.join()
        return self.merged

    def _run(self) -> None:
        try:
            with zipfile.ZipFile(self.path) as archive, archive.open("content.xml") as stream:
                self._scan(stream)
        except Exception:  # noqa: BLE001 - calamine reports broken files; this is a bonus
            # The cells still read; only error cells and merged headers go unmarked.
            log.debug("error-cell scan of %s stopped", self.path.name, exc_info=True)

    def _scan(self, stream: Any) -> None:
        in_table = False
        row = -1
        row_start = 0
        row_repeat = 1
        col = 0
        pending_error: tuple[int, int, int] | None = None  # row_start, col, repeat
        for event, element in ElementTree.iterparse(stream, events=("start", "end")):
            tag = element.tag
            if event == "start":
                if tag == _TABLE_TAG:
                    if in_table:
                        return  # the wanted table is done
                    in_table = element.get(_NAME) == self.sheet_name
                    row = -1
                elif not in_table:
                    continue
                elif tag == _ROW:
                    row_start = row + 1
                    row_repeat = int(element.get(_ROWS_REPEATED, "1"))
                    col = 0
                elif tag in (_CELL, _COVERED):
                    repeat = int(element.get(_COLS_REPEATED, "1"))
                    if tag == _CELL:
                        if element.get(_CALC_TYPE) == "error":
                            pending_error = (row_start, col, repeat)
                        spanned_cols = int(element.get(_COLS_SPANNED, "1"))
                        spanned_rows = int(element.get(_ROWS_SPANNED, "1"))
                        if spanned_cols > 1 or spanned_rows > 1:
                            self.merged.append(
                                (
                                    (row_start, col),
                                    (row_start + spanned_rows - 1, col + spanned_cols - 1),
                                )
                            )
                    col += repeat
            else:
                if not in_table:
                    if tag == _ROW:
                        element.clear()
                    continue
                if tag == _CELL and pending_error is not None:
                    text = "".join(element.itertext()).strip() or "#N/A"
                    first_row, first_col, repeat = pending_error
                    for r in range(first_row, first_row + min(row_repeat, _MAX_REPEAT)):
                        for c in range(first_col, first_col + min(repeat, _MAX_REPEAT)):
                            self.errors.setdefault(r + 1, []).append((c, CellError(text)))
                    pending_error = None
                elif tag == _ROW:
                    row = row_start + row_repeat - 1
                    element.clear()
