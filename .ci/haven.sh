#!/usr/bin/env bash
# Installs what reads the labelled exports back in the tests: R with Debian's r-cran-haven
# (Stata .dta and SPSS .sav through ReadStat), from Debian's packages when it is missing.
set -euo pipefail

if command -v Rscript >/dev/null && Rscript -e 'quit(status = !requireNamespace("haven", quietly = TRUE))' >/dev/null 2>&1; then
  exit 0
fi
exec "$(dirname "${BASH_SOURCE[0]}")/debian-install.sh" haven.sh "the labelled-export tests" r-base-core r-cran-haven
