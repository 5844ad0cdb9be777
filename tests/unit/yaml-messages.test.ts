import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "@/lib/content/frontmatter";

/*
 * The sentence an author reads for each kind of line the YAML parser cannot read, written out by
 * hand: the line, the line as written (unless it is blank), what is wrong there and the fix.
 */

/** The messages for a file whose block of fields holds `fields`, with a body after it. */
function messages(fields: string): string[] {
  const split = splitFrontmatter(`---\n${fields}\n---\nSome words.\n`);
  if (!("problems" in split)) throw new Error("the fields were read without a problem");
  return split.problems.map((problem) => `${problem.line}: ${problem.message}`);
}

const QUOTED = "like `title: \"Gold: a Buyer's Guide\"`";
const DEFAULT = `cannot be read as \`field: value\`; if a value holds a colon followed by a space, or starts with a punctuation mark, put it in double quotes, ${QUOTED}`;

describe("a line of fields the parser cannot read", () => {
  it.each<[string, string, string[]]>([
    [
      "indented with a tab",
      "title: A ring\ncover:\n\tsrc: /images/covers/ring.jpg",
      [
        "4: line 4 (it reads `\\tsrc: /images/covers/ring.jpg`) starts with a tab; indent with spaces only (two spaces, like `  alt: A silver ring`)",
      ],
    ],
    [
      "with a quote never closed",
      'title: "Gold\ndate: 2025-01-01',
      [
        `2: line 2 (it reads \`title: "Gold\`) opens a quote or a bracket that is never closed; check that every \`"\` and \`[\` has its partner, ${QUOTED}`,
      ],
    ],
    [
      "with a quote never closed, above a value in single quotes: the line that opened it, not the closed one",
      "description: \"Red stones\ntitle: 'Moonstone'\ndate: 2025-01-01",
      [
        `2: line 2 (it reads \`description: "Red stones\`) opens a quote or a bracket that is never closed; check that every \`"\` and \`[\` has its partner, ${QUOTED}`,
      ],
    ],
    [
      "with a value that starts with @",
      "title: @ the bench",
      [
        '2: line 2 (it reads `title: @ the bench`) starts its value with a character that has a special meaning here; put the value in double quotes, like `title: "@ the bench"`',
      ],
    ],
    [
      "with a backslash inside double quotes",
      'title: "Rings \\q and chains"',
      [
        '2: line 2 (it reads `title: "Rings \\q and chains"`) has a backslash inside double quotes; write two backslashes (`\\\\`) for one, or use single quotes',
      ],
    ],
    [
      "repeating a field, named with the line that first writes it (the fifth jeweler's trial: the template's `title:` left below the author's own)",
      "title: A ring\ndate: 2025-01-01\ntitle: A chain",
      ["4: line 4 (it reads `title: A chain`) repeats a field already written on line 2 (it reads `title: A ring`); keep only one of the two lines"],
    ],
    [
      "repeating a field of a group, named with its line in the same group, not the other group's",
      "cover:\n  src: /images/a.jpg\n  alt: A ring\navatar:\n  src: /images/b.jpg\n  alt: A chain\n  alt: Two chains",
      ["8: line 8 (it reads `  alt: Two chains`) repeats a field already written on line 7 (it reads `  alt: A chain`); keep only one of the two lines"],
    ],
    [
      "after a line that ends the document (`...`): named on the `...` line itself, told to delete it",
      "title: A ring\n...\ntags: [gold]",
      [
        "3: line 3 (it reads `...`) marks the end of the fields, so the lines under it are not read; delete line 3: the fields end at the `---` line",
      ],
    ],
    [
      "after a `...` line with spaces after it: the same",
      "title: A ring\n...  \ntags: [gold]",
      [
        "3: line 3 (it reads `...  `) marks the end of the fields, so the lines under it are not read; delete line 3: the fields end at the `---` line",
      ],
    ],
    [
      "after a `...` line followed by a blank line: still named on the `...` line",
      "title: A ring\n...\n\ntags: [gold]",
      [
        "3: line 3 (it reads `...`) marks the end of the fields, so the lines under it are not read; delete line 3: the fields end at the `---` line",
      ],
    ],
    [
      "after a `...` line that is the first line of fields: named on it",
      "...\ntitle: A ring",
      [
        "2: line 2 (it reads `...`) marks the end of the fields, so the lines under it are not read; delete line 2: the fields end at the `---` line",
      ],
    ],
    [
      "after a `...` line, above a field indented under another: named on the `...` line",
      "title: A ring\n...\ndate: 2025-01-01\n  tags: [gold]",
      [
        "3: line 3 (it reads `...`) marks the end of the fields, so the lines under it are not read; delete line 3: the fields end at the `---` line",
      ],
    ],
    [
      "after two `...` lines: named on the first",
      "title: A ring\n...\ntags: [gold]\n...",
      [
        "3: line 3 (it reads `...`) marks the end of the fields, so the lines under it are not read; delete line 3: the fields end at the `---` line",
      ],
    ],
    [
      "indented under the line above, even with nothing after its colon: named, and told to start at the left edge",
      "title: A ring\n  date:",
      ["3: line 3 (it reads `  date:`) is indented, so it is read as part of line 2; start it at the left edge, like `date:`"],
    ],
    [
      "a list item holding a field, under a field that has its value: not taken for an indented field",
      "draft: true\n  - name: gold",
      [`2: line 2 (it reads \`draft: true\`) ${DEFAULT}`],
    ],
    [
      "with a colon inside a value",
      "title: Gold: a Guide",
      [
        `2: line 2 (it reads \`title: Gold: a Guide\`) holds a colon followed by a space inside its value, which the fields read as the start of another field; put the value in double quotes: write \`title: "Gold: a Guide"\``,
      ],
    ],
    [
      "not lined up, on a line with text",
      "title: {a",
      [
        "2: line 2 (it reads `title: {a`) is not lined up with the lines around it; indent the lines of a list, or of a group like `cover:`, by the same two spaces",
      ],
    ],
  ])("%s", (_, fields, expected) => {
    expect(messages(fields)).toEqual(expected);
  });

  it("on a blank line, or one of spaces only, without quoting the empty line", () => {
    const notLinedUp = "is not lined up with the lines around it; indent the lines of a list, or of a group like `cover:`, by the same two spaces";
    expect(messages("title: {gold, silver\n")).toEqual([`3: line 3 ${notLinedUp}`]);
    expect(messages("title: {gold, silver\n    ")).toEqual([`3: line 3 ${notLinedUp}`]);
  });
});

