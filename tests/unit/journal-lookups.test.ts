import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { article, GUEST, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
// Imported with the file, not inside a test: Stryker would otherwise take the module code it loads as covered by that test alone (docs/testing.md).
import { getArticle, getArticlesByAuthor, getNeighbours, getRelated, getRenderedArticle, getTag, getTags } from "@/lib/articles";
import { getAuthor, getAuthorBioHtml, getAuthors } from "@/lib/authors";
import { getPage } from "@/lib/pages";
import { ContentError } from "@/lib/content/issues";
import { tagPage, tagPageParams, tagParams } from "@/lib/tag-pages";
import { orPlaceholder } from "@/lib/static-params";
import { getSearchShards } from "@/lib/search";

/*
 * What the site's pages ask the journal for (lib/articles.ts, lib/tag-pages.ts, lib/pages.ts,
 * lib/authors.ts), on a small journal written here: twelve articles tagged `silver` (two pages
 * of ten), one of them also `Gold Work`, one by the guest author without tags.
 */
let folder: ContentFolder;
const days = Array.from({ length: 12 }, (_, i) => `2025-10-${String(i + 10)}`);

beforeAll(async () => {
  folder = await makeContentFolder();
  vi.stubEnv("CONTENT_DIR", folder.contentDir);
  vi.stubEnv("PUBLIC_DIR", folder.publicDir);
  await folder.write("content/authors/isla.md", ISLA);
  await folder.write("content/authors/jonah.md", GUEST);
  for (const [i, date] of days.entries()) {
    const tags = i === 0 ? '["Silver", "Gold Work"]' : '["silver"]';
    await folder.write(`content/articles/silver-${i + 1}.md`, article({ title: `"Silver ${i + 1}"`, date, tags }));
  }
  await folder.write("content/articles/wax.md", article({ title: '"Wax"', date: "2025-09-01", author: "jonah", tags: "[]" }));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await folder.remove();
});

describe("an article, its author and its tags, as the pages ask for them", { timeout: 120_000 }, () => {
  it("finds an article by its address, and none for an unknown one", async () => {
    expect((await getArticle("wax"))?.title).toBe("Wax");
    expect(await getArticle("gold")).toBeUndefined();
  });

  it("lists an author's articles, newest first, and none for an author without any", async () => {
    expect((await getArticlesByAuthor("jonah")).map((found) => found.slug)).toEqual(["wax"]);
    expect((await getArticlesByAuthor("isla")).map((found) => found.slug)).toEqual(days.map((_, i) => `silver-${12 - i}`));
    expect(await getArticlesByAuthor("nobody")).toEqual([]);
  });

  it("finds a tag by its slug with its articles, whatever its spelling in each article", async () => {
    const silver = await getTag("silver");
    expect(silver?.tag).toMatchObject({ slug: "silver", count: 12 });
    expect(silver?.articles.map((found) => found.slug)).toEqual(days.map((_, i) => `silver-${12 - i}`));
    expect((await getTag("gold-work"))?.articles.map((found) => found.slug)).toEqual(["silver-1"]);
    expect(await getTag("gold")).toBeUndefined();
  });

  it("gives every tag a page, and a second page to a tag with more than ten articles", async () => {
    expect(await tagParams()).toEqual([{ tag: "silver" }, { tag: "gold-work" }]);
    expect(await tagPageParams()).toEqual([{ tag: "silver", n: "2" }]);
    expect((await tagPage("silver", 2))?.page.items.map((found) => found.slug)).toEqual(["silver-2", "silver-1"]);
    expect(await tagPage("silver", 2)).toMatchObject({ tag: { slug: "silver" }, page: { page: 2, totalPages: 2 } });
    expect(await tagPage("silver", 3)).toBeUndefined();
    expect(await tagPage("gold", 1)).toBeUndefined();
  });

  it("finds the authors, and renders a bio once", async () => {
    expect((await getAuthors()).map((author) => author.id).sort()).toEqual(["isla", "jonah"]);
    const jonah = await getAuthor("jonah");
    expect(jonah?.name).toBe("Jonah Petrakis");
    expect(await getAuthor("nobody")).toBeUndefined();
    if (!jonah) throw new Error("no author jonah");
    expect(getAuthorBioHtml(jonah)).toBe(getAuthorBioHtml(jonah));
    expect(await getAuthorBioHtml(jonah)).toBe("<p>Jonah carves wax.</p>");
  });

  it("gives an article its older and newer neighbours, and the last ones nothing past the ends", async () => {
    const slugs = async (slug: string) => {
      const { previous, next } = await getNeighbours(slug);
      return [previous?.slug, next?.slug];
    };
    expect(await slugs("silver-1")).toEqual(["wax", "silver-2"]);
    expect(await slugs("silver-12")).toEqual(["silver-11", undefined]);
    expect(await slugs("wax")).toEqual([undefined, "silver-1"]);
    expect(await getNeighbours("gold")).toEqual({});
  });

  it("lists an article's three related articles, most tags shared then newest, and none for one without tags", async () => {
    const related = async (slug: string) => {
      const found = await getArticle(slug);
      if (!found) throw new Error(`no article ${slug}`);
      return (await getRelated(found)).map((other) => other.slug);
    };
    expect(await related("silver-1")).toEqual(["silver-12", "silver-11", "silver-10"]);
    expect(await related("silver-12")).toEqual(["silver-11", "silver-10", "silver-9"]);
    expect(await related("wax")).toEqual([]);
    // An article from elsewhere (another folder's journal) has none here.
    const wax = await getArticle("wax");
    if (!wax) throw new Error("no article wax");
    expect(await getRelated({ ...wax, slug: "copper", tags: ["silver"] })).toEqual([]);
  });

  it("indexes the journal once, and renders an article once for the pieces of its page", async () => {
    expect(await getTags()).toBe(await getTags());
    const wax = await getArticle("wax");
    if (!wax) throw new Error("no article wax");
    expect(getRenderedArticle(wax)).toBe(getRenderedArticle(wax));
    expect((await getRenderedArticle(wax)).html).toBe("<p>Some words about silver.</p>");
  });

  it("keeps a build's rendered articles under the build folder's cache/journal/markdown", async () => {
    const dist = await mkdtemp(path.join(tmpdir(), "journal-dist-"));
    try {
      vi.stubEnv("NODE_ENV", "production");
      vi.stubEnv("NEXT_DIST_DIR", dist);
      const silver = await getArticle("silver-3");
      if (!silver) throw new Error("no article silver-3");
      // Another body than the others', so that this render is not one already held in memory.
      await getRenderedArticle({ ...silver, body: "Polished once for the cache.\n" });
      expect(await readdir(path.join(dist, "cache", "journal"))).toEqual(["markdown"]);
    } finally {
      vi.stubEnv("NODE_ENV", "test");
      vi.stubEnv("NEXT_DIST_DIR", "");
      await rm(dist, { recursive: true, force: true });
    }
  });

  it("indexes another folder's journal when it is asked for: each author's articles, each tag's", async () => {
    // The index is built once per journal, by whichever test asks first: a journal of its own builds it here.
    const other = await makeContentFolder();
    try {
      await other.write("content/authors/isla.md", ISLA);
      await other.write("content/authors/jonah.md", GUEST);
      await other.write("content/articles/brooch.md", article({ title: '"Brooch"', date: "2025-11-03", tags: '["copper"]' }));
      await other.write("content/articles/bangle.md", article({ title: '"Bangle"', date: "2025-11-02", tags: '["Copper", "wax"]' }));
      await other.write("content/articles/cast.md", article({ title: '"Cast"', date: "2025-11-01", author: "jonah", tags: '["wax"]' }));
      vi.stubEnv("CONTENT_DIR", other.contentDir);
      vi.stubEnv("PUBLIC_DIR", other.publicDir);
      const slugs = (articles: { slug: string }[] | undefined) => articles?.map((found) => found.slug);
      expect(slugs(await getArticlesByAuthor("isla"))).toEqual(["brooch", "bangle"]);
      expect(slugs(await getArticlesByAuthor("jonah"))).toEqual(["cast"]);
      expect(slugs((await getTag("copper"))?.articles)).toEqual(["brooch", "bangle"]);
      expect(slugs((await getTag("wax"))?.articles)).toEqual(["bangle", "cast"]);
    } finally {
      vi.stubEnv("CONTENT_DIR", folder.contentDir);
      vi.stubEnv("PUBLIC_DIR", folder.publicDir);
      await other.remove();
    }
  });

  it("gives the search page one more bundle to merge for each shard of articles after the first", async () => {
    vi.stubEnv("SEARCH_SHARD_SIZE", "5");
    expect(await getSearchShards()).toEqual(["/pagefind/shard-1/", "/pagefind/shard-2/"]);
    vi.stubEnv("SEARCH_SHARD_SIZE", "");
    expect(await getSearchShards()).toEqual([]);
  });

  it("gives the tags most used first", async () => {
    expect((await getTags()).map((tag) => [tag.slug, tag.count])).toEqual([
      ["silver", 12],
      ["gold-work", 1],
    ]);
  });
});

describe("a page written in content/pages/", { timeout: 120_000 }, () => {
  it("is read once, with its fields and its text as HTML", async () => {
    const about = getPage("about");
    expect(getPage("about")).toBe(about);
    expect(await about).toMatchObject({ title: "About the studio", description: "A small studio that writes about its work.", html: "<p>We make rings.</p>" });
  });

  it("that is missing fails the build, saying how to create it", async () => {
    const missing = getPage("contact");
    await expect(missing).rejects.toBeInstanceOf(ContentError);
    await expect(missing).rejects.toMatchObject({
      issues: [{ file: "content/pages/contact.md", severity: "error", message: "is missing; create it with a title, a description and the page's text" }],
    });
  });

  it("shows a photograph from public/ at its own size", async () => {
    await sharp({ create: { width: 400, height: 300, channels: 3, background: "#8a6a3a" } }).jpeg().toFile(path.join(folder.publicDir, "bench.jpg"));
    await folder.write("content/pages/studio.md", "---\ntitle: The studio\ndescription: Where we work.\n---\nOur bench.\n\n![The bench, swept](/bench.jpg)\n");
    const { html } = await getPage("studio");
    expect(html).toContain('alt="The bench, swept"');
    expect(html).toContain('width="400" height="300"');
  });

  it("with an error in its fields fails the build with that error", async () => {
    await folder.write("content/pages/faq.md", "---\ntitle: FAQ\n---\nNo description.\n");
    await expect(getPage("faq")).rejects.toMatchObject({ issues: [{ file: "content/pages/faq.md", message: expect.stringContaining("`description`"), severity: "error" }] });
  });
});

describe("route params for the static copy", () => {
  it("give a route with no pages one placeholder page in the static export only", () => {
    const placeholder = { n: "0" };
    expect(orPlaceholder([{ n: "2" }], placeholder)).toEqual([{ n: "2" }]);
    expect(orPlaceholder([], placeholder)).toEqual([]);
    vi.stubEnv("NEXT_OUTPUT", "export");
    expect(orPlaceholder([], placeholder)).toEqual([placeholder]);
    expect(orPlaceholder([{ n: "2" }], placeholder)).toEqual([{ n: "2" }]);
    vi.stubEnv("NEXT_OUTPUT", "standalone");
    expect(orPlaceholder([], placeholder)).toEqual([]);
  });

  it("give the tags' later pages a placeholder on the first tag in the static export, or on `none`", async () => {
    const small = await makeContentFolder();
    try {
      await small.write("content/authors/isla.md", ISLA);
      vi.stubEnv("CONTENT_DIR", small.contentDir);
      vi.stubEnv("NEXT_OUTPUT", "export");
      expect(await tagPageParams()).toEqual([{ tag: "none", n: "0" }]);
      // Another folder name is another collection: the journal is read once per folder and process.
      const renamed = `${small.contentDir}-2`;
      await small.write("content-2/authors/isla.md", ISLA);
      await small.write("content-2/articles/copper.md", article({ title: '"Copper"', tags: '["copper"]' }));
      await small.write("content-2/pages/about.md", "---\ntitle: About\ndescription: Us.\n---\nUs.\n");
      vi.stubEnv("CONTENT_DIR", renamed);
      expect(await tagPageParams()).toEqual([{ tag: "copper", n: "0" }]);
    } finally {
      vi.stubEnv("CONTENT_DIR", folder.contentDir);
      vi.stubEnv("NEXT_OUTPUT", "");
      await small.remove();
    }
  });
});
