"""Shared pieces for the Preview/Upload/Results tests: the sample as a wizard state, a keyring."""

from __future__ import annotations

from pathlib import Path

from memory_keyring import memory_keyring  # noqa: F401 - re-exported fixture

from app.core.conversion.convert import convert_rows
from app.core.conversion.mapping import HUBSPOT, load_mapping
from app.core.reading.sheet import read_sheet
from app.paths import samples_dir
from app.ui.state import Account, WizardState

SAMPLE = "webinar-attendees.xlsx"
SAMPLE_MAPPING = "webinar-attendees.mapping.json"


def sample_state(sandbox, *, tmp_path: Path | None = None, token: str | None = None) -> WizardState:
    """Return the webinar sample, mapped and converted, pointed at ``sandbox``.

    With ``tmp_path`` the sample is copied there first, so a test can own its file.
    """
    source = samples_dir() / SAMPLE
    path = source
    if tmp_path is not None:
        path = tmp_path / SAMPLE
        path.write_bytes(source.read_bytes())
    sheet = read_sheet(path)
    mapping = load_mapping(samples_dir() / SAMPLE_MAPPING)
    secrets = dict(sandbox.credentials)
    if token is not None:
        secrets = {"access_token": token}
    state = WizardState(
        file_path=path,
        sheet_name=sheet.sheet_name,
        header_row=sheet.header_row,
        sheet=sheet,
        account=Account(
            destination=HUBSPOT,
            app_id=int(sandbox.credentials["hubspot_app_id"]),
            label="Sandbox",
            base_url=sandbox.base_url,
            secrets=secrets,
            verified=True,
        ),
        mapping=mapping,
        demo=True,
    )
    state.conversion = convert_rows(sheet, mapping)
    return state
