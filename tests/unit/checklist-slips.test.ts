import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The third jeweler's trial: checklist lines the page shows with their brackets instead of a
 * checkbox, with no message. Each gets an error on its file line (the text starts on line 9),
 * saying what the page shows and the line to write.
 */

const { problems, html: page } = articlePerTest("polishing.md");

const SHOWN = "as typed, brackets and all, not as a checkbox:";

describe("a checklist line the page shows with its brackets", () => {
  it.each([
    ["- [ ]", "[ ]", "9: error: `- [ ]` has no words after it, so the page shows `[ ]` as typed, not a checkbox; write the words it stands for after it, on the same line, like `- [ ] Polished`"],
    ["- [\t]", "[\t]", "9: error: `- [\\t]` has no words after it, so the page shows `[\\t]` as typed, not a checkbox; write the words it stands for after it, on the same line, like `- [ ] Polished`"],
    ["- [x]", "[x]", "9: error: `- [x]` has no words after it, so the page shows `[x]` as typed, not a checkbox; write the words it stands for after it, on the same line, like `- [x] Polished`"],
    ["- [] Polish the clasp", "[] Polish the clasp", `9: error: the page shows \`[] Polish the clasp\` ${SHOWN} a checkbox has one space between its brackets; write \`- [ ] Polish the clasp\``],
    ["- [ x] Polish the clasp", "[ x] Polish the clasp", `9: error: the page shows \`[ x] Polish the clasp\` ${SHOWN} a ticked checkbox has only an \`x\` between its brackets; write \`- [x] Polish the clasp\``],
    ["- [X ] Polish the clasp", "[X ] Polish the clasp", `9: error: the page shows \`[X ] Polish the clasp\` ${SHOWN} a ticked checkbox has only an \`x\` between its brackets; write \`- [x] Polish the clasp\``],
    ["- [  ] Polish the clasp", "[  ] Polish the clasp", `9: error: the page shows \`[  ] Polish the clasp\` ${SHOWN} a checkbox has one space between its brackets; write \`- [ ] Polish the clasp\``],
    ["- [ ]Polish the clasp", "[ ]Polish the clasp", `9: error: the page shows \`[ ]Polish the clasp\` ${SHOWN} a space comes after \`]\`; write \`- [ ] Polish the clasp\``],
    ["1. [] Polish the clasp", "[] Polish the clasp", `9: error: the page shows \`[] Polish the clasp\` ${SHOWN} a checkbox has one space between its brackets; write \`1. [ ] Polish the clasp\``],
    ["> - [] Polish the clasp", "[] Polish the clasp", `9: error: the page shows \`[] Polish the clasp\` ${SHOWN} a checkbox has one space between its brackets; write \`- [ ] Polish the clasp\``],
    ["-[ ] Polish the clasp", "-[ ] Polish the clasp", `9: error: the page shows \`-[ ] Polish the clasp\` ${SHOWN} a list item has a space after its \`-\`; write \`- [ ] Polish the clasp\``],
    ["-[] Polish the clasp", "-[] Polish the clasp", `9: error: the page shows \`-[] Polish the clasp\` ${SHOWN} a list item has a space after its \`-\`, and a checkbox has one space between its brackets; write \`- [ ] Polish the clasp\``],
    [
      "- [ ] Clean the stones\n-[ ] Polish the clasp",
      "-[ ] Polish the clasp",
      `10: error: the page shows \`-[ ] Polish the clasp\`, joined to the line above it, ${SHOWN} a list item has a space after its \`-\`; write \`- [ ] Polish the clasp\``,
      1,
    ],
    [
      "- [x] Clean the stones\n- [ ] Check the prongs\n  -[x] Polish the clasp",
      "-[x] Polish the clasp",
      `11: error: the page shows \`-[x] Polish the clasp\`, joined to the line above it, ${SHOWN} a list item has a space after its \`-\`; write \`- [x] Polish the clasp\``,
      2,
    ],
    // Only the brackets' own line is quoted and rewritten: the words on the item's next line stay where they are.
    ["- [] Polish the clasp\n  and the chain", "[] Polish the clasp\nand the chain", `9: error: the page shows \`[] Polish the clasp\` ${SHOWN} a checkbox has one space between its brackets; write \`- [ ] Polish the clasp\``],
    // The spaces of a line break are not shown, so not quoted.
    ["-[ ] Polish the clasp   \nand the chain", "-[ ] Polish the clasp<br>", `9: error: the page shows \`-[ ] Polish the clasp\` ${SHOWN} a list item has a space after its \`-\`; write \`- [ ] Polish the clasp\``],
    ["Clean the **stones**\n-[ ] Polish the clasp", "-[ ] Polish the clasp", `10: error: the page shows \`-[ ] Polish the clasp\`, joined to the line above it, ${SHOWN} a list item has a space after its \`-\`; write \`- [ ] Polish the clasp\``],
    ["Tools: `burnisher`\n   -[ ] Polish the clasp", "-[ ] Polish the clasp", `10: error: the page shows \`-[ ] Polish the clasp\`, joined to the line above it, ${SHOWN} a list item has a space after its \`-\`; write \`- [ ] Polish the clasp\``],
    ["Clean the stones\n-[ ]", "-[ ]", "10: error: `-[ ]` has no words after it, so the page shows `-[ ]`, joined to the line above it, as typed, not a checkbox; write the words it stands for after it, on the same line, like `- [ ] Polished`"],
    ["-\n- [] Polish the clasp", "[] Polish the clasp", `10: error: the page shows \`[] Polish the clasp\` ${SHOWN} a checkbox has one space between its brackets; write \`- [ ] Polish the clasp\``],
    // Markdown reads a checkbox only with a plain space or tab after `]`, one character between the brackets, and on its marker's line.
    ["- [ ]\u00a0Polish the clasp", "[ ]\u00a0Polish the clasp", `9: error: the page shows \`[ ]\\u{a0}Polish the clasp\` ${SHOWN} the character after \`]\` is a non-breaking space, which looks like a space but is not one; write \`- [ ] Polish the clasp\``],
    ["- [x]\u200bPolish the clasp", "[x]\u200bPolish the clasp", `9: error: the page shows \`[x]\\u{200b}Polish the clasp\` ${SHOWN} the character after \`]\` is a zero-width space, which cannot be seen; write \`- [x] Polish the clasp\``],
    ["1. [\t] Polish the clasp", "[\t] Polish the clasp", `9: error: the page shows \`[\\t] Polish the clasp\` ${SHOWN} a checkbox has one space between its brackets; write \`1. [ ] Polish the clasp\``],
    ["-\n   [ ] Polish the clasp", "[ ] Polish the clasp", `10: error: the page shows \`[ ] Polish the clasp\` ${SHOWN} a checkbox is on the same line as its \`-\`; write \`- [ ] Polish the clasp\``],
    ["1.\n\t[x] Polish the clasp", "[x] Polish the clasp", `10: error: the page shows \`[x] Polish the clasp\` ${SHOWN} a checkbox is on the same line as its \`1.\`; write \`1. [x] Polish the clasp\``],
  ])("%j: one error, on its line, with the line to write", async (text, shown, message, checkboxes = 0) => {
    expect(await problems(text)).toEqual([message]);
    // The page agrees: the brackets are text, and no checkbox but those of the lines above is shown.
    const html = await page(text);
    expect(html.match(/<input/g) ?? []).toHaveLength(checkboxes);
    expect(html).toContain(shown);
  });

  it.each([
    "- [ ] Clean the stones\n- [x] Polish the clasp\n* [X] Check the prongs\n1. [ ] Rhodium plate",
    "- [ ]\n  Clean the stones, on the line under the brackets",
    "> Clean them weekly.\n>\n> - [ ] Polish the clasp",
    "Tick the box [ ] when done, and [x] marks the spot.",
    "- [1] Hallmarking Act 1973\n- [the shop](/about) is open\n- \\[ ] shown as typed, on purpose",
    "`- [] x` in code, and\n\n```\n- [] x\n-[ ] y\n```",
    "A line ends in a dash -[x] inside the sentence.",
    "Write `the list as\n-[ ] Polish the clasp` in code.",
    // A ticked checkbox whose words start with brackets: the checkbox is shown, and the brackets are words.
    "- [x] [] Polish the clasp",
    "- [ ]\tPolish the clasp\n- [\t] Polish the chain\n-\n  [x] Check the prongs\n- [x] 18\u00a0k gold",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
