import { describe, expect, it } from "vitest";
import { article, checkFolder } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";
import { journalPerTest } from "../helpers/journal-per-test";
import { formatIssue } from "@/lib/content/issues";
import { articleFrontmatterSchema } from "@/lib/content/schema";

/*
 * A line a message gives to write under `cover:` or `avatar:` is written as the file writes its
 * fields: with four spaces in a file indented with four, as a whole group in a group on one line.
 * Each test pastes the line in place and runs the checks again. The article is
 * content/articles/care.md: `cover:` on line 7, its `src` on line 8 and its `alt` on line 9; the
 * author is content/authors/isla.md.
 */

const journal = journalPerTest();

/** Every issue of one file (care.md unless named) as `check:content` prints it, weight first. */
async function report(file = "content/articles/care.md"): Promise<string[]> {
  const issues = await checkFolder(journal.folder());
  return issues.filter((issue) => issue.file === file).map((issue) => `${issue.severity} ${formatIssue(issue)}`);
}

const withCover = (cover: string) => article({ title: '"Silver Care"', cover }, "Some words about silver.\n");
/** The author file isla.md, with its portrait's lines and a bio. */
const isla = (avatar: string, bio = "Isla makes rings.\n") => `---\nname: Isla Marrow\n${avatar}\n---\n${bio}`;
const islaReport = () => report("content/authors/isla.md");

describe("a cover's `src` that holds a space", () => {
  const spaced = "/images/covers/opal ring.jpg";

  it.each([
    [
      "indented with four spaces",
      `\n    src: ${spaced}\n    alt: An opal ring on a dish`,
      `    src: ${spaced}`,
      "error content/articles/care.md:8: `cover.src`: the path `/images/covers/opal ring.jpg` holds a space, which a web address cannot; rename the file without spaces (`public/images/covers/opal-ring.jpg`) and write `    src: /images/covers/opal-ring.jpg`, or keep its name and write each space as %20: `    src: /images/covers/opal%20ring.jpg`",
      "    src: /images/covers/opal-ring.jpg",
      "    src: /images/covers/opal%20ring.jpg",
    ],
    [
      "in a group on one line",
      `{ src: ${spaced}, alt: An opal ring on a dish }`,
      `cover: { src: ${spaced}, alt: An opal ring on a dish }`,
      "error content/articles/care.md:7: `cover.src`: the path `/images/covers/opal ring.jpg` holds a space, which a web address cannot; rename the file without spaces (`public/images/covers/opal-ring.jpg`) and write `cover: { src: /images/covers/opal-ring.jpg, alt: An opal ring on a dish }` in place of the `cover` line, or keep its name and write each space as %20: `cover: { src: /images/covers/opal%20ring.jpg, alt: An opal ring on a dish }`",
      "cover: { src: /images/covers/opal-ring.jpg, alt: An opal ring on a dish }",
      "cover: { src: /images/covers/opal%20ring.jpg, alt: An opal ring on a dish }",
    ],
  ])("%s: each line to write, pasted in place, passes the next run", async (_, cover, written, expected, renamed, encoded) => {
    const folder = journal.folder();
    await folder.write("public/images/covers/opal ring.jpg", await smallImage());
    await folder.write("content/articles/care.md", withCover(cover));
    expect(await report()).toEqual([expected]);
    await folder.write("content/articles/care.md", withCover(cover).replace(written, () => encoded));
    expect(await report()).toEqual([]);
    await folder.write("public/images/covers/opal-ring.jpg", await smallImage());
    await folder.write("content/articles/care.md", withCover(cover).replace(written, () => renamed));
    expect(await report()).toEqual([]);
  });
});

