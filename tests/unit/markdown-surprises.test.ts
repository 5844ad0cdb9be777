import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkCollection } from "@/lib/checks/check-collection";
import { checkMarkdownSurprises } from "@/lib/checks/markdown-surprises";
import { pagesToCheck } from "@/lib/checks/pages";
import { renderers } from "@/lib/checks/renderers";
import type { ContentIssue } from "@/lib/content/issues";
import { renderArticleHtml } from "@/lib/content/markdown";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

/*
 * Issue 16, the second jeweler's trial: Markdown that the page shows other than the author meant.
 * Each problem names its file line (the body starts on line 9 of these articles) and what to write.
 */

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
});

afterEach(() => folder.remove());

/** The checks' problems with the text of one article whose body is `lines`, saved with `ending` after each line, as [line, severity, message]. */
async function surprises(lines: readonly string[], ending = "\n"): Promise<[number | undefined, ContentIssue["severity"], string][]> {
  const fields = { title: '"Ring Sizes"', description: '"How ring sizes are measured at the bench, and what to ask before ordering one."', tags: '["ring sizes"]' };
  await folder.write("content/articles/sizes.md", article(fields, `${lines.join("\n")}\n`).replaceAll("\n", () => ending));
  const issues = await checkCollection(await folder.load(), { publicDir: folder.publicDir, dev: false });
  return issues.map((issue) => [issue.line, issue.severity, issue.message]);
}

