"""``event-loader map FILE --destination ... --out M.json``: a starter mapping, matched for you.

Reads the header of FILE, lists the destination's fields (the tokens of a template saved as the
API returns it, or those of the entry the destination's own option names, read from the account),
lets auto-match pair columns with fields, and writes the mapping file. It prints each pairing
with its confidence and what is left to choose, so that a person
edits only what needs it before running ``event-loader check``.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from app.api.errors import ApiError
from app.cli.common import (
    CommandError,
    add_account_arguments,
    add_sheet_arguments,
    guarded,
    naming,
    one_line,
    open_first_page,
    plural,
    print_lines,
)
from app.cli.main import EXIT_OK
from app.core.conversion.automatch import auto_match, starter_mapping
from app.core.conversion.dates import local_zone_name
from app.core.conversion.mapping import (
    HubSpotSettings,
    MappingError,
    hubspot_settings_from_template,
    missing_required,
    save_mapping,
    target_label,
    targets_for,
)
from app.core.destinations import all_destinations, get
from app.core.destinations.base import CliOption
from app.core.echo import echo

LOW_CONFIDENCE = 0.8  # below this a pairing is shown as "check"


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``map`` and its options."""
    parser = subparsers.add_parser(
        "map",
        help="write a starter mapping file with columns matched to the destination's fields",
        description=(
            "Match the columns of FILE to the fields of the destination's event and write the "
            "mapping to --out, ready to edit and to use with check."
        ),
    )
    add_sheet_arguments(parser)
    parser.add_argument(
        "--destination", "-d", required=True, choices=[d.key for d in all_destinations()],
        help="where the events go",
    )  # fmt: skip
    add_account_arguments(parser, app_id=True, token_env=True)
    for option in destination_options():
        parser.add_argument(option.flag, metavar=option.metavar, type=option.type, help=option.help)
    parser.add_argument(
        "--out", "-o", metavar="M.json", required=True, help="the mapping file to write"
    )
    parser.add_argument("--force", action="store_true", help="replace --out if it exists")
    parser.set_defaults(run=run)
    return parser


def destination_options() -> list[CliOption]:
    """Return every destination's own options, each once (in registry order)."""
    found: dict[str, CliOption] = {}
    for destination in all_destinations():
        for option in destination.map_options:
            found.setdefault(option.flag, option)
    return list(found.values())


@guarded
def run(args: argparse.Namespace) -> int:
    """Write the starter mapping; return the exit code."""
    out = Path(args.out)
    if out.suffix.lower() != ".json":
        raise CommandError(f"{out.name}: a mapping file name ends in .json.")
    if out.is_dir():
        raise CommandError(f"{out}: this is a folder; give a file name for the mapping.")
    if out.exists() and not args.force:
        raise CommandError(
            f"{out.name} already exists: choose another name or add --force to replace it."
        )
    if not out.parent.exists():
        raise CommandError(f"{out.name}: the folder {out.parent} does not exist.")

    spec = get(args.destination)
    settings = _SETTINGS_SOURCES[spec.listing](spec, args)

    sheet = open_first_page(args)
    if not sheet.headers:
        raise CommandError(naming(args.file, "has no column names to match."))

    targets = targets_for(settings)
    matches = auto_match(sheet.headers, targets)
    # The first rows let date fields get the format their text needs (21/03/2025 14:05).
    # Times written without an offset mean the clock of whoever made the file: this computer's.
    zone = local_zone_name()
    mapping = starter_mapping(
        settings,
        sheet.headers,
        rows=sheet.rows,
        matches=matches,
        timezone=None if zone in (None, "UTC") else zone,
    )
    mapping.name = f"{Path(args.file).stem} to {spec.display_name}"
    try:
        save_mapping(mapping, out)
    except MappingError as exc:
        raise CommandError(naming(out, str(exc))) from None
    except OSError as exc:
        raise CommandError(
            f"{out.name}: the mapping cannot be written ({exc.strerror or exc})."
        ) from None

    print_lines(map_summary(sheet, mapping, matches, out, args.file))
    return EXIT_OK


def app_settings(spec: Any, args: argparse.Namespace) -> Any:
    """Build the settings of a destination that lists nothing: its app id is enough."""
    given = [o.flag for o in destination_options() if getattr(args, o.dest, None)]
    if given:
        owners = [d.display_name for d in all_destinations() if d.map_options]
        raise CommandError(
            f"{', '.join(given)} {'is' if len(given) == 1 else 'are'} for "
            f"{' or '.join(owners)}; {spec.display_name} has no templates."
        )
    if args.app_id is None:
        raise CommandError(
            f"give the {spec.display_name} app id with --app-id (it is shown in the "
            f"{spec.display_name} dashboard)."
        )
    return spec.probe_settings(args.app_id)


