#!/usr/bin/env bash
# Build the Linux installer, install it like a user would, start it, and remove it.
# Run from the repository root after the tests (.ci/run does): needs the venv and root (dpkg -i).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

.venv/bin/pip install -q --disable-pip-version-check -e '.[package]'
.venv/bin/python packaging/build.py

deb=$(ls -t dist/event-loader_*.deb | head -n 1)
echo "installing $deb ($(du -h "$deb" | cut -f1))"
$SUDO dpkg -i "$deb"
trap '$SUDO dpkg -r event-loader >/dev/null 2>&1 || true' EXIT

# The installed launcher, not the development one.
launcher=/usr/bin/event-loader
test -x "$launcher"
test -f /usr/share/applications/event-loader.desktop
test -f /usr/share/icons/hicolor/256x256/apps/event-loader.png
echo "installed size: $(du -sh /opt/event-loader | cut -f1)"
# What a start alone would not notice: keychain backends, Qt plugins, translations, icons.
.venv/bin/python packaging/check_bundle.py /opt/event-loader

"$launcher" --version
# A fresh user folder, as on a new machine; offscreen because CI has no screen.
smoke_home=$(mktemp -d)
HOME="$smoke_home" QT_QPA_PLATFORM=offscreen "$launcher" --smoke

$SUDO dpkg -r event-loader
test ! -e /opt/event-loader/event-loader
trap - EXIT
echo "installer check passed"