describe("Markdown the page would show other than meant", () => {
  it("gets an error where the page is clearly wrong and a warning where it may be meant, each with its line and what to write", async () => {
    expect(
      await surprises([
        "A ring in ** sterling ** silver, and **gold **.", // 9
        "",
        "Find it in [the shop] (https://shop.example/rings).", // 11
        "",
        "Read [our guide(/articles/ring-sizes) first.", // 13
        "",
        "As the assay office says[^2].", // 15
        "",
        "    Silver sleeps in the drawer,", // 17
        "    gold keeps its counsel.",
        "",
        "Rated ** out of five, and a bracket [left open.", // 20
        "",
        "[^3]: The office's own words.", // 22
      ]),
    ).toEqual([
      [9, "error", "`** sterling **` is shown with its asterisks, not in bold, because of the spaces between the asterisks and the words; write `**sterling**`"],
      [9, "error", "`**gold **` is shown with its asterisks, not in bold, because of the space between the asterisks and the words; write `**gold**`"],
      [11, "error", "the link `[the shop] (https://shop.example/rings)` is shown as the text you typed, not as a link, because of the space between `]` and `(`; write `[the shop](https://shop.example/rings)`"],
      [13, "error", "the link `[our guide(/articles/ring-sizes)` is shown as the text you typed, not as a link, because its `[` is never closed with `]`; write `[our guide](/articles/ring-sizes)`"],
      [15, "error", "the footnote mark `[^2]` has no note, so the page shows it as typed; did you mean `[^3]`, the note on line 22? Write `[^3]`"],
      [
        17,
        "warning",
        "lines 17 to 18 are indented by four spaces or more, so the page shows them in a box in typewriter letters, as computer code; for ordinary text, start each line at the left edge: write `Silver sleeps in the drawer,` (for a poem, end each line but the last with `\\` to keep its line breaks)",
      ],
      [
        20,
        "warning",
        "the `**` in `Rated ** out of five, and a bracket [left open.` is shown as two asterisks, because a space stands before it and no word right after it; for bold, write `**` right against the words (`**sterling silver**`); to show asterisks, write `\\*\\*`",
      ],
      [20, "warning", "the `[` in `[left open.` is never closed with `]`, so the page shows it as typed; for a link write `[words](address)`, or, to show the bracket, write `\\[`"],
      [22, "warning", "the footnote `[^3]: …` is left out of the page, because no `[^3]` in the text points to it; write `[^3]` after the words it explains, or delete the note"],
    ]);
  });

  it("finds spaced asterisks in a text with no other mark to look at (bold words alone are not looked at)", async () => {
    expect(await surprises(["Some **bold** words, then a ring in ** sterling ** silver and **gold **."])).toEqual([
      [9, "error", "`** sterling **` is shown with its asterisks, not in bold, because of the spaces between the asterisks and the words; write `**sterling**`"],
      [9, "error", "`**gold **` is shown with its asterisks, not in bold, because of the space between the asterisks and the words; write `**gold**`"],
    ]);
  });

  it("names the line of a mark inside a paragraph of several lines, reads past an escaped mark, and quotes at most 60 characters of a line", async () => {
    expect(
      await surprises([
        "A ring in silver,", // 9
        "then ** alone,",
        "and a last line.",
        "",
        "An escaped \\* star, then a bracket [left open.", // 13
        "",
        "Rated ** by the bench for its polish, its clasp, its weight and its shine.", // 15
        "",
        "Rated ** for its polish, its clasp and its weight, all fine!", // 17: 60 characters
      ]),
    ).toEqual([
      [
        10,
        "warning",
        "the `**` in `then ** alone,` is shown as two asterisks, because a space stands before it and no word right after it; for bold, write `**` right against the words (`**sterling silver**`); to show asterisks, write `\\*\\*`",
      ],
      [13, "warning", "the `[` in `[left open.` is never closed with `]`, so the page shows it as typed; for a link write `[words](address)`, or, to show the bracket, write `\\[`"],
      [
        15,
        "warning",
        "the `**` in `Rated ** by the bench for its polish, its clasp, its weight…` is shown as two asterisks, because a space stands before it and no word right after it; for bold, write `**` right against the words (`**sterling silver**`); to show asterisks, write `\\*\\*`",
      ],
      [
        17,
        "warning",
        "the `**` in `Rated ** for its polish, its clasp and its weight, all fine!` is shown as two asterisks, because a space stands before it and no word right after it; for bold, write `**` right against the words (`**sterling silver**`); to show asterisks, write `\\*\\*`",
      ],
    ]);
  });

  it("speaks of one indented line as one line, and gives it to write without the spaces", async () => {
    expect(await surprises(["Words.", "", "      Gold keeps its counsel."])).toEqual([
      [11, "warning", "line 11 is indented by four spaces or more, so the page shows it in a box in typewriter letters, as computer code; for ordinary text, start it at the left edge: write `Gold keeps its counsel.`"],
    ]);
  });

  it("gives a footnote mark with no note near it the line to add", async () => {
    expect(await surprises(["A claim[^source]."])).toEqual([
      [9, "error", "the footnote mark `[^source]` has no note, so the page shows it as typed; add its note at the end of the text, on a line of its own: `[^source]: The source, or your remark.`"],
    ]);
  });

  it("points a footnote mark with no note at the nearest unread note, named as the author wrote it", async () => {
    expect(await surprises(["Sterling is 92.5% silver[^Alloys], and gold is weighed in karats[^Karat].", "", "[^Alloy]: Sterling adds copper.", "", "[^Karats]: 24 karats are pure gold."])).toEqual([
      [9, "error", "the footnote mark `[^Alloys]` has no note, so the page shows it as typed; did you mean `[^Alloy]`, the note on line 11? Write `[^Alloy]`"],
      [9, "error", "the footnote mark `[^Karat]` has no note, so the page shows it as typed; did you mean `[^Karats]`, the note on line 13? Write `[^Karats]`"],
      [11, "warning", "the footnote `[^Alloy]: …` is left out of the page, because no `[^Alloy]` in the text points to it; write `[^Alloy]` after the words it explains, or delete the note"],
      [13, "warning", "the footnote `[^Karats]: …` is left out of the page, because no `[^Karats]` in the text points to it; write `[^Karats]` after the words it explains, or delete the note"],
    ]);
  });

  it("leaves alone what Markdown reads as meant, marks in code, and marks escaped on purpose", async () => {
    expect(
      await surprises([
        "Sizes run 2~3 mm or 4~5 mm, **bold** and *light*; ~~sold out~~.",
        "",
        "A claim[^1], [a link](/tags/ring-sizes) and [a reference][ref].",
        "",
        "- a list",
        "    - with an item indented four spaces",
        "",
        "Code: `** x **`, `[a] (b)`, `[^9]` and `[open`; escaped: \\*\\* x \\*\\* and \\[open.",
        "",
        "```",
        "** fenced ** [x] (y) [^8]",
        "    indented inside a fence",
        "```",
        "",
        "[^1]: The source.",
        "",
        "[ref]: /tags/ring-sizes",
      ]),
    ).toEqual([]);
  });

  it.each([
    ["Windows", "\r\n"],
    ["an old Mac", "\r"],
  ])("names the same lines in a file saved on %s, marks on the second line of a paragraph included", async (_, ending) => {
    expect(
      await surprises(
        [
          "A ring in silver,", // 9
          "then ** alone, as the office says[^2],",
          "-[ ] polished",
          "",
          "Our shop is open,", // 13
          "see <a href=https://shop.example/?a='b'>the shop</a>",
          "or [write to us](\u00a0mailto:studio@example.com).",
        ],
        ending,
      ),
    ).toEqual([
      [10, "warning", lone("then ** alone, as the office says[^2],")],
      [10, "error", "the footnote mark `[^2]` has no note, so the page shows it as typed; add its note at the end of the text, on a line of its own: `[^2]: The source, or your remark.`"],
      [11, "error", "the page shows `-[ ] polished`, joined to the line above it, as typed, brackets and all, not as a checkbox: a list item has a space after its `-`; write `- [ ] polished`"],
      [
        14,
        "error",
        "the page shows `<a href=https://shop.example/?a='b'>` as typed, not as a link, because the value of its `href` holds `=` and `'` and is not in quotes; put it in double quotes: write `see <a href=\"https://shop.example/?a='b'\">the shop</a>`",
      ],
      [
        15,
        "error",
        "the link `[write to us](\\u{a0}mailto:studio@example.com)` does not work: its address starts with a non-breaking space (`\\u{a0}`), which looks like a space but is not one, and Markdown keeps it as part of the address, so the page shows its words as plain text; write `or [write to us](mailto:studio@example.com).`",
      ],
    ]);
  });
});

