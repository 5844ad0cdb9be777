import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderArticle } from "@/lib/content/markdown";

let publicDir: string;

beforeAll(async () => {
  publicDir = mkdtempSync(path.join(tmpdir(), "photos-"));
  mkdirSync(path.join(publicDir, "images"));
  await sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#8a6a3a" } }).jpeg().toFile(path.join(publicDir, "images", "Bezel Ring.jpg"));
  await sharp({ create: { width: 800, height: 600, channels: 4, background: { r: 10, g: 20, b: 30, alpha: 0.5 } } }).png().toFile(path.join(publicDir, "images", "sketch.png"));
  // Tall pictures: a 2:3 and a 3:4 portrait, a square, and one a pixel wider than it is high.
  for (const [name, width, height] of [["on-hand", 800, 1200], ["ring-box", 600, 800], ["square", 500, 500], ["nearly-square", 501, 500]] as const) {
    await sharp({ create: { width, height, channels: 3, background: "#6b5a44" } }).jpeg().toFile(path.join(publicDir, "images", `${name}.jpg`));
  }
});

afterAll(() => rmSync(publicDir, { recursive: true, force: true }));

const render = async (markdown: string) => (await renderArticle(markdown, { publicDir })).html;
const HASH = "[0-9a-f]{16}";

describe("photographs in the text", () => {
  it("become a captioned figure over build-time variants, never the original file", async () => {
    const html = await render('Intro.\n\n![A sapphire in a gold bezel](/images/Bezel%20Ring.jpg "Bezel-set sapphire, twice its size")\n');
    expect(html).not.toContain("/images/Bezel");
    expect(html).toMatch(/^<p>Intro\.<\/p>\n<figure class="photo"><button type="button" class="photo-open" popovertarget="full-size-1"><img /);
    expect(html).toContain('alt="A sapphire in a gold bezel"');
    expect(html).toContain('width="3000" height="2000"');
    expect(html).toContain('sizes="(min-width: 768px) 684px, calc(100vw - 45px)"');
    const srcset = /srcset="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(srcset.split(", ").map((entry) => entry.replace(new RegExp(HASH), "H"))).toEqual([
      "/img/H/480/bezel-ring.webp 480w",
      "/img/H/720/bezel-ring.webp 720w",
      "/img/H/960/bezel-ring.webp 960w",
      "/img/H/1200/bezel-ring.webp 1200w",
      "/img/H/1440/bezel-ring.webp 1440w",
    ]);
    expect(html).toMatch(/style="background:#[0-9a-f]{6} url\(data:image\/webp;base64,[A-Za-z0-9+/=]+\) 50% 50% \/ cover no-repeat"/);
    expect(html).toMatch(
      new RegExp(
        '<span class="sr-only"> \\(full size\\)</span></button>' +
          '<div class="photo-full" id="full-size-1" popover="auto" role="dialog" aria-label="A sapphire in a gold bezel \\(full size\\)">' +
          `<img src="/img/${HASH}/2400/bezel-ring\\.webp" alt="A sapphire in a gold bezel" width="3000" height="2000" loading="lazy" decoding="async">` +
          `<p class="photo-full-actions"><a href="/img/${HASH}/2400/bezel-ring\\.webp">Open the file</a>` +
          '<button type="button" popovertarget="full-size-1" popovertargetaction="hide">Close</button></p></div>' +
          `<a class="photo-file" href="/img/${HASH}/2400/bezel-ring\\.webp">Full size<span class="sr-only">: A sapphire in a gold bezel</span></a>` +
          "<figcaption>Bezel-set sapphire, twice its size</figcaption></figure>$",
      ),
    );
    expect(html).not.toContain("title=");
  });

  it("load at once only when they open the text, lazily after it; full-size views only when opened", async () => {
    const html = await render("![First](/images/sketch.png)\n\n![Second](/images/sketch.png)\n\nOne.\n\n![Later](/images/sketch.png)\n");
    // Each figure: its picture, then the picture in its full-size view.
    expect([...html.matchAll(/loading="(\w+)"/g)].map((match) => match[1])).toEqual(["eager", "lazy", "lazy", "lazy", "lazy", "lazy"]);
  });

  it("after a line of text still open the article, but not after a paragraph, which fills a phone's first screen", async () => {
    const line = "A ring begins as a drawing on the bench.";
    const paragraph = "Each stone is measured, each bezel cut to fit it, and the wall pushed over a little at a time until it holds the stone all the way round. Then the ring is polished.";
    const loading = async (markdown: string) => /loading="(\w+)"/.exec(await render(markdown))?.[1];
    expect(await loading(`${line}\n\n![A ring](/images/sketch.png)\n`)).toBe("eager");
    expect(await loading(`## The bench\n\n${line}\n\n![A ring](/images/sketch.png)\n`)).toBe("eager");
    expect(await loading(`${paragraph}\n\n![A ring](/images/sketch.png)\n`)).toBe("lazy");
    expect(await loading(`${line}\n\n${line}\n\n${line}\n\n${line}\n\n${line}\n\n![A ring](/images/sketch.png)\n`)).toBe("lazy");
  });

  it("give each full-size view its own id, never one the article already uses", async () => {
    const html = await render("## Full size 1\n\n![First](/images/sketch.png)\n\n![Second](/images/sketch.png)\n");
    expect(html).toContain('<h2 id="full-size-1">');
    expect([...html.matchAll(/ id="(full-size-\d+)"/g)].map((match) => match[1])).toEqual(["full-size-1", "full-size-2", "full-size-3"]);
    expect([...html.matchAll(/popovertarget="(full-size-\d+)"/g)].map((match) => match[1])).toEqual(["full-size-2", "full-size-2", "full-size-3", "full-size-3"]);
  });

  it("turn two or more pictures in one paragraph into a gallery, each with its own caption and variants", async () => {
    const html = await render('![Front](/images/Bezel%20Ring.jpg "From the front")\n![Side](/images/sketch.png "From the side")\n');
    expect(html).toMatch(/^<ul class="gallery" role="list" aria-label="Gallery of 2 photographs"><li><figure class="photo">.*<\/figure><\/li><li><figure class="photo">.*<\/figure><\/li><\/ul>$/s);
    expect(html).toContain("<figcaption>From the front</figcaption>");
    expect(html).toContain("<figcaption>From the side</figcaption>");
    expect(html).toContain('sizes="(min-width: 768px) 350px, 80vw"');
    // Never wider than the file itself: an 800-pixel drawing is made at 480 and 800, and opens at 800.
    expect(html).toMatch(new RegExp(`srcset="/img/${HASH}/480/sketch\\.webp 480w, /img/${HASH}/720/sketch\\.webp 720w, /img/${HASH}/800/sketch\\.webp 800w"`));
    expect(html).toMatch(new RegExp(`href="/img/${HASH}/800/sketch\\.webp"`));
  });

  it("draw a blurred preview under the picture that opens the text, and only their colour under later ones", async () => {
    const html = await render("![First](/images/Bezel%20Ring.jpg)\n\nOne.\n\n![Later](/images/Bezel%20Ring.jpg)\n");
    const styles = [...html.matchAll(/ style="([^"]*)"/g)].map((match) => match[1]);
    expect(styles).toHaveLength(2);
    expect(styles[0]).toMatch(/^background:#[0-9a-f]{6} url\(data:image\/webp;base64,[A-Za-z0-9+/=]+\) 50% 50% \/ cover no-repeat$/);
    expect(styles[1]).toMatch(/^background:#[0-9a-f]{6}$/);
  });

  it("draw no placeholder under a picture with transparency, which would show through", async () => {
    const html = await render("![A sketch](/images/sketch.png)\n");
    expect(html).not.toContain("style=");
  });

  it("with transparency are marked to be shown on the light paper, in the column and in the full-size view (photographs trial)", async () => {
    const html = await render("![A ring cut out](/images/sketch.png)\n\n![A ring on the bench](/images/Bezel%20Ring.jpg)\n");
    expect([...html.matchAll(/<img [^>]*>/g)].map(([img]) => img.includes('class="photo-clear"'))).toEqual([true, true, false, false]);
  });

  it("inside a line of text stay inline, with variants all the same", async () => {
    const html = await render("A ring ![tiny](/images/sketch.png) in a sentence.\n");
    expect(html).toMatch(/^<p>A ring <img src="\/img\/[0-9a-f]{16}\/720\/sketch\.webp" alt="tiny" loading="lazy"/);
  });

  it("never read a file outside public/, however the path is escaped", async () => {
    const outside = path.join(publicDir, "..", `${path.basename(publicDir)}-secret.jpg`);
    await sharp({ create: { width: 50, height: 50, channels: 3, background: "#000" } }).jpeg().toFile(outside);
    try {
      const { html, photos } = await renderArticle(`![x](/images/%2e%2e/%2e%2e/${path.basename(outside)})\n`, { publicDir });
      expect(photos).toEqual([]);
      expect(html).toContain(`<img src="/images/%2e%2e/%2e%2e/${path.basename(outside)}" alt="x" loading="lazy" decoding="async">`);
    } finally {
      rmSync(outside, { force: true });
    }
  });

  it("records every photograph, so that the build makes its files", async () => {
    const { photos } = await renderArticle("![a](/images/sketch.png)\n\n![b](/images/Bezel%20Ring.jpg)\n\n![missing](/images/none.jpg)\n", { publicDir });
    expect(photos.map(({ src, width, height }) => ({ src, width, height }))).toEqual([
      { src: "/images/sketch.png", width: 800, height: 600 },
      { src: "/images/Bezel%20Ring.jpg", width: 3000, height: 2000 },
    ]);
  });
});

