import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The fourth jeweler's trial: `**sterling **silver`, each `**` glued to the word after it, is shown
 * with its asterisks, not in bold, with no message (only a `**` with a space on both sides was
 * told). Each such pair is an error on its file line (the text starts on line 9) with the line to
 * write; written so, the article passes and shows the words in bold.
 */

const { problems, html } = articlePerTest("chains.md");

const bold = async (text: string) => (await html(text)).match(/<strong>[^<]*<\/strong>/g) ?? [];

const SHOWN = "is shown with its asterisks, not in bold, because of the space between the asterisks and the words: bold needs its asterisks right against its words, and a space outside them; write";

describe("a pair of `**` glued to words on one side only", () => {
  it.each([
    ["A ring in **sterling **silver.", "A ring in **sterling** silver.", `9: error: \`**sterling **\` ${SHOWN} \`A ring in **sterling** silver.\``],
    ["A sterling** silver** ring.", "A sterling **silver** ring.", `9: error: \`** silver**\` ${SHOWN} \`A sterling **silver** ring.\``],
    ["Some words.\n\n> Our **sterling **silver.", "Some words.\n\n> Our **sterling** silver.", `11: error: \`**sterling **\` ${SHOWN} \`> Our **sterling** silver.\``],
    ["- **Sterling **silver chains\n- **Gold** chains", "- **Sterling** silver chains\n- **Gold** chains", `9: error: \`**Sterling **\` ${SHOWN} \`- **Sterling** silver chains\``],
    ["Set in rose** gold **and silver.", "Set in rose **gold** and silver.", "9: error: `** gold **` is shown with its asterisks, not in bold, because of the spaces between the asterisks and the words: bold needs its asterisks right against its words, and a space outside them; write `Set in rose **gold** and silver.`"],
    // Glued to a word outside on one side only: these were told a line to write that still showed asterisks.
    ["Set in rose**gold **and silver.", "Set in rose**gold** and silver.", `9: error: \`**gold **\` ${SHOWN} \`Set in rose**gold** and silver.\``],
    ["A sterling** silver**ring.", "A sterling **silver**ring.", `9: error: \`** silver**\` ${SHOWN} \`A sterling **silver**ring.\``],
  ])("%j: an error on its line, and the line given shows the words in bold", async (text, written, message) => {
    expect(await problems(text)).toEqual([message]);
    expect(await bold(text)).toHaveLength(written.includes("**Gold**") ? 1 : 0);
    expect(await bold(written)).toHaveLength(written.includes("**Gold**") ? 2 : 1);
    expect(await problems(written)).toEqual([]);
  });

  it.each([
    "Two rings cost 2 * 3 = 6 hours of polishing.",
    "**Silver** and **gold**, **platinum**, and x**2 + y**2.",
    "**Bold over\ntwo lines** and **more** words.",
    "In code, `a ** b` and `**sterling **silver` stay as typed.",
    "```\n**sterling **silver\n```",
    "A note on silver[^1].\n\n[^1]: **Sterling** is 92.5% silver.",
    "* **Silver** rings\n* **Gold** rings",
    "\\*\\*sterling \\*\\*silver, escaped.",
    "Free engraving\\*\\* on rings, escaped.",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});

/*
 * The false-positive trial (2026-12-07): `**` written as a mark, `(**)`, and a `**` with spaces
 * further on were read as one pair around the words between them, an error whose line to write
 * made those words bold. Each is a mark alone: `(**)` passes, the spaced one is told as a `**`
 * alone is.
 */
describe("a `**` in brackets and another further on", () => {
  const ALONE = "is shown as two asterisks, because a space stands before it and no word right after it; for bold, write `**` right against the words (`**sterling silver**`); to show asterisks, write `\\*\\*`";
  it.each([
    ["Two stars (**) mean made to order; a rating of ** is poor.", "9: warning: the `**` in `Two stars (**) mean made to order; a rating of ** is poor.` " + ALONE],
    ["A rating of ** out of five, or (**), is poor.", "9: warning: the `**` in `A rating of ** out of five, or (**), is poor.` " + ALONE],
  ])("%j: the spaced `**` is a warning alone, `(**)` nothing", async (text, message) => {
    expect(await problems(text)).toEqual([message]);
  });
});

/** The rest of a paragraph written on one line, as most are: longer than a message quotes. */
const LONG = "Each is cut, soldered and polished at the bench by hand, then weighed and hallmarked at the assay office before it is sent out.";

/*
 * A pair with no space inside that Markdown leaves unread for the mark inside it and the letter
 * right outside it (`**(925)**stamped`, `**Note:**Rinse`) was shown with its asterisks with no
 * message (docs/content-checks.md, second trial's known gaps). It is an error on its line with the
 * line to write, a space outside that `**`; written so, the article passes and shows the bold.
 */
describe("a pair of `**` with a bracket or a stop inside and a letter right outside", () => {
  const UNREAD = "with no space: a `**` with a bracket or a stop inside it is read as bold only with a space or a stop outside it; write";
  it.each([
    ["Each ring is **(925)**stamped inside.", "Each ring is **(925)** stamped inside.", `9: error: \`**(925)**\` is shown with its asterisks, not in bold, because its last \`**\` stands between \`)\` and \`stamped\` ${UNREAD} \`Each ring is **(925)** stamped inside.\``],
    ["Each ring is**(925)** stamped inside.", "Each ring is **(925)** stamped inside.", `9: error: \`**(925)**\` is shown with its asterisks, not in bold, because its first \`**\` stands between \`is\` and \`(\` ${UNREAD} \`Each ring is **(925)** stamped inside.\``],
    ["Each ring is**(925)**stamped inside.", "Each ring is **(925)** stamped inside.", `9: error: \`**(925)**\` is shown with its asterisks, not in bold, because its first \`**\` stands between \`is\` and \`(\` and its last between \`)\` and \`stamped\` ${UNREAD} \`Each ring is **(925)** stamped inside.\``],
    ["Sterling **(925)**💍 rings.", "Sterling **(925)** 💍 rings.", `9: error: \`**(925)**\` is shown with its asterisks, not in bold, because its last \`**\` stands between \`)\` and \`💍\` ${UNREAD} \`Sterling **(925)** 💍 rings.\``],
    ["**Note:**Rinse after wearing.", "**Note:** Rinse after wearing.", `9: error: \`**Note:**\` is shown with its asterisks, not in bold, because its last \`**\` stands between \`:\` and \`Rinse\` ${UNREAD} \`**Note:** Rinse after wearing.\``],
    ["Our rings are stamped**(925)**", "Our rings are stamped **(925)**", `9: error: \`**(925)**\` is shown with its asterisks, not in bold, because its first \`**\` stands between \`stamped\` and \`(\` ${UNREAD} \`Our rings are stamped **(925)**\``],
    ["Rings and chains.\n\n> Each is **“925”**stamped.", "Rings and chains.\n\n> Each is **“925”** stamped.", `11: error: \`**“925”**\` is shown with its asterisks, not in bold, because its last \`**\` stands between \`”\` and \`stamped\` ${UNREAD} \`> Each is **“925”** stamped.\``],
    [`Each ring is **(925)**stamped inside. ${LONG}`, `Each ring is **(925)** stamped inside. ${LONG}`, `9: error: \`**(925)**\` is shown with its asterisks, not in bold, because its last \`**\` stands between \`)\` and \`stamped\` ${UNREAD} \`**(925)** stamped\``],
  ])("%j: an error on its line, and the line given shows the bold", async (text, written, message) => {
    expect(await problems(text)).toEqual([message]);
    expect(await bold(text)).toEqual([]);
    expect(await bold(written)).toHaveLength(1);
    expect(await problems(written)).toEqual([]);
  });

  it.each([
    "Each ring is **(925)** stamped inside, and our finest (**hand-made**) clasps too.",
    "Rated **5**stars, and **(925)**.",
    "In code, `**(925)**stamped` stays as typed.",
    "Each ring is \\*\\*(925)\\*\\*stamped, escaped.",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});


/*
 * A `**` glued to a word on one side with no partner (`a **sterling ring`, `sterling** silver`),
 * or a pair glued to the words outside it (`rose** gold **and`), was shown as typed with no
 * message (docs/content-checks.md, fourth trial's gaps). A lone one is a warning, as a footnote
 * mark is written so too, with the line that makes its word bold; that line, or the `**` escaped,
 * passes the next run.
 */
describe("a `**` glued to a word on one side, with no partner", () => {
  it.each([
    [
      "A ring in a **sterling setting.",
      "A ring in a **sterling** setting.",
      ["9: warning: the `**` in `A ring in a **sterling setting.` is shown as two asterisks, because no `**` after `sterling` closes the bold; for bold, write `A ring in a **sterling** setting.` (the second `**` after the last word meant in bold); to show asterisks, write `\\*\\*`"],
    ],
    [
      "Our sterling** chains.",
      "Our **sterling** chains.",
      ["9: warning: the `**` in `Our sterling** chains.` is shown as two asterisks, because no `**` before `sterling` opens the bold; for bold, write `Our **sterling** chains.` (the first `**` before the first word meant in bold); to show asterisks, write `\\*\\*`"],
    ],
    [
      "Our finest, **hand-made clasps.",
      "Our finest, **hand-made** clasps.",
      ["9: warning: the `**` in `Our finest, **hand-made clasps.` is shown as two asterisks, because no `**` after `hand-made` closes the bold; for bold, write `Our finest, **hand-made** clasps.` (the second `**` after the last word meant in bold); to show asterisks, write `\\*\\*`"],
    ],
    [
      "Our finest (**hand-made",
      "Our finest (**hand-made**",
      ["9: warning: the `**` in `Our finest (**hand-made` is shown as two asterisks, because no `**` after `hand-made` closes the bold; for bold, write `Our finest (**hand-made**` (the second `**` after the last word meant in bold); to show asterisks, write `\\*\\*`"],
    ],
    [
      "Our finest (**hand-made) clasps.",
      "Our finest (**hand-made**) clasps.",
      ["9: warning: the `**` in `Our finest (**hand-made) clasps.` is shown as two asterisks, because no `**` after `hand-made` closes the bold; for bold, write `Our finest (**hand-made**) clasps.` (the second `**` after the last word meant in bold); to show asterisks, write `\\*\\*`"],
    ],
    [
      "Our finest “**hand-made” clasps.",
      "Our finest “**hand-made**” clasps.",
      ["9: warning: the `**` in `Our finest “**hand-made” clasps.` is shown as two asterisks, because no `**` after `hand-made` closes the bold; for bold, write `Our finest “**hand-made**” clasps.` (the second `**` after the last word meant in bold); to show asterisks, write `\\*\\*`"],
    ],
    [
      "Made in sterling**, not plate.",
      "Made in **sterling**, not plate.",
      ["9: warning: the `**` in `Made in sterling**, not plate.` is shown as two asterisks, because no `**` before `sterling` opens the bold; for bold, write `Made in **sterling**, not plate.` (the first `**` before the first word meant in bold); to show asterisks, write `\\*\\*`"],
    ],
    [
      "Set in sterling**—the finest.",
      "Set in **sterling**—the finest.",
      ["9: warning: the `**` in `Set in sterling**—the finest.` is shown as two asterisks, because no `**` before `sterling` opens the bold; for bold, write `Set in **sterling**—the finest.` (the first `**` before the first word meant in bold); to show asterisks, write `\\*\\*`"],
    ],
    [
      `Our sterling** chains. ${LONG}`,
      `Our **sterling** chains. ${LONG}`,
      ["9: warning: the `**` in `Our sterling** chains. Each is cut, soldered and polished a…` is shown as two asterisks, because no `**` before `sterling` opens the bold; for bold, write `**sterling**` (the first `**` before the first word meant in bold); to show asterisks, write `\\*\\*`"],
    ],
    [
      "Our **hand-made clasps\n\nand sterling** chains.",
      "Our **hand-made** clasps\n\nand **sterling** chains.",
      [
        "9: warning: the `**` in `Our **hand-made clasps` is shown as two asterisks, because no `**` after `hand-made` closes the bold; for bold, write `Our **hand-made** clasps` (the second `**` after the last word meant in bold); to show asterisks, write `\\*\\*`",
        "11: warning: the `**` in `and sterling** chains.` is shown as two asterisks, because no `**` before `sterling` opens the bold; for bold, write `and **sterling** chains.` (the first `**` before the first word meant in bold); to show asterisks, write `\\*\\*`",
      ],
    ],
  ])("%j: a warning on its line; the line given shows the word in bold, and the `**` escaped shows asterisks", async (text, written, messages) => {
    expect(await problems(text)).toEqual(messages);
    expect(await bold(text)).toEqual([]);
    expect(await bold(written)).toHaveLength(messages.length);
    expect(await problems(written)).toEqual([]);
    expect(await problems(text.replaceAll("**", "\\*\\*"))).toEqual([]);
  });

  it("glued to words on both sides, it is a warning with no guess at the word meant in bold; escaped, it passes", async () => {
    expect(await problems("Set in 18k**gold, with a garnet.")).toEqual([
      "9: warning: the `**` in `Set in 18k**gold, with a garnet.` is shown as two asterisks, because no other `**` pairs with it; for bold, write `**` before the first word and after the last word meant in bold (`**sterling silver**`); to show asterisks, write `\\*\\*`",
    ]);
    expect(await problems("Set in 18k\\*\\*gold, with a garnet.")).toEqual([]);
  });
});
