import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { renderArticleHtml, renderBioHtml } from "@/lib/content/markdown";
// The checks load the page's Markdown readers on demand; loaded here with the file, their module
// constants are not taken for code one test runs (StrykerJS's static mutants, docs/testing.md).
import "@/lib/checks/renderers";
import { article, checkFolder, ISLA } from "../helpers/content-folder";
import { linkErrorsPerTest } from "../helpers/link-errors-per-test";

/*
 * The jeweler's trial of 2026-12-07: `## Émeraudes et saphirs`, `## 💍 Engagement rings` and
 * `## 日本語の指輪` got ids under `user-content-` (or with a leading hyphen), so the links
 * docs/authoring.md teaches, the heading's words in lowercase with hyphens, led nowhere on the
 * page while the check passed them, and a wrong one was told `#user-content--engagement-rings`.
 */

const GEMS = "## Émeraudes et saphirs\n\nGreen and blue.\n\n## 💍 Engagement rings\n\nSolitaires.\n\n## 日本語の指輪\n\nRings from Kyoto.\n";

/** The ids of the page's elements, in order. */
const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);

/**
 * The id a browser scrolls to for a link's `href` on its own page, by the HTML standard's "find a
 * potential indicated element": the URL's fragment as parsed, then percent-decoded.
 */
function indicated(href: string, html: string): string | undefined {
  const raw = new URL(href, "https://journal.example/articles/gems").hash.slice(1);
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A fragment that is not valid percent-encoding is looked for as written.
  }
  return [raw, decoded].find((name) => ids(html).includes(name));
}

/** Each link's words and the id it leads to on its page. */
const targets = (html: string) => [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map(([, href = "", words]) => [words, indicated(href, html)]);

describe("a link to a heading starting with an accent, a symbol or a letter of another script", () => {
  it("written as docs/authoring.md teaches, reaches the heading on the page", async () => {
    const html = await renderArticleHtml(`${GEMS}\nSee [the emeralds](#émeraudes-et-saphirs), [the rings](#engagement-rings) and [Kyoto](#日本語の指輪).\n`, { publicDir: "public" });
    expect(ids(html)).toEqual(["émeraudes-et-saphirs", "engagement-rings", "日本語の指輪"]);
    expect(targets(html)).toEqual([
      ["the emeralds", "émeraudes-et-saphirs"],
      ["the rings", "engagement-rings"],
      ["Kyoto", "日本語の指輪"],
    ]);
  });

  it("reaches a heading the page keeps under `user-content-` or `bio-` too, by the words the check tells", async () => {
    const html = await renderArticleHtml("## Next steps\n\nBook a fitting.\n\n[next](#next-steps)\n", { publicDir: "public" });
    expect(targets(html)).toEqual([["next", "user-content-next-steps"]]);
    const bio = await renderBioHtml("## Training\n\nFive years.\n\n[where](#training)\n");
    expect(targets(bio)).toEqual([["where", "bio-training"]]);
  });
});

describe("the check of such a link", () => {
  const { errorsOf, folder } = linkErrorsPerTest({ "content/articles/gems.md": article({ title: '"Gems"' }, GEMS) });
  const HOW = "a heading's address is its words in lowercase with hyphens between them (the heading “## Daily care” is `#daily-care`)";
  const LIST = "Its headings are: `#émeraudes-et-saphirs` (Émeraudes et saphirs), `#engagement-rings` (💍 Engagement rings), `#日本語の指輪` (日本語の指輪)";

  it("passes the links the page follows, in the same article and from another", async () => {
    const body = `${GEMS}\n[a](#émeraudes-et-saphirs) [b](#engagement-rings) [c](#日本語の指輪) [d](/articles/gems#émeraudes-et-saphirs) [e](/articles/gems#engagement-rings) [f](/articles/gems#%C3%A9meraudes-et-saphirs)\n`;
    expect(await errorsOf(body)).toEqual([]);
  });

  it("tells a wrong one the address to write, without `user-content-`", async () => {
    // Without the accent, and as GitHub writes it, with a hyphen for the ring.
    const body = "[a](/articles/gems#emeraudes-et-saphirs)\n\n[b](/articles/gems#-engagement-rings)\n";
    const told = (written: string, meant: string) =>
      `the link to \`/articles/gems#${written}\` leads to the top of the page, not to a section: the article \`gems\` has no heading whose address is \`#${written}\`; ${HOW}. Did you mean \`/articles/gems#${meant}\`? ${LIST}`;
    expect(await errorsOf(body)).toEqual([
      `content/articles/links.md:9: ${told("emeraudes-et-saphirs", "émeraudes-et-saphirs")}`,
      `content/articles/links.md:11: ${told("-engagement-rings", "engagement-rings")}`,
    ]);
  });

  it("on the same page, names a heading kept under `user-content-` as its link may write it", async () => {
    expect(await errorsOf("## Next steps\n\nBook a fitting.\n\n[next](#next-step)\n")).toEqual([
      `content/articles/links.md:13: the link to \`#next-step\` leads to the top of the page, not to a section: this article has no heading whose address is \`#next-step\`; ${HOW}. Did you mean \`#next-steps\`? Its headings are: \`#next-steps\` (Next steps)`,
    ]);
    expect(await errorsOf("## Next steps\n\nBook a fitting.\n\n[next](#next-steps)\n")).toEqual([]);
  });

  it("from another page, names a heading kept under `user-content-` by its whole id, the only one a link from there reaches", async () => {
    await folder().write("content/articles/fittings.md", article({ title: '"Fittings"' }, "## Next steps\n\nBook a fitting.\n"));
    expect(await errorsOf("[next](/articles/fittings#next-steps)\n")).toEqual([
      `content/articles/links.md:9: the link to \`/articles/fittings#next-steps\` leads to the top of the page, not to a section: the article \`fittings\` has no heading whose address is \`#next-steps\`; ${HOW}. Did you mean \`/articles/fittings#user-content-next-steps\`? Its headings are: \`#user-content-next-steps\` (Next steps)`,
    ]);
  });

  it("in a bio, passes its own heading by its words", async () => {
    await folder().write("content/authors/isla.md", `${ISLA}\n## 💍 Engagement rings\n\n[Mine](#engagement-rings).\n`);
    expect((await checkFolder(folder())).filter((issue) => issue.file === "content/authors/isla.md").map(formatIssue)).toEqual([]);
  });
});
