import { describe, expect, it, vi } from "vitest";
import { checkUnnamedHeadings } from "@/lib/checks/empty-headings";
import { pagesToCheck } from "@/lib/checks/pages";
import { renderers } from "@/lib/checks/renderers";
import { article, ISLA } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";
import { journalPerTest } from "../helpers/journal-per-test";

const journal = journalPerTest();

const errorsOf = (body: string) => journal.articleErrors(body);

const WHY = "screen-reader users, who move through a page by its headings, would look for a section that is not there";

describe("the order of an article's headings", () => {
  it("passes headings that go down one level at a time and come back up any number", async () => {
    expect(await errorsOf("Intro.\n\n## Cleaning\n\n### Cloths\n\n#### Microfibre\n\n## Storing\n\n### Pouches\n")).toEqual([]);
  });

  it("is an error when a heading skips a level, naming the heading above it and the line to write", async () => {
    expect(await errorsOf("Intro.\n\n## Cleaning\n\nWords.\n\n#### Cloths\n\nA soft one.\n")).toEqual([
      `content/articles/care.md:15: the heading \`Cloths\` (\`####\`) comes under \`Cleaning\` (\`##\`, line 11) and skips a level; ${WHY}; write \`### Cloths\``,
    ]);
  });

  it("is an error when the first heading is below level 2, since the title is the page's level 1", async () => {
    expect(await errorsOf("### Cleaning\n\nWords.\n")).toEqual([
      `content/articles/care.md:9: the heading \`Cleaning\` (\`###\`) is the text's first heading, whose level is 2 (the title is level 1); ${WHY}; write \`## Cleaning\``,
    ]);
  });

  it("reads headings written as HTML in the same order, and says which tags to write", async () => {
    expect(await errorsOf("## Cleaning\n\n<h4>Cloths</h4>\n")).toEqual([
      `content/articles/care.md:11: the heading \`Cloths\` (\`<h4>\`) comes under \`Cleaning\` (\`##\`, line 9) and skips a level; ${WHY}; write \`<h3>\` and \`</h3>\` instead of \`<h4>\` and \`</h4>\``,
    ]);
  });

  it("names a heading written as HTML by its words alone, without the spaces inside its tags", async () => {
    expect(await errorsOf("## Cleaning\n\n<h4> Cloths </h4>\n")).toEqual([
      `content/articles/care.md:11: the heading \`Cloths\` (\`<h4>\`) comes under \`Cleaning\` (\`##\`, line 9) and skips a level; ${WHY}; write \`<h3>\` and \`</h3>\` instead of \`<h4>\` and \`</h4>\``,
    ]);
  });

  it("takes no tag for a heading that only looks like one (`<h22>`, `<hh2>`): each is words in brackets, which the page leaves out", async () => {
    const left = (line: number, tag: string) =>
      `content/articles/care.md:${line}: \`<${tag}>\` is read as an HTML tag, so the page leaves it out, words and all: readers see nothing where it stands; write in its place the words it stands for, or, to show it as typed, write \`\\<${tag}>\``;
    expect(await errorsOf("Intro.\n\n<h22>\nSizes\n</h22>\n\n<hh2>\nCare\n</hh2>\n")).toEqual([left(11, "h22"), left(15, "hh2")]);
  });

  it("counts a heading without words by its level, without a second error for the one under it", async () => {
    const empty = (line: number, marks: string) =>
      `content/articles/care.md:${line}: a heading without words (\`${marks}\` alone on its line) would show readers an empty section title, and screen readers announce it as a heading with no name; write the section's name after it, like \`${marks} Storing pearls\`, or delete the line`;
    expect(await errorsOf("##\n\n### Cloths\n\n##\n\n#### Pouches\n\n######\n\n###### Boxes\n")).toEqual([
      empty(9, "##"),
      empty(13, "##"),
      `content/articles/care.md:15: the heading \`Pouches\` (\`####\`) comes under the \`##\` on line 13 and skips a level; ${WHY}; write \`### Pouches\``,
      `content/articles/care.md:17: a heading without words (\`######\` alone on its line) would show readers an empty section title, and screen readers announce it as a heading with no name; it also comes under \`Pouches\` (\`####\`, line 15, to become \`###\`) and skips a level; write the section's name after \`####\`, like \`#### Storing pearls\`, or delete the line`,
      `content/articles/care.md:19: the heading \`Boxes\` (\`######\`) comes under the \`######\` on line 17 (to become \`####\`) and skips a level; ${WHY}; write \`##### Boxes\``,
    ]);
    expect(await errorsOf("## Care\n\n### Cloths\n\n## Keeping\n\n### Pouches\n\n#### Storing pearls\n\n##### Boxes\n")).toEqual([]);
  });

  it("names the space that is not an ordinary one on a heading's line (a Mac's Option-Space), which was told `##` alone", async () => {
    expect(await errorsOf("Intro.\n\n## \u00a0\n\nWords.\n")).toEqual([
      "content/articles/care.md:11: a heading without words (`##` and `\\u{a0}`, a space that is not an ordinary one, alone on its line) would show readers an empty section title, and screen readers announce it as a heading with no name; write the section's name after it, like `## Storing pearls`, or delete the line",
    ]);
    expect(await errorsOf("Intro.\n\n## Storing pearls\n\nWords.\n")).toEqual([]);
  });

  it("leaves bios out: the pages that show them put them under headings of their own", async () => {
    await journal.folder().write("content/authors/isla.md", `${ISLA}\n### Training\n\nGoldsmiths' Centre.\n`);
    expect(await errorsOf("Words.\n")).toEqual([]);
  });

  it("leaves out the bio of an author whose fields have errors too", async () => {
    await journal.folder().write("content/authors/jonah.md", "---\nname: Jonah Petrakis\nrole: 42\n---\n### Training\n\nGoldsmiths' Centre.\n");
    expect(await errorsOf("Words.\n")).toEqual(['content/authors/jonah.md:3: `role` must be text, and `42` is read as a number; put it in quotes: write `role: "42"`']);
  });

  it("checks an article whose fields have errors, beside those errors", async () => {
    await journal.folder().write("content/articles/rings.md", "---\ntitle: Rings\ndescription: Bands and stones.\ndate: 2025-02-30\nauthor: isla\n---\n\nIntro.\n\n#### Bands\n");
    expect(await errorsOf("Words.\n")).toEqual([
      "content/articles/rings.md:4: `date` must be a real date, and `2025-02-30` is not a real day of the calendar; write it like `date: 2025-11-29` (year-month-day), or with a time like `date: 2025-11-29T09:30:00+00:00`",
      `content/articles/rings.md:10: the heading \`Bands\` (\`####\`) is the text's first heading, whose level is 2 (the title is level 1); ${WHY}; write \`## Bands\``,
    ]);
  });
});

