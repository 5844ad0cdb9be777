import path from "node:path";
import type { z } from "zod";
import { contentDir, publicDir } from "./content/collection";
import { ContentError, type ContentIssue } from "./content/issues";
import { parseFile } from "./content/load";
import { renderArticle } from "./content/markdown";
import { pageFrontmatterSchema } from "./content/schema";

export type StandalonePage = z.output<typeof pageFrontmatterSchema> & { html: string };

const pages = new Map<string, Promise<StandalonePage>>();

async function load(name: string): Promise<StandalonePage> {
  const issues: ContentIssue[] = [];
  const dir = contentDir();
  const parsed = await parseFile(path.join(dir, "pages", `${name}.md`), dir, pageFrontmatterSchema, issues).catch(() => {
    issues.push({ file: `content/pages/${name}.md`, severity: "error", message: `is missing; create it with a title, a description and the page's text` });
    return undefined;
  });
  if (!parsed) throw new ContentError(issues);
  const { html } = await renderArticle(parsed.body, { publicDir: publicDir() });
  return { ...parsed.data, html };
}

/** A page written in `content/pages/<name>.md`, through the same Markdown pipeline as articles. */
export function getPage(name: string): Promise<StandalonePage> {
  let page = pages.get(name);
  if (!page) {
    page = load(name);
    pages.set(name, page);
  }
  return page;
}
