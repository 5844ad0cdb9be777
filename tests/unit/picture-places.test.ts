import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { renderArticleHtml } from "@/lib/content/markdown";
import { article, checkFolder, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
  await folder.write("public/images/ring.jpg", await smallImage());
  await folder.write("public/images/cover.jpg", await smallImage());
});

afterEach(() => folder.remove());

/** What `check:content` prints about the text of content/articles/pictures.md (which starts on line 9, or 12 with a cover). */
async function reportOf(body: string, fields: Record<string, string> = {}): Promise<string[]> {
  await folder.write("content/articles/pictures.md", article({ title: '"Pictures"', ...fields }, body));
  return (await checkFolder(folder)).filter((issue) => issue.file === "content/articles/pictures.md").map((issue) => `${issue.severity}: ${formatIssue(issue)}`);
}

const AT = "content/articles/pictures.md";
const RING = "![A silver ring](/images/ring.jpg)";
const CAPTIONED = '![A silver ring](/images/ring.jpg "The finished ring")';
const OWN_LINE = "put it on a line of its own, with an empty line above it and below it";

describe("a picture that the page cannot show as a figure", () => {
  it("passes alone in its paragraph, or with other pictures (a gallery)", async () => {
    expect(await reportOf(`Words.\n\n${CAPTIONED}\n\n${RING}\n${RING}\n\nMore words.\n`)).toEqual([]);
  });

  it("passes pictures side by side on one line, or each ending its line with a line break (`\\` or two spaces)", async () => {
    expect(await reportOf(`Words.\n\n${RING} ${RING}\n\n${RING}\\\n${RING}  \n${RING}\n\nMore words.\n`)).toEqual([]);
  });

  it("is an error beside text, its line to write giving the description on one line, one space between its words", async () => {
    expect(await reportOf("The ring ![ A silver\n   ring ](/images/ring.jpg) here.\n")).toEqual([
      `error: ${AT}:9: the picture \`/images/ring.jpg\` has text right next to it (no empty line between them), so the page shows it small inside the text and without the full-size view; ${OWN_LINE}: \`${RING}\``,
    ]);
  });

  it("reads a link or a picture written inside a picture's description as words of the description, as the page does", async () => {
    const body = "![A ring by [Isla](/articles/no-such-article), beside ![a sketch](/images/sketch.jpg)](/images/ring.jpg)\n";
    expect(await reportOf(body)).toEqual([]);
    const html = await renderArticleHtml(body, { publicDir: folder.publicDir });
    expect(html).toContain('alt="A ring by Isla, beside a sketch"');
    expect(html).not.toContain("no-such-article");
    expect(html).not.toContain("sketch.jpg");
  });

  it("is an error right under a line of text or inside a sentence, with the line to write", async () => {
    expect(await reportOf(`The ring, finished:\n${CAPTIONED}\n\nA ring ${RING} in a sentence.\n`)).toEqual([
      `error: ${AT}:10: the picture \`/images/ring.jpg\` has text right next to it (no empty line between them), so the page shows it small inside the text, without its caption \`The finished ring\` and without the full-size view; ${OWN_LINE}: \`${CAPTIONED}\``,
      `error: ${AT}:12: the picture \`/images/ring.jpg\` has text right next to it (no empty line between them), so the page shows it small inside the text and without the full-size view; ${OWN_LINE}: \`${RING}\``,
    ]);
  });

  it("is an error with a caption inside a link, a list, a table or a quote: the caption is lost", async () => {
    const body = `[${CAPTIONED}](/about)\n\n- ${CAPTIONED}\n\n| a |\n| - |\n| ${CAPTIONED} |\n\n> ${CAPTIONED}\n`;
    const lost = (line: number, where: string, write: string) =>
      `error: ${AT}:${line}: the picture \`/images/ring.jpg\` is inside ${where}, so the page shows it without its caption \`The finished ring\` and without the full-size view; to show them, take it out of ${where} and ${OWN_LINE}: \`${write}\``;
    expect(await reportOf(body)).toEqual([lost(9, "a link", CAPTIONED), lost(11, "a list", CAPTIONED), lost(15, "a table", CAPTIONED), lost(17, "a quote", CAPTIONED)]);
  });

  it("is a warning without a caption inside a link, a list or a table: only the full-size view is lost", async () => {
    const body = `[${RING}](/about)\n\n1. ${RING}\n\n| a |\n| - |\n| ${RING} |\n`;
    const warned = (line: number, where: string) =>
      `warning: ${AT}:${line}: the picture \`/images/ring.jpg\` is inside ${where}, so the page shows it as it is, without the full-size view readers open by tapping a picture; if they should, take it out of ${where} and ${OWN_LINE}: \`${RING}\``;
    expect(await reportOf(body)).toEqual([warned(9, "a link"), warned(11, "a list"), warned(15, "a table")]);
  });

  it("in bold or italics alone in its paragraph is a warning, or an error with a caption: no text is beside it, but the page shows it small", async () => {
    expect(await reportOf(`**${RING}**\n\n*${CAPTIONED}*\n`)).toEqual([
      `warning: ${AT}:9: the picture \`/images/ring.jpg\` is inside bold or italic marks, so the page shows it as it is, without the full-size view readers open by tapping a picture; if they should, take it out of bold or italic marks and ${OWN_LINE}: \`${RING}\``,
      `error: ${AT}:11: the picture \`/images/ring.jpg\` is inside bold or italic marks, so the page shows it without its caption \`The finished ring\` and without the full-size view; to show them, take it out of bold or italic marks and ${OWN_LINE}: \`${CAPTIONED}\``,
    ]);
    expect(await renderArticleHtml(`**${RING}**\n`, { publicDir: folder.publicDir })).not.toContain("<figure");
  });

  it("is what the page shows: a figure only for the picture alone (the behaviour the check describes)", async () => {
    const html = await renderArticleHtml(`Text:\n${CAPTIONED}\n\n${CAPTIONED}\n`, { publicDir: folder.publicDir });
    expect(html.match(/<figure/g)).toHaveLength(1);
    expect(html.match(/<figcaption>The finished ring<\/figcaption>/g)).toHaveLength(1);
  });
});

