import { describe, expect, it } from "vitest";
import type { BenchArticle } from "../../scripts/bench-content";
import type { BuildRun } from "../../scripts/bench/build";
import { fontFileNames, googleCss, mockedResponsesModule } from "../../scripts/bench/peers/google-fonts-mock";
import { peerDir, peerDirs } from "../../scripts/bench/peers/peer-dirs";
import { parsePeerBenchOptions, parseServeBenchOptions } from "../../scripts/bench/peers/peer-options";
import { astroPost, starterPost } from "../../scripts/bench/peers/peer-posts";
import { imageRow, marginalMs, ratioRow, startRows, type Round } from "../../scripts/bench/peers/peer-report";
import { prerenderedKind } from "../../scripts/bench/page-timeline";
import type { Throughput } from "../../scripts/bench/throughput";

const article: BenchArticle = {
  slug: "journal-entry-4",
  title: "Notes from the Bench, Number 4: Gold and Care",
  description: "Pearls are soft. Entry 4 of the studio journal.",
  date: "2015-01-04",
  author: "maren-holt",
  tags: ["gold", "pearls"],
  draft: false,
  cover: { src: "/images/covers/gold-karats.jpg", alt: "A ring" },
  body: "Gold is soft.\n\n## At the bench 1\n\n![A tree](/images/articles/wax-tree.jpg)\n",
};

describe("the same article in each peer's format", () => {
  it("gives the blog starter its frontmatter fields and the same body", () => {
    expect(starterPost(article, { name: "Maren Holt", picture: "/images/logo.png" }, "/images/covers/chain-lengths.jpg")).toBe(`---
title: "Notes from the Bench, Number 4: Gold and Care"
excerpt: Pearls are soft. Entry 4 of the studio journal.
coverImage: /images/covers/gold-karats.jpg
date: "2015-01-04"
author:
  name: Maren Holt
  picture: /images/logo.png
ogImage:
  url: /images/covers/gold-karats.jpg
---

Gold is soft.

## At the bench 1

![A tree](/images/articles/wax-tree.jpg)
`);
  });

  it("gives the starter a cover for an article without one, since it shows one on every post", () => {
    const text = starterPost({ ...article, cover: undefined }, { name: "Maren Holt", picture: "/p.jpg" }, "/images/covers/chain-lengths.jpg");
    expect(text).toContain("coverImage: /images/covers/chain-lengths.jpg\n");
    expect(text).toContain("ogImage:\n  url: /images/covers/chain-lengths.jpg\n");
  });

  it("gives Astro its schema's fields, the cover as a heroImage relative to the post", () => {
    expect(astroPost(article)).toBe(`---
title: "Notes from the Bench, Number 4: Gold and Care"
description: Pearls are soft. Entry 4 of the studio journal.
pubDate: "2015-01-04"
heroImage: ../../assets/covers/gold-karats.jpg
---

Gold is soft.

## At the bench 1

![A tree](/images/articles/wax-tree.jpg)
`);
    expect(astroPost({ ...article, cover: undefined })).not.toContain("heroImage");
  });
});

