"""The PyInstaller spec gives each OS what it needs, checked without PyInstaller.

The spec is executed as PyInstaller would execute it, with ``sys.platform`` set to each OS and
recording stand-ins for Analysis, EXE, COLLECT and BUNDLE. The stand-in Analysis returns the
files PySide6's hooks collect on that OS (platform plugins, Qt translations, unused plugins), so
the spec's own filtering is what decides what reaches COLLECT; the same check that CI runs on an
installed build (packaging/check_bundle.py) then reads that list.
"""

from __future__ import annotations

import glob
import importlib.metadata
import importlib.util
import plistlib
import sys
import tomllib
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from packaging_support import PACKAGING, ROOT, load_packaging_module

plan = load_packaging_module("bundle_plan")
check_bundle = load_packaging_module("check_bundle")

SPEC = PACKAGING / "event_loader.spec"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]

# What PySide6's PyInstaller hooks hand to the spec on each OS: the wanted files and some the
# spec must drop. Qt translations are data files, everything else binaries.
HOOK_FILES = {
    plan.WINDOWS: (
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/platforms/qoffscreen.dll",
        "PySide6/plugins/platforms/qminimal.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/plugins/sqldrivers/qsqlite.dll",
        "PySide6/plugins/imageformats/qtiff.dll",
        "PySide6/translations/qtbase_fr.qm",
        "PySide6/translations/qtbase_en.qm",
        "PySide6/translations/qtbase_de.qm",
        "PySide6/translations/qt_ja.qm",
    ),
    plan.MACOS: (
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/platforms/libqoffscreen.dylib",
        "PySide6/Qt/plugins/styles/libqmacstyle.dylib",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.dylib",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/Qt/translations/qtbase_de.qm",
    ),
    plan.LINUX: (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "libgtk-3.so.0",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/Qt/translations/qtbase_de.qm",
    ),
}


@dataclass
class SpecRun:
    """What the spec asked PyInstaller for on one OS."""

    analysis: Any = None
    exes: list[dict[str, Any]] = field(default_factory=list)
    collected: list[str] = field(default_factory=list)
    bundle: dict[str, Any] | None = None
    collected_packages: list[str] = field(default_factory=list)
    metadata: list[str] = field(default_factory=list)


def _expand_datas(datas: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Turn (source, folder) pairs into PyInstaller's (destination, source, kind) entries."""
    entries = []
    for source, folder in datas:
        for match in sorted(glob.glob(source)) or [source]:
            path = Path(match)
            assert path.exists(), f"the spec bundles {path}, which does not exist"
            files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
            for file in files:
                relative = file.relative_to(path).as_posix() if path.is_dir() else file.name
                entries.append((f"{folder}/{relative}", str(file), "DATA"))
    return entries


def _metadata_folder(distribution: str) -> tuple[str, str]:
    dist = importlib.metadata.distribution(distribution)
    record = next(f for f in dist.files or [] if f.name == "METADATA")
    folder = Path(str(record.locate())).parent
    return str(folder), folder.name


def run_spec(
    system: str, monkeypatch: pytest.MonkeyPatch, codesign_identity: str | None = None
) -> SpecRun:
    """Execute the spec for ``system`` with recording stand-ins; return what it asked for."""
    run = SpecRun()

    def collect_submodules(package: str) -> list[str]:
        # Nothing more than the package itself: what the spec names explicitly must suffice.
        run.collected_packages.append(package)
        return [package]

    def copy_metadata(distribution: str) -> list[tuple[str, str]]:
        run.metadata.append(distribution)
        return [_metadata_folder(distribution)]

    class Analysis:
        def __init__(self, scripts, pathex, datas, hiddenimports, excludes, noarchive):
            self.scripts = scripts
            self.hiddenimports = hiddenimports
            self.excludes = excludes
            self.pure = []
            hook_files = HOOK_FILES[system]
            self.datas = _expand_datas(datas) + [
                (name, f"/qt/{name}", "DATA") for name in hook_files if name.endswith(".qm")
            ]
            self.binaries = [
                (name, f"/qt/{name}", "BINARY") for name in hook_files if not name.endswith(".qm")
            ]
            run.analysis = self

    def exe(*args: Any, **kwargs: Any) -> dict[str, Any]:
        run.exes.append(kwargs)
        return kwargs

    def collect(*args: Any, **kwargs: Any) -> str:
        for toc in args:
            if isinstance(toc, list):
                run.collected += [entry[0] for entry in toc]
        return "coll"

    def bundle(coll: Any, **kwargs: Any) -> dict[str, Any]:
        run.bundle = kwargs
        return kwargs

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    hooks.copy_metadata = copy_metadata  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "path", list(sys.path))
    if codesign_identity:
        monkeypatch.setenv("EVENT_LOADER_CODESIGN_IDENTITY", codesign_identity)
    else:
        monkeypatch.delenv("EVENT_LOADER_CODESIGN_IDENTITY", raising=False)
    namespace = {
        "SPECPATH": str(PACKAGING),
        "Analysis": Analysis,
        "PYZ": lambda pure: "pyz",
        "EXE": exe,
        "COLLECT": collect,
        "BUNDLE": bundle,
    }
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    monkeypatch.setattr(sys, "platform", system)
    try:
        exec(code, namespace)
    finally:
        monkeypatch.undo()
    return run


