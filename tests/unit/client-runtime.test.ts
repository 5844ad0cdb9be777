import { describe, expect, it } from "vitest";
import { ownClientModuleIds, rendersClientComponents, withoutClientRuntime } from "@/lib/build/client-runtime.mjs";
import { inlineStylesheets, rebaseUrls } from "@/lib/build/inline-stylesheets.mjs";

/* Prerendered pages as Next.js 16 writes them, cut down to one of each part. */
const STRUCTURED_DATA = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting"}</script>';
const ARTICLE = '<main id="main"><h1>Living with Pearls</h1><p>Pearls like to be worn.</p></main>';

function page(flight: string, { turbopack = false, extraScript = "" } = {}): string {
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
    '<link rel="preload" href="/_next/static/media/0e4e-s.p.woff2" as="font" crossorigin="" type="font/woff2"/>' +
    '<link rel="stylesheet" href="/_next/static/css/d2a7.css" data-precedence="next"/>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-05fa.js"/>' +
    '<script src="/_next/static/chunks/4bd1-c740.js" async=""></script>' +
    '<title>Living with Pearls</title>' +
    '<script src="/_next/static/chunks/polyfills-4237.js" noModule=""></script></head>' +
    `<body>${ARTICLE}${STRUCTURED_DATA}` +
    (turbopack
      ? '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0j1w.js"],"runtimeModuleIds":[94553]});</script>'
      : '<script src="/_next/static/chunks/webpack-05fa.js" id="_R_" async=""></script>') +
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
    `<script>self.__next_f.push([1,"${flight}"])</script>${extraScript}</body></html>`
  );
}

/* What the manifests say: the search box is ours, the layout router is Next.js's. */
const OWN_IDS = ownClientModuleIds([
  {
    clientModules: {
      "/work/site/node_modules/next/dist/client/components/layout-router.js": { id: 7121 },
      "/work/site/app/globals.css": { id: 9001 },
      "/work/site/components/search-box.tsx": { id: 2509 },
    },
  },
  { clientModules: { "[project]/node_modules/next/dist/esm/client/components/layout-router.js": { id: 39756 }, "[project]/app/search/error.tsx": { id: "27630" } } },
]);

const FRAMEWORK_ONLY = String.raw`1:\"$Sreact.fragment\"\n2:I[7121,[],\"\"]\nc:I[39756,[\"$e\"],\"default\"]\n5:[\"$\",\"h1\",null,{\"children\":\"Living with Pearls \\u003c/script\\u003e\"}]\n`;
const WITH_SEARCH_BOX = String.raw`2:I[7121,[],\"\"]\n14:I[2509,[\"959\",\"static/chunks/app/search/page-8c6a.js\"],\"SearchBox\"]\n`;

describe("ownClientModuleIds", () => {
  it("keeps the project's client components and leaves out Next.js's and stylesheets", () => {
    expect([...OWN_IDS].sort()).toEqual(["2509", "27630"]);
  });
});

describe("withoutClientRuntime", () => {
  for (const turbopack of [false, true]) {
    const bundler = turbopack ? "Turbopack" : "webpack";
    it(`takes the runtime's chunks, preloads and payload out of a page with nothing to hydrate (${bundler})`, () => {
      const html = withoutClientRuntime(page(FRAMEWORK_ONLY, { turbopack }), OWN_IDS);
      expect(html).toBeDefined();
      expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
      expect(html).not.toContain("/_next/static/chunks/");
      expect(html).not.toContain("__next_f");
      expect(html).not.toContain("TURBOPACK");
    });
  }

  it("keeps the content, the stylesheet, the font preloads and the structured data", () => {
    const html = withoutClientRuntime(page(FRAMEWORK_ONLY), OWN_IDS) ?? "";
    expect(html).toContain(ARTICLE);
    expect(html).toContain(STRUCTURED_DATA);
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/css/d2a7.css" data-precedence="next"/>');
    expect(html).toContain('as="font"');
    expect(html).toMatch(/^<!DOCTYPE html>.*<\/html>$/s);
  });

  it("leaves a page that renders one of our client components as it is", () => {
    expect(rendersClientComponents(page(WITH_SEARCH_BOX), OWN_IDS)).toBe(true);
    expect(withoutClientRuntime(page(WITH_SEARCH_BOX), OWN_IDS)).toBeUndefined();
  });

  it("reads client components in an unescaped payload (.rsc files) and by quoted id", () => {
    expect(rendersClientComponents('14:I[2509,["959","static/chunks/app/search/page-8c6a.js"],"SearchBox"]', OWN_IDS)).toBe(true);
    expect(rendersClientComponents('9:I["27630",["$10"],"default"]', OWN_IDS)).toBe(true);
    expect(rendersClientComponents('2:I[7121,[],""]\na:I[39756,["$e"],"OutletBoundary"]', OWN_IDS)).toBe(false);
  });

  it("leaves a page with a script it does not know, which might need the runtime to show itself", () => {
    const streamed = page(FRAMEWORK_ONLY, { extraScript: '<script>$RC=function(b,c){};$RC("B:0","S:0")</script>' });
    expect(withoutClientRuntime(streamed, OWN_IDS)).toBeUndefined();
  });
});

describe("inlineStylesheets", () => {
  const link = '<link rel="stylesheet" href="/_next/static/chunks/1ggk.css" data-precedence="next"/>';
  const head = (inner: string) => `<!DOCTYPE html><html><head>${inner}<title>t</title></head><body></body></html>`;

  it("puts the build's stylesheet inside the page, marked with its address", () => {
    expect(inlineStylesheets(head(link), () => "main{margin:0}")).toBe(head('<style data-precedence="next" data-href="/_next/static/chunks/1ggk.css">main{margin:0}</style>'));
  });

  it("leaves the link when the file is missing or would end its style element early", () => {
    expect(inlineStylesheets(head(link), () => undefined)).toBe(head(link));
    expect(inlineStylesheets(head(link), () => 'a::after{content:"</style><script>alert(1)</script>"}')).toBe(head(link));
  });
});

describe("rebaseUrls", () => {
  it("resolves relative url()s against the stylesheet's address and leaves the others", () => {
    const css = '@font-face{src:url(../media/serif-s.p.woff2)}a{background:url("./x.png")}b{background:url(\'/images/y.png\')}i{mask:url(data:image/svg+xml;utf8,<svg/>)}u{fill:url(#g)}';
    expect(rebaseUrls(css, "/_next/static/chunks/1ggk.css")).toBe(
      '@font-face{src:url(/_next/static/media/serif-s.p.woff2)}a{background:url("/_next/static/chunks/x.png")}b{background:url(\'/images/y.png\')}i{mask:url(data:image/svg+xml;utf8,<svg/>)}u{fill:url(#g)}',
    );
  });
});
