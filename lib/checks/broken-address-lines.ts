import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import type { Collection } from "../content/types";
import { idsOf, nearestPage, type Ids } from "./nearest-page";
import type { CheckedPage } from "./pages";
import type { BrokenAddressLine } from "./address-lines";

/**
 * The address `[ring]: /articles/gold\` meant: the address with the line under it joined, when that
 * line is one word (`karats`), and the nearest page when it names none (`/articles/gold-karats`).
 */
function meant(broken: BrokenAddressLine, ids: Ids): { address: string; joined: boolean; missing?: string } {
  const word = broken.next?.text.trim();
  const joined = word !== undefined && !/\s/.test(word);
  const address = joined ? `${broken.address}${word}` : broken.address;
  // What follows the page's name (`#care`, `?page=2`) stays as written.
  const [path = "", after = ""] = /^([^#?]*)(.*)$/s.exec(address)?.slice(1) ?? [];
  const near = nearestPage(path, ids);
  return near === undefined ? { address, joined } : { address: `${near.page}${after}`, joined, missing: near.missing };
}

/** What the page makes of the line: its links lead to the address with the `\`, or, between `<` and `>`, the line and its links are text. */
function shownAs(broken: BrokenAddressLine, joined: boolean): string {
  if (broken.shown) return `the page shows it as the text you typed, and its links ${quote(`[${broken.label}]`)} as typed too`;
  // A sentence under the line is a paragraph whatever the `\` does: only a word taken for the address's end is named.
  const next = broken.next === undefined || !joined ? "" : `, and the page shows ${quote(broken.next.text.trim())}, on line ${broken.next.line}, as a paragraph of its own`;
  return `its links lead to ${quote(`${broken.address}\\`)}${next}`;
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
      const { address, joined, missing } = meant(broken, ids);
      const line = quote(`${broken.before}[${broken.label}]: ${broken.shown ? `<${address}>` : address}`);
      const write = joined ? `write the address on one line: ${line}` : `write ${line}`;
      return {
        file: page.file,
        line: broken.line,
        severity: "error",
        message: `the address line ${quote(broken.written)} ends with a \`\\\`, which joins no line to an address in Markdown: ${shownAs(broken, joined)}; ${missing === undefined ? "" : `${missing}; `}${write}`,
      };
    }),
  );
}