@pytest.fixture(scope="module")
def spec_runs() -> dict[str, SpecRun]:
    runs = {}
    for system in plan.SYSTEMS:
        with pytest.MonkeyPatch.context() as monkeypatch:
            runs[system] = run_spec(system, monkeypatch)
    return runs


@pytest.mark.parametrize("system", plan.SYSTEMS)
def test_bundle_holds_what_each_os_needs(spec_runs: dict[str, SpecRun], system: str) -> None:
    collected = spec_runs[system].collected
    assert check_bundle.missing_parts(collected, system) == []


@pytest.mark.parametrize("system", plan.SYSTEMS)
def test_program_translations_survive_the_qt_translation_filter(
    spec_runs: dict[str, SpecRun], system: str
) -> None:
    collected = set(spec_runs[system].collected)
    assert "resources/translations/event_loader_fr.qm" in collected
    assert "resources/translations/event_loader_en.qm" in collected
    assert not any(name.endswith((".ts", ".py")) for name in collected)
    qt_translations = {name.rsplit("/", 1)[-1] for name in collected if name.startswith("PySide6/")}
    assert "qtbase_fr.qm" in qt_translations
    assert "qtbase_de.qm" not in qt_translations and "qt_ja.qm" not in qt_translations


def test_unused_qt_plugins_and_gtk_stay_out(spec_runs: dict[str, SpecRun]) -> None:
    linux = " ".join(spec_runs[plan.LINUX].collected)
    for unwanted in ("libqvnc", "libqeglfs", "libqgtk3", "libgtk-3", "EglFSDeviceIntegration"):
        assert unwanted not in linux
    assert "sqldrivers" not in " ".join(spec_runs[plan.WINDOWS].collected)
    assert "sqldrivers" not in " ".join(spec_runs[plan.MACOS].collected)


def test_keyring_backends_of_each_os_are_hidden_imports(spec_runs: dict[str, SpecRun]) -> None:
    windows = spec_runs[plan.WINDOWS]
    assert "keyring.backends.Windows" in windows.analysis.hiddenimports
    assert "win32ctypes.pywin32.win32cred" in windows.analysis.hiddenimports
    assert "win32ctypes.core" in windows.collected_packages
    macos = spec_runs[plan.MACOS]
    assert {"keyring.backends.macOS", "keyring.backends.macOS.api"} <= set(
        macos.analysis.hiddenimports
    )
    linux = spec_runs[plan.LINUX]
    assert "keyring.backends.SecretService" in linux.analysis.hiddenimports
    for run in spec_runs.values():
        # keyring finds its backends through entry points: its metadata must travel along.
        assert run.metadata == ["keyring"]
        assert {"app", "keyring.backends"} <= set(run.collected_packages)


