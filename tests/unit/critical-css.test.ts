import { describe, expect, it } from "vitest";
import { pageStylesheets } from "@/lib/build/critical-css.mjs";

/* The stylesheet each page holds inside it: only the rules it can match (lib/build/critical-css.mjs). */
const HREF = "/_next/static/css/site.css";
const FACES = '@font-face{font-family:Body;src:url(../media/body.woff2) format("woff2")}@font-face{font-family:Head;src:url("../media/head.woff2")}';

describe("a page's own stylesheet", () => {
  // Made in each test, not while the file is read: a step that throws then fails that test, not the whole file unseen.
  const forPage = (html: string) => pageStylesheets([[HREF, `${FACES}.card{color:red}.unused{color:blue}p{margin:0}:focus-visible{outline:2px solid}::selection{background:#ff0}details[open] summary{color:green}@media (prefers-color-scheme:dark){.card{color:white}.unused{color:black}}`]])(html);

  it("keeps the rules the page can match, the font faces whole, and the rules for focus, selection and opened details", () => {
    expect(forPage('<html><body><p class="card">Hi</p></body></html>')(HREF)).toBe(
      '@font-face{font-family:Body;src:url(/_next/static/media/body.woff2) format("woff2")}@font-face{font-family:Head;src:url("/_next/static/media/head.woff2")}.card{color:red}p{margin:0}:focus-visible{outline:2px solid}::selection{background:#ff0}details[open] summary{color:green}@media (prefers-color-scheme:dark){.card{color:white}}',
    );
  });

  it("keeps the animations its kept rules run, and no other", () => {
    const css = "@keyframes spin{to{transform:rotate(1turn)}}@keyframes fade{to{opacity:0}}.spinner{animation:spin 1s}.toast{animation:fade 1s}";
    expect(pageStylesheets([[HREF, css]])('<html><body><p class="spinner"></p></body></html>')(HREF)).toBe("@keyframes spin{to{transform:rotate(1turn)}}.spinner{animation:spin 1s}");
  });

  it("keeps the rules for a form field's parts (placeholder, spin buttons, a date's fields) only on a page with an input or a text area", () => {
    const css = "::placeholder{opacity:1}@supports (color:red){@supports (color:blue){::placeholder{color:gray}}}@supports (color:green){::placeholder{color:green}.card{color:green}}.card,p{margin:0}::-webkit-inner-spin-button,.card{height:auto}::-webkit-datetime-edit-year-field{padding:0}:-moz-ui-invalid{box-shadow:none}::selection{color:red}";
    const sheet = pageStylesheets([[HREF, css]]);
    expect(sheet('<html><body><p class="card">Hi</p><button>Open</button></body></html>')(HREF)).toBe("@supports (color:green){.card{color:green}}.card,p{margin:0}.card{height:auto}::selection{color:red}");
    expect(sheet('<html><body><p class="card"><input type="checkbox"></p></body></html>')(HREF)).toBe(
      "::placeholder{opacity:1}@supports (color:red){@supports (color:blue){::placeholder{color:gray}}}@supports (color:green){::placeholder{color:green}.card{color:green}}.card,p{margin:0}::-webkit-inner-spin-button,.card{height:auto}::-webkit-datetime-edit-year-field{padding:0}:-moz-ui-invalid{box-shadow:none}::selection{color:red}",
    );
    expect(sheet("<html><body><TEXTAREA></TEXTAREA></body></html>")(HREF)).toContain("::placeholder{opacity:1}");
  });

  it("is none for a stylesheet the build does not have", () => {
    expect(forPage("<html><body></body></html>")("/_next/static/css/other.css")).toBeUndefined();
  });

  it("resolves a font face's relative urls too, and leaves those with a scheme (digits and all) or a host as written", () => {
    const faces = "@font-face{font-family:A;src:url(fonts/a:b.woff2)}@font-face{font-family:B;src:url(x-font2:b)}@font-face{font-family:C;src:url(//cdn.example/c.woff2)}";
    expect(pageStylesheets([[HREF, faces]])("<html><body></body></html>")(HREF)).toBe(
      "@font-face{font-family:A;src:url(/_next/static/css/fonts/a:b.woff2)}@font-face{font-family:B;src:url(x-font2:b)}@font-face{font-family:C;src:url(//cdn.example/c.woff2)}",
    );
  });

  it("resolves relative urls against the stylesheet's address, and leaves absolute ones, fragments and quotes as written", () => {
    const css = '.hero{background:url("../media/hero.png")}.logo{background:url(/logo.png)}.x{background:url(https://cdn.example/x.png)}.y{mask:url(#m)}.z{background:url(\'z.png?v=1#a\')}';
    expect(pageStylesheets([[HREF, css]])('<html><body><p class="hero logo x y z"></p></body></html>')(HREF)).toBe(
      '.hero{background:url("/_next/static/media/hero.png")}.logo{background:url(/logo.png)}.x{background:url(https://cdn.example/x.png)}.y{mask:url(#m)}.z{background:url(\'/_next/static/css/z.png?v=1#a\')}',
    );
  });
});

describe("a stylesheet the step cannot cut", () => {
  it("fails the build: a font face inside another rule, or selectors it cannot read, each on a line", () => {
    expect(() => pageStylesheets([["/a.css", "@media print{@font-face{font-family:X;src:url(x.woff)}}"]])).toThrow("/a.css: a @font-face inside another rule");
    expect(() => pageStylesheets([["/a.css", "a:::b{color:red} c:::d{color:red} p{}"]])).toThrow(/^\/a\.css: selectors the critical-CSS step cannot read:\n  a:[^\n]*\n  c:/);
  });

  it("fails the build naming a stylesheet it cannot parse", () => {
    expect(() => pageStylesheets([["/_next/static/css/a.css", ".card{color:red"]])).toThrow("/_next/static/css/a.css:1:1: Unclosed block");
  });
});