describe("a cover on one line whose `src` holds a space and whose `alt` is read as a number", () => {
  it("is told a line that keeps the `alt`, in quotes: pasted in place, it passes the next run", async () => {
    const folder = journal.folder();
    await folder.write("public/images/covers/opal ring.jpg", await smallImage());
    await folder.write("content/articles/care.md", withCover("{ src: /images/covers/opal ring.jpg, alt: 1925 }"));
    expect(await report()).toEqual([
      'error content/articles/care.md:7: `cover.alt` must be text, and `1925` is read as a number; put it in quotes: write `cover: { src: /images/covers/opal ring.jpg, alt: "1925" }` in place of the `cover` line',
      'error content/articles/care.md:7: `cover.src`: the path `/images/covers/opal ring.jpg` holds a space, which a web address cannot; rename the file without spaces (`public/images/covers/opal-ring.jpg`) and write `cover: { src: /images/covers/opal-ring.jpg, alt: "1925" }` in place of the `cover` line, or keep its name and write each space as %20: `cover: { src: /images/covers/opal%20ring.jpg, alt: "1925" }`',
    ]);
    await folder.write("content/articles/care.md", withCover('{ src: /images/covers/opal%20ring.jpg, alt: "1925" }'));
    expect(await report()).toEqual([]);
  });
});

describe("a cover's field the schema refuses: missing, or empty", () => {
  it.each([
    [
      "indented with four spaces, without `alt`",
      "\n    src: /images/cover.jpg",
      "\n    src: /images/cover.jpg\n    alt: An opal ring on a dish",
      "error content/articles/care.md:7: `cover.alt` is required; add a line like `    alt: A silver ring with a pale blue topaz`",
    ],
    [
      "indented with four spaces, with an empty `alt`",
      '\n    src: /images/cover.jpg\n    alt: ""',
      "\n    src: /images/cover.jpg\n    alt: An opal ring on a dish",
      "error content/articles/care.md:9: `cover.alt` must not be empty; write it like `    alt: A silver ring with a pale blue topaz`",
    ],
    [
      "indented with four spaces, with `alt:` left blank",
      "\n    src: /images/cover.jpg\n    alt:",
      "\n    src: /images/cover.jpg\n    alt: An opal ring on a dish",
      "error content/articles/care.md:9: `cover.alt` must be text, not nothing; write it like `    alt: A silver ring with a pale blue topaz`",
    ],
    [
      "indented with four spaces, without `src`",
      "\n    alt: An opal ring on a dish",
      "\n    src: /images/covers/your-picture.jpg\n    alt: An opal ring on a dish",
      "error content/articles/care.md:7: `cover.src` is required; add a line like `    src: /images/covers/your-picture.jpg`",
    ],
    [
      "in a group on one line, without `alt`",
      "{ src: /images/cover.jpg }",
      "{ src: /images/cover.jpg, alt: An opal ring on a dish }",
      "error content/articles/care.md:7: `cover.alt` is required; write `cover: { src: /images/cover.jpg, alt: A silver ring with a pale blue topaz }` in place of the `cover` line",
    ],
    [
      "in a group on one line, with an empty `alt`",
      '{ src: /images/cover.jpg, alt: "" }',
      "{ src: /images/cover.jpg, alt: An opal ring on a dish }",
      "error content/articles/care.md:7: `cover.alt` must not be empty; write `cover: { src: /images/cover.jpg, alt: A silver ring with a pale blue topaz }` in place of the `cover` line",
    ],
    [
      "in a group on one line, empty",
      "{}",
      "{ src: /images/covers/your-picture.jpg, alt: An opal ring on a dish }",
      "error content/articles/care.md:7: `cover.src` is required, and `cover.alt` is required; write `cover: { src: /images/covers/your-picture.jpg, alt: A silver ring with a pale blue topaz }` in place of the `cover` line",
    ],
    [
      "in a group on one line, without `src` and with an empty `alt`",
      '{ alt: "" }',
      "{ alt: An opal ring on a dish, src: /images/covers/your-picture.jpg }",
      "error content/articles/care.md:7: `cover.src` is required, and `cover.alt` must not be empty; write `cover: { alt: A silver ring with a pale blue topaz, src: /images/covers/your-picture.jpg }` in place of the `cover` line",
    ],
  ])("%s: the line, written with the author's own words, passes the next run", async (_, cover, fixed, expected) => {
    const folder = journal.folder();
    await folder.write("public/images/cover.jpg", await smallImage());
    await folder.write("public/images/covers/your-picture.jpg", await smallImage());
    await folder.write("content/articles/care.md", withCover(cover));
    expect(await report()).toEqual([expected]);
    await folder.write("content/articles/care.md", withCover(fixed));
    expect(await report()).toEqual([]);
  });
});

