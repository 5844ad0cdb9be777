import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/checks/check-collection";
import { formatIssue } from "@/lib/content/issues";
import { article, checkFolder, GUEST } from "../helpers/content-folder";
import { journalPerTest } from "../helpers/journal-per-test";

/*
 * The edges of lib/checks/links.ts: which addresses under /articles/, /authors/ and /tags/ lead to
 * a page, what the author is told when one does not, and when that is only a warning. "Now" is
 * 2026-01-01; the page written in each test is content/articles/links.md, its text from line 9 (10 with
 * `draft: true` among its fields).
 */

const journal = journalPerTest({
  "content/authors/jonah.md": GUEST,
  // An author file with an error of its own (no name): it is no article, whatever its id.
  "content/authors/maya.md": "---\nrole: Engraver\n---\nMaya engraves.\n",
  "content/articles/gold-karats.md": article({ title: '"Gold Karats"', tags: '["gold"]' }),
  "content/articles/bench-notes.md": article({ title: '"Bench Notes"', tags: '["gold"]', draft: "true" }),
  "content/articles/spring-rings.md": article({ title: '"Spring Rings"', tags: '["gold"]', date: "2099-03-01" }),
  // An article with an error of its own (no title): it has no page until it is fixed.
  "content/articles/broken-clasp.md": article({ title: undefined, tags: '["gold"]' }),
});

/** Every link problem `check:content` reports in content/articles/links.md, written with `fields`, as `severity file:line: message`. */
async function linkProblems(fields: Record<string, string | undefined>, body: string): Promise<string[]> {
  await journal.folder().write("content/articles/links.md", article({ title: '"Links"', tags: '["gold"]', ...fields }, body));
  const issues = await checkFolder(journal.folder());
  return issues.filter((issue) => issue.file === "content/articles/links.md" && issue.message.startsWith("the link to")).map((issue) => `${issue.severity} ${formatIssue(issue)}`);
}

const PUBLISHED = {};
const DRAFT = { draft: "true" };

