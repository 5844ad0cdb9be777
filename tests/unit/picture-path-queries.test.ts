import { describe, expect, it } from "vitest";
import { article, checkFolder } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";
import { journalPerTest } from "../helpers/journal-per-test";
import { formatIssue } from "@/lib/content/issues";

/*
 * `?w=1200` or `#top` after a picture's path (the jeweler's trial): the page looks for a file of
 * that whole name, finds none, and shows the committed file at full weight, with no smaller copies
 * and no full-size view. The check says to leave it out, with the line to write, and that line
 * passes the next run. The article is content/articles/care.md; its text starts on line 9.
 */

const journal = journalPerTest();

/** Every problem of the journal as `severity file:line: message`. */
async function report(): Promise<string[]> {
  return (await checkFolder(journal.folder())).map((issue) => `${issue.severity} ${formatIssue(issue)}`);
}

async function withText(body: string): Promise<string[]> {
  await journal.folder().write("public/images/articles/wax-tree.jpg", await smallImage());
  await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, body));
  return report();
}

describe("a picture in the text with something after its path", () => {
  it.each([
    [
      "`?w=1200`",
      "![A wax casting tree](/images/articles/wax-tree.jpg?w=1200)\n",
      "error content/articles/care.md:9: the image `/images/articles/wax-tree.jpg?w=1200` has `?w=1200` after its path, so the page shows the committed file itself, at its full weight, instead of the smaller copies the site makes of each picture; leave out `?w=1200` (the site makes the sizes itself): write `![A wax casting tree](/images/articles/wax-tree.jpg)`",
      "![A wax casting tree](/images/articles/wax-tree.jpg)\n",
    ],
    [
      "`#top`, its caption kept",
      'Before casting.\n\n![A wax casting tree](/images/articles/wax-tree.jpg#top "Ready for the flask")\n',
      'error content/articles/care.md:11: the image `/images/articles/wax-tree.jpg#top` has `#top` after its path, so the page shows the committed file itself, at its full weight, instead of the smaller copies the site makes of each picture; leave out `#top` (the site makes the sizes itself): write `![A wax casting tree](/images/articles/wax-tree.jpg "Ready for the flask")`',
      'Before casting.\n\n![A wax casting tree](/images/articles/wax-tree.jpg "Ready for the flask")\n',
    ],
    [
      "a `?` alone",
      "![A wax casting tree](/images/articles/wax-tree.jpg?)\n",
      "error content/articles/care.md:9: the image `/images/articles/wax-tree.jpg?` has `?` after its path, so the page shows the committed file itself, at its full weight, instead of the smaller copies the site makes of each picture; leave out `?` (the site makes the sizes itself): write `![A wax casting tree](/images/articles/wax-tree.jpg)`",
      "![A wax casting tree](/images/articles/wax-tree.jpg)\n",
    ],
    [
      "`?w=1200` in HTML",
      '<img src="/images/articles/wax-tree.jpg?w=1200" alt="A wax casting tree">\n',
      'error content/articles/care.md:9: the image `/images/articles/wax-tree.jpg?w=1200` has `?w=1200` after its path, so the page shows the committed file itself, at its full weight, instead of the smaller copies the site makes of each picture; leave out `?w=1200` (the site makes the sizes itself): write `<img src="/images/articles/wax-tree.jpg" alt="A wax casting tree">`',
      '<img src="/images/articles/wax-tree.jpg" alt="A wax casting tree">\n',
    ],
    [
      "`?w=1200` and no description, told in one message",
      "![](/images/articles/wax-tree.jpg?w=1200)\n",
      "error content/articles/care.md:9: the image `/images/articles/wax-tree.jpg?w=1200` has `?w=1200` after its path, so the page shows the committed file itself, at its full weight, instead of the smaller copies the site makes of each picture; leave out `?w=1200` (the site makes the sizes itself): write its path as `/images/articles/wax-tree.jpg`. It also has no description: write `![A silver ring set with a blue topaz](/images/articles/wax-tree.jpg)`, with your own words for what it shows",
      "![A wax casting tree in green wax](/images/articles/wax-tree.jpg)\n",
    ],
  ])("%s is an error with the line to write, which passes the next run", async (_, written, expected, fixed) => {
    expect(await withText(written)).toEqual([expected]);
    expect(await withText(fixed)).toEqual([]);
  });
});

describe("a cover with something after its path", () => {
  async function withCover(cover: string): Promise<string[]> {
    await journal.folder().write("public/images/covers/wax-tree.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"', cover }));
    return report();
  }

  it.each([
    [
      "on its own line",
      "\n  src: /images/covers/wax-tree.jpg?w=1200\n  alt: A wax casting tree",
      "error content/articles/care.md:8: `cover.src`: the path `/images/covers/wax-tree.jpg?w=1200` has `?w=1200` after it, so the page looks for a file of that whole name, finds none, and shows no picture; leave out `?w=1200` (the site makes the sizes itself): write `  src: /images/covers/wax-tree.jpg`",
      "\n  src: /images/covers/wax-tree.jpg\n  alt: A wax casting tree",
    ],
    [
      "in a group on one line",
      "{ src: /images/covers/wax-tree.jpg#main, alt: A wax casting tree }",
      "error content/articles/care.md:7: `cover.src`: the path `/images/covers/wax-tree.jpg#main` has `#main` after it, so the page looks for a file of that whole name, finds none, and shows no picture; leave out `#main` (the site makes the sizes itself): write `cover: { src: /images/covers/wax-tree.jpg, alt: A wax casting tree }` in place of the `cover` line",
      "{ src: /images/covers/wax-tree.jpg, alt: A wax casting tree }",
    ],
  ])("%s is an error with the line to write, which passes the next run", async (_, written, expected, fixed) => {
    expect(await withCover(written)).toEqual([expected]);
    expect(await withCover(fixed)).toEqual([]);
  });
});
