import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import type { SymbolHeading } from "../content/symbol-headings";
import { maySuspect } from "./empty-headings";
import { isBio, type CheckedPage } from "./pages";
import type { Renderers } from "./renderers";

/** The same heading with words, written as it was (`## …`, `<h2>…</h2>`). */
function example({ tagName, written }: SymbolHeading): string {
  const level = Number(tagName.slice(1));
  return written.startsWith("<") ? `<h${level}>Storing pearls</h${level}>` : `${"#".repeat(level)} Storing pearls`;
}

/**
 * `## 💎`: a heading of symbols alone shows, but names its section by no words: a screen reader
 * says the symbols' names, and the section's address is the page's prefix alone (`#user-content-`). An error, with the line to
 * write. One underlined with `---` is underlined-headings.ts's, which asks first whether a
 * heading was meant at all.
 */
export async function checkSymbolHeadings(pages: readonly CheckedPage[], renderers: () => Promise<Renderers>): Promise<ContentIssue[]> {
  const suspects = pages.filter(maySuspect);
  if (suspects.length === 0) return [];
  const { pageTree, symbolHeadings } = await renderers();
  const found = await Promise.all(
    suspects.map(async (page) =>
      symbolHeadings(await pageTree(page.body.text, { bio: isBio(page) }))
        .filter(({ written }) => !written.includes("\n"))
        .map((heading): ContentIssue => {
          const message = `the heading ${quote(heading.written)} holds no letters or digits, only ${quote(heading.words)}, so nothing names its section in words: screen readers announce only the symbols' names, and the page gives the section an address without words, ${quote(`#${heading.id}`)}; write the section's name in words, like ${quote(example(heading))} (a symbol may stay after the words)`;
          return { file: page.file, line: page.body.line + heading.line - 1, severity: "error", message };
        }),
    ),
  );
  return found.flat();
}