describe("a heading written in HTML without words", () => {
  const empty = (line: number, tag: string) =>
    `content/articles/care.md:${line}: a heading without words (\`<${tag}></${tag}>\`) would show readers an empty section title, and screen readers announce it as a heading with no name; write the section's name between its tags, like \`<${tag}>Storing pearls</${tag}>\`, or delete it`;

  it("is an error on its line, whether empty, holding only spaces, or in the middle of a paragraph", async () => {
    expect(await errorsOf("Intro.\n\n<h2></h2>\n\nWords.\n\n<H3> </H3>\n\nMore words,\nthen <h3>&nbsp;</h3> and more.\n")).toEqual([empty(11, "h2"), empty(15, "h3"), empty(18, "h3")]);
  });

  it("passes when a picture's description names it, or its words come after a blank line inside it, as the page shows them", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    expect(await errorsOf('Intro.\n\n<h2><img src="/images/ring.jpg" alt="A silver ring"></h2>\n\n<h2>\n\nCleaning\n\n</h2>\n')).toEqual([]);
  });

  it("is not one when a picture's description names it, even a picture with no path, which gets its own error alone", async () => {
    expect(await errorsOf('Intro.\n\n## Rings\n\n<h3><img alt="A ring"></h3>\n\n<h2> </h2>\n')).toEqual([
      'content/articles/care.md:13: a picture in the text has no path, so readers would see a broken picture; write the path of its file under public/, like `<img src="/images/articles/ring.jpg" alt="A ring">`',
      empty(15, "h2"),
    ]);
  });

  it("in a bio, which drops HTML so the heading is never shown, is told only that", async () => {
    await journal.folder().write("content/authors/isla.md", `${ISLA}\n<h3></h3>\n`);
    expect(await errorsOf("Words.\n")).toEqual(["content/authors/isla.md:7: the page leaves out `<h3>`: a bio shows no HTML, only Markdown; delete the line"]);
  });
});