describe("a link to a page under /articles/, /authors/ or /tags/", () => {
  it.each<[string, Record<string, string | undefined>, string, string[]]>([
    [
      "to a tag's or an author's list page past its last is an error naming the last page and how many published articles the list holds",
      PUBLISHED,
      "[more gold](/tags/gold/page/2)\n\n[more by Isla](/authors/isla/page/10)\n",
      [
        "error content/articles/links.md:9: the link to `/tags/gold/page/2`: the tag `gold` lists 2 published articles, 10 a page, so its last page is page 1, `/tags/gold`; there is no page 2, so readers would land on the “page not found” page; link to `/tags/gold`, or remove the link",
        "error content/articles/links.md:11: the link to `/authors/isla/page/10`: the author `isla` lists 2 published articles, 10 a page, so its last page is page 1, `/authors/isla`; there is no page 10, so readers would land on the “page not found” page; link to `/authors/isla`, or remove the link",
      ],
    ],
    [
      "to the list page of an author with no published article names the author's own page as the last",
      PUBLISHED,
      "[more by Jonah](/authors/jonah/page/2)\n",
      [
        "error content/articles/links.md:9: the link to `/authors/jonah/page/2`: the author `jonah` lists no published articles, 10 a page, so its last page is page 1, `/authors/jonah`; there is no page 2, so readers would land on the “page not found” page; link to `/authors/jonah`, or remove the link",
      ],
    ],
    ["to a list's `/page/1` passes: the server redirects it to the list's own address (proxy.ts)", PUBLISHED, "[gold](/tags/gold/page/1)\n", []],
    [
      "to an article's address with `/page/2` after it leads nowhere: only lists have further pages",
      PUBLISHED,
      "[karats](/articles/gold-karats/page/2)\n",
      ["error content/articles/links.md:9: the link to `/articles/gold-karats/page/2`: there is no page at `/articles/gold-karats/page/2`: the address of an article ends with its name; write `/articles/gold-karats`"],
    ],
    [
      "to a list page with anything before `page` or after its number, a word other than `page`, or a number that is not one written plainly, leads nowhere",
      PUBLISHED,
      ["[a](/tags/gold/page/2/3)", "[b](/tags/gold/pages/2)", "[c](/tags/gold/page/2a)", "[d](/tags/gold/page/02)", "[e](/tags/gold/gold/page/2)"].join("\n"),
      [
        "error content/articles/links.md:9: the link to `/tags/gold/page/2/3`: there is no page at `/tags/gold/page/2/3`: the address of a tag ends with its name; write `/tags/gold`",
        "error content/articles/links.md:10: the link to `/tags/gold/pages/2`: there is no page at `/tags/gold/pages/2`: the address of a tag ends with its name; write `/tags/gold`",
        "error content/articles/links.md:11: the link to `/tags/gold/page/2a`: there is no page at `/tags/gold/page/2a`: the address of a tag ends with its name; write `/tags/gold`",
        "error content/articles/links.md:12: the link to `/tags/gold/page/02`: there is no page at `/tags/gold/page/02`: the address of a tag ends with its name; write `/tags/gold`",
        "error content/articles/links.md:13: the link to `/tags/gold/gold/page/2`: there is no page at `/tags/gold/gold/page/2`: the address of a tag ends with its name; write `/tags/gold`",
      ],
    ],
    [
      "with two parts after an article's name is named with both",
      PUBLISHED,
      "[tips](/articles/gold-karats/care/tips)\n",
      ["error content/articles/links.md:9: the link to `/articles/gold-karats/care/tips`: there is no page at `/articles/gold-karats/care/tips`: the address of an article ends with its name; write `/articles/gold-karats`"],
    ],
    [
      "with a part after a draft's name is told both what to write and that the draft is not published",
      PUBLISHED,
      "[photos](/articles/bench-notes/photos)\n",
      [
        "error content/articles/links.md:9: the link to `/articles/bench-notes/photos`: there is no page at `/articles/bench-notes/photos`: the address of an article ends with its name; write `/articles/bench-notes`; also, `bench-notes` is a draft, so readers would land on a missing page; publish it first (remove `draft: true` from content/articles/bench-notes.md) or remove the link",
      ],
    ],
    [
      "to an author who does not exist gets the nearest author's address and every author's id",
      PUBLISHED,
      "[Isla](/authors/ilsa)\n",
      ["error content/articles/links.md:9: the link to `/authors/ilsa`: there is no author `ilsa`. Did you mean `/authors/isla`? The authors are: isla, jonah"],
    ],
    [
      "to a tag no article has gets the nearest tag's address",
      PUBLISHED,
      "[gold](/tags/glod)\n",
      ["error content/articles/links.md:9: the link to `/tags/glod`: no article has a tag whose address is `glod`; a tag's address is its name in lowercase with hyphens (the tag \"metal care\" is /tags/metal-care). Did you mean `/tags/gold`?"],
    ],
    [
      "to an article whose file has errors says so, and where they are listed",
      PUBLISHED,
      "[clasps](/articles/broken-clasp)\n",
      ["error content/articles/links.md:9: the link to `/articles/broken-clasp`: the article `broken-clasp` has problems of its own (listed with content/articles/broken-clasp.md), so it has no page until they are fixed"],
    ],
    [
      "to an article named as an author whose file has errors is to no article: an author's file is no article's",
      PUBLISHED,
      "[Maya](/articles/maya)\n",
      ["error content/articles/links.md:9: the link to `/articles/maya`: there is no article `maya`; the address is the file name in content/articles/ without .md."],
    ],
    [
      "from a draft, to a page that will never exist, is an error all the same: a draft is published some day",
      DRAFT,
      ["[a](/articles/gold-karats/extra)", "[b](/authors/nobody)", "[c](/tags/nothing)", "[d](/articles/broken-clasp)"].join("\n"),
      [
        "error content/articles/links.md:10: the link to `/articles/gold-karats/extra`: there is no page at `/articles/gold-karats/extra`: the address of an article ends with its name; write `/articles/gold-karats`",
        "error content/articles/links.md:11: the link to `/authors/nobody`: there is no author `nobody`. The authors are: isla, jonah",
        "error content/articles/links.md:12: the link to `/tags/nothing`: no article has a tag whose address is `nothing`; a tag's address is its name in lowercase with hyphens (the tag \"metal care\" is /tags/metal-care).",
        "error content/articles/links.md:13: the link to `/articles/broken-clasp`: the article `broken-clasp` has problems of its own (listed with content/articles/broken-clasp.md), so it has no page until they are fixed",
      ],
    ],
    [
      "from a draft dated after a scheduled article, to it, is a warning: only a scheduled page may count on another being out first",
      { draft: "true", date: "2099-12-01" },
      "[spring](/articles/spring-rings)\n",
      ["warning content/articles/links.md:10: the link to `/articles/spring-rings`: `spring-rings` is scheduled for 2099-03-01, so the link leads nowhere until then; add it after that date or remove it"],
    ],
    [
      "from a scheduled article, to a draft dated before it, is an error: a draft is not published on its date",
      { date: "2099-06-01" },
      "[notes](/articles/bench-notes)\n",
      ["error content/articles/links.md:9: the link to `/articles/bench-notes`: `bench-notes` is a draft, so readers would land on a missing page; publish it first (remove `draft: true` from content/articles/bench-notes.md) or remove the link"],
    ],
    [
      "from a draft whose file has errors, to another draft, is a warning, as from any draft",
      { draft: "true", title: undefined },
      "[notes](/articles/bench-notes)\n",
      ["warning content/articles/links.md:9: the link to `/articles/bench-notes`: `bench-notes` is a draft, so readers would land on a missing page; publish it first (remove `draft: true` from content/articles/bench-notes.md) or remove the link"],
    ],
  ])("%s", async (_, fields, body, problems) => {
    expect(await linkProblems(fields, body)).toEqual(problems);
  });

  it("to a list page past the last is an error from an author's bio too", async () => {
    await journal.folder().write("content/authors/isla.md", "---\nname: Isla Marrow\n---\nMore in [gold](/tags/gold/page/3).\n");
    const issues = await checkFolder(journal.folder());
    expect(issues.filter((issue) => issue.file === "content/authors/isla.md").map((issue) => `${issue.severity} ${formatIssue(issue)}`)).toEqual([
      "error content/authors/isla.md:4: the link to `/tags/gold/page/3`: the tag `gold` lists 1 published article, 10 a page, so its last page is page 1, `/tags/gold`; there is no page 3, so readers would land on the “page not found” page; link to `/tags/gold`, or remove the link",
    ]);
  });

  it("from an author's bio, to a scheduled article, is an error", async () => {
    await journal.folder().write("content/authors/isla.md", "---\nname: Isla Marrow\n---\nSee [spring](/articles/spring-rings).\n");
    const issues = await checkFolder(journal.folder());
    expect(issues.filter((issue) => issue.file === "content/authors/isla.md").map((issue) => `${issue.severity} ${formatIssue(issue)}`)).toEqual([
      "error content/authors/isla.md:4: the link to `/articles/spring-rings`: `spring-rings` is scheduled for 2099-03-01, so the link leads nowhere until then; add it after that date or remove it",
    ]);
  });
});

