import { describe, expect, it } from "vitest";
import { article } from "../helpers/content-folder";
import { journalPerTest } from "../helpers/journal-per-test";

/*
 * Links that look right to an author but lead nowhere once published (lib/checks/misread-links.ts):
 * the edges of each kind, where the address to write is easiest to get wrong.
 */

const journal = journalPerTest({ "content/articles/gold-karats.md": article({ title: '"Gold Karats"', tags: '["gold"]' }) });

describe("one edge of each kind of misread link", () => {
  it.each<[string, string, string[]]>([
    [
      "the preview's address with nothing after it is the home page: write `/`",
      "Back to [the journal](http://localhost:3000).\n",
      ["content/articles/care.md:9: the link to `http://localhost:3000` is the preview's address on your computer, which readers cannot open; write it without `http://localhost:3000`: `/`"],
    ],
    [
      "a phone number written as a link without tel:, of six digits, is a number to call",
      "Call [the bench](01-23-45).\n",
      ["content/articles/care.md:9: the link to `01-23-45` is read as a page of this journal, because a link that calls a number starts with `tel:`; write `tel:012345`"],
    ],
    ["links of dots and dashes are no phone number: `..` leads up a folder, to the home page", "Back to [all the articles](..).\n", []],
    [
      "a phone number typed with spaces, and spaces around it too, gets the number to call",
      "Call [us]( +44 20 7946 0000 ).\n",
      ["content/articles/care.md:9: the link `[us]( +44 20 7946 0000 )` is shown as the text you typed, not as a link, because its address holds a space; write it without spaces: `[us](tel:+442079460000)`"],
    ],
    [
      "a file's name written as a link is not taken for another website without https://",
      "See [the price list](prices.pdf).\n",
      ["content/articles/care.md:9: the link to `prices.pdf`: there is no article `prices.pdf`; the address is the file name in content/articles/ without .md."],
    ],
    ["another website's address written from `//`, as copied from a page's source, leads there: its `www.` further in is no website typed without https://", "See [the shop](//www.example.com).\n", []],
    [
      "an address with the `:` of `http://` forgotten is a page of this journal, and is not given `https://` in front",
      "See [the shop](http//www.example.com).\n",
      ["content/articles/care.md:9: the link to `http//www.example.com` is read as a page of this journal, because `http//` is missing its colon; write `[the shop](http://www.example.com)`"],
    ],
    ["`https//` with nothing after it names no website to write: a page of this journal", "See [the shop](https//).\n", ["content/articles/care.md:9: the link to `https//`: there is no article `https`; the address is the file name in content/articles/ without .md."]],
    ["`https:///`, one `/` too many, leads to the website all the same", "See [the shop](https:///shop.example).\n", []],
    ["`http:shop.example` leads to the website from the published journal's `https:` pages", "See [the shop](http:shop.example).\n", []],
    ["`https:/articles/x` and `https:x` lead to this journal's own article, and are no website", "See [karats](https:/articles/gold-karats) and [again](https:gold-karats).\n", []],
  ])("%s", async (_, body, errors) => {
    expect(await journal.articleErrors(body)).toEqual(errors);
  });
});

