import { describe, expect, it } from "vitest";
import { checkCollection } from "@/lib/checks/check-collection";
import { article } from "../helpers/content-folder";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The fourth jeweler's trial: text copied from Word keeps Word's `<o:p></o:p>`, which was told to
 * write "the words it stands for" or `\<o:p>`, where deleting it is the fix. In the text Markdown
 * shows it as typed (no `:` in a tag's name), with no message at all; in an HTML block the page
 * leaves it out. Each is an error on its file line (the text starts on line 9) saying to delete it.
 */

const { problems, html, folder } = articlePerTest("studio.md");

describe("Word's `<o:p>` in the text", () => {
  it("is shown as typed", async () => {
    expect(await html("We open at nine.<o:p></o:p>")).toBe("<p>We open at nine.&#x3C;o:p>&#x3C;/o:p></p>");
  });

  it.each([
    ["after words", "We open at nine.<o:p></o:p>", "9: error: the page shows `<o:p></o:p>` as typed: Word left it when the text was copied from it, and it stands for nothing; delete it: write `We open at nine.`", "We open at nine."],
    ["alone on its line, around a no-break space", "We open at nine.\n\n<o:p>&nbsp;</o:p>\n\nWe close at five.", "11: error: the page shows `<o:p>&nbsp;</o:p>` as typed: Word left it when the text was copied from it, and it stands for nothing; delete the line", "We open at nine.\n\nWe close at five."],
    ["opened and closed apart", "We open <o:p>at nine</o:p>.", "9: error: the page shows `<o:p>` and `</o:p>` as typed: Word left them when the text was copied from it, and they stand for nothing; delete them: write `We open at nine.`", "We open at nine."],
    ["in a quote", "> We open at nine.<o:p></o:p>", "9: error: the page shows `<o:p></o:p>` as typed: Word left it when the text was copied from it, and it stands for nothing; delete it: write `> We open at nine.`", "> We open at nine."],
    ["after a space", "We open at nine. <o:p></o:p>", "9: error: the page shows `<o:p></o:p>` as typed: Word left it when the text was copied from it, and it stands for nothing; delete it: write `We open at nine.`", "We open at nine."],
    ["after one word", "Thanks!<o:p></o:p>", "9: error: the page shows `<o:p></o:p>` as typed: Word left it when the text was copied from it, and it stands for nothing; delete it: write `Thanks!`", "Thanks!"],
    ["alone on a line of a quote within a quote", "> > We open at nine.\n> > <o:p>&nbsp;</o:p>", "10: error: the page shows `<o:p>&nbsp;</o:p>` as typed: Word left it when the text was copied from it, and it stands for nothing; delete the line", "> > We open at nine."],
  ])("is told to delete it, once a line: %s", async (_, text, message, fixed) => {
    expect(await problems(text)).toEqual([message]);
    expect(await problems(fixed)).toEqual([]);
  });

  it("on a line short enough to quote whole, 120 characters once it is deleted, is given the line to write", async () => {
    expect(await problems("We open at nine on weekdays and at ten on Saturdays; on Sundays the studio stays closed, but you may ring for a fitting.<o:p></o:p>")).toEqual([
      "9: error: the page shows `<o:p></o:p>` as typed: Word left it when the text was copied from it, and it stands for nothing; delete it: write `We open at nine on weekdays and at ten on Saturdays; on Sundays the studio stays closed, but you may ring for a fitting.`",
    ]);
  });

  it("on a longer line is told to be deleted, without the line to write", async () => {
    expect(await problems("We open at nine on weekdays and at ten on Saturdays; on Sundays the studio stays closed, but you may ring us for a fitting.<o:p></o:p>")).toEqual([
      "9: error: the page shows `<o:p></o:p>` as typed: Word left it when the text was copied from it, and it stands for nothing; delete it",
    ]);
  });

  it("on the file's last line, with no line break after it, is given the whole line to write", async () => {
    await folder().write("content/articles/studio.md", article({}, "We open<o:p></o:p> at nine."));
    const issues = await checkCollection(await folder().load(), { publicDir: folder().publicDir, dev: false });
    expect(issues.map((issue) => `${issue.line ?? "-"}: ${issue.message}`)).toEqual([
      "9: the page shows `<o:p></o:p>` as typed: Word left it when the text was copied from it, and it stands for nothing; delete it: write `We open at nine.`",
    ]);
  });

  it("in code is left alone", async () => {
    expect(await problems("Word writes `<o:p></o:p>` for an empty paragraph.")).toEqual([]);
  });
});

describe("Word's tags in an HTML block", () => {
  it("`<o:p>`, which the page leaves out, is told to be deleted, not written as words", async () => {
    expect(await html('<p class="MsoNormal">We open at nine.<o:p></o:p></p>')).toBe("<p>We open at nine.</p>");
    expect(await problems('<p class="MsoNormal">We open at nine.<o:p></o:p></p>')).toEqual([
      "9: error: `<o:p>` is a tag Word left when the text was copied from it, and it shows nothing: delete `<o:p></o:p>` (with anything between them)",
    ]);
    expect(await problems('<p class="MsoNormal">We open at nine.</p>')).toEqual([]);
  });

  it("a smart tag around words is told to be deleted, its words kept", async () => {
    expect(await html("<p>Made in <st1:place>Porthleven</st1:place>.</p>")).toBe("<p>Made in Porthleven.</p>");
    expect(await problems("<p>Made in <st1:place>Porthleven</st1:place>.</p>")).toEqual([
      "9: error: `<st1:place>` is a tag Word left when the text was copied from it: the page leaves it out and shows the words inside it; delete `<st1:place>` and `</st1:place>`, keeping the words between them",
    ]);
    expect(await problems("<p>Made in Porthleven.</p>")).toEqual([]);
  });
});
