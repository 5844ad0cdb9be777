import { mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSignature } from "@/lib/content/collection";
import { strayContentFiles } from "@/lib/content/stray-files";

// A journal of 5,000 articles failed to build: the build handed the list of every file to its
// workers in an environment variable, and Linux refuses one over 128 KB (E2BIG).
describe("the content's signature, which the build passes to its workers", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "signature-"));
    await mkdir(path.join(dir, "articles"));
    for (let n = 0; n < 3000; n += 1) {
      await writeFile(path.join(dir, "articles", `a-rather-long-article-name-about-rings-number-${n}.md`), "x");
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("stays a short digest however many articles there are", () => {
    expect(contentSignature(dir)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes when an article is saved with other text", async () => {
    const before = contentSignature(dir);
    await writeFile(path.join(dir, "articles", "a-rather-long-article-name-about-rings-number-7.md"), "longer text");
    expect(contentSignature(dir)).not.toBe(before);
  });

  it("changes when an author's file or a page is saved, or one is added", async () => {
    for (const file of ["authors/isla.md", "pages/about.md", "authors/isla.md", "pages/about.md"]) {
      await mkdir(path.join(dir, path.dirname(file)), { recursive: true });
      const before = contentSignature(dir);
      await writeFile(path.join(dir, file), `${file} at ${before}`);
      expect(contentSignature(dir)).not.toBe(before);
    }
  });

  // The preview reloads its problems when the signature changes: a stray article is told at once, not after a restart.
  it.each(["december-news.md", "posts/december-news.md", "posts/gift-guide.markdown"])("changes when %s, which the journal never publishes, is saved in content/", async (file) => {
    await mkdir(path.join(dir, path.dirname(file)), { recursive: true });
    const before = contentSignature(dir);
    await writeFile(path.join(dir, file), "---\ntitle: December news\n---\nNew rings.\n");
    expect(contentSignature(dir)).not.toBe(before);
    expect((await strayContentFiles(dir)).map((issue) => issue.file)).toContain(`${path.basename(dir)}/${file}`);
  });

  it("stays the same when Finder writes `.DS_Store` at the top of content/", async () => {
    const before = contentSignature(dir);
    await writeFile(path.join(dir, ".DS_Store"), "Finder's view settings");
    expect(contentSignature(dir)).toBe(before);
  });

  it.each(["notes.txt", "posts/prices.numbers"])("stays the same when %s, which is no Markdown, is saved in content/", async (file) => {
    await mkdir(path.join(dir, path.dirname(file)), { recursive: true });
    const before = contentSignature(dir);
    await writeFile(path.join(dir, file), "not content");
    expect(contentSignature(dir)).toBe(before);
  });

  it("leaves out a link to a file that no longer exists, rather than failing", async () => {
    const before = contentSignature(dir);
    await symlink(path.join(dir, "gone.md"), path.join(dir, "articles", "moved.md"));
    expect(contentSignature(dir)).toBe(before);
  });
});
