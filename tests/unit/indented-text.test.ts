import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * Words five spaces or more after a list's mark (`1.⇥⇥Plain bands`, `-     Gold`) are code inside
 * the item, and a line indented four spaces more than an item's words or a quote's `>` is code
 * inside them: the line to write keeps the mark, the indent or the `>`, so the words stay in their
 * list or quote (the warning said to start at the left edge, which drops them out of it). The text
 * starts on file line 9; written as told, the article passes and the page shows no code box.
 */

const { problems, html } = articlePerTest("resizing.md");

const AFTER_MARK = "so the page shows its words in a box in typewriter letters, as computer code, inside the list; for ordinary text, leave one space after the mark: write";
const TAB = " (a tab counts as up to 4 spaces)";
const INDENTED = "is indented by four spaces or more, so the page shows it in a box in typewriter letters, as computer code; for ordinary text, start it";

describe("text the page shows as code inside a list item or a quote", () => {
  it.each([
    ["1.\t\tPlain bands", "1. Plain bands", `9: warning: line 9 has five spaces or more between its list's mark and its words${TAB}, ${AFTER_MARK} \`1. Plain bands\``, "<ol>\n<li>Plain bands</li>\n</ol>"],
    ["-     Gold", "- Gold", `9: warning: line 9 has five spaces or more between its list's mark and its words, ${AFTER_MARK} \`- Gold\``, "<ul>\n<li>Gold</li>\n</ul>"],
    [
      "1. Plain bands\n2.     Stone-set rings",
      "1. Plain bands\n2. Stone-set rings",
      `10: warning: line 10 has five spaces or more between its list's mark and its words, ${AFTER_MARK} \`2. Stone-set rings\``,
      "<ol>\n<li>Plain bands</li>\n<li>Stone-set rings</li>\n</ol>",
    ],
    ["> 1.\t\tPlain bands", "> 1. Plain bands", `9: warning: line 9 has five spaces or more between its list's mark and its words${TAB}, ${AFTER_MARK} \`> 1. Plain bands\``, "<blockquote>\n<ol>\n<li>Plain bands</li>\n</ol>\n</blockquote>"],
    ["- Gold\n  1.\t\tyellow", "- Gold\n  1. yellow", `10: warning: line 10 has five spaces or more between its list's mark and its words${TAB}, ${AFTER_MARK} \`  1. yellow\``, "<ul>\n<li>Gold\n<ol>\n<li>yellow</li>\n</ol>\n</li>\n</ul>"],
    [
      "1.\t\tPlain bands\n\t\tup or down two sizes",
      "1. Plain bands\n\t\tup or down two sizes",
      `9: warning: line 9 has five spaces or more between its list's mark and its words${TAB}, so the page shows its words and line 10 in a box in typewriter letters, as computer code, inside the list; for ordinary text, leave one space after the mark: write \`1. Plain bands\` (for a poem, end each line but the last with \`\\\` to keep its line breaks)`,
      "<ol>\n<li>Plain bands\nup or down two sizes</li>\n</ol>",
    ],
    [
      "1. Plain bands\n\n        up or down two sizes",
      "1. Plain bands\n\n   up or down two sizes",
      `11: warning: line 11 ${INDENTED} as far in as the item's words: write \`   up or down two sizes\``,
      "<ol>\n<li>\n<p>Plain bands</p>\n<p>up or down two sizes</p>\n</li>\n</ol>",
    ],
    [">     Gold keeps its counsel.", "> Gold keeps its counsel.", `9: warning: line 9 ${INDENTED} one space after the \`>\`: write \`> Gold keeps its counsel.\``, "<blockquote>\n<p>Gold keeps its counsel.</p>\n</blockquote>"],
    [
      "1. >     Our studio opens at ten.",
      "1. > Our studio opens at ten.",
      `9: warning: line 9 ${INDENTED} one space after the \`>\`: write \`1. > Our studio opens at ten.\``,
      "<ol>\n<li>\n<blockquote>\n<p>Our studio opens at ten.</p>\n</blockquote>\n</li>\n</ol>",
    ],
    [
      "- >      Our studio opens at ten.",
      "- > Our studio opens at ten.",
      `9: warning: line 9 ${INDENTED} one space after the \`>\`: write \`- > Our studio opens at ten.\``,
      "<ul>\n<li>\n<blockquote>\n<p>Our studio opens at ten.</p>\n</blockquote>\n</li>\n</ul>",
    ],
    [">\t\tGold keeps its counsel.", "> Gold keeps its counsel.", `9: warning: line 9 ${INDENTED} one space after the \`>\`: write \`> Gold keeps its counsel.\``, "<blockquote>\n<p>Gold keeps its counsel.</p>\n</blockquote>"],
  ])("%j: a warning with the line to write, which keeps the words in their list or quote", async (text, written, message, shown) => {
    expect(await problems(text)).toEqual([message]);
    expect(await html(text)).toContain("<pre><code>");
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).toBe(shown);
  });

  it("gives a note's line as the note reads it, with fewer spaces", async () => {
    const [text, written] = ["A claim[^1].\n\n[^1]: The source.\n\n        Gold keeps its counsel.", "A claim[^1].\n\n[^1]: The source.\n\n    Gold keeps its counsel."];
    expect(await problems(text)).toEqual([`13: warning: line 13 ${INDENTED} with fewer spaces: write \`    Gold keeps its counsel.\``]);
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).toContain('<p>The source.</p>\n<p>Gold keeps its counsel. <a href="#user-content-fnref-1"');
  });
});
