import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";
import { checkCollection } from "@/lib/checks/check-collection";
import { article } from "../helpers/content-folder";

/*
 * A jeweler's trial (2026-12-07): a code box opened with ``` and never closed showed every later
 * section, `## Drying` and `## Storage`, in a grey box, out of the contents, with no message. Each
 * such box is an error on its fence's file line (the text starts on line 9) naming the lines it
 * holds; with the closing line added where the message says, or the fence's line deleted, the
 * article passes and the page shows the sections.
 */

const { problems, html: page, folder } = articlePerTest("polishing.md");

const POLISHING = ["Polish with this:", "", "```", "rouge, then a soft cloth", "", "## Drying", "", "Pat it dry.", "", "## Storage", "", "Keep it apart."];

/** `text` with `line` (a file line: the text's first is 9) written under file line `under`. */
const withLine = (text: string, under: number, line: string) => {
  const lines = text.split("\n");
  lines.splice(under - 8, 0, line);
  return lines.join("\n");
};

describe("what a message says of a code box never closed: its lines, where its code likely ends, its headings, its closing line", () => {
  it.each([
    [
      "a box of one line names that line alone",
      "Polish with this:\n\n```\nrouge",
      "11: warning: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box, to the text's end (line 12); if that is all code, add a line ``` under line 12; if not, add it under the code's last line; or delete the line",
    ],
    [
      "a list line under a line of code, with no blank line between, is still code",
      "Polish with this:\n\n```\nrouge\n- a soft cloth\n\n## Drying\n\nPat it dry.",
      "11: error: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box (lines 12 to 17, the rest of the text), and leaves the heading `Drying` out of the contents; add a line ``` under the code's last line: if the code ends with line 13, under line 13; or delete the line",
    ],
    [
      "code whose first line starts as a list does",
      "Polish with this:\n\n```\n- rouge\n\n## Drying\n\nPat it dry.",
      "11: error: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box (lines 12 to 16, the rest of the text), and leaves the heading `Drying` out of the contents; add a line ``` under the code's last line: if the code ends with line 12, under line 12; or delete the line",
    ],
    [
      "a blank line holding spaces, before a heading",
      "Polish with this:\n\n```\nrouge\n   \n## Drying\n\nPat it dry.",
      "11: error: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box (lines 12 to 16, the rest of the text), and leaves the heading `Drying` out of the contents; add a line ``` under the code's last line: if the code ends with line 12, under line 12; or delete the line",
    ],
    [
      "a blank line first in the box",
      "Polish with this:\n\n```\n\nrouge\n\n## Drying",
      "11: error: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box (lines 12 to 15, the rest of the text), and leaves the heading `Drying` out of the contents; add a line ``` under the code's last line: if the code ends with line 13, under line 13; or delete the line",
    ],
    [
      "three headings, one closed with #s",
      "Polish with this:\n\n```\nrouge\n\n## Drying\n\n## Storage ##\n\n## Buffing",
      "11: error: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box (lines 12 to 18, the rest of the text), and leaves the headings `Drying`, `Storage` and `Buffing` out of the contents; add a line ``` under the code's last line: if the code ends with line 12, under line 12; or delete the line",
    ],
    [
      "a heading with no words, `# #`, which the contents cannot list",
      "Polish with this:\n\n```\nrouge\n\n# #\n\n## Drying",
      "11: error: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box (lines 12 to 16, the rest of the text), and leaves the heading `Drying` out of the contents; add a line ``` under the code's last line: if the code ends with line 12, under line 12; or delete the line",
    ],
  ])("%s", async (_, text, message) => {
    expect(await problems(text)).toEqual([message]);
  });

  it.each([
    [
      "a box in a quote in a quote: both `>`, and no more",
      "> > ```\n> > rouge\n> >\n> > ## Drying\n\nPat it dry.",
      "9: error: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box (lines 10 to 12, the rest of the quote), and leaves the heading `Drying` out of the contents; add a line > > ``` under the code's last line: if the code ends with line 10, under line 10; or delete the line",
      "> > ```\n> > rouge\n> > ```\n> >\n> > ## Drying\n\nPat it dry.",
    ],
    [
      "a box in a list item in a quote: the `>`, then as far in as the fence",
      "> - ```\n>   rouge\n>\n>   ## Drying\n\nPat it dry.",
      "9: error: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box (lines 10 to 12, the rest of the list item), and leaves the heading `Drying` out of the contents; add a line >   ``` under the code's last line, as far in as this line's ```: if the code ends with line 10, under line 10; or delete ``` from the line",
      "> - ```\n>   rouge\n>   ```\n>\n>   ## Drying\n\nPat it dry.",
    ],
  ])("%s: the closing line given closes it", async (_, text, message, written) => {
    expect(await problems(text)).toEqual([message]);
    expect(await problems(written)).toEqual([]);
  });

  it("tells nothing of a box indented four spaces whose first line is a fence, which is code, not a fence", async () => {
    expect(await problems("Polish with this:\n\n    ```\n    rouge\n\nPat it dry.")).toEqual([]);
  });
});

