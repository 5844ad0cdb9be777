import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";
import { checkCollection } from "@/lib/checks/check-collection";
import { article } from "../helpers/content-folder";

/*
 * The fifth jeweler's trial: a note to oneself, `<!-- TODO … `, whose `-->` was forgotten hid both
 * sections under it, with no message. Each such note is an error on its file line (the text starts
 * on line 9) naming the lines hidden; with `-->` added as the message says, the article passes and
 * the page shows them.
 */

const { problems, html: page, folder } = articlePerTest("care-card.md");

const CARE_CARD = [
  "Every piece leaves the studio with a little printed card.",
  "",
  "<!-- TODO ask Ottilie about the gold vermeil line",
  "",
  "## What the card says",
  "",
  "Keep it dry, keep it apart, keep it wearing.",
].join("\n");

describe("a note never closed with -->", () => {
  it.each([
    [
      CARE_CARD,
      CARE_CARD.replace("vermeil line", "vermeil line -->"),
      "Keep it dry",
      "11: error: the note opened with `<!--` is never closed with `-->`, so the page hides everything after it from readers (lines 12 to 15, the rest of the text); add `-->` where the note ends: if the note ends with this line, write `<!-- TODO ask Ottilie about the gold vermeil line -->`; or delete the line",
    ],
    [
      "> <!-- ask Ottilie\n> Keep it dry.\n\nThe card.",
      "> <!-- ask Ottilie -->\n> Keep it dry.\n\nThe card.",
      "Keep it dry",
      "9: error: the note opened with `<!--` is never closed with `-->`, so the page hides everything after it from readers (line 10, the rest of the quote); add `-->` where the note ends: if the note ends with this line, write `> <!-- ask Ottilie -->`; or delete the line",
    ],
    [
      "<!-- first note\n\nKeep it dry.\n\n<!-- second note -->\n\nThe card.",
      "<!-- first note -->\n\nKeep it dry.\n\n<!-- second note -->\n\nThe card.",
      "Keep it dry",
      "9: error: the note opened with `<!--` is not closed before the note of line 13 opens, so the page hides everything from here to that note's `-->` on line 13 from readers (lines 10 to 12); add `-->` where the note ends: if the note ends with this line, write `<!-- first note -->`; or delete the line",
    ],
    [
      "The card says: keep it dry. <!-- ask Ottilie",
      "The card says: keep it dry. <!-- ask Ottilie -->",
      "The card says",
      "9: error: the note `<!-- ask Ottilie` is never closed with `-->` in its paragraph, so the page shows it to readers as typed; add `-->` where the note ends: if the note ends with this line, write `The card says: keep it dry. <!-- ask Ottilie -->`; or delete the note",
    ],
  ])("%j: an error naming the lines hidden, and the line given closes the note", async (text, written, words, message) => {
    expect(await problems(text)).toEqual([message]);
    expect(await problems(written)).toEqual([]);
    expect(await page(written)).toContain(words);
    expect(await page(written)).not.toContain("ask Ottilie");
  });

  it("hides the text under it from readers, as the message says", async () => {
    expect(await page(CARE_CARD)).not.toContain("Keep it dry");
  });

  it("warns of a note left open on the text's last line, which hides nothing yet", async () => {
    expect(await problems("Keep it dry.\n\n<!-- ask Ottilie")).toEqual([
      "11: warning: the note opened with `<!--` is never closed with `-->`; nothing follows it yet, but whatever is written under it will be hidden from readers; add `-->` where the note ends: if the note ends with this line, write `<!-- ask Ottilie -->`; or delete the line",
    ]);
  });

  it("gives the note's line closed when it is the file's last, with no line break after it", async () => {
    await folder().write("content/articles/care-card.md", article({}, "Keep it dry.\n\n<!-- ask Ottilie"));
    const issues = await checkCollection(await folder().load(), { publicDir: folder().publicDir, dev: false });
    expect(issues.map((issue) => `${issue.line ?? "-"}: ${issue.severity}: ${issue.message}`)).toEqual([
      "11: warning: the note opened with `<!--` is never closed with `-->`; nothing follows it yet, but whatever is written under it will be hidden from readers; add `-->` where the note ends: if the note ends with this line, write `<!-- ask Ottilie -->`; or delete the line",
    ]);
  });

  it("gives no line to write for a note's line too long to quote, only where to add `-->`", async () => {
    const long = "<!-- TODO ask Ottilie whether the gold vermeil line can be shown beside the sterling one, and whether the card should say how thick its gold layer is, in microns";
    expect(await problems(`Keep it dry.\n\n${long}`)).toEqual([
      "11: warning: the note opened with `<!--` is never closed with `-->`; nothing follows it yet, but whatever is written under it will be hidden from readers; add `-->` where the note ends; or delete the line",
    ]);
  });

  it("gives the note's line closed without the indent of the list item it is in", async () => {
    expect(await problems("- Keep it dry.\n\n  <!-- ask Ottilie")).toEqual([
      "11: warning: the note opened with `<!--` is never closed with `-->`; nothing follows it yet, but whatever is written under it will be hidden from readers; add `-->` where the note ends: if the note ends with this line, write `<!-- ask Ottilie -->`; or delete the line",
    ]);
  });

  it.each([
    ["its first line ending in a mark that starts Markdown's lines", "Keep it dry.\n\n<!-- TODO ask Ottilie for the photo of ring #\n12, and its price", "`<!-- TODO ask Ottilie for the photo of ring # -->`"],
    ["a line of one word under it", "Keep it dry.\n\n<!-- TODO ask Ottilie about the\nvermeil", "`<!-- TODO ask Ottilie about the -->`"],
  ])("warns, as of lines of its own, of a note left open with %s", async (_, text, closedFirst) => {
    const last = text.split("\n").at(-1);
    expect(await problems(text)).toEqual([
      `11: warning: the note opened with \`<!--\` is never closed with \`-->\`, so the page also hides what is under it, to the text's end (line 12); if that belongs to the note, end the note there: write \`${last} -->\` on line 12; if not, add \`-->\` where the note ends: if the note ends with this line, write ${closedFirst}; or delete the line`,
    ]);
  });

  it("warns of a note left open whose lines run to the text's end with no blank line, likely all its own, and gives the last line closed", async () => {
    const text = "Keep it dry.\n\n<!-- TODO ask Ottilie\nabout the gold vermeil line";
    expect(await problems(text)).toEqual([
      "11: warning: the note opened with `<!--` is never closed with `-->`, so the page also hides what is under it, to the text's end (line 12); if that belongs to the note, end the note there: write `about the gold vermeil line -->` on line 12; if not, add `-->` where the note ends: if the note ends with this line, write `<!-- TODO ask Ottilie -->`; or delete the line",
    ]);
    const ownLines = `${text} -->`;
    expect(await problems(ownLines)).toEqual([]);
    expect(await page(ownLines)).not.toContain("vermeil");
    const forReaders = text.replace("Ottilie", "Ottilie -->");
    expect(await problems(forReaders)).toEqual([]);
    expect(await page(forReaders)).toContain("about the gold vermeil line");
  });

  it("keeps the error when what runs to the text's end under the note starts as Markdown for readers does", async () => {
    expect(await problems("Keep it dry.\n\n<!-- TODO ask Ottilie\n## What the card says")).toEqual([
      "11: error: the note opened with `<!--` is never closed with `-->`, so the page hides everything after it from readers (line 12, the rest of the text); add `-->` where the note ends: if the note ends with this line, write `<!-- TODO ask Ottilie -->`; or delete the line",
    ]);
  });

  it("names the rest of the list item a note hides, though plain words run under it to the text's end", async () => {
    expect(await problems("- <!-- ask Ottilie\n  about the vermeil line\n\nThe card.")).toEqual([
      "9: error: the note opened with `<!--` is never closed with `-->`, so the page hides everything after it from readers (line 10, the rest of the list item); add `-->` where the note ends: if the note ends with this line, write `- <!-- ask Ottilie -->`; or delete the line",
    ]);
  });

  it("names the rest of a block of HTML a note opened inside it hides", async () => {
    expect(await problems('The card.\n\n<div class="card"><!-- ask Ottilie\nKeep it dry.</div>\n\nThe end.')).toEqual([
      '11: error: the note opened with `<!--` is never closed with `-->`, so the page hides everything after it from readers (line 12, the rest of its block of HTML); add `-->` where the note ends: if the note ends with this line, write `<div class="card"><!-- ask Ottilie -->`; or delete the line',
    ]);
  });

  it("names the rest of the text a note indented by spaces hides", async () => {
    expect(await problems("Keep it dry.\n\n   <!-- ask Ottilie\n\nThe card.")).toEqual([
      "11: error: the note opened with `<!--` is never closed with `-->`, so the page hides everything after it from readers (lines 12 to 13, the rest of the text); add `-->` where the note ends: if the note ends with this line, write `<!-- ask Ottilie -->`; or delete the line",
    ]);
  });

  it("keeps the error when the last line under a note is too long to write whole in a message", async () => {
    const long = "about the gold vermeil line and the silver one and the rose gold one and whether the card should say so for each of them too";
    expect(await problems(`Keep it dry.\n\n<!-- TODO ask Ottilie\n${long}`)).toEqual([
      "11: error: the note opened with `<!--` is never closed with `-->`, so the page hides everything after it from readers (line 12, the rest of the text); add `-->` where the note ends: if the note ends with this line, write `<!-- TODO ask Ottilie -->`; or delete the line",
    ]);
  });

  it("gives an indented last line under a note to write from its first word", async () => {
    expect(await problems("Keep it dry.\n\n<!-- TODO ask Ottilie\n  about the gold vermeil line")).toEqual([
      "11: warning: the note opened with `<!--` is never closed with `-->`, so the page also hides what is under it, to the text's end (line 12); if that belongs to the note, end the note there: write `about the gold vermeil line -->` on line 12; if not, add `-->` where the note ends: if the note ends with this line, write `<!-- TODO ask Ottilie -->`; or delete the line",
    ]);
  });

  it("quotes a note left open in a paragraph to the end of its line only, without the spaces after it", async () => {
    expect(await problems("The card says: keep it dry. <!-- ask Ottilie  \nabout the vermeil line.")).toEqual([
      "9: error: the note `<!-- ask Ottilie` is never closed with `-->` in its paragraph, so the page shows it to readers as typed; add `-->` where the note ends: if the note ends with this line, write `The card says: keep it dry. <!-- ask Ottilie -->`; or delete the note",
    ]);
  });

  it("gives the line of a note ending in spaces closed right after its last word", async () => {
    expect(await problems("Keep it dry.\n\n<!-- ask Ottilie  \t\n\nThe card.")).toEqual([
      "11: error: the note opened with `<!--` is never closed with `-->`, so the page hides everything after it from readers (lines 12 to 13, the rest of the text); add `-->` where the note ends: if the note ends with this line, write `<!-- ask Ottilie -->`; or delete the line",
    ]);
    expect(await problems("Keep it dry.\n\n<!-- ask Ottilie -->\n\nThe card.")).toEqual([]);
  });

  it("warns of a `-->` that closes no note, which the page shows as typed", async () => {
    expect(await problems("Keep it dry.\n\nask Ottilie -->")).toEqual([
      "11: warning: `-->` closes no note (no `<!--` opens one before it), so the page shows it as typed; if it ends a note, start the note with `<!--`, and if it is an arrow, write `→`",
    ]);
    expect(await page("Keep it dry.\n\nask Ottilie -->")).toContain("ask Ottilie -->");
  });

  it("warns of a `-->` arrow written above a note closed as it should be", async () => {
    expect(await problems("Wax --> mould --> cast.\n\n<!-- ask Ottilie -->")).toEqual([
      "9: warning: `-->` closes no note (no `<!--` opens one before it), so the page shows it as typed; if it ends a note, start the note with `<!--`, and if it is an arrow, write `→`",
    ]);
  });

  it("warns once of a line's `-->` arrows (false-positive trial, 2026-12-07)", async () => {
    expect(await problems("Keep it dry.\n\nwax --> mould --> cast --> polish,\nand back again -->")).toEqual([
      "11: warning: `-->` closes no note (no `<!--` opens one before it), so the page shows it as typed; if it ends a note, start the note with `<!--`, and if it is an arrow, write `→`",
      "12: warning: `-->` closes no note (no `<!--` opens one before it), so the page shows it as typed; if it ends a note, start the note with `<!--`, and if it is an arrow, write `→`",
    ]);
  });

  it.each([
    "Keep it dry.\n\n<!-- a note -->\n\n<!--\nTwo lines\nof note\n-->\n\nThe card.",
    "`<!-- in code` and `-->` in code.",
    "```html\n<!-- in a code box\n```",
    "\\<!-- escaped, shown as meant",
    "The card.\n\n<!-->\n\nKeep it dry.",
    "The card.\n\n<!--->\n\nKeep it dry.",
    "The card.\n\n<!-- a <!-->\n\nKeep it dry.",
    'The card.\n\n<div class="card">\n<!-- a note -->\n<!-- another note -->\n</div>',
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});

/*
 * `--!>` ends a note for a browser (HTML's parser reads it as the note's end), not for Markdown,
 * which ends a note only at `-->`: a block of HTML opened by such a note runs on under it, and the
 * page shows its lines as HTML, their Markdown as typed; in a paragraph the note is shown as typed.
 */
describe("a note closed with `--!>`", () => {
  const UNDER = "Keep it dry.\n\n<!-- ask Ottilie --!>\n\n## What the card says\n\nKeep it **apart**.";

  it("is an error when lines are under it, which the page shows without their Markdown, and `-->` in its place passes", async () => {
    expect(await problems(UNDER)).toEqual([
      "11: error: the note closed with `--!>` is hidden, but Markdown ends a note only at `-->`, so the page shows what is under it (lines 12 to 15) without its Markdown: headings, bold, links and paragraphs come out as typed; write `-->` in place of `--!>`: `<!-- ask Ottilie -->`",
    ]);
    expect(await page(UNDER)).toContain("## What the card says");
    const written = UNDER.replace("--!>", "-->");
    expect(await problems(written)).toEqual([]);
    expect(await page(written)).toContain("<h2");
    expect(await page(written)).not.toContain("Ottilie");
  });

  it("names the lines under it to the note whose `-->` ends Markdown's block, and the rest of a quote", async () => {
    expect(await problems("<!-- ask Ottilie --!>\n\nKeep it dry. <!-- b -->\n\nThe card.")).toEqual([
      "9: error: the note closed with `--!>` is hidden, but Markdown ends a note only at `-->`, so the page shows what is under it (lines 10 to 11) without its Markdown: headings, bold, links and paragraphs come out as typed; write `-->` in place of `--!>`: `<!-- ask Ottilie -->`",
    ]);
    expect(await problems("> <!-- ask Ottilie --!>\n> Keep it **dry**.\n\nThe card.")).toEqual([
      "9: error: the note closed with `--!>` is hidden, but Markdown ends a note only at `-->`, so the page shows what is under it (line 10) without its Markdown: headings, bold, links and paragraphs come out as typed; write `-->` in place of `--!>`: `> <!-- ask Ottilie -->`",
    ]);
    expect(await page("> <!-- ask Ottilie --!>\n> Keep it **dry**.\n\nThe card.")).toContain("Keep it **dry**.");
  });

  it("names the lines under it when a `-->` with no `<!--` before it ends Markdown's block", async () => {
    expect(await problems("<!-- ask Ottilie --!>\n\nKeep it dry -->")).toEqual([
      "9: error: the note closed with `--!>` is hidden, but Markdown ends a note only at `-->`, so the page shows what is under it (lines 10 to 11) without its Markdown: headings, bold, links and paragraphs come out as typed; write `-->` in place of `--!>`: `<!-- ask Ottilie -->`",
    ]);
  });

  it("is an error in a paragraph, which shows it as typed, and `-->` in its place passes", async () => {
    const text = "The card says: keep it dry. <!-- ask Ottilie --!> Keep it apart.";
    expect(await problems(text)).toEqual([
      "9: error: the note `<!-- ask Ottilie --!>` ends with `--!>`, which Markdown does not read as a note's end, so the page shows it to readers as typed; write `-->` in place of `--!>`: `The card says: keep it dry. <!-- ask Ottilie --> Keep it apart.`",
    ]);
    expect(await page(text)).toContain("ask Ottilie");
    const written = text.replace("--!>", "-->");
    expect(await problems(written)).toEqual([]);
    expect(await page(written)).not.toContain("ask Ottilie");
  });

  it("warns of one on the text's last line, under which anything written would be shown without its Markdown", async () => {
    expect(await problems("Keep it dry.\n\n<!-- ask Ottilie --!>")).toEqual([
      "11: warning: the note closed with `--!>` is hidden, but Markdown ends a note only at `-->`; nothing follows it yet, but whatever is written under it will be shown without its Markdown; write `-->` in place of `--!>`: `<!-- ask Ottilie -->`",
    ]);
  });

  it("warns of a `-->` after it, which the page shows as typed", async () => {
    const text = "Keep it dry.\n\n<!-- ask Ottilie --!> -->\n\nThe card.";
    expect(await problems(text)).toEqual([
      "11: warning: the note closed with `--!>` ends there, as a browser reads it, so the page shows the `-->` after it as typed; delete it, and write `-->` in place of `--!>`: `<!-- ask Ottilie -->`",
    ]);
    expect(await page(text)).toContain("-->");
    expect(await page("Keep it dry.\n\n<!-- ask Ottilie -->\n\nThe card.")).not.toContain("-->");
  });

  it.each([
    '<div class="card">\n<!-- ask Ottilie --!>\n</div>\n\nThe card.',
    "Keep it dry.\n\n<!-- a --> <!-- ask Ottilie --!>\n\nThe card.",
    "Keep it dry.\n\n<!-- ask Ottilie --!> <!-- b -->\n\nThe card.",
  ])("%j: no message, as Markdown's block of HTML ends where the note's line does", async (text) => {
    expect(await problems(text)).toEqual([]);
    expect(await page(text)).not.toContain("Ottilie");
  });
});