describe("a heading written with `#` that the page shows without words", () => {
  const WHY_EMPTY = "would show readers an empty section title, and screen readers announce it as a heading with no name";
  const shown = (file: string, line: number, written: string, marks = "##", end = "the line") =>
    `content/${file}:${line}: a heading without words (${written} shows none) ${WHY_EMPTY}; replace it with the section's name, like \`${marks} Storing pearls\`, or delete ${end}`;

  it("is an error on its line when its only words are a space written as a code, a comment or markup holding nothing", async () => {
    expect(await errorsOf("Intro.\n\n## &#x20;\n\nWords.\n\n### &nbsp;\n\n## <!-- -->\n\n&#x20;\n---\n\n## <span></span>\n")).toEqual([
      shown("articles/care.md", 11, "`## &#x20;`"),
      shown("articles/care.md", 15, "`### &nbsp;`", "###"),
      shown("articles/care.md", 17, "`## <!-- -->`"),
      shown("articles/care.md", 19, "`&#x20;` over `---`", "##", "its lines"),
      shown("articles/care.md", 22, "`## <span></span>`"),
    ]);
  });

  it("is an error when its only words are characters that show nothing, though the page gives it a `#` link", async () => {
    expect(await errorsOf("Intro.\n\n## &#8203;\n\n## \u200b\n\n<h3>&shy;</h3>\n")).toEqual([
      shown("articles/care.md", 11, "`## &#8203;`"),
      shown("articles/care.md", 13, "`## \\u{200b}`"),
      `content/articles/care.md:15: a heading without words (\`<h3></h3>\`) ${WHY_EMPTY}; write the section's name between its tags, like \`<h3>Storing pearls</h3>\`, or delete it`,
    ]);
  });

  it("quotes each line of an underlined one, and its dashes without the spaces around them", async () => {
    expect(await errorsOf("Intro.\n\n&#x20;\n&nbsp;\n  ---  \n\nWords.\n")).toEqual([shown("articles/care.md", 11, "`&#x20;\\n&nbsp;` over `---`", "##", "its lines")]);
  });

  it("keeps its own file: another article's heading on the same line still gets its level message", async () => {
    await journal.folder().write("content/articles/rings.md", article({ title: '"Rings"' }, "Intro.\n\n## <!-- -->\n"));
    expect(await errorsOf("## Cleaning\n\n#### Cloths\n")).toEqual([
      `content/articles/care.md:11: the heading \`Cloths\` (\`####\`) comes under \`Cleaning\` (\`##\`, line 9) and skips a level; ${WHY}; write \`### Cloths\``,
      shown("articles/rings.md", 11, "`## <!-- -->`"),
    ]);
  });

  it("is found in an article with footnotes too, whose list the page heads with a heading of its own, written nowhere in the Markdown", async () => {
    expect(await errorsOf("Intro.[^1]\n\n## &#x20;\n\nWords.\n\n[^1]: A note.\n")).toEqual([shown("articles/care.md", 11, "`## &#x20;`")]);
  });

  it("passes a heading with words, one named by its picture's description, and words with `&` or `<` in them", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    expect(await errorsOf("Intro.\n\n## Storing pearls\n\n## ![A ring](/images/ring.jpg)\n\n## Gold &amp; silver\n\n## Under <b>2 mm</b>\n")).toEqual([]);
  });

  it("does not load the page's Markdown readers for headings that all have words, or are `##` alone, told from the Markdown", async () => {
    const readers = vi.fn(async () => renderers);
    await journal.folder().write("content/articles/care.md", article({}, "Intro.\n\n## Storing pearls\n\n##\n"));
    expect(await checkUnnamedHeadings(pagesToCheck(await journal.folder().load()), readers)).toEqual([]);
    expect(readers).not.toHaveBeenCalled();
  });

  it("is reported once: `##` alone by its own message, a picture without a description by the picture's", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    expect(await errorsOf("Intro.\n\n##\n\n## ![](/images/ring.jpg)\n")).toEqual([
      "content/articles/care.md:11: a heading without words (`##` alone on its line) would show readers an empty section title, and screen readers announce it as a heading with no name; write the section's name after it, like `## Storing pearls`, or delete the line",
      "content/articles/care.md:13: the image `/images/ring.jpg` has no description; write what it shows between the square brackets, like `![A silver ring set with a blue topaz](/images/ring.jpg)`",
    ]);
  });

  it("is an error in a bio too, whose page drops HTML and pictures: a heading holding only a picture shows nothing there", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    await journal.folder().write("content/authors/isla.md", `${ISLA}\n## &nbsp;\n\n## ![A ring](/images/ring.jpg)\n`);
    expect(await errorsOf("Words.\n")).toEqual([
      shown("authors/isla.md", 7, "`## &nbsp;`"),
      `content/authors/isla.md:9: a heading without words (\`## ![A ring](/images/ring.jpg)\` shows none: a bio shows no pictures, so its picture is left out) ${WHY_EMPTY}; replace it with the section's name, like \`## Storing pearls\`, or delete the line`,
    ]);
  });

  it("says a bio shows no pictures for a heading whose picture is a link, which its page leaves out too", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    await journal.folder().write("content/authors/isla.md", `${ISLA}\n## [![A ring](/images/ring.jpg)](/tags/metal-care)\n`);
    expect(await errorsOf("Words.\n")).toEqual([
      `content/authors/isla.md:7: a heading without words (\`## [![A ring](/images/ring.jpg)](/tags/metal-care)\` shows none: a bio shows no pictures, so its picture is left out) ${WHY_EMPTY}; replace it with the section's name, like \`## Storing pearls\`, or delete the line`,
    ]);
  });

  it("says a bio shows no pictures for a heading that is a picture, when another picture of the bio is told on its own line", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    await journal.folder().write("content/authors/isla.md", `${ISLA}\n## ![A ring](/images/ring.jpg)\n\n![A ring](/images/ring.jpg)\n`);
    expect(await errorsOf("Words.\n")).toEqual([
      `content/authors/isla.md:7: a heading without words (\`## ![A ring](/images/ring.jpg)\` shows none: a bio shows no pictures, so its picture is left out) ${WHY_EMPTY}; replace it with the section's name, like \`## Storing pearls\`, or delete the line`,
      "content/authors/isla.md:9: the picture `/images/ring.jpg` is left out: a bio shows no pictures, on the author's page or under their articles; if it is the author's photo, put it in the `avatar` field: write `avatar: { src: /images/ring.jpg, alt: A ring }` among the fields, otherwise delete the line",
    ]);
  });

  it("says a bio shows no pictures for an underlined heading that is a picture too, and not for one without a picture", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    await journal.folder().write("content/authors/isla.md", `${ISLA}\n![A ring](/images/ring.jpg)\n---\n\n### <!-- -->\n`);
    expect(await errorsOf("Words.\n")).toEqual([
      `content/authors/isla.md:7: a heading without words (\`![A ring](/images/ring.jpg)\` over \`---\` shows none: a bio shows no pictures, so its picture is left out) ${WHY_EMPTY}; replace it with the section's name, like \`## Storing pearls\`, or delete its lines`,
      "content/authors/isla.md:10: a heading without words (`### <!-- -->` shows none) " + WHY_EMPTY + "; replace it with the section's name, like `### Storing pearls`, or delete the line",
    ]);
  });
});

