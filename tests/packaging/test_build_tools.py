"""The small tools the installers workflow calls: checksums, the bundle check, --installer-only."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_support import PACKAGING, ROOT, load_packaging_module

checksums = load_packaging_module("checksums")
check_bundle = load_packaging_module("check_bundle")
plan = load_packaging_module("bundle_plan")


def test_checksum_file_is_what_sha256sum_checks(tmp_path: Path) -> None:
    installer = tmp_path / "EventLoader-1.2.3-setup.exe"
    installer.write_bytes(b"MZ" + bytes(range(256)) * 5000)
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "checksums.py"), str(installer)],
        capture_output=True,
        text=True,
        check=True,
    )
    expected = hashlib.sha256(installer.read_bytes()).hexdigest()
    line = f"{expected}  EventLoader-1.2.3-setup.exe\n"
    assert result.stdout == line
    assert (tmp_path / "EventLoader-1.2.3-setup.exe.sha256").read_bytes() == line.encode()
    if shutil.which("sha256sum"):
        check = subprocess.run(
            ["sha256sum", "-c", "EventLoader-1.2.3-setup.exe.sha256"], cwd=tmp_path, check=False
        )
        assert check.returncode == 0


def test_checksums_refuse_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        checksums.main([str(tmp_path / "nothing.dmg")])
    assert exit_info.value.code == 2


def _bundle(root: Path, files: list[str]) -> Path:
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    return root


WINDOWS_BUNDLE = [
    "EventLoader.exe",
    "event-loader.exe",
    "_internal/PySide6/plugins/platforms/qwindows.dll",
    "_internal/PySide6/plugins/platforms/qoffscreen.dll",
    "_internal/PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "_internal/PySide6/translations/qtbase_fr.qm",
    "_internal/resources/translations/event_loader_fr.qm",
    "_internal/resources/translations/event_loader_en.qm",
    "_internal/resources/icons/app.svg",
    "_internal/resources/samples/webinar-attendees.xlsx",
    "_internal/keyring-25.7.0.dist-info/entry_points.txt",
]


def test_complete_bundle_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = _bundle(tmp_path / "Event Loader", WINDOWS_BUNDLE)
    assert check_bundle.main([str(bundle), "--system", plan.WINDOWS]) == 0
    assert "holds what win32 needs" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("left_out", "reported"),
    [
        ("_internal/PySide6/plugins/platforms/qwindows.dll", "Qt plugin platforms/qwindows"),
        ("_internal/PySide6/translations/qtbase_fr.qm", "Qt translation qtbase_fr.qm"),
        (
            "_internal/resources/translations/event_loader_fr.qm",
            "interface translation event_loader_fr.qm",
        ),
        ("_internal/keyring-25.7.0.dist-info/entry_points.txt", "keyring's entry points"),
    ],
)
def test_bundle_check_names_what_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], left_out: str, reported: str
) -> None:
    bundle = _bundle(tmp_path / "app", [name for name in WINDOWS_BUNDLE if name != left_out])
    assert check_bundle.main([str(bundle), "--system", plan.WINDOWS]) == 1
    output = capsys.readouterr().out
    assert f"bundle check: missing {reported}" in output
    assert output.count("missing") == 1


def test_a_windows_bundle_is_not_a_macos_one(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path / "app", WINDOWS_BUNDLE)
    missing = check_bundle.missing_parts(check_bundle.bundle_files(bundle), plan.MACOS)
    assert missing == [
        "Qt plugin platforms/libqcocoa",
        "Qt plugin platforms/libqoffscreen",
        "Qt plugin styles/libqmacstyle",
    ]


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian/Ubuntu)")
def test_installer_only_packs_the_bundle_already_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = load_packaging_module("build")
    dist = tmp_path / "dist"
    bundle = dist / "event-loader"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "event-loader").write_text("#!/bin/sh\n")
    monkeypatch.setattr(build, "DIST", dist)
    monkeypatch.setattr(build, "ROOT", tmp_path)
    (tmp_path / "resources").symlink_to(ROOT / "resources")
    (tmp_path / "pyproject.toml").symlink_to(ROOT / "pyproject.toml")
    monkeypatch.setattr(
        build, "build_bundle", lambda: pytest.fail("--installer-only must not run PyInstaller")
    )
    assert build.main(["--installer-only"]) == 0
    version = build.project_version()
    assert list(dist.glob(f"event-loader_{version}_*.deb"))
    assert list(dist.glob(f"event-loader-{version}-linux-*.tar.gz"))


def test_installer_only_without_a_bundle_says_what_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = load_packaging_module("build")
    monkeypatch.setattr(build, "DIST", tmp_path / "dist")
    with pytest.raises(SystemExit, match="run packaging/build.py --bundle-only first"):
        build.main(["--installer-only"])
