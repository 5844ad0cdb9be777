import { describe, expect, it } from "vitest";
import { article, checkFolder } from "../helpers/content-folder";
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