def account_settings(spec: Any, args: argparse.Namespace) -> Any:
    """Read the entry the destination's ``map_item`` option names from the account; snapshot it."""
    # deferred: httpx (~40-100 ms) and keyring (~25 ms) cost at every command's start
    from app.api.factory import default_base_url, make_client
    from app.core.secrets import account_key, load_account

    item = getattr(args, spec.map_item or "", None)
    if not item:
        raise CommandError(spec.map_item_missing)
    probe = spec.probe_settings(0, item)
    if args.token_env:
        token = os.environ.get(args.token_env, "").strip()
        if not token:
            raise CommandError(f"the environment variable {args.token_env} is not set or is empty.")
        secrets: dict[str, Any] = {spec.main_secret: token}
    else:
        secrets = load_account(account_key(spec.key, spec.account_id(probe))) or {}
        if not secrets:
            raise CommandError(
                f"no saved credentials for the account of {item}. Run 'event-loader "
                f"login {spec.short_name} --app-id {spec.account_id_word.split()[0].upper()}', "
                "or pass --token-env VAR."
            )
    base_url = args.base_url or default_base_url(spec.key)
    try:
        client = make_client(spec.key, probe, secrets, base_url, concurrency=1)
    except ApiError as exc:
        raise CommandError(f"--base-url {base_url}: {one_line(exc.message)}") from None
    try:
        entry = client.catalogue_entry(item)  # type: ignore[attr-defined]
    except ApiError as exc:
        raise CommandError(
            f"the {spec.map_item_noun} cannot be read: {one_line(exc.message)}"
        ) from None
    finally:
        client.close()
    try:
        return spec.settings_from_entry(entry, spec.account_id(probe))
    except MappingError as exc:
        raise CommandError(f"{item}: {exc}") from None


def template_settings(spec: Any, args: argparse.Namespace) -> Any:
    """Build the HubSpot settings from ``--template-file`` (or bare ids) and ``--app-id``."""
    return hubspot_settings(args)


def hubspot_settings(args: argparse.Namespace) -> Any:
    """Build the HubSpot settings from ``--template-file`` (or bare ids) and ``--app-id``."""
    if args.app_id is None:
        raise CommandError(
            "give the HubSpot app id with --app-id "
            "(shown in your developer account under the app's settings)."
        )
    if not args.template_file:
        if not args.template_id:
            raise CommandError(
                "give --template-file T.json (the template as HubSpot's API returns it) "
                "or at least --template-id."
            )
        return HubSpotSettings(app_id=args.app_id, event_template_id=str(args.template_id))

    path = Path(args.template_file)
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        raise CommandError(f"{path.name}: template file not found.") from None
    except IsADirectoryError:
        raise CommandError(f"{path.name}: this is a folder, not a template file.") from None
    except OSError as exc:
        raise CommandError(
            f"{path.name}: the template file cannot be read ({exc.strerror})."
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CommandError(
            f"{path.name}: this is not a template file (it is not valid JSON)."
        ) from None

    template = pick_template(data, args.template_id, path.name)
    try:
        return hubspot_settings_from_template(args.app_id, template)
    except MappingError as exc:
        raise CommandError(naming(path, str(exc))) from None


# How the settings of a destination are found, by what its account lists (``listing``).
_SETTINGS_SOURCES = {
    None: app_settings,
    "templates": template_settings,
    "catalogue": account_settings,
}


def pick_template(data: Any, template_id: str | None, file_name: str) -> dict[str, Any]:
    """Return the template a file holds: itself, or one of a ``{"results": [...]}`` listing."""
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        candidates = [t for t in data["results"] if isinstance(t, dict)]
    elif isinstance(data, list):
        candidates = [t for t in data if isinstance(t, dict)]
    elif isinstance(data, dict):
        candidates = [data]
    else:
        raise CommandError(f"{file_name}: this is not a HubSpot event template.")
    if template_id is not None:
        chosen = [t for t in candidates if str(t.get("id")) == str(template_id)]
        if not chosen:
            known = ", ".join(f'{t.get("id")} "{t.get("name", "")}"' for t in candidates[:10])
            raise CommandError(
                f"{file_name} has no template with id {template_id} (templates: {known or 'none'})."
            )
        return chosen[0]
    if len(candidates) != 1:
        known = ", ".join(f'{t.get("id")} "{t.get("name", "")}"' for t in candidates[:10])
        raise CommandError(
            f"{file_name} lists {len(candidates)} templates: "
            f"choose one with --template-id ({known})."
        )
    template = candidates[0]
    if "tokens" not in template and "id" not in template:
        raise CommandError(f"{file_name}: this is not a HubSpot event template (no id, no tokens).")
    return template


def map_summary(
    sheet: Any, mapping: Any, matches: list[Any], out: Path, file_text: str
) -> list[str]:
    """Return the lines ``map`` prints: what was matched, what needs a look, what is left."""
    lines = [
        f"Mapping written to {out}: "
        f"{plural(len(matches), 'field')} matched from {Path(sheet.path).name}"
    ]
    width = max((len(m.target) for m in matches), default=0)
    for match in matches:
        flag = "  check" if match.confidence < LOW_CONFIDENCE else ""
        rule = mapping.fields.get(match.target)
        fmt = f", format {rule.format}" if rule is not None and rule.format else ""
        lines.append(
            f'  {match.target.ljust(width)}  <- "{echo(match.column)}" '
            f"({round(match.confidence * 100)} %{fmt}){flag}"
        )
    missing = missing_required(mapping)
    if missing:
        lines.append("Still to choose (a column or a fixed value), needed by every event:")
        for group in missing:
            names = " or ".join(f"{t} ({echo(target_label(mapping, t))})" for t in group)
            lines.append(f"  {names}")
    used = {m.column for m in matches}
    unused = [h for h in sheet.headers if h not in used]
    if unused:
        shown = ", ".join(f'"{echo(h)}"' for h in unused[:8])
        more = " ..." if len(unused) > 8 else ""
        lines.append(f"{plural(len(unused), 'column')} not imported: {shown}{more}")
    lines.append(
        f"Next: edit {out.name} if needed, then run: event-loader check {file_text} --mapping {out}"
    )
    return lines
