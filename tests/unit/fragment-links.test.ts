import { beforeEach, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { renderArticleHtml } from "@/lib/content/markdown";
// The checks load the page's Markdown readers on demand; loaded here with the file, their module
// constants are not taken for code one test runs (StrykerJS's static mutants, docs/testing.md).
import "@/lib/checks/renderers";
import { PAGE_ID_ROLES } from "@/lib/checks/page-ids";
import { PAGE_IDS } from "@/lib/content/rehype-safe-heading-ids";
import { ABOUT, article, checkFolder, ISLA } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";
import { linkErrorsPerTest } from "../helpers/link-errors-per-test";

const GOLD = "Gold is soft.\n\n## Daily care\n\nWipe it.\n\n### Storage\n\nA pouch each.\n\n## Caf\u00e9 au lait gold\n\nA colour.\n";

const { errorsOf, folder } = linkErrorsPerTest({
  "content/articles/gold-karats.md": article({ title: '"Gold Karats"' }, GOLD),
  "content/articles/plain.md": article({ title: '"Plain"' }, "Words without a heading.\n"),
});

const HOW = "a heading's address is its words in lowercase with hyphens between them (the heading “## Daily care” is `#daily-care`)";
const GOLD_HEADINGS = "Its headings are: `#daily-care` (Daily care), `#storage` (Storage), `#café-au-lait-gold` (Café au lait gold)";

describe("a link to a section of an article (`/articles/x#care`) or of the same article (`#care`)", () => {
  it("passes when the page has that heading, that id, or it is the top of the page", async () => {
    const body = [
      "[a](/articles/gold-karats#daily-care) [b](/articles/gold-karats#storage) [c](/articles/gold-karats#caf%C3%A9-au-lait-gold)",
      "",
      "[d](#notes) [e](#) [f](#top) [g](#care) [h](/articles/gold-karats#about-the-author) [i](/articles/gold-karats)",
      "",
      '<a id="care"></a>',
      "",
      "## Notes",
      "",
      "Words.",
    ].join("\n");
    expect(await errorsOf(body)).toEqual([]);
  });

  it("is an error when the other article has no such heading, with the nearest one and the list of its headings", async () => {
    expect(await errorsOf("[care](/articles/gold-karats#dailycare)\n\n[colours](/articles/gold-karats#colours)\n")).toEqual([
      `content/articles/links.md:9: the link to \`/articles/gold-karats#dailycare\` leads to the top of the page, not to a section: the article \`gold-karats\` has no heading whose address is \`#dailycare\`; ${HOW}. Did you mean \`/articles/gold-karats#daily-care\`? ${GOLD_HEADINGS}`,
      `content/articles/links.md:11: the link to \`/articles/gold-karats#colours\` leads to the top of the page, not to a section: the article \`gold-karats\` has no heading whose address is \`#colours\`; ${HOW}. ${GOLD_HEADINGS}`,
    ]);
  });

  it("is an error on the same article too, and in a link written as HTML", async () => {
    const body = "See [the notes](#note) and <a href=\"#Notes-\">the notes</a>.\n\n## Notes\n\nWords.\n";
    const problem = (written: string, fragment: string) =>
      `the link to \`${written}\` leads to the top of the page, not to a section: this article has no heading whose address is \`${fragment}\`; ${HOW}. Did you mean \`#notes\`? Its headings are: \`#notes\` (Notes)`;
    expect(await errorsOf(body)).toEqual([`content/articles/links.md:9: ${problem("#note", "#note")}`, `content/articles/links.md:9: ${problem("#Notes-", "#Notes-")}`]);
  });

  it("to an article without headings is an error that gives the link without its `#` part", async () => {
    expect(await errorsOf("[plain](/articles/plain#care)\n")).toEqual([
      "content/articles/links.md:9: the link to `/articles/plain#care` leads to the top of the page, not to a section: the article `plain` has no heading whose address is `#care`, and no headings at all; link to the article itself: write `/articles/plain`",
    ]);
  });

  it("is checked in an article whose fields have errors too, so its author sees every problem at once", async () => {
    await folder().write("content/articles/links.md", article({ title: '"Links"', draft: "maybe" }, "[care](/articles/gold-karats#dailycare)\n\n[notes](#note)\n\n## Notes\n"));
    // The text starts on line 10, under the `draft` line.
    const errors = (await checkFolder(folder())).filter((issue) => issue.file === "content/articles/links.md").map(formatIssue);
    expect(errors).toEqual([
      "content/articles/links.md:7: `draft` must be `true` or `false`, not the text `maybe`; write it like `draft: true`",
      `content/articles/links.md:10: the link to \`/articles/gold-karats#dailycare\` leads to the top of the page, not to a section: the article \`gold-karats\` has no heading whose address is \`#dailycare\`; ${HOW}. Did you mean \`/articles/gold-karats#daily-care\`? ${GOLD_HEADINGS}`,
      `content/articles/links.md:12: the link to \`#note\` leads to the top of the page, not to a section: this article has no heading whose address is \`#note\`; ${HOW}. Did you mean \`#notes\`? Its headings are: \`#notes\` (Notes)`,
    ]);
  });
});

describe("a link whose `#part` names no section of an article", () => {
  it("to another website's page is not weighed against an article's headings", async () => {
    await folder().write("content/articles/metal-care.md", article({ title: '"Metal Care"' }, "Words without a heading.\n"));
    expect(await errorsOf("[sizes](https://example.com/rings#sizes)\n")).toEqual([]);
  });

  it("after an article's address gets the error that its address ends with its name, and no second one for its `#part`", async () => {
    expect(await errorsOf("[care](/articles/gold-karats/care#dailycare)\n")).toEqual([
      "content/articles/links.md:9: the link to `/articles/gold-karats/care#dailycare`: there is no page at `/articles/gold-karats/care`: the address of an article ends with its name; write `/articles/gold-karats`",
    ]);
  });

  it("with the preview's address gets the error that says what to write, and no second one for its `#part`", async () => {
    expect(await errorsOf("[care](http://localhost:3000/articles/gold-karats#dailycare)\n")).toEqual([
      "content/articles/links.md:9: the link to `http://localhost:3000/articles/gold-karats#dailycare` is the preview's address on your computer, which readers cannot open; write it without `http://localhost:3000`: `/articles/gold-karats#dailycare`",
    ]);
  });
});

describe("a link to a picture's full-size view (`#full-size-2`)", () => {
  const PICTURES = "![A ring on the bench](/images/ring.jpg)\n\n## Care\n\nWipe it.\n\n![A clasp](/images/clasp.jpg)\n";

  beforeEach(async () => {
    await folder().write("public/images/ring.jpg", await smallImage());
    await folder().write("public/images/clasp.jpg", await smallImage());
    await folder().write("content/articles/pictures.md", article({ title: '"Pictures"' }, PICTURES));
  });

  it("is an error though the page has that id: the view opens only when a reader selects the picture, so the link is told the section to link to", async () => {
    // The page really gives the two pictures these views (a browser neither opens nor scrolls to one named in the address).
    const html = await renderArticleHtml(PICTURES, { publicDir: folder().publicDir });
    expect([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1])).toEqual(["full-size-1", "care", "full-size-2"]);
    const body = "[ring](/articles/pictures#full-size-1)\n\n[clasp](/articles/pictures#full-size-2)\n\n[ninth](/articles/pictures#full-size-9)\n\n[care](/articles/pictures#care)\n";
    const view = (fragment: string, src: string) =>
      `the link to \`/articles/pictures${fragment}\` leads to the top of the page, not to a picture: \`${fragment}\` is the full-size view of the picture \`${src}\` in the article \`pictures\`, which opens only when a reader selects the picture, never from a link`;
    expect(await errorsOf(body)).toEqual([
      `content/articles/links.md:9: ${view("#full-size-1", "/images/ring.jpg")}; link to the article itself: write \`/articles/pictures\``,
      `content/articles/links.md:11: ${view("#full-size-2", "/images/clasp.jpg")}; link to the section the picture is in: write \`/articles/pictures#care\` (Care)`,
      `content/articles/links.md:13: the link to \`/articles/pictures#full-size-9\` leads to the top of the page, not to a section: the article \`pictures\` has no heading whose address is \`#full-size-9\`; ${HOW}. Its headings are: \`#care\` (Care)`,
    ]);
  });

  it("on the same article, numbered as the page numbers them, past a heading that took `full-size-1`", async () => {
    const body = "[the ring](#full-size-2) [the heading](#full-size-1)\n\n![A ring](/images/ring.jpg)\n\n## Full size 1\n\nWords.\n";
    expect(await errorsOf(body)).toEqual([
      "content/articles/links.md:9: the link to `#full-size-2` leads to the top of the page, not to a picture: `#full-size-2` is the full-size view of the picture `/images/ring.jpg`, which opens only when a reader selects the picture, never from a link; remove the link: the picture is above every heading of this article",
    ]);
  });
});

