import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { renderArticleHtml } from "@/lib/content/markdown";
import { externalUrlProblem, httpsAddress, isLocalUrl } from "@/lib/content/urls";
import { misreadLink } from "@/lib/checks/misread-links";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

/*
 * Issue 18, class 9: URLs are read with the WHATWG parser, and what is not clearly local or
 * clearly a proper external https link is refused.
 */

describe("externalUrlProblem", () => {
  const advice = "must be a full web address starting with https://, like `https://studio.example`";

  it("refuses an address the URL parser cannot read", () => {
    expect(externalUrlProblem("https://[studio")).toBe(advice);
  });

  it("refuses an empty user name before an @, which a reader would not notice", () => {
    expect(externalUrlProblem("https://@studio.example")).toBe(`${advice}; leave out anything before an "@": the part after it is the website a reader would visit`);
  });

  it("accepts an @ after the host, in the path", () => {
    expect(externalUrlProblem("https://studio.example/@isla")).toBeUndefined();
  });

  it("accepts a host name with several parts, or a part of one letter", () => {
    expect(externalUrlProblem("https://www.studio.example/")).toBeUndefined();
    expect(externalUrlProblem("https://a.example/")).toBeUndefined();
  });

  it("refuses a host name that is not a domain name: a hyphen first, an underscore, a digit in the last part", () => {
    expect(externalUrlProblem("https://-studio.example/")).toBe(advice);
    expect(externalUrlProblem("https://my_studio.example/")).toBe(advice);
    expect(externalUrlProblem("https://studio.example1/")).toBe(advice);
  });

  it("accepts an internationalised top-level domain, written in its own letters or as `xn--`", () => {
    expect(externalUrlProblem("https://ювелир.рф/")).toBeUndefined();
    expect(externalUrlProblem("https://shop.xn--p1ai/rings")).toBeUndefined();
    expect(externalUrlProblem("https://studio.xn--/")).toBe(advice);
  });

  it("accepts a host name of 253 characters, and refuses one of 254", () => {
    const labels = `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.`;
    expect(externalUrlProblem(`https://${labels}${"d".repeat(61)}/`)).toBeUndefined();
    expect(externalUrlProblem(`https://${labels}${"d".repeat(62)}/`)).toBe(advice);
  });
});

describe("isLocalUrl", () => {
  it.each(["/images/ring.jpg", "images/ring.jpg", "../ring.jpg", "./ring.jpg", "#notes", "?page=2", "/images/ring%20set.jpg"])("keeps %s on this site", (url) => {
    expect(isLocalUrl(url)).toBe(true);
  });

  it.each([
    // Relative on an https page, another host on an http one.
    "https:evil.example/x.png",
    "http:evil.example/x.png",
    "HTTPS:evil.example/x.png",
    "ht\ttps:evil.example/x.png",
    " https:evil.example/x.png",
    "//evil.example/x.png",
    "//images/x.png",
    "/\\evil.example/x.png",
    "\\\\evil.example/x.png",
    "https://evil.example/x.png",
    "javascript:alert(1)",
    "data:image/png;base64,iVBORw0KGgo=",
    // Not a URL at all: an unclosed IPv6 host.
    "http://[",
  ])("does not take %j for local", (url) => {
    expect(isLocalUrl(url)).toBe(false);
  });

  it("drops an image whose address has a scheme but no slashes, keeping its alt text", async () => {
    const html = await renderArticleHtml('![a ring](https:evil.example/x.png) <img src="http:evil.example/y.png" alt="raw">', { publicDir: "public" });
    expect(html).not.toContain("evil.example");
    expect(html).toContain('alt="a ring"');
  });
});

