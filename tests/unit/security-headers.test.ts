import { readFileSync } from "node:fs";
import { PHASE_DEVELOPMENT_SERVER, PHASE_EXPORT, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from "next/constants";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/security-headers";
import config from "@/next.config";

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

  it("sends nosniff, a referrer policy, no camera, microphone or geolocation, and refuses to be framed", () => {
    const headers = asMap("http://localhost:3000");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("Permissions-Policy")).toBe("camera=(), microphone=(), geolocation=()");
    // frame-ancestors is ignored by browsers that predate CSP 2; X-Frame-Options covers them.
    expect(headers.get("X-Frame-Options")).toBe("DENY");
  });

  it("asks for HTTPS only when the site is served over HTTPS", () => {
    expect(asMap("http://localhost:3000").has("Strict-Transport-Security")).toBe(false);
    expect(asMap("https://journal.example.com").get("Strict-Transport-Security")).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  });

  it("are the ones docs/security.md lists for the static copy, each of the required ones among them", () => {
    const doc = readFileSync("docs/security.md", "utf8");
    const sent = securityHeaders("https://journal.example");
    // Written out by hand: a header dropped from the code (or the docs) fails here.
    const required = ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options", "Strict-Transport-Security"];
    expect(sent.map(({ key }) => key)).toEqual(expect.arrayContaining(required));
    for (const key of required) expect(doc).toContain(`| \`${key}\` |`);
    for (const { key, value } of sent) expect(doc).toContain(`| \`${key}\` | \`${value}\``);
  });
});

// Written out by hand: the policy readers' browsers get from `next start` and the static copy.
const PRODUCTION_POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

/** The Content-Security-Policy that next.config.ts gives every page in `phase`. */
async function policyIn(phase: string): Promise<string | undefined> {
  const rules = (await (await config(phase)).headers?.()) ?? [];
  const all = rules.find((rule) => rule.source === "/(.*)" && !rule.has);
  return all?.headers.find(({ key }) => key === "Content-Security-Policy")?.value;
}

describe("the Content-Security-Policy of each Next.js phase", { timeout: 120_000 }, () => {
  it("is the production policy, unchanged, for next build, next start and the static export", async () => {
    expect(asMap("https://journal.example").get("Content-Security-Policy")).toBe(PRODUCTION_POLICY);
    // The build checks the content first (the sample journal, which is clean), then gives the headers.
    for (const phase of [PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER, PHASE_EXPORT]) expect(await policyIn(phase), phase).toBe(PRODUCTION_POLICY);
  });

  it("lets `next dev` evaluate code, which React and Next.js's development overlay need, and nothing more", async () => {
    expect(await policyIn(PHASE_DEVELOPMENT_SERVER)).toBe(PRODUCTION_POLICY.replace("'wasm-unsafe-eval'", "'wasm-unsafe-eval' 'unsafe-eval'"));
  });
});