describe("a link to a page not there yet names that page's file", () => {
  // So that `check:content content/articles/bench-notes.md` shows the links waiting for it.
  it.each<[string, string]>([
    ["/articles/broken-clasp", "content/articles/broken-clasp.md"],
    ["/articles/gold-karat", "content/articles/gold-karat.md"],
    ["/articles/bench-notes", "content/articles/bench-notes.md"],
    ["/articles/spring-rings", "content/articles/spring-rings.md"],
  ])("%s: %s", async (address, file) => {
    await journal.folder().write("content/articles/links.md", article({ title: '"Links"', tags: '["gold"]' }, `[it](${address})\n`));
    const issues = await checkFolder(journal.folder());
    expect(issues.filter((issue) => issue.file === "content/articles/links.md" && issue.message.startsWith("the link to")).map((issue) => issue.related)).toEqual([[file]]);
  });
});

describe("a link to a list's later page, counted as the published journal lists it", () => {
  /** `count` more articles by Jonah tagged `tag`, with `fields` (a draft's `draft: true`). */
  async function more(count: number, tag: string, fields: Record<string, string> = {}) {
    for (let n = 1; n <= count; n += 1) {
      await journal.folder().write(`content/articles/${tag}-${n}.md`, article({ title: `"${tag} ${n}"`, author: "jonah", tags: `["${tag}"]`, ...fields }));
    }
  }

  it("passes up to the list's last page, and past it names the last there is", async () => {
    await more(11, "silver");
    expect(await linkProblems(PUBLISHED, "[a](/tags/silver/page/2) [b](/authors/jonah/page/2)\n\n[c](/tags/silver/page/3)\n")).toEqual([
      "error content/articles/links.md:11: the link to `/tags/silver/page/3`: the tag `silver` lists 11 published articles, 10 a page, so its last page is page 2, `/tags/silver/page/2`; there is no page 3, so readers would land on the “page not found” page; link to `/tags/silver/page/2`, or remove the link",
    ]);
  });

  it("leaves drafts out of the count: an error in production, a warning in development or from a draft, where they may fill the page", async () => {
    await more(1, "opal");
    await more(10, "opal-draft", { tags: '["opal"]', draft: "true" });
    const message =
      "the link to `/tags/opal/page/2`: the tag `opal` lists 1 published article, 10 a page, so its last page is page 1, `/tags/opal`; there is no page 2, so readers would land on the “page not found” page; page 2 comes once its drafts or scheduled articles are published (the preview counts them already); link to `/tags/opal`, or remove the link";
    expect(await linkProblems(PUBLISHED, "[more opals](/tags/opal/page/2)\n")).toEqual([`error content/articles/links.md:9: ${message}`]);
    const { issues } = await checkContent({ contentDir: journal.folder().contentDir, publicDir: journal.folder().publicDir, now: new Date("2026-01-01T12:00:00Z"), includeUnpublished: true, dev: true });
    expect(issues.filter((issue) => issue.file === "content/articles/links.md").map((issue) => `${issue.severity} ${formatIssue(issue)}`)).toEqual([`warning content/articles/links.md:9: ${message}`]);
    expect(await linkProblems(DRAFT, "[more opals](/tags/opal/page/2)\n")).toEqual([`warning content/articles/links.md:10: ${message}`]);
  });
});