describe("a slip the line itself shows (fifth jeweler's trial)", () => {
  const HANDLE = "`@sunniva.makes` is a name on Instagram or another network, not a web address; write its page's address, like `website: https://www.instagram.com/sunniva.makes` for Instagram";

  /** The fields read once `line` is replaced by the line the message gives. */
  function readWith(fields: string, line: string, written: string): Record<string, unknown> {
    const split = splitFrontmatter(`---\n${fields.replace(line, () => written)}\n---\nSome words.\n`);
    if ("problems" in split) throw new Error(split.problems.map((problem) => problem.message).join("\n"));
    return split.data;
  }

  it.each<[string, string, string, string, Record<string, unknown>]>([
    [
      "a field with no space after its colon, last of the fields",
      "title: A ring\ndraft:true",
      "3: line 3 (it reads `draft:true`) has no space after the colon of `draft:`, so it is not read as a field; write `draft: true`",
      "draft: true",
      { title: "A ring", draft: true },
    ],
    [
      "a field with no space after its colon, above another",
      "title: A ring\nwebsite:https://ada.example\ntags: [gold]",
      "3: line 3 (it reads `website:https://ada.example`) has no space after the colon of `website:`, so it is not read as a field; write `website: https://ada.example`",
      "website: https://ada.example",
      { title: "A ring", website: "https://ada.example", tags: ["gold"] },
    ],
    [
      "double quotes inside double quotes",
      'title: "The "Forever" Stones: Birthstones by Month"\ndraft: false',
      "2: line 2 (it reads `title: \"The \"Forever\" Stones: Birthstones by Month\"`) has a `\"` inside a value between double quotes, which ends the value there; write `title: 'The \"Forever\" Stones: Birthstones by Month'`, or keep the double quotes and write each `\"` inside as `\\\"`",
      "title: 'The \"Forever\" Stones: Birthstones by Month'",
      { title: 'The "Forever" Stones: Birthstones by Month', draft: false },
    ],
    [
      "an apostrophe opening the value, with a line after it",
      "title: 'Tis the Season for Garnets\ndescription: Red stones",
      "2: line 2 (it reads `title: 'Tis the Season for Garnets`) starts its value with the `'` of `'Tis`, which opens a quote that the line never closes; put the whole value in double quotes: write `title: \"'Tis the Season for Garnets\"`",
      "title: \"'Tis the Season for Garnets\"",
      { title: "'Tis the Season for Garnets", description: "Red stones" },
    ],
    [
      "an apostrophe opening the value, and another inside it",
      "title: 'Tis the season's stone",
      "2: line 2 (it reads `title: 'Tis the season's stone`) starts its value with the `'` of `'Tis`, which opens a quote that the line never closes; put the whole value in double quotes: write `title: \"'Tis the season's stone\"`",
      "title: \"'Tis the season's stone\"",
      { title: "'Tis the season's stone" },
    ],
    [
      "a field of a group with no space after its colon: the line to write keeps its indent",
      "title: A ring\ncover:\n  src: /images/ring.jpg\n  alt:A silver ring",
      "5: line 5 (it reads `  alt:A silver ring`) has no space after the colon of `alt:`, so it is not read as a field; write `  alt: A silver ring`",
      "  alt: A silver ring",
      { title: "A ring", cover: { src: "/images/ring.jpg", alt: "A silver ring" } },
    ],
    [
      "double quotes inside double quotes, with two spaces after the colon",
      'title:  "The "Forever" Stones"',
      "2: line 2 (it reads `title:  \"The \"Forever\" Stones\"`) has a `\"` inside a value between double quotes, which ends the value there; write `title: The \"Forever\" Stones`, or keep the double quotes and write each `\"` inside as `\\\"`",
      'title: The "Forever" Stones',
      { title: 'The "Forever" Stones' },
    ],
    [
      "double quotes inside double quotes, with spaces after the line",
      'title: "The "Forever" Stones"  ',
      "2: line 2 (it reads `title: \"The \"Forever\" Stones\"  `) has a `\"` inside a value between double quotes, which ends the value there; write `title: The \"Forever\" Stones`, or keep the double quotes and write each `\"` inside as `\\\"`",
      'title: The "Forever" Stones',
      { title: 'The "Forever" Stones' },
    ],
    [
      // Told to keep `\"` and its backslash before, which the page then showed.
      "double quotes inside double quotes, the first not written as `\\\"`, the second written so",
      'title: ""Forever\\" Stones"',
      "2: line 2 (it reads `title: \"\"Forever\\\" Stones\"`) has a `\"` inside a value between double quotes, which ends the value there; write `title: '\"Forever\" Stones'`, or keep the double quotes and write each `\"` inside as `\\\"`",
      "title: '\"Forever\" Stones'",
      { title: '"Forever" Stones' },
    ],
    [
      "an apostrophe opening the value, with two spaces after the colon",
      "title:  'Tis the Season for Garnets",
      "2: line 2 (it reads `title:  'Tis the Season for Garnets`) starts its value with the `'` of `'Tis`, which opens a quote that the line never closes; put the whole value in double quotes: write `title: \"'Tis the Season for Garnets\"`",
      "title: \"'Tis the Season for Garnets\"",
      { title: "'Tis the Season for Garnets" },
    ],
    [
      "a name on a social network as the website, with two spaces after the colon",
      "name: Sunniva Lund\nwebsite:  @sunniva.makes",
      `3: line 3 (it reads \`website:  @sunniva.makes\`) starts its value with \`@\`, which cannot start a value here, and ${HANDLE}`,
      "website: https://www.instagram.com/sunniva.makes",
      { name: "Sunniva Lund", website: "https://www.instagram.com/sunniva.makes" },
    ],
    [
      "a name on a social network as the website, with spaces after the line",
      "name: Sunniva Lund\nwebsite: @sunniva.makes  ",
      `3: line 3 (it reads \`website: @sunniva.makes  \`) starts its value with \`@\`, which cannot start a value here, and ${HANDLE}`,
      "website: https://www.instagram.com/sunniva.makes",
      { name: "Sunniva Lund", website: "https://www.instagram.com/sunniva.makes" },
    ],
  ])("%s: named, with the line to write, which is read as meant", (_, fields, expected, written, read) => {
    expect(messages(fields)).toEqual([expected]);
    const line = fields.split("\n").find((candidate) => expected.includes(`(it reads \`${candidate}\`)`)) ?? "";
    expect(readWith(fields, line, written)).toEqual(read);
  });
});

