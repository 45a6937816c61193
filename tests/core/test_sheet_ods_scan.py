"""The ODS error-cell scan is a bonus to calamine's reading: when it stops, the log says why."""

from __future__ import annotations

import logging
import zipfile

from app.core.reading.sheet_ods import OdsScan


def test_a_scan_that_cannot_read_the_file_leaves_a_log_line(tmp_path, caplog):
    broken = tmp_path / "budget.ods"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content><unclosed")
    with caplog.at_level(logging.DEBUG, logger="app.core.reading.sheet_ods"):
        scan = OdsScan(broken, "Sheet1").start()
        assert scan.errors_result() == {}
    records = [r for r in caplog.records if r.name == "app.core.reading.sheet_ods"]
    assert len(records) == 1
    assert "budget.ods" in records[0].getMessage() and records[0].exc_info is not None
