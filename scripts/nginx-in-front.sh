#!/usr/bin/env bash
# Runs deploy/nginx-next.conf with Debian's nginx on loopback in front of running `next start`s.
# Usage: scripts/nginx-in-front.sh <port> <next start port>...
# Runs in the foreground; Ctrl-C or SIGTERM stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${1:?usage: scripts/nginx-in-front.sh <port> <next start port>...}"
shift
[ $# -gt 0 ] || { echo "name at least one next start port" >&2; exit 1; }
servers=""
for upstream in "$@"; do servers+="    server 127.0.0.1:${upstream};\\n"; done

source scripts/nginx-run.sh
echo "nginx at http://127.0.0.1:${port} in front of next start on port(s) $*"
run_nginx deploy/nginx-next.conf "s|listen 8080;|listen 127.0.0.1:${port};|; /server 127.0.0.1:3002;/d; s|    server 127.0.0.1:3001;|${servers%\\n}|"
