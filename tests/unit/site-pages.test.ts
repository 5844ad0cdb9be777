import { readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sitePages } from "@/lib/checks/site-pages";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

/**
 * The addresses app/ answers whatever the content: a folder without `[…]` holding a `page.tsx`
 * or a `route.ts`, and the metadata file `robots.ts` (`/robots.txt`).
 */
function fixedRoutes(dir = "app", route = ""): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const here = entries.some((entry) => entry.isFile() && /^(page\.tsx|route\.ts)$/.test(entry.name)) ? [route === "" ? "/" : route] : [];
  const robots = route === "" && entries.some((entry) => entry.name === "robots.ts") ? ["/robots.txt"] : [];
  const below = entries.filter((entry) => entry.isDirectory() && !/^[[(_]/.test(entry.name)).flatMap((entry) => fixedRoutes(path.join(dir, entry.name), `${route}/${entry.name}`));
  return [...here, ...robots, ...below];
}

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
  await folder.write("content/articles/silver.md", article());
});

afterEach(() => folder.remove());

describe("the pages a link may lead to (lib/checks/site-pages.ts)", () => {
  it("hold every fixed address of app/, so a new page cannot be missing from the sitemap and the checks", async () => {
    const routes = fixedRoutes().filter((route) => !route.startsWith("/dev/"));
    // Written out by hand, so that a route disappearing from app/ is noticed too.
    expect(routes.sort()).toEqual(["/", "/about", "/archive", "/atom.xml", "/authors", "/feed.json", "/feed.xml", "/robots.txt", "/search", "/sitemap.xml", "/tags"]);
    const pages = sitePages(await folder.load());
    expect(routes.filter((route) => !pages.has(route))).toEqual([]);
  });

  it("hold the published journal's own pages, from the sitemap's list", async () => {
    const pages = sitePages(await folder.load());
    expect([...pages].filter((page) => /^\/(articles|authors|tags)\//.test(page)).sort()).toEqual(["/articles/silver", "/authors/isla", "/tags/metal-care"]);
  });

  it("leave out drafts and scheduled articles, even where the preview loads them", async () => {
    await folder.write("content/articles/opals.md", article({ title: "Opals", draft: "true", tags: '["opals"]' }));
    await folder.write("content/articles/future.md", article({ title: "Future", date: "2099-01-15", tags: '["gold"]' }));
    const pages = sitePages(await folder.load({ includeUnpublished: true }));
    expect([...pages].filter((page) => /^\/(articles|authors|tags)\//.test(page)).sort()).toEqual(["/articles/silver", "/authors/isla", "/tags/metal-care"]);
  });
});
