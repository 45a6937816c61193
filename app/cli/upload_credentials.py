"""Where ``event-loader upload`` finds the account's secrets, and where a renewed one goes.

From environment variables named on the command line (scripts, CI), else from the system
keychain that ``event-loader login`` or the window filled; a HubSpot sign-in renewed during an
upload is saved back there. Every secret is registered for redaction before anything is logged.
"""

from __future__ import annotations

import argparse
import logging
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.cli.common import CommandError, print_error
from app.core.destinations import get
from app.paths import log_dir

if TYPE_CHECKING:
    from app.api.hubspot_auth import HubSpotCredentials
    from app.core.conversion.mapping import Mapping

log = logging.getLogger(__name__)


def credentials(args: argparse.Namespace, mapping: Mapping) -> tuple[dict[str, Any], bool]:
    """Return the account's secrets and whether they came from the keychain."""
    # deferred: keyring costs ~25 ms at every command's start
    from app.core.secrets import account_key, keychain_available, load_account

    spec = get(mapping.destination)
    account = spec.account_id(mapping.settings)
    if args.token_env or args.refresh_token_env:
        secrets: dict[str, Any] = {}
        if args.token_env:
            secrets[spec.main_secret] = _env(args.token_env)
        if args.refresh_token_env:
            if not spec.refreshable:
                raise CommandError(
                    f"--refresh-token-env is for HubSpot; {spec.display_name} uses an API key."
                )
            if not args.client_id or not args.client_secret_env:
                raise CommandError(
                    "--refresh-token-env needs --client-id and --client-secret-env as well."
                )
            secrets["refresh_token"] = _env(args.refresh_token_env)
            secrets["client_id"] = args.client_id
            secrets["client_secret"] = _env(args.client_secret_env)
        return secrets, False
    key = account_key(mapping.destination, account)
    saved = load_account(key)
    if not saved and not keychain_available():
        raise CommandError(
            "the system keychain cannot be used (missing or locked), so saved credentials cannot "
            "be read. Unlock it, or pass --token-env VAR naming an environment variable that "
            "holds the token."
        )
    if not saved:
        raise CommandError(
            f"no saved credentials for {destination_label(mapping)}. Run "
            f"'event-loader login {spec.short_name} --app-id {account}' (or connect the account "
            "in the window), or pass --token-env VAR naming an environment variable that holds it."
        )
    return saved, True


def start_log(secrets: dict[str, Any]) -> None:
    """Log to the per-user log file, with every secret of this run redacted from it."""
    # deferred: logging set-up costs ~8 ms at every command's start
    from app.core.logs import register_secret, setup_file_logging

    for value in secrets.values():
        if isinstance(value, str):
            register_secret(value)
    try:
        setup_file_logging(log_dir())
    except OSError:
        pass  # a log folder that cannot be written must not stop an upload


def _env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise CommandError(f"the environment variable {name} is not set or is empty.")
    return value


def refresh_saver(
    mapping: Mapping, secrets: dict[str, Any]
) -> Callable[[HubSpotCredentials], None]:
    """Keep a refreshed access token (and a rotated refresh token) in the keychain."""
    # deferred: logging set-up costs ~8 ms; keyring costs ~25 ms at every command's start
    from app.core.logs import register_secret
    from app.core.secrets import account_key, save_account

    spec = get(mapping.destination)
    account = spec.account_id(mapping.settings)
    key = account_key(mapping.destination, account)
    renewal_reported = threading.Event()

    def save(credentials: HubSpotCredentials) -> None:
        updated = dict(secrets)
        for name in ("access_token", "refresh_token", "expires_at"):
            value = getattr(credentials, name, None)
            if value:
                updated[name] = value
        for value in updated.values():
            if isinstance(value, str):
                register_secret(value)  # the renewed tokens stay out of the log too
        secrets.update(updated)  # kept for this session whatever the keychain does
        try:
            saved = save_account(key, updated, destination_label(mapping))
            why = "it refused the new token"
        except Exception as exc:  # noqa: BLE001 - the upload goes on with the token in memory
            saved, why = False, f"{type(exc).__name__}"
        if saved or renewal_reported.is_set():
            return
        renewal_reported.set()  # once per upload, however many renewals follow
        log.warning("the renewed HubSpot sign-in could not be saved in the keychain: %s", why)
        print_error(
            f"HubSpot renewed the sign-in but the system keychain did not save it ({why}). "
            "This upload goes on with it; afterwards run "
            f"'event-loader login {spec.short_name} --app-id {account}' so that the next one is "
            "not refused."
        )

    return save


def destination_label(mapping: Mapping) -> str:
    """Name the destination for messages ("HubSpot app 123456, template …")."""
    # Names from the mapping file come printed short and with control characters escaped.
    return get(mapping.destination).describe(mapping.settings)
