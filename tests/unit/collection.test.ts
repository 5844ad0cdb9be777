import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getCollection } from "@/lib/content/collection";
import { ContentError } from "@/lib/content/issues";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

/*
 * The collection every page asks for (lib/content/collection.ts), outside `next dev`: read once
 * per process, and a content error stops the build instead of leaving an article out.
 */

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
  vi.stubEnv("CONTENT_DIR", folder.contentDir);
  vi.stubEnv("PUBLIC_DIR", folder.publicDir);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await folder.remove();
});

describe("the collection of a production build", () => {
  it("is read once: every page gets the same one", async () => {
    await folder.write("content/articles/silver.md", article());
    const first = getCollection();
    expect(getCollection()).toBe(first);
    expect((await first).articles.map((entry) => entry.slug)).toEqual(["silver"]);
  });

  it("throws every content error at once, naming the file and the line", async () => {
    await folder.write("content/articles/silver.md", article({ title: undefined }));
    await folder.write("content/articles/gold.md", article({ author: "nobody" }));
    const failure = await getCollection().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ContentError);
    expect((failure as ContentError).issues.map((issue) => `${issue.file}:${issue.line}`)).toEqual(["content/articles/gold.md:5", "content/articles/silver.md:6"]);
  });

  it("does not throw for warnings", async () => {
    await folder.write("content/articles/silver.md", article({ date: "2052-11-20" }));
    const collection = await getCollection();
    expect(collection.issues.map((issue) => issue.severity)).toEqual(["warning"]);
  });
});
