import { createReadStream } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import type { Server } from "../server";

/** Serves the woff2 files of `dir` named in `names` (and nothing else) on loopback at `port`. */
export function serveFontFiles(dir: string, names: readonly string[], port: number): Promise<Server> {
  const known = new Set(names);
  const server = createServer((request, response) => {
    const name = (request.url ?? "").slice(1);
    if (!known.has(name)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "font/woff2" });
    createReadStream(path.join(dir, name)).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      resolve({ origin: `http://127.0.0.1:${port}`, stop: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