describe("the blog starter's Google Fonts answer, offline", () => {
  const fontsource = `/* inter-latin-ext-wght-normal */
@font-face {
  font-family: 'Inter Variable';
  font-style: normal;
  font-display: swap;
  font-weight: 100 900;
  src: url(./files/inter-latin-ext-wght-normal.woff2) format('woff2-variations');
  unicode-range: U+0100-02BA;
}

/* inter-latin-wght-normal */
@font-face {
  font-family: 'Inter Variable';
  font-style: normal;
  font-display: swap;
  font-weight: 100 900;
  src: url(./files/inter-latin-wght-normal.woff2) format('woff2-variations');
  unicode-range: U+0000-00FF;
}
`;

  it("names each block's subset as Google does, keeps the family's name and points at the loopback server", () => {
    expect(googleCss(fontsource, "Inter", "http://127.0.0.1:4704")).toBe(`/* latin-ext */
@font-face {
  font-family: 'Inter';
  font-style: normal;
  font-display: swap;
  font-weight: 100 900;
  src: url(http://127.0.0.1:4704/inter-latin-ext-wght-normal.woff2) format('woff2');
  unicode-range: U+0100-02BA;
}

/* latin */
@font-face {
  font-family: 'Inter';
  font-style: normal;
  font-display: swap;
  font-weight: 100 900;
  src: url(http://127.0.0.1:4704/inter-latin-wght-normal.woff2) format('woff2');
  unicode-range: U+0000-00FF;
}
`);
  });

  it("lists the files to serve and writes the map as a CommonJS module", () => {
    expect(fontFileNames(fontsource)).toEqual(["inter-latin-ext-wght-normal.woff2", "inter-latin-wght-normal.woff2"]);
    expect(mockedResponsesModule({ "https://fonts.googleapis.com/css2?family=Inter": "/* latin */" })).toBe(
      'module.exports = {\n  "https://fonts.googleapis.com/css2?family=Inter": "/* latin */"\n};\n',
    );
  });
});

const build = (wallSeconds: number, cpuSeconds = wallSeconds * 2, ok = true): BuildRun => ({
  ok,
  wallSeconds,
  cpuSeconds,
  peakRssBytes: 1.5e9,
  peakPssBytes: 1.2e9,
  peakProcesses: [],
  peakAtSeconds: 0,
  phases: {},
  logFile: "/tmp/build.log",
});

describe("the side-by-side figures against issue 15's floor", () => {
  const rounds: Round[] = [
    { ours: build(60), starter: build(50), oursAgain: build(70), astro: build(40) },
    { ours: build(40), starter: build(50), oursAgain: build(50), astro: build(45) },
  ];

  it("divides this site's mean time by the starter's from the same rounds, and judges it against 1.00×", () => {
    expect(ratioRow(1000, rounds, "starter")).toEqual({
      measure: "cold build, N = 1,000: this site ÷ the blog starter, same run",
      value: "55.0 s vs 50.0 s wall = 1.10× (round 1 1.30×, round 2 0.90×); CPU time 1.10×",
      target: "≤ 1.00×",
      met: false,
    });
    const faster = rounds.map((round) => ({ ...round, starter: build(80) }));
    expect(ratioRow(1000, faster, "starter").met).toBe(true);
  });

  it("does not judge a comparison where a build failed", () => {
    const failed = [{ ...rounds[0], starter: build(50, 100, false) } as Round];
    expect(ratioRow(1000, failed, "starter")).toMatchObject({ value: "n/a (a build failed)", met: false });
  });

  it("reports Astro beside it without a target", () => {
    expect(ratioRow(1000, rounds, "astro")).toEqual({
      measure: "cold build, N = 1,000: this site ÷ Astro, same run",
      value: "55.0 s vs 42.5 s wall = 1.29× (round 1 1.63×, round 2 1.00×); CPU time 1.29×",
      target: "",
    });
  });

  it("takes the marginal cost from the mean of the small builds to the large one", () => {
    // (150 s - 55 s) / 4,000 articles = 23.75 ms.
    expect(marginalMs([build(60), build(70), build(40), build(50)], build(150), { size: 1000, largeSize: 5000 })).toBeCloseTo(23.75);
  });

  const load = (requestsPerSecond: number, errors = 0): Throughput => ({ requestsPerSecond, p50Ms: 5, p99Ms: 20, errors, non2xx: 0 });

  it("compares plain next start's requests/s with the starter's, loads taken in turns", () => {
    const [ours, starter] = startRows(1000, { ours: [load(1200), load(1000)], starter: [load(1000), load(1000)] });
    expect(ours).toEqual({
      measure: "plain next start, article page, gzip, N = 1,000: this site",
      value: "1,100 req/s (loads: 1,200 / 1,000), p99 20.0 ms, 0 errors or non-2xx; 110% of the starter's",
      target: "≥ the starter's req/s, 0 errors",
      met: true,
    });
    expect(starter?.value).toBe("1,000 req/s (loads: 1,000 / 1,000), p99 20.0 ms, 0 errors or non-2xx");
    expect(startRows(1000, { ours: [load(1200, 3)], starter: [load(1000)] })[0]?.met).toBe(false);
    // Each load says how busy the shared machine was when it began.
    const [busy] = startRows(100, { ours: [{ ...load(300), loadAverage: 9.34 }, { ...load(500), loadAverage: 2 }], starter: [load(400)] });
    expect(busy?.value).toBe("400 req/s (loads: 300 at load 9.3 / 500 at load 2.0), p99 20.0 ms, 0 errors or non-2xx; 100% of the starter's");
    expect(startRows(1000, { ours: [load(900)], starter: [load(1000)] })[0]?.met).toBe(false);
  });
});