describe("a section's name inside a link's address", () => {
  it.each<[string, string, string[]]>([
    [
      "twice, from the site's root, leads nowhere, with the address to write",
      "See [karats](/articles/articles/gold-karats).\n",
      ["content/articles/care.md:9: the link to `/articles/articles/gold-karats` leads nowhere: there is no page at `/articles/articles/gold-karats` (capitals and the plural count); write `/articles/gold-karats`"],
    ],
    [
      "without `/` at the start, on an article, is read from the articles' folder: another section's page is named with its own",
      "More [gold](tags/gold).\n",
      ["content/articles/care.md:9: the link to `tags/gold` leads nowhere: an address without `/` at the start is read from the folder of the page it is on, so this one leads to `/articles/tags/gold`; write `/tags/gold`"],
    ],
    [
      "misspelt, then written again, gets the section written once",
      "See [karats](/Articles/articles/gold-karats).\n",
      ["content/articles/care.md:9: the link to `/Articles/articles/gold-karats` leads nowhere: there is no page at `/Articles/articles/gold-karats` (capitals and the plural count); write `/articles/gold-karats`"],
    ],
    [
      "misspelt, with a slash at the end, gets the address to write without it",
      "See [karats](/Article/gold-karats/).\n",
      ["content/articles/care.md:9: the link to `/Article/gold-karats/` leads nowhere: there is no page at `/Article/gold-karats/` (capitals and the plural count); write `/articles/gold-karats`"],
    ],
    [
      "alone, or twice with nothing after, misspelt or not, is no page the journal has",
      "See [all](/Articles).\n\nSee [all](/articles/articles).\n\nSee [all](/Articles/articles).\n",
      [
        "content/articles/care.md:9: the link to `/Articles` leads nowhere: there is no page at `/Articles`, and the page that lists every article is `/archive`; write `/archive`",
        "content/articles/care.md:11: the link to `/articles/articles`: there is no article `articles`; the address is the file name in content/articles/ without .md. The page that lists every article is `/archive`.",
        "content/articles/care.md:13: the link to `/Articles/articles` leads nowhere: there is no page at `/Articles/articles`, and the page that lists every article is `/archive`; write `/archive`",
      ],
    ],
    [
      "from the site's root, another section's name after `/articles/` is an article's name that does not exist",
      "More [gold](/articles/tags/gold).\n",
      ["content/articles/care.md:9: the link to `/articles/tags/gold`: there is no article `tags`; the address is the file name in content/articles/ without .md."],
    ],
    [
      "misspelt after `..`, is read from the site's root, though another section's name follows",
      "See [all tags](../Articles/tags).\n",
      ["content/articles/care.md:9: the link to `../Articles/tags` leads nowhere: there is no page at `/Articles/tags` (capitals and the plural count); write `/articles/tags`; also, there is no article `tags`; the address is the file name in content/articles/ without .md."],
    ],
    [
      "misspelt after `..`, with a folder under an article, is read from the site's root",
      "See [care](../Articles/gold-karats/care).\n",
      ["content/articles/care.md:9: the link to `../Articles/gold-karats/care` leads nowhere: there is no page at `/Articles/gold-karats/care` (capitals and the plural count); write `/articles/gold-karats/care`; also, there is no page at `/articles/gold-karats/care`: the address of an article ends with its name; write `/articles/gold-karats`"],
    ],
    [
      "but a folder under an article, written without `/`, is a link past the article's address",
      "See [alloys](gold-karats/alloys).\n",
      ["content/articles/care.md:9: the link to `gold-karats/alloys`: there is no page at `/articles/gold-karats/alloys`: the address of an article ends with its name; write `/articles/gold-karats`"],
    ],
  ])("%s", async (_, body, errors) => {
    expect(await journal.articleErrors(body)).toEqual(errors);
  });
});

describe("the address to write for a misread link (the third jeweler's trial)", () => {
  const NO_PAGE = "leads nowhere: there is no page at";

  it.each([
    [
      "See [karats](articles/articles/gold-karats).",
      "content/articles/care.md:9: the link to `articles/articles/gold-karats` leads nowhere: an address without `/` at the start is read from the folder of the page it is on, so this one leads to `/articles/articles/articles/gold-karats`; write `/articles/gold-karats`",
      "See [karats](/articles/gold-karats).",
    ],
    [
      "See [karats](/Articles/Articles/gold-karats).",
      `content/articles/care.md:9: the link to \`/Articles/Articles/gold-karats\` ${NO_PAGE} \`/Articles/Articles/gold-karats\` (capitals and the plural count); write \`/articles/gold-karats\``,
      "See [karats](/articles/gold-karats).",
    ],
    [
      "See [their care](/Articles/articles/gold-karats#care).",
      `content/articles/care.md:9: the link to \`/Articles/articles/gold-karats#care\` ${NO_PAGE} \`/Articles/articles/gold-karats\` (capitals and the plural count); write \`/articles/gold-karats#care\``,
      "See [their care](/articles/gold-karats#care).",
    ],
    [
      "More [gold](Tags/gold).",
      "content/articles/care.md:9: the link to `Tags/gold` leads nowhere: an address without `/` at the start is read from the folder of the page it is on, so this one leads to `/articles/Tags/gold`; write `/tags/gold`",
      "More [gold](/tags/gold).",
    ],
  ])("%j gets the address to write, and that address passes the next run", async (text, message, fixed) => {
    await journal.folder().write("content/articles/gold-karats.md", article({ title: '"Gold Karats"', tags: '["gold"]' }, "## Care\n\nRinse in warm water.\n"));
    expect(await journal.articleErrors(`${text}\n`)).toEqual([message]);
    expect(await journal.articleErrors(`${fixed}\n`)).toEqual([]);
  });
});