describe("tall photographs in the text", () => {
  const figureTag = (html: string) => /<figure[^>]*>/.exec(html)?.[0];
  const sizesOf = (html: string) => [...html.matchAll(/ sizes="([^"]*)"/g)].map((match) => match[1]);

  it("are never higher than 85% of the screen: the figure as wide as the picture is then, the caption under it, the size still reserved", async () => {
    const html = await render('![A sapphire ring on a hand](/images/on-hand.jpg "On the hand it was made for")\n');
    // 85 × 2/3 = 56.67 hundredths of the screen's height; `vh` for a browser that does not know `svh`.
    expect(figureTag(html)).toBe('<figure class="photo" style="max-width:56.67vh;max-width:56.67svh">');
    expect(sizesOf(html)).toEqual(["(min-width: 768px) min(684px, 56.67vh), min(calc(100vw - 45px), 56.67vh)"]);
    expect(html).toContain('alt="A sapphire ring on a hand" loading="eager" decoding="async" srcset=');
    expect(html).toContain('width="800" height="1200"');
    expect(html).toMatch(/<figcaption>On the hand it was made for<\/figcaption><\/figure>$/);
  });

  it("follow their own shape: a 3:4 picture and a square are capped too, one a pixel wider than high is not", async () => {
    const three = await render("![A ring box](/images/ring-box.jpg)\n");
    expect(figureTag(three)).toBe('<figure class="photo" style="max-width:63.75vh;max-width:63.75svh">');
    expect(sizesOf(three)).toEqual(["(min-width: 768px) min(684px, 63.75vh), min(calc(100vw - 45px), 63.75vh)"]);
    const square = await render("![A signet ring from above](/images/square.jpg)\n");
    expect(figureTag(square)).toBe('<figure class="photo" style="max-width:85vh;max-width:85svh">');
    expect(sizesOf(square)).toEqual(["(min-width: 768px) min(684px, 85vh), min(calc(100vw - 45px), 85vh)"]);
    const wide = await render("![A signet ring from the side](/images/nearly-square.jpg)\n");
    expect(figureTag(wide)).toBe('<figure class="photo">');
    expect(sizesOf(wide)).toEqual(["(min-width: 768px) 684px, calc(100vw - 45px)"]);
  });

  it("in a gallery are capped the same way, beside a landscape picture that keeps the gallery's widths", async () => {
    const html = await render('![On the hand](/images/on-hand.jpg "On the hand")\n![From the front](/images/Bezel%20Ring.jpg "From the front")\n');
    expect([...html.matchAll(/<figure[^>]*>/g)].map(([tag]) => tag)).toEqual(['<figure class="photo" style="max-width:56.67vh;max-width:56.67svh">', '<figure class="photo">']);
    expect(sizesOf(html)).toEqual(["(min-width: 768px) min(350px, 56.67vh), min(80vw, 56.67vh)", "(min-width: 768px) 350px, 80vw"]);
  });

  it("keep their full-size view as it was: the whole file's shape, opened on demand", async () => {
    const html = await render("![A sapphire ring on a hand](/images/on-hand.jpg)\n");
    expect(html).toMatch(new RegExp(`<div class="photo-full" id="full-size-1" popover="auto" role="dialog" aria-label="A sapphire ring on a hand \\(full size\\)"><img src="/img/${HASH}/800/on-hand\\.webp" alt="A sapphire ring on a hand" width="800" height="1200" loading="lazy" decoding="async">`));
  });
});

