import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { checkContentBeforeBuild } from "@/lib/build/content-check";
import { contentSignature } from "@/lib/content/collection";

/*
 * The first step of `next build` (next.config.ts): content errors stop the build with the report,
 * printed once, and the build workers (which load next.config.ts again) do not check again.
 */
let folder: ContentFolder;
let exit: ReturnType<typeof vi.spyOn>;
let printed: string[];

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
  vi.stubEnv("CONTENT_DIR", folder.contentDir);
  vi.stubEnv("PUBLIC_DIR", folder.publicDir);
  vi.stubEnv("JOURNAL_CONTENT_CHECKED", "");
  printed = [];
  vi.spyOn(console, "error").mockImplementation((text: string) => void printed.push(text));
  exit = vi.spyOn(process, "exit").mockImplementation(() => {
    throw new Error("the build stopped");
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await folder.remove();
});

describe("the content check before a build", { timeout: 120_000 }, () => {
  it("lets a build with sound content go on, and marks these files as checked for the build's workers", async () => {
    await folder.write("content/articles/silver.md", article());
    await checkContentBeforeBuild();
    expect(exit).not.toHaveBeenCalled();
    expect(process.env.JOURNAL_CONTENT_CHECKED).toMatch(new RegExp(`^${folder.contentDir}#[0-9a-f]{64}$`));
  });

  it("stops a build on a content error, printing the report with the files to fix", async () => {
    await folder.write("content/articles/silver.md", article({ date: "2025-13-45" }));
    await expect(checkContentBeforeBuild()).rejects.toThrow("the build stopped");
    expect(exit).toHaveBeenCalledWith(1);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toBe(
      [
        "",
        "The site was not built: the content has mistakes. Fix them and build again (`npm run check:content` shows this report, with advice).",
        "",
        "error   content/articles/silver.md:4: `date` must be a real date, and `2025-13-45` is not a real day of the calendar; write it like `date: 2025-11-29` (year-month-day), or with a time like `date: 2025-11-29T09:30:00+00:00`",
        "",
        "The build stopped on 1 error in content/articles/silver.md.",
      ].join("\n"),
    );
    expect(process.env.JOURNAL_CONTENT_CHECKED).toBe("");
  });

  it("takes a link from a published article to a draft as an error, as a build publishes it (the preview only advises)", async () => {
    await folder.write("content/articles/notes.md", article({ title: '"Notes"', draft: "true" }));
    await checkContentBeforeBuild();
    expect(exit).not.toHaveBeenCalled();
    await folder.write("content/articles/silver.md", article({}, "See [the notes](/articles/notes).\n"));
    await expect(checkContentBeforeBuild()).rejects.toThrow("the build stopped");
    expect(printed[0]).toContain("error   content/articles/silver.md:");
  });

  it("builds while an author whose articles are all drafts keeps the example bio, and stops once one is published", async () => {
    const bio = "Write a few sentences about yourself: what you make, where you work and what you love about it.";
    await folder.write("content/authors/nell.md", `---\nname: Nell Abara\n---\n${bio}\n`);
    await folder.write("content/articles/silver.md", article());
    await folder.write("content/articles/wax.md", article({ title: '"Wax"', author: "nell", draft: "true" }));
    await checkContentBeforeBuild();
    expect(exit).not.toHaveBeenCalled();
    await folder.write("content/articles/wax.md", article({ title: '"Wax"', author: "nell" }));
    await expect(checkContentBeforeBuild()).rejects.toThrow("the build stopped");
    expect(printed[0]).toContain("error   content/authors/nell.md:");
  });

  it("does not check again the files a worker's parent has checked, and checks them again once they change", async () => {
    await folder.write("content/articles/silver.md", article({ date: "2025-13-45" }));
    // A build worker sees the mark its parent set for exactly these files.
    vi.stubEnv("JOURNAL_CONTENT_CHECKED", `${folder.contentDir}#${contentSignature(folder.contentDir)}`);
    await checkContentBeforeBuild();
    expect(exit).not.toHaveBeenCalled();
    await folder.write("content/articles/gold.md", article({ title: '"Gold"' }));
    await expect(checkContentBeforeBuild()).rejects.toThrow("the build stopped");
  });
});

describe("the content check before a build, for a checkbox without a name", { timeout: 120_000 }, () => {
  it("stops the build, naming the checkbox's line and what to write", async () => {
    await folder.write("content/articles/silver.md", article({}, 'Some words about silver.\n\n<input type="checkbox">\n\nPolished.\n'));
    await expect(checkContentBeforeBuild()).rejects.toThrow("the build stopped");
    expect(exit).toHaveBeenCalledWith(1);
    expect(printed[0]).toContain(
      'error   content/articles/silver.md:11: this checkbox has no words on its lines, so a screen reader would announce only "checkbox", never what it stands for; put the words it stands for on the same line, after it (`<input type="checkbox"> Polished`), or on the line right under it',
    );
    expect(printed[0]).toContain("The build stopped on 1 error in content/articles/silver.md.");
  });
});