// A jeweler's trial (2026-12-07): `https//brandthollow.example` was told "there is no article `https`".
describe("another website's address whose `https://` lost its colon or a slash, or was typed with `\\`", () => {
  it.each([
    [
      "Bought at [Brandt Hollow](https//brandthollow.example).",
      "content/articles/care.md:9: the link to `https//brandthollow.example` is read as a page of this journal, because `https//` is missing its colon; write `[Brandt Hollow](https://brandthollow.example)`",
      "Bought at [Brandt Hollow](https://brandthollow.example).",
    ],
    [
      "Bought at [Brandt Hollow](HTTP//brandthollow.example/rings#gold).",
      "content/articles/care.md:9: the link to `HTTP//brandthollow.example/rings#gold` is read as a page of this journal, because `HTTP//` is missing its colon; write `[Brandt Hollow](http://brandthollow.example/rings#gold)`",
      "Bought at [Brandt Hollow](http://brandthollow.example/rings#gold).",
    ],
    [
      "Bought at [Brandt Hollow](https:/brandthollow.example).",
      "content/articles/care.md:9: the link to `https:/brandthollow.example` is read as a page of this journal, because `https:/` is missing a `/`; write `[Brandt Hollow](https://brandthollow.example)`",
      "Bought at [Brandt Hollow](https://brandthollow.example).",
    ],
    [
      "Bought at [Brandt Hollow](https:\\\\brandthollow.example).",
      "content/articles/care.md:9: the link to `https:\\brandthollow.example` is read as a page of this journal, because a web address starts with `https://`, with `/`, not `\\`; write `[Brandt Hollow](https://brandthollow.example)`",
      "Bought at [Brandt Hollow](https://brandthollow.example).",
    ],
    [
      "Bought at [Brandt Hollow](https:brandthollow.example).",
      "content/articles/care.md:9: the link to `https:brandthollow.example` is read as a page of this journal, because `https:` is missing its `//`; write `[Brandt Hollow](https://brandthollow.example)`",
      "Bought at [Brandt Hollow](https://brandthollow.example).",
    ],
    [
      'Bought at <a href="https//brandthollow.example">Brandt Hollow</a>.',
      "content/articles/care.md:9: the link to `https//brandthollow.example` is read as a page of this journal, because `https//` is missing its colon; write `https://brandthollow.example`",
      'Bought at <a href="https://brandthollow.example">Brandt Hollow</a>.',
    ],
  ])("%j gets the line to write, and that line passes the next run", async (text, message, fixed) => {
    expect(await journal.articleErrors(`${text}\n`)).toEqual([message]);
    expect(await journal.articleErrors(`${fixed}\n`)).toEqual([]);
  });
});

