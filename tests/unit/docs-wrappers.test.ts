import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";
import { articleErrors } from "../helpers/content-folder";

/*
 * The fifth jeweler's trial: text copied from Google Docs comes wrapped in `<b style=…
 * id="docs-internal-guid-…">` … `</b>`; the page drops the style, so the whole text was bold, with
 * no message. The wrapper is an error on its file line (the text starts on line 9) naming both
 * lines to delete; with them deleted, the article passes and nothing is bold.
 */

const { problems, html: page, folder } = articlePerTest("pearl-clasps.md");

const OPEN = '<b style="font-weight:normal;" id="docs-internal-guid-5a1c2e3f-7fff-9e2b-41aa-1c2d3e4f5a6b">';
const PARAGRAPH = '<p dir="ltr" style="line-height:1.38;"><span style="font-size:11pt;">A box clasp is the most secure.</span></p>';

describe("Google Docs' <b> wrapper around pasted text", () => {
  it.each([
    [
      `${OPEN}\n\n${PARAGRAPH}\n\n</b>\n\nA fish-hook clasp is pretty but fiddly.`,
      `${PARAGRAPH}\n\nA fish-hook clasp is pretty but fiddly.`,
      `9: error: Google Docs wrapped the pasted text in \`${OPEN}\` and \`</b>\` (line 13), which make the page show everything between them in bold (the page drops the \`style\` that kept it plain in the document); delete line 9 (\`<b …>\`) and line 13 (\`</b>\`): Google Docs added them when the text was copied`,
    ],
    [
      `Pasted below.\n\n${OPEN}${PARAGRAPH}</b>`,
      `Pasted below.\n\n${PARAGRAPH}`,
      `11: error: Google Docs wrapped the pasted text in \`${OPEN}\` and \`</b>\` (line 11), which make the page show everything between them in bold (the page drops the \`style\` that kept it plain in the document); delete \`<b …>\` on line 11 and \`</b>\` on line 11: Google Docs added them when the text was copied`,
    ],
    [
      `${OPEN}\n\n${PARAGRAPH}</b>`,
      PARAGRAPH,
      `9: error: Google Docs wrapped the pasted text in \`${OPEN}\` and \`</b>\` (line 11), which make the page show everything between them in bold (the page drops the \`style\` that kept it plain in the document); delete line 9 (\`<b …>\`) and \`</b>\` on line 11: Google Docs added them when the text was copied`,
    ],
    [
      `${OPEN}  \n\n${PARAGRAPH}\n\n</b>  \n\nA fish-hook clasp is pretty but fiddly.`,
      `${PARAGRAPH}\n\nA fish-hook clasp is pretty but fiddly.`,
      `9: error: Google Docs wrapped the pasted text in \`${OPEN}\` and \`</b>\` (line 13), which make the page show everything between them in bold (the page drops the \`style\` that kept it plain in the document); delete line 9 (\`<b …>\`) and line 13 (\`</b>\`): Google Docs added them when the text was copied`,
    ],
    [
      `${OPEN}\n\n${PARAGRAPH}`,
      PARAGRAPH,
      `9: error: Google Docs wrapped the pasted text in \`${OPEN}\`, never closed, which makes the page show everything after it in bold (the page drops the \`style\` that kept it plain in the document); delete line 9 (\`<b …>\`): Google Docs added it when the text was copied`,
    ],
  ])("%j: an error naming the lines to delete, which leave the text plain", async (text, written, message) => {
    expect(await page(text)).toMatch(/<b[ >][^]*A box clasp/);
    expect(await problems(text)).toEqual([message]);
    expect(await problems(written)).toEqual([]);
    expect(await page(written)).not.toContain("<b");
  });

  it("names the wrapper's lines in a file that ends on its `</b>`, with no newline after it", async () => {
    expect(await articleErrors(folder(), `${OPEN}\n\n${PARAGRAPH}\n\n</b>`)).toEqual([
      `content/articles/care.md:9: Google Docs wrapped the pasted text in \`${OPEN}\` and \`</b>\` (line 13), which make the page show everything between them in bold (the page drops the \`style\` that kept it plain in the document); delete line 9 (\`<b …>\`) and line 13 (\`</b>\`): Google Docs added them when the text was copied`,
    ]);
  });

  it("takes a `<b>` inside the wrapper for bold the text keeps, not for the wrapper's end", async () => {
    const text = `${OPEN}\n\n<p dir="ltr">A box clasp is the <b>most</b> secure.</p>\n\n</b>`;
    expect(await problems(text)).toEqual([
      `9: error: Google Docs wrapped the pasted text in \`${OPEN}\` and \`</b>\` (line 13), which make the page show everything between them in bold (the page drops the \`style\` that kept it plain in the document); delete line 9 (\`<b …>\`) and line 13 (\`</b>\`): Google Docs added them when the text was copied`,
    ]);
    expect(await problems('<p dir="ltr">A box clasp is the <b>most</b> secure.</p>')).toEqual([]);
  });

  it.each([
    "A box clasp is <b>the most secure</b>.",
    '<p dir="ltr">A box clasp is the most secure.</b id="docs-internal-guid-5a1c2e3f"></p>',
    '<span id="docs-internal-guid-5a1c2e3f">A box clasp is the most secure.</span>',
    `\`\`\`html\n${OPEN}\n\`\`\``,
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