describe("a list in brackets left open over lines", () => {
  const fix = (opened: number) =>
    `which is not closed on its line; close it with \`]\` on line ${opened}, like \`tags: [gold, silver]\`, or write one item per line under the field, each starting with \`- \`, like \`  - gold\``;

  it("with a `...` line inside it: both that line and the `]` under it point to the line that opened the list", () => {
    expect(messages("title: A ring\ntags: [gold,\n...\n]")).toEqual([
      `4: line 4 (it reads \`...\`) is inside the list opened on line 3 (it reads \`tags: [gold,\`), ${fix(3)}`,
      `5: line 5 (it reads \`]\`) is inside the list opened on line 3 (it reads \`tags: [gold,\`), ${fix(3)}`,
    ]);
  });

  it("names the nearest line that opened one, over items lined up under it", () => {
    expect(messages("tags: [gold,\n  silver,\n... ]")).toEqual([`4: line 4 (it reads \`... ]\`) is inside the list opened on line 2 (it reads \`tags: [gold,\`), ${fix(2)}`]);
  });

  it("never closed at all, before a blank line", () => {
    expect(messages("title: [gold, silver\n")).toEqual([`3: line 3 is inside the list opened on line 2 (it reads \`title: [gold, silver\`), ${fix(2)}`]);
  });

  it("is not taken from a bracket between quotes, nor from a list closed on its line", () => {
    const ended = "marks the end of the fields, so the lines under it are not read; delete line 5: the fields end at the `---` line";
    expect(messages('title: "[draft"\nauthor: \'[me\'\ntags: [gold]\n...\n]')).toEqual([
      `6: line 6 (it reads \`]\`) cannot be read as \`field: value\`; if a value holds a colon followed by a space, or starts with a punctuation mark, put it in double quotes, ${QUOTED}`,
      `5: line 5 (it reads \`...\`) ${ended}`,
    ]);
  });

  it("is not taken from the line the parser names itself, which is not inside the list it opens", () => {
    expect(messages("title: {gold\ntags: [silver,")).toEqual([
      "3: line 3 (it reads `tags: [silver,`) is not lined up with the lines around it; indent the lines of a list, or of a group like `cover:`, by the same two spaces",
    ]);
  });

  it("followed by a `- ` item at the left edge: that line, and the line that opened the list", () => {
    expect(messages("tags: [gold,\n- silver")).toEqual([
      `3: line 3 (it reads \`- silver\`) is inside the list opened on line 2 (it reads \`tags: [gold,\`), ${fix(2)}`,
      `2: line 2 (it reads \`tags: [gold,\`) opens a quote or a bracket that is never closed; check that every \`"\` and \`[\` has its partner, ${QUOTED}`,
    ]);
  });

  it("leaves a mistake of another kind inside a list lined up over lines its own message", () => {
    expect(messages('tags: [gold,\n  "silver \\q"]')).toEqual([
      '3: line 3 (it reads `  "silver \\q"]`) has a backslash inside double quotes; write two backslashes (`\\\\`) for one, or use single quotes',
    ]);
  });
});

