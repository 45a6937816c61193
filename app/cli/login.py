"""``event-loader login hubspot|pipeless --app-id N``: check an account's secret, then keep it.

The secret is read from a hidden prompt (or from stdin when piped, for scripts), checked with
one harmless API call, and only then saved in the OS keychain under ``hubspot:<appId>`` or
``pipeless:<appId>``; ``upload`` and the window find it there. Without a keychain it is not
saved (this command ends with its process), and the message says how to pass it instead.

Exit codes: 0 saved; 2 nothing usable was given or the keychain is missing; 3 the service
refused the secret.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from app.api.errors import ApiError, AuthRefused, Forbidden, InsecureURL, NotFound
from app.cli.common import (
    CommandError,
    add_account_arguments,
    guarded,
    one_line,
    print_error,
)
from app.cli.main import EXIT_OK, EXIT_STOPPED_BY_API, EXIT_UNUSABLE
from app.core.destinations import all_destinations, by_short_name


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``login`` and its options."""
    parser = subparsers.add_parser(
        "login",
        help="check an account's token or API key and save it in the keychain",
        description=(
            "Read the service's access token (or refresh token) or API key from a hidden "
            "prompt or from stdin, check it with the service, and save it in the OS keychain. "
            "Exit code 0: saved; 2: unusable input or no keychain; 3: refused by the service."
        ),
    )
    parser.add_argument(
        "destination", choices=[d.short_name for d in all_destinations()], help="the service"
    )
    add_account_arguments(parser, app_id_required=True, client_id=True)
    seen: set[str] = set()
    for destination in all_destinations():
        option = destination.login_option
        if option is not None and option.flag not in seen:
            seen.add(option.flag)
            parser.add_argument(option.flag, metavar=option.metavar, help=option.help)
    parser.add_argument(
        "--refresh",
        action="store_true",
        help="HubSpot: the secret read is a refresh token (needs --client-id; the client secret "
        "is asked next)",
    )
    parser.add_argument("--label", metavar="TEXT", help="a name to recognise the account by")
    parser.set_defaults(run=run)
    return parser


@guarded
def run(args: argparse.Namespace) -> int:
    """Check and save the secret; return the exit code."""
    # deferred: httpx (~40-100 ms) and keyring (~25 ms) cost at every command's start
    from app.api.factory import default_base_url, make_client
    from app.core.secrets import account_key, keychain_available, save_account

    spec = by_short_name(args.destination)
    assert spec is not None  # argparse only lets registered names through
    destination = spec.key
    refreshable = spec.refreshable
    if not keychain_available():
        raise CommandError(
            "no keychain is available on this system, so nothing can be saved. Pass the secret "
            "to 'event-loader upload' with --token-env VAR instead."
        )
    secrets: dict[str, Any] = {}
    if args.refresh and not refreshable:
        raise CommandError(f"--refresh is for HubSpot; {spec.display_name} uses an API key.")
    if refreshable and args.refresh:
        if not args.client_id:
            raise CommandError("--refresh needs --client-id.")
        secrets["refresh_token"] = _read_secret("HubSpot refresh token: ")
        secrets["client_id"] = args.client_id
        secrets["client_secret"] = _read_secret("HubSpot app client secret: ")
    else:
        noun = "access token" if spec.main_secret == "access_token" else "API key"
        secrets[spec.main_secret] = _read_secret(f"{spec.display_name} {noun}: ")

    # The entry the secret must be able to write to, when the destination checks one.
    item = getattr(args, spec.login_option.dest, None) if spec.login_option else None
    settings = spec.probe_settings(args.app_id, item)
    base_url = args.base_url or default_base_url(destination)
    try:
        client = make_client(destination, settings, secrets, base_url, concurrency=1)
    except InsecureURL as exc:
        raise CommandError(f"--base-url {base_url}: {exc}") from None
    try:
        client.check_connection()
    except (AuthRefused, Forbidden) as exc:
        print_error(f"not saved: the service refused it ({one_line(exc.message)}).")
        return EXIT_STOPPED_BY_API
    except NotFound as exc:
        if not item and exc.code == "template_not_found":
            pass  # no template named: the token was accepted, the made-up template was not
        else:
            print_error(f"not saved: {one_line(exc.message)}")
            return EXIT_STOPPED_BY_API
    except ApiError as exc:
        print_error(f"not saved: the check did not succeed ({one_line(exc.message)}). Try again.")
        return EXIT_UNUSABLE
    finally:
        client.close()
    key = account_key(destination, args.app_id)
    label = args.label or f"{spec.display_name} {spec.account_noun} {args.app_id}"
    if not save_account(key, secrets, label):
        raise CommandError(
            "the keychain refused to save it. Pass the secret to 'event-loader upload' with "
            "--token-env VAR instead."
        )
    print(f"Saved the credentials of {label} in the keychain.", file=sys.stderr)
    return EXIT_OK


def _read_secret(prompt: str) -> str:
    """Read a secret from a hidden prompt, or one line of stdin when it is not a terminal."""
    if sys.stdin.isatty():
        value = getpass.getpass(prompt)
    else:
        value = sys.stdin.readline()
    value = value.strip()
    if not value:
        raise CommandError("nothing was entered.")
    return value
