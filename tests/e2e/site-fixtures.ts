import { expect, test as base } from "./fixtures";

/** `absolute("/feed.xml")`: a path's absolute URL on the server under test, as the site must write it. */
export const test = base.extend<{ absolute: (path: string) => string }>({
  absolute: async ({ baseURL }, provide) => {
    if (!baseURL) throw new Error("the Playwright config sets no baseURL");
    await provide((path) => new URL(path, baseURL).href);
  },
});

export { expect };