describe("bench:peers options", () => {
  it("defaults to 1,000 and 5,000 articles, two rounds, ports from 4700", () => {
    expect(parsePeerBenchOptions([])).toEqual({ size: 1000, largeSize: 5000, rounds: 2, duration: 15, connections: 32, port: 4700, skipServe: false, keep: false });
  });

  it("says what is wrong with a bad option", () => {
    expect(parsePeerBenchOptions(["--sizes", "5000,1000"])).toBe("--sizes takes two whole numbers, the smaller first, like 1000,5000");
    expect(parsePeerBenchOptions(["--rounds", "0"])).toBe("--rounds takes a whole number, like 2");
  });

  it("bench:serve defaults to 100 articles, three turns, ports from 4700, and refuses nonsense", () => {
    expect(parseServeBenchOptions([])).toEqual({ size: 100, turns: 3, duration: 15, connections: 32, port: 4700, keep: false });
    expect(parseServeBenchOptions(["--size", "20", "--turns", "1", "--port", "3900"])).toMatchObject({ size: 20, turns: 1, port: 3900 });
    expect(parseServeBenchOptions(["--size", "0"])).toBe("--size takes a whole number of articles, like 100");
    expect(parseServeBenchOptions(["--turns", "1.5"])).toBe("--turns takes a whole number, like 3");
  });

  it("bench:serve needs only the starter", () => {
    expect(peerDir(undefined, "starter")).toEqual({ missing: expect.stringMatching(/^PEERS_DIR is not set/) as string });
    expect(peerDir("/nonexistent-peers", "starter")).toEqual({ missing: "/nonexistent-peers/blog-starter/node_modules/next/dist/bin/next is missing: make /nonexistent-peers/blog-starter and run npm ci there (docs/benchmarks.md)" });
  });

  it("needs PEERS_DIR and both peers installed in it", () => {
    expect(peerDirs(undefined)).toMatch(/^PEERS_DIR is not set/);
    expect(peerDirs("/nonexistent-peers")).toBe("/nonexistent-peers/blog-starter/node_modules/next/dist/bin/next is missing: make /nonexistent-peers/blog-starter and run npm ci there (docs/benchmarks.md)");
  });
});

describe("image encoding in this site's build", () => {
  it("recognises a resized cover among the prerendered files", () => {
    expect(prerenderedKind("img/720/images/covers/gold-karats.jpg.webp.body")).toBe("image variant");
    expect(prerenderedKind("articles/journal-entry-4.html")).toBe("article");
  });

  it("gives seconds per source image from the time per variant", () => {
    // 36 variants of 4 sources at 9 widths, 50 ms each: 0.45 s per source image.
    expect(imageRow(1000, { kind: "image variant", files: 36, msEach: 50 }, 9).value).toBe("36 variants of 4 source images, 50.0 ms each = 0.45 s per source image (9 widths)");
  });
});