describe("covers, avatars and websites in front matter", () => {
  let folder: ContentFolder;
  beforeAll(async () => {
    folder = await makeContentFolder();
    await folder.write("content/authors/isla.md", ISLA);
    await folder.write("public/images/covers/ring.jpg", Buffer.from("not read by the loader"));
  });
  afterAll(() => folder.remove());

  async function errors(file: string, text: string): Promise<string[]> {
    await folder.write(file, text);
    const { issues } = await folder.load();
    return issues.filter((issue) => issue.file === file && issue.severity === "error").map(formatIssue);
  }
  const cover = (src: string) => errors("content/articles/odd.md", article({ cover: `{ src: ${JSON.stringify(src)}, alt: "A ring" }` }));

  it("accepts a plain path to a file that exists", async () => {
    expect(await cover("/images/covers/ring.jpg")).toEqual([]);
  });

  const single = '`cover.src` must be a path on this site starting with a single "/", like `/images/covers/ring.jpg`';
  const plain = '`cover.src` must be a plain path: no "." or ".." folders, "\\", spaces, "?" or "#"; write it like `/images/covers/ring.jpg`';
  const climbs = (src: string) =>
    `\`cover.src\`: the image path \`${src}\` holds \`..\`, which climbs out of the folder; write the path of the picture from the public/ folder, like \`src: /images/covers/ring.jpg\``;

  it.each([
    ["//images/covers/ring.jpg", single],
    ["https:evil.example/x.png", single],
    ["/\\evil.example/x.png", single],
    ["/images/./covers/ring.jpg", plain],
    ["/images/covers/ring.jpg?v=2", "`cover.src`: the path `/images/covers/ring.jpg?v=2` has `?v=2` after it, so the page looks for a file of that whole name, finds none, and shows no picture; leave out `?v=2` (the site makes the sizes itself): write `cover: { src: /images/covers/ring.jpg, alt: A ring }` in place of the `cover` line"],
    ["/images/covers/../covers/ring.jpg", climbs("/images/covers/../covers/ring.jpg")],
    ["/images/%2e%2e/covers/ring.jpg", climbs("/images/%2e%2e/covers/ring.jpg")],
    ["/images/covers/", "`cover.src` names a folder; give the picture's file name, like `/images/covers/ring.jpg`"],
  ])("refuses the cover %j", async (src, message) => {
    expect(await cover(src)).toEqual([`content/articles/odd.md:7: ${message}`]);
  });

  it("refuses a folder that exists as a cover, naming a picture inside it", async () => {
    expect(await cover("/images/covers")).toEqual([
      "content/articles/odd.md:7: `cover.src`: the image path `/images/covers` is a folder, not a picture; write the path of a picture inside it, like `/images/covers/ring.jpg`",
    ]);
  });

  const website = (url: string) => errors("content/authors/eve.md", `---\nname: Eve\nwebsite: ${JSON.stringify(url)}\n---\nBio.\n`);

  it("accepts an https website with a domain name", async () => {
    expect(await website("https://studio.example/about?lang=en")).toEqual([]);
  });

  it.each([
    ["https://good.example@evil.example/", '; leave out anything before an "@": the part after it is the website a reader would visit'],
    ["https://good.example:secret@evil.example/", '; leave out anything before an "@": the part after it is the website a reader would visit'],
    ["https://evil.example\\@good.example/", ""],
    ["https://127.0.0.1/", ""],
    ["https://studio/", ""],
    ["https://studio.example /", ""],
  ])("refuses the website %j", async (url, more) => {
    expect(await website(url)).toEqual([`content/authors/eve.md:3: \`website\` must be a full web address starting with https://, like \`https://studio.example\`${more}`]);
  });

  it.each([
    ["http://studio.example/", "https://studio.example/"],
    ["www.studio.example", "https://www.studio.example"],
  ])("refuses the website %j with the https line to write", async (url, meant) => {
    expect(await website(url)).toEqual([`content/authors/eve.md:3: \`website\` must be a full web address starting with https://; write \`website: ${meant}\``]);
  });
});

describe("an internationalised website address", () => {
  it("written without https:// is given with it, in a link or in an author's `website`", () => {
    expect(misreadLink("ювелир.рф/кольца", "/articles/x")?.message).toBe(
      "the link to `ювелир.рф/кольца` is read as a page of this journal, because a link to another website starts with `https://`; write the full address: `https://ювелир.рф/кольца`",
    );
    expect(misreadLink("shop.xn--p1ai", "/articles/x")?.message).toBe(
      "the link to `shop.xn--p1ai` is read as a page of this journal, because a link to another website starts with `https://`; write the full address: `https://shop.xn--p1ai`",
    );
    expect(misreadLink("мастер@ювелир.рф", "/articles/x")?.message).toBe("the link to `мастер@ювелир.рф` is read as a page of this journal, because a link that writes an email starts with `mailto:`; write `mailto:мастер@ювелир.рф`");
    expect(httpsAddress("www.ювелир.рф")).toBe("https://www.ювелир.рф");
  });
});
