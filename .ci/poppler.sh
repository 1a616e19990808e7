#!/usr/bin/env bash
# Installs what reads the meeting reports back in the tests as a reader other than PDFBox: poppler's
# pdftoppm and pdftotext (Debian's poppler-utils), from Debian's packages when they are missing.
set -euo pipefail

if command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null; then
  exit 0
fi
exec "$(dirname "${BASH_SOURCE[0]}")/debian-install.sh" poppler.sh "the meeting-report tests" poppler-utils
