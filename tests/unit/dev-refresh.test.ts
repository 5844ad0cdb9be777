import type { FSWatcher } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { refreshPagesOnNewFiles } from "@/lib/authoring/dev-refresh";

/*
 * The preview's watcher (instrumentation.ts) against a stand-in for `next dev`: a server that
 * records what it is asked for and answers as each test says. A test that an address is NOT asked
 * for creates a last file after the others and waits for its request: the watcher reports files
 * in the order they appear, so anything asked for the others would have been asked first.
 */
type Answer = (request: IncomingMessage, response: ServerResponse) => void;

let root: string;
let server: Server;
let watcher: FSWatcher | undefined;
let asked: string[];
// The pages of the files that show the watcher is ready, kept apart from what the tests count.
let ready: string[];
let answer: Answer;
const notFound: Answer = (_request, response) => response.writeHead(404).end();
const found: Answer = (_request, response) => response.writeHead(200).end();

/** Waits until `pathname` has been asked for `times` times: a generous budget, far beyond a busy machine's delays. */
async function askedFor(pathname: string, times = 1): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (asked.filter((url) => url === pathname).length < times) {
    if (Date.now() > deadline) throw new Error(`${pathname} was asked for ${asked.filter((url) => url === pathname).length} times, not ${times}: ${asked.join(", ")}`);
    await sleep(20);
  }
}

const write = (name: string) => writeFile(path.join(root, name), "---\ntitle: x\n---\n");

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "dev-refresh-"));
  await mkdir(path.join(root, "articles", "old"), { recursive: true });
  await mkdir(path.join(root, "authors"));
  await mkdir(path.join(root, "pages"));
  asked = [];
  answer = found;
  ready = [];
  server = createServer((request, response) => {
    if (request.url?.includes("/ready-")) return void (ready.push(request.url), found(request, response));
    asked.push(request.url ?? "");
    answer(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  vi.stubEnv("CONTENT_DIR", root);
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the stand-in server has no port");
  watcher = refreshPagesOnNewFiles(String(address.port));
  // Node.js watches the subfolders a moment after the watch starts (later on a busy machine): each is
  // shown a file until the watcher asks for its page, then the test starts from a clean slate.
  for (const section of ["articles", "authors"]) {
    for (let tries = 0; !ready.some((url) => url.startsWith(`/${section}/`)); tries += 1) {
      if (tries > 600) throw new Error(`the watcher never saw content/${section}/`);
      await write(`${section}/ready-${tries}.md`);
      await sleep(100);
    }
  }
});

afterEach(async () => {
  watcher?.close();
  vi.unstubAllEnvs();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true, force: true });
});

describe("the preview asking for a new file's page", { timeout: 120_000 }, () => {
  it("asks for a new article's page until it is no longer a 404, then stops", async () => {
    let answers = 0;
    answer = (request, response) => (request.url === "/articles/new-ring" && (answers += 1) <= 2 ? notFound(request, response) : found(request, response));
    await write("articles/new-ring.md");
    await askedFor("/articles/new-ring", 3);
    await write("articles/zz-last.md");
    await askedFor("/articles/zz-last");
    expect(asked).toEqual(["/articles/new-ring", "/articles/new-ring", "/articles/new-ring", "/articles/zz-last"]);
  });

  it("asks for a new author's page, and escapes the file's name", async () => {
    await write("authors/ada lovelace.md");
    await askedFor("/authors/ada%20lovelace");
    // A page that answers is not asked for again: a second ask would come within a quarter of a second.
    await sleep(1_000);
    expect(asked).toEqual(["/authors/ada%20lovelace"]);
  });

  it("asks for nothing else: other files, other folders, deeper folders, edits", async () => {
    await write("articles/notes.txt");
    await write("pages/about.md");
    await write("articles/old/draft.md");
    await write("top.md");
    await write("articles/zz-last.md");
    await askedFor("/articles/zz-last");
    await writeFile(path.join(root, "articles", "zz-last.md"), "---\ntitle: y\n---\n");
    await write("authors/zz-last.md");
    await askedFor("/authors/zz-last");
    expect(asked).toEqual(["/articles/zz-last", "/authors/zz-last"]);
  });

  it("asks again when the server cannot be reached", async () => {
    let answers = 0;
    answer = (request, response) => ((answers += 1) === 1 ? request.socket.destroy() : found(request, response));
    await write("articles/new-ring.md");
    await askedFor("/articles/new-ring", 2);
  });

  it("asks again after a server error, which a page asked for while the preview compiles can get", async () => {
    let answers = 0;
    answer = (request, response) => ((answers += 1) === 1 ? response.writeHead(500).end() : found(request, response));
    await write("articles/new-ring.md");
    await askedFor("/articles/new-ring", 2);
  });

  it("stops when the file is deleted, and after twenty 404s", async () => {
    answer = (request, response) => {
      if (request.url === "/articles/gone") void rm(path.join(root, "articles", "gone.md")).then(() => notFound(request, response));
      else notFound(request, response);
    };
    await write("articles/gone.md");
    await write("articles/never.md");
    await askedFor("/articles/never", 20);
    // The loop waits a quarter of a second between asks: a 21st, or a second ask for the deleted page, would come within one.
    await sleep(1_000);
    expect(asked.filter((url) => url === "/articles/gone")).toHaveLength(1);
    expect(asked.filter((url) => url === "/articles/never")).toHaveLength(20);
  });
});