describe("a picture in a footnote, and `![^1]` in the text", () => {
  const NOTES = "among the notes at the end of the text,";
  const MOVE = `move it into the text and ${OWN_LINE}`;
  const AND_DELETE = "and delete the note and its mark if the note holds nothing else";
  const inNote = `warning: ${AT}:11: the picture \`/images/ring.jpg\` is inside a footnote, so the page shows it as it is, ${NOTES} without the full-size view readers open by tapping a picture; if they should, ${MOVE}: \`${RING}\`, ${AND_DELETE}`;
  const html = (body: string) => renderArticleHtml(body, { publicDir: folder.publicDir });

  it("is a warning alone in its note, or an error with a caption: the page shows it among the notes, and the line given shows it as a figure", async () => {
    const body = `A ring[^1].\n\n[^1]: ${RING}\n`;
    expect(await reportOf(body)).toEqual([inNote]);
    expect(await html(body)).not.toContain("<figure");
    expect(await reportOf(`A ring[^1].\n\n[^1]: ${CAPTIONED}\n`)).toEqual([
      `error: ${AT}:11: the picture \`/images/ring.jpg\` is inside a footnote, so the page shows it ${NOTES} without its caption \`The finished ring\` and without the full-size view; to show them, ${MOVE}: \`${CAPTIONED}\`, ${AND_DELETE}`,
    ]);
    const moved = `A ring.\n\n${CAPTIONED}\n`;
    expect(await reportOf(moved)).toEqual([]);
    expect(await html(moved)).toContain("<figcaption>The finished ring</figcaption>");
  });

  it("passes a picture alone in its paragraph after a note, which the page shows as a figure", async () => {
    const body = `A ring[^1].\n\n[^1]: Hallmarked in Sheffield.\n\n${RING}\n`;
    expect(await reportOf(body)).toEqual([]);
    expect(await html(body)).toContain("<figure");
  });

  it("`![^1]` is a warning: the page shows a `!` before the note's number; each line given passes the next run", async () => {
    const body = `A ring ![^1] here.\n\n[^1]: ${RING}\n`;
    expect(await reportOf(body)).toEqual([
      `warning: ${AT}:9: the \`!\` before the footnote mark \`[^1]\` is shown as typed, before the note's number: a footnote's mark shows no picture; for the mark alone, write \`A ring[^1] here.\`; for an exclamation mark, \`A ring \\![^1] here.\`; to show the note's picture here, write it in the text on a line of its own, with an empty line above it and below it: \`${RING}\`, and delete the mark and the note (line 11)`,
      inNote,
    ]);
    expect(await html(body)).toMatch(/A ring !<sup>/);
    expect(await reportOf(`A ring[^1] here.\n\n[^1]: ${RING}\n`)).toEqual([inNote]);
    expect(await reportOf(`A ring \\![^1] here.\n\n[^1]: ${RING}\n`)).toEqual([inNote]);
    const moved = `A ring here.\n\n${RING}\n`;
    expect(await reportOf(moved)).toEqual([]);
    expect(await html(moved)).toContain("<figure");
  });

  it("`![^1]` before a note of words is told without a picture's line, and `Wow![^1]` passes", async () => {
    const body = "Magnifique ![^1]\n\n[^1]: Hallmarked in Sheffield.\n";
    expect(await reportOf(body)).toEqual([
      `warning: ${AT}:9: the \`!\` before the footnote mark \`[^1]\` is shown as typed, before the note's number: a footnote's mark shows no picture; for the mark alone, write \`Magnifique[^1]\`; for an exclamation mark, \`Magnifique \\![^1]\``,
    ]);
    for (const fixed of ["Magnifique[^1]", "Magnifique \\![^1]", "Wow![^1]"]) expect(await reportOf(`${fixed}\n\n[^1]: Hallmarked in Sheffield.\n`)).toEqual([]);
    expect(await html("Magnifique \\![^1]\n\n[^1]: Hallmarked in Sheffield.\n")).toMatch(/Magnifique !<sup>/);
  });
});