const lone = (line: string) =>
  `the \`**\` in \`${line}\` is shown as two asterisks, because a space stands before it and no word right after it; for bold, write \`**\` right against the words (\`**sterling silver**\`); to show asterisks, write \`\\*\\*\``;
const open = (from: string) => `the \`[\` in \`${from}\` is never closed with \`]\`, so the page shows it as typed; for a link write \`[words](address)\`, or, to show the bracket, write \`\\[\``;

describe("the edges of asterisks, brackets and spaced links shown as typed", () => {
  it.each<[string, string[], [number, ContentIssue["severity"], string][]]>([
    [
      "a pair with a space inside only after the first `**`, below another paragraph",
      ["Words first, on a line of their own.", "", "A ring in ** gold**."],
      [[11, "error", "`** gold**` is shown with its asterisks, not in bold, because of the space between the asterisks and the words; write `**gold**`"]],
    ],
    [
      "a pair with a space inside only before the last `**`, below another paragraph",
      ["Words first, on a line of their own.", "", "A ring in **gold **."],
      [[11, "error", "`**gold **` is shown with its asterisks, not in bold, because of the space between the asterisks and the words; write `**gold**`"]],
    ],
    [
      "a pair whose space inside is a no-break space",
      ["A ring in **\u00a0sterling ** silver."],
      [[9, "error", "`**\\u{a0}sterling **` is shown with its asterisks, not in bold, because of the spaces between the asterisks and the words; write `**sterling**`"]],
    ],
    [
      // It was told as two `**` alone, the second with a line to write that still showed asterisks.
      "a pair whose only space inside is a no-break space",
      ["A ring in **\u00a0sterling** silver."],
      [[9, "error", "`**\\u{a0}sterling**` is shown with its asterisks, not in bold, because of the space between the asterisks and the words; write `**sterling**`"]],
    ],
    [
      "a pair with no space inside, not bold because a `?` stands inside, gets the warning of its first `**` only",
      ["Rated **?**stars."],
      [[9, "warning", lone("Rated **?**stars.")]],
    ],
    [
      "a `**` glued to a word on one side is told apart from one with a space before it (tests/unit/glued-stars.test.ts)",
      ["A ring in sterling** silver,", "", "rated ** out of five."],
      [
        [9, "warning", "the `**` in `A ring in sterling** silver,` is shown as two asterisks, because no `**` before `sterling` opens the bold; for bold, write `A ring in **sterling** silver,` (the first `**` before the first word meant in bold); to show asterisks, write `\\*\\*`"],
        [11, "warning", lone("rated ** out of five.")],
      ],
    ],
    [
      "a `**` on a line indented under the paragraph's first is quoted without the spaces",
      ["A ring,", "  rated ** out of five."],
      [[10, "warning", lone("rated ** out of five.")]],
    ],
    [
      "a pair of `**` that both open bold gets the same message beside another mark as alone (tests/unit/glued-stars.test.ts)",
      ["A ring in **sterling **silver.", "", "A bracket [left open."],
      [
        [9, "error", "`**sterling **` is shown with its asterisks, not in bold, because of the space between the asterisks and the words: bold needs its asterisks right against its words, and a space outside them; write `A ring in **sterling** silver.`"],
        [11, "warning", open("[left open.")],
      ],
    ],
    [
      "a spaced pair whose words hold a comma is still one pair",
      ["A ring in ** silver, or gold ** as you like."],
      [[9, "error", "`** silver, or gold **` is shown with its asterisks, not in bold, because of the spaces between the asterisks and the words; write `**silver, or gold**`"]],
    ],
    [
      "a spaced pair whose words hold brackets is still one pair",
      ["A ring in ** sterling (925) ** silver."],
      [[9, "error", "`** sterling (925) **` is shown with its asterisks, not in bold, because of the spaces between the asterisks and the words; write `**sterling (925)**`"]],
    ],
    [
      "words in brackets, a space, then words in parentheses starting with an address, are a warning with the link to write",
      ["See [the shop] (https://shop.example/rings open daily)."],
      [[9, "warning", "`[the shop]` is followed by a space and `(`, so if it was meant as a link the page shows it as typed; a link has no space between `]` and `(`: `[the shop](/articles/…)`"]],
    ],
    [
      "empty parentheses are no address either",
      ["See [the shop] () below."],
      [[9, "warning", "`[the shop]` is followed by a space and `(`, so if it was meant as a link the page shows it as typed; a link has no space between `]` and `(`: `[the shop](/articles/…)`"]],
    ],
    [
      "two spaced links on a line are each named with their own address",
      ["See [the shop] () or [the bench] (/articles/ring-sizes)."],
      [
        [9, "warning", "`[the shop]` is followed by a space and `(`, so if it was meant as a link the page shows it as typed; a link has no space between `]` and `(`: `[the shop](/articles/…)`"],
        [9, "error", "the link `[the bench] (/articles/ring-sizes)` is shown as the text you typed, not as a link, because of the space between `]` and `(`; write `[the bench](/articles/ring-sizes)`"],
      ],
    ],
    [
      "two spaces between `]` and `(` are quoted as typed",
      ["Find it in [the shop]  (https://shop.example/rings)."],
      [[9, "error", "the link `[the shop]  (https://shop.example/rings)` is shown as the text you typed, not as a link, because of the space between `]` and `(`; write `[the shop](https://shop.example/rings)`"]],
    ],
    [
      "a file's name in parentheses, which may be an address, is a warning",
      ["See [sizes] (chart.pdf)."],
      [[9, "warning", "the link `[sizes] (chart.pdf)` is shown as the text you typed, not as a link, because of the space between `]` and `(`; write `[sizes](chart.pdf)`"]],
    ],
    [
      "a `[` right after a `]` is still never closed",
      ["Ring sizes (UK)][left open."],
      [[9, "warning", open("[left open.")]],
    ],
    [
      "a `[` left open before a link missing its `]` is named apart from it",
      ["A bracket [left open, then [our guide(/articles/ring-sizes) first."],
      [
        [9, "warning", open("[left open, then [our guide(/articles/ring-sizes) first.")],
        [9, "error", "the link `[our guide(/articles/ring-sizes)` is shown as the text you typed, not as a link, because its `[` is never closed with `]`; write `[our guide](/articles/ring-sizes)`"],
      ],
    ],
    [
      "a link missing its `]`, with a space before its `(`, gets the link to write without it",
      ["Read [our guide (/articles/ring-sizes) first."],
      [[9, "error", "the link `[our guide (/articles/ring-sizes)` is shown as the text you typed, not as a link, because its `[` is never closed with `]`; write `[our guide](/articles/ring-sizes)`"]],
    ],
  ])("%s", async (_, lines, expected) => {
    expect(await surprises(lines)).toEqual(expected);
  });

  it("a `**` at the very end of the file, with no line break after it, stands alone", async () => {
    const fields = { title: '"Ring Sizes"', description: '"How ring sizes are measured at the bench, and what to ask before ordering one."', tags: '["ring sizes"]' };
    await folder.write("content/articles/sizes.md", article(fields, "Rated five stars **"));
    const issues = await checkCollection(await folder.load(), { publicDir: folder.publicDir, dev: false });
    expect(issues.map((issue) => [issue.line, issue.severity, issue.message])).toEqual([[9, "warning", lone("Rated five stars **")]]);
  });

  it("a `**` glued to the last word of the file, with no line break after it, gets the line that makes the word bold", async () => {
    const fields = { title: '"Ring Sizes"', description: '"How ring sizes are measured at the bench, and what to ask before ordering one."', tags: '["ring sizes"]' };
    await folder.write("content/articles/sizes.md", article(fields, "Our chains are sterling**"));
    const issues = await checkCollection(await folder.load(), { publicDir: folder.publicDir, dev: false });
    expect(issues.map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [9, "warning", "the `**` in `Our chains are sterling**` is shown as two asterisks, because no `**` before `sterling` opens the bold; for bold, write `Our chains are **sterling**` (the first `**` before the first word meant in bold); to show asterisks, write `\\*\\*`"],
    ]);
  });
});

