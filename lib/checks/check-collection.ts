import { checkImages } from "./images";
import { checkLinks } from "./links";
import { checkWriting } from "./writing";
import { compareIssues, type ContentIssue } from "@/lib/content/issues";
import type { Collection } from "@/lib/content/types";
import { pagesToCheck } from "./pages";

export type CheckOptions = {
  /** The folder served at `/`, where every image must be. */
  publicDir: string;
  /** Development: a link to a page that is not published yet is a warning, not an error. */
  dev: boolean;
};

/**
 * What `check:content` adds to the loader's own problems: links, images and writing advice.
 * Every body is parsed once and every image file read once, so the cost grows with the content.
 */
export async function checkCollection(collection: Collection, options: CheckOptions): Promise<ContentIssue[]> {
  const pages = pagesToCheck(collection);
  const issues = [...checkLinks(pages, collection, options.dev), ...(await checkImages(pages, options.publicDir)), ...checkWriting(collection)];
  return issues.sort(compareIssues);
}
