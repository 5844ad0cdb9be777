import { describe, expect, it } from "vitest";
import { pageStylesheets } from "@/lib/build/critical-css.mjs";

/* The stylesheet each page holds inside it: only the rules it can match (lib/build/critical-css.mjs). */
const HREF = "/_next/static/css/site.css";
const FACE = '@font-face{font-family:Body;src:url(../media/body.woff2) format("woff2")}';

describe("a page's own stylesheet", () => {
  // Made in each test, not while the file is read: a step that throws then fails that test, not the whole file unseen.
  const forPage = (html: string) => pageStylesheets([[HREF, `${FACE}.card{color:red}.unused{color:blue}p{margin:0}:focus-visible{outline:2px solid}::selection{background:#ff0}details[open] summary{color:green}@media (prefers-color-scheme:dark){.card{color:white}.unused{color:black}}`]])(html);

  it("keeps the rules the page can match, the font faces whole, and the rules for focus, selection and opened details", () => {
    expect(forPage('<html><body><p class="card">Hi</p></body></html>')(HREF)).toBe(
      '@font-face{font-family:Body;src:url(/_next/static/media/body.woff2) format("woff2")}.card{color:red}p{margin:0}:focus-visible{outline:2px solid}::selection{background:#ff0}details[open] summary{color:green}@media (prefers-color-scheme:dark){.card{color:white}}',
    );
  });

  it("is none for a stylesheet the build does not have", () => {
    expect(forPage("<html><body></body></html>")("/_next/static/css/other.css")).toBeUndefined();
  });

  it("resolves relative urls against the stylesheet's address, and leaves absolute ones, fragments and quotes as written", () => {
    const css = '.hero{background:url("../media/hero.png")}.logo{background:url(/logo.png)}.x{background:url(https://cdn.example/x.png)}.y{mask:url(#m)}.z{background:url(\'z.png?v=1#a\')}';
    expect(pageStylesheets([[HREF, css]])('<html><body><p class="hero logo x y z"></p></body></html>')(HREF)).toBe(
      '.hero{background:url("/_next/static/media/hero.png")}.logo{background:url(/logo.png)}.x{background:url(https://cdn.example/x.png)}.y{mask:url(#m)}.z{background:url(\'/_next/static/css/z.png?v=1#a\')}',
    );
  });
});

describe("a stylesheet the step cannot cut", () => {
  it("fails the build: a font face inside another rule, or a selector it cannot read", () => {
    expect(() => pageStylesheets([["/a.css", "@media print{@font-face{font-family:X;src:url(x.woff)}}"]])).toThrow("/a.css: a @font-face inside another rule");
    expect(() => pageStylesheets([["/a.css", "a:::b{color:red} p{}"]])).toThrow("/a.css: selectors the critical-CSS step cannot read:\n  a:");
  });
});
