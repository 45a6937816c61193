"""Time from starting an installed Event Loader to its window being on screen.

Starts a virtual screen (Xvfb), launches the program (default: the installed
``/usr/bin/event-loader``; pass another path for a bundle folder's launcher) with a fresh HOME, and
polls the X server with ``xdotool`` until a visible window named "Event Loader" is mapped.
Needs the Debian packages ``xvfb`` and ``xdotool``. Prints figures; asserts nothing.

Run: ``python tests/perf/bench_bundle_launch.py [LAUNCHER] [--runs N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time


def wait_for_window(env: dict[str, str], timeout: float) -> bool:
    """Poll until a visible top-level window titled like the program exists."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "Event Loader"],
            env=env,
            capture_output=True,
            text=True,
        )
        if found.returncode == 0 and found.stdout.strip():
            return True
        time.sleep(0.01)
    return False


def main() -> int:
    """Launch the program several times and print the launch-to-window times."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("launcher", nargs="?", default="/usr/bin/event-loader")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    display = ":93"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    times: list[float] = []
    try:
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as home:
                env = {**os.environ, "DISPLAY": display, "HOME": home, "QT_QPA_PLATFORM": "xcb"}
                start = time.monotonic()
                program = subprocess.Popen(
                    [args.launcher], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
                shown = wait_for_window(env, timeout=30)
                elapsed = time.monotonic() - start
                program.terminate()
                program.wait(timeout=10)
                if not shown:
                    print("the window never appeared")
                    return 1
                times.append(elapsed)
    finally:
        xvfb.terminate()
    print(
        f"launch to window shown ({args.launcher}): first {times[0]:.2f} s, "
        f"median {statistics.median(times):.2f} s, best {min(times):.2f} s over {len(times)} runs"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
