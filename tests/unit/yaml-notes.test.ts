import { describe, expect, it } from "vitest";
import { article, checkFolder } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";
import { journalPerTest } from "../helpers/journal-per-test";

/*
 * The fifth jeweler's trial: in a value without quotes, ` #` starts a note for the file, which
 * YAML leaves out, so `title: Ring #5 of our eternity series` published the title `Ring`, with
 * no message. In words for readers (a title, a description, a name, a role, a picture's
 * description), a `#` glued to what follows is an error with the line to write; written so, the
 * article passes and keeps its words. A note meant, `# like this`, and notes after other fields pass.
 */

const journal = journalPerTest();

/** Every problem `check:content` reports once care.md's fields are the defaults with `fields` in their place. */
async function problems(fields: Record<string, string | undefined>): Promise<string[]> {
  await journal.folder().write("content/articles/care.md", article(fields));
  return (await checkFolder(journal.folder())).map((issue) => `${issue.line ?? "-"}: ${issue.severity}: ${issue.message}`);
}

const DESCRIPTION = "Our winter sale starts Saturday, with 20% off all silver and a free polishing cloth #handmade #cornwall #jewellery";

describe("a value without quotes cut short by ` #`", () => {
  it.each<[string, Record<string, string>, Record<string, string>, string, string]>([
    [
      "a title",
      { title: "Ring #5 of our eternity series" },
      { title: '"Ring #5 of our eternity series"' },
      "Ring #5 of our eternity series",
      "2: error: `title` is cut short at ` #`: the fields read what follows, `#5 of our eternity series`, as a note for the file and leave it out, so the page shows only `Ring`; put the whole value in double quotes: write `title: \"Ring #5 of our eternity series\"`",
    ],
    [
      "a description pasted from Instagram, longer than a message quotes, holding quotes",
      { description: `“Our” ${DESCRIPTION.replace("silver", '"silver"')}` },
      { description: `"“Our” ${DESCRIPTION.replace("silver", '\\"silver\\"')}"` },
      `“Our” ${DESCRIPTION.replace("silver", '"silver"')}`,
      `3: error: \`description\` is cut short at \` #\`: the fields read what follows, \`#handmade #cornwall #jewellery\`, as a note for the file and leave it out, so the page shows only \`“Our” Our winter sale starts Saturday, with 20% off all "silver" and a free polishing cloth\`; put the whole value in double quotes: write \`description: "“Our” Our winter sale starts Saturday, with 20% off all \\"silver\\" and a free polishing cloth #handmade #cornwall #jewellery"\``,
    ],
    [
      "a description on two lines",
      { description: "A sale on silver and a free\n  polishing cloth for every order #giftguide" },
      { description: '"A sale on silver and a free polishing cloth for every order #giftguide"' },
      "A sale on silver and a free polishing cloth for every order #giftguide",
      "4: error: `description` is cut short at ` #`: the fields read what follows, `#giftguide`, as a note for the file and leave it out, so the page shows only `A sale on silver and a free polishing cloth for every order`; put the whole value in double quotes: write `description: \"A sale on silver and a free polishing cloth for every order #giftguide\"` in place of lines 3 to 4",
    ],
  ])("%s: an error with the line to write, which keeps the words", async (_, fields, written, meant, message) => {
    expect(await problems(fields)).toEqual([message]);
    expect(await problems(written)).toEqual([]);
    const [loaded] = (await journal.folder().load()).articles;
    expect([loaded?.title, loaded?.description]).toContain(meant);
  });

  it.each<[string, Record<string, string>]>([
    ["a note after a yes/no", { draft: "false  # until Friday" }],
    ["a note after a date", { date: "2025-11-29 #moved" }],
    ["a note with a space after `#`", { title: "Caring for Silver # a working title" }],
    ["a quoted title", { title: '"Ring #5" # the fifth' }],
    ["`#` inside a word", { title: "Ring C#5 of the series" }],
  ])("%s: no message", async (_, fields) => {
    expect(await problems(fields)).toEqual([]);
  });
});

