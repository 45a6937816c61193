"""What Event Loader's frozen bundle must hold on each operating system, written down once.

The PyInstaller spec (``event_loader.spec``) builds from these lists, the test suite checks them
without PyInstaller, and ``check_bundle.py`` verifies a finished, installed build against them. A
PyInstaller bundle that misses one of these still starts, which is why each is listed: without
keyring's entry points every token is forgotten at exit, without the platform plugin the window
cannot open, without the ``.qm`` files the French interface and Qt's own dialogs stay English.

Standard library only: the spec imports this file by path while PyInstaller runs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

WINDOWS = "win32"
MACOS = "darwin"
LINUX = "linux"
SYSTEMS = (WINDOWS, MACOS, LINUX)

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"

BUNDLE_IDENTIFIER = "io.eventloader.EventLoader"
WINDOWS_PROG_ID = "EventLoader.Spreadsheet"


def system_of(platform: str) -> str:
    """Map a ``sys.platform`` value to one of SYSTEMS (``linux2`` and the BSDs count as Linux)."""
    if platform == WINDOWS or platform.startswith("cygwin"):
        return WINDOWS
    if platform == MACOS:
        return MACOS
    return LINUX


@dataclass(frozen=True)
class FileType:
    """A spreadsheet type the program opens, named the way each OS registers it."""

    extension: str  # Windows "Open with" and the Linux/macOS filename tag
    mime_type: str  # the Linux desktop entry's MimeType and the macOS type tag
    uti: str  # macOS Uniform Type Identifier
    description: str  # shown by Finder ("Kind") for types the system does not know


# The types a marketer double-clicks or picks under "Open with". .txt is left out on purpose:
# the program reads it, but offering itself for every text file would be a nuisance.
FILE_TYPES: tuple[FileType, ...] = (
    FileType(
        ".xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "org.openxmlformats.spreadsheetml.sheet",
        "Excel workbook",
    ),
    FileType(
        ".xlsm",
        "application/vnd.ms-excel.sheet.macroEnabled.12",
        "org.openxmlformats.spreadsheetml.sheet.macroenabled",
        "Excel macro-enabled workbook",
    ),
    FileType(
        ".xls", "application/vnd.ms-excel", "com.microsoft.excel.xls", "Excel 97-2004 workbook"
    ),
    FileType(
        ".ods",
        "application/vnd.oasis.opendocument.spreadsheet",
        "org.oasis-open.opendocument.spreadsheet",
        "OpenDocument spreadsheet",
    ),
    FileType(".csv", "text/csv", "public.comma-separated-values-text", "CSV document"),
    FileType(
        ".tsv",
        "text/tab-separated-values",
        "public.tab-separated-values-text",
        "Tab-separated text",
    ),
)

# Packages whose every submodule goes in. ``app``: subcommands are imported by name at run time.
# ``keyring.backends``: keyring picks its backend among those it can import.
COLLECTED_PACKAGES: dict[str, tuple[str, ...]] = {
    WINDOWS: ("app", "keyring.backends", "win32ctypes.core"),
    MACOS: ("app", "keyring.backends"),
    LINUX: ("app", "keyring.backends"),
}

# The OS keychain backend itself, named so that a change in how submodules are collected cannot
# drop it silently. Windows Credential Manager goes through pywin32-ctypes.
KEYRING_HIDDEN_IMPORTS: dict[str, tuple[str, ...]] = {
    WINDOWS: (
        "keyring.backends.Windows",
        "win32ctypes.pywin32.win32cred",
        "win32ctypes.pywin32.pywintypes",
    ),
    MACOS: ("keyring.backends.macOS", "keyring.backends.macOS.api"),
    LINUX: ("keyring.backends.SecretService", "keyring.backends.libsecret"),
}

# keyring finds its backends through the entry points in its package metadata: without the
# dist-info in the bundle it falls back to "no keychain" on every OS.
METADATA_DISTRIBUTIONS: tuple[str, ...] = ("keyring",)

# Qt plugins the window needs, as alternatives (any one of a group will do), named without the
# file suffix (.dll, .dylib, .so). The offscreen platform is what CI's ``--smoke`` runs on.
REQUIRED_QT_PLUGINS: dict[str, tuple[tuple[str, ...], ...]] = {
    WINDOWS: (
        ("platforms/qwindows",),
        ("platforms/qoffscreen",),
        ("styles/qmodernwindowsstyle", "styles/qwindowsvistastyle"),
    ),
    MACOS: (
        ("platforms/libqcocoa",),
        ("platforms/libqoffscreen",),
        ("styles/libqmacstyle",),
    ),
    LINUX: (
        ("platforms/libqxcb",),
        ("platforms/libqoffscreen",),
        ("platforms/libqwayland", "platforms/libqwayland-generic", "platforms/libqwayland-egl"),
    ),
}
PLUGIN_SUFFIXES = (".dll", ".dylib", ".so")

# Qt's own translations (file dialogs, standard buttons) the bundle keeps; the others are dropped.
QT_TRANSLATION_PREFIXES = ("qtbase_fr", "qtbase_en", "qt_fr", "qt_en")
REQUIRED_QT_TRANSLATIONS = ("qtbase_fr.qm",)
# The program's own interface translations, loaded from resources/translations.
REQUIRED_APP_TRANSLATIONS = ("event_loader_fr.qm", "event_loader_en.qm")

# Qt plugins for devices a desktop never uses (framebuffers, VNC, KMS, touch/evdev input), and the
# GTK 3 platform theme: it alone drags in the whole GTK/cairo/pango stack (~20 MB), while Qt's own
# style and the xdg-desktop-portal theme give native file dialogs on GNOME without it.
UNUSED_QT_FILES = (
    "/qml/",
    "/plugins/sqldrivers/",
    "/plugins/multimedia/",
    "/plugins/designer/",
    "/plugins/qmltooling/",
    "/plugins/wayland-decoration",
    "/plugins/wayland-graphics-integration-server",
    "/plugins/networkinformation/",
    "/plugins/tls/",
    "/plugins/printsupport/",
    "/plugins/imageformats/libqpdf",
    "/plugins/imageformats/qpdf",
    "/plugins/egldeviceintegrations/",
    "/plugins/generic/",
    "/plugins/platforms/libqeglfs",
    "/plugins/platforms/libqlinuxfb",
    "/plugins/platforms/libqvnc",
    "/plugins/platforms/libqvkkhrdisplay",
    "/plugins/platforms/libqminimalegl",
    "/plugins/platformthemes/libqgtk3",
    "/plugins/imageformats/libqtiff",
    "/plugins/imageformats/libqwebp",
    "/plugins/imageformats/libqtga",
    "/plugins/imageformats/libqwbmp",
    "libQt6EglFSDeviceIntegration",
    "libQt6EglFsKmsSupport",
)
GTK_STACK = (
    "libgtk-3.",
    "libgdk-3.",
    "libgdk_pixbuf-2.0.",
    "libatk-1.0.",
    "libatk-bridge-2.0.",
    "libatspi.",
    "libcairo.",
    "libcairo-gobject.",
    "libpango-1.0.",
    "libpangocairo-1.0.",
    "libpangoft2-1.0.",
    "libepoxy.",
    "libpixman-1.",
    "libthai.",
    "libdatrie.",
    "libXcomposite.",
    "libXdamage.",
)


def collected_packages(system: str) -> tuple[str, ...]:
    """Return the packages whose submodules all go into the bundle on ``system``."""
    return COLLECTED_PACKAGES[system]


def hidden_imports(system: str) -> tuple[str, ...]:
    """Return the modules named one by one for ``system`` (its keychain backend)."""
    return KEYRING_HIDDEN_IMPORTS[system]


def icon_file(system: str) -> Path:
    """Return the icon the launcher and installer carry on ``system``."""
    name = {WINDOWS: "app.ico", MACOS: "app.icns", LINUX: "app-256.png"}[system]
    return ICONS / name


def is_qt_file(dest: str) -> bool:
    """Tell whether a bundle path belongs to Qt (PySide6), not to the program's own resources."""
    return dest.replace("\\", "/").startswith("PySide6/")