describe("an author's own `id` in an article's text (`<a id=\"care\">`)", () => {
  it("answers `#care` on its own page, but not `/articles/x#care` from another: the page points only the first at it", async () => {
    await folder().write("content/articles/pearls.md", article({ title: '"Pearls"' }, '<a id="care"></a>\n\nPearls are soft: [care](#care).\n\n## Storage\n\nA pouch each.\n'));
    await folder().write("content/articles/links.md", article({ title: '"Links"' }, "[care](/articles/pearls#care)\n"));
    const errors = (await checkFolder(folder())).filter((issue) => issue.severity === "error").map(formatIssue);
    expect(errors).toEqual([
      `content/articles/links.md:9: the link to \`/articles/pearls#care\` leads to the top of the page, not to a section: the article \`pearls\` has no heading whose address is \`#care\`; ${HOW}. Its headings are: \`#storage\` (Storage)`,
    ]);
  });
});

describe("a link to a year of the archive (`/archive#year-2025`)", () => {
  const HOW_YEARS = "the archive's headings are its years, whose address is `year-` and the year (the heading “2025” is `#year-2025`)";

  it("passes for a year the archive's page lists, and is an error for another, with the page that lists it", async () => {
    await folder().write("content/articles/old-ring.md", article({ title: '"An Old Ring"', date: "2023-05-01" }));
    const body = "[a](/archive#year-2025) [b](/archive#year-2023) [c](/archive#top)\n\n[d](/archive#2023) [e](/archive#year-2024)\n";
    expect(await errorsOf(body)).toEqual([
      `content/articles/links.md:11: the link to \`/archive#2023\` leads to the top of the page, not to a section: the page \`/archive\` has no heading whose address is \`#2023\`; ${HOW_YEARS}. Did you mean \`/archive#year-2023\`? Its headings are: \`#year-2025\` (2025), \`#year-2023\` (2023)`,
      `content/articles/links.md:11: the link to \`/archive#year-2024\` leads to the top of the page, not to a section: the page \`/archive\` has no heading whose address is \`#year-2024\`; ${HOW_YEARS}. Its headings are: \`#year-2025\` (2025), \`#year-2023\` (2023)`,
    ]);
  });

  it("names the archive's later page when the year is there (fifty published articles a page, newest first)", async () => {
    // With links.md, gold-karats and plain, 51 articles from 2025 fill page 1 and start page 2; 2023 is on page 2 only.
    for (const n of Array.from({ length: 48 }, (_, index) => index + 1)) await folder().write(`content/articles/more-${n}.md`, article({ title: `"More ${n}"` }));
    await folder().write("content/articles/old-ring.md", article({ title: '"An Old Ring"', date: "2023-05-01" }));
    expect(await errorsOf("[a](/archive/page/2#year-2023) [b](/archive/page/2#year-2025)\n\n[c](/archive#year-2023)\n")).toEqual([
      `content/articles/links.md:11: the link to \`/archive#year-2023\` leads to the top of the page, not to a section: the page \`/archive\` has no heading whose address is \`#year-2023\`; ${HOW_YEARS}. Did you mean \`/archive/page/2#year-2023\`? Its headings are: \`#year-2025\` (2025)`,
    ]);
  });
});

