import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
// Imported with the file, not inside a test: Stryker would otherwise take the module code it loads as covered by that test alone (docs/testing.md).
import { getBrokenIds, getFilesWithErrors, getPreviewProblems, getPreviewVersion } from "@/lib/preview";

/* Outside `next dev` the preview shows nothing: a production build's content has passed its checks. */
let folder: ContentFolder;

beforeAll(async () => {
  folder = await makeContentFolder();
  vi.stubEnv("CONTENT_DIR", folder.contentDir);
  vi.stubEnv("PUBLIC_DIR", folder.publicDir);
  await folder.write("content/authors/isla.md", ISLA);
  await folder.write("content/articles/bad-date.md", article({ date: "2025-13-45" }));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await folder.remove();
});

describe("the preview outside `next dev`", () => {
  it("lists no problems, no broken pages and no content version, without reading the content", async () => {
    expect(await getPreviewProblems()).toEqual([]);
    expect(await getFilesWithErrors()).toEqual([]);
    expect(await getBrokenIds("articles")).toEqual([]);
    expect(getPreviewVersion()).toBeUndefined();
  });
});
