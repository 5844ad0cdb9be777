import { existsSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { contentDir } from "@/lib/content/folders";

/** How often a new page is asked for before giving up (a file that is not a valid page stays a 404). */
const ATTEMPTS = 20;

/**
 * Asks the dev server for `url` until it answers with the page: while it is a 404, or a 5xx (a
 * page asked for while the dev server is still compiling can fail once on a busy machine). Each
 * answer for an unknown page makes Next.js refresh its list in the background, so the next ask
 * finds the page.
 */
async function askUntilKnown(url: string, file: string): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS && existsSync(file); attempt += 1) {
    const status = await fetch(url).then(
      async (response) => (await response.arrayBuffer(), response.status),
      // Stryker disable next-line ArrowFunction: `undefined` fails the test below as 0 does, so a refused connection is asked again either way
      () => 0,
    );
    if (status !== 0 && status !== 404 && status < 500) return;
    await sleep(250);
  }
}

/**
 * `next dev` answers a request for an article or author page from its list of known pages and
 * refreshes that list only afterwards (stale-while-revalidate), so the first visit to a page whose
 * file was just created would be a 404. Asking for the page as soon as its file appears, until it
 * answers, makes the author's own visit a later one. `npm run dev` listens on 127.0.0.1 (and still
 * does with `-H 0.0.0.0`). Edits to existing files need nothing: the collection reloads on its own.
 * Returns the watcher (undefined when the system has none to give), so that a test can close it.
 */
export function refreshPagesOnNewFiles(port: string): FSWatcher | undefined {
  const root = contentDir();
  const requestPage = (event: string, name: string | null) => {
    // Stryker disable next-line OptionalChaining: Linux's recursive watch always names the file; `?.` is for systems that may not
    if (event !== "rename" || !name?.endsWith(".md")) return;
    const [section, file, ...deeper] = name.split(path.sep);
    if ((section !== "articles" && section !== "authors") || !file || deeper.length > 0) return;
    void askUntilKnown(`http://127.0.0.1:${port}/${section}/${encodeURIComponent(file.slice(0, -3))}`, path.join(root, name));
  };
  try {
    return watch(root, { recursive: true }, requestPage);
  } catch /* Stryker disable next-line BlockStatement: an empty block returns undefined too */ {
    // Without a watcher (a system out of file watches), a second reload still shows the page.
    return undefined;
  }
}
