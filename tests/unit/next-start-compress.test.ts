import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressResponse } from "../../scripts/next-start/compress.mjs";

const PAGE = `<!DOCTYPE html><html><body>${"<p>Silver tarnishes because of sulphur in the air.</p>".repeat(200)}</body></html>`;

let server: Server;
let origin: string;

/** Answers like Next.js does: setHeader + end(body), writeHead + write + end, or a stream. */
beforeAll(async () => {
  server = createServer((req, res) => {
    compressResponse(req, res);
    if (req.url === "/page") {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(PAGE);
    } else if (req.url === "/streamed") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.flushHeaders();
      res.write(PAGE.slice(0, 5000));
      res.end(PAGE.slice(5000));
    } else if (req.url === "/tiny") {
      res.setHeader("Content-Type", "text/plain");
      res.end("ok");
    } else if (req.url === "/png") {
      res.setHeader("Content-Type", "image/png");
      res.end(Buffer.alloc(4096, 7));
    } else {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(PAGE);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("next start's compression", () => {
  it("gzips a page for a browser that accepts gzip, with its length, an ETag and Vary", async () => {
    for (const path of ["/page", "/streamed"]) {
      const answer = await get(path, { "accept-encoding": "gzip, br" });
      expect(answer.headers["content-encoding"], path).toBe("gzip");
      expect(Number(answer.headers["content-length"]), path).toBe(answer.body.length);
      expect(answer.headers.vary, path).toMatch(/Accept-Encoding/);
      expect(answer.headers.etag, path).toMatch(/^"[\w-]+"$/);
      expect(gunzipSync(answer.body).toString(), path).toBe(PAGE);
    }
  });

  it("sends the same bytes every time: the page is gzipped once", async () => {
    const [first, second] = [await get("/page", { "accept-encoding": "gzip" }), await get("/page", { "accept-encoding": "gzip" })];
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers.etag).toBe(first.headers.etag);
  });

  it("answers 304 without a body when the browser already has the page", async () => {
    const { headers } = await get("/page", { "accept-encoding": "gzip" });
    const again = await get("/page", { "accept-encoding": "gzip", "if-none-match": String(headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("gives what it does not gzip an ETag too, so an image is revalidated without its bytes", async () => {
    const { headers, body } = await get("/png", { "accept-encoding": "gzip" });
    expect(headers["content-encoding"]).toBeUndefined();
    expect(body.length).toBe(4096);
    const again = await get("/png", { "if-none-match": String(headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("sends the page as it is to a client that refuses gzip", async () => {
    for (const encoding of ["identity", "gzip;q=0, x;q=2", ""]) {
      const answer = await get("/page", { "accept-encoding": encoding });
      expect(answer.headers["content-encoding"], encoding).toBeUndefined();
      expect(answer.body.toString(), encoding).toBe(PAGE);
    }
  });

  it("leaves alone what gzip cannot shrink, HEAD requests and the status", async () => {
    expect((await get("/tiny", { "accept-encoding": "gzip" })).headers["content-encoding"]).toBeUndefined();
    expect((await get("/png", { "accept-encoding": "gzip" })).headers["content-encoding"]).toBeUndefined();
    const head = await get("/page", { "accept-encoding": "gzip" }, "HEAD");
    expect(head.headers["content-encoding"]).toBeUndefined();
    const missing = await get("/missing", { "accept-encoding": "gzip" });
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).toString()).toBe(PAGE);
  });
});
