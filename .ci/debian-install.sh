#!/usr/bin/env bash
# debian-install.sh WHO WHY PACKAGE...: installs Debian packages for a .ci script (WHO), saying WHY,
# with sudo when not root; exits 1, saying what to install, when that cannot be done here.
set -euo pipefail

who="$1" why="$2"
shift 2
if ! command -v apt-get >/dev/null; then
  echo "$who: $why needs $*; install them with your package manager" >&2
  exit 1
fi
sudo=()
if [[ "$(id -u)" != 0 ]]; then
  if command -v sudo >/dev/null; then sudo=(sudo); else
    echo "$who: installing $* needs root: apt-get install $*" >&2
    exit 1
  fi
fi
echo "$who: installing $* from Debian's packages ($why)"
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get install -y --no-install-recommends "$@" >/dev/null; then
  "${sudo[@]}" apt-get update -q >/dev/null
  "${sudo[@]}" apt-get install -y --no-install-recommends "$@" >/dev/null
fi
