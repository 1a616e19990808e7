#!/usr/bin/env bash
# ./samspil bench load DATA [--users 50] [--minutes 5] [--think-ms 20000-60000] [--organisations K1,K2,..]
# Serves DATA (e.g. the DK-50 folder `./samspil bench run` leaves) on a free loopback port and lets
# that many signed-in users browse its analytic views in headless Chromium for that long
# (load/browse.mjs). The users share load-admin and, given --organisations, load-forsker (a
# researcher of those) and load-leder (programme manager of the first); the accounts are added to
# DATA when missing, password samspil-load-2026. Figures on stdout and in DATA/load-result.json,
# the app's log in DATA/load-serve.log. Not part of ./samspil test: it takes minutes and wants the
# machine to itself. Exits 1 if any view failed to show.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
password=samspil-load-2026

usage() {
  echo "usage: ./samspil bench load DATA [--users 50] [--minutes 5] [--think-ms 20000-60000] [--organisations K1,K2,..]" >&2
  exit 2
}
[[ -n "${1:-}" && -d "$1" ]] || usage
data="$(cd "$1" && pwd)"
shift
users=50 minutes=5 think=20000-60000 organisations=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --users) users="$2"; shift 2 ;;
    --minutes) minutes="$2"; shift 2 ;;
    --think-ms) think="$2"; shift 2 ;;
    --organisations) organisations="$2"; shift 2 ;;
    *) echo "samspil bench load: unknown option '$1'" >&2; usage ;;
  esac
done
[[ "$users" =~ ^[1-9][0-9]*$ ]] || { echo "samspil bench load: --users must be a whole number above 0, was '$users'" >&2; exit 2; }
[[ "$minutes" =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "samspil bench load: --minutes must be a number, was '$minutes'" >&2; exit 2; }
[[ "$think" =~ ^[0-9]+-[0-9]+$ ]] || { echo "samspil bench load: --think-ms must be MIN-MAX in ms, was '$think'" >&2; exit 2; }
[[ -z "$organisations" || "$organisations" =~ ^[a-z0-9_-]+(,[a-z0-9_-]+)*$ ]] \
  || { echo "samspil bench load: --organisations must be keys of [a-z0-9_-]+ separated by commas, was '$organisations'" >&2; exit 2; }

"$here/.ci/browser.sh"
"$here/.ci/node.sh" "$here/.tools/node" >&2
node="$here/.tools/node/bin/node"
(cd "$here/load" && "$node" "$here/.tools/node/lib/node_modules/npm/bin/npm-cli.js" ci --no-audit --no-fund --loglevel=error >&2)

# the accounts the users sign in with, added when missing
known="$("$here/samspil" --data "$data" user list)"
add_account() {
  local name="$1"; shift
  if ! grep -q "^$name " <<<"$known"; then
    printf '%s\n' "$password" | "$here/samspil" --data "$data" user add --username "$name" "$@" >&2
  fi
}
add_account load-admin --role admin
names=(load-admin)
if [[ -n "$organisations" ]]; then
  add_account load-forsker --role researcher --organisation "$organisations"
  add_account load-leder --role programme-manager --organisation "${organisations%%,*}"
  names=(load-forsker load-admin load-leder)
fi
accounts="$(mktemp)"
access="$(mktemp -d)"
log="$data/load-serve.log"
server=""
stop() {
  [[ -n "$server" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$accounts" "$access"
}
trap stop EXIT
printf '[%s]\n' "$(printf '{"username": "%s", "password": "'"$password"'"},' "${names[@]}" | sed 's/,$//')" > "$accounts"

# Tomcat's access log gives the app's own time per request, apart from the browsers' time
export SERVER_TOMCAT_ACCESSLOG_ENABLED=true SERVER_TOMCAT_ACCESSLOG_DIRECTORY="$access" SERVER_TOMCAT_ACCESSLOG_PREFIX=access \
  SERVER_TOMCAT_ACCESSLOG_SUFFIX=.log SERVER_TOMCAT_ACCESSLOG_ROTATE=false SERVER_TOMCAT_ACCESSLOG_BUFFERED=false \
  SERVER_TOMCAT_ACCESSLOG_PATTERN='%{ms}T "%r" %s'
# the browsers share the app's two cores; ahead of them in the queue, the app gets the time a server of its own would give it
priority=()
if [[ "$(id -u)" == 0 ]]; then priority=(nice -n -10); fi
${priority[@]+"${priority[@]}"} "$here/samspil" --data "$data" serve --port 0 > "$log" 2>&1 &
server=$!
url=""
for _ in $(seq 600); do
  url="$(sed -n 's/^Samspil is serving \(http:[^ ]*\) .*/\1/p' "$log")"
  [[ -n "$url" ]] && break
  if ! kill -0 "$server" 2>/dev/null; then
    echo "samspil bench load: the app did not start; the end of $log:" >&2
    tail -20 "$log" >&2
    exit 1
  fi
  sleep 0.5
done
[[ -n "$url" ]] || { echo "samspil bench load: the app did not say where it serves within 5 minutes; see $log" >&2; exit 1; }
echo "samspil bench load: $users users on $url for $minutes min (think time $think ms); app log in $log" >&2

"$node" "$here/load/browse.mjs" --url "$url" --accounts "$accounts" --users "$users" --minutes "$minutes" \
  --think-ms "$think" --pid "$server" --jstat "$JAVA_HOME/bin/jstat" --access-log "$access/access.log" --out "$data/load-result.json"
