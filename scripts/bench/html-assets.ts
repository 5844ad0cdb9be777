import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";

export type AssetKind = "css" | "js" | "font";
export type Asset = { kind: AssetKind; url: string };

function words(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? value.split(/\s+/) : [];
}

function kindOf(element: Element): { kind: AssetKind; href: unknown } | undefined {
  const { properties } = element;
  // Browsers that run modules skip `nomodule` scripts (Next's polyfills): no reader pays for them.
  if (element.tagName === "script") return properties.src === undefined || properties.noModule ? undefined : { kind: "js", href: properties.src };
  if (element.tagName !== "link") return undefined;
  const rel = words(properties.rel);
  if (rel.includes("stylesheet")) return { kind: "css", href: properties.href };
  if (rel.includes("modulepreload")) return { kind: "js", href: properties.href };
  if (!rel.includes("preload")) return undefined;
  const as = { font: "font", script: "js", style: "css" } as const;
  const kind = typeof properties.as === "string" && properties.as in as ? as[properties.as as keyof typeof as] : undefined;
  return kind && { kind, href: properties.href };
}

/**
 * The stylesheets, scripts and preloaded fonts a browser fetches to show `html` (as absolute
 * URLs against `pageUrl`), each once. Images and prefetches are left out: they are not part of
 * the weight the budget counts.
 */
export function pageAssets(html: string, pageUrl: string): Asset[] {
  const found = new Map<string, AssetKind>();
  visit(fromHtml(html), "element", (element: Element) => {
    const asset = kindOf(element);
    if (asset && typeof asset.href === "string" && asset.href !== "") {
      const url = new URL(asset.href, pageUrl).href;
      if (!found.has(url)) found.set(url, asset.kind);
    }
  });
  return [...found].map(([url, kind]) => ({ kind, url }));
}
