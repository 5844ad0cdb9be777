import { describe, expect, it } from "vitest";
import { guardRequest } from "@/lib/request-guard.mjs";

const at = (target: string) => new URL(target, "http://127.0.0.1:3000");

describe("guardRequest", () => {
  it("lets readers through: pages, assets and optimised images", () => {
    for (const target of ["/", "/articles/living-with-pearls", "/authors/isla-marrow?x=%ff", "/_next/static/chunks/a.js", "/caf%C3%A9"]) {
      expect(guardRequest("GET", at(target)), target).toBeUndefined();
      expect(guardRequest("HEAD", at(target)), target).toBeUndefined();
    }
    expect(guardRequest("GET", at("/_next/image?url=%2Fimages%2Fcovers%2Fgold-karats.jpg&w=640&q=75"))).toBeUndefined();
    expect(guardRequest("GET", at("/_next/image?url=%2Fimages%2Fcaf%25C3%25A9.jpg&w=640&q=75"))).toBeUndefined();
  });

  it("answers 405 with Allow to anything but reading", () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"]) {
      expect(guardRequest(method, at("/")), method).toEqual({ status: 405, headers: { Allow: "GET, HEAD" } });
    }
  });

  it("answers 400 to paths that cannot be percent-decoded", () => {
    for (const target of ["/articles/%zz", "/articles/%", "/%E0%A4%A", "/authors/%C0", "/%ff", "/_next/static/%e2%82"]) {
      expect(guardRequest("GET", at(target)), target).toEqual({ status: 400 });
    }
  });

  it("answers 400 to image URLs that are not clean local paths", () => {
    for (const url of ["", "images/a.jpg", "//evil.example/a.jpg", "/....//....//package.json", "/images/../../package.json", "/images/%2e%2e/%2e%2e/package.json", "/a\\..\\b.jpg", "/%uff0e%uff0e/x", "/a%00.jpg", "/images//a.jpg"]) {
      expect(guardRequest("GET", at(`/_next/image?w=640&q=75&url=${encodeURIComponent(url)}`)), url).toEqual({ status: 400 });
    }
    expect(guardRequest("GET", at("/_next/image?w=640&q=75"))).toEqual({ status: 400 });
  });
});
