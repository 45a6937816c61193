"""Write a SHA-256 file beside each installer, in the format ``sha256sum -c`` reads.

    python packaging/checksums.py dist/EventLoader-1.2.0-setup.exe [...]

Each ``<file>.sha256`` holds one line, ``<hex digest>  <file name>``, so a user checks a download
with ``sha256sum -c``, ``shasum -a 256 -c`` (macOS) or by comparing ``Get-FileHash`` (Windows).
Every CI runner has Python, so the three systems share this one script.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

CHUNK = 1024 * 1024


def sha256_of(path: Path) -> str:
    """Return the SHA-256 of a file, read in chunks (installers are 50-150 MB)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write_checksum(path: Path) -> Path:
    """Write ``<path>.sha256`` beside the file and return it."""
    line = f"{sha256_of(path)}  {path.name}\n"
    target = path.with_name(path.name + ".sha256")
    target.write_text(line, encoding="ascii", newline="\n")
    return target


def main(argv: list[str] | None = None) -> int:
    """Write one checksum file per installer named on the command line; print the sums."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="installers to checksum")
    args = parser.parse_args(argv)
    missing = [str(path) for path in args.files if not path.is_file()]
    if missing:
        parser.error(f"no such file: {', '.join(missing)}")
    for path in args.files:
        print(write_checksum(path).read_text(encoding="ascii"), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
