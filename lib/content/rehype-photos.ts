import { statSync } from "node:fs";
import type { Element, ElementContent, Root } from "hast";
import { toString } from "hast-util-to-string";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { describePhoto, sourceFile } from "../images/describe-photo";
import { shownWithin, tallFigureStyle } from "../images/tall-photos";
import { COLUMN_SHOWN, COLUMN_SIZES, fullSizeWidth, GALLERY_WIDTH, imgAttributes, sizesAttribute, variantUrl, type Photo, type ShownWidth } from "../images/variants";

/** Gallery photos share the column: two to a row on wide screens, most of a phone's width in the swipeable row. */
const GALLERY_SHOWN: readonly ShownWidth[] = [{ media: "(min-width: 768px)", width: `${GALLERY_WIDTH}px` }, { width: "80vw" }];

/**
 * The text a picture may follow and still open the article: about four lines on a phone, where the
 * title and byline fill most of the first screen. Only such a picture is on that screen as the page
 * opens; one after a full paragraph is below it (bench/lighthouse-2026-12-05.md).
 */
const OPENING_TEXT = 160;

function element(tagName: string, properties: Element["properties"], children: ElementContent[]): Element {
  return { type: "element", tagName, properties, children };
}

/** A path on this site from its root; rehypeContainUserHtml has already dropped any `src` that leaves the site (`//host/…`). */
function isLocal(src: unknown): src is string {
  return typeof src === "string" && src.startsWith("/") && !src.includes("..");
}

/** The images of a paragraph that holds nothing else (line breaks aside), or undefined (for any other block too). */
function onlyImages(block: Element): Element[] | undefined {
  if (block.tagName !== "p") return undefined;
  const images: Element[] = [];
  for (const child of block.children) {
    if (child.type === "element") {
      if (child.tagName === "img") images.push(child);
      else if (child.tagName !== "br") return undefined;
    } else if (child.value.trim() !== "") return undefined;
  }
  return images.length > 0 ? images : undefined;
}

/**
 * A picture with transparency (a ring cut out, a logo) was made for a light page: it is shown on
 * the light theme's paper in the dark theme too, where dark metal or black letters would vanish.
 */
const CLEAR_CLASS = "photo-clear";

function applyPhoto(image: Element, photo: Photo, sizes: string, eager: boolean) {
  // Stryker disable next-line StringLiteral: imgAttributes tells only an avatar from the rest, so any other kind gets the column's widths.
  const attributes = imgAttributes(photo, "column", sizes, eager);
  Object.assign(image.properties, attributes, { loading: eager ? "eager" : "lazy" });
  if (!photo.placeholder) image.properties.className = [CLEAR_CLASS];
}

const text = (value: string): ElementContent => ({ type: "text", value });

/**
 * The full-size view, without JavaScript: the picture is a button that opens a popover holding
 * the largest variant (loaded only when opened), which Escape, a tap outside or Close dismisses,
 * focus going back to the picture. The popover also links the file itself; browsers without
 * popovers (before Safari 17, Firefox 125) show that link under the picture instead.
 */
function fullSizeView(image: Element, photo: Photo, id: string): ElementContent[] {
  const href = variantUrl(photo, fullSizeWidth(photo), "text");
  const alt = typeof image.properties.alt === "string" ? image.properties.alt : "";
  const clear = photo.placeholder ? {} : { className: [CLEAR_CLASS] };
  const large = element("img", { src: href, alt, width: photo.width, height: photo.height, loading: "lazy", decoding: "async", ...clear }, []);
  const opener = element("button", { type: "button", className: ["photo-open"], popoverTarget: id }, [image, element("span", { className: ["sr-only"] }, [text(" (full size)")])]);
  const view = element("div", { className: ["photo-full"], id, popover: "auto", role: "dialog", ariaLabel: `${alt} (full size)` }, [
    large,
    element("p", { className: ["photo-full-actions"] }, [
      element("a", { href }, [text("Open the file")]),
      element("button", { type: "button", popoverTarget: id, popoverTargetAction: "hide" }, [text("Close")]),
    ]),
  ]);
  const fallback = element("a", { className: ["photo-file"], href }, [text("Full size"), element("span", { className: ["sr-only"] }, [text(`: ${alt}`)])]);
  return [opener, view, fallback];
}

/**
 * A photograph standing in its own paragraph: a figure whose picture opens its full-size view,
 * with the Markdown title (`![alt](/x.jpg "caption")`) as its visible caption. The alt text stays
 * the description a screen reader reads. A tall picture's figure is narrower, never higher than the screen.
 */
function figureOf(image: Element, photo: Photo | undefined, id: string | undefined): Element {
  const caption = image.properties.title;
  delete image.properties.title;
  const children: ElementContent[] = photo && id !== undefined ? fullSizeView(image, photo, id) : [image];
  if (typeof caption === "string" && caption.trim()) children.push(element("figcaption", {}, [text(caption.trim())]));
  return element("figure", { className: ["photo"], style: photo && tallFigureStyle(photo) }, children);
}

