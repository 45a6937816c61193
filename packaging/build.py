"""Build Event Loader's installer for the operating system this runs on.

    python packaging/build.py                   # the bundle plus this OS's installers, into dist/
    python packaging/build.py --bundle-only     # stop after the bundle (to sign what is inside)
    python packaging/build.py --installer-only  # the installers from the bundle already in dist/

Linux: a one-folder bundle, ``dist/event-loader_<version>_<arch>.deb`` (installs under
/opt/event-loader with a launcher on PATH, a menu entry and icons) and a ``.tar.gz`` of the folder.
Windows: ``dist/EventLoader-<version>-setup.exe`` through Inno Setup (``iscc`` on PATH).
macOS: ``dist/Event Loader.app`` and ``dist/EventLoader-<version>-macos-<arch>.dmg`` through
``hdiutil``.
Needs the ``package`` extra: ``pip install -e '.[package]'``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE_NAME = "event-loader"
PACKAGE_NAME = "event-loader"
INSTALL_DIR = "/opt/event-loader"

# Libraries Qt's xcb platform plugin loads that a minimal desktop may lack.
DEB_DEPENDS = [
    "libc6",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libx11-xcb1",
]


def project_version() -> str:
    """Return the version declared in pyproject.toml (the single source of truth)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def run(command: list[str], **kwargs: object) -> None:
    """Run a build tool, echoing it, and stop the build if it fails."""
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]


def bundle_path() -> Path:
    """Return where PyInstaller leaves the bundle: the folder, or the .app on macOS."""
    if sys.platform == "darwin":
        return DIST / "Event Loader.app"
    return DIST / BUNDLE_NAME


def build_bundle() -> Path:
    """Run PyInstaller with the spec; return the one-folder bundle (or the .app on macOS)."""
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(PACKAGING / "event_loader.spec"),
        ]
    )
    return bundle_path()


def folder_size_kib(folder: Path) -> int:
    """Return the disk size of a folder's files in KiB (for the .deb Installed-Size field)."""
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        // 1024
    )


def build_deb(bundle: Path, version: str) -> Path:
    """Stage the bundle as a Debian package tree and build it with dpkg-deb."""
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    stage = ROOT / "build" / "deb" / f"{PACKAGE_NAME}_{version}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / INSTALL_DIR.lstrip("/")
    shutil.copytree(bundle, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "event-loader").symlink_to(f"{INSTALL_DIR}/event-loader")
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "linux" / "event-loader.desktop", applications)
    icons = ROOT / "resources" / "icons"
    for png in icons.glob("app-*.png"):
        size = png.stem.split("-", 1)[1]
        target = stage / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target / "event-loader.png")
    scalable = stage / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "app.svg", scalable / "event-loader.svg")

    debian = stage / "DEBIAN"
    debian.mkdir()
    control = "\n".join(
        [
            f"Package: {PACKAGE_NAME}",
            f"Version: {version}",
            "Section: utils",
            "Priority: optional",
            f"Architecture: {arch}",
            f"Installed-Size: {folder_size_kib(stage)}",
            f"Depends: {', '.join(DEB_DEPENDS)}",
            "Maintainer: Event Loader <support@eventloader.invalid>",
            "Description: Turn a spreadsheet into HubSpot or Pipeless events",
            " Open an Excel or CSV file, match its columns to the fields of an event,",
            " preview every row and upload in batches, exactly once and resumable.",
            "",
        ]
    )
    (debian / "control").write_text(control, encoding="utf-8")
    for script in ("postinst", "postrm"):
        path = debian / script
        shutil.copy2(ROOT / "resources" / "linux" / script, path)
        path.chmod(0o755)
    deb = DIST / f"{PACKAGE_NAME}_{version}_{arch}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(stage), str(deb)])
    return deb


def build_tarball(bundle: Path, version: str) -> Path:
    """Pack the bundle folder as a .tar.gz for distributions without dpkg."""
    machine = platform.machine().lower() or "unknown"
    archive = DIST / f"{PACKAGE_NAME}-{version}-linux-{machine}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{PACKAGE_NAME}-{version}")
    return archive


def build_windows_installer(bundle: Path, version: str) -> Path:
    """Compile the Inno Setup script into a setup .exe (needs ``iscc`` from Inno Setup 6)."""
    iscc = shutil.which("iscc") or shutil.which("ISCC.exe")
    if not iscc:
        raise SystemExit("Inno Setup's iscc was not found on PATH: install Inno Setup 6 first.")
    run(
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DSourceDir={bundle}",
            f"/DOutputDir={DIST}",
            f"/DIconFile={ROOT / 'resources' / 'icons' / 'app.ico'}",
            str(PACKAGING / "windows" / "event-loader.iss"),
        ]
    )
    return DIST / f"EventLoader-{version}-setup.exe"


def build_dmg(app_bundle: Path, version: str) -> Path:
    """Wrap the .app in a compressed disk image with a shortcut to /Applications."""
    staging = ROOT / "build" / "dmg"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    shutil.copytree(app_bundle, staging / app_bundle.name, symlinks=True)
    os.symlink("/Applications", staging / "Applications")
    machine = platform.machine().lower() or "unknown"
    dmg = DIST / f"EventLoader-{version}-macos-{machine}.dmg"
    run(
        [
            "hdiutil",
            "create",
            "-volname",
            "Event Loader",
            "-srcfolder",
            str(staging),
            "-ov",
            "-format",
            "UDZO",
            str(dmg),
        ]
    )
    return dmg


def main(argv: list[str] | None = None) -> int:
    """Build the bundle and, unless told otherwise, this OS's installers."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    steps = parser.add_mutually_exclusive_group()
    steps.add_argument(
        "--bundle-only", action="store_true", help="stop after the PyInstaller folder"
    )
    steps.add_argument(
        "--installer-only",
        action="store_true",
        help="build the installers from the bundle already in dist/ (after signing it)",
    )
    args = parser.parse_args(argv)
    version = project_version()
    if args.installer_only:
        bundle = bundle_path()
        if not bundle.is_dir():
            raise SystemExit(f"No bundle at {bundle}: run packaging/build.py --bundle-only first.")
    else:
        bundle = build_bundle()
    print(f"bundle: {bundle} ({folder_size_kib(bundle) / 1024:.1f} MiB)")
    if args.bundle_only:
        return 0
    if sys.platform.startswith("linux"):
        outputs = [build_deb(bundle, version), build_tarball(bundle, version)]
    elif sys.platform == "win32":
        outputs = [build_windows_installer(bundle, version)]
    elif sys.platform == "darwin":
        outputs = [build_dmg(bundle, version)]
    else:
        raise SystemExit(f"No installer recipe for {sys.platform}.")
    for output in outputs:
        print(f"built: {output} ({output.stat().st_size / 1024 / 1024:.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