describe("the schema's messages on a cover's fields", () => {
  // The schema has no file to read the group's indent from: the loader alone writes the line (lib/content/picture-lines.ts).
  it("leave the line to write to the loader", () => {
    const fields = { title: "Silver Care", description: "How to keep silver bright.", date: "2025-11-29", author: "isla" };
    const messages = (cover: unknown) => articleFrontmatterSchema.safeParse({ ...fields, cover }).error?.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    expect(messages({ src: "/images/cover.jpg" })).toEqual(["cover.alt is required"]);
    expect(messages({ src: "/images/cover.jpg", alt: " " })).toEqual(["cover.alt must not be empty"]);
    expect(messages({ src: ["/images/cover.jpg"], alt: null })).toEqual(["cover.src must be text, not a list", "cover.alt must be text, not nothing"]);
  });
});

describe("a cover's `alt` read as a number or as a note", () => {
  it.each([
    [
      "indented with four spaces, a note where the words go",
      "\n    src: /images/cover.jpg\n    alt: #1 opal ring on a dish",
      "    alt: #1 opal ring on a dish",
      "error content/articles/care.md:9: `cover.alt` must be text, and is read as nothing, because in YAML `#` starts a note, which is never read: `#1 opal ring on a dish` is taken for a note; put it in quotes: write `    alt: \"#1 opal ring on a dish\"`",
      '    alt: "#1 opal ring on a dish"',
    ],
    [
      "in a group on one line, a number",
      "{ src: /images/cover.jpg, alt: 1925 }",
      "cover: { src: /images/cover.jpg, alt: 1925 }",
      'error content/articles/care.md:7: `cover.alt` must be text, and `1925` is read as a number; put it in quotes: write `cover: { src: /images/cover.jpg, alt: "1925" }` in place of the `cover` line',
      'cover: { src: /images/cover.jpg, alt: "1925" }',
    ],
  ])("%s: the line pasted in place is read as text", async (_, cover, written, expected, pasted) => {
    const folder = journal.folder();
    await folder.write("public/images/cover.jpg", await smallImage());
    await folder.write("content/articles/care.md", withCover(cover));
    expect(await report()).toEqual([expected]);
    await folder.write("content/articles/care.md", withCover(cover).replace(written, () => pasted));
    expect(await report()).toEqual([]);
  });
});

describe("a portrait's `alt` read as a number", () => {
  it("indented with four spaces: the line to write keeps the four, and pasted in place it passes the next run", async () => {
    const folder = journal.folder();
    await folder.write("public/images/authors/isla.jpg", await smallImage("jpeg", 256, 256));
    await folder.write("content/authors/isla.md", isla("avatar:\n    src: /images/authors/isla.jpg\n    alt: 1925"));
    expect(await islaReport()).toEqual(['error content/authors/isla.md:5: `avatar.alt` must be text, and `1925` is read as a number; put it in quotes: write `    alt: "1925"`']);
    await folder.write("content/authors/isla.md", isla('avatar:\n    src: /images/authors/isla.jpg\n    alt: "1925"'));
    expect(await islaReport()).toEqual([]);
  });
});