/** The warnings for a file whose block of fields, read without an error, holds `fields`. */
function warnings(fields: string): string[] {
  const split = splitFrontmatter(`---\n${fields}\n---\nSome words.\n`);
  if ("problems" in split) throw new Error("the fields could not be read");
  return split.warnings.map((warning) => `${warning.line}: ${warning.message}`);
}

const CURLY = "these are curly quotes (“ ”), which the fields read as letters, not as quotes";

describe("curly quotes", () => {
  it("around a whole value are a warning with the line to write", () => {
    expect(warnings("title: “Love”")).toEqual(['2: `title` is written between curly quotes (“ ”), which the fields read as part of it, so the page would show them; use straight quotes "…" or none: write `title: Love`']);
  });

  it("around a value inside a group are a warning on its line, named with the group, with the line to write indented", () => {
    const split = splitFrontmatter("---\ncover:\n  src: /images/ring.jpg\n  alt: “A ring”\n---\nSome words.\n");
    expect("warnings" in split && split.warnings).toEqual([
      {
        field: "cover.alt",
        line: 4,
        severity: "warning",
        message: '`cover.alt` is written between curly quotes (“ ”), which the fields read as part of it, so the page would show them; use straight quotes "…" or none: write `  alt: A ring`',
      },
    ]);
  });

  it("inside straight quotes were written on purpose: no warning", () => {
    expect(warnings('title: "“Love”"')).toEqual([]);
  });

  it("inside a value, or touching a word, are the value's own letters: no warning", () => {
    expect(warnings("title: The “Love”")).toEqual([]);
    expect(warnings("title: “Love” bracelet")).toEqual([]);
    expect(warnings("title: Bezel“Rings”")).toEqual([]);
  });

  it("around a value with a colon, and spaces after them, get the line in straight quotes", () => {
    expect(messages("title: “Gold: a Buyer’s Guide”  ")).toEqual([`2: line 2 (it reads \`title: “Gold: a Buyer’s Guide”  \`): ${CURLY}; use straight quotes "…" or none: write \`title: "Gold: a Buyer’s Guide"\``]);
  });

  it("on a line that is no `field: value` from its first character are not offered as one", () => {
    expect(messages("title: A ring\ncover:\n\talt: “A ring: gold”")).toEqual([
      "4: line 4 (it reads `\\talt: “A ring: gold”`) starts with a tab; indent with spaces only (two spaces, like `  alt: A silver ring`)",
    ]);
    expect(messages("title: A ring\n- title: “Gold: a ring”")).toEqual([`3: line 3 (it reads \`- title: “Gold: a ring”\`) ${DEFAULT}`]);
  });

  it("followed by more on the line, even past a line separator, are not offered as the whole line", () => {
    expect(messages("title: “Gold: a ring”\u2028and more")).toEqual([`2: line 2 (it reads \`title: “Gold: a ring”\\u{2028}and more\`) ${DEFAULT}`]);
  });
});

