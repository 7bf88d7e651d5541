#!/usr/bin/env bash
# Makes sure the Chromium the end-to-end tests drive exists: OFFBOARD_CHROMIUM / CHROMIUM_PATH, or
# Debian's /usr/bin/chromium, installed with apt when missing (as root, or through sudo).
# Never a test tool's own browser download.
set -euo pipefail

chromium_path="${OFFBOARD_CHROMIUM:-${CHROMIUM_PATH:-/usr/bin/chromium}}"
if [[ -x "$chromium_path" ]]; then
  echo "Chromium: $("$chromium_path" --version 2>/dev/null || echo "$chromium_path")"
  exit 0
fi
if [[ -n "${OFFBOARD_CHROMIUM:-}${CHROMIUM_PATH:-}" ]]; then
  echo "Chromium not found at $chromium_path (set by OFFBOARD_CHROMIUM/CHROMIUM_PATH)." >&2
  exit 1
fi
echo "Chromium missing at $chromium_path: installing Debian's chromium package."
sudo_cmd=()
if [[ "$(id -u)" -ne 0 ]]; then
  if ! command -v sudo >/dev/null; then
    echo "Need root or sudo to run: apt-get install chromium (or set OFFBOARD_CHROMIUM to a Chromium binary)." >&2
    exit 1
  fi
  sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends chromium
[[ -x "$chromium_path" ]] || { echo "chromium installed but $chromium_path is still missing." >&2; exit 1; }
echo "Chromium: $("$chromium_path" --version 2>/dev/null || echo "$chromium_path")"
