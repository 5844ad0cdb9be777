import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The fifth jeweler's trial: `:sparkles:` and `:gift:`, codes that Slack or GitHub turn into
 * emoji, were shown as typed with no message. Each is a warning on its file line (the text starts
 * on line 9); with the emoji typed in its place, the article passes and the page shows it.
 */

const { problems, html } = articlePerTest("winter-sale.md");

const told = (line: number, code: string) =>
  `${line}: warning: \`${code}\` is shown as typed: the journal does not turn codes like it into emoji; type the emoji itself (on a Mac, Control-Command-Space opens them), or delete the code`;

describe("an emoji code", () => {
  it("is a warning on its line, each one, and the emoji typed in its place passes", async () => {
    const text = "Our winter sale starts today :sparkles:\n\nA free polishing cloth with every ring :gift:.";
    expect(await problems(text)).toEqual([told(9, ":sparkles:"), told(11, ":gift:")]);
    expect(await html(text)).toContain(":sparkles:");
    expect(await problems("Our winter sale starts today ✨\n\nA free polishing cloth with every ring 🎁.")).toEqual([]);
  });

  it.each([
    "Open 10:30:00 to 17:00, ratio 1:2:3.",
    "Note:this is no code, nor is a:b:c.",
    "In code, `:sparkles:` stays as typed.",
    "```\n:gift:\n```",
    "Rated :: twice, and :Bold: is no code either.",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
