import type { Page } from "@playwright/test";

export type Head = {
  lang: string;
  title: string;
  description: string | null;
  robots: string | null;
  canonical: string | null;
  /** Every `<meta property>` (OpenGraph, article:*) and `<meta name="twitter:*">`, in order; repeated keys repeat. */
  meta: [string, string][];
  alternates: { type: string | null; href: string; title: string | null }[];
  h1: number;
  landmarks: Record<"header" | "nav" | "main" | "footer" | "article", number>;
};

/** What a crawler reads from the page, taken from the browser's DOM rather than the HTML text. */
export function readHead(page: Page): Promise<Head> {
  return page.evaluate(() => {
    const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name) ?? null;
    const meta = [...document.querySelectorAll("meta[property], meta[name^='twitter:']")].map(
      (element) => [element.getAttribute("property") ?? element.getAttribute("name") ?? "", element.getAttribute("content") ?? ""] as [string, string],
    );
    const count = (selector: string) => document.querySelectorAll(selector).length;
    return {
      lang: document.documentElement.lang,
      title: document.title,
      description: attr("meta[name='description']", "content"),
      robots: attr("meta[name='robots']", "content"),
      canonical: attr("link[rel='canonical']", "href"),
      meta,
      alternates: [...document.querySelectorAll("link[rel='alternate']")].map((link) => ({
        type: link.getAttribute("type"),
        href: link.getAttribute("href") ?? "",
        title: link.getAttribute("title"),
      })),
      h1: count("h1"),
      landmarks: { header: count("header"), nav: count("nav"), main: count("main"), footer: count("footer"), article: count("article") },
    };
  });
}

/** The first value of a meta key. */
export function metaValue(head: Head, key: string): string | undefined {
  return head.meta.find(([name]) => name === key)?.[1];
}

/** Every value of a repeated meta key, such as `article:tag`. */
export function metaValues(head: Head, key: string): string[] {
  return head.meta.filter(([name]) => name === key).map(([, content]) => content);
}