describe("a link to a section in an author's bio", () => {
  it("is an error when the article has no such heading, as in an article", async () => {
    await folder().write("content/authors/isla.md", `${ISLA}\nMy notes on [gold](/articles/gold-karats#dailycare).\n`);
    const errors = (await checkFolder(folder())).filter((issue) => issue.file === "content/authors/isla.md").map(formatIssue);
    expect(errors).toEqual([
      `content/authors/isla.md:7: the link to \`/articles/gold-karats#dailycare\` leads to the top of the page, not to a section: the article \`gold-karats\` has no heading whose address is \`#dailycare\`; ${HOW}. Did you mean \`/articles/gold-karats#daily-care\`? ${GOLD_HEADINGS}`,
    ]);
  });

  it.each([
    ["a bio", "content/authors/isla.md", `${ISLA}\nMy [notes](#notes).\n`, 7],
    ["a bio whose fields have errors", "content/authors/jonah.md", "---\nname: Jonah Petrakis\nguest: maybe\n---\nMy [notes](#notes).\n", 5],
  ])("to one of its own (`#notes`) is an error in %s without that heading: its author's page has none", async (_, file, text, line) => {
    await folder().write(file, text);
    const found = (await checkFolder(folder())).filter((issue) => issue.file === file && issue.message.includes("#notes")).map(formatIssue);
    expect(found).toEqual([
      `${file}:${line}: the link to \`#notes\` leads to the top of the page, not to a section: this bio has no heading whose address is \`#notes\`, and no headings at all; remove the link, or add a heading (a line starting \`## \`) where it should lead`,
    ]);
  });
});