describe("hashtags on the line under a value, which YAML reads as a note", () => {
  it.each<[string, Record<string, string>, Record<string, string>, string, string]>([
    [
      "under a description",
      { description: "A ring for winter, set with a pale blue topaz from our own workshop\n  #handmade #gift" },
      { description: '"A ring for winter, set with a pale blue topaz from our own workshop #handmade #gift"' },
      "A ring for winter, set with a pale blue topaz from our own workshop #handmade #gift",
      '4: warning: `description`: the line under its value, `#handmade #gift`, starts with `#`, which makes it a note for the file, so readers will not see it; to show it, write `description: "A ring for winter, set with a pale blue topaz from our own workshop #handmade #gift"` in place of lines 3 to 4; if it is a note of yours, delete it',
    ],
    [
      "on two lines under a quoted title",
      { title: '"Ring: the fifth"\n  #eternity\n  #gold' },
      { title: '"Ring: the fifth #eternity #gold"' },
      "Ring: the fifth #eternity #gold",
      '3: warning: `title`: lines 3 to 4 under its value, `#eternity #gold`, start with `#`, which makes them notes for the file, so readers will not see them; to show them, write `title: "Ring: the fifth #eternity #gold"` in place of lines 2 to 4; if they are notes of yours, delete them',
    ],
  ])("%s: a warning with the line to write, which shows the words", async (_, fields, written, meant, message) => {
    expect(await problems(fields)).toEqual([message]);
    expect(await problems(written)).toEqual([]);
    const [loaded] = (await journal.folder().load()).articles;
    expect([loaded?.title, loaded?.description]).toContain(meant);
  });

  it("at the left edge, between two fields, is told too", async () => {
    expect(await problems({ description: "A ring for winter, set with a pale blue topaz from our own workshop\n#handmade #gift" })).toEqual([
      '4: warning: `description`: the line under its value, `#handmade #gift`, starts with `#`, which makes it a note for the file, so readers will not see it; to show it, write `description: "A ring for winter, set with a pale blue topaz from our own workshop #handmade #gift"` in place of lines 3 to 4; if it is a note of yours, delete it',
    ]);
  });

  it("at the left edge under an author's last field is told, and the line to write shows it", async () => {
    const isla = (role: string) => `---\nname: Isla Marrow\nrole: ${role}\n---\nIsla makes rings.\n`;
    await journal.folder().write("content/authors/isla.md", isla("Goldsmith in Cornwall\n#handmade\n\n#cornwall"));
    const issues = async () => (await checkFolder(journal.folder())).map((issue) => `${issue.file}:${issue.line ?? "-"}: ${issue.severity}: ${issue.message}`);
    expect(await issues()).toEqual([
      'content/authors/isla.md:4: warning: `role`: lines 4 to 6 under its value, `#handmade #cornwall`, start with `#`, which makes them notes for the file, so readers will not see them; to show them, write `role: "Goldsmith in Cornwall #handmade #cornwall"` in place of lines 3 to 6; if they are notes of yours, delete them',
    ]);
    await journal.folder().write("content/authors/isla.md", isla('"Goldsmith in Cornwall #handmade #cornwall"'));
    expect(await issues()).toEqual([]);
    expect((await journal.folder().load()).authors.get("isla")?.role).toBe("Goldsmith in Cornwall #handmade #cornwall");
  });

  it.each<[string, string, string, string, string]>([
    [
      "one line, indented",
      "Ring #5\n  #gold",
      "2: error: `title` is cut short at ` #`: the fields read what follows, `#5`, as a note for the file and leave it out, so the page shows only `Ring`, and the line under its value, `#gold`, starts with `#`, which makes it a note too; put the whole value in double quotes: write `title: \"Ring #5 #gold\"` in place of lines 2 to 3 (without `#gold` if it is a note of yours)",
      'title: "Ring #5 #gold"',
      'title: "Ring #5"',
    ],
    [
      "two lines at the left edge",
      "Ring #5\n#gold\n#eternity",
      "2: error: `title` is cut short at ` #`: the fields read what follows, `#5`, as a note for the file and leave it out, so the page shows only `Ring`, and lines 3 to 4 under its value, `#gold #eternity`, start with `#`, which makes them notes too; put the whole value in double quotes: write `title: \"Ring #5 #gold #eternity\"` in place of lines 2 to 4 (without `#gold #eternity` if they are notes of yours)",
      'title: "Ring #5 #gold #eternity"',
      'title: "Ring #5"',
    ],
  ])("under a title cut short by ` #`, %s: one error whose line, written in place with or without them, passes the next run", async (_, title, message, kept, without) => {
    const typed = article({ title });
    await journal.folder().write("content/articles/care.md", typed);
    const issues = async () => (await checkFolder(journal.folder())).map((issue) => `${issue.line ?? "-"}: ${issue.severity}: ${issue.message}`);
    expect(await issues()).toEqual([message]);
    for (const line of [kept, without]) {
      await journal.folder().write("content/articles/care.md", typed.replace(`title: ${title}`, () => line));
      expect(await issues()).toEqual([]);
      expect(`title: "${(await journal.folder().load()).articles[0]?.title}"`).toBe(line);
    }
  });

  it("under a cover's `alt`, the line to write keeps its indent", async () => {
    await journal.folder().write("public/images/cover.jpg", await smallImage());
    const cover = (alt: string) => ({ cover: `\n  src: /images/cover.jpg\n  alt: ${alt}` });
    expect(await problems(cover("A silver ring on a bench\n    #silver"))).toEqual([
      '10: warning: `cover.alt`: the line under its value, `#silver`, starts with `#`, which makes it a note for the file, so readers will not see it; to show it, write `  alt: "A silver ring on a bench #silver"` in place of lines 9 to 10; if it is a note of yours, delete it',
    ]);
    expect(await problems(cover('"A silver ring on a bench #silver"'))).toEqual([]);
  });

  it.each<[string, Record<string, string>]>([
    ["a note with a space after `#`", { description: "A ring for winter, set with a pale blue topaz from our own workshop\n  # ask Ottilie about the price" }],
    ["a line of `#` and dashes", { description: "A ring for winter, set with a pale blue topaz from our own workshop\n  #---" }],
    ["a note with a space after `#`, at the left edge", { description: "A ring for winter, set with a pale blue topaz from our own workshop\n# check the price" }],
    ["under a date", { date: "2025-11-29\n  #moved" }],
    ["under a yes/no", { draft: "false\n  #friday" }],
    ["a field set aside, at the left edge", { description: "A ring for winter, set with a pale blue topaz from our own workshop\n#description: An older description we may use again." }],
    ["a note's label and a colon", { description: "A ring for winter, set with a pale blue topaz from our own workshop\n#TODO: shorten it before Friday" }],
  ])("%s: no message", async (_, fields) => {
    expect(await problems(fields)).toEqual([]);
  });
});

