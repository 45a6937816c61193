"""The Linux installer recipe: the .deb it builds has the launcher, menu entry, icons and metadata.

The full PyInstaller build runs in CI (packaging/ci-linux.sh); here a stand-in bundle folder goes
through the same packaging step, so the recipe is checked in seconds.
"""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian/Ubuntu)"
)


def _load_build_module():
    spec = importlib.util.spec_from_file_location(
        "packaging_build", ROOT / "packaging" / "build.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    module = _load_build_module()
    monkeypatch.setattr(module, "DIST", tmp_path / "dist")
    monkeypatch.setattr(module, "ROOT", ROOT)
    (tmp_path / "dist").mkdir()
    # Keep the staging tree out of the source checkout.
    original_root = module.ROOT
    monkeypatch.setattr(module, "ROOT", tmp_path)
    (tmp_path / "resources").symlink_to(original_root / "resources")
    return module


def _fake_bundle(folder: Path) -> Path:
    bundle = folder / "event-loader"
    (bundle / "_internal").mkdir(parents=True)
    launcher = bundle / "event-loader"
    launcher.write_text("#!/bin/sh\necho 'Event Loader 0.0'\n")
    launcher.chmod(0o755)
    (bundle / "_internal" / "payload.bin").write_bytes(b"\0" * 4096)
    return bundle


def test_version_comes_from_pyproject() -> None:
    module = _load_build_module()
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert module.project_version() == declared


def test_deb_holds_launcher_menu_entry_and_icons(build, tmp_path: Path) -> None:
    deb = build.build_deb(_fake_bundle(tmp_path / "bundle"), "9.8.7")
    assert deb.name.startswith("event-loader_9.8.7_") and deb.suffix == ".deb"

    info = subprocess.run(
        ["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    fields = dict(
        line.split(": ", 1)
        for line in info.splitlines()
        if ": " in line and not line.startswith(" ")
    )
    assert fields["Package"] == "event-loader"
    assert fields["Version"] == "9.8.7"
    assert "libxcb-cursor0" in fields["Depends"]
    assert int(fields["Installed-Size"]) >= 4

    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "./opt/event-loader/event-loader" in listing
    assert "./usr/bin/event-loader -> /opt/event-loader/event-loader" in listing
    assert "./usr/share/applications/event-loader.desktop" in listing
    for size in (16, 32, 48, 256, 512):
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/event-loader.png" in listing
    assert "./usr/share/icons/hicolor/scalable/apps/event-loader.svg" in listing
    # Every file belongs to root, whoever built the package.
    assert all(" root/root " in line for line in listing.splitlines() if line)


def test_tarball_unpacks_to_a_versioned_folder(build, tmp_path: Path) -> None:
    archive = build.build_tarball(_fake_bundle(tmp_path / "bundle"), "1.2.3")
    names = subprocess.run(
        ["tar", "-tzf", str(archive)], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "event-loader-1.2.3/event-loader" in names


def test_icons_are_png_images_of_their_stated_size() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        data = (ROOT / "resources" / "icons" / f"app-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (size, size)


def test_desktop_entry_is_valid() -> None:
    validator = shutil.which("desktop-file-validate")
    entry = ROOT / "resources" / "linux" / "event-loader.desktop"
    text = entry.read_text()
    assert "Exec=event-loader %f" in text and "Icon=event-loader" in text
    if validator:
        result = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
