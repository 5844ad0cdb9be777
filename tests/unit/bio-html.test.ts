import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { renderBioHtml } from "@/lib/content/markdown";
import { checkFolder, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

/*
 * A bio's page shows no HTML (lib/content/markdown.ts, `BIO_OPTIONS`): a `<div>` block is left
 * out with its words, a `<b>` or an `<a href>` in a sentence is left out while its words stay.
 * Each is an error on its line of content/authors/isla.md, whose text starts on line 5.
 */

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
});

afterEach(() => folder.remove());

const FIELDS = '---\nname: Isla Marrow\nrole: "Owner"\n---\n';
const NO_HTML = "a bio shows no HTML, only Markdown";

/** What `check:content` prints about content/authors/isla.md. */
async function reportOf(bio: string): Promise<string[]> {
  await folder.write("content/authors/isla.md", `${FIELDS}${bio}`);
  return (await checkFolder(folder)).filter((issue) => issue.file === "content/authors/isla.md").map((issue) => `${issue.severity}: ${formatIssue(issue)}`);
}

const BIO = [
  "Isla trained in Birmingham.",
  "",
  "<div>Ring sizes from H to Z.</div>",
  "",
  '<p align="center">',
  "Studio hours: **Tue–Sat**",
  "</p>",
  "",
  '<hr class="rule">',
  "",
  'She makes <b>rings</b> and <a href="/about">more</a>.<br>Ask her.',
  "",
  "<!-- a note to herself -->",
  "",
].join("\n");

describe("HTML in an author's bio", () => {
  it("is left out of the bio's page: a block with its words, a tag in a sentence without them", async () => {
    expect(await renderBioHtml(BIO)).toBe("<p>Isla trained in Birmingham.</p>\n<p>She makes rings and more.Ask her.</p>");
  });

  it("is an error on its line, with the Markdown to write; a note to oneself passes", async () => {
    expect(await reportOf(BIO)).toEqual([
      `error: content/authors/isla.md:7: the page leaves out \`<div>\`, words and all: ${NO_HTML}; write its words as Markdown instead: \`Ring sizes from H to Z.\``,
      `error: content/authors/isla.md:9: the page leaves out \`<p align="center">\` and the lines under it to line 11, words and all: ${NO_HTML}; write its words as Markdown instead: \`Studio hours: **Tue–Sat**\``,
      `error: content/authors/isla.md:13: the page leaves out \`<hr class="rule">\`: ${NO_HTML}; delete the line`,
      `error: content/authors/isla.md:15: the page leaves out \`<b>\` and shows the words inside it as plain text: ${NO_HTML}; for emphasis write \`*words*\` (italic) or \`**words**\` (bold), or remove the tag`,
      `error: content/authors/isla.md:15: the page shows \`more\` as plain text, not as a link: ${NO_HTML}; write \`[more](/about)\``,
      `error: content/authors/isla.md:15: the page leaves out \`<br>\`, so the words on either side run on: ${NO_HTML}; to start a new line, end the line with \`\\\` and write the rest on the next one`,
    ]);
  });

  it("written as the messages say, shows as meant and passes", async () => {
    const mended = ["Isla trained in Birmingham.", "", "Ring sizes from H to Z.", "", "Studio hours: **Tue–Sat**", "", "She makes **rings** and [more](/about).\\", "Ask her.", ""].join("\n");
    expect(await reportOf(mended)).toEqual([]);
    expect(await renderBioHtml(mended)).toBe('<p>Isla trained in Birmingham.</p>\n<p>Ring sizes from H to Z.</p>\n<p>Studio hours: <strong>Tue–Sat</strong></p>\n<p>She makes <strong>rings</strong> and <a href="/about">more</a>.<br>\nAsk her.</p>');
  });

  it("is left to the picture's own message when the block holds a picture and no words", async () => {
    expect(await reportOf('<p><img src="/images/ring.jpg" alt="A ring"></p>\n')).toEqual([
      expect.stringMatching(/^error: content\/authors\/isla\.md:5: the picture `<img src="\/images\/ring\.jpg" alt="A ring">` is left out: a bio shows no pictures/),
    ]);
  });
});

