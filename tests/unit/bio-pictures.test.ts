import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { renderBioHtml } from "@/lib/content/markdown";
import { checkFolder, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("public/images/ring.jpg", await smallImage());
});

afterEach(() => folder.remove());

const FIELDS = '---\nname: Isla Marrow\nrole: "Owner"\n---\n';
const LEFT_OUT = "is left out: a bio shows no pictures, on the author's page or under their articles";

/** What `check:content` prints about content/authors/isla.md, whose text starts on line 5. */
async function reportOf(bio: string, fields = FIELDS): Promise<string[]> {
  await folder.write("content/authors/isla.md", `${fields}${bio}`);
  return (await checkFolder(folder)).filter((issue) => issue.file === "content/authors/isla.md").map((issue) => `${issue.severity}: ${formatIssue(issue)}`);
}

describe("a picture in an author's bio", () => {
  const bio = [
    "Isla makes rings.",
    "",
    "![Isla at the bench](/images/ring.jpg)",
    "",
    "Her latest: ![A ring][ring] in silver.",
    "",
    "[ring]: /images/ring.jpg",
    "",
    '<img src="/images/ring.jpg" alt="A ring">',
    "",
    'Inline <img src="/images/ring.jpg" alt="A ring"> here.',
    "",
    "See [the ring](/images/ring.jpg).",
    "",
  ].join("\n");

  it("is left out of the bio's page, written in Markdown, by reference or as `<img>`, while a link to a picture is kept", async () => {
    const html = await renderBioHtml(bio);
    expect(html).not.toContain("<img");
    expect(html).toContain('<a href="/images/ring.jpg">the ring</a>');
  });

  it("is an error on its line, with the `avatar` line to write or the picture to delete; a link to a picture passes", async () => {
    expect(await reportOf(bio)).toEqual([
      `error: content/authors/isla.md:7: the picture \`/images/ring.jpg\` ${LEFT_OUT}; if it is the author's photo, put it in the \`avatar\` field: write \`avatar: { src: /images/ring.jpg, alt: Isla at the bench }\` among the fields, otherwise delete the line`,
      `error: content/authors/isla.md:9: the picture \`/images/ring.jpg\` ${LEFT_OUT}; if it is the author's photo, put it in the \`avatar\` field: write \`avatar: { src: /images/ring.jpg, alt: A ring }\` among the fields, otherwise delete the picture`,
      `error: content/authors/isla.md:13: the picture \`<img src="/images/ring.jpg" alt="A ring">\` ${LEFT_OUT}; if it is the author's photo, put it in the \`avatar\` field: write \`avatar: { src: /images/ring.jpg, alt: A ring }\` among the fields, otherwise delete the line`,
      `error: content/authors/isla.md:15: the picture \`<img src="/images/ring.jpg" alt="A ring">\` ${LEFT_OUT}; if it is the author's photo, put it in the \`avatar\` field: write \`avatar: { src: /images/ring.jpg, alt: A ring }\` among the fields, otherwise delete the picture`,
    ]);
  });

  it("passes once the line given is written among the fields and the picture deleted", async () => {
    const fields = '---\nname: Isla Marrow\nrole: "Owner"\navatar: { src: /images/ring.jpg, alt: Isla at the bench }\n---\n';
    expect(await reportOf("Isla makes rings.\n\nSee [the ring](/images/ring.jpg).\n", fields)).toEqual([]);
  });

  it("names the `avatar` field's photo when the author has one, and gives the `src:` line to write there", async () => {
    const fields = '---\nname: Isla Marrow\nrole: "Owner"\navatar:\n  src: /images/ring.jpg\n  alt: Isla at the bench\n---\n';
    expect(await reportOf("Isla makes rings.\n\n![A brooch](/images/brooch.jpg)\n", fields)).toEqual([
      `error: content/authors/isla.md:10: the picture \`/images/brooch.jpg\` ${LEFT_OUT}, only the photo of the \`avatar\` field (now \`/images/ring.jpg\`); if this one is the author's photo, write \`  src: /images/brooch.jpg\` under \`avatar:\`, otherwise delete the line`,
    ]);
  });

  it("gets that one message, with no advice about a description or a file nobody sees, also when the author's fields have errors", async () => {
    expect(await reportOf("Isla makes rings.\n\n![](/images/missing.jpg)\n", '---\nname: Isla Marrow\nrole: 42\n---\n')).toEqual([
      'error: content/authors/isla.md:3: `role` must be text, and `42` is read as a number; put it in quotes: write `role: "42"`',
      `error: content/authors/isla.md:7: the picture \`/images/missing.jpg\` ${LEFT_OUT}; if it is the author's photo, put it in the \`avatar\` field: write \`avatar: { src: /images/missing.jpg, alt: What the picture shows }\` among the fields, otherwise delete the line`,
    ]);
  });

  it("is told once for a heading that is only a picture, and as a picture to delete in a heading with words, whatever other files' headings hold", async () => {
    await folder.write("content/authors/bo.md", "---\nname: Bo Lind\nrole: \"Setter\"\n---\nBo sets stones.\n\nAnd polishes them.\n\n## ![A ring](/images/ring.jpg)\n");
    const bio = "Isla makes rings.\n\n## ![A ring](/images/ring.jpg)\n\n## Rings ![A ring](/images/ring.jpg)\n";
    expect((await reportOf(bio)).filter((line) => line.includes(LEFT_OUT))).toEqual([
      `error: content/authors/isla.md:9: the picture \`/images/ring.jpg\` ${LEFT_OUT}; if it is the author's photo, put it in the \`avatar\` field: write \`avatar: { src: /images/ring.jpg, alt: A ring }\` among the fields, otherwise delete the picture`,
    ]);
  });

  it("written as `<img>` without an address or a description, indented, or with spaces around its description, gets the line to write with what it has", async () => {
    const bio = [
      "Isla makes rings.",
      "",
      '  <img src="/images/ring.jpg">',
      "",
      '<img alt="A ring">',
      "",
      '<img src="/images/ring.jpg" alt="  ">',
      "",
      '<img src="/images/ring.jpg" alt=" A ring ">',
      "",
    ].join("\n");
    expect(await reportOf(bio)).toEqual([
      `error: content/authors/isla.md:7: the picture \`<img src="/images/ring.jpg">\` ${LEFT_OUT}; if it is the author's photo, put it in the \`avatar\` field: write \`avatar: { src: /images/ring.jpg, alt: What the picture shows }\` among the fields, otherwise delete the line`,
      `error: content/authors/isla.md:9: the picture \`<img alt="A ring">\` ${LEFT_OUT}; if it is the author's photo, put it in the \`avatar\` field: write \`avatar: { src: "", alt: A ring }\` among the fields, otherwise delete the line`,
      `error: content/authors/isla.md:11: the picture \`<img src="/images/ring.jpg" alt="  ">\` ${LEFT_OUT}; if it is the author's photo, put it in the \`avatar\` field: write \`avatar: { src: /images/ring.jpg, alt: What the picture shows }\` among the fields, otherwise delete the line`,
      `error: content/authors/isla.md:13: the picture \`<img src="/images/ring.jpg" alt=" A ring ">\` ${LEFT_OUT}; if it is the author's photo, put it in the \`avatar\` field: write \`avatar: { src: /images/ring.jpg, alt: A ring }\` among the fields, otherwise delete the line`,
    ]);
  });

  it("names the `avatar` field, without its path, when the author's fields have errors", async () => {
    const fields = '---\nname: Isla Marrow\nrole: 42\navatar: { src: /images/ring.jpg, alt: Isla at the bench }\n---\n';
    expect((await reportOf("Isla makes rings.\n\n![A brooch](/images/brooch.jpg)\n", fields)).filter((line) => line.includes(LEFT_OUT))).toEqual([
      `error: content/authors/isla.md:8: the picture \`/images/brooch.jpg\` ${LEFT_OUT}, only the photo of the \`avatar\` field; if this one is the author's photo, write \`avatar: { src: /images/brooch.jpg, alt: Isla at the bench }\` in place of the \`avatar\` line, otherwise delete the line`,
    ]);
  });
});
