/*
 * Preloaded into `next start` by `npm run serve` (`node --import ./scripts/next-start/preload.mjs`):
 * - cluster.mjs: one server process per core;
 * - refuse.mjs: requests the site refuses before Next.js sees them;
 * - compress.mjs: gzip once per distinct body, ETags and 304s.
 */
import "./cluster.mjs";
import http from "node:http";
import { compressResponse } from "./compress.mjs";
import { refuse, refuseConnect } from "./refuse.mjs";

const emit = http.Server.prototype.emit;
/** @this {http.Server} @param {string | symbol} event @param {unknown[]} args */
http.Server.prototype.emit = function emitUnlessRefused(event, ...args) {
  // Node.js only hands CONNECT to a server that listens for it.
  if (event === "listening" && this.listenerCount("connect") === 0) this.on("connect", refuseConnect);
  if (event === "request") {
    const [request, response] = /** @type {[http.IncomingMessage, http.ServerResponse]} */ (args);
    if (refuse(request, response)) return true;
    compressResponse(request, response);
  }
  return emit.call(this, event, ...args);
};
