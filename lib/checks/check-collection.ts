import { checkImages } from "./images";
import { checkBioPictures } from "./bio-pictures";
import { checkBioHtml } from "./bio-html";
import { checkLinkAddresses } from "./link-addresses";
import { checkLinks } from "./links";
import { checkSiteLinks } from "./site-links";
import { checkFragments } from "./fragments";
import { checkPicturePlaces } from "./picture-places";
import { checkEmptyText } from "./empty-text";
import { checkUnreadLinks } from "./unread-links";
import { checkUnreadReferences } from "./unread-references";
import { checkBrokenAddressLines } from "./broken-address-lines";
import { checkWriting } from "./writing";
import { checkFieldMarkup } from "./field-markup";
import { checkQuoteCredits } from "./quote-credits";
import { checkRawHtml } from "./raw-html";
import { checkSpacedHtmlAddresses } from "./spaced-html-addresses";
import { checkMarkdownSurprises } from "./markdown-surprises";
import { checkTitleHeadings } from "./title-headings";
import { checkEmptyHeadings, checkUnnamedHeadings } from "./empty-headings";
import { checkSymbolHeadings } from "./symbol-headings";
import { checkHeadingOrder } from "./heading-order";
import { checkTables } from "./tables";
import { checkCheckboxNames } from "./checkbox-names";
import { compareIssues, type ContentIssue } from "../content/issues";
import { loadCollection, type LoadOptions } from "../content/load";
import type { PageTree } from "../content/page-tree";
import type { Collection } from "../content/types";
import { pagesToCheck } from "./pages";
import type { Renderers } from "./renderers";

export type CheckOptions = {
  /** The folder served at `/`, where every image must be. */
  publicDir: string;
  /** Development: a link to a page that is not published yet is a warning, not an error. */
  dev: boolean;
  /**
   * How the checks get the page's Markdown readers; by default they are imported on first use,
   * which most journals never reach. next.config.ts's imports resolve only while Next.js loads the
   * file, so the build hands them over already loaded (lib/build/content-check.ts).
   */
  renderers?: () => Promise<Renderers>;
};

const importOnUse = async (): Promise<Renderers> => (await import("./renderers")).renderers;

/**
 * The readers as the checks of one run get them, with one page tree per body: a text's section
 * links, headings and checkboxes are read from a single render of it.
 */
function oneTreePerBody(load: () => Promise<Renderers>): () => Promise<Renderers> {
  const trees = new Map<string, Promise<PageTree>>();
  return async () => {
    const readers = await load();
    const pageTree: Renderers["pageTree"] = (markdown, options) => {
      const key = `${options.bio}:${markdown}`;
      const tree = trees.get(key) ?? readers.pageTree(markdown, options);
      trees.set(key, tree);
      return tree;
    };
    return { ...readers, pageTree };
  };
}

/**
 * What the checks add to the loader's own problems: links, images, the text's shape (title
 * headings, quote credits, HTML the page leaves out) and writing advice.
 * Every body is parsed once and every image file read once, so the cost grows with the content.
 */
export async function checkCollection(collection: Collection, options: CheckOptions): Promise<ContentIssue[]> {
  const pages = pagesToCheck(collection);
  const renderers = oneTreePerBody(options.renderers ?? importOnUse);
  const unnamed = await checkUnnamedHeadings(pages, renderers);
  const issues = [
    ...checkLinkAddresses(pages),
    ...checkLinks(pages, collection, options.dev),
    ...(await checkSiteLinks(pages, collection, options.publicDir)),
    ...(await checkFragments(pages, collection, renderers)),
    ...(await checkUnreadLinks(pages, collection, options.publicDir, renderers)),
    ...checkUnreadReferences(pages),
    ...checkBrokenAddressLines(pages, collection),
    ...(await checkImages(pages, options.publicDir)),
    ...checkBioPictures(pages, unnamed),
    ...checkBioHtml(pages),
    ...checkTitleHeadings(pages),
    ...checkEmptyHeadings(pages),
    ...unnamed,
    ...(await checkSymbolHeadings(pages, renderers)),
    ...checkHeadingOrder(pages, unnamed),
    ...checkTables(pages),
    ...checkQuoteCredits(pages),
    ...checkRawHtml(pages),
    ...checkSpacedHtmlAddresses(pages),
    ...(await checkMarkdownSurprises(pages, renderers, options.publicDir)),
    ...(await checkCheckboxNames(pages, renderers)),
    ...checkPicturePlaces(pages),
    ...checkEmptyText(pages),
    ...checkWriting(collection),
    ...checkFieldMarkup(collection),
  ];
  return issues.sort(compareIssues);
}

export type ContentReport = { collection: Collection; issues: ContentIssue[] };

/** Everything wrong with content already loaded: the loader's problems and the checks' together. */
export async function checkLoaded(collection: Collection, options: CheckOptions): Promise<ContentIssue[]> {
  const issues = [...collection.issues, ...(await checkCollection(collection, options))];
  return issues.sort(compareIssues);
}

/**
 * Everything wrong with the content, in one list: what `check:content` prints, what fails the
 * build (every error) and what the preview shows. Never throws for a problem in a file.
 */
export async function checkContent(options: LoadOptions & Omit<CheckOptions, "publicDir">): Promise<ContentReport> {
  const collection = await loadCollection(options);
  return { collection, issues: await checkLoaded(collection, options) };
}
