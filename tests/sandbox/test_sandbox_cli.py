"""``event-loader sandbox`` as a separate process, found through its ready file."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.cli.main import build_parser
from app.cli.sandbox_cmd import config_from_args


def _wait_for(path: Path, process: subprocess.Popen[str], seconds: float = 20.0) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists():
            return path.read_text(encoding="utf-8").strip()
        if process.poll() is not None:
            raise AssertionError(f"sandbox exited early: {process.communicate()}")
        time.sleep(0.05)
    raise AssertionError("sandbox did not write its ready file")


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_sandbox_command_serves_until_stopped(tmp_path: Path, stop_signal: signal.Signals) -> None:
    ready = tmp_path / "ready.txt"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "sandbox",
            "--port",
            "0",
            "--ready-file",
            str(ready),
            "--seed",
            "4",
            "--rate-limit",
            "7",
            "--error-rate",
            "0.25",
            "--burst-429-every",
            "9",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base_url = _wait_for(ready, process)
        assert base_url.startswith("http://127.0.0.1:")
        config = httpx.get(base_url + "/_sandbox/config", timeout=5).json()
        assert (config["seed"], config["rate_limit_per_10s"]) == (4, 7)
        assert (config["error_rate_5xx"], config["burst_429_every"]) == (0.25, 9)
        process.send_signal(stop_signal)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert base_url in out and "sandbox-access-token" in out and "sandbox-pipeless-key" in out
    assert "Sandbox stopped." in out


def test_port_in_use_is_one_line_and_exit_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "app", "sandbox", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=20,
        )
    assert done.returncode == 2
    assert f"port {port}" in done.stderr and "Traceback" not in done.stderr


def test_options_map_to_config() -> None:
    args = build_parser().parse_args(
        [
            "sandbox",
            "--rate-limit",
            "0",
            "--timeout-rate",
            "0.1",
            "--timeout-s",
            "2",
            "--reset-rate",
            "0.05",
            "--latency-ms",
            "100",
            "--retry-after",
            "1",
            "--hubspot-repeated-id",
            "reject",
            "--pipeless-partial",
            "accept_valid",
            "--static-token-expires-after",
            "50",
            "--token-ttl-s",
            "60",
        ]
    )
    config = config_from_args(args)
    assert config.rate_limit_per_10s is None and config.timeout_rate == 0.1
    assert config.timeout_s == 2 and config.reset_rate == 0.05 and config.latency_ms == 100
    assert config.retry_after == 1 and config.hubspot_repeated_id == "reject"
    assert config.pipeless_partial == "accept_valid" and config.static_token_expires_after == 50
    assert config.token_ttl_s == 60 and config.burst_429_every is None


def test_impossible_rates_exit_2() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "sandbox", "--error-rate", "0.8", "--reset-rate", "0.8"],
        capture_output=True,
        text=True,
        timeout=20,
    )
    assert done.returncode == 2 and "must not exceed 1" in done.stderr