describe("a picture in a bio whose author has a portrait already", () => {
  const bio = "Isla makes rings.\n\n![Isla at the bench](/images/bench.jpg)\n";
  const left = "the picture `/images/bench.jpg` is left out: a bio shows no pictures, on the author's page or under their articles, only the photo of the `avatar` field (now `/images/isla.jpg`)";

  it.each([
    [
      "indented with four spaces",
      "avatar:\n    src: /images/isla.jpg\n    alt: Isla in her studio",
      "    src: /images/isla.jpg",
      `error content/authors/isla.md:9: ${left}; if this one is the author's photo, write \`    src: /images/bench.jpg\` under \`avatar:\`, otherwise delete the line`,
      "    src: /images/bench.jpg",
    ],
    [
      "in a group on one line",
      "avatar: { src: /images/isla.jpg, alt: Isla in her studio }",
      "avatar: { src: /images/isla.jpg, alt: Isla in her studio }",
      `error content/authors/isla.md:7: ${left}; if this one is the author's photo, write \`avatar: { src: /images/bench.jpg, alt: Isla in her studio }\` in place of the \`avatar\` line, otherwise delete the line`,
      "avatar: { src: /images/bench.jpg, alt: Isla in her studio }",
    ],
  ])("%s: the line pasted in place, with the picture deleted, passes the next run", async (_, avatar, written, expected, pasted) => {
    const folder = journal.folder();
    await folder.write("public/images/isla.jpg", await smallImage("jpeg", 256, 256));
    await folder.write("public/images/bench.jpg", await smallImage("jpeg", 256, 256));
    await folder.write("content/authors/isla.md", isla(avatar, bio));
    expect(await islaReport()).toEqual([expected]);
    await folder.write("content/authors/isla.md", isla(avatar.replace(written, () => pasted), "Isla makes rings.\n"));
    expect(await islaReport()).toEqual([]);
  });

  // `role: 42` (line 3) makes the file broken: its fields are not loaded, yet the line keeps the file's indent.
  it.each([
    [
      "indented with four spaces",
      "avatar:\n    src: /images/isla.jpg\n    alt: Isla in her studio",
      "    src: /images/isla.jpg",
      "error content/authors/isla.md:10: the picture `/images/bench.jpg` is left out: a bio shows no pictures, on the author's page or under their articles, only the photo of the `avatar` field; if this one is the author's photo, write `    src: /images/bench.jpg` under `avatar:`, otherwise delete the line",
      "    src: /images/bench.jpg",
    ],
    [
      "indented with three spaces, `alt` first",
      "avatar:\n   alt: Isla in her studio\n   src: /images/isla.jpg",
      "   src: /images/isla.jpg",
      "error content/authors/isla.md:10: the picture `/images/bench.jpg` is left out: a bio shows no pictures, on the author's page or under their articles, only the photo of the `avatar` field; if this one is the author's photo, write `   src: /images/bench.jpg` under `avatar:`, otherwise delete the line",
      "   src: /images/bench.jpg",
    ],
    [
      "in a group on one line",
      "avatar: { src: /images/isla.jpg, alt: Isla in her studio }",
      "avatar: { src: /images/isla.jpg, alt: Isla in her studio }",
      "error content/authors/isla.md:8: the picture `/images/bench.jpg` is left out: a bio shows no pictures, on the author's page or under their articles, only the photo of the `avatar` field; if this one is the author's photo, write `avatar: { src: /images/bench.jpg, alt: Isla in her studio }` in place of the `avatar` line, otherwise delete the line",
      "avatar: { src: /images/bench.jpg, alt: Isla in her studio }",
    ],
  ])("in a file with another error, %s: the line pasted in place, with the picture deleted and the error fixed, passes the next run", async (_, avatar, written, expected, pasted) => {
    const folder = journal.folder();
    await folder.write("public/images/isla.jpg", await smallImage("jpeg", 256, 256));
    await folder.write("public/images/bench.jpg", await smallImage("jpeg", 256, 256));
    await folder.write("content/authors/isla.md", isla(`role: 42\n${avatar}`, bio));
    expect(await islaReport()).toEqual(['error content/authors/isla.md:3: `role` must be text, and `42` is read as a number; put it in quotes: write `role: "42"`', expected]);
    await folder.write("content/authors/isla.md", isla(`role: Goldsmith\n${avatar.replace(written, () => pasted)}`, "Isla makes rings.\n"));
    expect(await islaReport()).toEqual([]);
  });
});