// A jeweler's trial (2026-12-07): `[@marrowandvale](@marrowandvale)` was told "there is no article `@marrowandvale`", where a `website:` is told the Instagram address.
describe("a name on a social network written as a link's address", () => {
  it.each([
    [
      "Photographs by [@marrowandvale](@marrowandvale).",
      "content/articles/care.md:9: the link to `@marrowandvale` is read as a page of this journal, because `@marrowandvale` is a name on Instagram or another network, not a web address; as Instagram's, write `[@marrowandvale](https://www.instagram.com/marrowandvale)`, or its page's address on the network it is on",
      "Photographs by [@marrowandvale](https://www.instagram.com/marrowandvale).",
    ],
    [
      'Photographs by <a href="@sunniva.makes">Sunniva</a>.',
      "content/articles/care.md:9: the link to `@sunniva.makes` is read as a page of this journal, because `@sunniva.makes` is a name on Instagram or another network, not a web address; as Instagram's, write `https://www.instagram.com/sunniva.makes`, or its page's address on the network it is on",
      'Photographs by <a href="https://www.instagram.com/sunniva.makes">Sunniva</a>.',
    ],
  ])("%j gets the Instagram address to write, and that line passes the next run", async (text, message, fixed) => {
    expect(await journal.articleErrors(`${text}\n`)).toEqual([message]);
    expect(await journal.articleErrors(`${fixed}\n`)).toEqual([]);
  });
});

// Seen sorting misread-links.ts's mutants: `/Articles/articles` was told to write `/articles/articles`, which is no article either.
describe("a section's name alone, or written twice with nothing after it, meaning the section's list", () => {
  it.each([
    [
      "See [all our articles](/articles).",
      "content/articles/care.md:9: the link to `/articles` leads nowhere: there is no page at `/articles`, and the page that lists every article is `/archive`; write `/archive`",
      "See [all our articles](/archive).",
    ],
    [
      "See [every tag](/Tag).",
      "content/articles/care.md:9: the link to `/Tag` leads nowhere: there is no page at `/Tag`, and the page that lists every tag is `/tags`; write `/tags`",
      "See [every tag](/tags).",
    ],
    [
      "See [all our articles](/Articles/articles).",
      "content/articles/care.md:9: the link to `/Articles/articles` leads nowhere: there is no page at `/Articles/articles`, and the page that lists every article is `/archive`; write `/archive`",
      "See [all our articles](/archive).",
    ],
    [
      "See [all our articles](articles/articles).",
      "content/articles/care.md:9: the link to `articles/articles` leads nowhere: an address without `/` at the start is read from the folder of the page it is on, so this one leads to `/articles/articles/articles`, and the page that lists every article is `/archive`; write `/archive`",
      "See [all our articles](/archive).",
    ],
    [
      "See [every tag](/Tags/Tag).",
      "content/articles/care.md:9: the link to `/Tags/Tag` leads nowhere: there is no page at `/Tags/Tag`, and the page that lists every tag is `/tags`; write `/tags`",
      "See [every tag](/tags).",
    ],
    [
      "See [who writes](/Authors/authors).",
      "content/articles/care.md:9: the link to `/Authors/authors` leads nowhere: there is no page at `/Authors/authors`, and the page that lists every author is `/authors`; write `/authors`",
      "See [who writes](/authors).",
    ],
  ])("%j is told the list's page, and that address passes the next run", async (text, message, fixed) => {
    expect(await journal.articleErrors(`${text}\n`)).toEqual([message]);
    expect(await journal.articleErrors(`${fixed}\n`)).toEqual([]);
  });

  it("as written, `/articles/articles` or `/authors/authors`, is no page's name, and the list is named", async () => {
    expect(await journal.articleErrors("See [all our articles](/articles/articles) and [who writes](/authors/authors).\n")).toEqual([
      "content/articles/care.md:9: the link to `/articles/articles`: there is no article `articles`; the address is the file name in content/articles/ without .md. The page that lists every article is `/archive`.",
      "content/articles/care.md:9: the link to `/authors/authors`: there is no author `authors`. The authors are: isla. The page that lists every author is `/authors`.",
    ]);
  });

  it("`/tags` and `/authors`, the lists themselves, pass", async () => {
    expect(await journal.articleErrors("See [every tag](/tags) and [who writes](/authors).\n")).toEqual([]);
  });
});
