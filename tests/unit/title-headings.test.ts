import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { article, checkFolder, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

/*
 * The third jeweler's trial: a heading that repeats the title with a small difference (a curly
 * apostrophe, a colon at the end, bold marks) was told to become `## …`, leaving the title on the
 * page twice, and a `##` heading equal to the title got no message. The article's title is
 * `Silver's Care`, with a straight apostrophe; its text starts on line 9.
 */

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
});

afterEach(() => folder.remove());

async function errorsOf(body: string): Promise<string[]> {
  await folder.write("content/articles/care.md", article({ title: `"Silver's Care"` }, body));
  return (await checkFolder(folder)).filter((issue) => issue.severity === "error").map(formatIssue);
}
const TWICE = "but the title is already the page's heading; so this line shows it twice: delete it";
const REPEATS = "repeats the title, which is already the page's heading, so readers see it twice;";

describe("a heading that repeats the title", () => {
  it.each([
    ["# Silver’s care:\n\nWords.\n", `content/articles/care.md:9: the heading \`Silver’s care:\` is written as a title (\`#\`), ${TWICE}`],
    ["# **Silver's Care**\n\nWords.\n", `content/articles/care.md:9: the heading \`**Silver's Care**\` is written as a title (\`#\`), ${TWICE}`],
    ["Words.\n\n## Silver's Care\n\nMore words.\n", `content/articles/care.md:11: the heading \`Silver's Care\` (\`##\`) ${REPEATS} delete the line`],
    ["<h2>Silver’s care.</h2>\n\nWords.\n", `content/articles/care.md:9: the heading \`Silver’s care.\` (\`<h2>\`) ${REPEATS} delete it`],
    // A non-breaking space at the end (a Mac's Option-Space), which markdown-it keeps, is no part of the heading's words.
    ["# Silver's Care\u00a0\n\nWords.\n", `content/articles/care.md:9: the heading \`Silver's Care\` is written as a title (\`#\`), ${TWICE}`],
    ["Words.\n\n## Silver's Care\u00a0\n\nMore words.\n", `content/articles/care.md:11: the heading \`Silver's Care\` (\`##\`) ${REPEATS} delete the line`],
  ])("%j is told to go, not to become `## …`", async (text, message) => {
    expect(await errorsOf(text)).toEqual([message]);
    // Deleted, the article passes.
    expect(await errorsOf(text.split("\n").filter((line) => !/Silver/.test(line)).join("\n"))).toEqual([]);
  });

  it("underlined with `---`, is told to delete both its lines, or the `---` would stay as a dividing line", async () => {
    expect(await errorsOf("Silver’s care\n-------------\n\nWords.\n")).toEqual([
      `content/articles/care.md:9: the heading \`Silver’s care\` (underlined with \`---\`) ${REPEATS} delete lines 9 to 10, the words and the \`---\` under them (deleting the words alone would leave the \`---\`, a dividing line)`,
    ]);
    expect(await errorsOf("Words.\n")).toEqual([]);
  });

  it("as the first heading at another level, is told to go, and the heading under it is judged as the first", async () => {
    expect(await errorsOf("### Silver's Care\n\nWords.\n\n#### Polish\n\nA cloth.\n")).toEqual([
      `content/articles/care.md:9: the heading \`Silver's Care\` (\`###\`) ${REPEATS} delete the line`,
      "content/articles/care.md:13: the heading `Polish` (`####`) is the text's first heading, whose level is 2 (the title is level 1); screen-reader users, who move through a page by its headings, would look for a section that is not there; write `## Polish`",
    ]);
    expect(await errorsOf("Words.\n\n## Polish\n\nA cloth.\n")).toEqual([]);
  });

  it.each([
    "## Polish\n\nWords.\n\n## Silver's Care\n\nA later section named like the title may be meant.\n",
    "## Silver's care in winter\n\nWords.\n",
    "# Why silver darkens\n\nWords.\n",
  ])("%j: no message about the title repeated", async (text) => {
    expect((await errorsOf(text)).filter((message) => message.includes("twice"))).toEqual([]);
  });
});

/** The messages naming the title for content/articles/care.md, titled `title` as written in its fields. */
async function titleMessages(title: string | undefined, body: string): Promise<string[]> {
  await folder.write("content/articles/care.md", article({ title }, body));
  return (await checkFolder(folder)).filter((issue) => issue.message.includes("title")).map(formatIssue);
}

