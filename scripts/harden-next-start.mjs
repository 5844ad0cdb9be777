/*
 * Preloaded into `next start` (`node --import ./scripts/harden-next-start.mjs …`, see package.json).
 * A few requests fail inside Next.js before proxy.ts can see them and come back as 500:
 * asterisk-form and absolute-form targets (`OPTIONS *`, `GET http://evil.example/`: "Invalid URL")
 * and the methods the Fetch standard forbids (TRACE, TRACK), which the proxy cannot even be
 * handed. They are answered here, at the HTTP layer, before Next.js's request listener runs.
 * CONNECT, which Node.js would answer by dropping the connection, gets a proper 405 too.
 */
import http from "node:http";

const FORBIDDEN_METHODS = new Set(["TRACE", "TRACK"]);

/** @param {http.IncomingMessage} request @param {http.ServerResponse} response */
function refuse(request, response) {
  if (FORBIDDEN_METHODS.has(request.method ?? "")) {
    response.writeHead(405, { Allow: "GET, HEAD", "Content-Length": "0" }).end();
    return true;
  }
  if (!request.url?.startsWith("/")) {
    response.writeHead(400, { "Content-Length": "0", Connection: "close" }).end();
    return true;
  }
  return false;
}

/** @param {http.IncomingMessage} _request @param {import("node:stream").Duplex} socket */
function refuseConnect(_request, socket) {
  socket.end("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
}

const emit = http.Server.prototype.emit;
/** @this {http.Server} @param {string | symbol} event @param {unknown[]} args */
http.Server.prototype.emit = function emitUnlessRefused(event, ...args) {
  // Node.js only hands CONNECT to a server that listens for it.
  if (event === "listening" && this.listenerCount("connect") === 0) this.on("connect", refuseConnect);
  if (event === "request" && refuse(/** @type {http.IncomingMessage} */ (args[0]), /** @type {http.ServerResponse} */ (args[1]))) return true;
  return emit.call(this, event, ...args);
};
