import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkCollection } from "@/lib/checks/check-collection";
import { formatIssue } from "@/lib/content/issues";
import { renderArticle } from "@/lib/content/markdown";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";

/*
 * Each test here names a security property and fails when that property is removed from the
 * code (each was checked by breaking the code once; the commit that added it says how).
 */

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
});

afterEach(() => folder.remove());

const issuesOf = async () => (await folder.load()).issues.map(formatIssue);

declare global {
  var frontmatterRan: boolean | undefined;
}

describe("a front-matter fence naming another language", () => {
  // gray-matter runs `---js` front matter with eval: during a build, that is any code at all.
  for (const fence of ["---js", "---javascript", "--- js", "---coffee"]) {
    it(`is refused, and its code never runs: ${fence}`, async () => {
      globalThis.frontmatterRan = undefined;
      await folder.write(
        "content/articles/runs-code.md",
        `${fence}\n{ title: (globalThis.frontmatterRan = true, "Ran"), description: "d", date: "2025-11-29", author: "isla" }\n---\nBody\n`,
      );
      expect(await issuesOf()).toEqual([`content/articles/runs-code.md:1: the first line must be exactly \`---\`, with nothing after it (it reads \`${fence}\`)`]);
      expect(globalThis.frontmatterRan).toBeUndefined();
    });
  }
});

const climbs = (file: string, line: number, field: string, src: string) =>
  `content/${file}:${line}: \`${field}.src\`: the image path \`${src}\` holds \`..\`, which climbs out of the folder; write the path of the picture from the public/ folder, like \`src: /images/${field === "cover" ? "covers" : "authors"}/ring.jpg\``;

describe("a cover or avatar path with `..`", () => {
  // The file exists, one folder above public/: only the `..` rule keeps it out.
  beforeEach(async () => folder.write("secret.jpg", await smallImage()));

  it("is refused for a cover, even when the file it reaches exists", async () => {
    await folder.write("content/articles/escape.md", article({ cover: "\n  src: /../secret.jpg\n  alt: A ring" }));
    expect(await issuesOf()).toEqual([climbs("articles/escape.md", 8, "cover", "/../secret.jpg")]);
  });

  it("is refused in the middle of a path too", async () => {
    await folder.write("public/images/a.jpg", await smallImage());
    await folder.write("content/articles/escape.md", article({ cover: "\n  src: /images/../../secret.jpg\n  alt: A ring" }));
    expect(await issuesOf()).toEqual([climbs("articles/escape.md", 8, "cover", "/images/../../secret.jpg")]);
  });

  it("is refused for an avatar", async () => {
    await folder.write("content/authors/eve.md", "---\nname: Eve\navatar:\n  src: /../secret.jpg\n  alt: Eve\n---\nBio.\n");
    expect(await issuesOf()).toEqual([climbs("authors/eve.md", 4, "avatar", "/../secret.jpg")]);
  });
});

describe("images in an article", () => {
  beforeEach(async () => {
    await folder.write("public/images/ring.jpg", await smallImage("jpeg", 40, 30));
    await folder.write("secret.jpg", await smallImage());
  });

  async function imageProblems(body: string) {
    await folder.write("content/articles/pictures.md", article({ tags: '["silver"]' }, body));
    const collection = await folder.load();
    const checked = await checkCollection(collection, { publicDir: folder.publicDir, dev: false });
    return checked.filter((issue) => issue.severity === "error").map((issue) => issue.message);
  }

  it("may use `.` segments that stay inside public/", async () => {
    expect(await imageProblems("![A ring](/images/./ring.jpg)\n\n![A ring](/./images/ring.jpg)\n")).toEqual([]);
  });

  it("may not climb out of public/ with `..`, plain or percent-encoded, even to a file that exists", async () => {
    const messages = await imageProblems("![A](/../secret.jpg)\n\n![B](/images/%2e%2e/%2e%2e/secret.jpg)\n\n![C](/images/..%2F..%2Fsecret.jpg)\n");
    // `/../secret.jpg` resolves to `/secret.jpg` on the web, which does not exist under public/.
    expect(messages).toEqual([
      "the image `/../secret.jpg` does not exist; put the picture at `public/secret.jpg`, or correct the path",
      "the image `/images/%2e%2e/%2e%2e/secret.jpg` does not exist; put the picture at `public/secret.jpg`, or correct the path",
      "the image path `/images/..%2F..%2Fsecret.jpg` leads outside the public/ folder; pictures go in public/images/, written like `/images/articles/ring.jpg`",
    ]);
  });

  it("get their size read only from files inside public/", async () => {
    const { html } = await renderArticle("![A](/images/./ring.jpg)\n\n![B](/images/../../secret.jpg)\n", { publicDir: folder.publicDir });
    expect(html).toMatch(/<img src="\/img\/[0-9a-f]{16}\/40\/ring\.webp" alt="A" [^>]*width="40" height="30"/);
    expect(html).toContain('<img src="/images/../../secret.jpg" alt="B" loading="lazy" decoding="async">');
  });
});

describe("heading ids", () => {
  // Every id the pages around an article use, written out by hand…
  const PAGE_IDS = ["main", "toc-heading", "pager-heading", "about-the-author", "related-heading", "newest-heading"];

  it("never take an id the page uses: the heading gets it under user-content-", async () => {
    const markdown = ["## Main", "## TOC heading", "## Pager heading", "## About the author", "## Related heading", "## Newest heading"].join("\n\n");
    const { html, headings } = await renderArticle(markdown, { publicDir: folder.publicDir });
    for (const id of PAGE_IDS) {
      expect(html, id).toContain(`id="user-content-${id}"`);
      expect(html, id).not.toContain(`id="${id}"`);
    }
    // The contents still link to each heading where it is.
    expect(headings.map((heading) => heading.id)).toEqual(PAGE_IDS.map((id) => `user-content-${id}`));
  });

  it("never take a name Next.js reads from window: next, next-…, or one starting with _", async () => {
    const { html } = await renderArticle("## Next\n\n## Next steps\n\n## __next_f\n\n## _N_E\n\n## Nextgen\n", { publicDir: folder.publicDir });
    expect(html).toContain('<h2 id="user-content-next">');
    expect(html).toContain('<h2 id="user-content-next-steps">');
    expect(html).toContain('<h2 id="user-content-__next_f">');
    expect(html).toContain('<h2 id="user-content-_n_e">');
    // Only the exact name and its `next-` family are Next.js's: a plain word keeps its anchor.
    expect(html).toContain('<h2 id="nextgen">');
  });

  it("…and that list is every literal id in app/ and components/, so a new one cannot be forgotten", () => {
    const sources = ["app", "components"].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".tsx")).map((file) => path.join(dir, file)),
    );
    const found = sources.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]));
    expect(new Set(found)).toEqual(new Set(PAGE_IDS));
  });
});