describe("a heading weighed against the title as a reader reads both", () => {
  it.each([
    ["curly double quotes for straight ones", `'The "Halo" Setting'`, "# The “Halo” Setting\n\nWords.\n", `content/articles/care.md:9: the heading \`The “Halo” Setting\` is written as a title (\`#\`), ${TWICE}`],
    ["bold marks with a space inside them", `"Silver's Care"`, "# ** Silver's Care**\n\nWords.\n", `content/articles/care.md:9: the heading \`** Silver's Care**\` is written as a title (\`#\`), ${TWICE}`],
    ["two marks at the end", `"Silver's Care"`, "# Silver's Care?!\n\nWords.\n", `content/articles/care.md:9: the heading \`Silver's Care?!\` is written as a title (\`#\`), ${TWICE}`],
    ["capitals, with `SS` for `ß`", `"Weißgold Rings"`, "# WEISSGOLD RINGS\n\nWords.\n", `content/articles/care.md:9: the heading \`WEISSGOLD RINGS\` is written as a title (\`#\`), ${TWICE}`],
  ])("is the title again with %s", async (_, title, body, message) => {
    expect(await titleMessages(title, body)).toEqual([message]);
  });

  it("is another heading when a space makes other words of the title's (`Nowhere`, `Now Here`)", async () => {
    expect(await titleMessages(`"Pearls Are Nowhere Cheaper"`, "# Pearls Are Now Here Cheaper\n\nWords.\n")).toEqual([
      "content/articles/care.md:9: the heading `Pearls Are Now Here Cheaper` is written as a title (`#`), but the title is already the page's heading; start sections at ##: write `## Pearls Are Now Here Cheaper`",
    ]);
  });

  it("is named by its words alone when written as HTML with spaces inside the tags (`<h1> … </h1>`)", async () => {
    expect(await titleMessages(`"Silver's Care"`, "<h1> Why silver darkens </h1>\n\nWords.\n")).toEqual([
      "content/articles/care.md:9: the heading `Why silver darkens` is written as a title (`<h1>`), but the title is already the page's heading; start sections with `<h2>`: write `<h2>` and `</h2>` instead of `<h1>` and `</h1>`",
    ]);
  });

  it("has nothing to repeat in an article without a title: only the missing title is told", async () => {
    expect(await titleMessages(undefined, "## Cleaning\n\nWords.\n")).toEqual(['content/articles/care.md:6: `title` is required; add a line like `title: "How to Care for Silver"`']);
  });

  it("repeats nothing when it has no words, even under a title of marks alone", async () => {
    // Kept as a section, the `#` heading is the `##` over `### Cloths`.
    expect(await titleMessages(`"?"`, "#\n\n### Cloths\n\nWords.\n")).toEqual([
      "content/articles/care.md:9: a heading without words is written as a title (`#`), but the title is already the page's heading; write the section's name after `##`, like `## Storing pearls`, or delete the line",
    ]);
    expect(await titleMessages(`"?"`, "##\n\nWords.\n")).toEqual([
      "content/articles/care.md:9: a heading without words (`##` alone on its line) would show readers an empty section title, and screen readers announce it as a heading with no name; write the section's name after it, like `## Storing pearls`, or delete the line",
    ]);
  });
});

describe("a bio's first heading that repeats the author's name", () => {
  it("is told to go when written with `##`, after an HTML heading the bio drops", async () => {
    await folder.write("content/authors/isla.md", `${ISLA}\n<h2>At the bench</h2>\n\n## Isla Marrow\n\nShe trained in Birmingham.\n`);
    expect(await errorsOf("Words.\n")).toEqual([
      "content/authors/isla.md:7: the page leaves out `<h2>`, words and all: a bio shows no HTML, only Markdown; write its words as Markdown instead: `At the bench`",
      "content/authors/isla.md:9: the heading `Isla Marrow` (`##`) repeats the author's name, which is already the page's heading, so readers see it twice; delete the line",
    ]);
  });

  it("is told to delete both lines when underlined with `---`, which the bio shows as a heading", async () => {
    await folder.write("content/authors/isla.md", `${ISLA}\nIsla\nMarrow\n-----------\n\nShe trained in Birmingham.\n`);
    expect(await errorsOf("Words.\n")).toEqual([
      "content/authors/isla.md:7: the heading `Isla Marrow` (underlined with `---`) repeats the author's name, which is already the page's heading, so readers see it twice; delete lines 7 to 9, the words and the `---` under them (deleting the words alone would leave the `---`, a dividing line)",
    ]);
  });
});
