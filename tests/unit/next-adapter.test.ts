import { fstatSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { AdapterOutput, NextAdapter } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import loadConfig from "next/dist/server/config";
import { AdapterOutputType } from "next/dist/shared/lib/constants";
import { afterEach, describe, expect, it, vi } from "vitest";
import adapter, { exportedPathname } from "@/lib/build/next-adapter.mjs";
import { stripPages } from "@/lib/build/next-adapter-pages.mjs";

/*
 * The build adapter's last steps of `next build` (lib/build/next-adapter.mjs), called as Next.js
 * calls them, over a project folder made here: the zero-JavaScript check on the client reference
 * manifests, which pages lose the runtime, and the search index step. The pages are small ones with
 * the shapes lib/build/page-runtime.mjs acts on; that the real build's pages get the right scripts is
 * tests/e2e/zero-javascript.spec.ts's job. The project's scripts/build-search-index.ts is a stand-in
 * that writes down the folder it was given (or fails): the adapter runs whatever that file is.
 */
type Build = Parameters<NonNullable<NextAdapter["onBuildComplete"]>>[0];

// Each build starts a page-rewriting thread and a Node.js process for the index step: slow on a loaded machine.
const BUILD_TIMEOUT = 180_000;

const SHEET = "/_next/static/chunks/site.css";
const CSS = ".title{color:red}.unused{color:blue}";
/** A prerendered page as Next.js writes it: a stylesheet link, script hints, the runtime, the inlined payload. */
const page = (title: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="${SHEET}" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/turbopack-main.js"/><script src="/_next/static/chunks/main.js" async=""></script></head><body><h1 class="title">${title}</h1><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"0:[]"])</script></body></html>`;
/** The same page once the runtime is gone and the rules it uses are inline. */
const stripped = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><style data-precedence="next" data-href="${SHEET}">.title{color:red}</style></head><body><h1 class="title">${title}</h1></body></html>`;

// Also writes down its standard output's file, to tell whether it writes to the build's own output.
const INDEX_STEP = `import { fstatSync, writeFileSync } from "node:fs";
writeFileSync("index-step.json", JSON.stringify(process.argv.slice(2)));
writeFileSync("index-step-output.json", JSON.stringify(fstatSync(1).ino));
`;

const projects: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(projects.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function write(file: string, text: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

/** A project folder whose index step is the stand-in, with the packages the adapter runs it with (tsx). */
async function project(indexStep = INDEX_STEP): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "next-adapter-"));
  projects.push(dir);
  await symlink(path.resolve("node_modules"), path.join(dir, "node_modules"));
  await write(path.join(dir, "scripts", "build-search-index.ts"), indexStep);
  return dir;
}

/** The folders the index step was given, or undefined when it did not run. */
async function indexStepRun(dir: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path.join(dir, "index-step.json"), "utf8"));
  } catch {
    return undefined;
  }
}

type Outputs = Partial<Pick<Build["outputs"], "appPages" | "prerenders" | "staticFiles">>;

/** What `next build` hands the adapter, with the project's config as Next.js loads it. */
async function buildOf(projectDir: string, outputs: Outputs, config: object = {}): Promise<Build> {
  const loaded = await loadConfig(PHASE_PRODUCTION_BUILD, projectDir, { customConfig: config });
  return {
    routing: {
      beforeMiddleware: [],
      middlewareMatchers: [],
      beforeFiles: [],
      afterFiles: [],
      dynamicRoutes: [],
      onMatch: [],
      fallback: [],
      shouldNormalizeNextData: false,
      rsc: {
        header: "rsc",
        didPostponeHeader: "x-nextjs-postponed",
        contentTypeHeader: "text/x-component",
        varyHeader: "rsc",
        prefetchHeader: "next-router-prefetch",
        suffix: ".rsc",
        prefetchSegmentHeader: "next-router-segment-prefetch",
        prefetchSegmentDirSuffix: ".segments",
        prefetchSegmentSuffix: ".segment.rsc",
        clientParamParsing: false,
        clientParamParsingOrigins: undefined,
        dynamicRSCPrerender: false,
      },
    },
    outputs: { pages: [], pagesApi: [], appRoutes: [], appPages: [], prerenders: [], staticFiles: [], ...outputs },
    projectDir,
    repoRoot: projectDir,
    distDir: path.join(projectDir, loaded.distDir),
    config: loaded,
    nextVersion: "16.0.0",
    buildId: "test-build",
  };
}

async function onBuildComplete(build: Build): Promise<void> {
  if (!adapter.onBuildComplete) throw new Error("the adapter has no onBuildComplete");
  await adapter.onBuildComplete(build);
}

/** An App Router page's server bundle, beside it the client reference manifest naming `modules`. */
async function appPage(distDir: string, pathname: string, sourcePage: string, modules: string[]): Promise<AdapterOutput["APP_PAGE"]> {
  const filePath = path.join(distDir, "server", "app", `${sourcePage}.js`);
  const clientModules = Object.fromEntries(modules.map((module) => [module, { id: 1, name: "*", chunks: [], async: false }]));
  await write(
    filePath.replace(/\.js$/, "_client-reference-manifest.js"),
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(sourcePage)}] = ${JSON.stringify({ moduleLoading: { prefix: "" }, clientModules })};\n`,
  );
  return { id: sourcePage, type: AdapterOutputType.APP_PAGE, filePath, pathname, sourcePage, runtime: "nodejs", assets: {}, assetsHashes: {}, config: {} };
}

