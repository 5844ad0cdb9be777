import { describe, expect, it } from "vitest";
import { proxyAnswer } from "@/lib/request-guard";

const get = (pathname: string, search = "") => ({ method: "GET", pathname, search });

describe("proxyAnswer", () => {
  it("lets readers through: pages, assets, encoded names and odd queries", () => {
    for (const pathname of ["/", "/articles/living-with-pearls", "/_next/static/chunks/a.js", "/caf%C3%A9", "/tags/page", "/page/2", "/tags/gold/page/2", "/authors/page/1"]) {
      expect(proxyAnswer(get(pathname)), pathname).toBeUndefined();
      expect(proxyAnswer(get(pathname, "?x=%ff")), pathname).toBeUndefined();
    }
  });

  it("answers 400 to paths that cannot be percent-decoded", () => {
    for (const pathname of ["/articles/%ff%fe", "/articles/%zz", "/articles/%", "/%E0%A4%A", "/authors/%C0", "/_next/static/%e2%82", "/tags/%ff/"]) {
      expect(proxyAnswer(get(pathname)), pathname).toEqual({ status: 400 });
    }
  });

  it("answers 405 to anything but reading a static file, and lets pages decide for themselves", () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"]) {
      for (const pathname of ["/images/logo.png", "/_next/static/chunks/a.js"]) {
        expect(proxyAnswer({ method, pathname, search: "" }), `${method} ${pathname}`).toEqual({ status: 405, allow: "GET, HEAD" });
      }
      expect(proxyAnswer({ method, pathname: "/articles/living-with-pearls", search: "" }), method).toBeUndefined();
    }
    expect(proxyAnswer({ method: "HEAD", pathname: "/images/logo.png", search: "" })).toBeUndefined();
  });

  it("redirects page 1 of a list to the list, keeping the query", () => {
    expect(proxyAnswer(get("/page/1"))).toEqual({ status: 308, location: "/" });
    expect(proxyAnswer(get("/archive/page/1", "?a=b"))).toEqual({ status: 308, location: "/archive?a=b" });
    expect(proxyAnswer(get("/tags/gold/page/1"))).toEqual({ status: 308, location: "/tags/gold" });
    expect(proxyAnswer(get("/authors/isla-marrow/page/1"))).toEqual({ status: 308, location: "/authors/isla-marrow" });
    expect(proxyAnswer(get("/tags/gold/page/1/"))).toEqual({ status: 308, location: "/tags/gold" });
  });

  it("redirects a trailing slash away, never to another host", () => {
    expect(proxyAnswer(get("/about/"))).toEqual({ status: 308, location: "/about" });
    expect(proxyAnswer(get("/articles/living-with-pearls///", "?q=1"))).toEqual({ status: 308, location: "/articles/living-with-pearls?q=1" });
    expect(proxyAnswer(get("//evil.example/"))).toEqual({ status: 308, location: "/evil.example" });
    expect(proxyAnswer(get("///"))).toEqual({ status: 308, location: "/" });
  });

  it("takes time linear in the length of the path", () => {
    // 200,000 slashes: a quadratic pass would take minutes, a linear one milliseconds.
    expect(proxyAnswer(get(`/a${"/".repeat(200_000)}`, ""))).toEqual({ status: 308, location: "/a" });
    expect(proxyAnswer(get(`/${"%".repeat(200_000)}`, ""))).toEqual({ status: 400 });
  });
});
