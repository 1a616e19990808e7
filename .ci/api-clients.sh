#!/usr/bin/env bash
# Installs what runs the README's read-API sessions in the tests: R with httr2 and jsonlite, and
# Debian's Python with requests and pandas (/usr/bin/python3), from Debian's packages when missing.
set -euo pipefail

if command -v Rscript >/dev/null && Rscript -e 'library(httr2); library(jsonlite)' >/dev/null 2>&1 \
    && /usr/bin/python3 -c 'import requests, pandas' >/dev/null 2>&1; then
  exit 0
fi
exec "$(dirname "${BASH_SOURCE[0]}")/debian-install.sh" api-clients.sh "the read-API tests" \
  r-base-core r-cran-httr2 r-cran-jsonlite python3-requests python3-pandas