describe("a link to a section of the about page, of an author's page or of a tag's page (`/about#studio`, `/authors/isla#bio-training`, `/tags/x#y`)", () => {
  const ABOUT_HEADINGS = "Its headings are: `#our-studio` (Our studio), `#commissions` (Commissions)";

  beforeEach(async () => {
    await folder().write("content/pages/about.md", `${ABOUT}\n## Our studio\n\nTwo benches.\n\n## Commissions\n\nWrite to us.\n`);
    await folder().write("content/authors/isla.md", `${ISLA}\n## Training\n\nFive years at the bench.\n`);
  });

  it("passes when that page has the heading, in the words its page gives it (a bio's under `bio-`), or it is the top of the page", async () => {
    const body = "[a](/about#our-studio) [b](/about#commissions) [c](/authors/isla#bio-training) [d](/authors/isla#main) [e](/tags/metal-care) [f](/tags/metal-care#top)\n";
    expect(await errorsOf(body)).toEqual([]);
  });

  it("is an error when the page has no such heading, with the nearest one and the page's headings; a tag's page has no sections", async () => {
    const body = "[studio](/about#our-studios)\n\n[training](/authors/isla#training)\n\n[rings](/tags/metal-care#rings)\n";
    expect(await errorsOf(body)).toEqual([
      `content/articles/links.md:9: the link to \`/about#our-studios\` leads to the top of the page, not to a section: the page \`/about\` has no heading whose address is \`#our-studios\`; ${HOW}. Did you mean \`/about#our-studio\`? ${ABOUT_HEADINGS}`,
      "content/articles/links.md:11: the link to `/authors/isla#training` leads to the top of the page, not to a section: the page `/authors/isla` has no heading whose address is `#training`; a bio's heading's address on its author's page is `bio-` and its words in lowercase with hyphens between them (the heading “## Daily care” is `#bio-daily-care`). Did you mean `/authors/isla#bio-training`? Its headings are: `#bio-training` (Training)",
      "content/articles/links.md:13: the link to `/tags/metal-care#rings` leads to the top of the page, not to a section: the page `/tags/metal-care` has no sections, only a list of articles; link to the page itself: write `/tags/metal-care`",
    ]);
  });

  it("is an error on a later page of a tag's or an author's list, which has no sections either", async () => {
    // Thirteen articles by Isla tagged "metal care": both lists have a page 2.
    for (const n of Array.from({ length: 10 }, (_, index) => index + 1)) await folder().write(`content/articles/more-${n}.md`, article({ title: `"More ${n}"` }));
    expect(await errorsOf("[two](/tags/metal-care/page/2#rings) [also two](/authors/isla/page/2#training)\n")).toEqual([
      "content/articles/links.md:9: the link to `/tags/metal-care/page/2#rings` leads to the top of the page, not to a section: the page `/tags/metal-care/page/2` has no sections, only a list of articles; link to the page itself: write `/tags/metal-care/page/2`",
      "content/articles/links.md:9: the link to `/authors/isla/page/2#training` leads to the top of the page, not to a section: the page `/authors/isla/page/2` has no sections, only a list of articles; link to the page itself: write `/authors/isla/page/2`",
    ]);
  });

  it("to a later page of a tag's or an author's list that does not exist, or to a list's address mistyped, gets the error for its address, and no second one for its `#part`", async () => {
    // Nine more articles by Jonah, tagged "opals": the journal has a page 2, the tag's list and Isla's do not.
    await folder().write("content/authors/jonah.md", "---\nname: Jonah Petrakis\n---\nJonah carves wax.\n");
    for (const n of Array.from({ length: 9 }, (_, index) => index + 1)) await folder().write(`content/articles/opals-${n}.md`, article({ title: `"Opals ${n}"`, author: "jonah", tags: '["opals"]' }));
    const body = "[two](/tags/metal-care/page/2#rings) [also two](/authors/isla/page/2#training)\n\n[pages](/tags/metal-care/pages/1#rings)\n";
    expect(await errorsOf(body)).toEqual([
      "content/articles/links.md:9: the link to `/tags/metal-care/page/2#rings`: the tag `metal-care` lists 3 published articles, 10 a page, so its last page is page 1, `/tags/metal-care`; there is no page 2, so readers would land on the “page not found” page; link to `/tags/metal-care`, or remove the link",
      "content/articles/links.md:9: the link to `/authors/isla/page/2#training`: the author `isla` lists 3 published articles, 10 a page, so its last page is page 1, `/authors/isla`; there is no page 2, so readers would land on the “page not found” page; link to `/authors/isla`, or remove the link",
      "content/articles/links.md:11: the link to `/tags/metal-care/pages/1#rings`: there is no page at `/tags/metal-care/pages/1`: the address of a tag ends with its name; write `/tags/metal-care`",
    ]);
  });

  it("in a bio, to its own heading: `#training` passes (the page points it at `#bio-training`), `#trainning` is an error naming the heading as the bio may write it", async () => {
    await folder().write("content/authors/isla.md", `${ISLA}\n## Training\n\n[Where](#training) and [when](#bio-training); [how](#trainning).\n`);
    const errors = (await checkFolder(folder())).filter((issue) => issue.file === "content/authors/isla.md").map(formatIssue);
    expect(errors).toEqual([
      `content/authors/isla.md:9: the link to \`#trainning\` leads to the top of the page, not to a section: this bio has no heading whose address is \`#trainning\`; ${HOW}. Did you mean \`#training\`? Its headings are: \`#training\` (Training)`,
    ]);
  });
});

