"""What the steps of the window share: the file, the destination, the mapping, the conversion.

Plain Python held by the main window and handed to each step on entry; a step reads what earlier
steps produced and fills in its own part. Keeping it outside the widgets lets tests build a state
directly and open any step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.conversion.convert import ConversionResult
from app.core.conversion.edits import EditMap
from app.core.conversion.mapping import Destination, Mapping
from app.core.reading.sheet import SheetData


@dataclass
class Account:
    """The destination account the upload goes to (secrets stay in ``app.core.secrets``)."""

    destination: Destination
    app_id: int
    label: str
    base_url: str  # https://api.hubapi.com, https://api.pipeless.io, or the sandbox's loopback URL
    secrets: dict[str, str] = field(default_factory=dict, repr=False)  # held in memory only
    verified: bool = False
    demo: bool = False  # an account of the built-in sandbox: never saved to the keychain


@dataclass
class WizardState:
    """Everything the six steps produce, in order.

    File fills ``file_path`` … ``sheet`` once the whole sheet has loaded (and clears
    ``conversion``, ``excluded_rows`` and, for another file, ``run_id``). Destination fills
    ``account`` (verified), ``templates`` and the destination part of ``mapping`` (a new mapping,
    or the same one pointed at the chosen template/app, keeping the fields that still apply).
    Mapping fills ``mapping.fields`` and clears ``conversion``. Preview fills ``conversion``,
    ``excluded_rows`` and ``cell_edits``; Upload fills ``run_id`` and ``sending_seconds``.

    ``cell_edits`` outlive a re-conversion: Preview drops them all when another file is open
    (``edits_file`` says which file they belong to) and otherwise re-applies those that still
    apply (the core's ``edits``): a changed mapping or a re-read of the same file keeps the fixes.
    """

    file_path: Path | None = None
    sheet_name: str | None = None
    header_row: int | None = None
    encoding: str | None = None
    delimiter: str | None = None
    sheet: SheetData | None = None  # the complete sheet once loaded
    account: Account | None = None
    # HubSpot templates as the API lists them
    templates: list[dict[str, Any]] = field(default_factory=list)
    # the catalogue the account lists (``Destination.catalogue``), as the API sends it
    catalogue: list[dict[str, Any]] = field(default_factory=list)
    mapping: Mapping | None = None
    conversion: ConversionResult | None = None
    # data-row indices the user excluded in Preview
    excluded_rows: set[int] = field(default_factory=set)
    # source cells fixed in Preview: data-row index -> column header -> edit (file untouched)
    cell_edits: EditMap = field(default_factory=dict)
    edits_file: Path | None = None  # the file ``cell_edits`` were made on
    run_id: str | None = None  # journal run of the current upload
    # time the current upload spent sending (Upload adds each run of the engine; Results shows it)
    sending_seconds: float | None = None
    demo: bool = False  # running on the built-in sandbox
