import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { contentDir, publicDir } from "@/lib/content/folders";

/* Which folders the site reads its articles and pictures from (README: CONTENT_DIR, PUBLIC_DIR). */

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the content and public folders", () => {
  it("are content/ and public/ of the folder the site runs in, unless named", () => {
    vi.stubEnv("CONTENT_DIR", undefined);
    vi.stubEnv("PUBLIC_DIR", undefined);
    expect(contentDir()).toBe(path.join(process.cwd(), "content"));
    expect(publicDir()).toBe(path.join(process.cwd(), "public"));
  });

  it("are those CONTENT_DIR and PUBLIC_DIR name, from the folder the site runs in", () => {
    vi.stubEnv("CONTENT_DIR", "tests/fixtures/oracle");
    vi.stubEnv("PUBLIC_DIR", "/srv/journal/public");
    expect(contentDir()).toBe(path.join(process.cwd(), "tests", "fixtures", "oracle"));
    expect(publicDir()).toBe("/srv/journal/public");
  });
});
