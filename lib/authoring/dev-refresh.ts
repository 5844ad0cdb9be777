import { watch } from "node:fs";
import path from "node:path";
import { contentDir } from "@/lib/content/collection";

/**
 * `next dev` answers a request for an article or author page from its list of known pages and
 * refreshes that list only afterwards, so the first visit to a page whose file was just created
 * would be a 404. Asking for the page as soon as its file appears makes the author's own visit
 * the second one. (Edits to existing files need nothing: the collection reloads on its own.)
 */
export function refreshPagesOnNewFiles(port: string): void {
  const requestPage = (event: string, name: string | null) => {
    if (event !== "rename" || !name?.endsWith(".md")) return;
    const [section, file, ...deeper] = name.split(path.sep);
    if ((section !== "articles" && section !== "authors") || !file || deeper.length > 0) return;
    fetch(`http://localhost:${port}/${section}/${encodeURIComponent(file.slice(0, -3))}`).catch(() => undefined);
  };
  try {
    watch(contentDir(), { recursive: true }, requestPage);
  } catch {
    // Without a watcher (a system out of file watches), a second reload still shows the page.
  }
}
