import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";
import { checkCollection } from "@/lib/checks/check-collection";
import { article } from "../helpers/content-folder";

/*
 * The jeweler's trial of 2026-12-07: `> [!NOTE]`, a callout as GitHub or Obsidian writes it, was
 * shown as a plain quote starting with `[!NOTE]` as typed, with no message. An error on its line
 * (the text starts on line 9) with what to write: the mark deleted, or `**Note:**`; either passes.
 */

const { problems, html, folder } = articlePerTest("plating.md");

describe("a callout's mark at a quote's start", () => {
  it("alone on the quote's first line: delete the line, or write `> **Note:**` in its place; both pass", async () => {
    const text = "> [!NOTE]\n> Rhodium plating wears off white gold in a year or two.";
    expect(await html(text)).toContain("<p>[!NOTE]\nRhodium plating");
    expect(await problems(text)).toEqual([
      "9: error: `[!NOTE]` is shown as typed at the start of the quote: the journal has no callouts (GitHub's and Obsidian's boxes for a note or a warning) and shows a plain quote; delete line 9, or write `> **Note:**` in its place",
    ]);
    expect(await problems("> Rhodium plating wears off white gold in a year or two.")).toEqual([]);
    const written = "> **Note:**\n> Rhodium plating wears off white gold in a year or two.";
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).toContain("<strong>Note:</strong>\nRhodium plating");
  });

  it("with words after it: the line without the mark, or with `**Tip:**`; both pass", async () => {
    expect(await problems("Before polishing:\n\n> [!TIP] Rinse the ring in warm water first.")).toEqual([
      "11: error: `[!TIP]` is shown as typed at the start of the quote: the journal has no callouts (GitHub's and Obsidian's boxes for a note or a warning) and shows a plain quote; delete it: write `> Rinse the ring in warm water first.`, or `> **Tip:** Rinse the ring in warm water first.`",
    ]);
    expect(await problems("Before polishing:\n\n> Rinse the ring in warm water first.")).toEqual([]);
    expect(await problems("Before polishing:\n\n> **Tip:** Rinse the ring in warm water first.")).toEqual([]);
  });

  it("with a one-word title after it: the line without the mark, or with `**Tip:**`", async () => {
    expect(await problems("> [!TIP] Polishing\n> Rinse the ring in warm water first.")).toEqual([
      "9: error: `[!TIP]` is shown as typed at the start of the quote: the journal has no callouts (GitHub's and Obsidian's boxes for a note or a warning) and shows a plain quote; delete it: write `> Polishing`, or `> **Tip:** Polishing`",
    ]);
  });

  it("alone on the file's last line, with no line break after it: delete the line, or write `> **Note:**`", async () => {
    await folder().write("content/articles/plating.md", article({}, "Rhodium plating wears off white gold.\n\n> [!NOTE]"));
    const issues = await checkCollection(await folder().load(), { publicDir: folder().publicDir, dev: false });
    expect(issues.map(({ line, message }) => `${line}: ${message}`)).toEqual([
      "11: `[!NOTE]` is shown as typed at the start of the quote: the journal has no callouts (GitHub's and Obsidian's boxes for a note or a warning) and shows a plain quote; delete line 11, or write `> **Note:**` in its place",
    ]);
  });

  it("Obsidian's folded `[!warning]-`, in a list, is told the same way", async () => {
    expect(await problems("- Soldering:\n\n  > [!warning]- Hot metal\n  > Let it cool on the block.")).toEqual([
      "11: error: `[!warning]-` is shown as typed at the start of the quote: the journal has no callouts (GitHub's and Obsidian's boxes for a note or a warning) and shows a plain quote; delete it: write `  > Hot metal`, or `  > **Warning:** Hot metal`",
    ]);
    expect(await problems("- Soldering:\n\n  > **Warning:** Hot metal\n  > Let it cool on the block.")).toEqual([]);
  });

  it.each([
    "> Measure twice [!] and cut once.",
    "> She said: [!NOTE] is GitHub's way.",
    "```\n> [!NOTE]\n> In code.\n```",
    "A note, `> [!NOTE]`, in code.",
    "> \\[!NOTE] escaped on purpose.",
    "[!NOTE] outside a quote is the author's own text.",
    "> - [!NOTE] in a list in a quote is a list item's own text.",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