describe("tildes", () => {
  it("strike text out only in pairs (`~~sold out~~`): one tilde between two sizes is shown as typed", async () => {
    const html = await renderArticleHtml("Sizes run 2~3 mm or 4~5 mm; ~~sold out~~.\n", { publicDir: path.resolve("public") });
    expect(html).toBe("<p>Sizes run 2~3 mm or 4~5 mm; <del>sold out</del>.</p>");
  });
});

describe("Markdown an author's bio would show other than meant", () => {
  it("is found in the bio too, on its file line", async () => {
    await folder.write("content/authors/isla.md", '---\nname: Isla Marrow\nrole: "Owner"\n---\nIsla sets stones in ** sterling ** silver.\n');
    const issues = await checkCollection(await folder.load(), { publicDir: folder.publicDir, dev: false });
    expect(issues.map((issue) => [issue.file, issue.line, issue.severity, issue.message])).toEqual([
      ["content/authors/isla.md", 5, "error", "`** sterling **` is shown with its asterisks, not in bold, because of the spaces between the asterisks and the words; write `**sterling**`"],
    ]);
  });
});

describe("the page's Markdown readers", () => {
  it("are loaded only for a text holding a mark the checks look for, so most journals never load them", async () => {
    const readers = vi.fn(async () => renderers);
    await folder.write("content/articles/sizes.md", article({}, "Some **bold** words and [a link](/authors/isla).\n"));
    expect(await checkMarkdownSurprises(pagesToCheck(await folder.load()), readers, folder.publicDir)).toEqual([]);
    expect(readers).not.toHaveBeenCalled();
    await folder.write("content/articles/sizes.md", article({}, "A ring in ** sterling ** silver.\n"));
    expect((await checkMarkdownSurprises(pagesToCheck(await folder.load()), readers, folder.publicDir)).map((issue) => [issue.file, issue.line])).toEqual([["content/articles/sizes.md", 9]]);
    expect(readers).toHaveBeenCalledTimes(1);
  });

  it("are not loaded for notes each closed with `-->`, as the article template's own", async () => {
    const readers = vi.fn(async () => renderers);
    await folder.write("content/articles/sizes.md", article({}, "<!-- TODO photos -->\nKeep it dry.\n\n<!-- ask Ottilie -->\n\n<!-->\n"));
    expect(await checkMarkdownSurprises(pagesToCheck(await folder.load()), readers, folder.publicDir)).toEqual([]);
    expect(readers).not.toHaveBeenCalled();
  });

  it("are not loaded for tags Markdown reads as a browser does, values in quotes or without a space", async () => {
    const readers = vi.fn(async () => renderers);
    await folder.write("content/articles/sizes.md", article({}, 'Ask <a href="/authors/isla" title="Isla Marrow">Isla</a> or <abbr title=IM>the owner</abbr>.\n'));
    expect(await checkMarkdownSurprises(pagesToCheck(await folder.load()), readers, folder.publicDir)).toEqual([]);
    expect(readers).not.toHaveBeenCalled();
  });
});