describe("a tag written as a hashtag, one tag a line", () => {
  it("is told the item to write, not a field named `0`; pasted in place, the tag is read", async () => {
    expect(await problems({ tags: "\n  - #artdeco" })).toEqual(["7: error: `tags` (item 1) must be text, and is read as nothing, because in YAML `#` starts a note, which is never read: `#artdeco` is taken for a note; put it in quotes: write `  - \"#artdeco\"`"]);
    expect(await problems({ tags: '\n  - "#artdeco"' })).toEqual([]);
  });
});

describe("a `#` inside braces or brackets, whose note takes the `}` or the `]` with it", () => {
  // care.md's `tags` is line 6; `cover`, then `draft`, `subtitle`, follow it.
  it.each<[string, Record<string, string>, string, string, string]>([
    [
      "a cover's `alt` starting with `#`, the last field",
      { cover: "{ src: /images/cover.jpg, alt: #1 opal ring }" },
      '7: error: line 7 (it reads `cover: { src: /images/cover.jpg, alt: #1 opal ring }`) is cut short at ` #`: the fields read what follows, `#1 opal ring }`, as a note for the file and leave it out, the `}` that closes the group with it; put the words in double quotes: write `cover: { src: /images/cover.jpg, alt: "#1 opal ring" }`',
      "cover: { src: /images/cover.jpg, alt: #1 opal ring }",
      'cover: { src: /images/cover.jpg, alt: "#1 opal ring" }',
    ],
    [
      "a hashtag in a cover's `alt`, a field under it (told before on that field's line as not lined up)",
      { cover: "{ src: /images/cover.jpg, alt: Isla's opal ring #handmade }", draft: "false" },
      "7: error: line 7 (it reads `cover: { src: /images/cover.jpg, alt: Isla's opal ring #handmade }`) is cut short at ` #`: the fields read what follows, `#handmade }`, as a note for the file and leave it out, the `}` that closes the group with it; put the words in double quotes: write `cover: { src: /images/cover.jpg, alt: \"Isla's opal ring #handmade\" }`",
      "cover: { src: /images/cover.jpg, alt: Isla's opal ring #handmade }",
      'cover: { src: /images/cover.jpg, alt: "Isla\'s opal ring #handmade" }',
    ],
    [
      "a cover spread over lines, the `#` on the line of the `}`",
      { cover: "{ src: /images/cover.jpg,\n  alt: #1 opal ring }", draft: "false" },
      '8: error: line 8 (it reads `  alt: #1 opal ring }`) is cut short at ` #`: the fields read what follows, `#1 opal ring }`, as a note for the file and leave it out, the `}` that closes the group with it; put the words in double quotes: write `  alt: "#1 opal ring" }`',
      "  alt: #1 opal ring }",
      '  alt: "#1 opal ring" }',
    ],
    [
      "a cover spread over lines, the `#` on the line of a comma: the note takes the comma",
      { cover: "{ alt: #1 opal ring,\n  src: /images/cover.jpg }", draft: "false" },
      '7: error: line 7 (it reads `cover: { alt: #1 opal ring,`) is cut short at ` #`: the fields read what follows, `#1 opal ring,`, as a note for the file and leave it out; put the words in double quotes: write `cover: { alt: "#1 opal ring",`',
      "cover: { alt: #1 opal ring,",
      'cover: { alt: "#1 opal ring",',
    ],
    [
      "a tag in brackets, beside one in quotes that holds a comma and a `#`",
      { tags: '["Rings, #1 sellers", #gold]' },
      '6: error: line 6 (it reads `tags: ["Rings, #1 sellers", #gold]`) is cut short at ` #`: the fields read what follows, `#gold]`, as a note for the file and leave it out, the `]` that closes the list with it; put the words in double quotes: write `tags: ["Rings, #1 sellers", "#gold"]`',
      'tags: ["Rings, #1 sellers", #gold]',
      'tags: ["Rings, #1 sellers", "#gold"]',
    ],
    [
      "a tag in brackets, beside one in single quotes that holds a comma and a `#`",
      { tags: "['Rings, #1 sellers', #gold]" },
      "6: error: line 6 (it reads `tags: ['Rings, #1 sellers', #gold]`) is cut short at ` #`: the fields read what follows, `#gold]`, as a note for the file and leave it out, the `]` that closes the list with it; put the words in double quotes: write `tags: ['Rings, #1 sellers', \"#gold\"]`",
      "tags: ['Rings, #1 sellers', #gold]",
      "tags: ['Rings, #1 sellers', \"#gold\"]",
    ],
    [
      "a tag in brackets, beside one in double quotes holding a colon, words in single quotes and a comma",
      { tags: "[\"Gifts: 'for her', #1 pick\", #gold]" },
      "6: error: line 6 (it reads `tags: [\"Gifts: 'for her', #1 pick\", #gold]`) is cut short at ` #`: the fields read what follows, `#gold]`, as a note for the file and leave it out, the `]` that closes the list with it; put the words in double quotes: write `tags: [\"Gifts: 'for her', #1 pick\", \"#gold\"]`",
      "tags: [\"Gifts: 'for her', #1 pick\", #gold]",
      "tags: [\"Gifts: 'for her', #1 pick\", \"#gold\"]",
    ],
    [
      "a tag in brackets, after a tag and one in quotes that holds a comma and a `#`",
      { tags: "[rings, \"Best sellers, #1\", #gold]" },
      "6: error: line 6 (it reads `tags: [rings, \"Best sellers, #1\", #gold]`) is cut short at ` #`: the fields read what follows, `#gold]`, as a note for the file and leave it out, the `]` that closes the list with it; put the words in double quotes: write `tags: [rings, \"Best sellers, #1\", \"#gold\"]`",
      "tags: [rings, \"Best sellers, #1\", #gold]",
      "tags: [rings, \"Best sellers, #1\", \"#gold\"]",
    ],
    [
      "a cover's `alt` starting with `#`, and a note after the `}`, which stays one",
      { cover: "{ src: /images/cover.jpg, alt: #1 opal ring } # from the spring shoot" },
      "7: error: line 7 (it reads `cover: { src: /images/cover.jpg, alt: #1 opal ring } # from the spring shoot`) is cut short at ` #`: the fields read what follows, `#1 opal ring } # from the spring shoot`, as a note for the file and leave it out, the `}` that closes the group with it; put the words in double quotes: write `cover: { src: /images/cover.jpg, alt: \"#1 opal ring\" } # from the spring shoot`",
      "cover: { src: /images/cover.jpg, alt: #1 opal ring } # from the spring shoot",
      "cover: { src: /images/cover.jpg, alt: \"#1 opal ring\" } # from the spring shoot",
    ],
    [
      "a cover's `alt` starting with `#` after two spaces",
      { cover: "{ src: /images/cover.jpg, alt:  #1 opal ring }" },
      "7: error: line 7 (it reads `cover: { src: /images/cover.jpg, alt:  #1 opal ring }`) is cut short at ` #`: the fields read what follows, `#1 opal ring }`, as a note for the file and leave it out, the `}` that closes the group with it; put the words in double quotes: write `cover: { src: /images/cover.jpg, alt:  \"#1 opal ring\" }`",
      "cover: { src: /images/cover.jpg, alt:  #1 opal ring }",
      "cover: { src: /images/cover.jpg, alt:  \"#1 opal ring\" }",
    ],
  ])("%s: told on its own line, whose line to write, pasted in place, passes the next run", async (_, fields, message, written, pasted) => {
    await journal.folder().write("public/images/cover.jpg", await smallImage());
    expect(await problems(fields)).toEqual([message]);
    const text = article(fields);
    expect(text).toContain(written);
    await journal.folder().write("content/articles/care.md", text.replace(written, () => pasted));
    expect((await checkFolder(journal.folder())).map((issue) => issue.message)).toEqual([]);
  });

  // Sorting bracket-notes.ts's mutants: the first line of the fields was never looked at.
  it("on the first line of the fields: told on it", async () => {
    await journal.folder().write("content/articles/care.md", article({ tags: undefined }).replace("---\n", () => "---\ntags: [rings, #gold]\n"));
    expect((await checkFolder(journal.folder())).map((issue) => `${issue.line ?? "-"}: ${issue.severity}: ${issue.message}`)).toEqual([
      '2: error: line 2 (it reads `tags: [rings, #gold]`) is cut short at ` #`: the fields read what follows, `#gold]`, as a note for the file and leave it out, the `]` that closes the list with it; put the words in double quotes: write `tags: [rings, "#gold"]`',
    ]);
  });

  // Found sorting bracket-notes.ts's mutants: the words were read only up to a line break pasted from Word (U+2028), so the line was told as not lined up.
  it("with a line break pasted from Word (U+2028) in the words: told on its own line, the break shown", async () => {
    await journal.folder().write("public/images/cover.jpg", await smallImage());
    expect(await problems({ cover: "{ src: /images/cover.jpg, alt: #1 opal\u2028ring }" })).toEqual([
      '7: error: line 7 (it reads `cover: { src: /images/cover.jpg, alt: #1 opal\\u{2028}ring }`) is cut short at ` #`: the fields read what follows, `#1 opal\\u{2028}ring }`, as a note for the file and leave it out, the `}` that closes the group with it; put the words in double quotes: write `cover: { src: /images/cover.jpg, alt: "#1 opal\\u{2028}ring" }`',
    ]);
  });

  it("with another error further down: each is told on its own line", async () => {
    await journal.folder().write("public/images/cover.jpg", await smallImage());
    expect(await problems({ cover: "{ src: /images/cover.jpg, alt: #1 opal ring }", draft: "false", subtitle: "Rings: a guide" })).toEqual([
      '7: error: line 7 (it reads `cover: { src: /images/cover.jpg, alt: #1 opal ring }`) is cut short at ` #`: the fields read what follows, `#1 opal ring }`, as a note for the file and leave it out, the `}` that closes the group with it; put the words in double quotes: write `cover: { src: /images/cover.jpg, alt: "#1 opal ring" }`',
      "9: error: line 9 (it reads `subtitle: Rings: a guide`) holds a colon followed by a space inside its value, which the fields read as the start of another field; put the value in double quotes: write `subtitle: \"Rings: a guide\"`",
    ]);
  });

  it.each<[string, Record<string, string>]>([
    ["a note after the `}`", { cover: "{ src: /images/cover.jpg, alt: An opal ring } # from the spring shoot" }],
    ["a `#` in quotes", { cover: '{ src: /images/cover.jpg, alt: "An opal ring #1" }' }],
  ])("%s: no message", async (_, fields) => {
    await journal.folder().write("public/images/cover.jpg", await smallImage());
    expect(await problems(fields)).toEqual([]);
  });
});