/** What `caption:` inside a one-line `cover:` group on line 7 of care.md is told. */
const caption = "error content/articles/care.md:7: `cover.caption` (line 7) is not a field; the fields are: src, alt; delete `caption`, and if its words are for readers, write them in the article's text";

describe("a group on one line holding a field a picture does not have", () => {

  it.each([
    [
      "`caption` alone",
      "{ caption: On the hand }",
      [
        caption,
        "error content/articles/care.md:7: `cover.src` is required, and `cover.alt` is required; write `cover: { src: /images/covers/your-picture.jpg, alt: A silver ring with a pale blue topaz }` in place of the `cover` line (without `caption`, which is not a field)",
      ],
      "cover: { src: /images/covers/your-picture.jpg, alt: A silver ring with a pale blue topaz }",
    ],
    [
      "`atl` misspelt, and no `src`",
      "{ atl: An opal ring on a dish }",
      [
        "error content/articles/care.md:7: `cover.atl` (line 7) is not a field; did you mean `alt`?",
        "error content/articles/care.md:7: `cover.src` is required; write `cover: { alt: An opal ring on a dish, src: /images/covers/your-picture.jpg }` in place of the `cover` line",
      ],
      "cover: { alt: An opal ring on a dish, src: /images/covers/your-picture.jpg }",
    ],
    [
      "`scr` misspelt, a `caption`, and no `alt`",
      "{ scr: /images/cover.jpg, caption: On the hand }",
      [
        "error content/articles/care.md:7: `cover.scr` (line 7) is not a field; did you mean `src`?",
        caption,
        "error content/articles/care.md:7: `cover.alt` is required; write `cover: { src: /images/cover.jpg, alt: A silver ring with a pale blue topaz }` in place of the `cover` line (without `caption`, which is not a field)",
      ],
      "cover: { src: /images/cover.jpg, alt: A silver ring with a pale blue topaz }",
    ],
  ])("%s: the line told holds the right names, and pasted in place with the author's own words passes the next run", async (_, cover, expected, told) => {
    const folder = journal.folder();
    await folder.write("public/images/cover.jpg", await smallImage());
    await folder.write("public/images/covers/your-picture.jpg", await smallImage());
    await folder.write("content/articles/care.md", withCover(cover));
    expect(await report()).toEqual(expected);
    const pasted = told.replace("A silver ring with a pale blue topaz", "An opal ring on a dish");
    await folder.write("content/articles/care.md", withCover(cover).replace(`cover: ${cover}`, () => pasted));
    expect(await report()).toEqual([]);
  });

  it("a portrait's `caption`, in a bio with a picture: the `avatar` line told leaves it out and says so", async () => {
    const folder = journal.folder();
    await folder.write("public/images/isla.jpg", await smallImage("jpeg", 256, 256));
    await folder.write("public/images/bench.jpg", await smallImage("jpeg", 256, 256));
    await folder.write("content/authors/isla.md", isla("avatar: { src: /images/isla.jpg, alt: Isla in her studio, caption: At the bench }", "Isla makes rings.\n\n![Isla at the bench](/images/bench.jpg)\n"));
    expect(await islaReport()).toEqual([
      "error content/authors/isla.md:3: `avatar.caption` (line 3) is not a field; the fields are: src, alt; delete `caption`, and if its words are for readers, write them in the bio",
      "error content/authors/isla.md:7: the picture `/images/bench.jpg` is left out: a bio shows no pictures, on the author's page or under their articles, only the photo of the `avatar` field; if this one is the author's photo, write `avatar: { src: /images/bench.jpg, alt: Isla in her studio }` in place of the `avatar` line (without `caption`, which is not a field), otherwise delete the line",
    ]);
    await folder.write("content/authors/isla.md", isla("avatar: { src: /images/bench.jpg, alt: Isla in her studio }", "Isla makes rings.\n"));
    expect(await islaReport()).toEqual([]);
  });
});

