import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) => new NextRequest(new URL(path, "http://localhost:3000"), init);

// proxy.ts as Next.js calls it: what a reader gets back, before any route runs.
describe("proxy", () => {
  it("refuses an undecodable path with a 400 in plain text that no cache keeps", async () => {
    const response = proxy(request("/articles/%ff%fe"));
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("Bad request\n");
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("refuses a write to a static file with a 405 naming the methods allowed", async () => {
    const response = proxy(request("/images/logo.png", { method: "POST" }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    expect(await response.text()).toBe("Method not allowed\n");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("redirects a trailing slash and page 1 permanently, on this host, keeping the query", () => {
    const slash = proxy(request("/about/?a=1"));
    expect(slash.status).toBe(308);
    expect(slash.headers.get("location")).toBe("http://localhost:3000/about?a=1");
    expect(proxy(request("/tags/gold/page/1")).headers.get("location")).toBe("http://localhost:3000/tags/gold");
  });

  it("lets a page through untouched", () => {
    const response = proxy(request("/articles/living-with-pearls", { headers: { range: "bytes=0-10" } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.get("x-middleware-override-headers")).toBeNull();
  });

  it("drops the Range header of a request for a static file, so the whole file is sent", () => {
    const response = proxy(request("/images/logo.png", { headers: { range: "bytes=999999-", accept: "image/png" } }));
    expect(response.headers.get("x-middleware-next")).toBe("1");
    const passed = response.headers.get("x-middleware-override-headers")?.split(",") ?? [];
    expect(passed).toContain("accept");
    expect(passed).not.toContain("range");
  });
});

// proxy.ts's matcher as Next.js reads it (its documented testing helper): the requests the proxy
// sees, one or two per path of the matcher, and pages it must leave alone.
describe("the proxy's matcher", () => {
  const runsFor = (url: string) => unstable_doesMiddlewareMatch({ config, url });

  it.each([
    ["/articles/%ff%fe", "a path holding a percent sign, which may not decode"],
    ["/tags/%zz", "a path holding a percent sign, which may not decode"],
    ["/about/", "a trailing slash"],
    ["/articles/a-ring/", "a trailing slash"],
    ["/page/1", "page 1 of the journal"],
    ["/archive/page/1", "page 1 of the archive"],
    ["/tags/gold/page/1", "page 1 of a tag"],
    ["/authors/mara/page/1", "page 1 of an author's articles"],
    ["/images/a.jpg", "a picture, which may be asked for by range or written to"],
    ["/_next/static/chunks/app.js", "a built script, which may be asked for by range or written to"],
  ])("runs for %s: %s", (url) => {
    expect(runsFor(url)).toBe(true);
  });

  it.each(["/", "/articles/a-ring", "/page/2", "/archive/page/2", "/tags/gold", "/tags/gold/page/2", "/authors/mara", "/feed.xml"])(
    "leaves %s to its route",
    (url) => {
      expect(runsFor(url)).toBe(false);
    },
  );
});
