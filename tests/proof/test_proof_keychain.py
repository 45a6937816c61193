"""Keychain: secrets saved in and read from a real Secret Service, and the "no keychain" case.

Each test starts its own D-Bus session (``dbus-run-session``). With ``gnome-keyring-daemon
--unlock`` running in it, ``app.core.secrets`` must save, load (in a later session too) and delete
an account through keyring's SecretService backend; ``event-loader login`` must save a checked
token there and ``event-loader upload`` must use it. Without a keychain daemon (a bare Linux
desktop), or with keyring's fail backend, secrets stay in memory for the session and the flag the
window shows (``keychain_available()``, ``SavedAccount.in_keychain``) says so. In both cases the
token is searched for in every file written, the keychain's own file included (it must be
encrypted at rest).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from proof_support import PYTHON, REPO, cli_env, write_course_file
from test_proof_secrets import leaks_in_files
from token_proxy import NEEDLE, PROOF_ACCESS, TokenProxy

from app.core.secrets import SecretStore

SCRIPT = Path(__file__).with_name("keychain_session.py")
needs_dbus = pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="dbus-run-session and gnome-keyring-daemon come from scripts/install-system-deps",
)


# A session bus with no service directory: nothing can start a keychain on demand.
BARE_BUS = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def _session(mode: str, work: Path, base_url: str = "") -> dict[str, Any]:
    env = cli_env({"PROOF_KEYCHAIN_TOKEN": PROOF_ACCESS, "PYTHONPATH": str(REPO)})
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    bus = ["dbus-run-session"]
    if mode == "none":
        config = work / "bare-session.conf"
        config.write_text(BARE_BUS, encoding="utf-8")
        bus.append(f"--config-file={config}")
    result = subprocess.run(
        [*bus, "--", PYTHON, str(SCRIPT), mode, str(work), base_url],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no findings: {result.stdout[-2000:]} {result.stderr[-2000:]}"
    found = json.loads(lines[-1])
    assert "error" not in found, found["error"]
    return found


@needs_dbus
def test_real_secret_service_save_load_delete_login_upload(sandbox: Any, tmp_path: Path) -> None:
    data = write_course_file(tmp_path, 300, name="members.csv")
    data.mapping_path.rename(tmp_path / "members.json")
    with TokenProxy(sandbox.base_url) as proxy:
        found = _session("gnome", tmp_path, proxy.base_url)
    print(
        f"\nkeychain [Secret Service]: backend {found['backend']}; saved "
        f"{found['saved_in_keychain']}, items after save {found['items_after_save']}, after "
        f"delete {found['items_after_delete']}; login exit {found['login']['code']}, upload exit "
        f"{found['upload']['code']}"
    )
    assert found["backend"].startswith("keyring.backends.SecretService")
    assert found["available"] is True and found["saved_in_keychain"] is True
    assert found["loaded_same_session"] and found["loaded_next_session"]
    assert found["raw_is_json_blob"]
    assert found["listed"] == [["hubspot:123456", "Proof account", True]]
    assert found["items_after_save"] == ["hubspot:123456"]
    assert found["loaded_after_delete"] is None and found["items_after_delete"] == []
    assert found["login"]["code"] == 0, found["login"]["err"]
    assert found["items_after_login"] == ["hubspot:123456"]
    assert found["upload"]["code"] == 1, found["upload"]["err"]  # 1: the planted invalid rows
    assert len(sandbox.hubspot_events()) == data.valid_rows
    leaks = leaks_in_files([tmp_path / "home", tmp_path / "report.csv"])
    outputs = [found[c][s] for c in ("login", "upload") for s in ("out", "err")]
    assert leaks == [], leaks  # the keychain's file under home/data is encrypted
    assert not any(NEEDLE in text for text in outputs)
    keyrings = list((tmp_path / "home" / "data").rglob("*.keyring"))
    assert keyrings, "the keychain kept nothing on disk?"


@needs_dbus
@pytest.mark.parametrize("mode", ["none", "locked"])
def test_session_bus_without_usable_keychain_keeps_secrets_for_the_session(
    mode: str, sandbox: Any, tmp_path: Path
) -> None:
    with TokenProxy(sandbox.base_url) as proxy:
        found = _session(mode, tmp_path, proxy.base_url)
    print(
        f"\nkeychain [{mode}]: backend {found['backend']}, available before saving "
        f"{found['available']}, after {found['available_after_save']}; login exit "
        f"{found['login']['code']}: {found['login']['err'].strip()}"
    )
    # "locked": keyring finds a Secret Service, so the flag is True until it refuses the save.
    assert found["available"] is (mode == "locked")
    assert found["saved_in_keychain"] is False and found["available_after_save"] is False
    assert found["loaded_same_session"] is True  # usable for this session
    assert found["loaded_next_session"] is False  # and gone after it
    assert found["listed"] == [["hubspot:123456", "Proof account", False]]
    assert found["login"]["code"] == 2 and "keychain" in found["login"]["err"]
    assert leaks_in_files([tmp_path / "home"]) == []
    # One line on stderr, the command's own (no raw log record).
    lines = found["login"]["err"].strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("event-loader:"), lines


class _LockedKeyring(keyring.backend.KeyringBackend):
    """A keychain that exists but refuses (locked, access denied)."""

    priority = 5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring, _LockedKeyring], ids=["fail", "locked"]
)
def test_no_usable_keychain_means_session_only_with_the_flag(backend: type, tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend())
    try:
        store = SecretStore(tmp_path)
        secrets = {"api_key": PROOF_ACCESS}
        assert store.save("pipeless:77", secrets, "Proof") is False
        assert store.keychain_available() is False  # what the window tells the user
        assert store.load("pipeless:77") == secrets
        assert [a.in_keychain for a in store.list_accounts()] == [False]
        assert SecretStore(tmp_path).load("pipeless:77") is None
        store.delete("pipeless:77")
        assert store.load("pipeless:77") is None
    finally:
        keyring.set_keyring(previous)
    assert leaks_in_files([tmp_path]) == []
    assert not os.environ.get("PYTHON_KEYRING_BACKEND")