describe("a portrait on one line without its `alt`", () => {
  it("is told the `avatar` line to write in place of its own, with a person as the example: pasted as it is, it is refused; with the author's own words, it passes the next run", async () => {
    const folder = journal.folder();
    await folder.write("public/images/isla.jpg", await smallImage("jpeg", 256, 256));
    await folder.write("content/authors/isla.md", isla("avatar: { src: /images/isla.jpg }"));
    expect(await islaReport()).toEqual(["error content/authors/isla.md:3: `avatar.alt` is required; write `avatar: { src: /images/isla.jpg, alt: The jeweler at the bench holding a ring up to the light }` in place of the `avatar` line"]);
    await folder.write("content/authors/isla.md", isla("avatar: { src: /images/isla.jpg, alt: The jeweler at the bench holding a ring up to the light }"));
    expect(await islaReport()).toEqual(["error content/authors/isla.md:3: `avatar.alt` is `The jeweler at the bench holding a ring up to the light`, the example from this check's messages, which describes no picture of yours; write what your picture shows after `alt:`, in your own words"]);
    await folder.write("content/authors/isla.md", isla("avatar: { src: /images/isla.jpg, alt: Isla at her bench }"));
    expect(await islaReport()).toEqual([]);
  });
});

describe("a field written twice, once misspelt", () => {
  it.each([
    [
      "in a cover's group on one line",
      article({ title: '"Silver Care"', cover: "{ src: /images/cover.jpg, atl: A ring, alt: An opal ring on a dish }" }),
      "error content/articles/care.md:7: `cover.atl` (line 7) is not a field; it looks like `alt` written twice, as `alt` is there too (on the same line): keep the words you want after `alt:` and delete `atl` with its words",
      "cover: { src: /images/cover.jpg, alt: An opal ring on a dish }",
    ],
    [
      "in a cover's group a field a line",
      article({ title: '"Silver Care"', cover: "\n  src: /images/cover.jpg\n  atl: A ring\n  alt: An opal ring on a dish" }),
      "error content/articles/care.md:9: `cover.atl` (line 9) is not a field; it looks like `alt` written twice, as `alt` is there too (on line 10): keep the words you want after `alt:` and delete `atl` with its words",
      "\n  src: /images/cover.jpg\n  alt: An opal ring on a dish\n---",
    ],
    [
      "among the article's own fields",
      article({ title: '"Silver Care"', tittle: '"Caring for Silver"' }),
      "error content/articles/care.md:7: `tittle` (line 7) is not a field; it looks like `title` written twice, as `title` is there too (on line 2): keep the words you want after `title:` and delete `tittle` with its words",
      'title: "Silver Care"',
    ],
  ])("%s: told it is written twice, not asked whether it meant the field already written; the other deleted, it passes the next run", async (_, text, expected, kept) => {
    await journal.folder().write("public/images/cover.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", text);
    expect(await report()).toEqual([expected]);
    const fixed = text.replace(/cover: \{[^\n]*\}/, "cover: { src: /images/cover.jpg, alt: An opal ring on a dish }").replace("\n  atl: A ring", "").replace('\ntittle: "Caring for Silver"', "");
    expect(fixed).toContain(kept);
    await journal.folder().write("content/articles/care.md", fixed);
    expect(await report()).toEqual([]);
  });
});

