import { describe, expect, it } from "vitest";
import { withoutRuntime } from "@/lib/build/page-runtime.mjs";

/*
 * The build adapter's step that takes Next.js's runtime out of every page outside the declared
 * client routes (the zero-JavaScript rule), on HTML written here by hand as `next build` writes it.
 */
const SHEET = "/_next/static/chunks/site.css";
const sheets = (href: string) => (href === SHEET ? "p{color:red}" : undefined);
const page = (head: string, body = "") => `<!DOCTYPE html><html><head>${head}</head><body><p>Hi</p>${body}</body></html>`;

describe("a page without Next.js's runtime", () => {
  it("loses the runtime's scripts, its inlined payload and its preload hints, and keeps structured data and other hints", () => {
    const html = page(
      '<link rel="preload" as="script" href="/_next/static/chunks/x.js"><link rel="modulepreload" href="/_next/static/chunks/y.js"><link rel="preload" as="font" href="/_next/static/media/f.woff2"><link rel="preload" as="script" href="https://cdn.example/x.js"><script src="/_next/static/chunks/main.js" async></script>',
      '<script type="application/ld+json">{"a":1}</script><script>self.__next_f.push([1,"x"])</script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script id="_R_">x</script>',
    );
    expect(withoutRuntime(html, sheets)).toBe(
      '<!doctype html><html><head><link rel="preload" as="font" href="/_next/static/media/f.woff2"><link rel="preload" as="script" href="https://cdn.example/x.js"></head><body><p>Hi</p><script type="application/ld+json">{"a":1}</script></body></html>',
    );
  });

  it("loses a hint to prefetch a runtime chunk too: it would download a script the page never runs", () => {
    expect(withoutRuntime(page('<link rel="prefetch" as="script" href="/_next/static/chunks/z.js"><link rel="prefetch" href="/articles/next">'), sheets)).toBe(
      '<!doctype html><html><head><link rel="prefetch" href="/articles/next"></head><body><p>Hi</p></body></html>',
    );
  });

  it("holds its stylesheets inside it, their precedence kept", () => {
    expect(withoutRuntime(page(`<link rel="stylesheet" href="${SHEET}" data-precedence="next">`), sheets)).toBe(
      `<!doctype html><html><head><style data-precedence="next" data-href="${SHEET}">p{color:red}</style></head><body><p>Hi</p></body></html>`,
    );
    expect(withoutRuntime(page(`<link rel="stylesheet" href="${SHEET}">`), sheets)).toBe(`<!doctype html><html><head><style data-href="${SHEET}">p{color:red}</style></head><body><p>Hi</p></body></html>`);
  });

  it("keeps as a link a stylesheet it does not know, a link that is no stylesheet or has no address, and one that would end its style element early", () => {
    const links = `<link rel="stylesheet" href="/_next/static/chunks/other.css"><link rel="icon" href="${SHEET}"><link rel="modulepreload">`;
    expect(withoutRuntime(page(links), sheets)).toBe(`<!doctype html><html><head>${links}</head><body><p>Hi</p></body></html>`);
    const closing = `<link rel="stylesheet" href="${SHEET}">`;
    expect(withoutRuntime(page(closing), () => 'a::after{content:"</STYLE>"}')).toBe(`<!doctype html><html><head>${closing}</head><body><p>Hi</p></body></html>`);
  });

  it("fails the build on a script that is neither the runtime nor structured data, naming it", () => {
    expect(() => withoutRuntime(page("", "<script>alert(1)</script>"), sheets)).toThrow("a script that is neither Next.js's runtime nor structured data: <script>alert(1)</script>");
    expect(() => withoutRuntime(page('<script src="https://cdn.example/x.js"></script>'), sheets)).toThrow('<script src="https://cdn.example/x.js"></script>');
    expect(() => withoutRuntime(page("", "<script>self.__next_fx = 1</script><script>b()</script>"), sheets)).toThrow("<script>self.__next_fx = 1</script>, <script>b()</script>");
    expect(() => withoutRuntime(page("", "<script>let a = self.__next_f</script>"), sheets)).toThrow("let a");
    // A long script is named by its start, so that the build's message stays readable.
    const long = `<script>${"x".repeat(200)}</script>`;
    expect(() => withoutRuntime(page("", long), sheets)).toThrow(new Error(`a script that is neither Next.js's runtime nor structured data: ${long.slice(0, 120)}`));
  });
});
