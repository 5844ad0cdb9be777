import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { startCommand, type Server } from "./server";

export const NGINX = "/usr/sbin/nginx";
export const hasNginx = () => existsSync(NGINX);

/**
 * Nothing but a file: the ceiling the static copy is compared with (gzip_static, no headers, no
 * logs), with the same tuning as scripts/serve-static.sh and deploy/nginx.conf (keep-alive,
 * open file cache), so that the comparison measures only what serving a page adds.
 */
function config(prefix: string, port: number): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, "tmp", name)};`;
  return `worker_processes 2;
pid ${path.join(prefix, "nginx.pid")};
error_log ${path.join(prefix, "error.log")} warn;
events { worker_connections 1024; }
http {
  access_log off;
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}
  types { text/html html; }
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  open_file_cache max=20000 inactive=60s;
  open_file_cache_valid 60s;
  open_file_cache_errors on;
  gzip_static on;
  server {
    listen 127.0.0.1:${port};
    root ${path.join(prefix, "www")};
  }
}
`;
}

/**
 * Serves `html` as /plain.html (with its .gz beside it, as a static copy would ship it) from
 * Debian's nginx on loopback.
 */
export async function startPlainNginx(html: Buffer, port: number): Promise<{ server: Server; url: string }> {
  const prefix = await mkdtemp(path.join(tmpdir(), "journal-bench-nginx-"));
  // nginx's workers drop to `nobody`, who must be able to read the file.
  await chmod(prefix, 0o755);
  await mkdir(path.join(prefix, "www"), { recursive: true });
  await mkdir(path.join(prefix, "tmp"), { recursive: true });
  await writeFile(path.join(prefix, "www", "plain.html"), html);
  await writeFile(path.join(prefix, "www", "plain.html.gz"), gzipSync(html, { level: 9 }));
  await writeFile(path.join(prefix, "nginx.conf"), config(prefix, port));
  const args = ["-p", prefix, "-e", path.join(prefix, "error.log"), "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"];
  const removePrefix = () => rm(prefix, { recursive: true, force: true });
  const server = await startCommand(NGINX, args, `http://127.0.0.1:${port}`, "/plain.html", {}, path.join(prefix, "nginx.log")).catch(async (error: unknown) => {
    await removePrefix();
    throw error;
  });
  const stop = async () => {
    await server.stop();
    await removePrefix();
  };
  return { server: { ...server, stop }, url: `${server.origin}/plain.html` };
}
