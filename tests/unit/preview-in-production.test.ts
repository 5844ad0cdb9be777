import { describe, expect, it } from "vitest";
import { article } from "../helpers/content-folder";
import { journalPerFile } from "../helpers/journal-per-file";
// Imported with the file, not inside a test: Stryker would otherwise take the module code it loads as covered by that test alone (docs/testing.md).
import { getBrokenIds, getFilesWithErrors, getPreviewProblems, getPreviewVersion } from "@/lib/preview";

/* Outside `next dev` the preview shows nothing: a production build's content has passed its checks. */
journalPerFile({ "content/articles/bad-date.md": article({ date: "2025-13-45" }) });

describe("the preview outside `next dev`", () => {
  it("lists no problems, no broken pages and no content version, without reading the content", async () => {
    expect(await getPreviewProblems()).toEqual([]);
    expect(await getFilesWithErrors()).toEqual([]);
    expect(await getBrokenIds("articles")).toEqual([]);
    expect(getPreviewVersion()).toBeUndefined();
  });
});