/** A picture that opens a full-size view: its id, and the top-level block of the text it stands in. */
export type FullSizeView = { image: Element; id: string; block: number };

/**
 * The full-size views a text's pictures get, in the page's order: each picture alone in its
 * paragraph (or in a gallery's) for which `opens` is true (rehypePhotos: its file was read).
 * Reads the tree as the pipeline leaves it before rehypePhotos, and changes nothing.
 */
export function fullSizeViews(tree: Root, opens: (image: Element) => boolean): FullSizeView[] {
  const nextId = idMaker(tree);
  return tree.children.flatMap((block, position) =>
    // Stryker disable next-line ConditionalExpression: a text has no tag name, so onlyImages' `p` test refuses it all the same.
    (block.type === "element" ? (onlyImages(block) ?? []) : []).filter(opens).map((image) => ({ image, id: nextId(), block: position })),
  );
}

/** Whether a picture would open a full-size view once its file is read: a path on this site, alone in its paragraph. */
export const opensWhenRead = (image: Element): boolean => isLocal(image.properties.src);

/** `full-size-1`, `full-size-2` …, skipping any id the article already has (a heading "Full size 1"). */
function idMaker(tree: Root): () => string {
  // Every element's id, undefined for those without one, which no generated id equals.
  const taken = new Set<unknown>();
  visit(tree, "element", (node: Element) => {
    taken.add(node.properties.id);
  });
  let n = 0;
  return () => {
    let id: string;
    do id = `full-size-${(n += 1)}`;
    while (taken.has(id));
    return id;
  };
}

/**
 * Every local picture in an article gets build-time variants (`srcset` + `sizes` for the text
 * column), its intrinsic size (nothing shifts as it loads), lazy loading unless it opens the text,
 * and a placeholder. A paragraph of one picture becomes a captioned figure; a paragraph of two or
 * more becomes a gallery. Records each file read, so a cached render is redone when one changes.
 */
export function rehypePhotos({ publicDir }: { publicDir: string }) {
  return async (tree: Root, vfile: VFile) => {
    const stamps: ImageStamp[] = [];
    const local: Element[] = [];
    // Stryker disable next-line StringLiteral: unist-util-visit reads an empty test as "every node"; only elements are named `img`.
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "img") return;
      node.properties.loading = "lazy";
      node.properties.decoding = "async";
      if (!isLocal(node.properties.src)) return;
      const file = sourceFile(publicDir, node.properties.src);
      if (!file) return;
      stamps.push(stampOf(file));
      local.push(node);
    });
    const photos = new Map<Element, Photo>();
    await Promise.all(
      local.map(async (image) => {
        const photo = await describePhoto(publicDir, String(image.properties.src));
        if (photo) photos.set(image, photo);
      }),
    );

    const views = new Map(fullSizeViews(tree, (image) => photos.has(image)).map(({ image, id }) => [image, id]));
    // Only the picture (or gallery) that opens the text loads at once, with its blurred preview: the
    // text is measured until a picture comes or it fills the first screen, and none opens it after that.
    let opening = true;
    let textBefore = 0;
    tree.children.forEach((block, position) => {
      // Stryker disable next-line ConditionalExpression: a text has no tag name, so onlyImages' `p` test refuses it all the same.
      const images = block.type === "element" ? onlyImages(block) : undefined;
      if (!images) {
        if (opening) {
          textBefore += toString(block).trim().length;
          opening = textBefore <= OPENING_TEXT;
        }
        return;
      }
      const eager = opening;
      opening = false;
      const gallery = images.length > 1;
      const figures = images.map((image) => {
        const photo = photos.get(image);
        if (photo) applyPhoto(image, photo, sizesAttribute(shownWithin(gallery ? GALLERY_SHOWN : COLUMN_SHOWN, photo)), eager);
        return figureOf(image, photo, views.get(image));
      });
      tree.children[position] = gallery
        ? element(
            "ul",
            { className: ["gallery"], role: "list", ariaLabel: `Gallery of ${figures.length} photographs` },
            figures.map((figure) => element("li", {}, [figure])),
          )
        : (figures[0] ?? block);
    });

    // Pictures inside a line of text (or a list, a table) keep their place, with variants all the same.
    for (const [image, photo] of photos) {
      if (!image.properties.srcSet) applyPhoto(image, photo, COLUMN_SIZES, false);
    }

    vfile.data.images = stamps;
    vfile.data.photos = [...new Set(photos.values())];
  };
}

/** What an image file looked like when it was read; a cached render is stale if it changed. */
export type ImageStamp = { file: string; size: number; mtimeMs: number };

export function stampOf(file: string): ImageStamp {
  const stat = statSync(file, { throwIfNoEntry: false });
  // Stryker disable next-line UnaryOperator: either `-1` alone tells a missing file from any file, as no file has a size of -1 bytes or was changed at -1 ms (1969).
  return { file, size: stat?.size ?? -1, mtimeMs: stat?.mtimeMs ?? -1 };
}

declare module "vfile" {
  interface DataMap {
    images: ImageStamp[];
    photos: Photo[];
  }
}