describe("a heading without words that also skips a level (the third jeweler's trial)", () => {
  const WHY_EMPTY = "would show readers an empty section title, and screen readers announce it as a heading with no name";
  const FIRST = "it also is the text's first heading, whose level is 2 (the title is level 1)";

  it.each([
    [
      "###\n\nPearls sleep in silk.\n",
      `content/articles/care.md:9: a heading without words (\`###\` alone on its line) ${WHY_EMPTY}; ${FIRST}; write the section's name after \`##\`, like \`## Storing pearls\`, or delete the line`,
      "## Storing pearls\n\nPearls sleep in silk.\n",
    ],
    [
      "<h3></h3>\n\nPearls sleep in silk.\n",
      `content/articles/care.md:9: a heading without words (\`<h3></h3>\`) ${WHY_EMPTY}; ${FIRST}; write the section's name between \`<h2>\` and \`</h2>\`, like \`<h2>Storing pearls</h2>\`, or delete it`,
      "<h2>Storing pearls</h2>\n\nPearls sleep in silk.\n",
    ],
    [
      "## Cleaning\n\nWords.\n\n####\n\nPearls sleep in silk.\n",
      `content/articles/care.md:13: a heading without words (\`####\` alone on its line) ${WHY_EMPTY}; it also comes under \`Cleaning\` (\`##\`, line 9) and skips a level; write the section's name after \`###\`, like \`### Storing pearls\`, or delete the line`,
      "## Cleaning\n\nWords.\n\n### Storing pearls\n\nPearls sleep in silk.\n",
    ],
    [
      "### &#x20;\n\nPearls sleep in silk.\n",
      `content/articles/care.md:9: a heading without words (\`### &#x20;\` shows none) ${WHY_EMPTY}; ${FIRST}; replace it with the section's name, like \`## Storing pearls\`, or delete the line`,
      "## Storing pearls\n\nPearls sleep in silk.\n",
    ],
    [
      "## Cleaning\n\nWords.\n\n<h4> </h4>\n",
      `content/articles/care.md:13: a heading without words (\`<h4></h4>\`) ${WHY_EMPTY}; it also comes under \`Cleaning\` (\`##\`, line 9) and skips a level; write the section's name between \`<h3>\` and \`</h3>\`, like \`<h3>Storing pearls</h3>\`, or delete it`,
      "## Cleaning\n\nWords.\n\n<h3>Storing pearls</h3>\n",
    ],
  ])("%j names the level the heading order accepts, and the line it gives passes the next run", async (text, message, fixed) => {
    expect(await errorsOf(text)).toEqual([message]);
    expect(await errorsOf(fixed)).toEqual([]);
  });

  it("is told the level of its own place, not that of an earlier heading of its level that skips one", async () => {
    expect(await errorsOf("## Rings\n\n#### Bands\n\n### Sizes\n\n#### &#x20;\n")).toEqual([
      `content/articles/care.md:11: the heading \`Bands\` (\`####\`) comes under \`Rings\` (\`##\`, line 9) and skips a level; ${WHY}; write \`### Bands\``,
      `content/articles/care.md:15: a heading without words (\`#### &#x20;\` shows none) ${WHY_EMPTY}; replace it with the section's name, like \`#### Storing pearls\`, or delete the line`,
    ]);
  });

  it("written in HTML after another heading on its line, is told the level that one allows", async () => {
    expect(await errorsOf("## Care\n\n<h2>Rings</h2><h4></h4>\n")).toEqual([
      `content/articles/care.md:11: a heading without words (\`<h4></h4>\`) ${WHY_EMPTY}; it also comes under \`Rings\` (\`<h2>\`, line 11) and skips a level; write the section's name between \`<h3>\` and \`</h3>\`, like \`<h3>Storing pearls</h3>\`, or delete it`,
    ]);
  });
});

