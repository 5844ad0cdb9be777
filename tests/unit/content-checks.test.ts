import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkCheckboxNames } from "@/lib/checks/checkbox-names";
import { checkCollection } from "@/lib/checks/check-collection";
import { pagesToCheck } from "@/lib/checks/pages";
import { renderers } from "@/lib/checks/renderers";
import { formatIssue, type ContentIssue } from "@/lib/content/issues";
import { loadCollection } from "@/lib/content/load";
import { article, GUEST, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";
import { renderArticleHtml } from "@/lib/content/markdown";
import { scaffoldArticle, scaffoldAuthor } from "@/lib/authoring/scaffold";

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
  await folder.write("content/authors/jonah.md", GUEST);
  await folder.write("public/images/ring.jpg", await smallImage());
  // Shares the tag "silver", so one article alone does not get advice about a tag nobody else uses.
  await folder.write("content/articles/companion.md", article({ title: '"A Companion Piece"', description: '"A companion piece that shares its tag with the articles under test."', tags: '["silver"]' }));
});

afterEach(() => folder.remove());

/** Loader problems and checks together, as `check:content` reports them, for one file. */
async function reported(file: string, options: { dev?: boolean } = {}): Promise<ContentIssue[]> {
  const collection = await folder.load();
  const issues = [...collection.issues, ...(await checkCollection(collection, { publicDir: folder.publicDir, dev: options.dev ?? false }))];
  return issues.filter((issue) => issue.file === `content/${file}`);
}

const lines = (issues: readonly ContentIssue[]) => issues.map(formatIssue);

/** The 1-based line of `text` on which `needle` first appears. */
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((line) => line.includes(needle)) + 1;

let written = 0;

/** An article that needs no writing advice (its own title, too), so only the problem under test is reported. */
const good = (fields: Record<string, string | undefined> = {}, body = "Words.\n") =>
  article({ title: `"Caring for Silver, part ${(written += 1)}"`, description: '"How to keep sterling bright without wearing it away, in five small habits."', tags: '["silver"]', ...fields }, body);

async function withFriends() {
  await folder.write("content/articles/gold-karats.md", good({ title: "Gold Karats", tags: '["silver", "gold"]' }, "Words.\n\n## Alloys\n\nMore words.\n"));
  await folder.write("content/articles/opals.md", good({ title: "Opals", draft: "true", tags: '["opals", "silver"]' }));
  await folder.write("content/articles/future.md", good({ title: "Future", date: "2099-01-15", tags: '["gold"]' }));
}

describe("links", () => {
  it("lead to published articles (and their sections), authors and tags; other websites are not checked", async () => {
    await withFriends();
    const body = [
      "See [karats](/articles/gold-karats), [the same, with a slash](/articles/gold-karats/),",
      "[a section](/articles/gold-karats#alloys), [relative](gold-karats) and [Isla](/authors/isla).",
      "Tagged [silver](/tags/silver) and [gold](/tags/gold); [home](/), [top](#top),",
      "[elsewhere](https://example.com/articles/nothing) and [mail](mailto:isla@example.com).",
      "",
      "[a reference][karats]",
      "",
      "[karats]: /articles/gold-karats",
    ].join("\n");
    await folder.write("content/articles/guide.md", good({}, body));
    expect(lines(await reported("articles/guide.md"))).toEqual([]);
  });

  it("to missing pages are errors naming the file, the line and the link", async () => {
    await withFriends();
    const text = good({}, ["Intro.", "", "Read [karats](/articles/gold-karat) and", "[Jo](/authors/jo), then [pearls](/tags/pearls)."].join("\n"));
    await folder.write("content/articles/guide.md", text);
    const [first, second] = [lineOf(text, "[karats]"), lineOf(text, "[Jo]")];
    expect(second).toBe(first + 1);
    expect(lines(await reported("articles/guide.md"))).toEqual([
      `content/articles/guide.md:${first}: the link to \`/articles/gold-karat\`: there is no article \`gold-karat\`; the address is the file name in content/articles/ without .md. Did you mean \`/articles/gold-karats\`?`,
      `content/articles/guide.md:${second}: the link to \`/authors/jo\`: there is no author \`jo\`. The authors are: isla, jonah`,
      `content/articles/guide.md:${second}: the link to \`/tags/pearls\`: no article has a tag whose address is \`pearls\`; a tag's address is its name in lowercase with hyphens (the tag "metal care" is /tags/metal-care).`,
    ]);
    expect((await reported("articles/guide.md")).map((issue) => issue.severity)).toEqual(["error", "error", "error"]);
  });

  it("to drafts and scheduled articles are errors in production, warnings in development", async () => {
    await withFriends();
    await folder.write("content/articles/guide.md", good({}, "[Opals](/articles/opals), [the future](/articles/future) and [opal tag](/tags/opals).\n"));
    const production = await reported("articles/guide.md");
    expect(production.map((issue) => [issue.severity, issue.message])).toEqual([
      ["error", "the link to `/articles/opals`: `opals` is a draft, so readers would land on a missing page; publish it first (remove `draft: true` from content/articles/opals.md) or remove the link"],
      ["error", "the link to `/articles/future`: `future` is scheduled for 2099-01-15, so the link leads nowhere until then; add it after that date or remove it"],
      ["error", "the link to `/tags/opals`: only unpublished articles have the tag `opals` so far, so its page does not exist yet; link to it once one of them is published"],
    ]);
    const development = await reported("articles/guide.md", { dev: true });
    expect(development.map((issue) => issue.severity)).toEqual(["warning", "warning", "warning"]);
  });

  it("from a draft to another draft are warnings: nobody can follow them yet", async () => {
    await withFriends();
    await folder.write("content/articles/draft-two.md", good({ draft: "true" }, "[Opals](/articles/opals)\n"));
    expect((await reported("articles/draft-two.md")).map((issue) => issue.severity)).toEqual(["warning"]);
  });

  it("in author bios are checked against the author page's address", async () => {
    await folder.write("content/authors/isla.md", `${ISLA}Read [my guide](../articles/no-such-guide).\n`);
    expect(lines(await reported("authors/isla.md"))).toEqual([
      "content/authors/isla.md:6: the link to `../articles/no-such-guide`: there is no article `no-such-guide`; the address is the file name in content/articles/ without .md.",
    ]);
  });
});

describe("images", () => {
  it("that exist under public/, are pictures and have a description pass", async () => {
    await folder.write("public/images/ring one.png", await smallImage("png"));
    await folder.write("public/images/cover.jpg", await smallImage());
    await folder.write("content/articles/ok.md", good({ cover: "\n  src: /images/cover.jpg\n  alt: A ring" }, "![A ring](/images/ring.jpg)\n\n![Another](/images/ring%20one.png)\n"));
    expect(lines(await reported("articles/ok.md"))).toEqual([]);
  });

  it("as a cover of another shape than 3:2 get a warning that says how it will be shown and the crop that fills the frame", async () => {
    await folder.write("public/images/wide.jpg", await smallImage("jpeg", 1600, 900));
    const text = good({ cover: "\n  src: /images/wide.jpg\n  alt: A wide bench" }, "Text.\n");
    await folder.write("content/articles/wide.md", text);
    expect(lines(await reported("articles/wide.md"))).toEqual([
      `content/articles/wide.md:${lineOf(text, "src: /images/wide.jpg")}: the cover \`/images/wide.jpg\` is 1600×900, not 3:2: its article shows it whole at that shape, and lists show it whole inside a 3:2 frame on a blurred copy of its colours; to fill the frame instead, crop it to 1350×900 pixels`,
    ]);
  });

  it("in Markdown must exist, be given from public/ and describe what they show", async () => {
    const text = good(
      {},
      ["![A ring](/images/missing.jpg)", "", "![](/images/ring.jpg)", "", "![A ring](images/ring.jpg)", "", "![A ring](/images/..%2F..%2Fsecret.jpg)", "", "![A ring](public/images/ring.jpg)", "", "![A ring](/images/Ring.jpg)", "", "![A ring](https:evil.example/x.png)"].join("\n"),
    );
    await folder.write("content/articles/pictures.md", text);
    expect(lines(await reported("articles/pictures.md"))).toEqual([
      `content/articles/pictures.md:${lineOf(text, "missing.jpg")}: the image \`/images/missing.jpg\` does not exist; put the picture at \`public/images/missing.jpg\`, or correct the path`,
      `content/articles/pictures.md:${lineOf(text, "![]")}: the image \`/images/ring.jpg\` has no description; write what it shows between the square brackets, like \`![A silver ring set with a blue topaz](/images/ring.jpg)\``,
      `content/articles/pictures.md:${lineOf(text, "](images/")}: the image path \`images/ring.jpg\` must start with \`/\` and the folder under public/: write \`/images/ring.jpg\``,
      `content/articles/pictures.md:${lineOf(text, "secret")}: the image path \`/images/..%2F..%2Fsecret.jpg\` leads outside the public/ folder; pictures go in public/images/, written like \`/images/articles/ring.jpg\``,
      `content/articles/pictures.md:${lineOf(text, "](public/")}: the image path \`public/images/ring.jpg\` starts with \`public/\`; leave out \`public/\`: write \`/images/ring.jpg\``,
      `content/articles/pictures.md:${lineOf(text, "Ring.jpg")}: the image \`/images/Ring.jpg\` does not exist; did you mean \`/images/ring.jpg\`? (capitals count on the web)`,
      `content/articles/pictures.md:${lineOf(text, "https:evil")}: the image path \`https:evil.example/x.png\` is neither a picture in public/ nor a web address (those start with \`https://\`); write a path like \`/images/articles/ring.jpg\``,
    ]);
  });

  it("must be files browsers can show, in a cover, an avatar or the body", async () => {
    await folder.write("public/images/notes.jpg", "not a picture at all");
    await folder.write("public/images/scan.tif", await smallImage("tiff"));
    const jonah = GUEST.replace("guest: true", "guest: true\navatar:\n  src: /images/scan.tif\n  alt: Jonah");
    const broken = good({ cover: "\n  src: /images/notes.jpg\n  alt: Notes" }, "![A scan](/images/scan.tif)\n");
    await folder.write("content/authors/jonah.md", jonah);
    await folder.write("content/articles/broken.md", broken);
    expect(lines(await reported("articles/broken.md"))).toEqual([
      `content/articles/broken.md:${lineOf(broken, "src:")}: the file \`/images/notes.jpg\` is not a picture (it may be damaged, or another kind of file renamed); save it again as JPEG, PNG or WebP`,
      `content/articles/broken.md:${lineOf(broken, "![A scan]")}: the image \`/images/scan.tif\` is a TIFF file, which web browsers cannot show; export it as JPEG, PNG or WebP`,
    ]);
    expect(lines(await reported("authors/jonah.md"))).toEqual([
      `content/authors/jonah.md:${lineOf(jonah, "src:")}: the image \`/images/scan.tif\` is a TIFF file, which web browsers cannot show; export it as JPEG, PNG or WebP`,
    ]);
  });

  it("over 10 MB get a warning with the widest copy the site makes where they are shown", async () => {
    // Bytes after the end of a JPEG are ignored by every decoder: a real picture of that weight.
    await folder.write("public/images/huge.jpg", Buffer.concat([await smallImage("jpeg", 3000, 1500), Buffer.alloc(10_500_000)]));
    await folder.write("content/authors/jonah.md", GUEST.replace("guest: true", "guest: true\navatar:\n  src: /images/huge.jpg\n  alt: Jonah"));
    await folder.write("content/articles/heavy.md", good({}, "![A ring](/images/huge.jpg)\n"));
    const [inBody] = await reported("articles/heavy.md");
    expect(inBody?.severity).toBe("warning");
    expect(inBody?.message).toMatch(/^the image `\/images\/huge\.jpg` is 10\.5 MB: readers load only the smaller copies the site makes of it, but a file this big makes the journal slow to copy and to build; resize it from 3000×1500 to 2400×1200 pixels \(the largest the site shows it\) and save it as JPEG at about 80% quality$/);
    const [avatar] = await reported("authors/jonah.md");
    // Its copies are squares of its middle, 256 at most: the advice keeps the shorter side at 256.
    expect(avatar?.message).toMatch(/resize it from 3000×1500 to 512×256 pixels/);
  });

  it("on other websites are errors, since the page shows none of them", async () => {
    await folder.write("content/articles/hotlink.md", good({}, "![A ring](https://example.com/ring.jpg)\n"));
    expect((await reported("articles/hotlink.md")).map((issue) => [issue.severity, issue.message])).toEqual([
      [
        "error",
        "the picture `https://example.com/ring.jpg` is on another website, and the page shows only pictures that are part of the journal, so readers would see none; save the photo under public/images/articles/, commit it with the article, and write `![A ring](/images/articles/ring.jpg)`",
      ],
    ]);
  });
});