describe("a value starting with * or & (a YAML reference or label)", () => {
  const refused = (line: number, mark: string, write: string) => `${line}: line ${line} starts a value with \`${mark}\`, which YAML reads as a reference, not as text; put the value in quotes: write \`${write}\``;

  it("inside a group, gets its line to write with the group's indent", () => {
    expect(messages("cover:\n  src: /images/ring.jpg\n  alt: &x A ring")).toEqual([refused(4, "&", '  alt: "&x A ring"')]);
  });

  it("with spaces after it, or more than one space before it, gets the value alone", () => {
    expect(messages("title: &x A ring  ")).toEqual([refused(2, "&", 'title: "&x A ring"')]);
    expect(messages("title:   &x A ring")).toEqual([refused(2, "&", 'title: "&x A ring"')]);
  });

  it("with a bracketed word at its end is quoted whole, not read as a list", () => {
    expect(messages("title: &New [draft]")).toEqual([refused(2, "&", 'title: "&New [draft]"')]);
  });

  it("as a list item, gets the item alone, its own quotes escaped, whatever the spaces after the dash", () => {
    expect(messages('tags:\n  - &x gold "rose"')).toEqual([refused(3, "&", '- "&x gold \\"rose\\""')]);
    expect(messages("tags:\n  -  *opals*")).toEqual([refused(3, "*", '- "*opals*"')]);
  });

  it("as a list item holding a colon, gets the item whole, not a field made of it", () => {
    expect(messages("tags:\n  - Rings: *new*")).toEqual([refused(3, "*", '- "Rings: *new*"')]);
  });

  it("inside a list, gets the list with the item quoted, and a comment after the list kept after it", () => {
    expect(messages("tags: [*new*, rings]")).toEqual([refused(2, "*", 'tags: ["*new*", rings]')]);
    expect(messages("tags: [*new*, rings]  # for [spring]")).toEqual([refused(2, "*", 'tags: ["*new*", rings]  # for [spring]')]);
  });

  it("on the line under its field, is quoted in its place, not turned into a list item", () => {
    expect(messages("description:\n  &x Rings - a guide")).toEqual([refused(3, "&", '  "&x Rings - a guide"')]);
  });

  it("holding a line separator (U+2028), is quoted whole", () => {
    expect(messages("title: &x Rings\u2028a guide")).toEqual([refused(2, "&", 'title: "&x Rings\\u{2028}a guide"')]);
    expect(messages("tags:\n  - &x Rings\u2028a guide")).toEqual([refused(3, "&", '- "&x Rings\\u{2028}a guide"')]);
  });
});

