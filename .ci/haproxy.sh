#!/usr/bin/env bash
# Installs HAProxy from Debian's packages when it is missing: ClusterTest puts its three nodes
# behind it with docs/deploy/haproxy.cfg, the configuration the README documents. Where it cannot
# be installed the cluster test still runs, with requests sent to the nodes directly.
set -euo pipefail

if command -v haproxy >/dev/null || [[ -x /usr/sbin/haproxy ]]; then
  exit 0
fi
"$(dirname "${BASH_SOURCE[0]}")/debian-install.sh" haproxy.sh "cluster test" haproxy || true
