import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Element, Root } from "hast";
import type { VFile } from "vfile";
import { imageSize } from "image-size";
import { visit } from "unist-util-visit";

/**
 * Gives every local image in an article its intrinsic width and height (so nothing shifts while
 * it loads), and lets the browser load it lazily and decode it off the main thread.
 */
export function rehypeImageSize({ publicDir }: { publicDir: string }) {
  return (tree: Root, vfile: VFile) => {
    const read: ImageStamp[] = [];
    vfile.data.images = read;
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "img") return;
      node.properties.loading = "lazy";
      node.properties.decoding = "async";
      const src = node.properties.src;
      if (typeof src !== "string" || !src.startsWith("/") || src.includes("..")) return;
      const file = path.join(publicDir, ...src.split("/"));
      read.push(stampOf(file));
      try {
        const { width, height } = imageSize(readFileSync(file));
        if (width && height) Object.assign(node.properties, { width, height });
      } catch {
        // A missing or unreadable image is reported by `npm run check:content`; the page still renders.
      }
    });
  };
}

/** What an image file looked like when its size was read; a cached render is stale if it changed. */
export type ImageStamp = { file: string; size: number; mtimeMs: number };

export function stampOf(file: string): ImageStamp {
  const stat = statSync(file, { throwIfNoEntry: false });
  return { file, size: stat?.size ?? -1, mtimeMs: stat?.mtimeMs ?? -1 };
}

declare module "vfile" {
  interface DataMap {
    images: ImageStamp[];
  }
}