describe("a heading judged by the level the heading above takes once mended, so one run gives every fix (the third jeweler's trial)", () => {
  const EMPTY = "a heading without words (`####` alone on its line) would show readers an empty section title, and screen readers announce it as a heading with no name";

  it.each([
    [
      "under a heading that skips a level itself",
      "## Cleaning\n\n#### Cloths\n\n##### Microfibre\n",
      [
        `content/articles/care.md:11: the heading \`Cloths\` (\`####\`) comes under \`Cleaning\` (\`##\`, line 9) and skips a level; ${WHY}; write \`### Cloths\``,
        `content/articles/care.md:13: the heading \`Microfibre\` (\`#####\`) comes under \`Cloths\` (\`####\`, line 11, to become \`###\`) and skips a level; ${WHY}; write \`#### Microfibre\``,
      ],
      "## Cleaning\n\n### Cloths\n\n#### Microfibre\n",
    ],
    [
      "under a heading without words that is told its level",
      "## Cleaning\n\n####\n\n##### Microfibre\n",
      [
        `content/articles/care.md:11: ${EMPTY}; it also comes under \`Cleaning\` (\`##\`, line 9) and skips a level; write the section's name after \`###\`, like \`### Storing pearls\`, or delete the line`,
        `content/articles/care.md:13: the heading \`Microfibre\` (\`#####\`) comes under the \`####\` on line 11 (to become \`###\`) and skips a level; ${WHY}; write \`#### Microfibre\``,
      ],
      "## Cleaning\n\n### Storing pearls\n\n#### Microfibre\n",
    ],
    [
      "under a heading the page shows without words, which is told its level",
      "## Cleaning\n\n#### &#x20;\n\n##### Microfibre\n",
      [
        `content/articles/care.md:11: a heading without words (\`#### &#x20;\` shows none) would show readers an empty section title, and screen readers announce it as a heading with no name; it also comes under \`Cleaning\` (\`##\`, line 9) and skips a level; replace it with the section's name, like \`### Storing pearls\`, or delete the line`,
        `content/articles/care.md:13: the heading \`Microfibre\` (\`#####\`) comes under \`&#x20;\` (\`####\`, line 11, to become \`###\`) and skips a level; ${WHY}; write \`#### Microfibre\``,
      ],
      "## Cleaning\n\n### Storing pearls\n\n#### Microfibre\n",
    ],
    [
      "under a first heading told to become `##`, though it is one level below it as written",
      "### Cleaning\n\n#### Cloths\n",
      [
        `content/articles/care.md:9: the heading \`Cleaning\` (\`###\`) is the text's first heading, whose level is 2 (the title is level 1); ${WHY}; write \`## Cleaning\``,
        `content/articles/care.md:11: the heading \`Cloths\` (\`####\`) comes under \`Cleaning\` (\`###\`, line 9, to become \`##\`) and skips a level; ${WHY}; write \`### Cloths\``,
      ],
      "## Cleaning\n\n### Cloths\n",
    ],
    [
      "written as HTML, under an HTML heading that skips a level",
      "## Cleaning\n\n<h4>Cloths</h4>\n\n<h5>Microfibre</h5>\n",
      [
        `content/articles/care.md:11: the heading \`Cloths\` (\`<h4>\`) comes under \`Cleaning\` (\`##\`, line 9) and skips a level; ${WHY}; write \`<h3>\` and \`</h3>\` instead of \`<h4>\` and \`</h4>\``,
        `content/articles/care.md:13: the heading \`Microfibre\` (\`<h5>\`) comes under \`Cloths\` (\`<h4>\`, line 11, to become \`<h3>\`) and skips a level; ${WHY}; write \`<h4>\` and \`</h4>\` instead of \`<h5>\` and \`</h5>\``,
      ],
      "## Cleaning\n\n<h3>Cloths</h3>\n\n<h4>Microfibre</h4>\n",
    ],
    [
      "under a `# ` heading told to become `##`, which ends the deeper sections above it",
      "## Cleaning\n\n### Cloths\n\n#### Microfibre\n\n# Storing\n\n##### Pouches\n",
      [
        "content/articles/care.md:15: the heading `Storing` is written as a title (`#`), but the title is already the page's heading; start sections at ##: write `## Storing`",
        `content/articles/care.md:17: the heading \`Pouches\` (\`#####\`) comes under \`Storing\` (\`#\`, line 15, to become \`##\`) and skips a level; ${WHY}; write \`### Pouches\``,
      ],
      "## Cleaning\n\n### Cloths\n\n#### Microfibre\n\n## Storing\n\n### Pouches\n",
    ],
  ])("%s: one message per heading to change, and the lines they give pass the next run", async (_case, text, messages, fixed) => {
    expect(await errorsOf(text)).toEqual(messages);
    expect(await errorsOf(fixed)).toEqual([]);
  });

  it("counts a `# ` heading kept as a section even before the first `##`: `### ` under it needs no change", async () => {
    expect(await errorsOf("# Cleaning\n\n### Cloths\n")).toEqual([
      "content/articles/care.md:9: the heading `Cleaning` is written as a title (`#`), but the title is already the page's heading; start sections at ##: write `## Cleaning`",
    ]);
    expect(await errorsOf("## Cleaning\n\n### Cloths\n")).toEqual([]);
  });

  it("on the about page too, where a `# ` line repeating the title is to go and counts for nothing", async () => {
    const about = (body: string) => journal.folder().write("content/pages/about.md", `---\ntitle: About the studio\ndescription: "A small studio that writes about its work."\n---\n${body}`);
    await about("# About the studio\n\n### How we work\n\n##### Benches\n");
    expect(await errorsOf("Words.\n")).toEqual([
      "content/pages/about.md:5: the heading `About the studio` is written as a title (`#`), but the title is already the page's heading; so this line shows it twice: delete it",
      `content/pages/about.md:7: the heading \`How we work\` (\`###\`) is the text's first heading, whose level is 2 (the title is level 1); ${WHY}; write \`## How we work\``,
      `content/pages/about.md:9: the heading \`Benches\` (\`#####\`) comes under \`How we work\` (\`###\`, line 7, to become \`##\`) and skips a level; ${WHY}; write \`### Benches\``,
    ]);
    await about("## How we work\n\n### Benches\n");
    expect(await errorsOf("Words.\n")).toEqual([]);
  });

  it("still leaves bios out, however their headings would be mended", async () => {
    await journal.folder().write("content/authors/isla.md", `${ISLA}\n# At the bench\n\n#### Training\n\n###### Goldsmiths' Centre\n`);
    expect(await errorsOf("Words.\n")).toEqual([
      "content/authors/isla.md:7: the heading `At the bench` is written as a title (`#`), but the author's name is already the page's heading; start sections at ##: write `## At the bench`",
    ]);
  });
});
