/*
 * Requests a read-only site refuses at the HTTP layer, before Next.js's request listener runs,
 * because Next.js would answer them with 500:
 * - lib/request-guard.mjs: methods other than GET and HEAD, paths that cannot be percent-decoded,
 *   image optimiser URLs that are not clean local paths;
 * - asterisk-form and absolute-form targets (`OPTIONS *`, `GET http://evil.example/`: "Invalid URL");
 * - CONNECT, which Node.js would answer by dropping the connection.
 * This used to be a Next.js proxy (middleware), which cost about a quarter of the server's
 * throughput; here it costs microseconds.
 */
import { readFileSync } from "node:fs";
/** @typedef {import("node:http").IncomingMessage} IncomingMessage @typedef {import("node:http").ServerResponse} ServerResponse */
import path from "node:path";
import { guardRequest } from "../../lib/request-guard.mjs";

/** @type {Record<string, string> | undefined} */
let siteHeaders;

/**
 * The security headers next.config.ts gives every response, read from the build's routes
 * manifest, so a refusal carries exactly what Next.js would have sent.
 * @returns {Record<string, string>}
 */
function securityHeaders() {
  if (siteHeaders) return siteHeaders;
  const manifest = path.join(process.env.NEXT_DIST_DIR || ".next", "routes-manifest.json");
  /** @type {{ headers: { source: string; headers: { key: string; value: string }[] }[] }} */
  const { headers } = JSON.parse(readFileSync(manifest, "utf8"));
  const everywhere = headers.find((rule) => rule.source === "/:path*")?.headers ?? [];
  siteHeaders = Object.fromEntries(everywhere.map(({ key, value }) => [key, value]));
  return siteHeaders;
}

/**
 * Answers the request if the site refuses it; true when it did.
 * @param {IncomingMessage} request @param {ServerResponse} response
 */
export function refuse(request, response) {
  if (!request.url?.startsWith("/")) {
    response.writeHead(400, { ...securityHeaders(), "Content-Length": "0", Connection: "close" }).end();
    return true;
  }
  const rejection = guardRequest(request.method ?? "", new URL(request.url, "http://localhost"));
  if (!rejection) return false;
  response.writeHead(rejection.status, { ...securityHeaders(), ...rejection.headers, "Content-Length": "0" }).end();
  return true;
}

/** @param {IncomingMessage} _request @param {import("node:stream").Duplex} socket */
export function refuseConnect(_request, socket) {
  socket.end("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
}