describe("a tag that a bio shows as typed, because Markdown does not read it", () => {
  const RINGS = "💍".repeat(121);
  const why = (tag: string, reason: string) => `the page shows \`${tag}\` as typed: ${NO_HTML}, and Markdown reads no tag here anyway (${reason})`;

  it.each([
    [
      "`<span>` with a value holding `'`",
      "Isla <span class=Isla's>makes</span> rings.",
      `${why("<span class=Isla's>", "the value of its `class` holds `'` and is not in quotes")}; for emphasis write \`*words*\` (italic) or \`**words**\` (bold); otherwise delete it and its \`</span>\`: write \`Isla makes rings.\``,
      "Isla makes rings.",
    ],
    [
      "`<a href>` with a value holding `'`",
      "See <a href=https://shop.example/?a='b'>our shop</a>.",
      `${why("<a href=https://shop.example/?a='b'>", "the value of its `href` holds `=` and `'` and is not in quotes")}; write the link in Markdown instead: \`See [our shop](https://shop.example/?a='b').\``,
      "See [our shop](https://shop.example/?a='b').",
    ],
    [
      "`<img>` with no space between its parts",
      'Isla makes <img src="/r.jpg"alt="A ring"> rings.',
      `${why('<img src="/r.jpg"alt="A ring">', 'there is no space between `src="/r.jpg"` and `alt`')}; a bio shows no pictures (the author's picture is the \`avatar\` field); delete it: write \`Isla makes  rings.\``,
      "Isla makes  rings.",
    ],
    [
      // 242 UTF-16 units, more than a message reads before a tag: the line is not quoted, not even cut short.
      "an empty `<span>` after a line of 121 ring emoji",
      `${RINGS}<span class=divider'></span>`,
      `${why("<span class=divider'>", "the value of its `class` holds `'` and is not in quotes")}; for emphasis write \`*words*\` (italic) or \`**words**\` (bold); otherwise delete it`,
      RINGS,
    ],
  ])("is shown as typed, and told the Markdown to write: %s", async (_, line, message, fixed) => {
    expect(await renderBioHtml(line)).toContain("&#x3C;");
    expect(await reportOf(`${line}\n`)).toEqual([`error: content/authors/isla.md:5: ${message}`]);
    expect(await reportOf(`${fixed}\n`)).toEqual([]);
  });
});

describe("HTML in a bio, each kind told its own fix", () => {
  it("tells the words of a block that holds a picture too, beside the picture's own message", async () => {
    expect(await reportOf('<p><img src="/images/ring.jpg" alt="A ring"> Rings from our bench.</p>\n')).toEqual([
      expect.stringMatching(/^error: content\/authors\/isla\.md:5: the picture `<img src="\/images\/ring\.jpg" alt="A ring">` is left out: a bio shows no pictures/),
      `error: content/authors/isla.md:5: the page leaves out \`<p>\`, words and all: ${NO_HTML}; write its words as Markdown instead: \`Rings from our bench.\``,
    ]);
  });

  it("tells to delete the lines of a block without words that runs over several", async () => {
    expect(await reportOf('Isla makes rings.\n\n<div class="spacer">\n</div>\n')).toEqual([
      `error: content/authors/isla.md:7: the page leaves out \`<div class="spacer">\` and the lines under it to line 8: ${NO_HTML}; delete those lines`,
    ]);
  });

  it("offers a link's words as the page shows them, without the spaces around and between them", async () => {
    expect(await reportOf('Read <a href="/about"> about  the studio </a>.\n')).toEqual([
      `error: content/authors/isla.md:5: the page shows \`about the studio\` as plain text, not as a link: ${NO_HTML}; write \`[about the studio](/about)\``,
    ]);
  });

  it("tells to remove a link without words, not to write one with no words", async () => {
    expect(await reportOf('Find her at <a href="https://shop.example"><img src="/images/shop.png" alt="Her shop"></a>.\n')).toEqual([
      expect.stringMatching(/^error: content\/authors\/isla\.md:5: the picture `<img src="\/images\/shop\.png" alt="Her shop">` is left out: a bio shows no pictures.*otherwise delete the picture$/),
      `error: content/authors/isla.md:5: the page leaves out \`<a href="https://shop.example">\` and shows the words inside it as plain text: ${NO_HTML}; remove the tag`,
    ]);
  });

  it("tells to remove an `<a>` that is no link", async () => {
    expect(await reportOf('<a name="rings">Rings</a> are what Isla makes.\n')).toEqual([
      `error: content/authors/isla.md:5: the page leaves out \`<a name="rings">\` and shows the words inside it as plain text: ${NO_HTML}; remove the tag`,
    ]);
  });

  it("tells that words in angle brackets are left out, words and all", async () => {
    expect(await renderBioHtml("Sign it with <your initials> inside the band.")).toBe("<p>Sign it with  inside the band.</p>");
    expect(await reportOf("Sign it with <your initials> inside the band.\n")).toEqual([
      "error: content/authors/isla.md:5: `<your initials>` is read as an HTML tag, so the page leaves it out, words and all: readers see nothing where it stands; write in its place the words it stands for, or, to show it as typed, write `\\<your initials>`",
    ]);
    expect(await reportOf("Sign it with \\<your initials> inside the band.\n")).toEqual([]);
  });
});
