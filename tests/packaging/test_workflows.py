"""The installers workflows are valid and do what docs/installers.md says, before GitHub runs them.

actionlint (from the test extra) checks syntax, expressions, action inputs, runner labels and,
through shellcheck, every bash ``run:`` script. The rest reads the workflows' structure: when they
run, which machines, that signing waits for its secrets, and that every script they call exists.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from packaging_support import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
TOP = WORKFLOWS / "installers.yml"
PER_OS = {
    "linux": WORKFLOWS / "installer-linux.yml",
    "windows": WORKFLOWS / "installer-windows.yml",
    "macos": WORKFLOWS / "installer-macos.yml",
}
# Steps that use a certificate or an Apple account; each must wait for its secrets.
SIGNING_COMMANDS = ("signtool sign", "codesign --force", "notarytool submit", "security import")
REPO_PATH = re.compile(r"(?<![\w./-])((?:packaging|scripts|\.ci)/[\w./-]*\w)")


def _tool(name: str) -> str | None:
    """Find a command installed beside this Python (the venv) or on PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name)


def _load(path: Path) -> dict[str, Any]:
    # Imported here so that a venv made before PyYAML joined the test extra fails these tests
    # with a clear message instead of stopping the whole run at collection.
    try:
        import yaml
    except ModuleNotFoundError:
        pytest.fail("PyYAML is missing: the test extra installs it (pip install -e '.[test]')")
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key "on" as True.
    if True in document:
        document["on"] = document.pop(True)
    return document


def _steps(path: Path) -> list[dict[str, Any]]:
    return [step for job in _load(path)["jobs"].values() for step in job.get("steps", [])]


def _run_scripts(path: Path) -> list[str]:
    return [step["run"] for step in _steps(path) if "run" in step]


def test_actionlint_passes_on_every_workflow() -> None:
    actionlint = _tool("actionlint")
    if actionlint is None:
        pytest.fail("actionlint is missing: the test extra installs it (pip install -e '.[test]')")
    try:
        subprocess.run([actionlint, "-version"], capture_output=True, check=True, timeout=60)
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"the actionlint binary cannot run on this machine: {exc}")
    shellcheck = _tool("shellcheck") or ""
    files = sorted(str(path) for path in WORKFLOWS.glob("*.yml"))
    assert len(files) == 4
    result = subprocess.run(
        [actionlint, "-no-color", f"-shellcheck={shellcheck}", "-pyflakes=", *files],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_runs_on_version_tags_and_by_hand_only() -> None:
    triggers = _load(TOP)["on"]
    assert set(triggers) == {"push", "workflow_dispatch"}
    assert triggers["push"] == {"tags": ["v*"]}


def test_top_workflow_calls_one_reusable_workflow_per_os() -> None:
    jobs = _load(TOP)["jobs"]
    for name, path in PER_OS.items():
        assert jobs[name]["uses"] == f"./.github/workflows/{path.name}"
        assert set(_load(path)["on"]) == {"workflow_call"}


def test_macos_is_built_on_both_architectures() -> None:
    matrix = _load(TOP)["jobs"]["macos"]["strategy"]["matrix"]["include"]
    assert {(entry["runner"], entry["arch"]) for entry in matrix} == {
        ("macos-14", "arm64"),
        ("macos-15-intel", "x86_64"),
    }


def test_every_os_runs_the_fast_tests_then_installs_and_starts_its_installer() -> None:
    for name, path in PER_OS.items():
        scripts = "\n".join(_run_scripts(path))
        assert 'python -m pytest -m "not slow"' in scripts, name
        assert "packaging/checksums.py" in scripts, name
        if name != "linux":
            assert "packaging/build.py" in scripts and "--smoke" in scripts, name
            assert "--version" in scripts and "packaging/check_bundle.py" in scripts, name
    windows = "\n".join(_run_scripts(PER_OS["windows"]))
    assert "/VERYSILENT" in windows and "unins" in windows
    macos = "\n".join(_run_scripts(PER_OS["macos"]))
    assert "hdiutil attach" in macos and 'ditto "$mountpoint/Event Loader.app"' in macos


def test_linux_job_runs_the_script_that_ci_runs() -> None:
    assert "bash packaging/ci-linux.sh" in _run_scripts(PER_OS["linux"])
    ci_lines = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    test_command = ".venv/bin/python -m pytest"
    assert f"&& {test_command}\n" in readme  # the README's test command ends with it
    assert ci_lines.index(test_command) < ci_lines.index("bash packaging/ci-linux.sh")


def test_installers_and_checksums_are_uploaded() -> None:
    for name, path in PER_OS.items():
        uploads = [step for step in _steps(path) if "upload-artifact" in step.get("uses", "")]
        assert len(uploads) == 1, name
        assert "dist/*.sha256" in uploads[0]["with"]["path"]
        assert uploads[0]["with"]["if-no-files-found"] == "error"


def test_signing_steps_wait_for_their_secrets() -> None:
    for name in ("windows", "macos"):
        path = PER_OS[name]
        signing = [
            step
            for step in _steps(path)
            if any(command in step.get("run", "").lower() for command in SIGNING_COMMANDS)
        ]
        assert signing, name
        for step in signing:
            assert step.get("if") in ("env.SIGNING == 'true'", "env.NOTARIZING == 'true'"), step
        secrets = _load(path)["on"]["workflow_call"]["secrets"]
        assert secrets and all(secret["required"] is False for secret in secrets.values())
        job = next(iter(_load(path)["jobs"].values()))
        assert all(
            f"secrets.{secret}" in job["env"]["SIGNING"] + job["env"].get("NOTARIZING", "")
            for secret in secrets
        )
        assert "Unsigned build" in "\n".join(_run_scripts(path))


def test_every_script_the_workflows_call_exists() -> None:
    called = set()
    for path in [TOP, *PER_OS.values()]:
        for script in _run_scripts(path):
            called.update(REPO_PATH.findall(script))
    assert {"packaging/build.py", "packaging/ci-linux.sh", "scripts/install-system-deps"} <= called
    missing = sorted(name for name in called if not (ROOT / name).exists())
    assert missing == []