function prerender(pathname: string, filePath: string | undefined, fallback = true): AdapterOutput["PRERENDER"] {
  return {
    id: pathname,
    pathname,
    type: AdapterOutputType.PRERENDER,
    parentOutputId: pathname,
    groupId: 1,
    route: pathname,
    ...(fallback ? { fallback: { filePath, postponedState: undefined } } : {}),
    config: {},
  };
}

async function staticFile(distDir: string, pathname: string, text: string): Promise<AdapterOutput["STATIC_FILE"]> {
  const filePath = await write(path.join(distDir, pathname.replace(/^\/_next\//, "")), text);
  return { id: pathname, filePath, pathname, type: AdapterOutputType.STATIC_FILE, immutableHash: undefined };
}

/** The build's stylesheet, and a script beside it that is no stylesheet. */
async function staticFiles(distDir: string): Promise<AdapterOutput["STATIC_FILE"][]> {
  return [await staticFile(distDir, SHEET, CSS), await staticFile(distDir, "/_next/static/chunks/main.js", "console.log(1)")];
}

const NEXT_ONLY = ["[project]/node_modules/next/dist/esm/client/components/layout-router.js", "[project]/node_modules/next/dist/client/components/builtin/global-error.js"];

describe("a page outside the declared client routes that renders our client components", () => {
  it(
    "fails the build naming the page and the components, once per page, before any page is rewritten",
    async () => {
      const dir = await project();
      const distDir = path.join(dir, ".next");
      const about = await write(path.join(distDir, "server", "app", "about.html"), page("About"));
      const build = await buildOf(dir, {
        appPages: [
          await appPage(distDir, "/", "/page", NEXT_ONLY),
          await appPage(distDir, "/about", "/about/page", [...NEXT_ONLY, "[project]/components/like-button.tsx <module evaluation>", "[project]/components/like-button.tsx"]),
          await appPage(distDir, "/about.rsc", "/about/page", ["[project]/components/like-button.tsx"]),
          await appPage(distDir, "/tags/[tag]", "/tags/[tag]/page", ["[project]/components/tag-cloud.tsx", "[project]/app/tags/[tag]/filter.tsx"]),
          await appPage(distDir, "/search", "/search/page", [...NEXT_ONLY, "[project]/app/search/error.tsx", "[project]/components/search-box.tsx"]),
        ],
        prerenders: [prerender("/about", about)],
        staticFiles: await staticFiles(distDir),
      });
      await expect(onBuildComplete(build)).rejects.toThrow(
        new Error(
          "Zero JavaScript: only /search may ship client components (lib/client-routes.mjs), but\n  app/about/page renders components/like-button.tsx\n  app/tags/[tag]/page renders app/tags/[tag]/filter.tsx, components/tag-cloud.tsx\nMake those components server components, or declare the route.",
        ),
      );
      expect(await readFile(about, "utf8")).toBe(page("About"));
      expect(await indexStepRun(dir)).toBeUndefined();
    },
    BUILD_TIMEOUT,
  );

  it(
    "lets the build pass when the other pages name only Next.js's own modules and our components are on /search",
    async () => {
      const dir = await project();
      const distDir = path.join(dir, ".next");
      const build = await buildOf(dir, {
        appPages: [
          await appPage(distDir, "/", "/page", NEXT_ONLY),
          await appPage(distDir, "/about", "/about/page", NEXT_ONLY),
          // Its manifest is found beside the page's bundle, though its folder's name holds `.js` too.
          await appPage(distDir, "/guides/next.js", "/guides/next.js/page", NEXT_ONLY),
          await appPage(distDir, "/search", "/search/page", [...NEXT_ONLY, "[project]/app/search/error.tsx", "[project]/components/search-box.tsx <module evaluation>"]),
        ],
      });
      await onBuildComplete(build);
      expect(await indexStepRun(dir)).toEqual([path.join(distDir, "search-index")]);
    },
    BUILD_TIMEOUT,
  );
});

describe("the pages that lose the runtime after `next build`", () => {
  it(
    "are the prerendered HTML pages outside the declared routes; the client routes, other files and outputs without a file keep theirs",
    async () => {
      const dir = await project();
      const distDir = path.join(dir, ".next-test");
      const app = path.join(distDir, "server", "app");
      const home = await write(path.join(app, "index.html"), page("Home"));
      const article = await write(path.join(app, "articles", "first.html"), page("First"));
      const search = await write(path.join(app, "search.html"), page("Search"));
      const searchPage = await write(path.join(app, "search", "page", "2.html"), page("Search 2"));
      const payload = await write(path.join(app, "articles", "first.rsc"), "0:[]");
      const feed = await write(path.join(app, "feed.xml.body"), "<rss><channel><title>Journal</title></channel></rss>");
      const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
      const build = await buildOf(
        dir,
        {
          prerenders: [
            prerender("/", home),
            prerender("/articles/first", article),
            prerender("/articles/first.rsc", payload),
            prerender("/search", search),
            prerender("/search/page/2", searchPage),
            prerender("/feed.xml", feed),
            prerender("/articles/[slug]", undefined),
            prerender("/tags/[tag]", undefined, false),
          ],
          staticFiles: await staticFiles(distDir),
        },
        { distDir: ".next-test" },
      );
      await onBuildComplete(build);
      expect(await readFile(home, "utf8")).toBe(stripped("Home"));
      expect(await readFile(article, "utf8")).toBe(stripped("First"));
      expect(await readFile(search, "utf8")).toBe(page("Search"));
      expect(await readFile(searchPage, "utf8")).toBe(page("Search 2"));
      expect(await readFile(payload, "utf8")).toBe("0:[]");
      expect(await readFile(feed, "utf8")).toBe("<rss><channel><title>Journal</title></channel></rss>");
      expect(log).toHaveBeenCalledWith("Zero JavaScript: removed the client runtime from 2 pages; kept it on /search.");
      expect(await indexStepRun(dir)).toEqual([path.join(distDir, "search-index")]);
    },
    BUILD_TIMEOUT,
  );

  it(
    "fail the build when one cannot be rewritten, naming its file, once the search index built alongside has ended",
    async () => {
      const dir = await project();
      const distDir = path.join(dir, ".next");
      const bad = await write(path.join(distDir, "server", "app", "about.html"), page("About").replace("</body>", "<script>alert(1)</script></body>"));
      const build = await buildOf(dir, { prerenders: [prerender("/about", bad)], staticFiles: await staticFiles(distDir) });
      await expect(onBuildComplete(build)).rejects.toThrow(new Error("about.html: a script that is neither Next.js's runtime nor structured data: <script>alert(1)</script>"));
      expect(await indexStepRun(dir)).toEqual([path.join(distDir, "search-index")]);
    },
    BUILD_TIMEOUT,
  );

  it(
    "fail the build naming the page that cannot be rewritten when the search index fails too",
    async () => {
      const dir = await project("process.exit(3);\n");
      const distDir = path.join(dir, ".next");
      const bad = await write(path.join(distDir, "server", "app", "about.html"), page("About").replace("</body>", "<script>alert(1)</script></body>"));
      const build = await buildOf(dir, { prerenders: [prerender("/about", bad)], staticFiles: await staticFiles(distDir) });
      await expect(onBuildComplete(build)).rejects.toThrow(new Error("about.html: a script that is neither Next.js's runtime nor structured data: <script>alert(1)</script>"));
    },
    BUILD_TIMEOUT,
  );
});

describe('the pages that lose the runtime with `output: "export"`', () => {
  /** The static copy: pages, a declared route, Next.js's own files and a feed. */
  async function exported(folder: string) {
    return {
      home: await write(path.join(folder, "index.html"), page("Home")),
      about: await write(path.join(folder, "about.html"), page("About")),
      tags: await write(path.join(folder, "tags", "index.html"), page("Tags")),
      notFound: await write(path.join(folder, "404.html"), page("Not found")),
      search: await write(path.join(folder, "search.html"), page("Search")),
      searchIndex: await write(path.join(folder, "search", "index.html"), page("Search")),
      own: await write(path.join(folder, "_next", "static", "media", "frame.html"), page("Frame")),
      feed: await write(path.join(folder, "feed.xml"), "<rss></rss>"),
    };
  }

  it(
    "are the HTML files of out/ when distDir is .next, but the declared routes and Next.js's own files; the index goes to out/pagefind",
    async () => {
      const dir = await project();
      const files = await exported(path.join(dir, "out"));
      await onBuildComplete(await buildOf(dir, { staticFiles: await staticFiles(path.join(dir, ".next")) }, { output: "export" }));
      expect(await readFile(files.home, "utf8")).toBe(stripped("Home"));
      expect(await readFile(files.about, "utf8")).toBe(stripped("About"));
      expect(await readFile(files.tags, "utf8")).toBe(stripped("Tags"));
      expect(await readFile(files.notFound, "utf8")).toBe(stripped("Not found"));
      expect(await readFile(files.search, "utf8")).toBe(page("Search"));
      expect(await readFile(files.searchIndex, "utf8")).toBe(page("Search"));
      expect(await readFile(files.own, "utf8")).toBe(page("Frame"));
      expect(await readFile(files.feed, "utf8")).toBe("<rss></rss>");
      expect(await indexStepRun(dir)).toEqual([path.join(dir, "out", "pagefind")]);
    },
    BUILD_TIMEOUT,
  );

  it(
    "are those of distDir when it is set, and the index goes to its pagefind folder",
    async () => {
      const dir = await project();
      const files = await exported(path.join(dir, "site"));
      const stale = await write(path.join(dir, "out", "about.html"), page("Old about"));
      await onBuildComplete(await buildOf(dir, { staticFiles: await staticFiles(path.join(dir, "site")) }, { output: "export", distDir: "site" }));
      expect(await readFile(files.about, "utf8")).toBe(stripped("About"));
      expect(await readFile(files.search, "utf8")).toBe(page("Search"));
      expect(await readFile(stale, "utf8")).toBe(page("Old about"));
      expect(await indexStepRun(dir)).toEqual([path.join(dir, "site", "pagefind")]);
    },
    BUILD_TIMEOUT,
  );

  it("are served at the path of their file, an index.html at its folder's", () => {
    const out = "/site/out";
    expect(exportedPathname(out, "/site/out/index.html")).toBe("/");
    expect(exportedPathname(out, "/site/out/about.html")).toBe("/about");
    expect(exportedPathname(out, "/site/out/tags/index.html")).toBe("/tags");
    expect(exportedPathname(out, "/site/out/search/index.html")).toBe("/search");
    expect(exportedPathname(out, "/site/out/tags/pearl-index.html")).toBe("/tags/pearl-index");
    expect(exportedPathname(out, "/site/out/searchindex.html")).toBe("/searchindex");
    expect(exportedPathname(out, "/site/out/page/2.html")).toBe("/page/2");
    // Only the end of the name counts.
    expect(exportedPathname(out, "/site/out/notes/index.html.html")).toBe("/notes/index.html");
    expect(exportedPathname(out, "/site/out/v2.html-notes.html")).toBe("/v2.html-notes");
  });
});

describe("a page losing the runtime", () => {
  it("keeps its modification time, holds the rules it uses inline and no script, and leaves no other file", async () => {
    const dir = await project();
    const file = await write(path.join(dir, "pages", "about.html"), page("About"));
    const made = new Date("2026-11-30T08:15:00Z");
    await utimes(file, made, made);
    await stripPages({ files: [file], css: [[SHEET, CSS]] });
    expect(await readFile(file, "utf8")).toBe(stripped("About"));
    expect((await stat(file)).mtime).toEqual(made);
    expect(await readdir(path.join(dir, "pages"))).toEqual(["about.html"]);
  });

  it("fails the build when it cannot be rewritten, naming its file and leaving it whole; the pages before it are done", async () => {
    const dir = await project();
    const good = await write(path.join(dir, "pages", "about.html"), page("About"));
    const badPage = page("Bad").replace("</body>", "<script>alert(1)</script></body>");
    const bad = await write(path.join(dir, "pages", "bad.html"), badPage);
    await expect(stripPages({ files: [good, bad], css: [[SHEET, CSS]] })).rejects.toThrow(
      new Error("bad.html: a script that is neither Next.js's runtime nor structured data: <script>alert(1)</script>"),
    );
    expect(await readFile(bad, "utf8")).toBe(badPage);
    expect(await readFile(good, "utf8")).toBe(stripped("About"));
    expect((await readdir(path.join(dir, "pages"))).sort()).toEqual(["about.html", "bad.html"]);
  });
});

describe("the search index step", () => {
  it(
    "writes to the build's own output",
    async () => {
      const dir = await project();
      await onBuildComplete(await buildOf(dir, {}));
      expect(JSON.parse(await readFile(path.join(dir, "index-step-output.json"), "utf8"))).toBe(fstatSync(1).ino);
    },
    BUILD_TIMEOUT,
  );

  it(
    "fails the build when it cannot start: here its project folder is gone",
    async () => {
      const dir = await project();
      const build = await buildOf(dir, {});
      await rm(dir, { recursive: true });
      await expect(onBuildComplete(build)).rejects.toThrow(`spawn ${process.execPath} ENOENT`);
    },
    BUILD_TIMEOUT,
  );

  it(
    "fails the build when it fails",
    async () => {
      const dir = await project("process.exit(3);\n");
      await expect(onBuildComplete(await buildOf(dir, {}))).rejects.toThrow(new Error("the search index could not be built (exit 3)"));
    },
    BUILD_TIMEOUT,
  );
});
