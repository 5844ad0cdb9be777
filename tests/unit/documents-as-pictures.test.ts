import { readFile, rename } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { article, checkFolder } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";
import { journalPerTest } from "../helpers/journal-per-test";
import { formatIssue } from "@/lib/content/issues";

/*
 * A PDF, or an empty file, written as a picture (the jeweler's trial): each was told "not a
 * picture … save it again as JPEG", which fits neither. A PDF in the text is to become a link to
 * it, and the line given passes the next run; an empty file is to be copied again. The article is
 * content/articles/care.md; its text starts on line 9.
 */

const journal = journalPerTest();
const CERTIFICATE = path.join(__dirname, "../fixtures/documents/sapphire-certificate.pdf");

/** Every problem of the journal as `severity file:line: message`. */
async function report(): Promise<string[]> {
  return (await checkFolder(journal.folder())).map((issue) => `${issue.severity} ${formatIssue(issue)}`);
}

async function withText(body: string, cover?: string): Promise<string[]> {
  await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"', cover }, body));
  return report();
}

describe("a PDF written as a picture", () => {
  it.each([
    [
      "in Markdown",
      "![The grading certificate](/files/sapphire-certificate.pdf)\n",
      "error content/articles/care.md:9: the file `/files/sapphire-certificate.pdf` is a PDF, which a page cannot show as a picture: link to it, `[The grading certificate](/files/sapphire-certificate.pdf)`",
      "[The grading certificate](/files/sapphire-certificate.pdf)\n",
    ],
    [
      "in HTML",
      '<img src="/files/sapphire-certificate.pdf" alt="The grading certificate">\n',
      'error content/articles/care.md:9: the file `/files/sapphire-certificate.pdf` is a PDF, which a page cannot show as a picture: link to it, `<a href="/files/sapphire-certificate.pdf">The grading certificate</a>`',
      '<a href="/files/sapphire-certificate.pdf">The grading certificate</a>\n',
    ],
    [
      "without a description, the link named after the file, in one message",
      "![](/files/sapphire-certificate.pdf)\n",
      "error content/articles/care.md:9: the file `/files/sapphire-certificate.pdf` is a PDF, which a page cannot show as a picture: link to it, `[Sapphire certificate](/files/sapphire-certificate.pdf)`",
      "[Sapphire certificate](/files/sapphire-certificate.pdf)\n",
    ],
  ])("%s is an error with the link to write, which passes the next run", async (_, written, expected, fixed) => {
    await journal.folder().write("public/files/sapphire-certificate.pdf", await readFile(CERTIFICATE));
    expect(await withText(written)).toEqual([expected]);
    expect(await withText(fixed)).toEqual([]);
  });

  it("named `.jpg`, it is to be renamed `.pdf`, as browsers are told a file's kind by its name", async () => {
    await journal.folder().write("public/images/articles/certificate.jpg", await readFile(CERTIFICATE));
    expect(await withText("![The grading certificate](/images/articles/certificate.jpg)\n")).toEqual([
      "error content/articles/care.md:9: the file `/images/articles/certificate.jpg` is a PDF, which a page cannot show as a picture (its name ends in `.jpg`): rename it `certificate.pdf` and link to it, `[The grading certificate](/images/articles/certificate.pdf)`",
    ]);
    const folder = path.join(journal.folder().publicDir, "images/articles");
    await rename(path.join(folder, "certificate.jpg"), path.join(folder, "certificate.pdf"));
    expect(await withText("[The grading certificate](/images/articles/certificate.pdf)\n")).toEqual([]);
  });

  it("as a cover, it is to be a picture", async () => {
    await journal.folder().write("public/images/covers/certificate.pdf", await readFile(CERTIFICATE));
    expect(await withText("Some words about sapphires.\n", "\n  src: /images/covers/certificate.pdf\n  alt: A sapphire's grading certificate")).toEqual([
      "error content/articles/care.md:8: the file `/images/covers/certificate.pdf` is a PDF, which a page cannot show as a picture; save the picture to show as JPEG, PNG or WebP and write its path",
    ]);
  });
});

describe("an empty file written as a picture", () => {
  it("is an error saying so, which passes once the photo is copied again", async () => {
    await journal.folder().write("public/images/articles/wax-tree.jpg", Buffer.alloc(0));
    expect(await withText("![A wax casting tree](/images/articles/wax-tree.jpg)\n")).toEqual([
      "error content/articles/care.md:9: the file `/images/articles/wax-tree.jpg` is empty (0 bytes): copy it again from your camera or computer",
    ]);
    await journal.folder().write("public/images/articles/wax-tree.jpg", await smallImage());
    expect(await report()).toEqual([]);
  });

  it("without a description, is told both in one message", async () => {
    await journal.folder().write("public/images/articles/wax-tree.jpg", Buffer.alloc(0));
    expect(await withText("![](/images/articles/wax-tree.jpg)\n")).toEqual([
      "error content/articles/care.md:9: the file `/images/articles/wax-tree.jpg` is empty (0 bytes): copy it again from your camera or computer. It also has no description: write `![A silver ring set with a blue topaz](/images/articles/wax-tree.jpg)`, with your own words for what it shows",
    ]);
  });
});