describe("photographs as authors actually write them", () => {
  it("leave a picture written with a relative path (no leading `/`) as written, with no variants", async () => {
    expect(await render("![A ring](images/sketch.png)\n")).toBe('<figure class="photo"><img src="images/sketch.png" alt="A ring" loading="lazy" decoding="async"></figure>');
  });

  it("make a gallery of pictures written one to a line with line breaks between them", async () => {
    const html = await render("![Front](/images/sketch.png)\\\n![Side](/images/sketch.png)  \n![Back](/images/sketch.png)\n");
    expect(html).toMatch(/^<ul class="gallery" role="list" aria-label="Gallery of 3 photographs"><li><figure class="photo">/);
    expect(html).not.toContain("<br>");
  });

  it("let the opening picture load at once after an empty spacer paragraph (`<p>&nbsp;</p>`)", async () => {
    const html = await render("<p>&nbsp;</p>\n\n![A ring](/images/sketch.png)\n");
    expect(html).toMatch(/^<p>\u00a0<\/p>\n<figure class="photo"><button type="button" class="photo-open" popovertarget="full-size-1"><img src="[^"]+" alt="A ring" loading="eager"/);
  });

  it("give the full-size view of a picture written in HTML without alt an empty description, never a made-up one", async () => {
    const html = await render('<p><img src="/images/sketch.png"></p>\n');
    expect(html).toMatch(new RegExp(`<div class="photo-full" id="full-size-1" popover="auto" role="dialog" aria-label=" \\(full size\\)"><img src="/img/${HASH}/800/sketch\\.webp" alt="" width="800"`));
    expect(html).toContain('Full size<span class="sr-only">: </span></a></figure>');
  });

  it("trim the spaces around a caption, and show none for a title of spaces", async () => {
    expect(await render('![A ring](/images/sketch.png "  On the bench  ")\n')).toMatch(/<figcaption>On the bench<\/figcaption><\/figure>$/);
    expect(await render('![A ring](/images/sketch.png " ")\n')).not.toContain("figcaption");
  });

  it("open the article after up to 160 characters of text, and not after 161", async () => {
    // 160 characters: the opening text's limit, exactly.
    const words = "The ring was drawn on paper first, then carved in wax, cast in silver, filed and polished by hand over three long afternoons at the bench, by the north windows.";
    expect(words).toHaveLength(160);
    const loading = async (markdown: string) => /loading="(\w+)"/.exec(await render(markdown))?.[1];
    expect(await loading(`${words}\n\n![A ring](/images/sketch.png)\n`)).toBe("eager");
    expect(await loading(`${words}!\n\n![A ring](/images/sketch.png)\n`)).toBe("lazy");
  });

  it("leave a picture in the author's own HTML block (`<div>`) in its place, with variants but no figure", async () => {
    const html = await render('<div>\n<img src="/images/sketch.png" alt="A ring">\n</div>\n');
    expect(html).toMatch(new RegExp(`^<div>\\n<img src="/img/${HASH}/720/sketch\\.webp" alt="A ring" loading="lazy" decoding="async" srcset="[^"]+" sizes="\\(min-width: 768px\\) 684px, calc\\(100vw - 45px\\)" width="800" height="600" class="photo-clear">\\n</div>$`));
  });
});