describe("links that work in the preview or look right, but lead nowhere on the published site", () => {
  it("are errors that give the address to write", async () => {
    const text = good({}, ["[a](http://localhost:3000/articles/companion)", "[b](www.example.com)", "[c](articles/companion)", "[d](/article/companion)", "[e](/Tags/silver)", "[f](/tags/silver/page/1)", "[g](../tags/silver)"].join("\n\n"));
    await folder.write("content/articles/links.md", text);
    expect((await reported("articles/links.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [lineOf(text, "[a]"), "error", "the link to `http://localhost:3000/articles/companion` is the preview's address on your computer, which readers cannot open; write it without `http://localhost:3000`: `/articles/companion`"],
      [lineOf(text, "[b]"), "error", "the link to `www.example.com` is read as a page of this journal, because a link to another website starts with `https://`; write the full address: `https://www.example.com`"],
      [
        lineOf(text, "[c]"),
        "error",
        "the link to `articles/companion` leads nowhere: an address without `/` at the start is read from the folder of the page it is on, so this one leads to `/articles/articles/companion`; write `/articles/companion`",
      ],
      [lineOf(text, "[d]"), "error", "the link to `/article/companion` leads nowhere: there is no page at `/article/companion` (capitals and the plural count); write `/articles/companion`"],
      [lineOf(text, "[e]"), "error", "the link to `/Tags/silver` leads nowhere: there is no page at `/Tags/silver` (capitals and the plural count); write `/tags/silver`"],
    ]);
  });
});

describe("a link written as HTML", () => {
  it("is checked in an article; in a bio, whose page drops HTML, it is told to be written in Markdown", async () => {
    await folder.write("content/authors/isla.md", `---\nname: Isla Marrow\nrole: "Owner and artisan, Marrow & Vale"\n---\nIsla makes rings; <a href="/price-list">her prices</a>.\n`);
    await folder.write("content/articles/prices.md", good({}, 'Our <a href="/price-list">prices</a>.\n'));
    expect((await reported("authors/isla.md")).map((issue) => issue.message).filter((message) => message.includes("/price-list"))).toEqual([
      "the page shows `her prices` as plain text, not as a link: a bio shows no HTML, only Markdown; write `[her prices](/price-list)`",
    ]);
    expect((await reported("articles/prices.md")).map((issue) => issue.message).filter((message) => message.includes("/price-list"))).toEqual([
      "the link to `/price-list` leads nowhere: the journal has no page `/price-list`, so readers would land on the “page not found” page; link to one of its pages (like `/about`, `/archive` or an article's `/articles/<its file name without .md>`), or remove the link",
    ]);
  });
});

describe("an email address or a phone number written as a link", () => {
  it("is an error that gives the link to write, with mailto: or tel:", async () => {
    const text = good({}, ["[write to us](studio@marrowandvale.example)", "[call us](+44-20-7946-0000)", "[page 2](2)"].join("\n\n"));
    await folder.write("content/articles/contact.md", text);
    const messages = (await reported("articles/contact.md")).map((issue) => [issue.line, issue.severity, issue.message]);
    expect(messages.slice(0, 2)).toEqual([
      [lineOf(text, "[write to us]"), "error", "the link to `studio@marrowandvale.example` is read as a page of this journal, because a link that writes an email starts with `mailto:`; write `mailto:studio@marrowandvale.example`"],
      [lineOf(text, "[call us]"), "error", "the link to `+44-20-7946-0000` is read as a page of this journal, because a link that calls a number starts with `tel:`; write `tel:+442079460000`"],
    ]);
    expect(messages.slice(2).map(([, , message]) => String(message))).not.toContainEqual(expect.stringContaining("tel:"));
  });
});

describe("links and pictures Markdown does not read, because their address holds a space", () => {
  it("are errors that quote them and give the line to write; the escaped and the quoted ones are left alone", async () => {
    await withFriends();
    const text = good({}, ["See [karats](/articles/gold karats) and [prices](https://example.com/price list.pdf).", "", "![A ring](/images/my ring.jpg)", "", "Not links: \\[a\\](b c) and `[d](e f)`."].join("\n"));
    await folder.write("content/articles/spaces.md", text);
    expect((await reported("articles/spaces.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [
        lineOf(text, "[karats]"),
        "error",
        "the link `[karats](/articles/gold karats)` is shown as the text you typed, not as a link, because its address holds a space; the addresses of this journal's pages have hyphens where their names have spaces: write `[karats](/articles/gold-karats)`",
      ],
      [lineOf(text, "[karats]"), "error", "the link `[prices](https://example.com/price list.pdf)` is shown as the text you typed, not as a link, because its address holds a space; write each space as %20: `[prices](https://example.com/price%20list.pdf)`"],
      [
        lineOf(text, "![A ring]"),
        "error",
        "the picture `![A ring](/images/my ring.jpg)` is shown as the text you typed, not as a picture, because its path holds a space; rename the file without spaces (`public/images/my-ring.jpg`) and write `![A ring](/images/my-ring.jpg)`, or keep its name and write each space as %20: `![A ring](/images/my%20ring.jpg)`",
      ],
    ]);
  });

  it("pass once written as the message says, and the page shows the picture", async () => {
    await folder.write("public/images/my ring.jpg", await smallImage());
    const body = "![A ring](/images/my%20ring.jpg)\n\n![A ring again](</images/my ring.jpg>)\n";
    await folder.write("content/articles/encoded.md", good({}, body));
    expect(lines(await reported("articles/encoded.md"))).toEqual([]);
    const html = await renderArticleHtml(body, { publicDir: folder.publicDir });
    expect(html.match(/<img [^>]*alt="A ring[^"]*"[^>]*>/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html).not.toContain("](");
  });
});

describe("links the check follows past a page's address, and in HTML", () => {
  it("are errors like Markdown links: nothing after an article's address, and `<a href>` leads somewhere", async () => {
    await withFriends();
    const text = good({}, ["[a](/articles/gold-karats/extra) [b](/tags/silver/page/2) [c](/authors/isla/more)", "", 'Ask <a href="/articles/gold-karat">here</a>.', "", '<div>\n<a href="/tags/gold">gold</a> <a href="/articles/opal">opals</a>\n</div>'].join("\n"));
    await folder.write("content/articles/further.md", text);
    expect((await reported("articles/further.md")).map((issue) => [issue.line, issue.message])).toEqual([
      [lineOf(text, "[a]"), "the link to `/articles/gold-karats/extra`: there is no page at `/articles/gold-karats/extra`: the address of an article ends with its name; write `/articles/gold-karats`"],
      [
        lineOf(text, "[b]"),
        "the link to `/tags/silver/page/2`: the tag `silver` lists 3 published articles, 10 a page, so its last page is page 1, `/tags/silver`; there is no page 2, so readers would land on the “page not found” page; link to `/tags/silver`, or remove the link",
      ],
      [lineOf(text, "[a]"), "the link to `/authors/isla/more`: there is no page at `/authors/isla/more`: the address of an author ends with its name; write `/authors/isla`"],
      [lineOf(text, "Ask"), "the link to `/articles/gold-karat`: there is no article `gold-karat`; the address is the file name in content/articles/ without .md. Did you mean `/articles/gold-karats`?"],
      [lineOf(text, "opals"), "the link to `/articles/opal`: there is no article `opal`; the address is the file name in content/articles/ without .md."],
    ]);
  });

  it("but not in an author's bio, whose HTML the page leaves out: it is told to be written in Markdown, which is followed on the next run", async () => {
    await folder.write("content/authors/isla.md", ISLA.replace("Isla makes rings.", 'Isla makes <a href="/articles/nothing">rings</a>.'));
    expect(lines(await reported("authors/isla.md"))).toEqual([
      "content/authors/isla.md:5: the page shows `rings` as plain text, not as a link: a bio shows no HTML, only Markdown; write `[rings](/articles/nothing)`",
    ]);
  });
});

describe("picture paths written from the author's computer", () => {
  it("get the path under public/ to write, found on disk when the name alone is given", async () => {
    await folder.write("public/images/articles/Bench.jpg", await smallImage());
    const text = good({}, ["![A ring](../public/images/ring.jpg)", "![A bench](bench.jpg)", "![A ring](C:\\Users\\isla\\Pictures\\ring.jpg)"].join("\n\n"));
    await folder.write("content/articles/paths.md", text);
    expect((await reported("articles/paths.md")).map((issue) => [issue.line, issue.message])).toEqual([
      [lineOf(text, "../public"), "the image path `../public/images/ring.jpg` must start with `/` and the folder under public/: write `/images/ring.jpg`"],
      [lineOf(text, "bench.jpg"), "the image path `bench.jpg` must start with `/` and the folder under public/: write `/images/articles/Bench.jpg`"],
      [lineOf(text, "C:"), "the image path `C:\\Users\\isla\\Pictures\\ring.jpg` is a file on your computer, which readers cannot see; copy the picture into public/images/articles/ and write `/images/articles/ring.jpg`"],
    ]);
  });
});

describe("a picture in the text without a description", () => {
  it("gets one error for its line, whatever else is wrong with it, ending on the line to write", async () => {
    await folder.write("public/images/scan.tif", await smallImage("tiff"));
    const text = good({}, ["![](https://example.com/ring.jpg)", "", "![](images/ring.jpg)", "", "![](/images/scan.tif)"].join("\n"));
    await folder.write("content/articles/undescribed.md", text);
    expect((await reported("articles/undescribed.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [
        lineOf(text, "example.com"),
        "error",
        "the picture `https://example.com/ring.jpg` is on another website, and the page shows only pictures that are part of the journal, so readers would see none; save the photo under public/images/articles/, commit it with the article, and use its path, `/images/articles/ring.jpg`. It also has no description: write `![A silver ring set with a blue topaz](/images/articles/ring.jpg)`, with your own words for what it shows",
      ],
      [
        lineOf(text, "](images/"),
        "error",
        "the image path `images/ring.jpg` must start with `/` and the folder under public/: write `/images/ring.jpg`. It also has no description: write `![A silver ring set with a blue topaz](/images/ring.jpg)`, with your own words for what it shows",
      ],
      [
        lineOf(text, "scan.tif"),
        "error",
        "the image `/images/scan.tif` is a TIFF file, which web browsers cannot show; export it as JPEG, PNG or WebP. It also has no description: write `![A silver ring set with a blue topaz](/images/scan.tif)`, with your own words for what it shows",
      ],
    ]);
  });
});

describe("writing advice", () => {
  it("warns about short descriptions, long titles and missing tags", async () => {
    await folder.write("content/articles/a.md", good({ description: '"Too short."', title: `"${"A very long title ".repeat(5).trim()}"`, tags: "[]" }));
    const a = await reported("articles/a.md");
    expect(a.map((issue) => [issue.severity, issue.line])).toEqual([
      ["warning", 2],
      ["warning", 3],
      ["warning", 6],
    ]);
    expect(a.map((issue) => issue.message)).toEqual([
      "`title` is 89 characters long; search results and browser tabs cut titles after about 70, so shorten it",
      "`description` is 10 characters long; aim for 50 to 160, so search results and article cards show one whole sentence or two",
      'the article has no tags; add one or two, like `tags: ["silver", "metal care"]`, so readers find it with related articles',
    ]);
  });

  it("points out a tag spelt differently from the same tag elsewhere, or close to a used one", async () => {
    await folder.write("content/articles/b.md", good({ tags: '["rose gold", "silver"]' }));
    await folder.write("content/articles/c.md", good({ tags: '["rose gold", "pearls"]' }));
    const d = good({ tags: "\n  - Rose  Gold\n  - silvr\n  - enamel" });
    await folder.write("content/articles/d.md", d);
    expect(lines(await reported("articles/d.md"))).toEqual([
      `content/articles/d.md:${lineOf(d, "Rose")}: the tag \`Rose  Gold\` is written \`rose gold\` in content/articles/c.md and other articles; it is the same tag, so write it the same way: \`  - rose gold\``,
      `content/articles/d.md:${lineOf(d, "silvr")}: the tag \`silvr\` is not used by any other article; did you mean \`silver\`? Write \`  - silver\``,
    ]);
  });

  it("names the newer file when two articles spell a tag two ways, with the line in that file's own form", async () => {
    await folder.write("content/articles/older.md", good({ date: "2025-10-01", tags: "\n  - Rose Gold\n  - silver" }));
    const newer = good({ date: "2025-12-01", tags: "[rose gold, silvr, silver]" });
    await folder.write("content/articles/newer.md", newer);
    expect(lines([...(await reported("articles/older.md")), ...(await reported("articles/newer.md"))])).toEqual([
      `content/articles/newer.md:${lineOf(newer, "tags")}: the tag \`rose gold\` is written \`Rose Gold\` in content/articles/older.md; it is the same tag, so write it the same way: \`tags: [Rose Gold, silvr, silver]\``,
      `content/articles/newer.md:${lineOf(newer, "tags")}: the tag \`silvr\` is not used by any other article; did you mean \`silver\`? Write \`tags: [Rose Gold, silver]\``,
    ]);
  });

  it("warns about two articles with one title, naming both files", async () => {
    await folder.write("content/articles/first.md", good({ title: '"Caring for Pearls"' }));
    await folder.write("content/articles/second.md", good({ title: '"Caring for  pearls"' }));
    expect(lines([...(await reported("articles/first.md")), ...(await reported("articles/second.md"))])).toEqual([
      "content/articles/first.md:2: the title `Caring for Pearls` is also the title of content/articles/second.md; readers cannot tell the two apart in lists and search results, so give each its own title",
      "content/articles/second.md:2: the title `Caring for  pearls` is also the title of content/articles/first.md; readers cannot tell the two apart in lists and search results, so give each its own title",
    ]);
  });

  it("reports example text left from `npm run new`: a warning in a draft, an error once published", async () => {
    const body = "<!-- a note -->\n\nStart here: what will the reader learn, and why does it matter to them?\n";
    const placeholder = '"Write one or two sentences here that tell a reader what they will learn."';
    await folder.write("content/articles/draft.md", good({ description: placeholder, draft: "true" }, body));
    await folder.write("content/articles/live.md", good({ description: placeholder }, body));
    expect((await reported("articles/draft.md")).map((issue) => [issue.severity, issue.line])).toEqual([
      ["warning", 3],
      ["warning", 12],
    ]);
    expect((await reported("articles/live.md")).map((issue) => issue.severity)).toEqual(["error", "error"]);
  });
});

describe("a file with errors", () => {
  it("still gets the advice its readable fields call for: a title used twice, a date far ahead, an author's name in the bio advice", async () => {
    await folder.write("content/articles/first.md", good({ title: '"Caring for Pearls"' }));
    await folder.write("content/articles/second.md", good({ title: '"Caring for Pearls"', description: undefined, date: "2062-11-29" }));
    const scaffold = scaffoldAuthor({ name: "Ada Stone", guest: false });
    if (!scaffold.ok) throw new Error("the scaffold failed");
    const ada = scaffold.text.replace("---\n", "---\navatar:\n  src: https://example.com/ada.jpg\n  alt: Ada at her bench\n");
    await folder.write("content/authors/ada-stone.md", ada);
    expect((await reported("articles/second.md")).map((issue) => [issue.severity, issue.line, issue.message])).toEqual([
      ["warning", 3, "`date` is `2062-11-29`, more than a year from today, so the article stays hidden until then; did you mean `date: 2026-11-29`?"],
      // A missing field is named on the `---` below the fields, where its line goes.
      ["error", 6, "`description` is required; add a line like `description: \"One or two sentences that tell a reader what they will learn.\"`"],
      ["warning", 2, "the title `Caring for Pearls` is also the title of content/articles/first.md; readers cannot tell the two apart in lists and search results, so give each its own title"],
    ]);
    expect(lines(await reported("authors/ada-stone.md"))).toEqual([
      "content/authors/ada-stone.md:3: `avatar.src`: the picture `https://example.com/ada.jpg` is on another website; save it under public/images/ and write the path of the picture from the public/ folder, like `src: /images/authors/ring.jpg`",
      `content/authors/ada-stone.md:${lineOf(ada, "Write a few sentences")}: the bio still holds the example from \`npm run new:author\`; write a few sentences about Ada Stone`,
    ]);
  });

  it("whose fields cannot be read, or whose tags line cannot, gets no advice about fields it may well have", async () => {
    await folder.write("content/articles/unclosed.md", "---\ntitle: Unclosed\n\nNo closing line.\n");
    await folder.write("content/authors/unclosed.md", "---\nname: Una Closed\n\nNo closing line.\n");
    await folder.write("content/articles/tags.md", good({ tags: '[silver, "pearls]' }));
    expect(lines(await reported("articles/unclosed.md"))).toEqual([
      "content/articles/unclosed.md:1: the block of fields opened on line 1 is never closed; add a line `---` after the last field, before the text",
    ]);
    expect(lines(await reported("authors/unclosed.md"))).toEqual([
      "content/authors/unclosed.md:1: the block of fields opened on line 1 is never closed; add a line `---` after the last field, before the text",
    ]);
    expect(lines(await reported("articles/tags.md"))).toEqual([
      "content/articles/tags.md:6: line 6 (it reads `tags: [silver, \"pearls]`) opens a quote or a bracket that is never closed; check that every `\"` and `[` has its partner, like `title: \"Gold: a Buyer's Guide\"`",
    ]);
  });
});

describe("a cover's path", () => {
  it("without its leading `/` is told to add it, spaces and all; one with spaces gets each written as %20; one with `public` inside gets the plain-path rule", async () => {
    await folder.write("content/articles/no-slash.md", good({ cover: '\n  src: "images/ring one.jpg"\n  alt: "A ring"' }));
    await folder.write("content/articles/spaces.md", good({ cover: '\n  src: "/images/ring one two.jpg"\n  alt: "A ring"' }));
    await folder.write("content/articles/dot.md", good({ cover: '\n  src: "/images/public/./ring.jpg"\n  alt: "A ring"' }));
    expect(lines([...(await reported("articles/no-slash.md")), ...(await reported("articles/spaces.md")), ...(await reported("articles/dot.md"))])).toEqual([
      "content/articles/no-slash.md:8: `cover.src`: the image path `images/ring one.jpg` must start with `/` and the folder under public/: write `/images/ring one.jpg`",
      "content/articles/spaces.md:8: `cover.src`: the path `/images/ring one two.jpg` holds a space, which a web address cannot; rename the file without spaces (`public/images/ring-one-two.jpg`) and write `  src: /images/ring-one-two.jpg`, or keep its name and write each space as %20: `  src: /images/ring%20one%20two.jpg`",
      'content/articles/dot.md:8: `cover.src` must be a plain path: no "." or ".." folders, "\\", spaces, "?" or "#"; write it like `/images/covers/ring.jpg`',
    ]);
  });
});

describe("one report", () => {
  it("holds a missing cover description and a missing picture description together", async () => {
    const text = good({ cover: "\n  src: /images/ring.jpg" }, "Intro.\n\n![](/images/ring.jpg)\n\nSee [karats](/articles/gold-karat).\n");
    await folder.write("content/articles/both.md", text);
    expect(lines(await reported("articles/both.md"))).toEqual([
      "content/articles/both.md:7: `cover.alt` is required; add a line like `  alt: A silver ring with a pale blue topaz`",
      `content/articles/both.md:${lineOf(text, "![]")}: the image \`/images/ring.jpg\` has no description; write what it shows between the square brackets, like \`![A silver ring set with a blue topaz](/images/ring.jpg)\``,
      `content/articles/both.md:${lineOf(text, "[karats]")}: the link to \`/articles/gold-karat\`: there is no article \`gold-karat\`; the address is the file name in content/articles/ without .md.`,
    ]);
  });
});

describe("the jeweler's trial: the article's text", () => {
  it("a picture from another website is an error: the page shows none, so it must be committed under public/images/", async () => {
    const text = good({}, ["![A ring on a hand](https://cdn.example.com/photos/Ring%20Hand.JPG?w=800)", "", "![photo](//cdn.example.com/bench)"].join("\n"));
    await folder.write("content/articles/remote.md", text);
    expect((await reported("articles/remote.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [
        lineOf(text, "Ring%20Hand"),
        "error",
        "the picture `https://cdn.example.com/photos/Ring%20Hand.JPG?w=800` is on another website, and the page shows only pictures that are part of the journal, so readers would see none; save the photo under public/images/articles/, commit it with the article, and write `![A ring on a hand](/images/articles/ring-hand.jpg)`",
      ],
      [
        lineOf(text, "bench"),
        "error",
        "the picture `//cdn.example.com/bench` is on another website, and the page shows only pictures that are part of the journal, so readers would see none; save the photo under public/images/articles/, commit it with the article, and use its path, `/images/articles/bench.jpg`. Its description `photo` tells a reader who cannot see it nothing: write `![A silver ring set with a blue topaz](/images/articles/bench.jpg)`, with your own words for what it shows",
      ],
    ]);
  });

  it("a quote's credit typed `-- Name` is shown as its credit; `- Name` is a list, so the check gives the line to write", async () => {
    const html = await renderArticleHtml('> "A bezel is the kindest setting there is."\n> -- Isla Marrow, at the bench\n', { publicDir: folder.publicDir });
    expect(html).toBe('<figure class="quote"><blockquote>\n<p>"A bezel is the kindest setting there is."</p>\n</blockquote><figcaption>— Isla Marrow, at the bench</figcaption></figure>');
    const text = good({}, ["> Gold is patient.", "> - Isla Marrow", "", "> Silver is honest.", "- Jonah Petrakis", "", "> Fine.", "> -- Ada Stone", "", "- one point", "- another"].join("\n"));
    await folder.write("content/articles/quotes.md", text);
    expect((await reported("articles/quotes.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [lineOf(text, "Isla Marrow"), "error", "the line `> - Isla Marrow` is shown as a bulleted list inside the quote, not as its credit; start the credit with two hyphens: write `> -- Isla Marrow`"],
      [lineOf(text, "Jonah"), "warning", "the line `- Jonah Petrakis` under the quote is shown as a bulleted list, not as the quote's credit; write it as the quote's last line, with two hyphens: `> -- Jonah Petrakis`"],
    ]);
  });

  it("a credit ending in a non-breaking space (a Mac's Option-Space) is told without it", async () => {
    const text = good({}, "> Gold is patient.\n> - Isla Marrow\u00a0\n\nWords.");
    await folder.write("content/articles/spaced.md", text);
    expect((await reported("articles/spaced.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [lineOf(text, "Isla Marrow"), "error", "the line `> - Isla Marrow` is shown as a bulleted list inside the quote, not as its credit; start the credit with two hyphens: write `> -- Isla Marrow`"],
    ]);
  });

  it("a list under a quote is taken for its credit only as `- Name`: one item of one line, with no blank line above it", async () => {
    const text = good(
      {},
      [
        "> Gold is patient.",
        "- Isla Marrow",
        "",
        "> Silver is honest.",
        "* Jonah Petrakis",
        "",
        "> Platinum is heavy.",
        "- Ada Stone",
        "- Jonah Petrakis",
        "",
        "> Copper is warm.",
        "- Isla Marrow",
        "  at the bench",
        "",
        "> Brass is bright.",
        "- Isla Marrow",
        "  - at the bench",
        "",
        "> Pewter is soft.",
        "",
        "- Ada Stone",
        "",
        ">",
        "",
        "Words.",
      ].join("\n"),
    );
    await folder.write("content/articles/lists.md", text);
    expect((await reported("articles/lists.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [lineOf(text, "- Isla Marrow"), "warning", "the line `- Isla Marrow` under the quote is shown as a bulleted list, not as the quote's credit; write it as the quote's last line, with two hyphens: `> -- Isla Marrow`"],
    ]);
  });

  it("a quote that quotes another is credited on its own last line, under the inner quote's", async () => {
    const text = good({}, ["> > Gold is patient.", ">", "> - Isla Marrow"].join("\n"));
    await folder.write("content/articles/quotes.md", text);
    expect((await reported("articles/quotes.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [lineOf(text, "Isla Marrow"), "error", "the line `> - Isla Marrow` is shown as a bulleted list inside the quote, not as its credit; start the credit with two hyphens: write `> -- Isla Marrow`"],
    ]);
  });

  it("a one-item list the page shows as a list is no credit: inside `<details>` at a quote's end, after words ending in a colon, alone in a quote, or an item that names nobody (a word in small letters, a sentence)", async () => {
    const text = good(
      {},
      [
        "> The British standard since 1300.",
        ">",
        "> <details>",
        "> <summary>Sources</summary>",
        ">",
        "> - The 1300 statute",
        ">",
        "> </details>",
        "",
        "> Bring to the bench:",
        "> - A loupe",
        "",
        "> - A quoted list of one",
        "",
        "> We asked our first apprentice what matters most, and she said only one thing",
        ">",
        "> - patience",
        "",
        "> The studio rule, in one line.",
        ">",
        "> - Measure twice.",
        "",
        "> What did she pack for the fair? Only",
        "- the rings",
        "",
        "> Gold is patient.",
        "> - Mrs Penrose",
      ].join("\n"),
    );
    await folder.write("content/articles/lists.md", text);
    expect((await reported("articles/lists.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [lineOf(text, "Mrs Penrose"), "error", "the line `> - Mrs Penrose` is shown as a bulleted list inside the quote, not as its credit; start the credit with two hyphens: write `> -- Mrs Penrose`"],
    ]);
    // The line the message gives, written in, passes.
    await folder.write("content/articles/lists.md", text.replace("> - Mrs Penrose", "> -- Mrs Penrose"));
    expect(await reported("articles/lists.md")).toEqual([]);
  });

  it("a `# Title` heading in the text is an error: the title is already the page's heading; a `===` underline is to be deleted too", async () => {
    const text = good(
      { title: '"Bezel Settings"' },
      ["# Bezel settings", "", "Words.", "", "# Why a bezel", "", "Why it lasts", "============", "", "<h1>Care</h1>", "", "## Fine", "", "Bezel Settings", "==="].join("\n"),
    );
    await folder.write("content/articles/headings.md", text);
    // The title again, underlined, at the end.
    const repeated = text.split("\n").lastIndexOf("Bezel Settings") + 1;
    expect((await reported("articles/headings.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [lineOf(text, "# Bezel settings"), "error", "the heading `Bezel settings` is written as a title (`#`), but the title is already the page's heading; so this line shows it twice: delete it"],
      [lineOf(text, "# Why a bezel"), "error", "the heading `Why a bezel` is written as a title (`#`), but the title is already the page's heading; start sections at ##: write `## Why a bezel`"],
      [
        lineOf(text, "Why it lasts"),
        "error",
        `the heading \`Why it lasts\` is written as a title (\`===\`), but the title is already the page's heading; start sections at ##: write \`## Why it lasts\` and delete the \`===\` line under it (line ${lineOf(text, "=====")})`,
      ],
      [lineOf(text, "<h1>"), "error", "the heading `Care` is written as a title (`<h1>`), but the title is already the page's heading; start sections with `<h2>`: write `<h2>` and `</h2>` instead of `<h1>` and `</h1>`"],
      [repeated, "error", `the heading \`Bezel Settings\` is written as a title (\`===\`), but the title is already the page's heading; so these lines show it twice: delete lines ${repeated} to ${repeated + 1}`],
    ]);
  });

  it("a `# Heading` is an error in a bio and in a file with errors too, each weighed against that page's own heading", async () => {
    // A bio drops HTML, so its `<h1>` is never shown as a heading.
    const bio = ["---", "name: Isla Marrow", 'role: "Owner and artisan, Marrow & Vale"', "---", "# Isla  marrow", "", "Isla makes rings.", "", "# At the bench", "", "<h1>Hidden</h1>"].join("\n");
    await folder.write("content/authors/isla.md", bio);
    // Errors in their fields (no description; a field that does not exist): the title, and the name, still read.
    const spaced = good({ title: '"Bezel  Settings"', description: undefined }, "# Bezel settings\n\n# Why a bezel\n");
    await folder.write("content/articles/spaced.md", spaced);
    await folder.write("content/authors/jonah.md", "---\nname: Jonah Petrakis\nguest: true\nwebsite: https://petrakis.example\ntittle: Carver\n---\n# Jonah Petrakis\n\nJonah carves wax.\n");
    // No title to weigh the heading against.
    const untitled = good({ title: undefined }, "# Bezel Settings\n");
    await folder.write("content/articles/untitled.md", untitled);
    const titleHeadings = async (file: string) => (await reported(file)).filter((issue) => issue.message.includes("is written as a title")).map((issue) => [issue.line, issue.message]);
    expect(await titleHeadings("authors/isla.md")).toEqual([
      [5, "the heading `Isla  marrow` is written as a title (`#`), but the author's name is already the page's heading; so this line shows it twice: delete it"],
      [9, "the heading `At the bench` is written as a title (`#`), but the author's name is already the page's heading; start sections at ##: write `## At the bench`"],
    ]);
    expect(await titleHeadings("articles/spaced.md")).toEqual([
      [lineOf(spaced, "# Bezel settings"), "the heading `Bezel settings` is written as a title (`#`), but the title is already the page's heading; so this line shows it twice: delete it"],
      [lineOf(spaced, "# Why a bezel"), "the heading `Why a bezel` is written as a title (`#`), but the title is already the page's heading; start sections at ##: write `## Why a bezel`"],
    ]);
    expect(await titleHeadings("authors/jonah.md")).toEqual([
      [7, "the heading `Jonah Petrakis` is written as a title (`#`), but the author's name is already the page's heading; so this line shows it twice: delete it"],
    ]);
    expect(await titleHeadings("articles/untitled.md")).toEqual([
      [lineOf(untitled, "# Bezel"), "the heading `Bezel Settings` is written as a title (`#`), but the title is already the page's heading; start sections at ##: write `## Bezel Settings`"],
    ]);
  });

  it("a title heading without words gets the section's name to write, not an empty `##`", async () => {
    const text = good({}, ["Words.", "", "#", "", "<h1></h1>", "", "More words."].join("\n"));
    await folder.write("content/articles/empty.md", text);
    expect((await reported("articles/empty.md")).filter((issue) => issue.message.includes("is written as a title")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [lineOf(text, "#"), "error", "a heading without words is written as a title (`#`), but the title is already the page's heading; write the section's name after `##`, like `## Storing pearls`, or delete the line"],
      [
        lineOf(text, "<h1>"),
        "error",
        "a heading without words is written as a title (`<h1>`), but the title is already the page's heading; write the section's name between `<h2>` and `</h2>`, like `<h2>Storing pearls</h2>`, or delete the heading",
      ],
    ]);
  });

  it("the example text of `npm run new` left in the text is named line by line: a warning in a draft, an error once published", async () => {
    const scaffold = scaffoldArticle({ title: "Reading a Hallmark", author: "isla", knownAuthors: ["isla"], tags: ["silver"], date: "2025-11-01" });
    if (!scaffold.ok) throw new Error("the scaffold failed");
    const published = scaffold.text.replace("draft: true", "draft: false").replace(/^description: .*$/m, 'description: "What the four small marks inside a ring tell you about who made it, and when."');
    await folder.write("content/articles/reading-a-hallmark.md", published);
    expect((await reported("articles/reading-a-hallmark.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [lineOf(published, "Start here"), "error", "the text still holds the example from `npm run new` (`Start here: what will the reader learn, and why does it matter to them?`); replace the example text with your own words"],
      [lineOf(published, "## A first heading"), "error", "the text still holds the example from `npm run new` (`## A first heading`); replace the example text with your own words"],
      [lineOf(published, "Your text."), "error", "the text still holds the example from `npm run new` (`Your text.`); replace the example text with your own words"],
    ]);
  });

  it("an author's bio still holding `npm run new:author`'s example: a warning until an article of theirs is published, then an error", async () => {
    const files: Record<string, string> = {};
    for (const [id, name] of [["ada-stone", "Ada Stone"], ["bea-quill", "Bea Quill"]] as const) {
      const scaffold = scaffoldAuthor({ name, guest: false });
      if (!scaffold.ok) throw new Error("the scaffold failed");
      files[id] = scaffold.text;
      await folder.write(`content/authors/${id}.md`, scaffold.text);
    }
    await folder.write("content/articles/by-ada.md", good({ author: "ada-stone" }));
    await folder.write("content/articles/by-bea.md", good({ author: "bea-quill", draft: "true" }));
    const bio = "Write a few sentences about yourself";
    expect((await reported("authors/ada-stone.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [lineOf(files["ada-stone"] ?? "", bio), "error", "the bio still holds the example from `npm run new:author`; write a few sentences about Ada Stone"],
    ]);
    expect((await reported("authors/bea-quill.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [lineOf(files["bea-quill"] ?? "", bio), "warning", "the bio still holds the example from `npm run new:author`; write a few sentences about Bea Quill"],
    ]);
  });

  it("words in angle brackets (`<your initials>`) are told that they vanish, not to use emphasis", async () => {
    const text = good({}, ["Signed, <your initials>, and <u>soft</u>.", "", "<Stone Name> set in gold."].join("\n"));
    await folder.write("content/articles/brackets.md", text);
    expect((await reported("articles/brackets.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [lineOf(text, "Signed"), "error", "`<your initials>` is read as an HTML tag, so the page leaves it out, words and all: readers see nothing where it stands; write in its place the words it stands for, or, to show it as typed, write `\\<your initials>`"],
      [lineOf(text, "Signed"), "error", "`<u>` is left out of the page, which shows the words inside it as plain text; for emphasis write `*words*` (italic) or `**words**` (bold), or remove the tag"],
      [lineOf(text, "<Stone"), "error", "`<Stone Name>` is read as an HTML tag, so the page leaves it out, words and all: readers see nothing where it stands; write in its place the words it stands for, or, to show it as typed, write `\\<Stone Name>`"],
    ]);
  });

  it("HTML the page leaves out, and pictures written as HTML, get the same advice as Markdown (errors: the page would not show what was written)", async () => {
    const text = good(
      {},
      [
        '<iframe src="https://www.youtube.com/embed/abc"></iframe>',
        "",
        "<script>alert(1)</script>",
        "",
        'A <u>soft</u> metal. <img src="/images/ring.jpg">',
        "",
        '<img src="/images/rign.jpg" alt="A ring">',
        "",
        '<img src="https://cdn.example.com/ring.png" alt="A ring">',
      ].join("\n"),
    );
    await folder.write("content/articles/html.md", text);
    expect((await reported("articles/html.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [
        lineOf(text, "<iframe"),
        "error",
        "`<iframe>` is not shown on the page: the journal shows no players, frames, scripts, styles or form controls written as HTML, so readers would find nothing there; link to what it shows instead: write `[See it on www.youtube.com](https://www.youtube.com/embed/abc)`",
      ],
      [lineOf(text, "<script>"), "error", "`<script>` is not shown on the page: the journal shows no players, frames, scripts, styles or form controls written as HTML, so readers would find nothing there; remove it"],
      [lineOf(text, "<u>"), "error", 'the image `/images/ring.jpg` has no description; write what it shows in its `alt`, like `<img src="/images/ring.jpg" alt="A silver ring set with a blue topaz">`'],
      [lineOf(text, "<u>"), "error", "`<u>` is left out of the page, which shows the words inside it as plain text; for emphasis write `*words*` (italic) or `**words**` (bold), or remove the tag"],
      [lineOf(text, "rign"), "error", "the image `/images/rign.jpg` does not exist; did you mean `/images/ring.jpg`?"],
      [
        lineOf(text, "cdn.example"),
        "error",
        'the picture `https://cdn.example.com/ring.png` is on another website, and the page shows only pictures that are part of the journal, so readers would see none; save the photo under public/images/articles/, commit it with the article, and write `<img src="/images/articles/ring.png" alt="A ring">`',
      ],
    ]);
  });

  it.each(["<form>", "<fieldset>", "<legend>", "<label>"])("%s, which the page leaves out, is told it is a form (not to write `*words*` for emphasis)", async (tag) => {
    const text = good({}, `${tag}Your email, and we write back within a week.\n`);
    await folder.write("content/articles/form.md", text);
    expect((await reported("articles/form.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [lineOf(text, "Your email"), "error", `\`${tag}\` is left out of the page, which shows the words inside it as plain text: the journal shows no forms written as HTML, so readers could not fill it in or send it; remove the form, or link to the page where they can`],
    ]);
  });

  it("an address of another website without https://, and a phone number with spaces, get the link to write", async () => {
    const text = good({}, ["[our shop](shop.example/rings)", "", "[the price list](prices.pdf)", "", "[call](tel:+44 20 7946 0000)", "", "[call us](+44 20 7946 0000)", "", "[write](<studio @example.com>)"].join("\n"));
    await folder.write("content/articles/addresses.md", text);
    const messages = (await reported("articles/addresses.md")).map((issue) => [issue.line, issue.severity, issue.message]);
    expect(messages.filter(([line]) => line !== lineOf(text, "prices.pdf"))).toEqual([
      [lineOf(text, "shop.example"), "error", "the link to `shop.example/rings` is read as a page of this journal, because a link to another website starts with `https://`; write the full address: `https://shop.example/rings`"],
      [lineOf(text, "[call]"), "error", "the link `[call](tel:+44 20 7946 0000)` is shown as the text you typed, not as a link, because its address holds a space; write it without spaces: `[call](tel:+442079460000)`"],
      [lineOf(text, "[call us]"), "error", "the link `[call us](+44 20 7946 0000)` is shown as the text you typed, not as a link, because its address holds a space; write it without spaces: `[call us](tel:+442079460000)`"],
      [lineOf(text, "studio"), "error", "the link to `studio @example.com` is read as a page of this journal, because a link that writes an email starts with `mailto:`; write `mailto:studio@example.com`"],
    ]);
    expect(messages.map(([, , message]) => String(message)).join("\n")).not.toContain("%20");
  });

  it("a description that could be any picture's (a camera's file name, `image`, `photo`) is an error that asks to describe the piece", async () => {
    const text = good({}, ["![IMG_2041.HEIC](/images/ring.jpg)", "", "![DSC0001.jpg](/images/ring.jpg)", "", "![image](/images/ring.jpg)", "", "![Photo](/images/ring.jpg)", "", "![picture](/images/ring.jpg)", "", "![A photo of the bench](/images/ring.jpg)"].join("\n"));
    await folder.write("content/articles/alts.md", text);
    const told = (alt: string) =>
      `the image \`/images/ring.jpg\` is described as \`${alt}\`, which tells a reader who cannot see it nothing; describe the piece: write \`![A silver ring set with a blue topaz](/images/ring.jpg)\`, with your own words for what it shows`;
    expect((await reported("articles/alts.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [lineOf(text, "IMG_2041"), "error", told("IMG_2041.HEIC")],
      [lineOf(text, "DSC0001"), "error", told("DSC0001.jpg")],
      [lineOf(text, "![image]"), "error", told("image")],
      [lineOf(text, "![Photo]"), "error", told("Photo")],
      [lineOf(text, "![picture]"), "error", told("picture")],
    ]);
  });

  it("a cover's or a portrait's description that could be any picture's is an error too, with the `alt:` line to write", async () => {
    await folder.write("public/images/cover.jpg", await smallImage());
    const text = good({ cover: "\n  src: /images/cover.jpg\n  alt: IMG_2041.HEIC" });
    const jonah = GUEST.replace("guest: true", "guest: true\navatar:\n  src: /images/ring.jpg\n  alt: photo");
    await folder.write("content/articles/cover-alt.md", text);
    await folder.write("content/authors/jonah.md", jonah);
    expect(lines([...(await reported("articles/cover-alt.md")), ...(await reported("authors/jonah.md"))])).toEqual([
      `content/articles/cover-alt.md:${lineOf(text, "alt:")}: \`cover.alt\` is \`IMG_2041.HEIC\`, which tells a reader who cannot see the picture nothing; describe the piece: write \`  alt: A silver ring set with a blue topaz\`, with your own words for what it shows`,
      `content/authors/jonah.md:${lineOf(jonah, "alt:")}: \`avatar.alt\` is \`photo\`, which tells a reader who cannot see the picture nothing; describe the person: write \`  alt: The jeweler at the bench holding a ring up to the light\`, with your own words for what it shows`,
    ]);
  });

  it("a picture's ending written `.jpeg` for `.jpg` (or the other way, or in capitals) gets a did-you-mean; a path with a space keeps its folder and caption", async () => {
    await folder.write("public/images/articles/bezel.jpeg", await smallImage());
    await folder.write("public/images/articles/my ring.jpg", await smallImage());
    const text = good({}, ["![A ring](/images/ring.jpeg)", "", "![A bezel](/images/articles/bezel.JPG)", "", '![A ring](/images/articles/my ring.jpg "On the hand")', "", "![A ring](my ring.jpg)"].join("\n"));
    await folder.write("content/articles/endings.md", text);
    expect((await reported("articles/endings.md")).map((issue) => [issue.line, issue.message])).toEqual([
      [lineOf(text, "ring.jpeg"), "the image `/images/ring.jpeg` does not exist; did you mean `/images/ring.jpg`? (the file's name ends in `.jpg`)"],
      [lineOf(text, "bezel.JPG"), "the image `/images/articles/bezel.JPG` does not exist; did you mean `/images/articles/bezel.jpeg`? (the file's name ends in `.jpeg`)"],
      [
        lineOf(text, "On the hand"),
        'the picture `![A ring](/images/articles/my ring.jpg "On the hand")` is shown as the text you typed, not as a picture, because its path holds a space; rename the file without spaces (`public/images/articles/my-ring.jpg`) and write `![A ring](/images/articles/my-ring.jpg "On the hand")`, or keep its name and write each space as %20: `![A ring](/images/articles/my%20ring.jpg "On the hand")`',
      ],
      [
        lineOf(text, "](my ring"),
        "the picture `![A ring](my ring.jpg)` is shown as the text you typed, not as a picture, because its path holds a space; rename the file without spaces (`public/images/articles/my-ring.jpg`) and write `![A ring](/images/articles/my-ring.jpg)`, or keep its name and write each space as %20: `![A ring](/images/articles/my%20ring.jpg)`",
      ],
    ]);
  });
});

describe("the second jeweler's trial: fields the page would show oddly", () => {
  it("two spellings of one tag in one article are an error naming both, with the list to write", async () => {
    await folder.write("content/articles/one-line.md", good({ tags: '["art déco", "silver", "Art Deco"]' }));
    expect(lines(await reported("articles/one-line.md"))).toEqual([
      "content/articles/one-line.md:6: `tags` holds `art déco` and `Art Deco`, two spellings of one tag (its page is `/tags/art-deco`), so the article would list it twice; keep one: write `tags: [art déco, silver]`",
    ]);
  });

  it("in a list written a tag a line, the error names the line to delete", async () => {
    await folder.write("content/articles/items.md", good({ tags: "\n  - Art Deco\n  - silver\n  - art-deco\n  - silver" }));
    expect(lines(await reported("articles/items.md"))).toEqual([
      "content/articles/items.md:9: `tags` holds `Art Deco` and `art-deco`, two spellings of one tag (its page is `/tags/art-deco`), so the article would list it twice; keep one: delete the line `  - art-deco` (line 9)",
      "content/articles/items.md:10: `tags` holds `silver` twice; keep one: delete the line `  - silver` (line 10)",
    ]);
  });

  it("Markdown or HTML in a title or a description is a warning with the plain line to write", async () => {
    const fields = { title: '"**New** Rings for Winter"', description: '"Rings &amp; chains for the cold months, and how to keep them <em>bright</em> at home."' };
    await folder.write("content/articles/marked.md", good(fields));
    expect((await reported("articles/marked.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [2, "warning", "`title` is shown exactly as typed, so readers would see `**New**` as it stands: fields take plain text, not Markdown or HTML; write `title: New Rings for Winter`"],
      [3, "warning", "`description` is shown exactly as typed, so readers would see `&amp;` as it stands: fields take plain text, not Markdown or HTML; write `description: \"Rings & chains for the cold months, and how to keep them bright at home.\"`"],
    ]);
  });
});

describe("a title or a description that holds markup", () => {
  it("with spaces inside the marks gets the line to write without them", async () => {
    await folder.write("content/articles/spaced.md", good({ title: '"<em> New Rings </em>"' }));
    expect((await reported("articles/spaced.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [2, "warning", "`title` is shown exactly as typed, so readers would see `<em>` as it stands: fields take plain text, not Markdown or HTML; write `title: New Rings`"],
    ]);
  });

  it("is read as HTML in the page's body, where a title stands: the words after a `<col>` are kept", async () => {
    await folder.write("content/articles/sizes.md", good({ title: '"Ring Sizes<col> in Millimetres"' }));
    expect((await reported("articles/sizes.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [2, "warning", "`title` is shown exactly as typed, so readers would see `<col>` as it stands: fields take plain text, not Markdown or HTML; write `title: Ring Sizes in Millimetres`"],
    ]);
  });

  it("and no words is a warning that asks for the words, not for an empty line", async () => {
    await folder.write("content/articles/wordless.md", good({ title: '"<b></b>"' }));
    expect((await reported("articles/wordless.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [2, "warning", "`title` is shown exactly as typed, so readers would see `<b></b>` and no words: fields take plain text, not Markdown or HTML; write the words readers should see, like `title: How to Care for Silver`"],
    ]);
  });
});

describe("the jeweler's trial: a caption with double quotes inside its double quotes", () => {
  it("is told to change the caption's quotes, not to rename the picture; a path with a space gets both fixes", async () => {
    const text = good(
      {},
      [
        '![The Nile ring](/images/ring.jpg "The "Nile" ring")',
        "",
        '![Isla\'s ring](/images/ring.jpg "Isla\'s "Nile" ring")',
        "",
        '[the collection](https://nile.example "The "Nile" collection")',
        "",
        '![A ring](/images/my ring.jpg "The "Nile" ring")',
      ].join("\n"),
    );
    await folder.write("content/articles/captions.md", text);
    expect((await reported("articles/captions.md")).map((issue) => [issue.line, issue.severity, issue.message])).toEqual([
      [
        lineOf(text, "![The Nile"),
        "error",
        'the picture `![The Nile ring](/images/ring.jpg "The "Nile" ring")` is shown as the text you typed, not as a picture, because its caption holds the quotes that also mark where the caption ends; put the caption between single quotes: write `![The Nile ring](/images/ring.jpg \'The "Nile" ring\')`',
      ],
      [
        lineOf(text, "![Isla"),
        "error",
        'the picture `![Isla\'s ring](/images/ring.jpg "Isla\'s "Nile" ring")` is shown as the text you typed, not as a picture, because its caption holds the quotes that also mark where the caption ends; write each `"` inside the caption as `\\"`: write `![Isla\'s ring](/images/ring.jpg "Isla\'s \\"Nile\\" ring")`',
      ],
      [
        lineOf(text, "[the collection]"),
        "error",
        'the link `[the collection](https://nile.example "The "Nile" collection")` is shown as the text you typed, not as a link, because its caption holds the quotes that also mark where the caption ends; put the caption between single quotes: write `[the collection](https://nile.example \'The "Nile" collection\')`',
      ],
      [
        lineOf(text, "my ring"),
        "error",
        'the picture `![A ring](/images/my ring.jpg "The "Nile" ring")` is shown as the text you typed, not as a picture, because its path holds a space; rename the file without spaces (`public/images/my-ring.jpg`) and write `![A ring](/images/my-ring.jpg \'The "Nile" ring\')`, or keep its name and write each space as %20: `![A ring](/images/my%20ring.jpg \'The "Nile" ring\')`',
      ],
    ]);
  });

  it("passes once written as the message says", async () => {
    const body = ['![The Nile ring](/images/ring.jpg \'The "Nile" ring\')', "", '![Isla\'s ring](/images/ring.jpg "Isla\'s \\"Nile\\" ring")'].join("\n\n");
    await folder.write("content/articles/captions.md", good({}, body));
    expect(lines(await reported("articles/captions.md"))).toEqual([]);
  });
});

describe("the jeweler's trial: a picture dragged from the computer into the editor", () => {
  it("gets the path under public/images/articles/ to write, with or without a space in its name", async () => {
    const text = good({}, ["![A ring](/Users/isla/Desktop/ring.jpg)", "", "![A ring](C:\\Users\\isla\\My Pictures\\gold ring.jpg)", "", "![A ring](/Users/isla/Desktop/gold ring.jpg \"On the hand\")"].join("\n"));
    await folder.write("content/articles/dragged.md", text);
    expect((await reported("articles/dragged.md")).map((issue) => [issue.line, issue.message])).toEqual([
      [lineOf(text, "Desktop/ring.jpg"), "the image path `/Users/isla/Desktop/ring.jpg` is a file on your computer, which readers cannot see; copy the picture into public/images/articles/ and write `/images/articles/ring.jpg`"],
      [
        lineOf(text, "C:"),
        "the picture `![A ring](C:\\Users\\isla\\My Pictures\\gold ring.jpg)` is shown as the text you typed, not as a picture: its path holds a space, and it is a file on your computer, which readers cannot see; copy the picture into public/images/articles/ as `gold-ring.jpg` and write `![A ring](/images/articles/gold-ring.jpg)`",
      ],
      [
        lineOf(text, "Desktop/gold"),
        'the picture `![A ring](/Users/isla/Desktop/gold ring.jpg "On the hand")` is shown as the text you typed, not as a picture: its path holds a space, and it is a file on your computer, which readers cannot see; copy the picture into public/images/articles/ as `gold-ring.jpg` and write `![A ring](/images/articles/gold-ring.jpg "On the hand")`',
      ],
    ]);
  });
});

describe("the jeweler's trial: a misread link to a page that does not exist either", () => {
  it("gets the nearest page, in Markdown and in HTML alike", async () => {
    await withFriends();
    const text = good({}, ['Ask <a href="/Articles/gold-karat">here</a>.', "", "[karats](articles/gold-karat)", "", "[the guide](http://localhost:3000/articles/gold-karats#alloys)"].join("\n"));
    await folder.write("content/articles/meant.md", text);
    expect((await reported("articles/meant.md")).map((issue) => [issue.line, issue.message])).toEqual([
      [
        lineOf(text, "Ask"),
        "the link to `/Articles/gold-karat` leads nowhere: there is no page at `/Articles/gold-karat` (capitals and the plural count); write `/articles/gold-karat`; also, there is no article `gold-karat`; the address is the file name in content/articles/ without .md. Did you mean `/articles/gold-karats`?",
      ],
      [
        lineOf(text, "[karats]"),
        "the link to `articles/gold-karat` leads nowhere: an address without `/` at the start is read from the folder of the page it is on, so this one leads to `/articles/articles/gold-karat`; write `/articles/gold-karat`; also, there is no article `gold-karat`; the address is the file name in content/articles/ without .md. Did you mean `/articles/gold-karats`?",
      ],
      [lineOf(text, "[the guide]"), "the link to `http://localhost:3000/articles/gold-karats#alloys` is the preview's address on your computer, which readers cannot open; write it without `http://localhost:3000`: `/articles/gold-karats#alloys`"],
    ]);
  });
});

describe("a checkbox the page would show without a name", () => {
  const HTML_ADVICE =
    'this checkbox has no words on its lines, so a screen reader would announce only "checkbox", never what it stands for; put the words it stands for on the same line, after it (`<input type="checkbox"> Polished`), or on the line right under it';
  const TASK_ADVICE =
    'this checkbox has no words on its lines, so a screen reader would announce only "checkbox", never what it stands for; put the words it stands for on the same line, after it (`- [ ] Polished`), or on the line right under it';

  it("is an error on its line when written in HTML apart from its words, or as a task holding only a picture", async () => {
    // In capitals, as older HTML has it.
    const html = good({}, ["Before the polish:", "", '<INPUT TYPE="checkbox" CHECKED>', "", "Cleaned in warm water.", "", '<p><input type="checkbox"></p>', "Polished.", ""].join("\n"));
    await folder.write("content/articles/steps.md", html);
    expect([lineOf(html, "<INPUT"), lineOf(html, "<p><input")]).toEqual([11, 15]);
    expect(lines(await reported("articles/steps.md"))).toEqual([`content/articles/steps.md:11: ${HTML_ADVICE}`, `content/articles/steps.md:15: ${HTML_ADVICE}`]);
    const task = good({}, ["After the polish:", "", "- [x] Cleaned", "- [ ] ![The ring after polishing](/images/ring.jpg)", ""].join("\n"));
    await folder.write("content/articles/after.md", task);
    expect(lineOf(task, "- [ ]")).toBe(12);
    const errors = (await reported("articles/after.md")).filter((issue) => issue.severity === "error");
    expect(lines(errors)).toEqual([`content/articles/after.md:12: ${TASK_ADVICE}`]);
  });

  it("is found in a text whose only checkbox is written in capitals, or ticked (`[x]`, `[X]`)", async () => {
    const html = good({}, ["Before the polish:", "", '<INPUT TYPE="checkbox">', "", "Cleaned in warm water.", ""].join("\n"));
    await folder.write("content/articles/steps.md", html);
    expect(lineOf(html, "<INPUT")).toBe(11);
    expect(lines(await reported("articles/steps.md"))).toEqual([`content/articles/steps.md:11: ${HTML_ADVICE}`]);
    for (const mark of ["x", "X"]) {
      const task = good({}, ["After the polish:", "", `- [${mark}] ![The ring after polishing](/images/ring.jpg)`, ""].join("\n"));
      await folder.write("content/articles/after.md", task);
      expect(lineOf(task, "- [")).toBe(11);
      expect(lines((await reported("articles/after.md")).filter((issue) => issue.message.includes("checkbox")))).toEqual([`content/articles/after.md:11: ${TASK_ADVICE}`]);
    }
  });

  it("is an error for a task written with a tab or a line break between its brackets, which the page also shows as a checkbox", async () => {
    const task = good({}, ["After the polish:", "", "- [\t] ![The ring after polishing](/images/ring.jpg)", "", "Then:", "", "- [", "] ![The ring in its box](/images/ring.jpg)", ""].join("\n"));
    await folder.write("content/articles/after.md", task);
    expect([lineOf(task, "- [\t]"), lineOf(task, "] ![The ring in its box") - 1]).toEqual([11, 15]);
    expect(lines((await reported("articles/after.md")).filter((issue) => issue.message.includes("checkbox")))).toEqual([`content/articles/after.md:11: ${TASK_ADVICE}`, `content/articles/after.md:15: ${TASK_ADVICE}`]);
  });

  it("passes with its words on its line, on the line under it, or above it at the end of the text; tasks with words pass", async () => {
    const body = ['<input type="checkbox"> Cleaned', "", '<input type="checkbox">', "Polished", "", "- [x] Set", "- [ ] Engraved", "", "Boxed and sent:", '<input type="checkbox">', ""].join("\n");
    await folder.write("content/articles/steps.md", good({}, body));
    expect(lines(await reported("articles/steps.md"))).toEqual([]);
  });

  it("is judged with an article's pictures written in HTML kept, as its page keeps them", async () => {
    // The page names the checkbox by the words above it, on the lines of the picture before it.
    const above = good({}, ["Words.", "", '<img src="/images/ring.jpg" alt="The ring after polishing">', "Polished ring", '<input type="checkbox">', ""].join("\n"));
    await folder.write("content/articles/above.md", above);
    expect((await reported("articles/above.md")).map((issue) => issue.message).filter((message) => message.includes("checkbox"))).toEqual([]);
    // A blank line and a picture part this one from the words under the picture: the page names it with nothing.
    const apart = good({}, ["Words.", "", '<input type="checkbox">', "", '<img src="/images/ring.jpg" alt="The ring after polishing">', "Polished ring", ""].join("\n"));
    await folder.write("content/articles/apart.md", apart);
    expect(lineOf(apart, "<input")).toBe(11);
    expect(lines((await reported("articles/apart.md")).filter((issue) => issue.message.includes("checkbox")))).toEqual([`content/articles/apart.md:11: ${HTML_ADVICE}`]);
  });

  it("names a form field written in HTML, which the page shows as a checkbox, and says to remove it rather than give it words", async () => {
    const body = good({}, ["Join our letter:", "", '<input type="email" placeholder="Your email">', "", '<INPUT TYPE="Submit" value="Subscribe">', "", "<input>", "", "Thank you.", ""].join("\n"));
    await folder.write("content/articles/letter.md", body);
    expect([lineOf(body, 'type="email"'), lineOf(body, "<INPUT"), lineOf(body, "<input>")]).toEqual([11, 13, 15]);
    const FIELD = "is shown on the page as a checkbox that cannot be ticked, with no name: the journal shows no form fields written as HTML, so readers could not fill it in; remove it, or link to the page where they can";
    expect(lines((await reported("articles/letter.md")).filter((issue) => issue.message.includes("checkbox")))).toEqual([
      `content/articles/letter.md:11: \`<input type="email">\` ${FIELD}`,
      `content/articles/letter.md:13: \`<input type="submit">\` ${FIELD}`,
      `content/articles/letter.md:15: \`<input>\` ${FIELD}`,
    ]);
  });

  it("names a form field written with its words beside it, which the page shows as a checkbox next to them, and spares a checkbox written so", async () => {
    const body = good({}, ["Join our letter.", "", '<input type="email" placeholder="you@example.com"> Your email', "", 'Your ring size: <Input Type="Number">', "", '<input type="Checkbox"> Polished', "", "<input>", "Your name", ""].join("\n"));
    await folder.write("content/articles/letter.md", body);
    expect([lineOf(body, 'type="email"'), lineOf(body, "<Input"), lineOf(body, "<input>")]).toEqual([11, 13, 17]);
    const FIELD = "is shown on the page as a checkbox that cannot be ticked, next to its words: the journal shows no form fields written as HTML, so readers could not fill it in; remove it, or link to the page where they can";
    expect(lines(await reported("articles/letter.md"))).toEqual([
      `content/articles/letter.md:11: \`<input type="email">\` ${FIELD}`,
      `content/articles/letter.md:13: \`<input type="number">\` ${FIELD}`,
      `content/articles/letter.md:17: \`<input>\` ${FIELD}`,
    ]);
  });

  it("passes in a checklist table, each checkbox in a cell of its own beside its step's words", async () => {
    await folder.write("content/articles/table.md", good({}, ["Before the polish:", "", "| Step | Done |", "| --- | --- |", '| Soak in warm water | <input type="checkbox" checked> |', '| Dry with a soft cloth | <input type="checkbox"> |', ""].join("\n")));
    expect(lines(await reported("articles/table.md"))).toEqual([]);
  });

  it("is never a table the page names with nothing (under a heading without words), which has errors of its own", async () => {
    await folder.write("content/articles/table.md", good({}, ["Words.", "", "##", "", "| Step | Done |", "| - | - |", "| Polish | [x] |", ""].join("\n")));
    const issues = await reported("articles/table.md");
    expect(issues.map((issue) => issue.message).filter((message) => message.includes("checkbox"))).toEqual([]);
    expect(issues.map((issue) => issue.message).some((message) => message.startsWith("a heading without words"))).toBe(true);
  });

  it("is looked for with the page's Markdown readers only in a text that holds a checkbox, so most journals never load them", async () => {
    const readers = vi.fn(async () => renderers);
    await folder.write("content/articles/steps.md", good({}, "Cleaned, polished, set.\n"));
    expect(await checkCheckboxNames(pagesToCheck(await folder.load()), readers)).toEqual([]);
    expect(readers).not.toHaveBeenCalled();
    await folder.write("content/articles/steps.md", good({}, '<input type="checkbox"> Cleaned\n'));
    expect(await checkCheckboxNames(pagesToCheck(await folder.load()), readers)).toEqual([]);
    expect(readers).toHaveBeenCalledTimes(1);
  });

  it("in an author's bio is told, when written in HTML, that the bio drops it, and as a task without words that it has none", async () => {
    await folder.write("content/authors/isla.md", `---\nname: Isla Marrow\nrole: "Owner and artisan, Marrow & Vale"\n---\nIsla makes rings.\n\n<input type="checkbox">\n\nDone.\n`);
    expect(lines(await reported("authors/isla.md"))).toEqual(['content/authors/isla.md:7: the page leaves out `<input type="checkbox">`: a bio shows no HTML, only Markdown; delete the line']);
    await folder.write("content/authors/isla.md", `---\nname: Isla Marrow\nrole: "Owner and artisan, Marrow & Vale"\n---\nIsla makes rings.\n\n- [ ] ![Isla at the bench](/images/ring.jpg)\n`);
    expect(lines((await reported("authors/isla.md")).filter((issue) => issue.message.includes("checkbox")))).toEqual([`content/authors/isla.md:7: ${TASK_ADVICE}`]);
  });
});

describe("the checks that read a text as its page renders it", () => {
  it("render it once, however many of them read it: its sections, its headings without words, its checkboxes", async () => {
    const rendered: string[] = [];
    const readers = async () => ({
      ...renderers,
      pageTree: (markdown: string, options: { bio: boolean }) => {
        rendered.push(markdown);
        return renderers.pageTree(markdown, options);
      },
    });
    const steps = "Words.\n\n## &#x20;\n\n## Polish\n\n<input type=\"checkbox\">\n";
    await folder.write("content/articles/steps.md", good({}, steps));
    await folder.write("content/articles/index.md", good({}, "[polish](/articles/steps#polish) and [care](/articles/steps#care)\n"));
    const issues = await checkCollection(await folder.load(), { publicDir: folder.publicDir, dev: false, renderers: readers });
    // The body as loaded: from the blank line under the fields; and, once, its author's bio, which its page shows under it.
    expect(rendered).toEqual([`\n${steps}`, "Isla makes rings.\n"]);
    const errors = issues.filter((issue) => issue.severity === "error" && issue.file !== "content/articles/companion.md");
    // The text starts on line 9: the heading on 11, the checkbox on 15.
    expect(errors.map((issue) => [issue.file, issue.line, issue.message.slice(0, 40)])).toEqual([
      ["content/articles/index.md", 9, "the link to `/articles/steps#care` leads"],
      ["content/articles/steps.md", 11, "a heading without words (`## &#x20;` sho"],
      ["content/articles/steps.md", 15, "this checkbox has no words on its lines,"],
    ]);
  });

  it("render a bio with a bio's options though an article has the same text: the picture that names the article's heading is dropped from the bio", async () => {
    const text = "\nWords.\n\n## ![A ring](/images/ring.jpg)\n";
    await folder.write("content/authors/isla.md", `---\nname: Isla Marrow\nrole: "Owner and artisan, Marrow & Vale"\n---\n${text}`);
    await folder.write("content/articles/ring.md", good({}, text.slice(1)));
    const issues = await checkCollection(await folder.load(), { publicDir: folder.publicDir, dev: false });
    expect(issues.filter((issue) => issue.message.startsWith("a heading without words")).map((issue) => [issue.file, issue.line])).toEqual([["content/authors/isla.md", 8]]);
  });
});

describe("the about page's text (content/pages/about.md, shown at /about)", () => {
  it("is checked like an article's: a link to a missing page and a picture without a description are errors on their lines", async () => {
    const text = [
      "---",
      "title: About the studio",
      'description: "A small studio that writes about its work."',
      "---",
      "We make rings; [how we work](#how-we-work) and [our silver guide](/articles/silver-care).",
      "",
      "![](/images/ring.jpg)",
      "",
      "## How we work",
      "",
      "Slowly, at two benches.",
      "",
    ].join("\n");
    await folder.write("content/pages/about.md", text);
    expect(lines(await reported("pages/about.md"))).toEqual([
      `content/pages/about.md:${lineOf(text, "silver-care")}: the link to \`/articles/silver-care\`: there is no article \`silver-care\`; the address is the file name in content/articles/ without .md.`,
      `content/pages/about.md:${lineOf(text, "![](")}: the image \`/images/ring.jpg\` has no description; write what it shows between the square brackets, like \`![A silver ring set with a blue topaz](/images/ring.jpg)\``,
    ]);
  });

  it("is an error where a line is written as a title, since the page's title is already its heading", async () => {
    const text = ["---", "title: About the studio", 'description: "A small studio that writes about its work."', "---", "# About the studio", "", "We make rings.", "", "# How we work", "", "Slowly, at two benches.", ""].join("\n");
    await folder.write("content/pages/about.md", text);
    const headings = (await reported("pages/about.md")).filter((issue) => issue.message.includes("written as a title"));
    expect(lines(headings)).toEqual([
      "content/pages/about.md:5: the heading `About the studio` is written as a title (`#`), but the title is already the page's heading; so this line shows it twice: delete it",
      "content/pages/about.md:9: the heading `How we work` is written as a title (`#`), but the title is already the page's heading; start sections at ##: write `## How we work`",
    ]);
  });

  it("says \"this page\" of a link to one of its own sections that it lacks", async () => {
    const text = ["---", "title: About the studio", 'description: "A small studio that writes about its work."', "---", "See [how we work](#how-we-wrok).", "", "## How we work", "", "Slowly.", ""].join("\n");
    await folder.write("content/pages/about.md", text);
    expect(lines(await reported("pages/about.md"))).toEqual([
      "content/pages/about.md:5: the link to `#how-we-wrok` leads to the top of the page, not to a section: this page has no heading whose address is `#how-we-wrok`; a heading's address is its words in lowercase with hyphens between them (the heading “## Daily care” is `#daily-care`). Did you mean `#how-we-work`? Its headings are: `#how-we-work` (How we work)",
    ]);
  });

  it("of the journal itself passes, and is among the pages checked", async () => {
    const collection = await loadCollection({ contentDir: "content", publicDir: "public", now: new Date(), includeUnpublished: false });
    const issues = [...collection.issues, ...(await checkCollection(collection, { publicDir: "public", dev: false }))];
    expect(lines(issues.filter((issue) => issue.severity === "error"))).toEqual([]);
    expect(pagesToCheck(collection).filter((page) => page.kind === "page").map((page) => [page.file, page.path])).toEqual([["content/pages/about.md", "/about"]]);
  });
});
