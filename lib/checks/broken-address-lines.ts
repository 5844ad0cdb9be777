import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import type { Collection } from "../content/types";
import { idsOf, nearestPage, type Ids } from "./nearest-page";
import type { CheckedPage } from "./pages";
import type { BrokenAddressLine } from "./address-lines";

/** The line under the address when it is one word, the address's end (`karats`), with its line. */
function joinedWord(broken: BrokenAddressLine): { word: string; line: number } | undefined {
  if (broken.next === undefined) return undefined;
  const word = broken.next.text.trim();
  return /\s/.test(word) ? undefined : { word, line: broken.next.line };
}

/** The address `[ring]: /articles/gold\` meant: with `joined`'s word, and the nearest page when it names none (`/articles/gold-karats`). */
function meant(broken: BrokenAddressLine, joined: { word: string } | undefined, ids: Ids): { address: string; missing?: string } {
  const address = `${broken.address}${joined?.word ?? ""}`;
  // What follows the page's name (`#care`, `?page=2`) stays as written.
  const cut = address.search(/[#?]|$/);
  const near = nearestPage(address.slice(0, cut), ids);
  return near === undefined ? { address } : { address: `${near.page}${address.slice(cut)}`, missing: near.missing };
}

/** What the page makes of the line: its links lead to the address with the `\`, or, between `<` and `>`, the line and its links are text. */
function shownAs(broken: BrokenAddressLine, joined: { word: string; line: number } | undefined): string {
  if (broken.shown) return `the page shows it as the text you typed, and its links ${quote(`[${broken.label}]`)} as typed too`;
  // A sentence under the line is a paragraph whatever the `\` does: only a word taken for the address's end is named.
  const next = joined === undefined ? "" : `, and the page shows ${quote(joined.word)}, on line ${joined.line}, as a paragraph of its own`;
  return `its links lead to ${quote(`${broken.address}\\`)}${next}`;
}

/** The address line as typed, its address on the line under `]:` joined to it with a space, since a message shows one line. */
function asTyped(written: string): string {
  const [first = "", ...under] = written.split("\n");
  if (under.length === 0) return quote(written);
  return `${quote([first, ...under.map((part) => part.replace(/^[\s>]*/, ""))].join(" "))} (its address on the line under \`]:\`)`;
}

/**
 * `[ring]: /articles/gold\` with `karats` on the line under it: Markdown joins no line to an
 * address, so the page's links `[ring]` lead to `/articles/gold\`, nowhere, and it shows `karats`
 * as a paragraph of its own. An error on the address line, with the line to write, the address
 * whole; links.ts and site-links.ts leave its links alone (pages.ts `linksShown`).
 */
export function checkBrokenAddressLines(pages: readonly CheckedPage[], collection: Collection): ContentIssue[] {
  const ids = idsOf(collection);
  return pages.flatMap((page) =>
    page.references.brokenAddressLines.map((broken): ContentIssue => {
      const joined = joinedWord(broken);
      const { address, missing } = meant(broken, joined, ids);
      const line = quote(`${broken.before}[${broken.label}]: ${broken.shown ? `<${address}>` : address}`);
      const write = joined === undefined ? `write ${line}` : `write the address on one line: ${line}`;
      return {
        file: page.file,
        line: broken.line,
        severity: "error",
        message: `the address line ${asTyped(broken.written)} ends with a \`\\\`, which joins no line to an address in Markdown: ${shownAs(broken, joined)}; ${missing === undefined ? "" : `${missing}; `}${write}`,
      };
    }),
  );
}
