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
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$nginx_bin" ] || { echo "nginx is not installed: apt-get install -y nginx" >&2; exit 1; }
[ -f "$root/index.html" ] || { echo "$root has no site: run npm run build:static first" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm run --silent headers:nginx > "$work/journal-security-headers.conf"

sed -e "s|listen 8080;|listen 127.0.0.1:${port};|" \
    -e "s|root /srv/journal/out;|root ${root};|" \
    -e "s|/etc/nginx/journal-security-headers.conf|${work}/journal-security-headers.conf|" \
    deploy/nginx.conf > "$work/server.conf"

cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path ${work}/body;
    proxy_temp_path ${work}/proxy;
    fastcgi_temp_path ${work}/fastcgi;
    uwsgi_temp_path ${work}/uwsgi;
    scgi_temp_path ${work}/scgi;
    include ${work}/server.conf;
}
CONF

echo "Serving ${root} at http://127.0.0.1:${port}"
exec "$nginx_bin" -p "$work" -c "$work/nginx.conf" -g "daemon off;"
