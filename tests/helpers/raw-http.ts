import net from "node:net";

export type RawRequest = {
  method: string;
  /** The request target exactly as sent: never normalised, re-encoded or validated. */
  target: string;
  headers?: Record<string, string>;
};

export type RawResponse = {
  status: number;
  /** Lowercase names; a header sent twice keeps its last value here and shows in `headerLines`. */
  headers: Record<string, string>;
  /** Every header line as sent, names lowercased, in order. */
  headerLines?: [string, string][];
  body: string;
  /** The body's bytes, dechunked but not decompressed. */
  bytes?: Buffer;
};

/** Joins the chunks of a `Transfer-Encoding: chunked` body, so no text is split by chunk sizes. */
function dechunk(raw: string): string {
  let body = "";
  let at = 0;
  for (;;) {
    const lineEnd = raw.indexOf("\r\n", at);
    const size = lineEnd === -1 ? 0 : parseInt(raw.slice(at, lineEnd), 16);
    if (!size) return body;
    body += raw.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}

/**
 * Sends one HTTP/1.1 request over a bare socket, so malformed targets (bad percent-encoding,
 * backslashes, raw bytes) reach the server exactly as written; `fetch` would clean them up first.
 * The target is written byte for byte (latin1), which lets a test send invalid UTF-8.
 */
export function rawRequest(origin: URL, request: RawRequest, timeoutMs = 15_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(origin.port), origin.hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      // Node.js closes the connection without a word on a CONNECT nobody listens for: status 0.
      if (text === "") return resolve({ status: 0, headers: {}, headerLines: [], body: "", bytes: Buffer.alloc(0) });
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      if (!match) return reject(new Error(`not an HTTP response: ${JSON.stringify(text.slice(0, 80))}`));
      const split = text.indexOf("\r\n\r\n");
      const head = text.slice(0, split === -1 ? text.length : split).split("\r\n").slice(1);
      const headerLines = head.map((line): [string, string] => [line.slice(0, line.indexOf(":")).trim().toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]);
      const headers = Object.fromEntries(headerLines);
      const raw = split === -1 ? "" : text.slice(split + 4);
      const bytes = Buffer.from(headers["transfer-encoding"] === "chunked" ? dechunk(raw) : raw, "latin1");
      resolve({ status: Number(match[1]), headers, headerLines, body: bytes.toString("utf8"), bytes });
    });
    const headers = { host: origin.host, connection: "close", ...request.headers };
    const lines = [`${request.method} ${request.target} HTTP/1.1`, ...Object.entries(headers).map(([key, value]) => `${key}: ${value}`)];
    socket.write(Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"));
  });
}

/** The first resized image a page references: variant URLs carry a content hash, so tests find them on a page. */
export async function variantOnPage(origin: URL, path: string): Promise<string> {
  const page = await rawRequest(origin, { method: "GET", target: path });
  const variant = /\/img\/[0-9a-f]+\/\d+\/[^"'\s,]+\.webp/.exec(page.body)?.[0];
  if (variant === undefined) throw new Error(`${path} references no resized image`);
  return variant;
}

/** A loopback port nothing listens on right now, for a server a test starts itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
