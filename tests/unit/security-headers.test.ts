import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/security-headers";

function asMap(siteUrl: string) {
  return new Map(securityHeaders(siteUrl).map(({ key, value }) => [key, value]));
}

function directives(policy: string | undefined) {
  return new Map((policy ?? "").split(";").map((part) => {
    const [name = "", ...sources] = part.trim().split(/\s+/);
    return [name, sources] as const;
  }));
}

describe("securityHeaders", () => {
  it("sends a Content-Security-Policy that only trusts this origin", () => {
    const csp = directives(asMap("http://localhost:3000").get("Content-Security-Policy"));
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
    expect(csp.get("script-src-attr")).toEqual(["'none'"]);
    for (const [name, sources] of csp) {
      expect(sources.filter((source) => !source.startsWith("'") && source !== "data:"), name).toEqual([]);
      expect(sources, name).not.toContain("'unsafe-eval'");
    }
  });

  it("sends nosniff, a referrer policy and no camera, microphone or geolocation", () => {
    const headers = asMap("http://localhost:3000");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("Permissions-Policy")).toBe("camera=(), microphone=(), geolocation=()");
  });

  it("asks for HTTPS only when the site is served over HTTPS", () => {
    expect(asMap("http://localhost:3000").has("Strict-Transport-Security")).toBe(false);
    expect(asMap("https://journal.example.com").get("Strict-Transport-Security")).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  });

  it("are the ones docs/security.md lists for the static copy", () => {
    const doc = readFileSync("docs/security.md", "utf8");
    for (const { key, value } of securityHeaders("https://journal.example")) expect(doc).toContain(`| \`${key}\` | \`${value}\``);
  });
});