describe("a link to a section of the home page, `/authors`, `/tags` or `/search` (`/#x`, `/authors#x`)", () => {
  const BODY = "[newest](/#newest)\n\n[our makers](/authors/#isla)\n\n[subjects](/tags#gold)\n\n[find gold](/search?q=gold#results)\n";

  it("passes for the top of the page and for `#main`, the skip link's target, which every page has", async () => {
    expect(await errorsOf("[a](/#main) [b](/#) [c](/authors#main) [d](/tags#top) [e](/search#main) [f](/search?q=gold)\n")).toEqual([]);
  });

  it("is an error for any other `#part`: the page has no sections, only its list or the search box; the address given passes the next run", async () => {
    expect(await errorsOf(BODY)).toEqual([
      "content/articles/links.md:9: the link to `/#newest` leads to the top of the page, not to a section: the page `/` has no sections, only a list of articles; link to the page itself: write `/`",
      "content/articles/links.md:11: the link to `/authors/#isla` leads to the top of the page, not to a section: the page `/authors` has no sections, only a list of authors; link to the page itself: write `/authors/`",
      "content/articles/links.md:13: the link to `/tags#gold` leads to the top of the page, not to a section: the page `/tags` has no sections, only a list of tags; link to the page itself: write `/tags`",
      "content/articles/links.md:15: the link to `/search?q=gold#results` leads to the top of the page, not to a section: the page `/search` has no sections, only a search box; link to the page itself: write `/search?q=gold`",
    ]);
    expect(await errorsOf(BODY.replace(/#[a-z]+\)/g, ")"))).toEqual([]);
  });

  it("is an error on a later page of the home page's list, which exists once it has more than ten published articles", async () => {
    for (const n of Array.from({ length: 9 }, (_, index) => index + 1)) await folder().write(`content/articles/more-${n}.md`, article({ title: `"More ${n}"` }));
    expect(await errorsOf("[two](/page/2#rings)\n")).toEqual([
      "content/articles/links.md:9: the link to `/page/2#rings` leads to the top of the page, not to a section: the page `/page/2` has no sections, only a list of articles; link to the page itself: write `/page/2`",
    ]);
  });

  it("to a later page of the home page's list that does not exist gets the error that there is no such page, and no second one for its `#part`", async () => {
    expect(await errorsOf("[two](/page/2#rings)\n")).toEqual([
      "content/articles/links.md:9: the link to `/page/2#rings`: the home page lists 3 published articles, 10 a page, so its last page is page 1, `/`; there is no page 2, so readers would land on the “page not found” page; link to `/`, or remove the link",
    ]);
  });
});

describe("a link to the author's bio shown under an article (`/articles/x#bio-training`)", () => {
  beforeEach(async () => {
    await folder().write("content/authors/isla.md", `${ISLA}\n## Training\n\nFive years at the bench.\n`);
  });

  it("passes: the article's page shows its author's bio, whose headings keep their `bio-` address there", async () => {
    expect(await errorsOf("[a](/articles/gold-karats#bio-training) [b](#bio-training)\n")).toEqual([]);
  });

  it("is told the bio's heading under `bio-` when the link leaves it out, and the address given passes the next run", async () => {
    const body = "[other](/articles/gold-karats#training)\n\n[same](#training)\n";
    expect(await errorsOf(body)).toEqual([
      `content/articles/links.md:9: the link to \`/articles/gold-karats#training\` leads to the top of the page, not to a section: the article \`gold-karats\` has no heading whose address is \`#training\`; ${HOW}. Did you mean \`/articles/gold-karats#bio-training\`? ${GOLD_HEADINGS}, \`#bio-training\` (Training, in the author's bio)`,
      `content/articles/links.md:11: the link to \`#training\` leads to the top of the page, not to a section: this article has no heading whose address is \`#training\`; ${HOW}. Did you mean \`#bio-training\`? Its headings are: \`#bio-training\` (Training, in the author's bio)`,
    ]);
    expect(await errorsOf(body.replaceAll("#training", "#bio-training"))).toEqual([]);
  });
});

describe("a link to an id of the page around the text (`#main`, `#toc-heading`): only the pages that show it have it", () => {
  beforeEach(async () => {
    await folder().write("content/articles/opals.md", article({ title: '"Opals"', tags: '["opals"]' }, "Opals crack.\n"));
  });

  it("passes `#main` on every page, and on an article's page the author's card, its contents from three headings, its previous and next articles, and related ones sharing a tag", async () => {
    const body = "[a](/about#main) [b](/tags#main) [c](/articles/opals#about-the-author) [d](/articles/gold-karats#toc-heading) [e](/articles/opals#pager-heading) [f](/articles/gold-karats#related-heading)\n";
    expect(await errorsOf(body)).toEqual([]);
  });

  it("passes the related articles on an article that shares one tag with another, though the other has tags of its own too", async () => {
    await folder().write("content/articles/fire-opals.md", article({ title: '"Fire Opals"', tags: '["opals", "gemstones"]' }, "Fire opals glow.\n"));
    expect(await errorsOf("[more on opals](/articles/opals#related-heading)\n")).toEqual([]);
  });

  it("is an error on a page without it, saying what it heads and when a page shows it; the address given passes the next run", async () => {
    const body = "[a](/about#about-the-author)\n\n[b](/articles/plain#toc-heading)\n\n[c](/articles/opals#related-heading)\n\n[d](/authors/isla#pager-heading)\n\n[e](#toc-heading)\n\n## Notes\n";
    const top = (link: string) => `the link to \`${link}\` leads to the top of the page, not to a section`;
    const TOC = "the heading of the contents (“In this article”), which an article's page shows only when its text has 3 headings or more (`##` or `###`)";
    expect(await errorsOf(body)).toEqual([
      `content/articles/links.md:9: ${top("/about#about-the-author")}: the page \`/about\` has no \`#about-the-author\`, the heading of the author's card, which only an article's page shows; link to the page itself: write \`/about\``,
      `content/articles/links.md:11: ${top("/articles/plain#toc-heading")}: the article \`plain\` has no \`#toc-heading\`, ${TOC}; link to the article itself: write \`/articles/plain\``,
      `content/articles/links.md:13: ${top("/articles/opals#related-heading")}: the article \`opals\` has no \`#related-heading\`, the heading of the related articles, which an article's page shows only when another published article shares one of its tags; link to the article itself: write \`/articles/opals\``,
      `content/articles/links.md:15: ${top("/authors/isla#pager-heading")}: the page \`/authors/isla\` has no \`#pager-heading\`, the heading of the links to the previous and next articles, which an article's page shows only when another article is published; link to the page itself: write \`/authors/isla\``,
      `content/articles/links.md:17: ${top("#toc-heading")}: this article has no \`#toc-heading\`, ${TOC}; remove the link, or link to one of its headings: \`#notes\` (Notes)`,
    ]);
    const mended = body.replace(/(\/[a-z/]+)#[a-z-]+\)/g, "$1)").replace("#toc-heading", "#notes");
    expect(await errorsOf(mended)).toEqual([]);
  });

  it("is an error for the previous and next articles on the journal's only published article, whose page has none; it passes once another is published", async () => {
    await folder().write("content/articles/gold-karats.md", article({ title: '"Gold Karats"', draft: "true" }, GOLD));
    await folder().write("content/articles/plain.md", article({ title: '"Plain"', draft: "true" }));
    await folder().write("content/articles/opals.md", article({ title: '"Opals"', draft: "true" }));
    expect(await errorsOf("[the next article](#pager-heading)\n")).toEqual([
      "content/articles/links.md:9: the link to `#pager-heading` leads to the top of the page, not to a section: this article has no `#pager-heading`, the heading of the links to the previous and next articles, which an article's page shows only when another article is published; remove the link",
    ]);
    await folder().write("content/articles/plain.md", article({ title: '"Plain"' }));
    expect(await errorsOf("[the next article](#pager-heading)\n")).toEqual([]);
  });

  it("says what each of the pages' own ids heads, so a new one cannot be left unexplained", () => {
    expect(new Set(["main", ...PAGE_ID_ROLES.keys()])).toEqual(PAGE_IDS);
  });
});

describe("a link to another article's section that it lacks", () => {
  it("involves that article's file, so `check:content` given only that file lists it too", async () => {
    await folder().write("content/articles/links.md", article({ title: '"Links"' }, "[care](/articles/gold-karats#dailycare)\n"));
    const found = (await checkFolder(folder())).filter((issue) => issue.file === "content/articles/links.md");
    expect(found.map((issue) => [issue.line, issue.related])).toEqual([[9, ["content/articles/gold-karats.md"]]]);
  });
});
