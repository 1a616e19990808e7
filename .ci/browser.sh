#!/usr/bin/env bash
# Installs what the end-to-end tests drive: Debian's Chromium and its ChromeDriver
# (/usr/bin/chromium, /usr/bin/chromedriver), from Debian's packages when they are missing.
set -euo pipefail

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "browser.sh: the end-to-end tests need chromium and chromedriver at /usr/bin; install them with your package manager" >&2
  exit 1
fi
sudo=()
if [[ "$(id -u)" != 0 ]]; then
  if command -v sudo >/dev/null; then sudo=(sudo); else
    echo "browser.sh: installing chromium and chromium-driver needs root: apt-get install chromium chromium-driver" >&2
    exit 1
  fi
fi
echo "browser.sh: installing chromium and chromium-driver from Debian's packages (end-to-end tests)"
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get install -y --no-install-recommends chromium chromium-driver >/dev/null; then
  "${sudo[@]}" apt-get update -q >/dev/null
  "${sudo[@]}" apt-get install -y --no-install-recommends chromium chromium-driver >/dev/null
fi
