import { beforeEach, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { article, checkFolder } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";
import { linkErrorsPerTest } from "../helpers/link-errors-per-test";

const { errorsOf, folder } = linkErrorsPerTest({
  "content/articles/gold-karats.md": article({ title: '"Gold Karats"' }),
  "public/files/price-list.pdf": "%PDF-1.4\n",
});

beforeEach(async () => {
  await folder().write("public/images/ring.jpg", await smallImage());
});

const NOWHERE = "so readers would land on the “page not found” page";

describe("links to the journal's other pages and to files under public/", () => {
  it("pass when the page is one the sitemap lists, a feed, or a file in public/", async () => {
    const body = "[a](/about) [b](/archive) [c](/tags) [d](/authors) [e](/search?q=gold) [f](/) [g](/about/)\n\n[h](/feed.xml) [i](/atom.xml) [j](/feed.json) [k](/sitemap.xml) [l](/robots.txt)\n\n[m](/images/ring.jpg) [n](/files/price-list.pdf)\n";
    expect(await errorsOf(body)).toEqual([]);
  });

  it("are errors when no page answers them, with the nearest page when one is close", async () => {
    const body = "[About us](/about-us)\n\n[our prices](/prices)\n\n<a href=\"/Archive\">the archive</a>\n";
    expect(await errorsOf(body)).toEqual([
      `content/articles/links.md:9: the link to \`/about-us\` leads nowhere: the journal has no page \`/about-us\`, ${NOWHERE}; did you mean \`/about\`?`,
      `content/articles/links.md:11: the link to \`/prices\` leads nowhere: the journal has no page \`/prices\`, ${NOWHERE}; link to one of its pages (like \`/about\`, \`/archive\` or an article's \`/articles/<its file name without .md>\`), or remove the link`,
      `content/articles/links.md:13: the link to \`/Archive\` leads nowhere: the journal has no page \`/Archive\`, ${NOWHERE}; did you mean \`/archive\`?`,
    ]);
  });

  it("read a dot inside the path as part of a page's name, and a slash at the end as nothing", async () => {
    const body = "[our shop](/shop.example/rings)\n\n[About us](/abot/)\n";
    expect(await errorsOf(body)).toEqual([
      `content/articles/links.md:9: the link to \`/shop.example/rings\` leads nowhere: the journal has no page \`/shop.example/rings\`, ${NOWHERE}; link to one of its pages (like \`/about\`, \`/archive\` or an article's \`/articles/<its file name without .md>\`), or remove the link`,
      `content/articles/links.md:11: the link to \`/abot/\` leads nowhere: the journal has no page \`/abot\`, ${NOWHERE}; did you mean \`/about\`?`,
    ]);
  });

  it("are errors when the file is not in public/, with the file meant when there is one", async () => {
    const body = "[the ring](/images/rings.jpg)\n\n[the ring again](/Images/ring.jpg)\n\n[prices](/price-list.pdf)\n\n[the catalogue](/files/catalogue-2026.pdf)\n";
    expect(await errorsOf(body)).toEqual([
      `content/articles/links.md:9: the link to \`/images/rings.jpg\` leads nowhere: there is no file \`/images/rings.jpg\` in the public/ folder, ${NOWHERE}; did you mean \`/images/ring.jpg\`?`,
      `content/articles/links.md:11: the link to \`/Images/ring.jpg\` leads nowhere: there is no file \`/Images/ring.jpg\`, ${NOWHERE}; did you mean \`/images/ring.jpg\`? (capitals count on the web)`,
      `content/articles/links.md:13: the link to \`/price-list.pdf\` leads nowhere: there is no file \`/price-list.pdf\` in the public/ folder, ${NOWHERE}; did you mean \`/files/price-list.pdf\`?`,
      `content/articles/links.md:15: the link to \`/files/catalogue-2026.pdf\` leads nowhere: there is no file \`/files/catalogue-2026.pdf\` in the public/ folder, ${NOWHERE}; put the file at \`public/files/catalogue-2026.pdf\`, or correct the link`,
    ]);
  });

  it("count only list pages that exist: `/page/2` needs more articles than one page holds, and is told the last page there is (links.ts)", async () => {
    expect(await errorsOf("[older articles](/page/2)\n")).toEqual([
      `content/articles/links.md:9: the link to \`/page/2\`: the home page lists 2 published articles, 10 a page, so its last page is page 1, \`/\`; there is no page 2, ${NOWHERE}; link to \`/\`, or remove the link`,
    ]);
  });
});

describe("a relative link, read against the address of the page it is on", () => {
  it("leads from a bio to the author page beside it, and from an article with errors to the article beside it", async () => {
    await folder().write("content/authors/isla.md", '---\nname: Isla Marrow\nrole: "Owner"\n---\nIsla works with [Jonah](jonah).\n');
    await folder().write("content/authors/jonah.md", '---\nname: Jonah Petrakis\nrole: "Carver"\n---\nJonah carves wax.\n');
    await folder().write("content/articles/links.md", article({ title: '"Links"', date: "2025-02-30" }, "Read [about karats](gold-karats) first.\n"));
    expect((await checkFolder(folder())).map(formatIssue)).toEqual([
      "content/articles/links.md:4: `date` must be a real date, and `2025-02-30` is not a real day of the calendar; write it like `date: 2025-11-29` (year-month-day), or with a time like `date: 2025-11-29T09:30:00+00:00`",
    ]);
  });
});
