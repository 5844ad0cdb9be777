import { imageSize } from "image-size";
import { expect, test } from "./fixtures";
import { metaValue, readHead } from "./head";
import { pageTypes } from "./page-types";

test("every page's og:image is a 1200×630 PNG that answers 200", async ({ page, request }) => {
  const checked = new Set<string>();
  for (const { name, path } of await pageTypes()) {
    await test.step(name, async () => {
      await page.goto(path);
      const head = await readHead(page);
      const url = metaValue(head, "og:image");
      if (!url) throw new Error(`${path} has no og:image`);
      expect(metaValue(head, "og:image:type")).toBe("image/png");
      if (checked.has(url)) return;
      checked.add(url);
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      const { width, height, type } = imageSize(await response.body());
      expect({ width, height, type }).toEqual({ width: 1200, height: 630, type: "png" });
    });
  }
  // Articles have their own cards; the other pages share the site's default.
  expect(checked.size).toBeGreaterThanOrEqual(3);
});
