r"""Check that a built or installed Event Loader holds what its OS needs (see bundle_plan.py).

    python packaging/check_bundle.py /opt/event-loader
    python packaging/check_bundle.py "/Applications/Event Loader.app"
    python packaging/check_bundle.py "%LOCALAPPDATA%\Programs\Event Loader"

A bundle without these still starts, so ``--smoke`` alone would not notice: the keychain would
silently fall back to "this session only", the French interface and Qt's French dialogs would stay
English, the native window plugin would be missing. Prints one line per missing part and exits 1,
or one line and 0. Standard library only, so any Python on the runner can run it.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def _load_plan() -> ModuleType:
    """Import bundle_plan.py from beside this file (``packaging`` is not an importable package)."""
    path = Path(__file__).resolve().with_name("bundle_plan.py")
    spec = importlib.util.spec_from_file_location("bundle_plan", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bundle_plan", module)
    spec.loader.exec_module(module)
    return module


plan = _load_plan()


def bundle_files(root: Path) -> list[str]:
    """Return every file under ``root`` as a forward-slash path relative to it."""
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file())


def _has_plugin(files: list[str], names: tuple[str, ...]) -> bool:
    endings = tuple(f"plugins/{name}{suffix}" for name in names for suffix in plan.PLUGIN_SUFFIXES)
    return any(path.endswith(endings) for path in files)


def missing_parts(files: list[str], system: str) -> list[str]:
    """Return a readable line for each part ``system`` needs that ``files`` lack."""
    missing = [
        f"Qt plugin {' or '.join(names)}"
        for names in plan.REQUIRED_QT_PLUGINS[system]
        if not _has_plugin(files, names)
    ]
    for name in plan.REQUIRED_QT_TRANSLATIONS:
        if not any(path.endswith(f"translations/{name}") for path in files):
            missing.append(f"Qt translation {name}")
    for name in plan.REQUIRED_APP_TRANSLATIONS:
        if not any(path.endswith(f"resources/translations/{name}") for path in files):
            missing.append(f"interface translation {name}")
    for distribution in plan.METADATA_DISTRIBUTIONS:
        if not any(
            "/" in path
            and path.rsplit("/", 2)[-2].startswith(f"{distribution}-")
            and path.endswith(".dist-info/entry_points.txt")
            for path in files
        ):
            missing.append(f"{distribution}'s entry points (its .dist-info)")
    if not any(path.endswith("resources/icons/app.svg") for path in files):
        missing.append("the icons (resources/icons)")
    if not any(path.endswith("resources/samples/webinar-attendees.xlsx") for path in files):
        missing.append("the samples (resources/samples)")
    return missing


def main(argv: list[str] | None = None) -> int:
    """Check the bundle folder given on the command line; return 0 when nothing is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the installed folder or .app")
    parser.add_argument(
        "--system",
        choices=plan.SYSTEMS,
        default=plan.system_of(sys.platform),
        help="the OS the bundle was built for (default: this one)",
    )
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"bundle check: {args.bundle} is not a folder")
        return 1
    files = bundle_files(args.bundle)
    missing = missing_parts(files, args.system)
    for line in missing:
        print(f"bundle check: missing {line}")
    if missing:
        return 1
    print(f"bundle check: {args.bundle} holds what {args.system} needs ({len(files)} files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
