import { describe, expect, it, vi } from "vitest";
import { pagesToCheck } from "@/lib/checks/pages";
import { renderers } from "@/lib/checks/renderers";
import { checkSymbolHeadings } from "@/lib/checks/symbol-headings";
import { renderBioHtml } from "@/lib/content/markdown";
import { formatIssue } from "@/lib/content/issues";
import { articlePerTest } from "../helpers/article-per-test";
import { article, checkFolder, ISLA } from "../helpers/content-folder";

/*
 * The fourth jeweler's trial: `## 💎`, a heading of symbols alone, got no message, and its page
 * names its section `#user-content-`: GitHub's slugs keep letters, digits, spaces and hyphens
 * only, so the slug is empty. Each such heading is an error on its file line (the text starts on
 * line 9) with the line to write; written so, the article passes.
 */

const { problems, html, folder } = articlePerTest("studio.md");

const told = (written: string, words: string, id: string, write: string) =>
  `the heading \`${written}\` holds no letters or digits, only \`${words}\`, so nothing names its section in words: screen readers announce only the symbols' names, and the page gives the section an address without words, \`#${id}\`; write the section's name in words, like \`${write}\` (a symbol may stay after the words)`;

describe("a heading of symbols alone", () => {
  it("is what the page names by its prefix alone", async () => {
    const page = await html("## 💎\n\nGems.\n\n### 💎\n");
    expect(page).toContain('<h2 id="user-content-">💎');
    expect(page).toContain('<h3 id="user-content--1">💎');
    expect(await renderBioHtml("## 💎\n")).toContain('<h2 id="bio-">💎');
  });

  it.each([
    ["`##`", "Gems.\n\n## 💎\n\nRings.", ["11: error: " + told("## 💎", "💎", "user-content-", "## Storing pearls")], "Gems.\n\n## Storing pearls 💎\n\nRings."],
    ["`###` under a heading, twice", "## Gems\n\n### ✦ ✦ ✦\n\nRings.\n\n### ✦ ✦ ✦", ["11: error: " + told("### ✦ ✦ ✦", "✦ ✦ ✦", "user-content-", "### Storing pearls"), "15: error: " + told("### ✦ ✦ ✦", "✦ ✦ ✦", "user-content--1", "### Storing pearls")], "## Gems\n\n### Storing pearls\n\nRings.\n\n### Polish"],
    ["`<h2>` written in HTML", "<h2>💎</h2>\n\nRings.", ["9: error: " + told("<h2>💎</h2>", "💎", "user-content-", "<h2>Storing pearls</h2>")], "<h2>Storing pearls</h2>\n\nRings."],
  ])("is an error with the line to write: %s", async (_, text, messages, fixed) => {
    expect(await problems(text)).toEqual(messages);
    expect(await problems(fixed)).toEqual([]);
  });

  it("in a bio is told the bio's address", async () => {
    await folder().write("content/authors/isla.md", `${ISLA}\n## 💎\n\nShe sets stones.\n`);
    expect((await checkFolder(folder())).map(formatIssue)).toEqual([`content/authors/isla.md:7: ${told("## 💎", "💎", "bio-", "## Storing pearls")}`]);
  });

  it("written as the title's level, `# 💎`, is told its level alone, and a `## 💎` below it its symbols", async () => {
    expect(await problems("Gems.\n\n# 💎\n\nRings.\n\n## 💎\n\nPearls.")).toEqual([
      "11: error: the heading `💎` is written as a title (`#`), but the title is already the page's heading; start sections at ##: write `## 💎`",
      "15: error: " + told("## 💎", "💎", "user-content--1", "## Storing pearls"),
    ]);
  });

  it("underlined, `💎` over `---`, is told only whether a heading was meant (underlined-headings.ts)", async () => {
    expect(await problems("Gems.\n\n💎\n---\n\nRings.")).toEqual([
      "12: error: the line `💎` above `---` becomes a heading (shown large, and listed in the contents), because `---` right under a line of text underlines it; to draw a dividing line, leave a blank line above `---`; if a heading was meant, write `## 💎` and delete the `---` line",
    ]);
  });

  it("is looked for with the page's Markdown readers only in a text with a heading of no words, so most journals never load them", async () => {
    const readers = vi.fn(async () => renderers);
    await folder().write("content/articles/studio.md", article({}, "## Storing pearls\n\nApart.\n"));
    expect(await checkSymbolHeadings(pagesToCheck(await folder().load()), readers)).toEqual([]);
    expect(readers).not.toHaveBeenCalled();
    await folder().write("content/articles/studio.md", article({}, "## 💎\n\nApart.\n"));
    expect((await checkSymbolHeadings(pagesToCheck(await folder().load()), readers)).map((issue) => [issue.file, issue.line])).toEqual([["content/articles/studio.md", 9]]);
    expect(readers).toHaveBeenCalledTimes(1);
  });

  // Words, or an address written for the heading (`id="…"`, whatever it ends with), name its section.
  it.each([
    "## 2025\n\nA year.",
    "## 💎 Diamonds\n\nGems.",
    "## Gems 💎\n\nGems.",
    "<h2 id=\"gems\">💎</h2>\n\nGems.",
    "<h2 id=\"maker-bio-2\">💎</h2>\n\nGems.",
    "<h2 id=\"2025\">Our year</h2>\n\nA year.",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
