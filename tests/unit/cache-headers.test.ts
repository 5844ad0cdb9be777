import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pageCacheControl, privateCacheControl } from "@/lib/cache-headers";

describe("cache headers", () => {
  it("let a shared cache keep a page five minutes and serve it one more while it refreshes", () => {
    expect(pageCacheControl).toBe("public, max-age=0, s-maxage=300, stale-while-revalidate=60");
    expect(privateCacheControl).toBe("private, no-store");
  });

  it("are the ones both nginx configurations send and docs/deployment.md promises", () => {
    const nginx = readFileSync("deploy/nginx.conf", "utf8");
    const values = [...nginx.matchAll(/add_header Cache-Control "([^"]+)" always;/g)].map(([, value]) => value);
    expect(new Set(values)).toEqual(new Set([pageCacheControl, privateCacheControl, "public, max-age=31536000, immutable"]));
    expect(readFileSync("deploy/nginx-next.conf", "utf8")).toContain(`add_header Cache-Control "${privateCacheControl}" always;`);
    expect(readFileSync("docs/deployment.md", "utf8").replace(/\s+/g, " ")).toContain(`Cache-Control: ${pageCacheControl}`);
  });
});
