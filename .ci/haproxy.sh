#!/usr/bin/env bash
# Installs HAProxy from Debian's packages when it is missing: ClusterTest puts its three nodes
# behind it with docs/deploy/haproxy.cfg, the configuration the README documents.
set -euo pipefail

if command -v haproxy >/dev/null || [[ -x /usr/sbin/haproxy ]]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "haproxy.sh: the cluster test runs its nodes behind HAProxy when it is installed; install haproxy with your package manager" >&2
  exit 0
fi
sudo=()
if [[ "$(id -u)" != 0 ]]; then
  if command -v sudo >/dev/null; then sudo=(sudo); else
    echo "haproxy.sh: installing haproxy needs root (apt-get install haproxy); the cluster test runs without it" >&2
    exit 0
  fi
fi
echo "haproxy.sh: installing haproxy from Debian's packages (cluster test)"
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get install -y --no-install-recommends haproxy >/dev/null; then
  "${sudo[@]}" apt-get update -q >/dev/null
  "${sudo[@]}" apt-get install -y --no-install-recommends haproxy >/dev/null
fi