describe("the cover repeated as the text's first picture", () => {
  it("is a warning: readers would see it twice", async () => {
    const cover = "\n  src: /images/cover.jpg\n  alt: A gold band on a bench";
    expect(await reportOf(`Words.\n\n![A gold band on a bench](/images/cover.jpg)\n\n${RING}\n`, { cover })).toEqual([
      `warning: ${AT}:14: the first picture in the text, \`/images/cover.jpg\`, is the cover, which the page already shows above the text, so readers see it twice; delete this line, or choose another picture for the cover`,
    ]);
  });
});

describe("an article with no text", () => {
  const EMPTY = "the article has no text under its fields";
  const FIX = "so its page would be empty; write the article under the second `---` line, or add `draft: true` to the fields until it is ready";

  it("is an error once published, with nothing or only a note under its fields", async () => {
    expect(await reportOf("\n")).toEqual([`error: ${AT}:7: ${EMPTY}, ${FIX}`]);
    expect(await reportOf("<!-- write about the clasp here -->\n")).toEqual([`error: ${AT}:9: ${EMPTY} (only a note between \`<!--\` and \`-->\`, which readers never see), ${FIX}`]);
  });

  it("is left alone in a draft, which nobody reads yet", async () => {
    expect(await reportOf("\n", { draft: "true" })).toEqual([]);
  });

  it("is an error with a note left open (no `-->`), which hides every line after it", async () => {
    const open = "<!-- write about the clasp here\n\nThe clasp is a lobster clasp.\n";
    // One message, open-notes.ts's, whose fix names the lines hidden; not also "no text", which the note only seems to be.
    expect(await reportOf(open)).toEqual([
      "error: content/articles/pictures.md:9: the note opened with `<!--` is never closed with `-->`, so the page hides everything after it from readers (lines 10 to 11, the rest of the text); add `-->` where the note ends: if the note ends with this line, write `<!-- write about the clasp here -->`; or delete the line",
    ]);
    expect(await renderArticleHtml(open, { publicDir: folder.publicDir })).toBe("");
  });

  it("reads `<!-->` and `<!--->` as notes closed at once, as the page does: text after them is text", async () => {
    const text = "\n\nThe clasp is a lobster clasp.\n\n<!-- more about the clasp later -->\n";
    // Read to the later note's `-->`, the text between was taken for a note's and the article told it had none.
    expect(await reportOf(`<!-->${text}`)).toEqual([]);
    expect(await reportOf(`<!--->${text}`)).toEqual([]);
    expect((await renderArticleHtml(`<!-->${text}`, { publicDir: folder.publicDir })).trim()).toBe("<p>The clasp is a lobster clasp.</p>");
    expect(await reportOf("<!-->\n")).toEqual([`error: ${AT}:9: ${EMPTY} (only a note between \`<!--\` and \`-->\`, which readers never see), ${FIX}`]);
  });

  it("reads a note closed with `--!>` as closed, as the page does: an article holding only that is empty", async () => {
    const note = "<!-- write about the clasp here --!>\n";
    expect(await reportOf(note)).toEqual([
      `warning: ${AT}:9: the note closed with \`--!>\` is hidden, but Markdown ends a note only at \`-->\`; nothing follows it yet, but whatever is written under it will be shown without its Markdown; write \`-->\` in place of \`--!>\`: \`<!-- write about the clasp here -->\``,
      `error: ${AT}:9: ${EMPTY} (only a note between \`<!--\` and \`-->\`, which readers never see), ${FIX}`,
    ]);
    expect((await renderArticleHtml(note, { publicDir: folder.publicDir })).trim()).toBe("");
  });

  it("names the note's own line when blank lines come before it", async () => {
    expect(await reportOf("\n\n<!-- write about the clasp here -->\n")).toEqual([`error: ${AT}:11: ${EMPTY} (only a note between \`<!--\` and \`-->\`, which readers never see), ${FIX}`]);
  });

  it("is reported with the errors of its fields, unless it is a draft", async () => {
    const date = "`date` must be a real date, and `2025-02-30` is not a real day of the calendar; write it like `date: 2025-11-29` (year-month-day), or with a time like `date: 2025-11-29T09:30:00+00:00`";
    expect(await reportOf("\n", { date: "2025-02-30" })).toEqual([`error: ${AT}:4: ${date}`, `error: ${AT}:7: ${EMPTY}, ${FIX}`]);
    expect(await reportOf("\n", { date: "2025-02-30", draft: "true" })).toEqual([`error: ${AT}:4: ${date}`]);
  });

  it("is not asked of an author, whose file may hold no more than the fields", async () => {
    await folder.write("content/authors/isla.md", "---\nname: Isla Marrow\nrole: 42\n---\n");
    expect((await checkFolder(folder)).map((issue) => `${issue.severity}: ${formatIssue(issue)}`)).toEqual([
      'error: content/authors/isla.md:3: `role` must be text, and `42` is read as a number; put it in quotes: write `role: "42"`',
    ]);
  });
});

