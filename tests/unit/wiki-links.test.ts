import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";
import { article } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";

/*
 * The fourth jeweler's trial: `[[Gold Karats Explained]]`, a link as a wiki or a notes app writes
 * it, is shown as typed, brackets and all, with no message. Each is an error on its file line (the
 * text starts on line 9) with the Markdown link to write, to the article of that title when there
 * is one; written so, the article passes and shows a link.
 */

const { problems, html, folder } = articlePerTest("studio.md", { "content/articles/gold-karats.md": article({ title: '"Gold Karats Explained"' }) });

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

/*
 * The jeweler's trial of 2026-12-07: `![[wax-tree.jpg]]`, a picture as Obsidian embeds it, was
 * told to write `![wax-tree.jpg](/articles/…)`, a picture pointing at an article, which the next run
 * refused. It is told the Markdown picture, with its file's path under public/.
 */
describe("a picture embedded as Obsidian writes it, `![[wax-tree.jpg]]`", () => {
  const PICTURE = "is shown as typed, brackets and all, not as a picture: Markdown writes a picture as `!`, a description of what it shows in square brackets and the picture's path in parentheses;";
  const OWN_WORDS = "with your own words for what it shows between the square brackets";
  const photo = async (file: string) => folder().write(file, await smallImage());

  it("is told the picture to write with its file under public/; with the example description refused, and passes once described", async () => {
    await photo("public/images/articles/wax-tree.jpg");
    expect(await problems("The tree before casting:\n\n![[wax-tree.jpg]]")).toEqual([`11: error: \`![[wax-tree.jpg]]\` ${PICTURE} write \`![What the picture shows](/images/articles/wax-tree.jpg)\`, ${OWN_WORDS}`]);
    // Pasted as it is, the example describes nothing: the next run says so.
    expect(await problems("![What the picture shows](/images/articles/wax-tree.jpg)")).toEqual([
      "9: error: the image `/images/articles/wax-tree.jpg` is described as `What the picture shows`, the example from this check's messages, which describes no picture of yours; write what your picture shows between the square brackets, in your own words",
    ]);
    const described = "![The wax tree before casting](/images/articles/wax-tree.jpg)";
    expect(await problems(described)).toEqual([]);
    expect(await html(described)).toContain('alt="The wax tree before casting"');
  });

  it("takes the words after `|` as the description, but not a size, and finds the file in any folder, capitals as on disk", async () => {
    await photo("public/images/2024/Wax-Tree.jpg");
    expect(await problems("See ![[wax-tree.jpg|The wax tree before casting]] and ![[wax-tree.jpg|300]].")).toEqual([
      `9: error: \`![[wax-tree.jpg|The wax tree before casting]]\` ${PICTURE} write \`See ![The wax tree before casting](/images/2024/Wax-Tree.jpg) and ![[wax-tree.jpg|300]].\``,
      `9: error: \`![[wax-tree.jpg|300]]\` ${PICTURE} write \`See ![[wax-tree.jpg|The wax tree before casting]] and ![What the picture shows](/images/2024/Wax-Tree.jpg).\`, ${OWN_WORDS}`,
    ]);
  });

  it("names no path it cannot find: says where to put the picture, under a name a web address can hold", async () => {
    expect(await problems("![[Wax Tree.jpg]]")).toEqual([
      `9: error: \`![[Wax Tree.jpg]]\` ${PICTURE} no picture named \`Wax Tree.jpg\` is in public/, where the site looks for pictures; put it in public/images/articles/ as \`wax-tree.jpg\` and write \`![What the picture shows](/images/articles/wax-tree.jpg)\`, ${OWN_WORDS}`,
    ]);
    await photo("public/images/articles/wax-tree.jpg");
    expect(await problems("![The wax tree before casting](/images/articles/wax-tree.jpg)")).toEqual([]);
  });

  it("lists the pictures of that name when there are several", async () => {
    await photo("public/images/articles/wax-tree.jpg");
    await photo("public/images/2024/wax-tree.jpg");
    expect(await problems("![[wax-tree.jpg]]")).toEqual([
      `9: error: \`![[wax-tree.jpg]]\` ${PICTURE} pictures named \`wax-tree.jpg\` are at \`/images/2024/wax-tree.jpg\` and \`/images/articles/wax-tree.jpg\`; write \`![What the picture shows](/images/2024/wax-tree.jpg)\`, ${OWN_WORDS}, and the path of the one you mean`,
    ]);
  });

  it("of a note, `![[Gold Karats Explained]]`, is told the link to write, without the `!` that would make it a picture", async () => {
    expect(await problems("![[Gold Karats Explained]]")).toEqual([`9: error: \`![[Gold Karats Explained]]\` ${SHOWN} write \`[Gold Karats Explained](/articles/gold-karats)\``]);
    expect(await problems("[Gold Karats Explained](/articles/gold-karats)")).toEqual([]);
  });
});
