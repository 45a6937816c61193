"""Run the window's Upload step in its own process until it is killed (kill proof of the window).

Usage: ``python window_upload_child.py FILE MAPPING BASE_URL`` with the access token in
``PROOF_TOKEN`` and the user folders in the ``EVENT_LOADER_*`` variables. Qt runs offscreen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.conversion.convert import convert_rows  # noqa: E402
from app.core.conversion.mapping import load_mapping  # noqa: E402
from app.core.reading.sheet import read_sheet  # noqa: E402
from app.ui.state import Account, WizardState  # noqa: E402
from app.ui.views.upload_step import UploadStep  # noqa: E402


def main() -> None:
    path, mapping_path, base_url = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    app = QApplication([])
    sheet = read_sheet(path)
    mapping = load_mapping(mapping_path)
    state = WizardState(
        file_path=path, sheet_name=sheet.sheet_name, header_row=sheet.header_row, sheet=sheet,
        account=Account(destination=mapping.destination, app_id=123456, label="Proof",
                        base_url=base_url, secrets={"access_token": os.environ["PROOF_TOKEN"]},
                        verified=True),
        mapping=mapping,
    )  # fmt: skip
    state.conversion = convert_rows(sheet, mapping)
    step = UploadStep(batch_size=50, concurrency=2)
    step.show()
    step.enter(state)
    while step._phase not in ("ready", "ended", "idle"):
        app.processEvents()
    print(f"phase {step._phase}", flush=True)
    step.all_button.click()
    while True:  # until SIGKILL (or the end, which the test treats as a missed kill)
        app.processEvents()
        if step._phase in ("ended", "test_done"):
            print("ended", flush=True)
            return


if __name__ == "__main__":
    main()
