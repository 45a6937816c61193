"""Run inside ``dbus-run-session``: prove app.core.secrets against a real Secret Service.

Usage: ``dbus-run-session -- python keychain_session.py MODE WORKDIR [BASE_URL]``. ``MODE`` is
``gnome`` (starts ``gnome-keyring-daemon --unlock`` with a password on stdin), ``locked`` (the
bus starts the keychain on demand, locked, and it cannot ask for its password: no display) or
``none`` (a bus that offers no keychain at all, as on a bare Linux desktop). Prints one JSON
object of findings on the last line of stdout; the pytest side asserts on it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

MODE, WORK = sys.argv[1], Path(sys.argv[2])
BASE_URL = sys.argv[3] if len(sys.argv) > 3 else ""
HOME = WORK / "home"
for sub in ("run", "data", "config", "state", "log", "tmp"):
    (HOME / sub).mkdir(parents=True, exist_ok=True)
os.chmod(HOME / "run", 0o700)
os.environ.update(
    HOME=str(HOME),
    XDG_RUNTIME_DIR=str(HOME / "run"),
    XDG_DATA_HOME=str(HOME / "data"),
    XDG_CONFIG_HOME=str(HOME / "config"),
    TMPDIR=str(HOME / "tmp"),
    EVENT_LOADER_CONFIG_DIR=str(HOME / "config" / "event-loader"),
    EVENT_LOADER_STATE_DIR=str(HOME / "state"),
    EVENT_LOADER_LOG_DIR=str(HOME / "log"),
)
os.environ.pop("PYTHON_KEYRING_BACKEND", None)
TOKEN = os.environ["PROOF_KEYCHAIN_TOKEN"]
found: dict[str, object] = {"mode": MODE}
daemon = None


def start_daemon() -> subprocess.Popen:
    proc = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.stdin is not None
    proc.stdin.write(b"proof-keyring-password\n")
    proc.stdin.close()
    import secretstorage

    deadline = time.monotonic() + 20
    while True:
        try:
            with secretstorage.dbus_init() as conn:
                if secretstorage.check_service_availability(conn):
                    collection = secretstorage.get_default_collection(conn)
                    if not collection.is_locked():
                        return proc
        except Exception:  # noqa: BLE001 - not up yet
            pass
        if time.monotonic() > deadline or proc.poll() is not None:
            raise SystemExit("gnome-keyring-daemon did not start")
        time.sleep(0.1)


def items_for(service: str) -> list[str]:
    import secretstorage

    with secretstorage.dbus_init() as conn:
        collection = secretstorage.get_default_collection(conn)
        return [i.get_attributes().get("username", "") for i in
                collection.search_items({"service": service})]  # fmt: skip


def cli(*args: str, stdin: str = "") -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-m", "app", *args], input=stdin, capture_output=True, text=True,
        timeout=120, env=dict(os.environ),
    )  # fmt: skip
    return {"code": result.returncode, "out": result.stdout, "err": result.stderr}


try:
    if MODE == "gnome":
        daemon = start_daemon()
    import keyring

    from app.core.secrets import SecretStore

    backend = keyring.get_keyring()
    found["backend"] = f"{type(backend).__module__}.{type(backend).__name__}"
    config = HOME / "config" / "event-loader"
    store = SecretStore(config)
    found["available"] = store.keychain_available()
    secrets = {"access_token": TOKEN, "refresh_token": TOKEN + "-r"}
    found["saved_in_keychain"] = store.save("hubspot:123456", secrets, "Proof account")
    found["available_after_save"] = store.keychain_available()
    found["loaded_same_session"] = store.load("hubspot:123456") == secrets
    found["listed"] = [(a.key, a.label, a.in_keychain) for a in store.list_accounts()]
    found["loaded_next_session"] = SecretStore(config).load("hubspot:123456") == secrets
    if MODE == "gnome":
        found["items_after_save"] = items_for("event-loader")
        raw = keyring.get_password("event-loader", "hubspot:123456")
        found["raw_is_json_blob"] = raw is not None and json.loads(raw) == secrets
    store.delete("hubspot:123456")
    found["loaded_after_delete"] = SecretStore(config).load("hubspot:123456")
    if MODE == "gnome":
        found["items_after_delete"] = items_for("event-loader")

    if BASE_URL:
        found["login"] = cli(
            "login", "hubspot", "--app-id", "123456", "--base-url", BASE_URL,
            "--template-id", "1009876", stdin=TOKEN + "\n",
        )  # fmt: skip
        if MODE == "gnome":
            found["items_after_login"] = items_for("event-loader")
            found["upload"] = cli(
                "upload", str(WORK / "members.csv"), "--mapping", str(WORK / "members.json"),
                "--base-url", BASE_URL, "--report", str(WORK / "report.csv"), "--yes",
            )  # fmt: skip
except Exception as exc:  # noqa: BLE001 - report, do not hide
    found["error"] = f"{type(exc).__name__}: {exc}"
finally:
    if daemon is not None:
        daemon.terminate()
        try:
            daemon.wait(10)
        except subprocess.TimeoutExpired:
            daemon.kill()
print(json.dumps(found))