describe("a link to the home page's or the archive's later page (`/page/3`, `/archive/page/2`), counted as the published journal lists it", () => {
  // The journal above: gold-karats and links.md published, bench-notes a draft, spring-rings scheduled.
  /** The message for page `page` of the home page, whose published articles fill its first page only. */
  const home = (listed: string, page: number, until = "") =>
    `the home page lists ${listed}, 10 a page, so its last page is page 1, \`/\`; there is no page ${page}, so readers would land on the “page not found” page${until}; link to \`/\`, or remove the link`;

  it("past the last page is an error naming the last page there is, in the same words as a tag's; page 1 passes (it redirects)", async () => {
    expect(await linkProblems(PUBLISHED, "[older](/page/2)\n\n[older still](/archive/page/2/)\n\n[a](/page/1) [b](/archive/page/1)\n")).toEqual([
      "error content/articles/links.md:9: the link to `/page/2`: the home page lists 2 published articles, 10 a page, so its last page is page 1, `/`; there is no page 2, so readers would land on the “page not found” page; link to `/`, or remove the link",
      "error content/articles/links.md:11: the link to `/archive/page/2/`: the archive lists 2 published articles, 50 a page, so its last page is page 1, `/archive`; there is no page 2, so readers would land on the “page not found” page; link to `/archive`, or remove the link",
    ]);
  });

  it("passes up to the last page: ten a page on the home page, fifty in the archive", async () => {
    for (let n = 1; n <= 9; n += 1) await journal.folder().write(`content/articles/ring-${n}.md`, article({ title: `"Ring ${n}"`, author: "jonah" }));
    expect(await linkProblems(PUBLISHED, "[a](/page/2) [b](/page/3)\n\n[c](/archive/page/2)\n")).toEqual([
      "error content/articles/links.md:9: the link to `/page/3`: the home page lists 11 published articles, 10 a page, so its last page is page 2, `/page/2`; there is no page 3, so readers would land on the “page not found” page; link to `/page/2`, or remove the link",
      "error content/articles/links.md:11: the link to `/archive/page/2`: the archive lists 11 published articles, 50 a page, so its last page is page 1, `/archive`; there is no page 2, so readers would land on the “page not found” page; link to `/archive`, or remove the link",
    ]);
  });

  it("leaves drafts and scheduled articles out of the count: an error in production, a warning in development or from a draft, where they fill the page", async () => {
    for (let n = 1; n <= 8; n += 1) await journal.folder().write(`content/articles/draft-${n}.md`, article({ title: `"Draft ${n}"`, author: "jonah", draft: "true" }));
    const until = "; page 2 comes once its drafts or scheduled articles are published (the preview counts them already)";
    expect(await linkProblems(PUBLISHED, "[older](/page/2) [older still](/page/3)\n")).toEqual([
      `error content/articles/links.md:9: the link to \`/page/2\`: ${home("2 published articles", 2, until)}`,
      `error content/articles/links.md:9: the link to \`/page/3\`: ${home("2 published articles", 3)}`,
    ]);
    const { issues } = await checkContent({ contentDir: journal.folder().contentDir, publicDir: journal.folder().publicDir, now: new Date("2026-01-01T12:00:00Z"), includeUnpublished: true, dev: true });
    expect(issues.filter((issue) => issue.file === "content/articles/links.md").map((issue) => `${issue.severity} ${formatIssue(issue)}`)).toEqual([
      `warning content/articles/links.md:9: the link to \`/page/2\`: ${home("2 published articles", 2, until)}`,
      `error content/articles/links.md:9: the link to \`/page/3\`: ${home("2 published articles", 3)}`,
    ]);
    expect(await linkProblems(DRAFT, "[older](/page/2)\n")).toEqual([`warning content/articles/links.md:10: the link to \`/page/2\`: ${home("1 published article", 2, until)}`]);
  });
});