describe("a number under `cover:`, such as a width", () => {
  it.each([
    [
      "a field a line",
      "\n  src: /images/cover.jpg\n  alt: An opal ring on a dish\n  width: 300",
      "error content/articles/care.md:10: `cover.width` (line 10) is not a field; the fields are: src, alt; the site sizes its pictures itself: delete the `width` line",
      "\n  width: 300",
      "",
    ],
    [
      "on one line",
      "{ src: /images/cover.jpg, alt: An opal ring on a dish, width: 3e2 }",
      "error content/articles/care.md:7: `cover.width` (line 7) is not a field; the fields are: src, alt; the site sizes its pictures itself: delete `width: 3e2`",
      ", width: 3e2",
      "",
    ],
  ])("%s: told the site sizes pictures itself and to delete it, not to write its words for readers; deleted, it passes the next run", async (_, cover, expected, written, pasted) => {
    await journal.folder().write("public/images/cover.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", withCover(cover));
    expect(await report()).toEqual([expected]);
    await journal.folder().write("content/articles/care.md", withCover(cover.replace(written, () => pasted)));
    expect(await report()).toEqual([]);
  });
});

describe("a group on one line with a field the picture does not have, told its line by another message", () => {

  it.each([
    [
      "a path with a space",
      "cover: { src: /images/covers/opal ring.jpg, alt: An opal ring on a dish, caption: On the hand }",
      "error content/articles/care.md:7: `cover.src`: the path `/images/covers/opal ring.jpg` holds a space, which a web address cannot; rename the file without spaces (`public/images/covers/opal-ring.jpg`) and write `cover: { src: /images/covers/opal-ring.jpg, alt: An opal ring on a dish }` in place of the `cover` line (without `caption`, which is not a field), or keep its name and write each space as %20: `cover: { src: /images/covers/opal%20ring.jpg, alt: An opal ring on a dish }`",
      "cover: { src: /images/covers/opal%20ring.jpg, alt: An opal ring on a dish }",
    ],
    [
      "an `alt` read as a number",
      "cover: { src: /images/cover.jpg, alt: 1925, caption: On the hand }",
      'error content/articles/care.md:7: `cover.alt` must be text, and `1925` is read as a number; put it in quotes: write `cover: { src: /images/cover.jpg, alt: "1925" }` in place of the `cover` line (without `caption`, which is not a field)',
      'cover: { src: /images/cover.jpg, alt: "1925" }',
    ],
  ])("%s: the line is told in place of the `cover` line, without `caption`, and pasted so it passes the next run", async (_, cover, expected, pasted) => {
    const folder = journal.folder();
    await folder.write("public/images/cover.jpg", await smallImage());
    await folder.write("public/images/covers/opal ring.jpg", await smallImage());
    const text = article({ title: '"Silver Care"', cover: cover.slice("cover: ".length) });
    await folder.write("content/articles/care.md", text);
    expect(await report()).toEqual([caption, expected]);
    await folder.write("content/articles/care.md", text.replace(cover, () => pasted));
    expect(await report()).toEqual([]);
  });
});

/** `text` with its lines `from` to `to` (counted from 1) replaced by `line`, as a message says to. */
function pasteOver(text: string, from: number, to: number, line: string): string {
  const lines = text.split("\n");
  lines.splice(from - 1, to - from + 1, line);
  return lines.join("\n");
}

