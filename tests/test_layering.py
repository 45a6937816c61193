"""The core, the API clients and the sandbox stay free of Qt; the sandbox, free of the client."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import app

APP_DIR = Path(app.__file__).parent


def _modules(package: str) -> list[str]:
    folder = APP_DIR / package.split(".", 1)[1]
    return [f"{package}.{m.name}" for m in pkgutil.iter_modules([str(folder)])]


def _imported_after(modules: list[str]) -> set[str]:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "print('\\n'.join(sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_core_and_api_do_not_import_qt() -> None:
    loaded = _imported_after(_modules("app.core") + _modules("app.api"))
    assert not any(name.startswith("PySide6") for name in loaded)


def test_sandbox_is_independent_of_the_client() -> None:
    loaded = _imported_after(_modules("app.sandbox"))
    assert not any(name.startswith(("PySide6", "app.core", "app.api")) for name in loaded)


def test_core_imports_neither_api_nor_ui_nor_cli() -> None:
    loaded = _imported_after(_modules("app.core"))
    assert not any(name.startswith(("app.api", "app.ui", "app.cli")) for name in loaded)


def test_no_core_module_names_api_ui_or_cli_even_inside_a_function() -> None:
    import ast

    found = []
    for path in (APP_DIR / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            found += [
                f"{path.name}: {n}" for n in names if n.startswith(("app.api", "app.ui", "app.cli"))
            ]
    assert found == []
