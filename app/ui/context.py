"""What the window's own parts share besides the wizard state: settings and known accounts.

The wizard state (``app.ui.state``) is the data of one load; the context is the program around it
(preferences, the accounts the user saved, whether this is the demo). Steps get it in their
constructor so tests can build one with temporary folders and an in-memory keyring.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from app.core.settings import Settings, save_settings
from app.ui.accounts import AccountStore

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """Settings, accounts and run mode for one window."""

    settings: Settings = field(default_factory=Settings)
    accounts: AccountStore = field(default_factory=AccountStore)
    demo: bool = False
    read_only: bool = False  # a check run (--smoke): remember nothing on this computer

    def save_settings(self) -> None:
        """Write the settings; a failure is logged, never fatal (the next save will try again)."""
        if self.read_only:
            return
        try:
            save_settings(self.settings)
        except OSError as exc:
            log.warning("could not save settings: %s", exc)
