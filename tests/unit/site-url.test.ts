import { describe, expect, it } from "vitest";
import { siteUrl } from "@/lib/site";

/* SITE_URL names the deployment: every canonical URL, feed link and sitemap entry starts with it. */
describe("the site's address from SITE_URL", () => {
  it("is an http or https address, without the slashes it ends with", () => {
    expect(siteUrl("https://journal.example.com")).toBe("https://journal.example.com");
    expect(siteUrl("http://localhost:3000/")).toBe("http://localhost:3000");
    expect(siteUrl("https://example.com/journal//")).toBe("https://example.com/journal");
  });

  it("refuses anything else at start-up, naming the value and an example", () => {
    const refusal = (got: string) => `SITE_URL must be an absolute http(s) URL, e.g. https://journal.example.com (got "${got}")`;
    expect(() => siteUrl("journal.example.com")).toThrow(refusal("journal.example.com"));
    expect(() => siteUrl("ftp://journal.example.com")).toThrow(refusal("ftp://journal.example.com"));
  });
});
