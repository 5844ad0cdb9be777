import { describe, expect, it } from "vitest";
import { rendersClientComponents, withoutClientRuntime } from "@/lib/html/client-runtime.mjs";

/* A prerendered page as Next.js 16 writes it (webpack build), cut down to one of each part. */
const STRUCTURED_DATA = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting"}</script>';
const ARTICLE = '<main id="main"><h1>Living with Pearls</h1><p>Pearls like to be worn.</p></main>';

function page(flight: string, extraScript = ""): string {
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
    '<link rel="preload" href="/_next/static/media/0e4e-s.p.woff2" as="font" crossorigin="" type="font/woff2"/>' +
    '<link rel="stylesheet" href="/_next/static/css/d2a7.css" data-precedence="next"/>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-05fa.js"/>' +
    '<script src="/_next/static/chunks/4bd1-c740.js" async=""></script>' +
    '<script src="/_next/static/chunks/main-app-838e.js" async=""></script>' +
    '<title>Living with Pearls</title>' +
    '<script src="/_next/static/chunks/polyfills-4237.js" noModule=""></script></head>' +
    `<body>${ARTICLE}${STRUCTURED_DATA}` +
    '<script src="/_next/static/chunks/webpack-05fa.js" id="_R_" async=""></script>' +
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
    `<script>self.__next_f.push([1,"${flight}"])</script>${extraScript}</body></html>`
  );
}

const FRAMEWORK_ONLY = String.raw`1:\"$Sreact.fragment\"\n2:I[7121,[],\"\"]\na:I[484,[],\"OutletBoundary\"]\n5:[\"$\",\"h1\",null,{\"children\":\"Living with Pearls \\u003c/script\\u003e\"}]\n`;
const WITH_SEARCH_BOX = String.raw`2:I[7121,[],\"\"]\n14:I[2509,[\"959\",\"static/chunks/app/search/page-8c6a.js\"],\"SearchBox\"]\n`;

describe("withoutClientRuntime", () => {
  it("takes the runtime's chunks, preloads and RSC payload out of a page with nothing to hydrate", () => {
    const html = withoutClientRuntime(page(FRAMEWORK_ONLY));
    expect(html).toBeDefined();
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(html).not.toContain("/_next/static/chunks/");
    expect(html).not.toContain("__next_f");
  });

  it("keeps the content, the stylesheet, the font preloads and the structured data", () => {
    const html = withoutClientRuntime(page(FRAMEWORK_ONLY)) ?? "";
    expect(html).toContain(ARTICLE);
    expect(html).toContain(STRUCTURED_DATA);
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/css/d2a7.css" data-precedence="next"/>');
    expect(html).toContain('as="font"');
    expect(html).toMatch(/^<!DOCTYPE html>.*<\/html>$/s);
  });

  it("leaves a page that renders one of our client components as it is", () => {
    expect(rendersClientComponents(page(WITH_SEARCH_BOX))).toBe(true);
    expect(withoutClientRuntime(page(WITH_SEARCH_BOX))).toBeUndefined();
  });

  it("reads client components in an unescaped payload too (.rsc files)", () => {
    expect(rendersClientComponents('14:I[2509,["959","static/chunks/app/search/page-8c6a.js"],"SearchBox"]')).toBe(true);
    expect(rendersClientComponents('2:I[7121,[],""]\na:I[484,[],"OutletBoundary"]')).toBe(false);
  });

  it("leaves a page with a script it does not know, which might need the runtime to show itself", () => {
    const streamed = page(FRAMEWORK_ONLY, '<script>$RC=function(b,c){};$RC("B:0","S:0")</script>');
    expect(withoutClientRuntime(streamed)).toBeUndefined();
  });
});