describe("a picture in an author's bio, which shows no pictures", () => {
  it("is not weighed for its place, whether the author's fields are valid or not, while an article with errors is: the bio leaves it out (bio-pictures.ts)", async () => {
    await folder.write("content/authors/isla.md", `---\nname: Isla Marrow\nrole: "Owner"\n---\nIsla, at the bench:\n${RING}\n`);
    await folder.write("content/authors/jonah.md", `---\nname: Jonah Petrakis\nrole: 42\n---\nJonah, carving:\n${RING}\n`);
    expect(await reportOf(`The ring, finished:\n${RING}\n`, { date: "2025-02-30" })).toEqual([
      `error: ${AT}:4: \`date\` must be a real date, and \`2025-02-30\` is not a real day of the calendar; write it like \`date: 2025-11-29\` (year-month-day), or with a time like \`date: 2025-11-29T09:30:00+00:00\``,
      `error: ${AT}:10: the picture \`/images/ring.jpg\` has text right next to it (no empty line between them), so the page shows it small inside the text and without the full-size view; ${OWN_LINE}: \`${RING}\``,
    ]);
    expect((await checkFolder(folder)).filter((issue) => issue.file.startsWith("content/authors/")).map(formatIssue)).toEqual([
      "content/authors/isla.md:6: the picture `/images/ring.jpg` is left out: a bio shows no pictures, on the author's page or under their articles; if it is the author's photo, put it in the `avatar` field: write `avatar: { src: /images/ring.jpg, alt: A silver ring }` among the fields, otherwise delete the picture",
      'content/authors/jonah.md:3: `role` must be text, and `42` is read as a number; put it in quotes: write `role: "42"`',
      "content/authors/jonah.md:6: the picture `/images/ring.jpg` is left out: a bio shows no pictures, on the author's page or under their articles; if it is the author's photo, put it in the `avatar` field: write `avatar: { src: /images/ring.jpg, alt: A silver ring }` among the fields, otherwise delete the picture",
    ]);
  });
});