describe("a code box never closed", () => {
  it("shows the sections under it as code, out of the contents, as the message says", async () => {
    const shown = await page(POLISHING.join("\n"));
    expect(shown).toContain("## Drying");
    expect(shown).not.toContain("<h2");
  });

  it.each([
    [
      "the trial's article",
      POLISHING.join("\n"),
      "11: error: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box (lines 12 to 20, the rest of the text), and leaves the headings `Drying` and `Storage` out of the contents; add a line ``` under the code's last line: if the code ends with line 12, under line 12; or delete the line",
      withLine(POLISHING.join("\n"), 12, "```"),
    ],
    [
      "a box opened with ~~~, which a ``` inside does not close",
      "Polish with this:\n\n~~~\nrouge\n```\n\n## Drying\n\nPat it dry.",
      "11: error: the code box opened with ~~~ is never closed, so the page shows everything under it as computer code, in a grey box (lines 12 to 17, the rest of the text), and leaves the heading `Drying` out of the contents; add a line ~~~ under the code's last line: if the code ends with line 13, under line 13; or delete the line",
      withLine("Polish with this:\n\n~~~\nrouge\n```\n\n## Drying\n\nPat it dry.", 13, "~~~"),
    ],
    [
      "a box in a quote, which holds the rest of the quote",
      "> ```\n> rouge\n>\n> **Then** buff it.\n\nPat it dry.",
      "9: error: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box (lines 10 to 12, the rest of the quote); add a line > ``` under the code's last line: if the code ends with line 10, under line 10; or delete the line",
      withLine("> ```\n> rouge\n>\n> **Then** buff it.\n\nPat it dry.", 10, "> ```"),
    ],
    [
      "a box in a list item, closed as far in as its fence",
      "- Polish:\n\n  ```\n  rouge\n\n  Then buff it.\n\n## Drying",
      "11: error: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box (lines 12 to 14, the rest of the list item); add a line ``` under the code's last line, as far in as this line's ```; or delete the line",
      withLine("- Polish:\n\n  ```\n  rouge\n\n  Then buff it.\n\n## Drying", 12, "  ```"),
    ],
  ])("%s: an error naming the lines it holds, and the line given closes it", async (_, text, message, written) => {
    expect(await problems(text)).toEqual([message]);
    expect(await problems(written)).toEqual([]);
  });

  it("shows the sections once the line given closes the box, or once the fence's line is deleted", async () => {
    const closed = await page(withLine(POLISHING.join("\n"), 12, "```"));
    expect(closed).toContain("<code>rouge, then a soft cloth\n</code>");
    expect(closed).toContain('<h2 id="drying">');
    const deleted = POLISHING.filter((line) => line !== "```").join("\n");
    expect(await problems(deleted)).toEqual([]);
    expect(await page(deleted)).toContain('<h2 id="storage">');
  });

  it("tells to take the fence off a list item's line, not to delete the item", async () => {
    expect(await problems("- ```\n  rouge\n\n  - then a soft cloth\n\nPat it dry.")).toEqual([
      "9: error: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box (lines 10 to 12, the rest of the list item); add a line ``` under the code's last line, as far in as this line's ```: if the code ends with line 10, under line 10; or delete ``` from the line",
    ]);
    expect(await problems("- ```\n  rouge\n  ```\n\n  - then a soft cloth\n\nPat it dry.")).toEqual([]);
  });

  it.each([
    [
      "a list item's box closed at the left edge",
      "- Polish with this:\n\n  ```\n  rouge\n```\n\n## Drying\n\nPat it dry.",
      "11: error: the ``` on line 13, meant to close the code box opened with ``` on this line, is not as far in as this line's ```, so the page ends the list item above it and opens another code box there, showing everything under it as computer code (lines 14 to 17, the rest of the text), and leaves the heading `Drying` out of the contents; write line 13 as ```, as far in as this line's ```",
      "- Polish with this:\n\n  ```\n  rouge\n  ```\n\n## Drying\n\nPat it dry.",
    ],
    [
      "a quote's box closed without its `>`, on the text's last line",
      "> ```\n> rouge\n```",
      "9: error: the ``` on line 11, meant to close the code box opened with ``` on this line, does not start with the quote's `>`, so the page ends the quote above it and shows an empty grey box there; write line 11 as > ```",
      "> ```\n> rouge\n> ```",
    ],
  ])("%s: one error, on the box's fence, and the line given closes it", async (_, text, message, written) => {
    expect(await problems(text)).toEqual([message]);
    expect(await problems(written)).toEqual([]);
    expect(await page(written)).toContain("<code>rouge\n</code>");
  });

  it("warns of a box whose lines run to the text's end with no blank line, likely all code, and gives its last line", async () => {
    const text = "Polish with this:\n\n```\nrouge\nthen a soft cloth";
    expect(await problems(text)).toEqual([
      "11: warning: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box, to the text's end (lines 12 to 13); if that is all code, add a line ``` under line 13; if not, add it under the code's last line; or delete the line",
    ]);
    expect(await problems(`${text}\n\`\`\``)).toEqual([]);
  });

  it("is an error when it holds nothing, which the page shows as an empty grey box", async () => {
    expect(await problems("Polish with this:\n\n```js")).toEqual([
      "11: error: the code box opened with ``` is never closed and holds nothing, so the page shows an empty grey box; delete the line, or write the code under it and a line ``` under the code's last line",
    ]);
    expect(await page("Polish with this:\n\n```js")).toContain("<pre>");
  });

  it("passes a box closed on the file's last line, with no line break after it", async () => {
    await folder().write("content/articles/polishing.md", article({}, "Polish with this:\n\n```\nrouge\n```"));
    expect(await checkCollection(await folder().load(), { publicDir: folder().publicDir, dev: false })).toEqual([]);
  });

  it.each([
    "Polish with this:\n\n```\nrouge\n\n## not a heading\n```\n\n## Drying",
    "Polish with this:\n\n```js\nrouge\n```   \n\nPat it dry.",
    "Polish with this:\n\n~~~\nrouge\n```\n~~~~\n\nPat it dry.",
    "Polish with this:\n\n````\n```\nrouge\n```\n````",
    "> ```\n> rouge\n> ```\n\nPat it dry.",
    "- Polish:\n\n  ```\n  rouge\n  ```\n\n- Dry.",
    "Polish with ```rouge``` and a cloth.",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});

/*
 * What is read as a box's blank line, a box right under the front matter, and which fence at the left
 * edge under a quote's or list item's box is told as the box's closing line written too far out:
 * only one that could close it (the same mark, as long or longer, nothing after it), with nothing
 * but blank lines between.
 */
describe("a code box never closed, and the fence under it at the left edge", () => {
  it("reads a line of spaces in the box as a blank line, after which the code may have ended", async () => {
    expect(await problems("Polish with this:\n\n```\nrouge\n  \nthen a soft cloth")).toEqual([
      "11: error: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box (lines 12 to 14, the rest of the text); add a line ``` under the code's last line; or delete the line",
    ]);
  });

  it("tells a box opened on the body's first line, right under the front matter, once", async () => {
    await folder().write("content/articles/polishing.md", article({}, "```\nrouge\n\n## Drying\n").replace("---\n\n", "---\n"));
    const issues = await checkCollection(await folder().load(), { publicDir: folder().publicDir, dev: false });
    expect(issues.map(({ line, severity, message }) => `${line ?? "-"}: ${severity}: ${message}`)).toEqual([
      "8: error: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box (lines 9 to 11, the rest of the text), and leaves the heading `Drying` out of the contents; add a line ``` under the code's last line: if the code ends with line 9, under line 9; or delete the line",
    ]);
  });

  it("tells a quote's box closed without its `>` on the file's last line, with no line break after it", async () => {
    await folder().write("content/articles/polishing.md", article({}, "> ```\n> rouge\n```"));
    const issues = await checkCollection(await folder().load(), { publicDir: folder().publicDir, dev: false });
    expect(issues.map(({ line, severity, message }) => `${line ?? "-"}: ${severity}: ${message}`)).toEqual([
      "9: error: the ``` on line 11, meant to close the code box opened with ``` on this line, does not start with the quote's `>`, so the page ends the quote above it and shows an empty grey box there; write line 11 as > ```",
    ]);
  });

  const quoteBox =
    "9: warning: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box, to the quote's end (line 10); if that is all code, add a line > ``` under line 10; if not, add it under the code's last line; or delete the line";

  it.each([
    [
      "a ~~~ under a box opened with ```",
      "> ```\n> rouge\n~~~\nbuff it",
      [
        quoteBox,
        "11: warning: the code box opened with ~~~ is never closed, so the page shows everything under it as computer code, in a grey box, to the text's end (line 12); if that is all code, add a line ~~~ under line 12; if not, add it under the code's last line; or delete the line",
      ],
    ],
    [
      "a ``` under a box opened with ````",
      "> ````\n> rouge\n```\nbuff it",
      [
        "9: warning: the code box opened with ```` is never closed, so the page shows everything under it as computer code, in a grey box, to the quote's end (line 10); if that is all code, add a line > ```` under line 10; if not, add it under the code's last line; or delete the line",
        "11: warning: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box, to the text's end (line 12); if that is all code, add a line ``` under line 12; if not, add it under the code's last line; or delete the line",
      ],
    ],
    [
      "a ```js, which opens a box of its own",
      "> ```\n> rouge\n```js\nbuff it",
      [
        quoteBox,
        "11: warning: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box, to the text's end (line 12); if that is all code, add a line ``` under line 12; if not, add it under the code's last line; or delete the line",
      ],
    ],
    [
      "a ``` after a paragraph under the quote",
      "> ```\n> rouge\n\nPat it dry.\n\n```\nbuff it",
      [
        quoteBox,
        "14: warning: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box, to the text's end (line 15); if that is all code, add a line ``` under line 15; if not, add it under the code's last line; or delete the line",
      ],
    ],
    ["a ``` opening a box closed under it", "> ```\n> rouge\n\n```\nbuff it\n```", [quoteBox]],
  ])("%s: not the quote's box's closing line, each box told on its own fence", async (_, text, messages) => {
    expect(await problems(text)).toEqual(messages);
  });

  it.each([
    [
      "a list item's box closed after a blank line, less far in than the item's words",
      "- Polish:\n\n  ```\n  rouge\n\n ```\n\n## Drying",
      "11: error: the ``` on line 14, meant to close the code box opened with ``` on this line, is not as far in as this line's ```, so the page ends the list item above it and opens another code box there, showing everything under it as computer code (lines 15 to 16, the rest of the text), and leaves the heading `Drying` out of the contents; write line 14 as ```, as far in as this line's ```",
      "- Polish:\n\n  ```\n  rouge\n\n  ```\n\n## Drying",
      "<code>rouge\n\n</code>",
    ],
    [
      "a quote's box closed without its `>`, with spaces after the fence",
      "> ```\n> rouge\n```  \nbuff it",
      "9: error: the ``` on line 11, meant to close the code box opened with ``` on this line, does not start with the quote's `>`, so the page ends the quote above it and opens another code box there, showing everything under it as computer code (line 12, the rest of the text); write line 11 as > ```",
      "> ```\n> rouge\n> ```  \nbuff it",
      "<code>rouge\n</code>",
    ],
  ])("%s: one error, on the box's fence, and the line given closes it", async (_, text, message, written, code) => {
    expect(await problems(text)).toEqual([message]);
    expect(await problems(written)).toEqual([]);
    expect(await page(written)).toContain(code);
  });
});

// Seen sorting open-fences.ts's mutants: a closing line four spaces in is code, so the page showed the ``` in the box, and nothing was told.
describe("a box's closing ``` indented four spaces or more, which the page shows as code", () => {
  it.each([
    [
      "in a quote",
      "Polish:\n\n> ```\n> rouge\n>     ```\n\nDry it.",
      "11: error: the code box opened with ``` is never closed: the ``` on line 13, meant to close it, is indented four spaces or more, so the page shows it as code, in the grey box; write line 13 as > ```",
      "Polish:\n\n> ```\n> rouge\n> ```\n\nDry it.",
    ],
    [
      "in a list item",
      "- Polish:\n\n  ```\n  rouge\n      ```\n\nDry it.",
      "11: error: the code box opened with ``` is never closed: the ``` on line 13, meant to close it, is indented four spaces or more, so the page shows it as code, in the grey box; write line 13 as ```, as far in as this line's ```",
      "- Polish:\n\n  ```\n  rouge\n  ```\n\nDry it.",
    ],
    [
      "at the text's end",
      "Polish:\n\n```\nrouge\n    ```",
      "11: error: the code box opened with ``` is never closed: the ``` on line 13, meant to close it, is indented four spaces or more, so the page shows it as code, in the grey box; write line 13 as ```",
      "Polish:\n\n```\nrouge\n```",
    ],
  ])("%s: an error on the box's fence, and the line given closes it", async (_, text, message, written) => {
    expect(await problems(text)).toEqual([message]);
    expect(await problems(written)).toEqual([]);
    expect(await page(written)).toContain("<code>rouge\n</code>");
  });

  it("inside a longer box, as its code, passes", async () => {
    expect(await problems("Polish:\n\n````\n```\n    ````\n````\n\nDry it.")).toEqual([]);
    expect(await problems("Polish:\n\n> ```\n>\n> ```\n\nDry it.")).toEqual([]);
  });
});
