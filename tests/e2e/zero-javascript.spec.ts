import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { isClientRoute } from "../../lib/client-routes.mjs";
import { pageTypes } from "./page-types";
import { expect, test } from "./fixtures";

/*
 * The zero-JavaScript rule on the real build (lib/client-routes.mjs): page type by page type,
 * which scripts the HTML Next.js wrote (and the build adapter rewrote) holds, and which scripts a
 * browser loads.
 */

/*
 * `next start` renders the not-found page for each unknown URL instead of serving the page the
 * build prerendered and the adapter rewrote, so there it keeps the runtime (docs/architecture.md,
 * "Zero JavaScript"); the static copy serves the rewritten 404.html.
 */
const onNextStart = process.env.E2E_TARGET !== "static";
const checked = (path: string, status: number) => !(onNextStart && status === 404);

type Scripts = { structuredData: number; runtime: string[]; scriptHints: string[]; stylesheetLinks: string[]; inlineStyles: number };

function scriptsIn(html: string): Scripts {
  const found: Scripts = { structuredData: 0, runtime: [], scriptHints: [], stylesheetLinks: [], inlineStyles: 0 };
  visit(fromHtml(html), "element", (element: Element) => {
    const attribute = (name: string) => String(element.properties[name] ?? "");
    if (element.tagName === "script") {
      if (attribute("type") === "application/ld+json") found.structuredData += 1;
      else found.runtime.push(attribute("src") || `inline: ${JSON.stringify(element.children).slice(0, 60)}`);
    }
    const rel = [element.properties.rel].flat().join(" ");
    if (element.tagName === "link" && (rel === "modulepreload" || (rel === "preload" && attribute("as") === "script"))) found.scriptHints.push(attribute("href"));
    if (element.tagName === "link" && rel === "stylesheet") found.stylesheetLinks.push(attribute("href"));
    if (element.tagName === "style") found.inlineStyles += 1;
  });
  return found;
}

test("only the declared routes' pages hold scripts; every other page type is HTML, inline CSS and structured data", async ({ request }) => {
  const types = await pageTypes();
  expect(types.filter((type) => isClientRoute(type.path)).map((type) => type.name)).toEqual(["search"]);
  for (const type of types.filter((type) => checked(type.path, type.status))) {
    const response = await request.get(type.path);
    expect(response.status(), type.name).toBe(type.status);
    const scripts = scriptsIn(await response.text());
    if (isClientRoute(type.path)) {
      expect(scripts.runtime.length, `${type.name}: the React runtime`).toBeGreaterThan(0);
      expect(scripts.runtime.some((src) => src.startsWith("/_next/static/")), `${type.name}: chunks from /_next/static/`).toBe(true);
    } else {
      expect(scripts.runtime, `${type.name}: scripts`).toEqual([]);
      expect(scripts.scriptHints, `${type.name}: script preloads`).toEqual([]);
      expect(scripts.stylesheetLinks, `${type.name}: stylesheet links (inlined instead)`).toEqual([]);
      expect(scripts.inlineStyles, `${type.name}: inline stylesheet`).toBeGreaterThan(0);
    }
  }
});

test("a browser loads no script on any page type but the declared ones, and search works", async ({ page }) => {
  test.setTimeout(300_000);
  const loaded: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") loaded.push(request.url());
  });
  for (const type of (await pageTypes()).filter((type) => checked(type.path, type.status))) {
    loaded.length = 0;
    await page.goto(type.path, { waitUntil: "domcontentloaded" });
    await expect(page.locator("main h1").first()).toBeVisible();
    if (isClientRoute(type.path)) expect(loaded.length, `scripts loaded by ${type.name}`).toBeGreaterThan(0);
    else expect(loaded, `scripts loaded by ${type.name}`).toEqual([]);
  }
  await page.goto("/search", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Search the journal").fill("hallmark");
  await expect(page.getByRole("status")).toContainText(/\d+ articles? found for “hallmark”/);
});
