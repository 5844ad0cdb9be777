import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";
import { article } from "../helpers/content-folder";

/*
 * The fourth jeweler's trial: `[[Gold Karats Explained]]`, a link as a wiki or a notes app writes
 * it, is shown as typed, brackets and all, with no message. Each is an error on its file line (the
 * text starts on line 9) with the Markdown link to write, to the article of that title when there
 * is one; written so, the article passes and shows a link.
 */

const { problems, html } = articlePerTest("studio.md", { "content/articles/gold-karats.md": article({ title: '"Gold Karats Explained"' }) });

const links = async (text: string) => (await html(text)).match(/<a href="\/articles\/[^"]*"/g) ?? [];

const SHOWN = "is shown as typed, brackets and all, not as a link: Markdown writes a link as its words in brackets and the address in parentheses;";

describe("a wiki-style link, `[[Title]]`", () => {
  it.each([
    ["Read [[Gold Karats Explained]] first.", "Read [Gold Karats Explained](/articles/gold-karats) first.", `9: error: \`[[Gold Karats Explained]]\` ${SHOWN} write \`Read [Gold Karats Explained](/articles/gold-karats) first.\``],
    ["Read [[gold karats explained]] first.", "Read [gold karats explained](/articles/gold-karats) first.", `9: error: \`[[gold karats explained]]\` ${SHOWN} write \`Read [gold karats explained](/articles/gold-karats) first.\``],
    ["See [[gold-karats|our guide]].", "See [our guide](/articles/gold-karats).", `9: error: \`[[gold-karats|our guide]]\` ${SHOWN} write \`See [our guide](/articles/gold-karats).\``],
    ["See [[gold-karats]].", "See [Gold Karats Explained](/articles/gold-karats).", `9: error: \`[[gold-karats]]\` ${SHOWN} write \`See [Gold Karats Explained](/articles/gold-karats).\``],
    ["Read [[ Gold Karats Explained ]] first.", "Read [Gold Karats Explained](/articles/gold-karats) first.", `9: error: \`[[ Gold Karats Explained ]]\` ${SHOWN} write \`Read [Gold Karats Explained](/articles/gold-karats) first.\``],
    [
      "Read [[ Gold Karat Explained ]] first.",
      "Read [Gold Karats Explained](/articles/gold-karats) first.",
      `9: error: \`[[ Gold Karat Explained ]]\` ${SHOWN} no article is titled \`Gold Karat Explained\`; did you mean \`Gold Karats Explained\`? write \`Read [Gold Karats Explained](/articles/gold-karats) first.\``,
    ],
    [
      "> Read [[Gold Karat Explained]].",
      "> Read [Gold Karats Explained](/articles/gold-karats).",
      `9: error: \`[[Gold Karat Explained]]\` ${SHOWN} no article is titled \`Gold Karat Explained\`; did you mean \`Gold Karats Explained\`? write \`> Read [Gold Karats Explained](/articles/gold-karats).\``,
    ],
  ])("%j: an error on its line, and the line given is a link that passes", async (text, written, message) => {
    expect(await problems(text)).toEqual([message]);
    expect(await links(text)).toEqual([]);
    expect(await links(written)).toEqual(['<a href="/articles/gold-karats"']);
    expect(await problems(written)).toEqual([]);
  });

  it.each(["[[Opal Myths]]", "[[ Opal Myths ]]"])("%s: says how to find the address of an article the journal has no title for", async (written) => {
    expect(await problems(`Some words.\n\n## Opals\n\nSee ${written}.`)).toEqual([
      `13: error: \`${written}\` ${SHOWN} no article is titled \`Opal Myths\`, so put in the address of the one you mean: \`/articles/\` and its file's name in content/articles/ without \`.md\`; write \`See [Opal Myths](/articles/…).\``,
    ]);
  });

  it.each(["`[[Gold Karats Explained]]` is how a wiki links.", "```\n[[Gold Karats Explained]]\n```", "\\[\\[Gold Karats Explained\\]\\]", "See note [[1]], and a box [[ ]].", "[[[[x]]]]"])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
