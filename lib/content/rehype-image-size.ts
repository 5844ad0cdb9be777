import { readFileSync } from "node:fs";
import path from "node:path";
import type { Element, Root } from "hast";
import { imageSize } from "image-size";
import { visit } from "unist-util-visit";

/**
 * Gives every local image in an article its intrinsic width and height (so nothing shifts while
 * it loads), and lets the browser load it lazily and decode it off the main thread.
 */
export function rehypeImageSize({ publicDir }: { publicDir: string }) {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "img") return;
      node.properties.loading = "lazy";
      node.properties.decoding = "async";
      const src = node.properties.src;
      if (typeof src !== "string" || !src.startsWith("/") || src.includes("..")) return;
      try {
        const { width, height } = imageSize(readFileSync(path.join(publicDir, ...src.split("/"))));
        if (width && height) Object.assign(node.properties, { width, height });
      } catch {
        // A missing or unreadable image is reported by `npm run check:content`; the page still renders.
      }
    });
  };
}
