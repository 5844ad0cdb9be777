/*
 * Gzip for `next start`, done once per distinct response body instead of once per request.
 *
 * Every page here is prerendered, so the same bytes go out again and again, and gzipping a 50 KB
 * page costs about 0.6 ms of CPU: more than Next.js spends finding and sending it. Next.js's own
 * compression is turned off (next.config.ts) and each compressible response is buffered, hashed
 * (SHA-1, native and a tenth of that cost) and gzipped only the first time its hash is seen. The
 * hash of every 200 response, images and search files included, serves as its ETag, so a
 * revalidating browser gets a 304 without the body.
 */
import { createHash } from "node:crypto";
/** @typedef {import("node:http").IncomingMessage} IncomingMessage @typedef {import("node:http").ServerResponse} ServerResponse */
import { gzipSync } from "node:zlib";
import compressible from "compressible";
import { LRUCache } from "lru-cache";
import Negotiator from "negotiator";

/** Smaller bodies gain nothing from gzip but its header. */
const MIN_BYTES = 1024;
/** Bigger bodies are sent as they came (the site serves nothing near this size). */
const MAX_BYTES = 8 * 1024 * 1024;

/** @type {LRUCache<string, Buffer>} */
const gzipped = new LRUCache({ maxSize: 64 * 1024 * 1024, sizeCalculation: (value) => value.length });

/** @param {unknown} chunk @param {unknown} encoding */
function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8");
}

/** @param {ServerResponse} response */
function shouldCompress(response) {
  if (response.statusCode !== 200 && response.statusCode !== 404) return false;
  if (response.getHeader("Content-Encoding")) return false;
  if (/\bno-transform\b/.test(String(response.getHeader("Cache-Control") ?? ""))) return false;
  const type = String(response.getHeader("Content-Type") ?? "");
  return type !== "" && compressible(type) === true;
}

/** @param {ServerResponse} response @param {string} value */
function addVary(response, value) {
  const vary = response.getHeader("Vary");
  const current = Array.isArray(vary) ? vary.join(", ") : String(vary ?? "");
  if (!current.split(",").some((field) => field.trim().toLowerCase() === value.toLowerCase() || field.trim() === "*")) {
    response.setHeader("Vary", current ? `${current}, ${value}` : value);
  }
}

/** Whether an If-None-Match header names this ETag (weak or strong, or `*`). */
function matches(/** @type {string | undefined} */ ifNoneMatch, /** @type {string} */ etag) {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(/\s*,\s*/).some((tag) => tag === "*" || tag.replace(/^W\//, "") === bare);
}

/**
 * Wraps one response: headers are held back (writeHead only records them) and the body is
 * collected until `end`, when it is sent gzipped, 304'd or as it came.
 * @param {IncomingMessage} request @param {ServerResponse} response
 */
export function compressResponse(request, response) {
  if (request.method !== "GET") return;
  const wantsGzip = new Negotiator(request).encoding(["gzip", "identity"]) === "gzip";
  const { writeHead: originalWriteHead, write: originalWrite, end: originalEnd } = response;
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;

  response.writeHead = /** @type {typeof response.writeHead} */ (
    function writeHead(/** @type {number} */ status, /** @type {unknown[]} */ ...rest) {
      response.statusCode = status;
      const headers = rest.find((arg) => typeof arg === "object" && arg !== null);
      if (typeof rest[0] === "string") response.statusMessage = rest[0];
      if (Array.isArray(headers)) {
        for (let i = 0; i + 1 < headers.length; i += 2) response.setHeader(String(headers[i]), headers[i + 1]);
      } else if (headers) {
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
      }
      return response;
    }
  );
  // Next.js flushes the headers before streaming a body; here they wait for the whole body.
  response.flushHeaders = () => {};
  response.write = /** @type {typeof response.write} */ (
    function write(/** @type {unknown} */ chunk, /** @type {unknown} */ encoding, /** @type {unknown} */ callback) {
      const buffer = toBuffer(chunk, encoding);
      chunks.push(buffer);
      size += buffer.length;
      const done = typeof encoding === "function" ? encoding : callback;
      if (typeof done === "function") process.nextTick(done);
      return true;
    }
  );
  response.end = /** @type {typeof response.end} */ (
    function end(/** @type {unknown} */ chunk, /** @type {unknown} */ encoding, /** @type {unknown} */ callback) {
      if (chunk !== undefined && chunk !== null && typeof chunk !== "function") {
        const buffer = toBuffer(chunk, encoding);
        chunks.push(buffer);
        size += buffer.length;
      }
      const done = [chunk, encoding, callback].find((arg) => typeof arg === "function");
      const body = Buffer.concat(chunks, size);
      // Node.js's own end() writes the head through writeHead(): give it the real ones back.
      response.writeHead = originalWriteHead;
      response.write = originalWrite;
      const compress = shouldCompress(response) && body.length >= MIN_BYTES && body.length <= MAX_BYTES;
      const ok = response.statusCode === 200;
      const hash = ok || compress ? createHash("sha1").update(body).digest("base64url") : "";
      if (compress) addVary(response, "Accept-Encoding");
      if (ok) {
        if (!response.hasHeader("ETag")) response.setHeader("ETag", `"${hash}"`);
        if (matches(request.headers["if-none-match"], String(response.getHeader("ETag")))) {
          response.statusCode = 304;
          for (const name of ["Content-Type", "Content-Length"]) response.removeHeader(name);
          return originalEnd.call(response, done);
        }
      }
      if (!compress || !wantsGzip) {
        if (response.statusCode !== 204 && response.statusCode !== 304) response.setHeader("Content-Length", body.length);
        return originalEnd.call(response, body, done);
      }
      let packed = gzipped.get(hash);
      if (!packed) {
        packed = gzipSync(body, { level: 9 });
        gzipped.set(hash, packed);
      }
      response.setHeader("Content-Encoding", "gzip");
      response.setHeader("Content-Length", packed.length);
      return originalEnd.call(response, packed, done);
    }
  );
}
