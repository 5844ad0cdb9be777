#!/usr/bin/env bash
# Serves out/ (npm run build:static) with Debian's nginx on loopback, using deploy/nginx.conf.
# Usage: scripts/serve-static.sh [port | --port port]   (default $PORT, else 3200).
# Runs in the foreground; Ctrl-C or SIGTERM stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PORT:-3200}"
case "${1:-}" in
  --port) port="${2:?--port needs a number}" ;;
  "") ;;
  *) port="$1" ;;
esac
root="$(pwd)/${STATIC_OUT_DIR:-out}"
[ -f "$root/index.html" ] || { echo "$root has no site: run npm run build:static first" >&2; exit 1; }

source scripts/nginx-run.sh
echo "Serving ${root} at http://127.0.0.1:${port}"
run_nginx deploy/nginx.conf "s|listen 8080;|listen 127.0.0.1:${port};|; s|root /srv/journal/out;|root ${root};|"