def test_named_keyring_modules_exist_in_the_installed_keyring() -> None:
    for system in plan.SYSTEMS:
        for module in plan.hidden_imports(system):
            if module.startswith("keyring."):
                assert importlib.util.find_spec(module) is not None, module


def test_windows_has_a_windowed_launcher_and_a_console_command(
    spec_runs: dict[str, SpecRun],
) -> None:
    windows = {exe["name"]: exe for exe in spec_runs[plan.WINDOWS].exes}
    assert windows["EventLoader"]["console"] is False
    assert windows["event-loader"]["console"] is True
    for system in (plan.MACOS, plan.LINUX):
        assert [exe["name"] for exe in spec_runs[system].exes] == ["event-loader"]


@pytest.mark.parametrize(
    ("system", "magic"),
    [(plan.WINDOWS, b"\x00\x00\x01\x00"), (plan.MACOS, b"icns"), (plan.LINUX, b"\x89PNG")],
)
def test_each_os_gets_an_icon_in_its_own_format(
    spec_runs: dict[str, SpecRun], system: str, magic: bytes
) -> None:
    icons = {exe["icon"] for exe in spec_runs[system].exes}
    assert len(icons) == 1
    assert Path(icons.pop()).read_bytes().startswith(magic)


def test_only_macos_builds_an_app_bundle(spec_runs: dict[str, SpecRun]) -> None:
    assert spec_runs[plan.WINDOWS].bundle is None
    assert spec_runs[plan.LINUX].bundle is None
    bundle = spec_runs[plan.MACOS].bundle
    assert bundle is not None
    assert bundle["name"] == "Event Loader.app"
    assert bundle["version"] == VERSION
    assert bundle["codesign_identity"] is None  # unsigned unless an identity is given


def test_macos_app_declares_every_spreadsheet_type_it_opens(
    spec_runs: dict[str, SpecRun],
) -> None:
    info = spec_runs[plan.MACOS].bundle["info_plist"]
    # Info.plist is written with plistlib: every value must be a plist type.
    info = plistlib.loads(plistlib.dumps(info))
    assert info["CFBundleShortVersionString"] == VERSION
    declared = {
        uti: entry for entry in info["CFBundleDocumentTypes"] for uti in entry["LSItemContentTypes"]
    }
    imported = {
        entry["UTTypeIdentifier"]: entry["UTTypeTagSpecification"]["public.filename-extension"]
        for entry in info["UTImportedTypeDeclarations"]
    }
    for file_type in plan.FILE_TYPES:
        entry = declared[file_type.uti]
        assert entry["CFBundleTypeRole"] == "Viewer"
        # Offered under "Open With", never taking the double-click from Excel or Numbers.
        assert entry["LSHandlerRank"] == "Alternate"
        if not file_type.uti.startswith("public."):
            assert imported[file_type.uti] == [file_type.extension.lstrip(".")]


def test_macos_signing_identity_signs_with_entitlements(monkeypatch: pytest.MonkeyPatch) -> None:
    identity = "Developer ID Application: Example Ltd (TEAM123456)"
    run = run_spec(plan.MACOS, monkeypatch, codesign_identity=identity)
    assert run.bundle is not None and run.bundle["codesign_identity"] == identity
    entitlements = Path(run.bundle["entitlements_file"])
    assert plistlib.loads(entitlements.read_bytes()) == {
        "com.apple.security.cs.allow-unsigned-executable-memory": True
    }
    assert all(exe["codesign_identity"] == identity for exe in run.exes)


def test_file_types_are_ones_the_program_reads() -> None:
    from app.core.reading.sheet import SUPPORTED_SUFFIXES

    extensions = [file_type.extension for file_type in plan.FILE_TYPES]
    assert extensions == [".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv"]
    assert set(extensions) <= set(SUPPORTED_SUFFIXES)
