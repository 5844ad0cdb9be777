import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { article, articleErrors, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

/*
 * Links and pictures Markdown shows as typed (lib/checks/unread-links.ts): the edges of each kind
 * of advice, where the line to write is easiest to get wrong. The article with the mistake is
 * content/articles/care.md, tagged `metal care`; the journal also has `gold-karats`, tagged `gold`.
 */

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
  await folder.write("content/articles/gold-karats.md", article({ title: '"Gold Karats"', tags: '["gold"]' }));
});

afterEach(() => folder.remove());

const told = (written: string, advice: string) => `content/articles/care.md:9: the link \`${written}\` is shown as the text you typed, not as a link, because its address holds a space; ${advice}`;

describe("a link to a page of the journal whose address holds a space", () => {
  it.each([
    ["an author by full name is the nearest author", "[Isla](/authors/Isla Marrow)", "the addresses of this journal's pages have hyphens where their names have spaces: write `[Isla](/authors/isla)`"],
    ["a tag misspelt is the nearest tag", "[care](/tags/metal cares)", "the addresses of this journal's pages have hyphens where their names have spaces: write `[care](/tags/metal-care)`"],
    ["a tag no article has is written as its page would be", "[deco](/tags/Art Déco)", "the addresses of this journal's pages have hyphens where their names have spaces: write `[deco](/tags/art-deco)`"],
    ["an article no file has is written as its page would be, accents and all", "[cafés](/articles/Café Rings)", "the addresses of this journal's pages have hyphens where their names have spaces: write `[cafés](/articles/cafe-rings)`"],
    ["past an article's name is one name", "[polish](/articles/silver care/polishing)", "the addresses of this journal's pages have hyphens where their names have spaces: write `[polish](/articles/silver-care-polishing)`"],
    ["to the section alone names no page: each space is %20", "[every article](see /articles)", "write each space as %20: `[every article](see%20/articles)`"],
    ["to another website, with a space at the end, gets %20 for the spaces inside only", "[prices](https://example.com/price list.pdf )", "write each space as %20: `[prices](https://example.com/price%20list.pdf)`"],
  ])("%s", async (_, link, advice) => {
    expect(await articleErrors(folder, `See ${link}.\n`)).toEqual([told(link, advice)]);
  });
});
