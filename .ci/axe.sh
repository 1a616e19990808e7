#!/usr/bin/env bash
# Fetches axe-core, the accessibility engine DemoInBrowserIT runs in each page it checks, from the
# npm registry into DIR (default .tools/axe-core): DIR/axe.min.js. The version is pinned and the
# tarball checked against the registry's sha512, as .ci/node.sh does for Node.
set -euo pipefail

AXE_VERSION=4.14.1
REGISTRY="${NPM_CONFIG_REGISTRY:-https://registry.npmjs.org}"
REGISTRY="${REGISTRY%/}"

dir="${1:-.tools/axe-core}"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"

if [[ -f "$dir/axe.min.js" && "$(cat "$dir/VERSION" 2>/dev/null)" == "$AXE_VERSION" ]]; then
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

meta="$(curl -fsSL --retry 3 "$REGISTRY/axe-core/$AXE_VERSION")"
tarball="$(sed -n 's/.*"tarball" *: *"\([^"]*\)".*/\1/p' <<<"$meta" | head -n 1)"
integrity="$(sed -n 's/.*"integrity" *: *"sha512-\([^"]*\)".*/\1/p' <<<"$meta" | head -n 1)"
if [[ -z "$tarball" || -z "$integrity" ]]; then
  echo "axe.sh: no tarball or sha512 for axe-core@$AXE_VERSION in $REGISTRY" >&2
  exit 1
fi
curl -fsSL --retry 3 -o "$work/axe-core.tgz" "$tarball"
if [[ "$(openssl dgst -sha512 -binary "$work/axe-core.tgz" | base64 -w0)" != "$integrity" ]]; then
  echo "axe.sh: axe-core@$AXE_VERSION does not match the registry's sha512" >&2
  exit 1
fi
tar -xzf "$work/axe-core.tgz" -C "$work" package/axe.min.js package/LICENSE
install -m 0644 "$work/package/axe.min.js" "$dir/axe.min.js"
install -m 0644 "$work/package/LICENSE" "$dir/LICENSE"
echo "$AXE_VERSION" > "$dir/VERSION"
echo "axe.sh: axe-core $AXE_VERSION in $dir"