def keep_entry(dest: str, system: str) -> bool:
    """Tell whether a file collected by PyInstaller stays in the bundle on ``system``.

    Only Qt's own files are filtered: its translations other than English and French, and plugins
    the program cannot use. The program's resources (its own .qm files included) always stay.
    """
    path = dest.replace("\\", "/")
    if not is_qt_file(path):
        return not (system == LINUX and path.rsplit("/", 1)[-1].startswith(GTK_STACK))
    if "/translations/" in path and path.endswith(".qm"):
        return path.rsplit("/", 1)[-1].startswith(QT_TRANSLATION_PREFIXES)
    return not any(part in path for part in UNUSED_QT_FILES)


def document_types() -> list[dict[str, object]]:
    """Return the macOS CFBundleDocumentTypes: opens each type, never claims to be its owner."""
    return [
        {
            "CFBundleTypeName": file_type.description,
            "CFBundleTypeRole": "Viewer",
            "LSHandlerRank": "Alternate",
            "LSItemContentTypes": [file_type.uti],
        }
        for file_type in FILE_TYPES
    ]


def imported_types() -> list[dict[str, object]]:
    """Return UTImportedTypeDeclarations for the types macOS may not know without Office.

    An imported declaration only counts when no installed app exports the type, so it never
    overrides Excel's or Numbers' own; the ``public.*`` types are the system's and need none.
    """
    return [
        {
            "UTTypeIdentifier": file_type.uti,
            "UTTypeDescription": file_type.description,
            "UTTypeConformsTo": ["public.data", "public.content"],
            "UTTypeTagSpecification": {
                "public.filename-extension": [file_type.extension.lstrip(".")],
                "public.mime-type": [file_type.mime_type],
            },
        }
        for file_type in FILE_TYPES
        if not file_type.uti.startswith("public.")
    ]


def info_plist(version: str) -> dict[str, object]:
    """Return the Info.plist entries of the .app: version, Retina, file types it opens."""
    return {
        "CFBundleName": "Event Loader",
        "CFBundleDisplayName": "Event Loader",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "CFBundleDocumentTypes": document_types(),
        "UTImportedTypeDeclarations": imported_types(),
    }
