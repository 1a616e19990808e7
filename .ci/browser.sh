#!/usr/bin/env bash
# Installs what the end-to-end tests drive: Debian's Chromium and its ChromeDriver
# (/usr/bin/chromium, /usr/bin/chromedriver), from Debian's packages when they are missing.
set -euo pipefail

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
exec "$(dirname "${BASH_SOURCE[0]}")/debian-install.sh" browser.sh "end-to-end tests" chromium chromium-driver
