#!/usr/bin/env bash
# Installs what runs the README's read-API sessions in the tests: R with httr2 and jsonlite, and
# Debian's Python with requests and pandas (/usr/bin/python3), from Debian's packages when missing.
set -euo pipefail

if command -v Rscript >/dev/null && Rscript -e 'library(httr2); library(jsonlite)' >/dev/null 2>&1 \
    && /usr/bin/python3 -c 'import requests, pandas' >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "api-clients.sh: the read-API tests need Rscript with httr2 and jsonlite, and /usr/bin/python3 with requests and pandas" >&2
  exit 1
fi
sudo=()
if [[ "$(id -u)" != 0 ]]; then
  if command -v sudo >/dev/null; then sudo=(sudo); else
    echo "api-clients.sh: installing R and Python packages needs root: apt-get install r-base-core r-cran-httr2 r-cran-jsonlite python3-requests python3-pandas" >&2
    exit 1
  fi
fi
echo "api-clients.sh: installing R (httr2, jsonlite) and Python (requests, pandas) from Debian's packages (read-API tests)"
export DEBIAN_FRONTEND=noninteractive
packages=(r-base-core r-cran-httr2 r-cran-jsonlite python3-requests python3-pandas)
if ! "${sudo[@]}" apt-get install -y --no-install-recommends "${packages[@]}" >/dev/null; then
  "${sudo[@]}" apt-get update -q >/dev/null
  "${sudo[@]}" apt-get install -y --no-install-recommends "${packages[@]}" >/dev/null
fi
