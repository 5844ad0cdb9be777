import { describe, expect, it, vi } from "vitest";
import { article } from "../helpers/content-folder";
import { linkErrorsPerTest } from "../helpers/link-errors-per-test";

// The published journal's address, read once when lib/site.ts loads: set before any import runs.
vi.hoisted(() => {
  process.env.SITE_URL = "https://journal.example.com";
});

const { errorsOf: linkErrors } = linkErrorsPerTest({ "content/articles/gold-karats.md": article({ title: '"Gold Karats"', tags: '["gold"]' }) }, { tags: '["gold"]' });

describe("a link written as the full address of one of the journal's own pages", () => {
  it.each<[string, string, string[]]>([
    [
      "is checked like `/articles/…`: an error when the page does not exist, with the nearest one",
      [
        "[a](https://journal.example.com/articles/gold-karat) [b](http://journal.example.com/articles/gold-karats/)",
        "",
        "[c](https://journal.example.com/tags/silver) [d](https://other.example/articles/missing)",
      ].join("\n"),
      [
        "content/articles/links.md:9: the link to `https://journal.example.com/articles/gold-karat`: there is no article `gold-karat`; the address is the file name in content/articles/ without .md. Did you mean `/articles/gold-karats`?",
        "content/articles/links.md:11: the link to `https://journal.example.com/tags/silver`: no article has a tag whose address is `silver`; a tag's address is its name in lowercase with hyphens (the tag \"metal care\" is /tags/metal-care).",
      ],
    ],
    [
      "is named once, as plain text, when its start is in capitals (`HTTPS://`), since the page shows no link there",
      "[prices](HTTPS://journal.example.com/prices)\n",
      ["content/articles/links.md:9: the link to `HTTPS://journal.example.com/prices` does not work (its start `HTTPS:` must be in small letters), so the page shows `prices` as plain text; write `https://journal.example.com/prices`"],
    ],
    [
      "is read from the site's root, not from the folder of the page it is on: another section's name after `/articles/` is an article's name",
      "More [gold](https://journal.example.com/articles/tags/gold)\n",
      ["content/articles/links.md:9: the link to `https://journal.example.com/articles/tags/gold`: there is no article `tags`; the address is the file name in content/articles/ without .md."],
    ],
    [
      "is checked when it starts with `http://` too",
      "[karats](http://journal.example.com/articles/gold-karat)\n",
      ["content/articles/links.md:9: the link to `http://journal.example.com/articles/gold-karat`: there is no article `gold-karat`; the address is the file name in content/articles/ without .md. Did you mean `/articles/gold-karats`?"],
    ],
  ])("%s", async (_, body, errors) => {
    expect(await linkErrors(body)).toEqual(errors);
  });
});

describe("a link to one of the journal's own addresses", () => {
  it.each<[string, string, string[]]>([
    [
      "is checked when its escapes spell no text (`%C3%28`), named as written",
      "[karats](/articles/gold-karats-%C3%28)\n",
      ["content/articles/links.md:9: the link to `/articles/gold-karats-%C3%28`: there is no article `gold-karats-%C3%28`; the address is the file name in content/articles/ without .md. Did you mean `/articles/gold-karats`?"],
    ],
    [
      "is still checked after a link whose address cannot be read (a port `44o` for `440`)",
      "[shop](https://shop.example.com:44o/rings) and [karats](/articles/gold-karat)\n",
      [
        "content/articles/links.md:9: the link to `https://shop.example.com:44o/rings` leads nowhere: no browser can read its address, so readers who click `shop` stay where they are; look for a mistyped character in the website's name or in the port after its `:`",
        "content/articles/links.md:9: the link to `/articles/gold-karat`: there is no article `gold-karat`; the address is the file name in content/articles/ without .md. Did you mean `/articles/gold-karats`?",
      ],
    ],
  ])("%s", async (_, body, errors) => {
    expect(await linkErrors(body)).toEqual(errors);
  });
});