describe("the block of fields as a whole", () => {
  it("ended by a line with more after its `---` is refused on that line", () => {
    expect(splitFrontmatter("---\ntitle: A ring\n--- draft\nSome words.\n---\n")).toEqual({
      problems: [{ field: "fields", line: 3, severity: "error", message: "line 3 starts with `---` but has more after it; the line that ends the fields must be exactly `---`" }],
    });
  });

  it("with an invisible character below a line the parser cannot read: both told, in the order of the lines", () => {
    const nonBreaking = (line: number, written: string, write: string) =>
      `${line}: line ${line} (it reads \`${written}\`) holds a non-breaking space (shown here as \`\\u{a0}\`), which looks like a space but is not one, so the line cannot be read; type an ordinary space in its place: write \`${write}\``;
    expect(messages("title: Gold: a guide\ndescription:\u00a0Rings\ndate:\u00a02025-01-01")).toEqual([
      `2: line 2 (it reads \`title: Gold: a guide\`) holds a colon followed by a space inside its value, which the fields read as the start of another field; put the value in double quotes: write \`title: "Gold: a guide"\``,
      nonBreaking(3, "description:\\u{a0}Rings", "description: Rings"),
      nonBreaking(4, "date:\\u{a0}2025-01-01", "date: 2025-01-01"),
    ]);
  });

  it("with a quote left open above a line with an invisible character: both told at once, though the open quote takes that line in", () => {
    expect(messages('title: "Gold\ndescription:\u00a0Rings for every day')).toEqual([
      `2: line 2 (it reads \`title: "Gold\`) opens a quote or a bracket that is never closed; check that every \`"\` and \`[\` has its partner, ${QUOTED}`,
      "3: line 3 (it reads `description:\\u{a0}Rings for every day`) holds a non-breaking space (shown here as `\\u{a0}`), which looks like a space but is not one, so the line cannot be read; type an ordinary space in its place: write `description: Rings for every day`",
    ]);
  });
});

describe("an invisible character after a colon", () => {
  it("of the only field, which YAML then reads as text, not as fields: named on its line", () => {
    expect(messages("title:\u00a0Rings")).toEqual([
      "2: line 2 (it reads `title:\\u{a0}Rings`) holds a non-breaking space (shown here as `\\u{a0}`), which looks like a space but is not one, so the line cannot be read; type an ordinary space in its place: write `title: Rings`",
    ]);
  });

  it("inside a list item that the fields read as text is the item's own: no error", () => {
    const split = splitFrontmatter("---\ntags:\n  - Gold:\u00a0a guide\n---\nSome words.\n");
    expect("data" in split && split.data).toEqual({ tags: ["Gold:\u00a0a guide"] });
  });
});

describe("a list indented unevenly", () => {
  const uneven = (line: number, field: string, read: string, meant: string) =>
    `${line}: \`${field}\` was read as the list \`${read}\`, because a \`- \` line after line ${line} is indented further than the line above it; if you meant separate items, start each \`- \` line with the same spaces: ${meant}`;

  it("is told with each item meant, without the spaces around the dashes", () => {
    expect(warnings("tags:\n  - gold  - rose\n    - silver")).toEqual([uneven(3, "tags", '["gold  - rose - silver"]', "`  - gold`, `  - rose`, `  - silver`")]);
  });

  it("shows an item that is not text as …", () => {
    expect(warnings("tags:\n  - [rose]\n  - gold\n    - silver")).toEqual([uneven(4, "tags", '["…","gold - silver"]', "`  - gold`, `  - silver`")]);
  });

  it("inside a list of lists is named `list`", () => {
    expect(warnings("tags:\n  - - gold\n      - silver")).toEqual([uneven(3, "list", '["gold - silver"]', "`  - gold`, `  - silver`")]);
  });

  it("is not an item in quotes that goes on over lines, one of them starting with `- `", () => {
    expect(warnings('tags:\n  - "gold\n    - silver"')).toEqual([]);
  });

  it("is not an item that merely goes on over two lines", () => {
    expect(warnings("tags:\n  - rose\n    gold")).toEqual([]);
  });
});
