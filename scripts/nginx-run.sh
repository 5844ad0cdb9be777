# Sourced by serve-static.sh and nginx-in-front.sh: runs one of deploy/'s server blocks with
# Debian's nginx in the foreground, from a temporary folder, with the security headers generated
# for SITE_URL.
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$nginx_bin" ] || { echo "nginx is not installed: apt-get install -y nginx" >&2; exit 1; }

work="$(mktemp -d)"
npm run --silent headers:nginx > "$work/journal-security-headers.conf"

# run_nginx <deploy/ server block> <sed script that makes it this run's>
run_nginx() {
  local source="$1" rewrite="$2"
  sed -e "$rewrite" -e "s|/etc/nginx/journal-security-headers.conf|${work}/journal-security-headers.conf|" "$source" > "$work/server.conf"
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
  exec "$nginx_bin" -p "$work" -c "$work/nginx.conf" -g "daemon off;"
}
