import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSearchIndex } from "@/lib/build/search-index";

/*
 * What the build says when Pagefind fails, and the paths Pagefind gives on Windows: a stand-in
 * Pagefind answers as the real one does in those cases, which no real journal makes it do here.
 */
vi.mock("pagefind", () => ({ createIndex: vi.fn(), close: vi.fn() }));

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "search-index-failures-"));
});

afterAll(() => rm(root, { recursive: true, force: true }));

const pearls = { url: "/articles/pearls", html: "<html><body><h1>Pearls</h1></body></html>" };
const indexed: pagefind.NewFileResponse = { errors: [], file: { uniqueWords: 1, url: pearls.url, meta: {} } };

/** A Pagefind index whose answers are the given ones. */
function standIn(answers: { added?: pagefind.NewFileResponse; files?: pagefind.GetFilesResponse }): pagefind.PagefindIndex {
  return {
    addHTMLFile: () => Promise.resolve(answers.added ?? indexed),
    getFiles: () => Promise.resolve(answers.files ?? { errors: [], files: [] }),
    addCustomRecord: vi.fn(),
    addDirectory: vi.fn(),
    writeFiles: vi.fn(),
    deleteIndex: vi.fn(),
  };
}

describe("a search index Pagefind cannot build", () => {
  it("stops the build, saying why Pagefind could not start", async () => {
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: ["the binary was not found", "no such platform"] });
    await expect(buildSearchIndex([pearls], path.join(root, "start"), 2)).rejects.toThrow(
      new Error("Pagefind could not start: the binary was not found; no such platform"),
    );
  });

  it("stops the build, naming the article Pagefind could not index and each reason", async () => {
    const added = { ...indexed, errors: ["the HTML could not be read", "the page has no body"] };
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index: standIn({ added }) });
    await expect(buildSearchIndex([pearls], path.join(root, "add"), 2)).rejects.toThrow(
      new Error("Pagefind could not index /articles/pearls: the HTML could not be read; the page has no body"),
    );
  });

  it("stops the build, naming the article Pagefind could not index, when it ends a bundle", async () => {
    const opals = { url: "/articles/opals", html: "<html><body><h1>Opals</h1></body></html>" };
    const index: pagefind.PagefindIndex = {
      ...standIn({}),
      addHTMLFile: ({ url }) => Promise.resolve(url === pearls.url ? { ...indexed, errors: ["the page has no body"] } : indexed),
    };
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index });
    await expect(buildSearchIndex([pearls, opals], path.join(root, "bundle-end"), 1)).rejects.toThrow(
      new Error("Pagefind could not index /articles/pearls: the page has no body"),
    );
  });

  it("stops the build, naming the article being indexed when the Pagefind process goes away", async () => {
    const index = { ...standIn({}), addHTMLFile: () => Promise.reject(new Error("Cannot send message, backend is closed")) };
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index });
    await expect(buildSearchIndex([pearls], path.join(root, "gone"), 2)).rejects.toThrow(
      new Error("Pagefind could not index /articles/pearls: Cannot send message, backend is closed"),
    );
  });

  it("stops the build, saying why Pagefind could not write its index", async () => {
    const files = { errors: ["out of memory", "the fragments were lost"], files: [] };
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index: standIn({ files }) });
    await expect(buildSearchIndex([pearls], path.join(root, "write"), 2)).rejects.toThrow(
      new Error("Pagefind could not write its index: out of memory; the fragments were lost"),
    );
  });
});

describe("a search index built on Windows", () => {
  it("lists and writes its files under the paths the browser asks for, with `/`", async () => {
    const fragment = { path: "fragment\\en_1.pf_fragment", content: new TextEncoder().encode("fragment") };
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index: standIn({ files: { errors: [], files: [fragment] } }) });
    const dir = path.join(root, "windows");
    expect(await buildSearchIndex([pearls], dir, 2)).toEqual({ files: ["fragment/en_1.pf_fragment"], shards: [] });
    expect(await readFile(path.join(dir, "fragment", "en_1.pf_fragment"), "utf8")).toBe("fragment");
  });
});
