import { describe, expect, it } from "vitest";
import { findHtmlProblems, type Surface } from "../helpers/hostile-checks";

const ORIGIN = "http://127.0.0.1:3701";
const surface: Surface = { path: "/articles/x", status: 200, hasUserContent: true, lands: [{ selector: "main h1", value: "<b>Bold</b> & co" }] };

/** A page shaped like the site's own: inlined stylesheet, framework scripts, a title that is text, Markdown in `.prose`. */
function page({ head = "", body = "", content = "<p>Words.</p>" } = {}) {
  return `<!DOCTYPE html><html><head><title>t</title><style data-precedence="next" data-href="/_next/static/css/d2a7.css">main{margin:0}</style><script src="/_next/static/chunks/a.js" async></script>${head}</head><body>
    <main><h1>&lt;b&gt;Bold&lt;/b&gt; &amp; co</h1><div class="prose">${content}</div>${body}</main>
    <script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"0:\\u003cscript\\u003e"])</script>
    <script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>
    <script type="application/ld+json">{"@type":"BlogPosting","headline":"\\u003cb\\u003e"}</script></body></html>`;
}

const problems = (html: string) => findHtmlProblems(html, surface, ORIGIN);

describe("the hostile-content checks", () => {
  it("pass a page where everything is inert", () => {
    expect(problems(page({ content: '<p id="user-content-x"><a href="https://elsewhere.example/">link</a> <img src="/images/a.jpg" alt="a"> <input type="checkbox" disabled></p>' }))).toEqual([]);
  });

  it.each([
    ["a colour and preview", "background:#8a6a3a url(data:image/webp;base64,UklGRjgAAAA=) 50% 50% / cover no-repeat"],
    ["a colour", "background:#8a6a3a"],
  ])("pass the photo step's own markup: a placeholder style (%s), the full-size view's popover and its buttons", (_, placeholder) => {
    expect(
      problems(
        page({
          content:
            `<figure class="photo"><button type="button" class="photo-open" popovertarget="full-size-1"><img src="/img/ab/720/r.webp" alt="a ring" style="${placeholder}"></button>` +
            '<div class="photo-full" id="full-size-1" popover="auto" role="dialog" aria-label="a ring (full size)"><img src="/img/ab/2400/r.webp" alt="a ring">' +
            '<p><a href="/img/ab/2400/r.webp">Open the file</a><button type="button" popovertarget="full-size-1" popovertargetaction="hide">Close</button></p></div></figure>',
        }),
      ),
    ).toEqual([]);
  });

  it("pass a tall picture's figure, as wide as the picture is at 85% of the screen's height", () => {
    expect(problems(page({ content: '<figure class="photo" style="max-width:56.67vh;max-width:56.67svh"><img src="/img/ab/720/r.webp" alt="a ring"></figure>' }))).toEqual([]);
  });

  const attacks: [attack: string, check: string, html: string][] = [
    ["a foreign script", "script", page({ body: '<script src="https://evil.example/x.js"></script>' })],
    ["a script from this site outside the build", "script", page({ body: '<script src="/uploads/x.js"></script>' })],
    ["an inline script", "script", page({ body: "<script>alert(1)</script>" })],
    ["code after a framework push", "script", page({ body: "<script>self.__next_f.push([1]);alert(1)</script>" })],
    ["JSON-LD that ends its script early", "script", page({ head: '<script type="application/ld+json">{"a":"<!--"}</script>' })],
    ["JSON-LD that is not JSON", "script", page({ head: '<script type="application/ld+json">{"a":1};alert(1)</script>' })],
    ["an event handler", "event handler", page({ body: '<svg><circle onclick="alert(1)"></circle></svg>' })],
    ["a javascript: link hidden by an entity", "URLs", page({ body: '<a href="jav&#x09;ascript:alert(1)">x</a>' })],
    ["a data: image", "URLs", page({ body: '<img src="data:image/svg+xml,<svg onload=alert(1)>">' })],
    ["an image from another origin", "URLs", page({ body: '<img src="//evil.example/pixel.gif">' })],
    ["a stylesheet from another origin", "URLs", page({ head: '<link rel="stylesheet" href="https://evil.example/x.css">' })],
    ["a meta refresh", "no base", page({ head: '<meta http-equiv="refresh" content="0;url=https://evil.example">' })],
    ["a base element", "no base", page({ head: '<base href="https://evil.example/">' })],
    ["a style element", "no base", page({ body: "<style>main{display:none}</style>" })],
    ["a style element dressed as the site's stylesheet", "no base", page({ body: '<style data-precedence="next" data-href="/_next/static/css/d2a7.css">main{display:none}</style>' })],
    ["an iframe", "no base", page({ body: '<iframe src="/"></iframe>' })],
    ["SVG in rendered Markdown", "rendered Markdown", page({ content: "<svg></svg>" })],
    ["an author's id that repeats a footnote's", "every id on the page is unique", page({ content: '<p id="user-content-fn-1">a</p><ol><li id="user-content-fn-1">b</li></ol>' })],
    ["a heading slug that repeats an author's id", "every id on the page is unique", page({ content: '<p id="user-content-care">a</p><h2 id="user-content-care">Care</h2>' })],
    ["a style attribute in rendered Markdown", "rendered Markdown", page({ content: '<p style="position:fixed">x</p>' })],
    ["an id that clobbers a global", "rendered Markdown", page({ content: '<img name="__next_f" src="/a.jpg">' })],
    ["a style attribute dressed as a placeholder", "rendered Markdown", page({ content: '<img src="/a.jpg" style="background:#000000 url(data:image/webp;base64,AA==) 50% 50% / cover no-repeat;position:fixed">' })],
    ["a style attribute dressed as a tall picture's width", "rendered Markdown", page({ content: '<figure class="photo" style="max-width:56.67vh;max-width:56.67svh;position:fixed"><img src="/a.jpg" alt="a"></figure>' })],
    ["a tall picture's width on another element", "rendered Markdown", page({ content: '<p style="max-width:56.67vh;max-width:56.67svh">x</p>' })],
    ["a button that opens no full-size view", "rendered Markdown", page({ content: '<button type="button" popovertarget="user-content-x">x</button><div id="user-content-x" popover>y</div>' })],
    ["a full-size button that also submits", "rendered Markdown", page({ content: '<button type="button" formaction="/x" popovertarget="full-size-1">x</button><div class="photo-full" id="full-size-1" popover role="dialog">y</div>' })],
    ["a full-size view's id on another element", "rendered Markdown", page({ content: '<p id="full-size-1">x</p>' })],
    ["a title that became markup", "plain text", page().replace("&lt;b&gt;Bold&lt;/b&gt;", "<b>Bold</b>")],
    ["a page without its rendered Markdown", "rendered Markdown", page().replace('class="prose"', 'class="plain"')],
  ];
  for (const [attack, check, html] of attacks) {
    it(`catch ${attack}`, () => {
      expect(problems(html)).toContainEqual(expect.stringContaining(check));
    });
  }
});