describe("a group in braces spread over lines", () => {
  // `cover: {` is line 7: the whole group goes in place of all its lines, not of line 7 alone, which would leave the rest behind.
  it.each([
    [
      "a path with a space, `alt` on the next line",
      "{ src: /images/covers/opal ring.jpg,\n  alt: An opal ring on a dish }",
      "error content/articles/care.md:7: `cover.src`: the path `/images/covers/opal ring.jpg` holds a space, which a web address cannot; rename the file without spaces (`public/images/covers/opal-ring.jpg`) and write `cover: { src: /images/covers/opal-ring.jpg, alt: An opal ring on a dish }` in place of lines 7 to 8, or keep its name and write each space as %20: `cover: { src: /images/covers/opal%20ring.jpg, alt: An opal ring on a dish }`",
      8,
      "cover: { src: /images/covers/opal%20ring.jpg, alt: An opal ring on a dish }",
    ],
    [
      "an `alt` read as a number, the `}` on a line of its own",
      "{\n  src: /images/cover.jpg,\n  alt: 1925\n}",
      'error content/articles/care.md:9: `cover.alt` must be text, and `1925` is read as a number; put it in quotes: write `cover: { src: /images/cover.jpg, alt: "1925" }` in place of lines 7 to 10',
      10,
      'cover: { src: /images/cover.jpg, alt: "1925" }',
    ],
    [
      "an empty `alt`",
      '{ src: /images/cover.jpg,\n  alt: "" }',
      "error content/articles/care.md:7: `cover.alt` must not be empty; write `cover: { src: /images/cover.jpg, alt: A silver ring with a pale blue topaz }` in place of lines 7 to 8",
      8,
      "cover: { src: /images/cover.jpg, alt: An opal ring on a dish }",
    ],
    [
      "an `alt` that says it is a picture",
      "{ src: /images/cover.jpg,\n  alt: Picture of an opal ring on a dish }",
      "warning content/articles/care.md:8: `cover.alt` is `Picture of an opal ring on a dish`; a screen reader already says it is a picture, so leave out `Picture of`: write `cover: { src: /images/cover.jpg, alt: An opal ring on a dish }` in place of lines 7 to 8",
      8,
      "cover: { src: /images/cover.jpg, alt: An opal ring on a dish }",
    ],
  ])("%s: the line told, pasted in place of the lines named, passes the next run", async (_, cover, expected, last, pasted) => {
    const folder = journal.folder();
    await folder.write("public/images/cover.jpg", await smallImage());
    await folder.write("public/images/covers/opal ring.jpg", await smallImage());
    await folder.write("content/articles/care.md", withCover(cover));
    expect(await report()).toEqual([expected]);
    await folder.write("content/articles/care.md", pasteOver(withCover(cover), 7, last, pasted.replace("A silver ring with a pale blue topaz", "An opal ring on a dish")));
    expect(await report()).toEqual([]);
  });

  it("a number on a line that also holds the `}`: told to delete the number, not its line, and so deleted it passes the next run", async () => {
    const folder = journal.folder();
    await folder.write("public/images/cover.jpg", await smallImage());
    const cover = "{ src: /images/cover.jpg,\n  alt: An opal ring on a dish,\n  width: 300 }";
    await folder.write("content/articles/care.md", withCover(cover));
    expect(await report()).toEqual(["error content/articles/care.md:9: `cover.width` (line 9) is not a field; the fields are: src, alt; the site sizes its pictures itself: delete `width: 300`"]);
    await folder.write("content/articles/care.md", withCover(cover.replace("width: 300", "")));
    expect(await report()).toEqual([]);
  });

  it("a portrait, with a picture in the bio: the `avatar` line told goes in place of lines 3 to 4, and pasted so, with the picture deleted, passes the next run", async () => {
    const folder = journal.folder();
    await folder.write("public/images/isla.jpg", await smallImage("jpeg", 256, 256));
    await folder.write("public/images/bench.jpg", await smallImage("jpeg", 256, 256));
    const avatar = "avatar: { src: /images/isla.jpg,\n  alt: Isla in her studio }";
    await folder.write("content/authors/isla.md", isla(avatar, "Isla makes rings.\n\n![Isla at the bench](/images/bench.jpg)\n"));
    expect(await islaReport()).toEqual([
      "error content/authors/isla.md:8: the picture `/images/bench.jpg` is left out: a bio shows no pictures, on the author's page or under their articles, only the photo of the `avatar` field (now `/images/isla.jpg`); if this one is the author's photo, write `avatar: { src: /images/bench.jpg, alt: Isla in her studio }` in place of lines 3 to 4, otherwise delete the line",
    ]);
    await folder.write("content/authors/isla.md", pasteOver(isla(avatar), 3, 4, "avatar: { src: /images/bench.jpg, alt: Isla in her studio }"));
    expect(await islaReport()).toEqual([]);
  });
});
